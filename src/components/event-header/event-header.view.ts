/**
 * Pure helpers of `<cluster-event-header>`: merging the `event` property, the `data` document and
 * the attributes into one view, the date and time texts in the event's zone, the place, and the
 * document handed to the iCalendar export.
 */
import { parseEventDocument } from '../../data/parse.js';
import {
  checkEventHeaderView,
  eventHeaderViewFromDocument,
  type EventHeaderView,
  type VenueView,
} from '../../data/people-view.js';
import { resolveText, resolveTextIn, type ResolvedText, countryName } from '../../data/text.js';
import { calendarDay, dateTimeFormat, formatDateRange, formatTimeRange, isCalendarDate, parseCalendarDate, parseInstant } from '../../data/time.js';
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
  const added =
    Object.keys(fromAttributes).some((key) => base?.[key] === undefined) ||
    JSON.stringify(raw['venue']) !== JSON.stringify(base?.['venue']);
  // A zone that only stands in for a missing one (the start's offset) stays out of the calendar
  // file: its times are written in UTC, exact, as without a zone.
  const exported = raw['timeZone'] == null && view.timeZone !== 'UTC' ? { ...view, timeZone: 'UTC' } : view;
  const doc = document && !added ? document : calendarDocument(exported, lang);
  return { model: { view, document: doc }, problems };
}

/** The texts of when an event takes place, in its zone and the locale. */
export interface WhenText {
  /** `6 July 2018`, `6–8 July 2018`. */
  date: string;
  /** `10:00 – 17:00 GMT+3`, or `''` when the hours are unknown (a calendar-date start). */
  time: string;
  /** The start before a postponement, `''` when unknown. */
  previous: string;
}

/** Dates with Intl `formatRange` in the event's zone; times only when the start has them. */
export function whenText(view: EventHeaderView, locale: string): WhenText {
  const zone = view.timeZone;
  const date = view.start ? formatDateRange(view.start, view.end, zone, locale) : '';
  let time = '';
  const start = view.start ? parseInstant(view.start) : null;
  if (start) {
    const end = view.end ? parseInstant(view.end) : null;
    // Without an end, formatTimeRange formats the start alone, with the zone named.
    time = formatTimeRange(start, end ?? new Date(Number.NaN), zone, locale, { zone: true });
  }
  const previous = view.previousStart ? formatDateRange(view.previousStart, null, zone, locale) : '';
  return { date, time, previous };
}

/** A piece of the date line: its text and, for a piece that is a date, the date (`YYYY-MM-DD`) for `<time datetime>`. */
export interface DatePart {
  text: string;
  date?: string;
}

/** The calendar day (`YYYY-MM-DD`) of a date or instant in `zone`; `''` when unusable. */
function dayOf(value: string | undefined, zone: string): string {
  if (!value) return '';
  if (isCalendarDate(value)) return value;
  const instant = parseInstant(value);
  return instant ? calendarDay(instant, zone) : '';
}

/**
 * The date of the event in pieces for `<time>` elements, in its zone: one piece with the day for
 * a single day; for a range, Intl `formatRangeToParts` grouped into the start's date, the end's
 * date and the text they share, so each `<time>` carries its own day rather than the start
 * instant standing for the whole range: `June 17` (2026-06-17), ` – `, `18` (2026-06-18), `, 2026`.
 * Joined, the texts are `whenText().date`.
 */
export function dateParts(view: EventHeaderView, locale: string): DatePart[] {
  const startDay = dayOf(view.start, view.timeZone);
  const start = parseCalendarDate(startDay);
  if (!start) return [];
  const format = dateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' });
  const endDay = dayOf(view.end, view.timeZone);
  const end = parseCalendarDate(endDay);
  if (!end || end.getTime() <= start.getTime()) return [{ text: format.format(start), date: startDay }];
  const parts: DatePart[] = [];
  let source = '';
  for (const part of format.formatRangeToParts(start, end)) {
    const date = part.source === 'startRange' ? startDay : part.source === 'endRange' ? endDay : undefined;
    const last = parts[parts.length - 1];
    if (last && part.source === source) last.text += part.value;
    else parts.push(date ? { text: part.value, date } : { text: part.value });
    source = part.source;
  }
  return parts;
}

/**
 * The place in one line: venue, street, postal code and locality, country (its name in the
 * locale via Intl.DisplayNames). A locality equal to the venue's name (in any language) is not
 * repeated: `Varna, Bulgaria`, `Варна, България`.
 */
export function placeText(venue: VenueView | undefined, lang: string, fallbackLang: string | undefined, locale: string): string {
  return placeParts(venue, lang, fallbackLang, locale)
    .map((p) => p.text)
    .join(', ');
}

/**
 * The place line in pieces, each with the language it is in (see resolveTextIn): the venue's name
 * (the entry picked), the street and town (plain strings: the document's language), and the
 * country, named in `locale` (no language: the element's). Joined with ", " it is `placeText`.
 */
export function placeParts(venue: VenueView | undefined, lang: string, documentLang: string | undefined, locale: string): ResolvedText[] {
  if (!venue) return [];
  const name = resolveTextIn(venue.name, lang, documentLang);
  const names = new Set(
    [name.text, ...(typeof venue.name === 'object' ? Object.values(venue.name) : [])].map((n) => n.trim().toLowerCase()),
  );
  const a = venue.address ?? {};
  const locality = a.addressLocality && !names.has(a.addressLocality.trim().toLowerCase()) ? a.addressLocality : '';
  const town = [a.postalCode, locality].filter(Boolean).join(' ');
  const address = [a.streetAddress, town].filter(Boolean).join(', ');
  const country = a.addressCountry ? countryName(a.addressCountry, locale) : '';
  const parts: ResolvedText[] = [];
  if (name.text) parts.push(name);
  if (address) parts.push(documentLang ? { text: address, lang: documentLang } : { text: address });
  if (country) parts.push({ text: country });
  return parts;
}

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
          ...(view.venue.address?.addressCountry
            ? { address: { ...view.venue.address, addressCountry: view.venue.address.addressCountry } }
            : {}),
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
