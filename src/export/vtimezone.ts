/**
 * VTIMEZONE components (RFC 5545, 3.6.5) generated from the platform's own zone data (Intl),
 * so the package ships no time-zone database. The UTC offset of the zone is sampled once a day
 * across the years the calendar covers; where two samples differ, a binary search finds the
 * second of the change. Each change becomes one STANDARD or DAYLIGHT sub-component, listed
 * explicitly (no RRULE), which every calendar program reads the same way.
 */
import { isValidTimeZone, wallClock, zoneOffsetMinutes } from '../data/time.js';

/** One change of a zone's UTC offset. */
export interface ZoneTransition {
  /** The first instant with the new offset. */
  at: Date;
  /** Offset before the change, minutes east of UTC. */
  from: number;
  /** Offset from `at` on, minutes east of UTC. */
  to: number;
}

const SECOND = 1000;
const DAY = 86_400_000;
/** At most this many daily samples per call (about 40 years); longer spans are sampled more coarsely. */
const MAX_SAMPLES = 15_000;

/** True when the zone is UTC under another name, so times can simply be written in UTC (`Z`). */
export function isUtcZone(zone: string): boolean {
  if (!isValidTimeZone(zone)) return false;
  try {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    return ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Etc/Zulu', 'Universal', 'Zulu'].includes(resolved);
  } catch {
    return false;
  }
}

/** The offset changes of `zone` in `[from, to)`, in order. An invalid zone has none. */
export function zoneTransitions(zone: string, from: Date, to: Date): ZoneTransition[] {
  if (!isValidTimeZone(zone)) return [];
  const start = from.getTime();
  const end = to.getTime();
  if (!(end > start)) return [];
  const step = Math.max(DAY, Math.ceil((end - start) / MAX_SAMPLES / DAY) * DAY);
  const offsetAt = (ms: number): number => zoneOffsetMinutes(new Date(ms), zone);
  const found: ZoneTransition[] = [];
  let prevMs = start;
  let prevOffset = offsetAt(start);
  for (let ms = Math.min(start + step, end); ; ms = Math.min(ms + step, end)) {
    const offset = offsetAt(ms);
    if (offset !== prevOffset) {
      // Binary search in whole seconds: lo has the old offset, hi the new one.
      let lo = Math.floor(prevMs / SECOND);
      let hi = Math.ceil(ms / SECOND);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetAt(mid * SECOND) === prevOffset) lo = mid;
        else hi = mid;
      }
      const at = hi * SECOND;
      const to = offsetAt(at);
      // Two changes inside one sampling step (never seen in practice) would show as one here.
      if (at >= start && at < end) found.push({ at: new Date(at), from: prevOffset, to });
    }
    prevMs = ms;
    prevOffset = offset;
    if (ms >= end) break;
  }
  return found;
}

/** `+0200`, `-0430`, `+0530`: the UTC-OFFSET value type. */
export function formatUtcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/**
 * The lines (unfolded, without line ends) of a VTIMEZONE for `zone` covering the calendar years
 * `fromYear`..`toYear`. Returns `null` for a zone Intl does not know.
 *
 * The first sub-component is the last change before `fromYear` (searched in the year before) or,
 * for a zone without changes, a single STANDARD with the zone's fixed offset.
 */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): string[] | null {
  if (!isValidTimeZone(zone)) return null;
  const first = Math.min(fromYear, toYear);
  const last = Math.max(fromYear, toYear);
  const rangeStart = Date.UTC(first, 0, 1) - DAY; // a day of margin for zones ahead of UTC
  const rangeEnd = Date.UTC(last + 1, 0, 1) + DAY;
  const before = zoneTransitions(zone, new Date(rangeStart - 366 * DAY), new Date(rangeStart)).at(-1);
  const inRange = zoneTransitions(zone, new Date(rangeStart), new Date(rangeEnd));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const transitions = before ? [before, ...inRange] : inRange;
  if (transitions.length === 0) {
    const offset = zoneOffsetMinutes(new Date(rangeStart), zone);
    lines.push(
      'BEGIN:STANDARD',
      `DTSTART:${pad(first, 4)}0101T000000`,
      `TZOFFSETFROM:${formatUtcOffset(offset)}`,
      `TZOFFSETTO:${formatUtcOffset(offset)}`,
      ...tzName(zone, new Date(rangeStart)),
      'END:STANDARD',
    );
  }
  for (const t of transitions) {
    const kind = isDaylight(zone, t) ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART of a sub-component is the local time of the change, read with the offset before it.
    const local = new Date(t.at.getTime() + t.from * 60_000);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(local)}`,
      `TZOFFSETFROM:${formatUtcOffset(t.from)}`,
      `TZOFFSETTO:${formatUtcOffset(t.to)}`,
      ...tzName(zone, t.at),
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * Daylight time is an offset above the zone's standard offset of that year, taken as the smaller
 * of its January and July offsets (which works on both hemispheres).
 */
function isDaylight(zone: string, t: ZoneTransition): boolean {
  const year = wallClock(t.at, zone).year;
  const standard = Math.min(zoneOffsetMinutes(new Date(Date.UTC(year, 0, 1)), zone), zoneOffsetMinutes(new Date(Date.UTC(year, 6, 1)), zone));
  return t.to > standard;
}

/**
 * TZNAME: the common abbreviation where Intl knows one in some English locale (`EEST`, `CET`,
 * `EDT`, `BST`), else Intl's `GMT+9` form. Purely informative for calendar programs.
 */
function tzName(zone: string, at: Date): string[] {
  let fallback = '';
  for (const locale of ['en-US', 'en-GB', 'en-AU', 'en-IN']) {
    try {
      const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }).formatToParts(at);
      const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
      if (name && !/^(GMT|UTC)[+-−]/.test(name)) return [`TZNAME:${name}`];
      fallback ||= name;
    } catch {
      // An unknown locale on an unusual platform: try the next one.
    }
  }
  return fallback ? [`TZNAME:${fallback.replace(/[^A-Za-z0-9+:-]/g, '')}`] : [];
}

/** `YYYYMMDDTHHMMSS` of the UTC fields of `date` (used for already shifted local times). */
function localStamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`
  );
}

function pad(n: number, len = 2): string {
  return String(n).padStart(len, '0');
}
