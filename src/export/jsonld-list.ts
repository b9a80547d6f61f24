/**
 * JSON-LD (schema.org) for a page that lists events: one `ItemList` whose items are the events,
 * each the same `Event` node as `toJsonLd` writes for the event's own page (dates with their
 * offsets, status, attendance mode, place, organisers, `@id` on the event's page), without its
 * programme: a list page describes the events, their own pages describe their sessions.
 *
 * Like jsonld.ts, this module does not import the Markdown parser: {@link jsonLdEventList} is given
 * it, the public `toJsonLdEventList` (jsonld-markdown.ts) always gives it, and
 * `<cluster-event-list>` loads it only when one of its documents is Markdown.
 */
import type { MarkdownText } from '../data/markdown.js';
import type { EventDocument } from '../data/types.js';
import { jsonLdGraph, type JsonLdEvent, type JsonLdOptions } from './jsonld.js';

/** Options of `toJsonLdEventList`. */
export interface JsonLdEventListOptions extends JsonLdOptions {
  /** The list's name (`Upcoming events`); none when absent or blank. */
  name?: string;
}

/** One event of the list, at its position (from 1). */
export interface JsonLdEventListItem {
  '@type': 'ListItem';
  position: number;
  item: JsonLdEvent;
}

/** What `toJsonLdEventList` returns: one schema.org ItemList of events, in the order given. */
export interface JsonLdEventList {
  '@context': 'https://schema.org';
  '@type': 'ItemList';
  name?: string;
  numberOfItems: number;
  itemListElement: JsonLdEventListItem[];
}

/**
 * The events of `documents`, in that order, as one schema.org `ItemList`. Each item is the event as
 * {@link jsonLdGraph} writes it (in `options.lang`, else the document's language), with its
 * organisers and place but without sessions (`subEvent`) or performers. `markdownText` writes the
 * prose of a document with `textFormat: "markdown"` as plain text; without it such prose is
 * written as it is.
 */
export function jsonLdEventList(documents: readonly EventDocument[], options: JsonLdEventListOptions, markdownText: MarkdownText | undefined): JsonLdEventList {
  const itemListElement = documents.map((document, index): JsonLdEventListItem => {
    // The event alone: sessions, projects and objective lists belong to the event's own page.
    const { sessions: _sessions, tracks: _tracks, rooms: _rooms, ...event } = document.event;
    const alone: EventDocument = {
      lang: document.lang,
      ...(document.textFormat ? { textFormat: document.textFormat } : {}),
      event,
      ...(document.baseUrl ? { baseUrl: document.baseUrl } : {}),
      ...(document.organizations ? { organizations: document.organizations } : {}),
    };
    const node = jsonLdGraph(alone, options.lang ? { lang: options.lang } : {}, markdownText)['@graph'][0] as JsonLdEvent;
    return { '@type': 'ListItem', position: index + 1, item: node };
  });
  const name = options.name?.trim();
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    ...(name ? { name } : {}),
    numberOfItems: itemListElement.length,
    itemListElement,
  };
}
