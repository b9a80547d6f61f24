/**
 * View model of `<cluster-funding-call-banner>`: pure functions from a parsed funding call and an
 * instant to the words, dates and links the banner shows, and the delay until the banner must
 * render again. No Lit, no DOM, no clock: the instant is always passed in.
 */
import { callStatus, instantOf, nextStatusChange, timedDeadlines } from './status.js';
import { langAttribute, resolveTextIn } from './text.js';
import { calendarDay, dateTimeFormat, formatDate, isCalendarDate, numberFormat, parseCalendarDate, parseInstant, zonesDiffer } from './time.js';
import { formatTime } from './time-format.js';
import { timeLeft } from './time-left.js';
import type { CallStatus, DataProblem, Deadline, FundingCall, Money } from './types.js';
import { isExternalUrl, safeUrl } from './url.js';
import { isRecord, quote, readField } from './validate.js';
import { fundingStrings } from '../i18n/funding.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The longest the banner waits between two looks at the clock (a sleeping laptop, a changed clock). */
export const MAX_REFRESH_DELAY = MINUTE;

/** Language and zones a view is built for. */
export interface ViewContext {
  /** UI language (`bg`, `en-GB`): strings and text resolution. */
  lang: string;
  /** BCP 47 locale for Intl. */
  locale: string;
  /** The reader's zone; their own time is added when it differs from the call's. */
  viewerZone: string;
}

export interface LinkView {
  href: string;
  external: boolean;
}

export interface DeadlineView {
  deadline: Deadline;
  /** The original RFC 3339 value, for `<time datetime>`. */
  at: string;
  /** The cut-off's label ("Stage 1"), or a numbered one when there are several, else ''. */
  label: string;
  /** `lang` for `label` when it is in another language than the banner (see {@link CallView.titleLang}). */
  labelLang?: string;
  /** "17 September 2026 at 17:00 Brussels time". */
  when: string;
  /** The same, shorter, for the compact strip: "17 Sept 2026, 17:00 Brussels time". */
  whenShort: string;
  /** "11:00 AM your time" when the reader's zone differs at that instant, else ''. */
  viewerWhen: string;
  passed: boolean;
  /** The next deadline still to come. */
  next: boolean;
  /** "extended from 10 September 2026 at 17:00", else ''. */
  extendedFrom: string;
}

export interface OpeningView {
  /** "Opens", "Opened" or "Opening" (for an estimate). */
  label: string;
  /** RFC 3339 value or calendar date when a date is known (`opens`, else `opensBy` without words). */
  at?: string;
  text: string;
  /** `lang` for `text` when it is an estimate in another language than the banner (see {@link CallView.titleLang}). */
  textLang?: string;
}

export interface BudgetView {
  total: string;
  alternates: string[];
  perProjectMax: string;
}

export interface CallView {
  id: string;
  title: string;
  /**
   * The `lang` attribute for the element showing `title`: the title's language when it is not the
   * banner's (an `en`-only title on a `lang="bg"` page gives `en`), `undefined` when the title is
   * in the banner's language or its language is unknown (WCAG 3.1.2; see resolveTextIn and
   * langAttribute). Likewise `programmeLang`, `summaryLang` and the deadlines' and opening's ones.
   */
  titleLang?: string;
  identifier: string;
  programme: string;
  programmeLang?: string;
  summary: string;
  summaryLang?: string;
  status: CallStatus;
  statusLabel: string;
  /** "12 days left" while open or closing soon, else ''. */
  countdown: string;
  opening: OpeningView | null;
  deadlines: DeadlineView[];
  next: DeadlineView | null;
  /**
   * True when the deadlines may be added to a calendar: not for a suspended, cancelled or closed
   * call, nor one whose expected opening passed unconfirmed, whose readers should not plan for a deadline.
   */
  offersCalendar: boolean;
  /** True when each deadline still ahead gets its own calendar button: the call offers them and more than one is ahead. */
  calendarPerCutOff: boolean;
  budget: BudgetView | null;
  apply: LinkView | null;
  info: LinkView | null;
}

/** Attribute values of the simple (attribute-only) form of the banner. */
export interface BannerAttributes {
  heading: string;
  identifier: string;
  programme: string;
  opens: string;
  deadline: string;
  timeZone: string;
  href: string;
  infoHref: string;
  budget: string;
  currency: string;
}

const FIELDS = [
  'id',
  'identifier',
  'title',
  'summary',
  'programme',
  'timeZone',
  'opens',
  'opensEstimate',
  'opensBy',
  'deadlines',
  'statusOverride',
  'closingSoonDays',
  'budget',
  'applyUrl',
  'infoUrl',
] as const;

/**
 * A call id made from the text of an attribute: runs of anything but letters, digits, `.`, `_`
 * and `-` become one `-` (`Innovative clusters: round 2` gives `Innovative-clusters-round-2`),
 * so that it is a token in calendar UIDs, file names and storage keys. No text (a server-side
 * render has no element `id`) gives `''`.
 */
export function idToken(text: string | undefined): string {
  return (text ?? '')
    .trim()
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200);
}

/**
 * The raw call to validate: the attributes turned into call fields, then every field the `call`
 * property gives laid over them (the property wins field by field). `fallbackId` names the call
 * when neither gives an id (the element's `id`), else the identifier or, last, the heading, as a
 * token (see {@link idToken}). The id keys the calendar entries' UIDs and the dismissal, so a
 * page that sets `id` (or `identifier`) keeps them when the heading is reworded.
 */
export function mergeCallInput(call: unknown, attrs: BannerAttributes, fallbackId: string): unknown {
  const fromAttributes: Record<string, unknown> = {};
  const set = (key: string, value: unknown): void => {
    if (value !== '' && value !== undefined) fromAttributes[key] = value;
  };
  set('id', idToken(fallbackId) || idToken(attrs.identifier) || idToken(attrs.heading) || (attrs.heading.trim() ? 'call' : ''));
  set('title', attrs.heading);
  set('identifier', attrs.identifier);
  if (attrs.programme) fromAttributes.programme = { name: attrs.programme };
  set('opens', attrs.opens);
  fromAttributes.deadlines = attrs.deadline ? [{ at: attrs.deadline }] : [];
  set('timeZone', attrs.timeZone);
  set('applyUrl', attrs.href);
  set('infoUrl', attrs.infoHref);
  if (attrs.budget) {
    const amount = Number(attrs.budget);
    // A non-number stays text so that validation quotes what the page wrote.
    fromAttributes.budget = {
      total: { amount: attrs.budget.trim() !== '' && Number.isFinite(amount) ? amount : attrs.budget, currency: attrs.currency || undefined },
    };
  }
  if (call === undefined || call === null) return fromAttributes;
  if (!isRecord(call)) return call;
  const merged: Record<string, unknown> = { ...fromAttributes };
  let keys: string[] = [];
  try {
    keys = Object.keys(call);
  } catch {
    // A proxy that cannot list its keys gives the known fields only.
  }
  // Every key of the property goes on to validation, so that an unknown one is reported too.
  for (const key of new Set([...FIELDS, ...keys])) {
    // A field whose getter throws counts as not given.
    const value = readField(call, key);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/** The property of the simple form that gives each call field (its attribute is its kebab-case). */
const ATTRIBUTE_OF: Readonly<Record<string, keyof BannerAttributes>> = {
  title: 'heading',
  identifier: 'identifier',
  programme: 'programme',
  opens: 'opens',
  deadlines: 'deadline',
  timeZone: 'timeZone',
  applyUrl: 'href',
  infoUrl: 'infoHref',
  budget: 'budget',
};

/**
 * The call fields the attributes give and the `call` property leaves out, each with the attribute
 * that gives it. Without a property every field counts, given or not, so that a missing one is
 * named as the attribute to add (a missing id as `heading`, from which it is derived).
 */
function attributeFields(call: unknown, attrs: BannerAttributes, elementId: string): Map<string, string> {
  const fields = new Map<string, string>();
  const attributesOnly = call === undefined || call === null;
  if (!attributesOnly && !isRecord(call)) return fields;
  const given = (field: string): boolean => attributesOnly || readField(call, field) === undefined;
  for (const [field, key] of Object.entries(ATTRIBUTE_OF)) {
    if ((attributesOnly || attrs[key]) && given(field))
      fields.set(
        field,
        key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
      );
  }
  const idFrom = elementId ? 'id' : attrs.identifier ? 'identifier' : 'heading';
  if (attributesOnly || (given('id') && (elementId || attrs.identifier || attrs.heading))) fields.set('id', idFrom);
  return fields;
}

/**
 * The problems of the call that {@link mergeCallInput} built, found under `path`, with each field
 * the attributes gave reported under the attribute's name as the editor typed it (`deadline`,
 * `time-zone`, `href`, `currency`); fields of the `call` property keep their data paths
 * (`call.deadlines[0].at`). Without a property, the call-level "left out" problems give way to the
 * attribute problems that explain them, and a call with neither `deadline` nor `opens` says so.
 * A `currency` without `budget` is reported, since nothing uses it.
 */
export function attributeProblems(problems: readonly DataProblem[], call: unknown, attrs: BannerAttributes, elementId: string, path = 'call'): DataProblem[] {
  const fields = attributeFields(call, attrs, elementId);
  const attributesOnly = call === undefined || call === null;
  const out: DataProblem[] = [];
  const seen = new Set<string>();
  const add = (problem: DataProblem): void => {
    const key = `${problem.path}\u0000${problem.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(problem);
  };
  for (const problem of problems) {
    if (problem.path === path) {
      if (!attributesOnly) add(problem);
      continue;
    }
    const rest = problem.path.startsWith(`${path}.`) ? problem.path.slice(path.length + 1) : '';
    const field = /^[A-Za-z]+/.exec(rest)?.[0] ?? '';
    const attribute = fields.get(field);
    if (!attribute) {
      add(problem);
      continue;
    }
    // The one deadline of the attribute: its "left out" echo of a bad `at` says nothing more.
    if (rest === 'deadlines[0]') continue;
    add({ path: rest === 'budget.total.currency' ? 'currency' : attribute, message: problem.message });
  }
  if (attributesOnly && !attrs.deadline && !attrs.opens) add({ path: 'deadline', message: 'is required but missing (or give opens)' });
  if (attrs.currency && !attrs.budget) add({ path: 'currency', message: `${quote(attrs.currency)} is ignored without budget` });
  return out;
}

/** True when neither the property nor any attribute gives anything to show. */
export function isEmptyInput(call: unknown, attrs: BannerAttributes): boolean {
  return (call === undefined || call === null) && Object.values(attrs).every((v) => v === '');
}

/**
 * How the call's zone is named after a time: the city of the IANA id in English ("Brussels
 * time"), Intl's generic zone name in Bulgarian, which has no city names
 * ("Централноевропейско време"), and `UTC` for UTC.
 */
export function zoneLabel(zone: string, date: Date, lang: string, locale: string): string {
  const t = fundingStrings(lang);
  if (zone === 'UTC' || zone === 'Etc/UTC' || zone === 'Etc/GMT' || zone === 'GMT') return 'UTC';
  const slash = zone.lastIndexOf('/');
  if (t.zoneNaming === 'city' && slash > 0 && !zone.startsWith('Etc/')) {
    return t.cityTime(zone.slice(slash + 1).replace(/_/g, ' '));
  }
  const parts = dateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}

/** Date and time in the locale's own words: "17 September 2026 at 17:00" (`medium`: "17 Sept 2026, 17:00"). */
export function formatDateTime(date: Date, zone: string, locale: string, dateStyle: 'long' | 'medium' = 'long'): string {
  return dateTimeFormat(locale, { timeZone: zone, dateStyle, timeStyle: 'short' }).format(date);
}

/** "17 September 2026 at 17:00 Brussels time". */
export function formatZonedDateTime(date: Date, zone: string, lang: string, locale: string, dateStyle: 'long' | 'medium' = 'long'): string {
  return fundingStrings(lang).zonedDateTime(formatDateTime(date, zone, locale, dateStyle), zoneLabel(zone, date, lang, locale));
}

/** The reader's own time of an instant when their zone differs then: the time, with the date when the day differs. */
export function viewerTime(date: Date, zone: string, viewerZone: string, lang: string, locale: string): string {
  if (!zonesDiffer(date, zone, viewerZone)) return '';
  const sameDay = calendarDay(date, zone) === calendarDay(date, viewerZone);
  const text = sameDay ? formatTime(date, viewerZone, locale) : formatDateTime(date, viewerZone, locale);
  return fundingStrings(lang).yourTime(text);
}

/** "12 days left", "5 hours left", "1 minute left" (Bulgarian: "Остават 12 дни"). */
export function countdownText(now: Date, to: Date, lang: string, locale: string): string {
  const t = fundingStrings(lang);
  const { unit, value } = timeLeft(now, to);
  const n = numberFormat(locale, {}).format(value);
  if (unit === 'day') return t.daysLeft(n, value);
  if (unit === 'hour') return t.hoursLeft(n, value);
  return t.minutesLeft(n, value);
}

/** Milliseconds until the countdown to `to` shows another number (at least 1). */
export function countdownChangeIn(now: Date, to: Date): number {
  const ms = to.getTime() - now.getTime();
  if (ms <= 0) return Infinity;
  if (ms >= DAY) return ms - Math.floor(ms / DAY) * DAY + 1;
  if (ms >= HOUR) return ms - Math.floor(ms / HOUR) * HOUR + 1;
  return Math.max(1, ms - (Math.ceil(ms / MINUTE) - 1) * MINUTE);
}

/**
 * How long the banner may wait before it renders again: until the status changes or the countdown
 * shows another number, and never longer than {@link MAX_REFRESH_DELAY}. `null` when nothing shown
 * will ever change (closed, cancelled, forthcoming with only an estimate).
 */
export function refreshDelay(call: FundingCall, now: Date): number | null {
  const change = nextStatusChange(call, now);
  let delay = change ? change.getTime() - now.getTime() : Infinity;
  const status = callStatus(call, now);
  if (status === 'open' || status === 'closing-soon') {
    const next = timedDeadlines(call).find((d) => d.at > now.getTime());
    if (next) delay = Math.min(delay, countdownChangeIn(now, new Date(next.at)));
  }
  if (!Number.isFinite(delay)) return null;
  return Math.min(MAX_REFRESH_DELAY, Math.max(0, delay));
}

/** A sum of money in the locale, without cents when it is whole: "€5,000,000", "9 779 150 лв.". */
export function formatMoney(money: Money, locale: string): string {
  const digits = Number.isInteger(money.amount) ? 0 : 2;
  try {
    return numberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(money.amount);
  } catch {
    return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(money.amount)} ${money.currency}`;
  }
}

/** The key of a status in the catalog (`closing-soon`: `closingSoon`), capitalised after `announce` for its sentence. */
const statusKey = (status: CallStatus) => (status === 'closing-soon' ? 'closingSoon' : status);

/** The sentence announced once when the status changes while the banner is displayed. */
export function announcement(status: CallStatus, title: string, lang: string): string {
  const key = statusKey(status);
  return fundingStrings(lang)[`announce${key[0]!.toUpperCase()}${key.slice(1)}` as `announce${Capitalize<typeof key>}`](title);
}

function link(url: string | undefined): LinkView | null {
  const href = safeUrl(url);
  return href ? { href, external: isExternalUrl(href) } : null;
}

/** Everything the banner shows about `call` at `now`. */
export function buildCallView(call: FundingCall, now: Date, ctx: ViewContext, fallbackLang?: string): CallView {
  const { lang, locale, viewerZone } = ctx;
  const t = fundingStrings(lang);
  const zone = call.timeZone;
  const status = callStatus(call, now);
  /** A text of the call and the `lang` attribute it needs in the banner (none when it inherits). */
  const shown = (value: FundingCall['title'] | undefined): { text: string; lang?: string } => {
    const picked = resolveTextIn(value, lang, fallbackLang);
    const attribute = langAttribute(picked.lang, lang);
    return attribute ? { text: picked.text, lang: attribute } : { text: picked.text };
  };

  const timed = timedDeadlines(call).map(({ deadline, at }) => ({ deadline, date: new Date(at) }));
  const nextIndex = timed.findIndex((d) => d.date.getTime() > now.getTime());
  const deadlines = timed.map(({ deadline, date }, index): DeadlineView => {
    const previous = deadline.previousAt ? parseInstant(deadline.previousAt) : null;
    const label = shown(deadline.label);
    return {
      deadline,
      at: deadline.at,
      label: label.text || (timed.length > 1 ? t.cutOff(index + 1) : ''),
      ...(label.text && label.lang ? { labelLang: label.lang } : {}),
      when: formatZonedDateTime(date, zone, lang, locale),
      whenShort: formatZonedDateTime(date, zone, lang, locale, 'medium'),
      viewerWhen: viewerTime(date, zone, viewerZone, lang, locale),
      passed: date.getTime() <= now.getTime(),
      next: index === nextIndex,
      extendedFrom: previous ? t.extendedFrom(formatDateTime(previous, zone, locale)) : '',
    };
  });
  const next = nextIndex >= 0 ? (deadlines[nextIndex] ?? null) : null;
  const nextDate = nextIndex >= 0 ? timed[nextIndex]?.date : undefined;

  let opening: OpeningView | null = null;
  // An RFC 3339 value, or midnight of a calendar date in the call's zone.
  const opensMs = instantOf(call.opens, zone);
  const opensAt = opensMs === undefined ? null : new Date(opensMs);
  if (opensAt && call.opens) {
    opening = {
      label: opensAt.getTime() <= now.getTime() ? t.opened : t.opens,
      at: call.opens,
      // A calendar date opens at midnight in the call's zone: the date alone says it.
      text: isCalendarDate(call.opens) ? formatDate(parseCalendarDate(call.opens)!, 'UTC', locale, 'long') : formatZonedDateTime(opensAt, zone, lang, locale),
    };
  } else {
    const estimate = shown(call.opensEstimate);
    const by = call.opensBy ? parseCalendarDate(call.opensBy) : null;
    if (estimate.text) opening = { label: t.opening, text: estimate.text, ...(estimate.lang ? { textLang: estimate.lang } : {}) };
    // Known only by the date it is expected by: the date says it ("Expected by 31 December 2018").
    else if (by && call.opensBy) opening = { label: t.opening, at: call.opensBy, text: t.opensBy(formatDate(by, 'UTC', locale, 'long')) };
  }

  const budget = call.budget;
  const budgetView: BudgetView | null =
    budget && (budget.total || budget.perProjectMax)
      ? {
          total: budget.total ? formatMoney(budget.total, locale) : '',
          alternates: budget.total ? (budget.alternate ?? []).map((m) => formatMoney(m, locale)) : [],
          perProjectMax: budget.perProjectMax ? t.perProjectMax(formatMoney(budget.perProjectMax, locale)) : '',
        }
      : null;

  const live = status === 'open' || status === 'closing-soon';
  const offersCalendar = status === 'forthcoming' || live;
  const title = shown(call.title);
  const programme = shown(call.programme?.name);
  const summary = shown(call.summary);
  return {
    id: call.id,
    title: title.text,
    ...(title.lang ? { titleLang: title.lang } : {}),
    identifier: call.identifier ?? '',
    programme: programme.text,
    ...(programme.lang ? { programmeLang: programme.lang } : {}),
    summary: summary.text,
    ...(summary.lang ? { summaryLang: summary.lang } : {}),
    status,
    statusLabel: t[statusKey(status)],
    countdown: live && nextDate ? countdownText(now, nextDate, lang, locale) : '',
    opening,
    deadlines,
    next,
    offersCalendar,
    calendarPerCutOff: offersCalendar && nextIndex >= 0 && timed.length - nextIndex > 1,
    budget: budgetView,
    apply: live ? link(call.applyUrl) : null,
    info: link(call.infoUrl),
  };
}
