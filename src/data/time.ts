/**
 * Instants, calendar dates and time zones, with Intl only (no date library).
 *
 * Every formatter takes the IANA zone to display in explicitly, so the output never depends on the
 * zone of the browser that happens to run the code. Bad input never throws: an unknown zone falls
 * back to UTC, an unknown locale to English, an invalid Date formats as `''`.
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

/** The largest sensible unit of a remaining duration, see {@link timeLeft}. */
export interface TimeLeft {
  unit: 'day' | 'hour' | 'minute';
  value: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

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

function isValidDate(date: Date): boolean {
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

/** The zone's short name at that instant in the locale: `GMT+3` in `en`, `EEST` in `en-GB`. */
export function zoneName(date: Date, timeZone: string, locale: string): string {
  if (!isValidDate(date)) return '';
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** A date in the locale's style: `July 6, 2018` (en) or `6 July 2018` (en-GB); `full` adds the weekday. */
export function formatDate(date: Date, timeZone: string, locale: string, style: DateStyle = 'long'): string {
  if (!isValidDate(date)) return '';
  return dateTimeFormat(locale, { timeZone, dateStyle: style }).format(date);
}

/**
 * Whether the locale writes the hour with two digits in its short time style (`09:00` in en-GB,
 * `9:00 AM` in en). `timeStyle` cannot be combined with `timeZoneName` or date fields, so the
 * range formats below spell the fields out and take the hour style from here.
 */
const hourStyles = new Map<string, '2-digit' | 'numeric'>();
function hourStyle(locale: string): '2-digit' | 'numeric' {
  let style = hourStyles.get(locale);
  if (!style) {
    // resolvedOptions() reports 'numeric' even for `HH` patterns, so look at 01:00 UTC formatted.
    const parts = dateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).formatToParts(new Date(3_600_000));
    style = parts.find((p) => p.type === 'hour')?.value === '01' ? '2-digit' : 'numeric';
    hourStyles.set(locale, style);
  }
  return style;
}

/** Hour and minute in the locale's hour cycle: `9:00 AM` (en), `09:00` (en-GB), `9:00 ч.` (bg). */
export function formatTime(date: Date, timeZone: string, locale: string): string {
  if (!isValidDate(date)) return '';
  return dateTimeFormat(locale, { timeZone, hour: hourStyle(locale), minute: '2-digit' }).format(date);
}

/**
 * A time range in one zone, `10:00 – 10:45` (with `zone: true`, `10:00 – 10:45 GMT+3`). When the
 * range ends on another calendar day in that zone, both dates are shown.
 */
export function formatTimeRange(start: Date, end: Date, timeZone: string, locale: string, options: { zone?: boolean } = {}): string {
  if (!isValidDate(start)) return '';
  if (!isValidDate(end) || end.getTime() < start.getTime()) {
    const single = dateTimeFormat(locale, timeRangeOptions(locale, timeZone, options.zone, false));
    return single.format(start);
  }
  const crossesMidnight = calendarDay(start, timeZone) !== calendarDay(end, timeZone);
  const format = dateTimeFormat(locale, timeRangeOptions(locale, timeZone, options.zone, crossesMidnight));
  if (options.zone && zoneOffsetMinutes(start, timeZone) !== zoneOffsetMinutes(end, timeZone)) {
    // A range across a daylight-saving change: formatRange would name only one zone
    // (`02:30–04:30 EEST`, which reads as two hours), so name each end's own.
    return `${format.format(start)} – ${format.format(end)}`;
  }
  return format.formatRange(start, end);
}

function timeRangeOptions(locale: string, timeZone: string, zone: boolean | undefined, withDate: boolean): Intl.DateTimeFormatOptions {
  return {
    timeZone,
    ...(withDate ? { month: 'short', day: 'numeric' } : {}),
    hour: hourStyle(locale),
    minute: '2-digit',
    ...(zone ? { timeZoneName: 'short' } : {}),
  };
}

/**
 * A range of dates, `July 6 – 8, 2018` (en) or `6–8 July 2018` (en-GB). Instants are taken as
 * their calendar day in `timeZone`; calendar-date strings (`2018-07-06`) are used as they are.
 * Without an end (or with an unusable one) this is the start date alone.
 */
export function formatDateRange(start: Date | string, end: Date | string | null | undefined, timeZone: string, locale: string): string {
  const a = toUtcDay(start, timeZone);
  if (!a) return '';
  const b = end == null ? null : toUtcDay(end, timeZone);
  const format = dateTimeFormat(locale, { timeZone: 'UTC', dateStyle: 'long' });
  if (!b || b.getTime() <= a.getTime()) return format.format(a);
  return format.formatRange(a, b);
}

/** An instant or date string reduced to midnight UTC of its calendar day in `timeZone`. */
function toUtcDay(value: Date | string, timeZone: string): Date | null {
  if (typeof value === 'string') {
    const date = parseCalendarDate(value);
    if (date) return date;
    const instant = parseInstant(value);
    return instant ? parseCalendarDate(calendarDay(instant, timeZone)) : null;
  }
  return isValidDate(value) ? parseCalendarDate(calendarDay(value, timeZone)) : null;
}

/** A duration in minutes with Intl units: `45 min`, `1 hr 30 min` (en), `1 ч 30 мин` (bg). */
export function formatDuration(minutes: number, locale: string): string {
  if (!Number.isFinite(minutes) || minutes < 0) return '';
  const total = Math.round(minutes);
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  const unit = (value: number, u: 'hour' | 'minute'): string => numberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  const parts: string[] = [];
  if (hours > 0) parts.push(unit(hours, 'hour'));
  if (rest > 0 || hours === 0) parts.push(unit(rest, 'minute'));
  if (parts.length === 1) return parts[0]!;
  try {
    return new Intl.ListFormat(locale, { type: 'unit', style: 'narrow' }).format(parts);
  } catch {
    return parts.join(' ');
  }
}

/** A day heading from `'YYYY-MM-DD'`: `Friday, July 6, 2018` (en), `Friday 6 July 2018` (en-GB). */
export function formatDayHeading(day: string, locale: string): string {
  const date = parseCalendarDate(day);
  return date ? formatDate(date, 'UTC', locale, 'full') : '';
}

// ---------------------------------------------------------------------------------------------
// Grouping and remaining time

/**
 * Groups items by the calendar day of their start in `timeZone`. Days are sorted; within a day
 * items are sorted by start (stable: equal starts keep the given order). Items without a start
 * come last in a group with day `''`, in the given order.
 */
export function groupByDay<T>(items: readonly T[], getStart: (item: T) => Date | null, timeZone: string): { day: string; items: T[] }[] {
  const timed: { item: T; time: number; index: number }[] = [];
  const untimed: T[] = [];
  items.forEach((item, index) => {
    const start = getStart(item);
    if (start && isValidDate(start)) timed.push({ item, time: start.getTime(), index });
    else untimed.push(item);
  });
  timed.sort((a, b) => a.time - b.time || a.index - b.index);
  const groups: { day: string; items: T[] }[] = [];
  for (const entry of timed) {
    const day = calendarDay(new Date(entry.time), timeZone);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.items.push(entry.item);
    else groups.push({ day, items: [entry.item] });
  }
  if (untimed.length > 0) groups.push({ day: '', items: untimed });
  return groups;
}

/**
 * The time from `from` to `to` in its largest sensible unit, rounded down so it never promises
 * more time than there is: 12 days 20 hours -> `{ unit: 'day', value: 12 }`; under an hour, whole
 * minutes rounded up (30 s left -> 1 minute). Past or equal instants give `{ unit: 'minute', value: 0 }`.
 */
export function timeLeft(from: Date, to: Date): TimeLeft {
  const ms = to.getTime() - from.getTime();
  if (!(ms > 0)) return { unit: 'minute', value: 0 };
  if (ms >= DAY) return { unit: 'day', value: Math.floor(ms / DAY) };
  if (ms >= HOUR) return { unit: 'hour', value: Math.floor(ms / HOUR) };
  return { unit: 'minute', value: Math.ceil(ms / MINUTE) };
}

/** {@link timeLeft} through `Intl.RelativeTimeFormat`: `in 12 days` (en), `след 12 дни` (bg). */
export function relativeTimeLeft(from: Date, to: Date, locale: string): string {
  const { unit, value } = timeLeft(from, to);
  let format: Intl.RelativeTimeFormat;
  try {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  } catch {
    format = new Intl.RelativeTimeFormat('en', { numeric: 'always' });
  }
  return format.format(value, unit);
}
