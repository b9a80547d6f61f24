/**
 * An event's registration at an instant: its state (opens on…, open, full, closed), the days left
 * until it closes counted in the event's zone, when that changes next, and its texts in words.
 * Pure functions without Lit: `<cluster-event-header>` and any list of events call them, the
 * JSON-LD export reads the same state for `offers.availability`.
 */
import { calendarDay, formatDate, numberFormat, parseCalendarDate, parseInstant } from './time.js';
import { formatTimeRange } from './time-format.js';
import type { Money, Registration } from './types.js';
import { eventOverAt, midnightAfter } from './event-over.js';
import type { eventStrings } from '../i18n/event.js';

/** The states of a registration, in the order they follow each other. */
export const REGISTRATION_STATES = ['opens-on', 'open', 'full', 'closed'] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** A registration at an instant. */
export interface RegistrationStatus {
  state: RegistrationState;
  /** When it opens (from `opens`); with state `opens-on` it is still ahead. */
  opens?: Date;
  /** When it closes: `closes`, else when the event is over (eventOverAt); `undefined` when neither is known. */
  closes?: Date;
  /**
   * While open with a known closing: calendar days in the event's zone from today to the last day
   * one can register (the day of the instant just before closing): 0 today, 1 tomorrow.
   */
  daysLeft?: number;
  /** The next instant at which the state or `daysLeft` changes; `undefined` when nothing will. */
  changesAt?: Date;
}

/** What of the event the registration needs: its zone, and its start and end for the default closing. */
export interface RegistrationEvent {
  timeZone: string;
  start?: string;
  end?: string;
}

const DAY = 86_400_000;

/** Whole calendar days from `a` to `b` (`YYYY-MM-DD`). */
function daysBetween(a: string, b: string): number {
  return Math.round((parseCalendarDate(b)!.getTime() - parseCalendarDate(a)!.getTime()) / DAY);
}

/**
 * The registration at `now`. Registration opens at `opens` (inclusive) and closes at `closes`
 * (inclusive: at that instant it is closed), or when the event is over when it gives no closing
 * (eventOverAt: its end, else the midnight after the day it starts, in its zone).
 * Before it opens it is `opens-on`; from its closing on `closed`; in between `full` when no places
 * remain (`remaining` is 0), else `open`.
 */
export function registrationStatus(registration: Registration, event: RegistrationEvent, now: Date): RegistrationStatus {
  const zone = event.timeZone;
  const opens = registration.opens ? (parseInstant(registration.opens) ?? undefined) : undefined;
  const over = eventOverAt(event);
  const closes = (registration.closes ? (parseInstant(registration.closes) ?? undefined) : undefined) ?? (over === null ? undefined : new Date(over));
  const t = now.getTime();
  const status = (state: RegistrationState, changesAt?: Date): RegistrationStatus => ({
    state,
    ...(opens ? { opens } : {}),
    ...(closes ? { closes } : {}),
    ...(changesAt ? { changesAt } : {}),
  });
  if (opens && t < opens.getTime()) return status('opens-on', opens);
  if (closes && t >= closes.getTime()) return status('closed');
  if (registration.remaining === 0) return status('full', closes);
  if (!closes) return status('open');
  const today = calendarDay(now, zone);
  const lastDay = calendarDay(new Date(closes.getTime() - 1), zone);
  const tomorrow = midnightAfter(t, zone);
  const changesAt = tomorrow < closes.getTime() ? new Date(tomorrow) : closes;
  return { ...status('open', changesAt), daysLeft: Math.max(0, daysBetween(today, lastDay)) };
}

/** The UI strings {@link registrationText} uses: `eventStrings(lang)` of src/i18n/event.ts. */
export type RegistrationStrings = Pick<
  ReturnType<typeof eventStrings>,
  'registrationOpen' | 'registrationOpensOn' | 'registrationFull' | 'registrationClosed' | 'registrationCloses' | 'placesLeft' | 'placesLeftOf' | 'free'
>;

/** The texts of a registration's state, in words (never colour alone). */
export interface RegistrationText {
  /** "Registration open", "Registration opens on 2 March 2026, 09:00 EET", "Registration full", "Registration closed". */
  state: string;
  /** While open: "closes in 3 days (10 June 2026, 18:00 GMT+3)"; else `''`. */
  closes: string;
  /** While open or opening: "37 of 240 places left"; `''` when unknown. */
  places: string;
  /** While open or opening: "€120.00", "Free"; `''` when not given. */
  price: string;
}

/** A date and time with its zone named: `June 10, 2026, 6:00 PM GMT+3`. */
function dateTimeText(date: Date, zone: string, locale: string): string {
  return `${formatDate(date, zone, locale)}, ${formatTimeRange(date, new Date(Number.NaN), zone, locale, { zone: true })}`;
}

/** An amount in its currency in the locale: `€120.00`, `120,00 €`. */
export function priceText(price: Money, locale: string): string {
  try {
    return numberFormat(locale, { style: 'currency', currency: price.currency }).format(price.amount);
  } catch {
    return `${numberFormat(locale, {}).format(price.amount)} ${price.currency}`;
  }
}

/**
 * The state of a registration in words: `t` are the UI strings of the element's language
 * (`eventStrings(lang)`, passed in so that this module loads no strings), `locale` formats dates
 * and numbers, and dates and times are in the event's `zone`, named.
 */
export function registrationText(
  registration: Registration,
  status: RegistrationStatus,
  zone: string,
  t: RegistrationStrings,
  locale: string,
): RegistrationText {
  const count = (n: number) => numberFormat(locale, {}).format(n);
  let state: string;
  let closes = '';
  switch (status.state) {
    case 'opens-on':
      state = t.registrationOpensOn(dateTimeText(status.opens!, zone, locale));
      break;
    case 'open':
      state = t.registrationOpen;
      if (status.closes && status.daysLeft !== undefined) {
        let relative: string;
        try {
          relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(status.daysLeft, 'day');
        } catch {
          relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(status.daysLeft, 'day');
        }
        closes = t.registrationCloses(relative, dateTimeText(status.closes, zone, locale));
      }
      break;
    case 'full':
      state = t.registrationFull;
      break;
    default:
      state = t.registrationClosed;
  }
  const { remaining, capacity } = registration;
  // Places and price matter while one can still register.
  const current = status.state === 'open' || status.state === 'opens-on';
  const places =
    !current || remaining === undefined || remaining === 0
      ? ''
      : capacity !== undefined
        ? t.placesLeftOf(count(remaining), count(capacity), remaining)
        : t.placesLeft(count(remaining), remaining);
  const price = !current
    ? ''
    : registration.price && registration.price.amount !== 0
      ? priceText(registration.price, locale)
      : registration.free || registration.price?.amount === 0
        ? t.free
        : '';
  return { state, closes, places, price };
}
