/**
 * Pure helpers of `<cluster-event-header>`: merging the `event` property, the `data` document and
 * the attributes into one view, and the document handed to the iCalendar export (the date, time
 * and place texts are src/data/event-text.ts, re-exported here).
 */
import { parseEventDocument } from '../../data/parse.js';
import { checkEventHeaderView, eventHeaderViewFromDocument, type EventHeaderView } from '../../data/people-view.js';
import { resolveText } from '../../data/text.js';
import type { ClusterEvent, DataProblem, EventDocument, Venue } from '../../data/types.js';
import { checkInstant, checkString, checkTimeZone, isRecord } from '../../data/validate.js';

/** The attribute values of an event header (each `undefined` when the attribute is absent). */
export interface EventHeaderAttributes {
  heading?: string;
  start?: string;
  end?: string;
  timeZone?: string;
  venue?: string;
  locality?: string;
  country?: string;
}

/** What the header shows and exports. */
export interface EventHeaderModel {
  view: EventHeaderView;
  /** The document the calendar file is made from. */
  document: EventDocument;
}

const blank = (s: string | undefined): string | undefined => (s && s.trim() !== '' ? s.trim() : undefined);

/** Paths of the checked view that stand for attributes when there is no `event` or `data`. */
const ATTRIBUTE_PATHS: Readonly<Record<string, string>> = {
  'event.name': 'heading',
  'event.start': 'start',
  'event.end': 'end',
  'event.timeZone': 'time-zone',
};

/** The attributes as view fields, each checked (problems name the attribute). */
function attributeFields(attrs: EventHeaderAttributes, problems: DataProblem[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const name = blank(attrs.heading);
  if (name) out['name'] = name;
  const start = checkInstant(blank(attrs.start), 'start', problems, { allowDate: true });
  if (start) out['start'] = start;
  const end = checkInstant(blank(attrs.end), 'end', problems, { allowDate: true });
  if (end) out['end'] = end;
  const zone = checkTimeZone(blank(attrs.timeZone), 'time-zone', problems);
  if (zone) out['timeZone'] = zone;
  const venue = blank(attrs.venue);
  const locality = blank(attrs.locality);
  const country = checkString(blank(attrs.country)?.toUpperCase(), 'country', problems, {
    pattern: /^[A-Z]{2}$/,
    patternHint: 'a two-letter ISO 3166 country code (like "BG")',
  });
  const address = { ...(locality ? { addressLocality: locality } : {}), ...(country ? { addressCountry: country } : {}) };
  if (venue || locality || country) {
    out['venue'] = { ...(venue ? { name: venue } : {}), ...(locality || country ? { address } : {}) };
  }
  return out;
}

/** The fields of an object that are set (not `undefined` or `null`). */
function setFields(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null));
}

/** Two venues merged field by field, the first winning. */
function mergeVenue(first: unknown, second: unknown): unknown {
  if (!isRecord(first) || !isRecord(second)) return first ?? second;
  const address =
    isRecord(first['address']) && isRecord(second['address'])
      ? { ...setFields(second['address']), ...setFields(first['address']) }
      : (first['address'] ?? second['address']);
  return { ...setFields(second), ...setFields(first), ...(address ? { address } : {}) };
}

/**
 * One view from the `event` property (first), else the `data` document, with the attributes
 * filling in, field by field, what those leave out. `model` is `null` when nothing was given or
 * nothing usable (no name).
 */
export function mergeEventHeader(
  event: unknown,
  data: unknown,
  attrs: EventHeaderAttributes,
  lang: string,
): { model: EventHeaderModel | null; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const fromAttributes = attributeFields(attrs, problems);
  let base: Record<string, unknown> | null = null;
  let document: EventDocument | null = null;
  if (event !== undefined && event !== null) {
    if (!isRecord(event)) {
      problems.push(...checkEventHeaderView(event, 'event').problems);
      return { model: null, problems };
    }
    base = setFields(event);
  } else if (data !== undefined && data !== null) {
    const parsed = parseEventDocument(data);
    problems.push(...parsed.problems);
    if (!parsed.document) return { model: null, problems };
    document = parsed.document;
    base = eventHeaderViewFromDocument(parsed.document) as unknown as Record<string, unknown>;
  }
  if (!base && Object.keys(fromAttributes).length === 0) return { model: null, problems };
  const raw: Record<string, unknown> = { ...fromAttributes, ...base };
  if (base && fromAttributes['venue']) raw['venue'] = mergeVenue(base['venue'], fromAttributes['venue']);
  const checked = checkEventHeaderView(raw, 'event');
  for (const problem of checked.problems) {
    problems.push(base ? problem : { ...problem, path: ATTRIBUTE_PATHS[problem.path] ?? problem.path });
  }
  if (!checked.value) return { model: null, problems };
  const view = checked.value;
  // The document itself goes to the calendar (with its description) unless attributes added to it.
  const added = Object.keys(fromAttributes).some((key) => base?.[key] === undefined) || JSON.stringify(raw['venue']) !== JSON.stringify(base?.['venue']);
  // A zone that only stands in for a missing one (the start's offset) stays out of the calendar
  // file: its times are written in UTC, exact, as without a zone.
  const exported = raw['timeZone'] == null && view.timeZone !== 'UTC' ? { ...view, timeZone: 'UTC' } : view;
  const doc = document && !added ? document : calendarDocument(exported, lang);
  return { model: { view, document: doc }, problems };
}

// The date, time and place texts (shared with <cluster-event-list>) live in src/data/event-text.ts.
export { dateParts, placeParts, placeText, whenText, type DatePart, type WhenText } from '../../data/event-text.js';

/** A stable id for an event that has none: from its name and start, for the calendar UID. */
export function derivedEventId(name: string, start: string): string {
  let hash = 2166136261;
  for (const ch of `${name}\u0000${start}`) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return `event-${hash.toString(36)}`;
}

/** An event document with just the event, for the iCalendar export of a hand-written view. */
export function calendarDocument(view: EventHeaderView, lang: string): EventDocument {
  const venue: Venue | undefined =
    view.venue && (view.venue.name || view.venue.address)
      ? {
          name: view.venue.name ?? '',
          ...(view.venue.address?.addressCountry ? { address: { ...view.venue.address, addressCountry: view.venue.address.addressCountry } } : {}),
          ...(view.venue.geo ? { geo: view.venue.geo } : {}),
        }
      : undefined;
  const event: ClusterEvent = {
    id: view.id ?? derivedEventId(resolveText(view.name, lang, view.lang), view.start),
    name: view.name,
    timeZone: view.timeZone,
    start: view.start,
    ...(view.end ? { end: view.end } : {}),
    ...(view.url ? { url: view.url } : {}),
    ...(view.status ? { status: view.status } : {}),
    ...(view.attendanceMode ? { attendanceMode: view.attendanceMode } : {}),
    ...(view.registration ? { registration: view.registration } : {}),
    ...(venue ? { venue } : {}),
  };
  return { lang: view.lang ?? lang, ...(view.baseUrl ? { baseUrl: view.baseUrl } : {}), event };
}
