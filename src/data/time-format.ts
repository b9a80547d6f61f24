/**
 * Times, ranges, durations and day headings in a locale, for the elements that show times of day
 * (the agenda, its tracks, the speaker block, the event header and list, the banner): see time.ts
 * for the rules every formatter follows (the zone is always passed).
 */
import { calendarDay, dateTimeFormat, formatDate, isValidDate, numberFormat, parseCalendarDate, parseInstant, zoneOffsetMinutes } from './time.js';

/** The zone's short name at that instant in the locale: `GMT+3` in `en`, `EEST` in `en-GB`. */
export function zoneName(date: Date, timeZone: string, locale: string): string {
  if (!isValidDate(date)) return '';
  const parts = dateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
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
