/**
 * The JSON-LD `ItemList` `<cluster-event-list>` publishes, made once the list has rendered: this
 * module loads on demand with the list writer (export/jsonld-list.ts), and the Markdown parser
 * with it only when one of the documents is Markdown (its prose is written as plain text), so a
 * list of plain documents never downloads the parser.
 */
import type { EventDocument } from '../../data/types.js';
import { jsonLdEventList, type JsonLdEventList, type JsonLdEventListOptions } from '../../export/jsonld-list.js';

/** The events of `documents`, in that order, as one schema.org `ItemList` (see `toJsonLdEventList`). */
export async function eventListGraph(documents: readonly EventDocument[], options: JsonLdEventListOptions): Promise<JsonLdEventList> {
  const markdown = documents.some((d) => d.textFormat === 'markdown') ? await import('../../data/markdown.js') : undefined;
  return jsonLdEventList(documents, options, markdown?.markdownPlainText);
}
