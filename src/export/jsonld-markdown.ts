/**
 * The public JSON-LD writer: {@link jsonLdGraph} (jsonld.ts) with the Markdown parser, so that the
 * prose of a document with `textFormat: "markdown"` is always written as plain text. Kept apart
 * from jsonld.ts, which does not import the parser: the elements' JSON-LD publisher
 * (src/base/json-ld.ts) loads the writer after rendering on every page, and the parser only for a
 * Markdown document.
 */
import { markdownPlainText } from '../data/markdown.js';
import type { EventDocument } from '../data/types.js';
import { jsonLdGraph, type JsonLdGraph, type JsonLdOptions } from './jsonld.js';

/**
 * The document as a schema.org graph: first the Event (with a subEvent per session other than
 * breaks, performers, organisers and location), then a ResearchProject per project and an ItemList
 * per objective list. `@id`s are `<baseUrl>#<id>`, the page's deep-link anchors. Prose written in
 * Markdown (`textFormat: "markdown"`) becomes plain text: words without marks, links as
 * `words (URL)`, list items as lines.
 */
export function toJsonLd(document: EventDocument, options: JsonLdOptions = {}): JsonLdGraph {
  return jsonLdGraph(document, options, markdownPlainText);
}
