/**
 * The texts of when and where an event takes place, as `<cluster-event-header>` and
 * `<cluster-event-list>` show them: the dates and times in the event's own zone (the times name the
 * zone), the date in pieces for `<time>` elements, and the place in one line. Pure functions, no Lit.
 */
import type { EventHeaderView, VenueView } from './people-view.js';
import { resolveTextIn, type ResolvedText, countryName } from './text.js';
import { calendarDay, dateTimeFormat, isCalendarDate, parseCalendarDate, parseInstant } from './time.js';
import { formatDateRange, formatTimeRange } from './time-format.js';

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
  const names = new Set([name.text, ...(typeof venue.name === 'object' ? Object.values(venue.name) : [])].map((n) => n.trim().toLowerCase()));
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
