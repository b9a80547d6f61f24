/**
 * When an event starts and when it is over: one rule for every part of the library that asks
 * (`<cluster-event-list>`'s upcoming and past events, a registration without a closing date and
 * the JSON-LD offer made from it), documented for editors on the event's `end` (entities.docs.ts).
 *
 * - An event is over at its end: an end date-time is that instant; an end that is a calendar date
 *   (the hours unknown) is the midnight after that day, in the event's zone.
 * - Without an end (or with one that cannot be read, or is not after the start), it is over at the
 *   midnight after the calendar day it starts, in its zone: a timed event without an end runs, for
 *   this purpose, to the end of its day, as a session without an end does in the agenda.
 * - An event starts at its start date-time, or at midnight of its start date in its zone.
 * - A zone the browser does not know counts as UTC.
 *
 * Instants are compared exactly, never through a display zone: at the instant returned the event
 * is over, a millisecond before it is not, wherever the reader is.
 */
import { instantFromWallClock, isCalendarDate, isValidTimeZone, parseCalendarDate, parseInstant, wallClock } from './time.js';

/** What of an event its start and end need: its zone, and its start and end as written. */
export interface EventSpan {
  timeZone: string;
  start?: string;
  end?: string;
}

/** Midnight at the start of the calendar day `days` after `day` (a Date at midnight UTC), in `zone`. */
function midnight(day: Date, days: number, zone: string): number {
  return instantFromWallClock({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() + days, hour: 0, minute: 0 }, zone).getTime();
}

const usableZone = (zone: string): string => (isValidTimeZone(zone) ? zone : 'UTC');

/** An instant (ms) of a start or end as written: a date-time, or midnight `days` after a calendar date in `zone`; `null` when unreadable. */
function instantOf(value: string | undefined, days: number, zone: string): number | null {
  if (typeof value !== 'string') return null;
  if (isCalendarDate(value)) {
    const day = parseCalendarDate(value);
    return day ? midnight(day, days, zone) : null;
  }
  return parseInstant(value)?.getTime() ?? null;
}

/** The instant an event starts (ms since the epoch): its date-time, or midnight of its date in its zone; `null` when unreadable. */
export function eventStartAt(event: EventSpan): number | null {
  return instantOf(event.start, 0, usableZone(event.timeZone));
}

/**
 * The instant an event is over (ms since the epoch), by the rule of this module: its end; without a
 * usable end, the midnight after the day it starts, in its zone. `null` when neither its start nor
 * its end can be read.
 */
export function eventOverAt(event: EventSpan): number | null {
  const zone = usableZone(event.timeZone);
  const start = eventStartAt(event);
  const end = instantOf(event.end, 1, zone);
  if (end !== null && (start === null || end > start)) return end;
  return start === null ? null : midnightAfter(start, zone);
}

/** The midnight after the calendar day that `instant` (ms since the epoch) falls on in `zone` (a zone the browser knows). */
export function midnightAfter(instant: number, zone: string): number {
  const w = wallClock(new Date(instant), zone);
  return instantFromWallClock({ year: w.year, month: w.month, day: w.day + 1, hour: 0, minute: 0 }, zone).getTime();
}
