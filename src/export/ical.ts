/**
 * iCalendar (RFC 5545) export: pure functions from an event document (or a funding call) to the
 * text of an `.ics` file.
 *
 * - Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
 * - TEXT values are escaped (`\` first, then `;`, `,` and newlines); control characters from data
 *   are dropped, so no value can start a property of its own.
 * - Times carry `TZID=<the event's zone>` with a VTIMEZONE generated from Intl, or are written in
 *   UTC (`Z`) when the zone is UTC or unknown. Never floating local times.
 * - Every VEVENT has a stable `UID` (`<id>@<host of baseUrl>`) and a `DTSTAMP`.
 * - Prose of a document with `textFormat: "markdown"` (abstracts, descriptions, a call's summary)
 *   is written as plain text by the `markdownText` each writer is given (markdownPlainText: words
 *   without marks, links as `words (URL)`). This module does not import the Markdown parser: the
 *   public writers (ical-markdown.ts) always give it, and the elements' calendar writer
 *   (src/base/calendar-writer.ts) loads it only for a Markdown document.
 */
import { resolveText, countryName } from '../data/text.js';
import { calendarDay, formatDate, instantFromWallClock, isCalendarDate, isValidTimeZone, parseCalendarDate, parseInstant, wallClock } from '../data/time.js';
import type {
  ClusterEvent,
  Deadline,
  EventDocument,
  EventStatus,
  FundingCall,
  GeoCoordinates,
  LocalizedText,
  Organization,
  ParticipantRole,
  Person,
  Session,
  TextFormat,
} from '../data/types.js';
import type { MarkdownText } from '../data/markdown.js';
import { encodeUriPart, safeUrl } from '../data/url.js';
import { coordinateText, isGeoCoordinates } from '../data/geo.js';
import { intlLocale } from '../i18n/locale.js';
import { exportStrings } from '../i18n/export.js';
import { isUtcZone, vtimezoneLines } from './vtimezone.js';

/** Options of `toICalendar` ({@link programmeICalendar}). */
export interface ICalendarOptions {
  /** Export only these sessions (timed ones); the event itself when none of them is timed. */
  sessionIds?: readonly string[];
  /** Language of the text (default: the document's `lang`). */
  lang?: string;
  /** The time written as DTSTAMP (default: the clock). */
  now?: Date;
  /** Written as `NAME` and `X-WR-CALNAME`, the name calendar programs show for a subscription. */
  calendarName?: string;
}

/** Options of `icsForDeadline` ({@link deadlineICalendar}). */
export interface DeadlineICalendarOptions {
  lang: string;
  now?: Date;
  /** The page of the call: the entry's URL and the host of its UID. */
  url?: string;
  /** How the call's summary is written (its document's `textFormat`): Markdown is written as plain text. Default `plain`. */
  textFormat?: TextFormat;
}

/** `PRODID` of every calendar this package writes. */
export const ICAL_PRODID = '-//Cluster Events//Components//EN';

const CRLF = '\r\n';
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// The writers (public, with the Markdown parser, as toICalendar, icsForEvent and icsForDeadline of
// ical-markdown.ts). `markdownText` writes the prose of a document with `textFormat: "markdown"`
// (of a call whose `options.textFormat` is Markdown) as plain text; without it such prose is
// written as it is.

/**
 * The whole programme as an iCalendar: one VEVENT per timed session (only those in
 * `options.sessionIds` when given). When no selected session has a time, the event itself is
 * exported as one VEVENT instead, all-day when its start is a calendar date.
 */
export function programmeICalendar(document: EventDocument, options: ICalendarOptions, markdownText: MarkdownText | undefined): string {
  const ctx = context(document, options.lang, options.now, markdownText);
  const all = document.event.sessions ?? [];
  const wanted = options.sessionIds ? new Set(options.sessionIds) : null;
  const timed = all.filter((s) => (!wanted || wanted.has(s.id)) && sessionTiming(s) !== null);
  const events = timed.length > 0 ? timed.map((s) => sessionVEvent(ctx, s)) : [eventVEvent(ctx)];
  return calendar(ctx, events, options.calendarName);
}

/** The event itself (not its sessions) as a calendar with one VEVENT. */
export function eventICalendar(document: EventDocument, options: Omit<ICalendarOptions, 'sessionIds'>, markdownText: MarkdownText | undefined): string {
  const ctx = context(document, options.lang, options.now, markdownText);
  return calendar(ctx, [eventVEvent(ctx)], options.calendarName);
}

/**
 * One deadline of a funding call as a calendar entry at the deadline's instant, with reminders
 * 7 days and 1 day before. A deadline whose time cannot be read gives a calendar without entries.
 */
export function deadlineICalendar(call: FundingCall, deadline: Deadline, options: DeadlineICalendarOptions, markdownText: MarkdownText | undefined): string {
  const strings = exportStrings(options.lang);
  const ctx = deadlineContext(call, options, markdownText);
  const entry = deadlineFields(ctx, call, deadline, options.url);
  const events: string[][] = [];
  if (entry) {
    const at = entry.timing.start;
    const title = text(ctx, call.title);
    const { summary, description, url } = entry;
    const index = call.deadlines.indexOf(deadline);
    const position = index >= 0 ? index + 1 : call.deadlines.findIndex((d) => d.at === deadline.at) + 1 || 1;
    const lines = [
      'BEGIN:VEVENT',
      `UID:${escapeText(`${call.id}-deadline-${position}`)}@${ctx.host}`,
      `DTSTAMP:${ctx.stamp}`,
      dateTimeProperty(ctx, 'DTSTART', at),
      `SUMMARY:${escapeText(summary)}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      ...(url ? [`URL:${url}`] : []),
      'TRANSP:TRANSPARENT',
      ...(call.statusOverride === 'cancelled' ? ['STATUS:CANCELLED'] : []),
      ...alarm('-P7D', strings.deadlineIn7Days(title)),
      ...alarm('-P1D', strings.deadlineTomorrow(title)),
      'END:VEVENT',
    ];
    events.push(lines);
  }
  return calendar(ctx, events, undefined);
}

/**
 * The entries {@link programmeICalendar} writes for `document` (the same selection of sessions, or
 * the event itself), as plain text fields: for calendars that take an entry another way, such as
 * the web calendars' links (`web-calendars.ts`). Each text is resolved in `lang`, URLs are absolute
 * http(s) or absent.
 */
export function calendarEntries(
  document: EventDocument,
  options: Pick<ICalendarOptions, 'sessionIds' | 'lang'>,
  markdownText: MarkdownText | undefined,
): CalendarEntry[] {
  const ctx = context(document, options.lang, undefined, markdownText);
  const wanted = options.sessionIds ? new Set(options.sessionIds) : null;
  const timed = (document.event.sessions ?? []).filter((s) => (!wanted || wanted.has(s.id)) && sessionTiming(s) !== null);
  if (timed.length > 0) return timed.map((s) => sessionEntry(ctx, s));
  const event = eventEntry(ctx);
  return event ? [event] : [];
}

/** The entry {@link deadlineICalendar} writes for one deadline (its alarms aside), or `null` when its time cannot be read. */
export function deadlineEntry(
  call: FundingCall,
  deadline: Deadline,
  options: Omit<DeadlineICalendarOptions, 'now'>,
  markdownText: MarkdownText | undefined,
): CalendarEntry | null {
  return deadlineFields(deadlineContext(call, options, markdownText), call, deadline, options.url);
}

/**
 * Escapes a TEXT value (RFC 5545 3.3.11): backslash first, then `;`, `,` and line breaks (any of
 * CRLF, CR, LF becomes `\n`). Other control characters, which the format forbids, are removed,
 * and a lone surrogate becomes U+FFFD.
 */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\\n')
      // eslint-disable-next-line no-control-regex -- removes the control characters iCalendar TEXT may not hold
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      // A lone surrogate has no UTF-8 form: write U+FFFD as an encoder would.
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  );
}

/**
 * Folds one content line (RFC 5545 3.1): no physical line longer than 75 octets of UTF-8, each
 * continuation starting with a space, and never a break inside a character (Cyrillic letters take
 * 2 octets, emoji 4).
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      out.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** Octets of one code point in UTF-8. */
function utf8Length(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

interface Ctx {
  lang: string;
  fallbackLang: string;
  /** The zone every time is written in. */
  zone: string;
  stamp: string;
  host: string;
  /** Absolute base for relative links (the document's baseUrl). */
  base: string | undefined;
  baseUrl: string | undefined;
  people: Map<string, Person>;
  organizations: Map<string, Organization>;
  /** Calendar years of the times written with TZID, for the VTIMEZONE. */
  years: Set<number>;
  event: ClusterEvent | null;
  /** Markdown prose as plain text, for prose that is Markdown (the document's `textFormat`); else `null` (prose as written). */
  markdown: MarkdownText | null;
}

function context(document: EventDocument, lang: string | undefined, now: Date | undefined, markdownText: MarkdownText | undefined): Ctx {
  return {
    lang: lang || document.lang || 'en',
    fallbackLang: document.lang || 'en',
    zone: document.event.timeZone,
    stamp: utcStamp(validNow(now)),
    host: hostOf(document.baseUrl),
    base: absoluteHttpUrl(document.baseUrl),
    baseUrl: absoluteHttpUrl(document.baseUrl),
    people: new Map((document.people ?? []).map((p) => [p.id, p])),
    organizations: new Map((document.organizations ?? []).map((o) => [o.id, o])),
    years: new Set(),
    event: document.event,
    markdown: document.textFormat === 'markdown' ? (markdownText ?? null) : null,
  };
}

function deadlineContext(
  call: FundingCall,
  options: { lang: string; now?: Date; url?: string; textFormat?: TextFormat },
  markdownText: MarkdownText | undefined,
): Ctx {
  return {
    lang: options.lang,
    fallbackLang: options.lang,
    zone: call.timeZone,
    stamp: utcStamp(validNow(options.now)),
    host: hostOf(options.url),
    base: absoluteHttpUrl(options.url),
    people: new Map(),
    organizations: new Map(),
    years: new Set(),
    event: null,
    baseUrl: undefined,
    markdown: options.textFormat === 'markdown' ? (markdownText ?? null) : null,
  };
}

/** A deadline as an instant entry: "Deadline: <title> – <label>", the reference, summary and any extension, the call's page. */
function deadlineFields(ctx: Ctx, call: FundingCall, deadline: Deadline, pageUrl: string | undefined): CalendarEntry | null {
  const at = parseInstant(deadline.at);
  if (!at) return null;
  const strings = exportStrings(ctx.lang);
  const title = text(ctx, call.title);
  const label = text(ctx, deadline.label);
  const previous = deadline.previousAt ? parseInstant(deadline.previousAt) : null;
  const description = [
    call.identifier ?? '',
    prose(ctx, call.summary),
    previous ? strings.extendedFrom(formatDate(previous, ctx.zone, intlLocale(ctx.lang))) : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    uid: call.id,
    timing: { kind: 'instant', start: at, end: null },
    summary: [`${strings.deadline}: ${title}`, label].filter(Boolean).join(' – '),
    description,
    location: '',
    url: absoluteHttpUrl(pageUrl) ?? absoluteHttpUrl(call.applyUrl) ?? absoluteHttpUrl(call.infoUrl),
    status: call.statusOverride === 'cancelled' ? 'cancelled' : undefined,
    categories: '',
  };
}

function calendar(ctx: Ctx, events: string[][], calendarName: string | undefined): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${ICAL_PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const name = calendarName?.trim();
  if (name) lines.push(`NAME:${escapeText(name)}`, `X-WR-CALNAME:${escapeText(name)}`);
  if (ctx.years.size > 0) {
    const years = [...ctx.years];
    const zone = vtimezoneLines(ctx.zone, Math.min(...years), Math.max(...years));
    if (zone) lines.push(...zone);
  }
  for (const event of events) lines.push(...event);
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** When an entry happens: calendar days (the end exclusive, as midnight UTC) or instants (no end: a moment). */
export type CalendarTiming = { kind: 'date'; start: Date; endExclusive: Date } | { kind: 'instant'; start: Date; end: Date | null };

/** A session is timed when its start is an instant; its end counts when it is not before the start. */
function sessionTiming(session: Session): CalendarTiming | null {
  const start = session.start ? parseInstant(session.start) : null;
  if (!start) return null;
  const end = session.end ? parseInstant(session.end) : null;
  return { kind: 'instant', start, end: end && end >= start ? end : null };
}

function eventTiming(event: ClusterEvent): CalendarTiming | null {
  if (isCalendarDate(event.start)) {
    const start = parseCalendarDate(event.start)!;
    let last: Date | null = null;
    if (event.end && isCalendarDate(event.end)) last = parseCalendarDate(event.end);
    else if (event.end) {
      const endInstant = parseInstant(event.end);
      if (endInstant) last = parseCalendarDate(calendarDay(endInstant, usableZone(event.timeZone)));
    }
    const lastDay = last && last >= start ? last : start;
    return { kind: 'date', start, endExclusive: new Date(lastDay.getTime() + DAY) };
  }
  const start = parseInstant(event.start);
  if (!start) return null;
  const end = event.end ? parseInstant(event.end) : null;
  return { kind: 'instant', start, end: end && end >= start ? end : null };
}

function sessionVEvent(ctx: Ctx, session: Session): string[] {
  return vevent(ctx, sessionEntry(ctx, session));
}

function sessionEntry(ctx: Ctx, session: Session): CalendarEntry {
  const event = ctx.event!;
  const timing = sessionTiming(session)!;
  const track = event.tracks?.find((t) => t.id === session.trackId);
  const room = event.rooms?.find((r) => r.id === session.roomId);
  const description = [prose(ctx, session.abstract), participantsText(ctx, session)].filter(Boolean).join('\n\n');
  const location = [text(ctx, room?.name), ...venueParts(ctx, event)].filter(Boolean).join(', ');
  const geo = venueGeo(event);
  const url =
    absoluteHttpUrl(session.url, ctx.base) ??
    (ctx.baseUrl ? `${ctx.baseUrl.replace(/#.*$/, '')}#${encodeUriPart(session.id)}` : undefined) ??
    absoluteHttpUrl(event.url, ctx.base);
  return {
    uid: session.id,
    timing,
    summary: text(ctx, session.title),
    description,
    location,
    url,
    status: session.status === 'cancelled' || event.status === 'cancelled' ? 'cancelled' : (session.status ?? event.status),
    categories: text(ctx, track?.name),
    ...(geo ? { geo } : {}),
  };
}

function eventVEvent(ctx: Ctx): string[] {
  const entry = eventEntry(ctx);
  return entry ? vevent(ctx, entry) : [];
}

function eventEntry(ctx: Ctx): CalendarEntry | null {
  const event = ctx.event!;
  const timing = eventTiming(event);
  if (!timing) return null;
  // The registration page: the entry's URL when the event has no page of its own, and a line of
  // the description otherwise (the next step of whoever saves the date).
  const registration = absoluteHttpUrl(event.registration?.url, ctx.base);
  const url = absoluteHttpUrl(event.url, ctx.base) ?? ctx.baseUrl ?? registration;
  const register = registration && registration !== url ? `${exportStrings(ctx.lang).registration}: ${registration}` : '';
  const geo = venueGeo(event);
  return {
    uid: event.id,
    timing,
    summary: text(ctx, event.name),
    description: [prose(ctx, event.description), register].filter(Boolean).join('\n\n'),
    location: venueParts(ctx, event).join(', '),
    url,
    status: event.status,
    categories: '',
    ...(geo ? { geo } : {}),
  };
}

/** The venue's position for GEO, unless the event is online only. */
function venueGeo(event: ClusterEvent): GeoCoordinates | undefined {
  const geo = event.venue?.geo;
  if (event.attendanceMode === 'online' || event.status === 'moved-online') return undefined;
  return isGeoCoordinates(geo) ? geo : undefined;
}

/** One calendar entry as plain text (what a VEVENT holds before escaping). */
export interface CalendarEntry {
  /** The id its UID is made from. */
  uid: string;
  timing: CalendarTiming;
  summary: string;
  description: string;
  location: string;
  url: string | undefined;
  status: EventStatus | undefined;
  categories: string;
  /** The venue's position (GEO). */
  geo?: GeoCoordinates;
}

function vevent(ctx: Ctx, f: CalendarEntry): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(f.uid)}@${ctx.host}`, `DTSTAMP:${ctx.stamp}`];
  if (f.timing.kind === 'date') {
    lines.push(`DTSTART;VALUE=DATE:${dateStamp(f.timing.start)}`, `DTEND;VALUE=DATE:${dateStamp(f.timing.endExclusive)}`);
  } else {
    lines.push(dateTimeProperty(ctx, 'DTSTART', f.timing.start));
    if (f.timing.end) lines.push(dateTimeProperty(ctx, 'DTEND', f.timing.end));
  }
  lines.push(`SUMMARY:${escapeText(f.summary)}`);
  if (f.description) lines.push(`DESCRIPTION:${escapeText(f.description)}`);
  if (f.location) lines.push(`LOCATION:${escapeText(f.location)}`);
  // RFC 5545 3.8.1.6: latitude;longitude in decimal degrees.
  if (f.geo) lines.push(`GEO:${coordinateText(f.geo.latitude)};${coordinateText(f.geo.longitude)}`);
  if (f.categories) lines.push(`CATEGORIES:${escapeText(f.categories)}`);
  if (f.url) lines.push(`URL:${f.url}`);
  if (f.status === 'cancelled') lines.push('STATUS:CANCELLED');
  else if (f.status === 'postponed') lines.push('STATUS:TENTATIVE');
  else if (f.status) lines.push('STATUS:CONFIRMED');
  lines.push('END:VEVENT');
  return lines;
}

function alarm(trigger: string, description: string): string[] {
  return ['BEGIN:VALARM', `TRIGGER:${trigger}`, 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(description)}`, 'END:VALARM'];
}

/**
 * `DTSTART;TZID=Europe/Sofia:20180706T100000`, or `DTSTART:20180706T070000Z` for UTC or an unknown
 * zone. A local time that the zone shows twice (the hour repeated when daylight saving time ends)
 * means its first occurrence in iCalendar (RFC 5545 3.3.5), so an instant in the second pass is
 * written in UTC instead, which keeps it exact.
 */
function dateTimeProperty(ctx: Ctx, name: string, date: Date): string {
  if (isValidTimeZone(ctx.zone) && !isUtcZone(ctx.zone)) {
    const whole = new Date(Math.floor(date.getTime() / 1000) * 1000);
    const w = wallClock(whole, ctx.zone);
    if (instantFromWallClock(w, ctx.zone).getTime() === whole.getTime()) {
      ctx.years.add(w.year);
      return `${name};TZID=${tzidParam(ctx.zone)}:${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
    }
  }
  return `${name}:${utcStamp(date)}`;
}

/** A parameter value; quoted when it holds a character that would end it (zone names never do). */
function tzidParam(zone: string): string {
  // eslint-disable-next-line no-control-regex -- a parameter value may hold no control character
  const clean = zone.replace(/["\u0000-\u001f\u007f]/g, '');
  return /[;:,]/.test(clean) ? `"${clean}"` : clean;
}

function participantsText(ctx: Ctx, session: Session): string {
  const strings = exportStrings(ctx.lang);
  const heading: Record<ParticipantRole, string> = {
    speaker: strings.speakers,
    moderator: strings.moderators,
    panelist: strings.panelists,
    chair: strings.chairs,
  };
  const byRole = new Map<ParticipantRole, string[]>();
  for (const p of session.participants ?? []) {
    const person = ctx.people.get(p.personId);
    const label = person ? personText(ctx, person) : '';
    if (!label) continue;
    const list = byRole.get(p.role) ?? [];
    list.push(label);
    byRole.set(p.role, list);
  }
  return [...byRole].map(([role, names]) => `${heading[role] ?? strings.speakers}: ${names.join('; ')}`).join('\n');
}

/** `Name (Job title, Organisation)`, or the job title and organisation alone for an unnamed person. */
function personText(ctx: Ctx, person: Person): string {
  const org = person.organizationId ? ctx.organizations.get(person.organizationId) : undefined;
  const details = [text(ctx, person.jobTitle), org ? text(ctx, org.name) : text(ctx, person.affiliation)].filter(Boolean);
  const name = person.name?.trim();
  if (name) return details.length > 0 ? `${name} (${details.join(', ')})` : name;
  return details.join(', ');
}

/**
 * The place as the event header shows it: venue, street, postal code and town, country. A town
 * equal to the venue's name (in any of its languages) is not repeated, and the country is named
 * in the calendar's language: `Varna, Bulgaria`, `Варна, България`.
 */
function venueParts(ctx: Ctx, event: ClusterEvent): string[] {
  const venue = event.venue;
  if (!venue) return [];
  const name = text(ctx, venue.name);
  const names = new Set([name, ...(typeof venue.name === 'object' ? Object.values(venue.name) : [])].map((n) => String(n).trim().toLowerCase()));
  const a = venue.address;
  const locality = a?.addressLocality?.trim() ?? '';
  const town = [a?.postalCode, names.has(locality.toLowerCase()) ? '' : locality].filter(Boolean).join(' ');
  const country = a?.addressCountry ? countryName(a.addressCountry.trim(), ctx.lang) : '';
  return [name, a?.streetAddress ?? '', town, country].filter(Boolean);
}

function text(ctx: Ctx, value: LocalizedText | undefined): string {
  return resolveText(value, ctx.lang, ctx.fallbackLang).trim();
}

/** A prose field's text: as written, or Markdown as plain text (relative links resolved against the page). */
function prose(ctx: Ctx, value: LocalizedText | undefined): string {
  const written = text(ctx, value);
  return ctx.markdown && written ? ctx.markdown(written, ctx.base ? { baseUrl: ctx.base } : {}) : written;
}

function usableZone(zone: string): string {
  return isValidTimeZone(zone) ? zone : 'UTC';
}

/** An absolute http(s) URL for a URI property, resolving a relative one against `base`; else undefined. */
function absoluteHttpUrl(value: string | undefined, base?: string): string | undefined {
  const safe = safeUrl(value);
  if (!safe) return undefined;
  try {
    const url = new URL(safe, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Host of the page for UIDs: `example.org`, or `cluster-events` without a usable URL. */
function hostOf(url: string | undefined): string {
  const absolute = absoluteHttpUrl(url);
  if (!absolute) return 'cluster-events';
  try {
    return new URL(absolute).hostname || 'cluster-events';
  } catch {
    return 'cluster-events';
  }
}

function validNow(now: Date | undefined): Date {
  return now instanceof Date && !Number.isNaN(now.getTime()) ? now : new Date();
}

/** `YYYYMMDDTHHMMSSZ`. */
function utcStamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** `YYYYMMDD` of a calendar date held as midnight UTC. */
function dateStamp(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

function pad(n: number, len = 2): string {
  return String(n).padStart(len, '0');
}
