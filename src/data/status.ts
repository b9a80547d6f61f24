/**
 * Derived statuses of funding calls and projects at an instant. Pure functions of the data and
 * `now`; instants are compared exactly (milliseconds), never through a display zone.
 */
import type { CallStatus, Deadline, FundingCall, Project, ProjectStatus } from './types.js';
import { instantFromWallClock, isCalendarDate, isValidTimeZone, parseCalendarDate, parseInstant } from './time.js';

/** Days before the next deadline from which a call is `closing-soon` when it does not say. */
export const DEFAULT_CLOSING_SOON_DAYS = 14;

/** Zone of a project's calendar dates when none is given (EU programmes count in Brussels time). */
export const DEFAULT_PROJECT_TIME_ZONE = 'Europe/Brussels';

const DAY = 86_400_000;

/** Midnight at the start of a calendar day in a zone, as an instant. */
function startOfDay(day: string, timeZone: string): number | undefined {
  const date = parseCalendarDate(day);
  return date ? startOfUtcDay(date, timeZone) : undefined;
}

/** Midnight, in a zone, of the day a Date at midnight UTC stands for. */
function startOfUtcDay(date: Date, timeZone: string): number {
  const zone = isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const wall = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: 0, minute: 0 };
  return instantFromWallClock(wall, zone).getTime();
}

/** The instant of an RFC 3339 date-time, or of the start of a calendar date in `timeZone`. */
export function instantOf(value: string | undefined, timeZone: string): number | undefined {
  if (value === undefined) return undefined;
  if (isCalendarDate(value)) return startOfDay(value, timeZone);
  return parseInstant(value)?.getTime();
}

/** The call's valid deadlines with their instants, in time order (equal instants keep their order). */
export function timedDeadlines(call: FundingCall): { deadline: Deadline; at: number }[] {
  const list = Array.isArray(call.deadlines) ? call.deadlines : [];
  return list
    .map((deadline) => ({ deadline, at: parseInstant(deadline.at)?.getTime() }))
    .filter((d): d is { deadline: Deadline; at: number } => d.at !== undefined)
    .sort((a, b) => a.at - b.at);
}

function closingSoonMs(call: FundingCall): number {
  const days = call.closingSoonDays;
  return (typeof days === 'number' && Number.isFinite(days) && days >= 0 ? days : DEFAULT_CLOSING_SOON_DAYS) * DAY;
}

/** True when the deadline has passed at `now` (a deadline at exactly `now` has passed). */
export function isPastDeadline(deadline: Deadline, now: Date): boolean {
  const at = parseInstant(deadline.at);
  return at !== null && now.getTime() >= at.getTime();
}

/** The first deadline still ahead at `now`, or `undefined` when all have passed (or there are none). */
export function nextDeadline(call: FundingCall, now: Date): Deadline | undefined {
  const t = now.getTime();
  return timedDeadlines(call).find((d) => d.at > t)?.deadline;
}

/**
 * The instant the day `opensBy` is over in the call's zone (midnight at the start of the next
 * day), or `undefined` when the call has no valid `opensBy` or gives its opening date in `opens`.
 */
function opensByEnd(call: FundingCall): number | undefined {
  if (call.opens !== undefined || typeof call.opensBy !== 'string') return undefined;
  const day = parseCalendarDate(call.opensBy);
  return day ? startOfUtcDay(new Date(day.getTime() + DAY), call.timeZone) : undefined;
}

/**
 * The status of a funding call at `now`:
 * 1. `suspended` / `cancelled` when overridden;
 * 2. `forthcoming` before `opens` (a calendar date opens at midnight in the call's zone);
 * 3. `closed` at or after the last deadline;
 * 4. without `opens`, when there is an estimate (`opensEstimate` or `opensBy`) or nothing at all to
 *    go by: `unconfirmed` once the day `opensBy` is over in the call's zone, else `forthcoming`;
 * 5. `closing-soon` when the next deadline is at most `closingSoonDays` (default 14) days away;
 * 6. otherwise `open` (also a call that has opened and names no deadline).
 */
export function callStatus(call: FundingCall, now: Date): CallStatus {
  if (call.statusOverride === 'suspended' || call.statusOverride === 'cancelled') return call.statusOverride;
  const t = now.getTime();
  const opens = instantOf(call.opens, call.timeZone);
  if (opens !== undefined && t < opens) return 'forthcoming';
  const deadlines = timedDeadlines(call);
  const last = deadlines[deadlines.length - 1];
  if (last && t >= last.at) return 'closed';
  if (opens === undefined && (call.opensEstimate !== undefined || call.opensBy !== undefined || deadlines.length === 0)) {
    const expectedBy = opensByEnd(call);
    return expectedBy !== undefined && t >= expectedBy ? 'unconfirmed' : 'forthcoming';
  }
  const next = deadlines.find((d) => d.at > t);
  if (next && next.at - t <= closingSoonMs(call)) return 'closing-soon';
  return 'open';
}

/**
 * The next instant after `now` at which {@link callStatus} changes, to schedule a re-render;
 * `undefined` when it never changes again (closed, overridden, open without deadlines, or
 * forthcoming with an estimate in words only).
 */
export function nextStatusChange(call: FundingCall, now: Date): Date | undefined {
  const t = now.getTime();
  const current = callStatus(call, now);
  const soon = closingSoonMs(call);
  const candidates: number[] = [];
  const opens = instantOf(call.opens, call.timeZone);
  if (opens !== undefined) candidates.push(opens);
  const expectedBy = opensByEnd(call);
  if (expectedBy !== undefined) candidates.push(expectedBy);
  for (const { at } of timedDeadlines(call)) candidates.push(at, at - soon);
  const ahead = [...new Set(candidates)].filter((c) => c > t).sort((a, b) => a - b);
  for (const c of ahead) {
    if (callStatus(call, new Date(c)) !== current) return new Date(c);
  }
  return undefined;
}

/**
 * The status of a project at `now` from its calendar dates, read in `timeZone`: `planned` before
 * the start date begins, `closed` once the end date is over (its end of day), else `ongoing`.
 * `undefined` when the project has neither date.
 */
export function projectStatus(project: Project, now: Date, timeZone: string = DEFAULT_PROJECT_TIME_ZONE): ProjectStatus | undefined {
  const start = project.startDate === undefined ? undefined : startOfDay(project.startDate, timeZone);
  const endDay = project.endDate === undefined ? undefined : parseCalendarDate(project.endDate);
  const end = endDay ? startOfUtcDay(new Date(endDay.getTime() + DAY), timeZone) : undefined;
  if (start === undefined && end === undefined) return undefined;
  const t = now.getTime();
  if (start !== undefined && t < start) return 'planned';
  if (end !== undefined && t >= end) return 'closed';
  return 'ongoing';
}
