/**
 * Instants, calendar dates and time zones, with Intl only (no date library).
 *
 * Every formatter takes the IANA zone to display in explicitly, so the output never depends on the
 * zone of the browser that happens to run the code. Bad input never throws: an unknown zone falls
 * back to UTC, an unknown locale to English, an invalid Date formats as `''`.
 *
 * This module holds what nearly every element needs (parsing, zones, wall clocks, cached Intl
 * formatters, dates); the time and range formats are in time-format.ts and the remaining time of a
 * deadline in time-left.ts, so that a page loads only the formats its elements show.
 */

/** Which zone times are displayed in: the event's, the viewer's, or both side by side. */
export const TIME_DISPLAYS = ['event', 'viewer', 'both'] as const;
export type TimeDisplay = (typeof TIME_DISPLAYS)[number];

/** Date styles accepted by {@link formatDate}. */
export const DATE_STYLES = ['long', 'medium', 'full'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** The local date and time of an instant in some zone (month 1-12). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// ---------------------------------------------------------------------------------------------
// Parsing

const INSTANT_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const d = new Date(0);
  // setUTCFullYear keeps years 0-99 literal (Date.UTC would map them to 1900-1999).
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

/**
 * Parses an RFC 3339 date-time that carries a UTC offset (`2018-07-06T10:00:00+03:00`, `...Z`).
 * Seconds may be left out (`2018-07-06T10:00+03:00`). Returns `null` for anything else, in
 * particular for times without an offset, which are never guessed, and for impossible dates.
 */
export function parseInstant(s: string): Date | null {
  if (typeof s !== 'string' || s.length > 40) return null;
  // A programme repeats the same few times many times over: remember what each text gave.
  let ms = instants.get(s);
  if (ms === undefined) {
    ms = instantMs(s);
    if (instants.size >= INSTANT_CACHE_LIMIT) instants.clear();
    instants.set(s, ms);
  }
  return Number.isNaN(ms) ? null : new Date(ms);
}

const INSTANT_CACHE_LIMIT = 20_000;
const instants = new Map<string, number>();

/** The milliseconds of an RFC 3339 date-time with offset (see {@link parseInstant}), or NaN. */
function instantMs(s: string): number {
  const m = INSTANT_RE.exec(s.trim());
  if (!m) return Number.NaN;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0${m[7]}`) * 1000);
  if (!isRealDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return Number.NaN;
  let offset = 0;
  if (!m[8]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return Number.NaN;
    offset = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  return utcMs(year, month, day, hour, minute, second, ms) - offset * MINUTE;
}

/** True for a real calendar date `YYYY-MM-DD` (`2024-02-29` yes, `2023-02-29` no). */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = DATE_RE.exec(s);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** A calendar date `YYYY-MM-DD` as the Date at midnight UTC of that day, or `null`. Format it in `'UTC'`. */
export function parseCalendarDate(s: string): Date | null {
  if (!isCalendarDate(s)) return null;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return new Date(utcMs(y, m, d));
}

// ---------------------------------------------------------------------------------------------
// Zones

const zoneValidity = new Map<string, boolean>();

/** The browser's (viewer's) IANA zone, `'UTC'` when the platform does not say. */
export function viewerTimeZone(): string {
  try {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * True when Intl knows the zone (`Europe/Sofia`, `UTC`). Bare offsets such as `+03:00`, which
 * newer engines accept, are refused: they have no daylight-saving rules, so they are not zones.
 */
export function isValidTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '' || zone.length > 64 || !/^[A-Za-z]/.test(zone)) return false;
  const known = zoneValidity.get(zone);
  if (known !== undefined) return known;
  let valid: boolean;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    valid = true;
  } catch {
    valid = false;
  }
  zoneValidity.set(zone, valid);
  return valid;
}

function safeZone(zone: string): string {
  return isValidTimeZone(zone) ? zone : 'UTC';
}

// ---------------------------------------------------------------------------------------------
// Cached Intl formatters

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, options: object, make: (locale: string) => T): T {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    try {
      format = make(locale);
    } catch {
      // An invalid language tag: English rather than an exception in the middle of a render.
      format = make('en');
    }
    cache.set(key, format);
  }
  return format;
}

/** A cached `Intl.DateTimeFormat`; an invalid zone in the options becomes UTC, an invalid locale English. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const opts = options.timeZone ? { ...options, timeZone: safeZone(options.timeZone) } : options;
  return cached(dateFormats, locale, opts, (l) => new Intl.DateTimeFormat(l, opts));
}

/** A cached `Intl.NumberFormat`; an invalid locale becomes English. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, (l) => new Intl.NumberFormat(l, options));
}

/** A Date that holds a time (not `new Date(NaN)`). */
export function isValidDate(date: Date): boolean {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

// ---------------------------------------------------------------------------------------------
// Wall clock and offsets

/** The local date and time of `date` in `timeZone` (what a wall clock there shows), e.g. for iCalendar. */
export function wallClock(date: Date, timeZone: string): WallClock {
  const offset = knownOffset(date, timeZone);
  if (offset !== null) {
    const local = new Date(date.getTime() + offset);
    return {
      year: local.getUTCFullYear(),
      month: local.getUTCMonth() + 1,
      day: local.getUTCDate(),
      hour: local.getUTCHours(),
      minute: local.getUTCMinutes(),
      second: local.getUTCSeconds(),
    };
  }
  return intlWallClock(date, timeZone);
}

/** {@link wallClock} read from `Intl` (formatToParts: exact, and the costly part of formatting a programme). */
function intlWallClock(date: Date, timeZone: string): WallClock {
  const parts = dateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const era = parts.find((p) => p.type === 'era')?.value;
  const year = era === 'BC' ? 1 - get('year') : get('year');
  return {
    year,
    month: get('month'),
    day: get('day'),
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
  };
}

/** The exact offset of the zone at `ms` (whole seconds), in ms, read from Intl. */
function intlOffset(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const w = intlWallClock(new Date(whole), timeZone);
  return utcMs(w.year, w.month, w.day, w.hour, w.minute, w.second) - whole;
}

/**
 * Offsets remembered per zone and quarter hour (every offset change of the time zone database
 * falls on a quarter hour since 1972): a programme's thousand sessions share a few dozen quarter
 * hours, so most times are computed from a remembered offset instead of asking Intl again.
 * `NaN` marks a quarter hour in which the offset changes, or one that is not whole minutes.
 */
const QUARTER_HOUR = 15 * MINUTE;
const OFFSET_CACHE_LIMIT = 20_000;
const offsets = new Map<string, number>();
/** 1972-07-01 to 2200-01-01: whole-minute offsets, four-digit years. */
const FAST_FROM = 78_796_800_000;
const FAST_UNTIL = 7_258_118_400_000;

/** The zone's offset at `date` in ms when it is remembered or can be, else `null` (use Intl). */
function knownOffset(date: Date, timeZone: string): number | null {
  const t = date.getTime();
  if (!(t >= FAST_FROM && t < FAST_UNTIL) || !isValidTimeZone(timeZone)) return null;
  const quarter = Math.floor(t / QUARTER_HOUR);
  const key = `${timeZone}|${quarter}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const first = intlOffset(quarter * QUARTER_HOUR, timeZone);
    const last = intlOffset((quarter + 1) * QUARTER_HOUR - 1000, timeZone);
    offset = first === last && first % MINUTE === 0 ? first : NaN;
    if (offsets.size >= OFFSET_CACHE_LIMIT) offsets.clear();
    offsets.set(key, offset);
  }
  return Number.isNaN(offset) ? null : offset;
}

/** Minutes the zone is ahead of UTC at that instant: `+180` for Europe/Sofia in July, `-240` for New York. */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  if (!isValidDate(date)) return 0;
  const known = knownOffset(date, timeZone);
  if (known !== null) return known / MINUTE;
  return Math.round(intlOffset(date.getTime(), timeZone) / MINUTE);
}

/**
 * The instant at which a wall clock in `timeZone` shows the given date and time. In the hour
 * skipped by a spring-forward change the wall time is moved forward by the gap (03:30 in Sofia on
 * 2026-03-29 becomes 04:30 EEST); in the repeated autumn hour it is the first (summer-time) one.
 */
export function instantFromWallClock(wall: Omit<WallClock, 'second'> & { second?: number }, timeZone: string): Date {
  const local = utcMs(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  const before = zoneOffsetMinutes(new Date(local - DAY), timeZone);
  const after = zoneOffsetMinutes(new Date(local + DAY), timeZone);
  // Try the earlier (larger, in autumn) offset first so the repeated hour resolves to its first pass.
  const candidates = before >= after ? [before, after] : [after, before];
  for (const offset of candidates) {
    const instant = new Date(local - offset * MINUTE);
    if (zoneOffsetMinutes(instant, timeZone) === offset) return instant;
  }
  // In a gap: no wall reading matches; shift by the offset before the change.
  return new Date(local - before * MINUTE);
}

/** `'YYYY-MM-DD'` of the instant in that zone. */
export function calendarDay(date: Date, timeZone: string): string {
  if (!isValidDate(date)) return '';
  const w = wallClock(date, timeZone);
  const pad = (n: number, len = 2): string => String(n).padStart(len, '0');
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** True when the two zones have different UTC offsets at that instant (Sofia and Bucharest never do). */
export function zonesDiffer(date: Date, zoneA: string, zoneB: string): boolean {
  return zoneOffsetMinutes(date, zoneA) !== zoneOffsetMinutes(date, zoneB);
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** A date in the locale's style: `July 6, 2018` (en) or `6 July 2018` (en-GB); `full` adds the weekday. */
export function formatDate(date: Date, timeZone: string, locale: string, style: DateStyle = 'long'): string {
  if (!isValidDate(date)) return '';
  return dateTimeFormat(locale, { timeZone, dateStyle: style }).format(date);
}
