/**
 * The data side of `<cluster-event-list>`, free of Lit: reading an index of events (event
 * documents or their URLs), the paths its problems are reported at (`[2].event.start`), when each
 * event starts and is over (the library's one rule, event-over.ts), and the split into upcoming
 * and past events at `now`.
 *
 * Instants are compared exactly (milliseconds), never through a display zone: an event is upcoming
 * until the instant it ends and past from that instant on, wherever the reader is.
 */
import { eventOverAt, eventStartAt } from './event-over.js';
import { parseInstant } from './time.js';
import type { DataProblem, EventDocument } from './types.js';
import { isList, quote, readField } from './validate.js';

/** Which events a list shows: those still to come, those over, or both (upcoming first). */
export const EVENT_LIST_SHOWS = ['upcoming', 'past', 'all'] as const;
export type EventListShow = (typeof EVENT_LIST_SHOWS)[number];

/** The two groups of a list. */
export const EVENT_LIST_GROUPS = ['upcoming', 'past'] as const;
export type EventListGroup = (typeof EVENT_LIST_GROUPS)[number];

/** How many events of a group are shown at first, and how many more each "Show more" reveals. */
export const EVENT_LIST_BATCH = 10;

/** One entry of an index, at its position: the URL of an event document, or the document itself (still unchecked). */
export type EventIndexEntry = { position: number } & ({ url: string; value?: undefined } | { url?: undefined; value: unknown });

/** What {@link readEventIndex} found: the entries (`null` when the input is not a list) and the problems. */
export interface EventIndex {
  entries: EventIndexEntry[] | null;
  /** How many entries the list has (those left out included: neither a document nor a URL). */
  length: number;
  problems: DataProblem[];
}

/**
 * Reads an index of events: a list whose entries are event documents (objects) or, with `urls`
 * (an index fetched from a `src`), their URLs (strings). Other entries are reported at their
 * position (`[3]`) and left out; anything but a list is reported at `path` (`data`, `src`).
 */
export function readEventIndex(input: unknown, path: string, urls = true): EventIndex {
  const problems: DataProblem[] = [];
  if (!isList(input)) {
    problems.push({ path, message: urls ? 'is not a list of event documents or of their URLs' : 'is not a list of event documents' });
    return { entries: null, length: 0, problems };
  }
  const entries: EventIndexEntry[] = [];
  const length = Number(readField(input, 'length', path, problems)) || 0;
  for (let i = 0; i < length; i++) {
    const value = readField(input, i, `[${i}]`, problems);
    if (typeof value === 'string' && urls) entries.push({ position: i, url: value });
    else if (typeof value === 'object' && value !== null && !Array.isArray(value)) entries.push({ position: i, value });
    else
      problems.push({
        path: `[${i}]`,
        message: urls ? 'is neither an event document nor the URL of one' : 'is not an event document (URLs of documents are read from a src index)',
      });
  }
  return { entries, length, problems };
}

/**
 * The path of a problem of the index's entry `index`: `[2].event.start` for `event.start`, and `[2]`
 * for the entry as a whole (`document`, `src`, the empty path).
 */
export function entryPath(index: number, path: string): string {
  const at = `[${index}]`;
  if (path === '' || path === 'document' || path === 'src') return at;
  return path.startsWith('[') ? `${at}${path}` : `${at}.${path}`;
}

/** The problems of entry `index`, at paths inside the index. */
export function entryProblems(index: number, problems: readonly DataProblem[]): DataProblem[] {
  return problems.map((p) => ({ path: entryPath(index, p.path), message: p.message }));
}

/** An event of the list: its checked document, where it was in the index, and its instants. */
export interface EventListEntry {
  /** Unique in the list: the event's id (a second entry with the same id is left out). */
  key: string;
  /** Position in the index. */
  index: number;
  document: EventDocument;
  /** When the event starts and when it is over (eventStartAt, eventOverAt of event-over.ts), ms since the epoch. */
  start: number;
  finish: number;
}

/**
 * The usable events of an index, in index order: `documents[i]` is the checked document of entry
 * `i` (`null` when it had none). An event whose id an earlier entry already has is left out and
 * reported (an index that lists a file twice).
 */
export function listEntries(documents: readonly (EventDocument | null)[]): { entries: EventListEntry[]; problems: DataProblem[] } {
  const entries: EventListEntry[] = [];
  const problems: DataProblem[] = [];
  const seen = new Map<string, number>();
  documents.forEach((document, index) => {
    if (!document) return;
    const id = document.event.id;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({ path: `[${index}].event.id`, message: `${quote(id)} is the id of [${first}] as well; the event is listed once` });
      return;
    }
    const start = eventStartAt(document.event);
    const finish = eventOverAt(document.event);
    if (start === null || finish === null) return;
    seen.set(id, index);
    entries.push({ key: id, index, document, start, finish });
  });
  return { entries, problems };
}

/** The events still to come at `now` (soonest first) and those over (latest first). */
export interface EventListGroups {
  upcoming: EventListEntry[];
  past: EventListEntry[];
}

/**
 * Splits the events at `now` (ms since the epoch): an event is upcoming (or under way) until its
 * finish instant, and past from that instant on. Upcoming events come soonest first, past events
 * latest first; events that start together keep the shorter first (upcoming) or the longer first
 * (past), then index order.
 */
export function splitEvents(entries: readonly EventListEntry[], now: number): EventListGroups {
  const upcoming = entries.filter((e) => e.finish > now);
  const past = entries.filter((e) => e.finish <= now);
  upcoming.sort((a, b) => a.start - b.start || a.finish - b.finish || a.index - b.index);
  past.sort((a, b) => b.start - a.start || b.finish - a.finish || a.index - b.index);
  return { upcoming, past };
}

/** True while the event is under way at `now`: started, not over. */
export function isOngoing(entry: EventListEntry, now: number): boolean {
  return entry.start <= now && now < entry.finish;
}

/** The next instant after `now` at which an event starts or ends (the list changes then); `null` when none. */
export function nextListChange(entries: readonly EventListEntry[], now: number): number | null {
  let next: number | null = null;
  for (const e of entries) {
    for (const t of [e.start, e.finish]) if (t > now && (next === null || t < next)) next = t;
  }
  return next;
}

/** The list's attributes as understood, with the problems of those that were not. */
export interface EventListAttributes {
  show: EventListShow;
  /** At most this many events per group; `null`: no limit. */
  limit: number | null;
  /** The pinned clock; `null`: the real clock. */
  pinned: Date | null;
  problems: DataProblem[];
}

/**
 * Reads `show` (default `all`), `limit` (a positive whole number, else no limit) and `now` (an RFC
 * 3339 date-time with offset, else the real clock); an unusable value is reported at the attribute's
 * name and the default is used.
 */
export function readListAttributes(show: string | null | undefined, limit: number | null | undefined, now: string | null | undefined): EventListAttributes {
  const problems: DataProblem[] = [];
  let shown: EventListShow = 'all';
  if (show != null && show !== '') {
    if ((EVENT_LIST_SHOWS as readonly string[]).includes(show)) shown = show as EventListShow;
    else problems.push({ path: 'show', message: `${quote(String(show))} is not one of: ${EVENT_LIST_SHOWS.join(', ')}; all is used` });
  }
  let max: number | null = null;
  if (limit != null) {
    if (Number.isInteger(limit) && limit > 0) max = limit;
    else problems.push({ path: 'limit', message: `${quote(String(limit))} is not a positive whole number; every event is listed` });
  }
  const pinned = now ? parseInstant(now) : null;
  if (now && !pinned) problems.push({ path: 'now', message: `${quote(now)} is not an RFC 3339 date-time with an offset; the real clock is used` });
  return { show: shown, limit: max, pinned, problems };
}
