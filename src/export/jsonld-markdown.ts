/**
 * The public JSON-LD writers: {@link jsonLdGraph} (jsonld.ts) and {@link jsonLdEventList}
 * (jsonld-list.ts) with the Markdown parser, so that the prose of a document with
 * `textFormat: "markdown"` is always written as plain text. Kept apart from those modules, which do
 * not import the parser: the elements' JSON-LD publishers (src/base/json-ld.ts,
 * `<cluster-event-list>`) load the writers after rendering on every page, and the parser only for a
 * Markdown document.
 */
import { markdownPlainText } from '../data/markdown.js';
import type { EventDocument } from '../data/types.js';
import { jsonLdGraph, type JsonLdGraph, type JsonLdOptions } from './jsonld.js';
import { jsonLdEventList, type JsonLdEventList, type JsonLdEventListOptions } from './jsonld-list.js';

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

/**
 * The events of `documents`, in that order, as one schema.org `ItemList`. Each item is the event as
 * {@link toJsonLd} writes it (in `options.lang`, else the document's language), with its organisers
 * and place but without sessions (`subEvent`) or performers; Markdown prose becomes plain text.
 */
export function toJsonLdEventList(documents: readonly EventDocument[], options: JsonLdEventListOptions = {}): JsonLdEventList {
  return jsonLdEventList(documents, options, markdownPlainText);
}
