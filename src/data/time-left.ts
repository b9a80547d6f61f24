/**
 * The time left until an instant (a funding call's deadline), in its largest sensible unit: see
 * time.ts.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The largest sensible unit of a remaining duration, see {@link timeLeft}. */
export interface TimeLeft {
  unit: 'day' | 'hour' | 'minute';
  value: number;
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
