/**
 * Links that open a new entry in the web calendars people use (Google Calendar, Outlook.com),
 * filled with the entry the `.ics` file holds: the same title, description, place and page, taken
 * from the iCalendar writer's own entries (`calendarEntries`, `deadlineEntry`), never a second copy
 * of those rules.
 *
 * - A timed entry is written as UTC instants (`…Z`), exact whatever zone the reader's account is
 *   set to; Google also gets `ctz`, the event's IANA zone, so its editor shows the event's hours.
 * - An all-day entry is written as dates, its end exclusive (the day after the last), in no zone.
 * - Neither calendar has a URL field: the entry's page (an absolute http(s) URL, never another
 *   scheme from the data) ends the description.
 * - Both read markup in the description, so text that looks like a tag is defused with a zero-width
 *   space after its `<`; the text stays readable and cannot make a link or element of its own.
 * - A very long description is shortened (ending in `…`, the page kept) so the link stays under
 *   {@link WEB_CALENDAR_URL_LIMIT} characters, which these services accept.
 *
 * Like ical.ts, this module does not import the Markdown parser: the public `webCalendarLinks` and
 * `deadlineWebCalendarLinks` (web-calendars-markdown.ts) always give it, and the elements' calendar
 * writer (src/base/calendar-writer.ts) loads it only for a Markdown document.
 */
import type { MarkdownText } from '../data/markdown.js';
import { isValidTimeZone, parseInstant } from '../data/time.js';
import type { Deadline, EventDocument, FundingCall } from '../data/types.js';
import { calendarEntries, deadlineEntry, type CalendarEntry, type DeadlineICalendarOptions } from './ical.js';
import { exportStrings } from '../i18n/export.js';

/** The web calendars a link can be made for. */
export const WEB_CALENDARS = ['google', 'outlook'] as const;
/** A web calendar: `google` (Google Calendar) or `outlook` (Outlook.com). */
export type WebCalendar = (typeof WEB_CALENDARS)[number];
/** One link per web calendar, each opening a new entry filled in. */
export type WebCalendarLinks = Record<WebCalendar, string>;

/** Options of `webCalendarLinks` ({@link calendarLinks}). */
export interface WebCalendarOptions {
  /** The session to link (it needs a start time); without it, the event itself. */
  sessionId?: string;
  /** Language of the text (default: the document's `lang`). */
  lang?: string;
}

/** Longest link made: longer descriptions are shortened to fit. */
export const WEB_CALENDAR_URL_LIMIT = 8000;

const GOOGLE = 'https://calendar.google.com/calendar/render';
const OUTLOOK = 'https://outlook.live.com/calendar/0/action/compose';

/**
 * Google Calendar and Outlook.com links for the event, or for one of its sessions
 * (`options.sessionId`); `null` when there is no time to put in a calendar (a session without a
 * start, an unknown session, an event whose start cannot be read). `markdownText` writes the prose
 * of a document with `textFormat: "markdown"` as plain text; without it such prose is written as it is.
 */
export function calendarLinks(document: EventDocument, options: WebCalendarOptions, markdownText: MarkdownText | undefined): WebCalendarLinks | null {
  const { sessionId, lang } = options;
  if (sessionId !== undefined) {
    const session = document.event.sessions?.find((s) => s.id === sessionId);
    if (!session || typeof session.start !== 'string' || !parseInstant(session.start)) return null;
  }
  const [entry] = calendarEntries(document, { sessionIds: sessionId !== undefined ? [sessionId] : [], lang }, markdownText);
  return entry ? linksOf(entry, document.event.timeZone, lang || document.lang || 'en') : null;
}

/**
 * Links for one deadline of a funding call (a moment at the deadline's instant), or `null` when its
 * time cannot be read; `markdownText` writes the call's summary as plain text when
 * `options.textFormat` is `markdown`.
 */
export function deadlineCalendarLinks(
  call: FundingCall,
  deadline: Deadline,
  options: Omit<DeadlineICalendarOptions, 'now'>,
  markdownText: MarkdownText | undefined,
): WebCalendarLinks | null {
  const entry = deadlineEntry(call, deadline, options, markdownText);
  return entry ? linksOf(entry, call.timeZone, options.lang) : null;
}

/** The link that opens `entry` in `calendar`, with times from `timeZone` (the event's zone). */
export function webCalendarUrl(calendar: WebCalendar, entry: CalendarEntry, timeZone: string, lang = 'en'): string {
  const text = entryText(entry, lang);
  return calendar === 'google' ? googleUrl(entry, text, timeZone) : outlookUrl(entry, text);
}

function linksOf(entry: CalendarEntry, zone: string, lang: string): WebCalendarLinks {
  return { google: webCalendarUrl('google', entry, zone, lang), outlook: webCalendarUrl('outlook', entry, zone, lang) };
}

// ---------------------------------------------------------------------------------------------
// The two services

interface EntryText {
  title: string;
  /** The description without the page. */
  body: string;
  /** The page, appended to the description (never shortened). */
  page: string;
  location: string;
}

function googleUrl(entry: CalendarEntry, text: EntryText, zone: string): string {
  const t = entry.timing;
  const dates = t.kind === 'date' ? `${compactDate(t.start)}/${compactDate(t.endExclusive)}` : `${compactInstant(t.start)}/${compactInstant(t.end ?? t.start)}`;
  const params: [string, string][] = [
    ['action', 'TEMPLATE'],
    ['text', text.title],
    ['dates', dates],
  ];
  // Days have no zone; a time is exact in UTC, and `ctz` only chooses the zone Google shows it in.
  if (t.kind === 'instant' && googleZone(zone)) params.push(['ctz', zone]);
  if (text.location) params.push(['location', text.location]);
  return withDescription(GOOGLE, params, 'details', text);
}

function outlookUrl(entry: CalendarEntry, text: EntryText): string {
  const t = entry.timing;
  const [start, end] = t.kind === 'date' ? [isoDate(t.start), isoDate(t.endExclusive)] : [isoInstant(t.start), isoInstant(t.end ?? t.start)];
  const params: [string, string][] = [
    ['rru', 'addevent'],
    ['subject', text.title],
    ['startdt', start],
    ['enddt', end],
    ['allday', t.kind === 'date' ? 'true' : 'false'],
  ];
  if (text.location) params.push(['location', text.location]);
  return withDescription(OUTLOOK, params, 'body', text);
}

/** `base?params&<key>=<description>`, the description shortened when the link would pass the limit. */
function withDescription(base: string, params: [string, string][], key: string, text: EntryText): string {
  const head = `${base}?${params.map(([k, v]) => `${k}=${encode(v)}`).join('&')}`;
  const full = [text.body, text.page].filter(Boolean).join('\n\n');
  if (!full) return head;
  const link = `${head}&${key}=${encode(full)}`;
  if (link.length <= WEB_CALENDAR_URL_LIMIT) return link;
  // Keep the page; cut the body at a character so that the whole fits.
  const tail = encode(`…${text.page ? `\n\n${text.page}` : ''}`);
  let budget = WEB_CALENDAR_URL_LIMIT - head.length - key.length - 2 - tail.length;
  let kept = '';
  for (const char of text.body) {
    const size = encode(char).length;
    if (size > budget) break;
    budget -= size;
    kept += char;
  }
  return `${head}&${key}=${encode(kept.trimEnd())}${tail}`;
}

/** Google takes IANA names of places (`Europe/Sofia`), not `UTC`, `Etc/…` or fixed offsets. */
function googleZone(zone: string): boolean {
  return isValidTimeZone(zone) && /^[A-Za-z]+\/[A-Za-z0-9_+\-/]+$/.test(zone) && !/^Etc\//i.test(zone);
}

// ---------------------------------------------------------------------------------------------
// Text

/** The entry's words for a web calendar: status first in the title, the page apart, markup defused. */
function entryText(entry: CalendarEntry, lang: string): EntryText {
  const strings = exportStrings(lang);
  const status = entry.status === 'cancelled' ? strings.cancelled : entry.status === 'postponed' ? strings.postponed : '';
  const title = clean(entry.summary);
  return {
    title: status ? `${status}: ${title}` : title,
    body: clean(entry.description),
    page: entry.url ?? '',
    location: clean(entry.location),
  };
}

/**
 * Plain text for a URL parameter: line breaks as `\n`, no other control characters, a lone
 * surrogate (which has no UTF-8 form and would make `encodeURIComponent` throw) as U+FFFD, and a
 * `<` that could open a tag followed by a zero-width space.
 */
function clean(value: string): string {
  return (
    value
      .replace(/\r\n|\r|\u2028|\u2029/g, '\n')
      // eslint-disable-next-line no-control-regex -- removes control characters from text put into a calendar link
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/<(?=[A-Za-z/!?])/g, '<\u200B')
      .trim()
  );
}

function encode(value: string): string {
  return encodeURIComponent(value);
}

// ---------------------------------------------------------------------------------------------
// Times

/** Whole seconds (the formats have no fractions). */
function seconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/** `YYYYMMDDTHHMMSSZ`. */
function compactInstant(date: Date): string {
  const d = seconds(date);
  return `${compactDate(d)}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** `YYYY-MM-DDTHH:MM:SSZ`. */
function isoInstant(date: Date): string {
  const d = seconds(date);
  return `${isoDate(d)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`;
}

/** `YYYYMMDD` of a calendar date held as midnight UTC (or of an instant's UTC day). */
function compactDate(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** `YYYY-MM-DD`. */
function isoDate(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function pad(n: number, len = 2): string {
  return String(n).padStart(len, '0');
}
