/**
 * The data side of `<cluster-agenda-track>`, free of Lit: checking an untrusted track view
 * ({@link checkTrack}) and turning a checked track into the strings the template shows
 * ({@link buildTrackModel}). The element calls both in `willUpdate` when its inputs change;
 * `render()` only reads the result.
 */
import type { DataProblem, EventStatus, LocalizedText, ParticipantRole, SessionKind, TextFormat } from './types.js';
import { compact, isList, isRecord, readField, type Problems } from './validate.js';
import { calendarDay, dateTimeFormat, instantFromWallClock, parseInstant, wallClock, zonesDiffer, TIME_DISPLAYS, type TimeDisplay } from './time.js';
import { formatDuration, formatTimeRange } from './time-format.js';
import { langAttribute, resolveTextIn } from './text.js';
import { TRACK_VIEW } from './entities-agenda.js';
import { parseWith } from './walk.js';
import type { AgendaSessionView, AgendaTrackView } from './views.js';
import { isExternalUrl } from './url.js';
import type { AgendaStrings } from '../i18n/agenda.js';

// ---------------------------------------------------------------------------------------------
// Checking

/** A speaker that passed the checks: at least one of name, job title, organisation. */
export interface CheckedSpeaker {
  name?: string;
  jobTitle?: LocalizedText;
  organization?: LocalizedText;
  role?: ParticipantRole;
}

/** A session that passed the checks; times are parsed, the URL is safe. */
export interface CheckedSession {
  id: string;
  title: LocalizedText;
  /** The RFC 3339 text as given (for `<time datetime>`), and its instant. */
  startText?: string;
  start: Date | null;
  /** Only when there is a start and the end is not before it. */
  endText?: string;
  end: Date | null;
  kind?: SessionKind;
  room?: LocalizedText;
  status?: EventStatus;
  abstract?: LocalizedText;
  url?: string;
  speakers: CheckedSpeaker[];
}

export interface CheckedTrack {
  name?: LocalizedText;
  description?: LocalizedText;
  color?: string;
  /** The event's zone; `UTC` (with a problem) when it is missing or unknown. */
  timeZone: string;
  lang?: string;
  /** `markdown` when the abstracts and the description are Markdown; plain text when absent. */
  textFormat?: TextFormat;
  /** `null` when `sessions` is not a list at all. */
  sessions: CheckedSession[] | null;
  /** How many sessions were given, shown or not. */
  given: number;
}

export interface TrackCheck {
  /** `null` when the input is not a track object. */
  track: CheckedTrack | null;
  problems: DataProblem[];
}

/**
 * Checks an untrusted track view against the track view of entities.ts, whose sessions follow the
 * same rules as a document's (see `sessionTimes` there): a session without an id or a title, or
 * with a duplicate id, is left out; smaller faults (an unknown kind, an unsafe link, an unusable
 * time, a speaker with nothing to show) drop only the faulty field or item. Every fault is a
 * problem with its JSON path under `path` (`track.sessions[3].start`). Never throws.
 */
export function checkTrack(input: unknown, path = 'track'): TrackCheck {
  if (typeof input === 'object' && input !== null && trusted.has(input)) {
    // Built by <cluster-agenda> from a checked document: the same shape, nothing to check again.
    const view = input as AgendaTrackView;
    const sessions = (view.sessions ?? []).map(checkedSession);
    const { name, description, color, timeZone, lang, textFormat } = view;
    return { track: compact<CheckedTrack>({ name, description, color, timeZone, lang, textFormat, sessions, given: sessions.length }), problems: [] };
  }
  const problems: Problems = [];
  const view = parseWith<AgendaTrackView>(TRACK_VIEW, input, path, problems);
  if (!view) return { track: null, problems };
  const sessions = view.sessions ? view.sessions.map(checkedSession) : null;
  const given = isRecord(input) ? readField(input, 'sessions') : undefined;
  return {
    track: compact<CheckedTrack>({
      name: view.name,
      description: view.description,
      color: view.color,
      timeZone: view.timeZone ?? 'UTC',
      lang: view.lang,
      textFormat: view.textFormat,
      sessions,
      given: isList(given) ? given.length : 0,
    }),
    problems,
  };
}

/** Track views built from a checked document (see {@link trustTrackView}). */
const trusted = new WeakSet<object>();

/**
 * Marks a track view built from a checked document, with its zone, as `<cluster-agenda>` builds
 * them: {@link checkTrack} takes it as it is instead of checking every session again. Only for
 * views made of checked values, never for input from outside.
 */
export function trustTrackView<T extends AgendaTrackView>(view: T): T {
  if (view.timeZone !== undefined) trusted.add(view);
  return view;
}

/** Results remembered on our own objects (invisible to JSON and `Object.keys`; cheaper for the garbage collector than a WeakMap per session). */
const CHECKED = Symbol('checked');
const MODEL = Symbol('model');

/** A checked session view with its times parsed, as the track model reads it. */
function checkedSession(s: AgendaSessionView): CheckedSession {
  const memo = (s as { [CHECKED]?: CheckedSession })[CHECKED];
  if (memo) return memo;
  const start = s.start === undefined ? null : parseInstant(s.start);
  const end = s.end === undefined ? null : parseInstant(s.end);
  const session: CheckedSession = compact({
    id: s.id,
    title: s.title,
    startText: s.start,
    start,
    endText: s.end,
    end,
    kind: s.kind,
    room: s.room,
    status: s.status,
    abstract: s.abstract,
    url: s.url,
    speakers: s.speakers ?? [],
  });
  session.start = start;
  session.end = end;
  if (Object.isExtensible(s)) Object.defineProperty(s, CHECKED, { value: session });
  return session;
}

// ---------------------------------------------------------------------------------------------
// View model

/**
 * A text to show and its `lang` attribute: the language it is in when that is not the element's
 * (WCAG 3.1.2; see resolveTextIn and langAttribute), else undefined (no attribute).
 */
export interface MarkedText {
  text: string;
  lang?: string;
}

/** The time of a session, formatted for the displayed zone (and the viewer's, in `both`). */
export interface WhenModel {
  /** The start as given in RFC 3339, for `<time datetime>`. */
  datetime: string;
  /** `10:00 – 10:45 GMT+3`; with the dates when it ends on another day (`Jun 16, 11:30 PM – Jun 17, 12:15 AM`). */
  range: string;
  /** The range spells out its dates (it crosses midnight in the displayed zone): no day label is needed. */
  datedRange: boolean;
  /** `45 min` and `PT45M`; `''` without an end. */
  duration: string;
  durationIso: string;
  /** The displayed day in words (`Thu, July 5`), used when the element decides to show it. */
  day: string;
  /** `YYYY-MM-DD` in the displayed zone and in the event's zone. */
  dayKey: string;
  eventDayKey: string;
  /** The viewer's time in `both` mode when the zones differ at this instant, else `''`. */
  viewerRange: string;
  /** The viewer's day in words when it is not the event's day and the viewer's range does not already give it, else `''`. */
  viewerDay: string;
}

export interface SessionModel {
  id: string;
  title: string;
  /** `lang` of the title, room and abstract when it is not the element's language; see {@link MarkedText}. */
  titleLang?: string;
  roomLang?: string;
  abstractLang?: string;
  href?: string;
  external: boolean;
  kind: string;
  status?: EventStatus;
  /** The status in words; `''` for scheduled sessions. */
  statusText: string;
  room: string;
  abstract: string;
  /**
   * The speakers as one line, in runs of one language (see {@link MarkedText}); empty without
   * speakers. `Ivan Georgiev, Maria Petrova`; with a role, job title or organisation the speakers
   * are kept apart by semicolons: `Moderator: Ivan Georgiev; Maria Petrova, Port Engineer, Port Authority`.
   */
  speakers: MarkedText[];
  when: WhenModel | null;
  /** Start, end, and the instant from which the session counts as finished, in ms; `null` when unknown. */
  start: number | null;
  end: number | null;
  finish: number | null;
}

/** One list item: a session, and whether its day is spelled out. */
export interface SessionRow {
  session: SessionModel;
  showDay: boolean;
}

export interface TrackModel {
  name: string;
  description: string;
  /** `lang` of the name and description when it is not the element's language; see {@link MarkedText}. */
  nameLang?: string;
  descriptionLang?: string;
  color?: string;
  rows: SessionRow[];
  /** True when at least one session has a time (the list then has a time column). */
  timed: boolean;
}

export interface ModelOptions {
  /** Language of the element: picks UI strings and the text of localized content. */
  lang: string;
  /** Intl locale for dates, times and numbers. */
  locale: string;
  display: TimeDisplay;
  /** The viewer's zone (the browser's). */
  viewerZone: string;
  strings: AgendaStrings;
  /** The sessions are shown under a heading of their day (`<cluster-agenda>`): no session names its day. */
  noDay?: boolean;
}

const KIND_LABELS: Record<SessionKind, keyof AgendaStrings | null> = {
  talk: 'kindTalk',
  keynote: 'kindKeynote',
  panel: 'kindPanel',
  workshop: 'kindWorkshop',
  presentation: 'kindPresentation',
  discussion: 'kindDiscussion',
  break: 'kindBreak',
  networking: 'kindNetworking',
  other: null,
};

const ROLE_LABELS: Record<ParticipantRole, keyof AgendaStrings | null> = {
  speaker: null,
  moderator: 'roleModerator',
  panelist: 'rolePanelist',
  chair: 'roleChair',
};

const STATUS_LABELS: Record<EventStatus, keyof AgendaStrings | null> = {
  scheduled: null,
  cancelled: 'statusCancelled',
  postponed: 'statusPostponed',
  rescheduled: 'statusRescheduled',
  'moved-online': 'statusMovedOnline',
};

/** The model last built for a checked session (kept stable for unchanged sessions by the memos above), and for which options. */
interface ModelMemo {
  key: string;
  strings: AgendaStrings;
  model: SessionModel;
}

/**
 * Builds what the template shows from a checked track: resolved text, labels in words, times in
 * the displayed zone, and which sessions spell out their day. Sessions with a time come first,
 * sorted by start (equal starts keep the given order); sessions without one follow in the given order.
 */
export function buildTrackModel(track: CheckedTrack, options: ModelOptions): TrackModel {
  const { lang, strings } = options;
  const fallback = track.lang;
  const eventZone = track.timeZone;
  const displayZone = options.display === 'viewer' ? options.viewerZone : eventZone;

  const sessions = track.sessions ?? [];
  const timed: CheckedSession[] = [];
  const untimed: CheckedSession[] = [];
  for (const s of sessions) (s.start ? timed : untimed).push(s);
  // Array.prototype.sort is stable: equal starts keep the given order.
  timed.sort((a, b) => a.start!.getTime() - b.start!.getTime());

  const memoKey = `${lang}\u0000${options.locale}\u0000${options.display}\u0000${options.viewerZone}\u0000${eventZone}\u0000${fallback ?? ''}`;
  const toModel = (s: CheckedSession): SessionModel => {
    const known = (s as { [MODEL]?: ModelMemo })[MODEL];
    if (known && known.key === memoKey && known.strings === strings) return known.model;
    const kindKey = s.kind ? KIND_LABELS[s.kind] : null;
    const statusKey = s.status ? STATUS_LABELS[s.status] : null;
    const title = mark(s.title, lang, fallback);
    const room = mark(s.room, lang, fallback);
    const abstract = mark(s.abstract, lang, fallback);
    const model: SessionModel = {
      id: s.id,
      title: title.text,
      external: s.url !== undefined && isExternalUrl(s.url),
      kind: kindKey ? (strings[kindKey] as string) : '',
      statusText: statusKey ? (strings[statusKey] as string) : '',
      room: room.text,
      abstract: abstract.text,
      speakers: speakerLine(s.speakers, lang, fallback, strings),
      when: s.start ? when(s, eventZone, displayZone, options) : null,
      start: s.start ? s.start.getTime() : null,
      end: s.end ? s.end.getTime() : null,
      finish: s.start ? finishOf(s, eventZone) : null,
    };
    if (s.url !== undefined) model.href = s.url;
    if (s.status !== undefined) model.status = s.status;
    if (title.lang) model.titleLang = title.lang;
    if (room.lang) model.roomLang = room.lang;
    if (abstract.lang) model.abstractLang = abstract.lang;
    const memo: ModelMemo = { key: memoKey, strings, model };
    if (known) Object.assign(known, memo);
    else Object.defineProperty(s, MODEL, { value: memo });
    return model;
  };

  const rows: SessionRow[] = [];
  const days = new Set<string>();
  // A day is named where it changes, or where it is not the event's day, unless a heading above
  // names it (noDay) or the range already gives the dates (a session across midnight).
  const named = (w: WhenModel, changed: boolean): boolean => !options.noDay && !w.datedRange && (changed || w.dayKey !== w.eventDayKey);
  for (const s of timed) {
    const session = toModel(s);
    const w = session.when!;
    const previous = rows[rows.length - 1];
    rows.push({ session, showDay: named(w, previous !== undefined && previous.session.when!.dayKey !== w.dayKey) });
    days.add(w.dayKey);
  }
  // Over several days, the first day is named too, so the later day labels read as a sequence.
  if (days.size > 1 && rows[0]) rows[0].showDay = named(rows[0].session.when!, true);
  for (const s of untimed) rows.push({ session: toModel(s), showDay: false });

  const name = mark(track.name, lang, fallback);
  const description = mark(track.description, lang, fallback);
  const model: TrackModel = { name: name.text, description: description.text, rows, timed: timed.length > 0 };
  if (name.lang) model.nameLang = name.lang;
  if (description.lang) model.descriptionLang = description.lang;
  if (track.color !== undefined) model.color = track.color;
  return model;
}

/** The speakers of a session as one line of text runs (see {@link SessionModel.speakers}). */
function speakerLine(speakers: readonly CheckedSpeaker[], lang: string, fallback: string | undefined, strings: AgendaStrings): MarkedText[] {
  let rich = false;
  const lines = speakers.map((speaker) => {
    const roleKey = speaker.role ? ROLE_LABELS[speaker.role] : null;
    const role: MarkedText[] = roleKey ? [{ text: `${strings[roleKey] as string}: ` }] : [];
    const about = [mark(speaker.jobTitle, lang, fallback), mark(speaker.organization, lang, fallback)].filter((t) => t.text !== '');
    if (role.length > 0 || about.length > 0) rich = true;
    // Without a name the job title and organisation stand in its place ("Representative, ...").
    // A name is a plain string: it is in the document's language.
    const person = speaker.name ? [mark(speaker.name, lang, fallback), ...joinMarked(about, true)] : joinMarked(about, false);
    return [...role, ...person];
  });
  const separator = rich ? '; ' : ', ';
  const line: MarkedText[] = [];
  lines.forEach((parts, i) => {
    for (const part of i > 0 ? [{ text: separator }, ...parts] : parts) {
      const last = line[line.length - 1];
      // Neighbouring runs in one language merge.
      if (last && last.lang === part.lang) last.text += part.text;
      else line.push(part.lang ? { text: part.text, lang: part.lang } : { text: part.text });
    }
  });
  return line;
}

/**
 * Texts joined by `, ` (also before the first with `lead`), as few runs as their languages allow:
 * `[{ text: ', Manager, Marine Cluster' }]`, or `[{ text: ', ' }, { text: 'Manager, Marine Cluster', lang: 'en' }]`.
 */
function joinMarked(parts: readonly MarkedText[], lead: boolean): MarkedText[] {
  const runs: MarkedText[] = [];
  const add = (text: string, lang: string | undefined): void => {
    const last = runs[runs.length - 1];
    if (last && last.lang === lang) last.text += text;
    else runs.push(lang ? { text, lang } : { text });
  };
  parts.forEach((part, i) => {
    const separator = i > 0 || lead ? ', ' : '';
    // The separator belongs to the run before it when that run is in the same language as this part.
    if (separator && runs[runs.length - 1]?.lang === part.lang) add(separator + part.text, part.lang);
    else {
      if (separator) add(separator, undefined);
      add(part.text, part.lang);
    }
  });
  return runs;
}

/** The text of a localized value in `lang` (falling back to `fallback`, the document's language), marked with its language. */
function mark(value: LocalizedText | undefined, lang: string, fallback: string | undefined): MarkedText {
  const picked = resolveTextIn(value, lang, fallback);
  const attr = langAttribute(picked.lang, lang);
  return attr ? { text: picked.text, lang: attr } : { text: picked.text };
}

/** The instant from which a session counts as finished: its end, else the end of its day in the event's zone. */
function finishOf(session: CheckedSession, eventZone: string): number {
  if (session.end) return session.end.getTime();
  const w = wallClock(session.start!, eventZone);
  return instantFromWallClock({ year: w.year, month: w.month, day: w.day + 1, hour: 0, minute: 0 }, eventZone).getTime();
}

// Formatting is the costly part of a model (Intl formatToParts); sessions share their times
// across tracks and re-renders, so the strings are remembered by their inputs.
const WHEN_CACHE_LIMIT = 20_000;
const whenCache = new Map<string, Omit<WhenModel, 'datetime'>>();

function when(session: CheckedSession, eventZone: string, displayZone: string, options: ModelOptions): WhenModel {
  const start = session.start!;
  const end = session.end;
  const viewerZone = options.display === 'both' ? options.viewerZone : '';
  const key = `${options.locale}|${eventZone}|${displayZone}|${viewerZone}|${start.getTime()}|${end?.getTime() ?? ''}`;
  let cached = whenCache.get(key);
  if (!cached) {
    if (whenCache.size >= WHEN_CACHE_LIMIT) whenCache.clear();
    cached = formatWhen(start, end, eventZone, displayZone, viewerZone, options.locale);
    whenCache.set(key, cached);
  }
  return { datetime: session.startText!, ...cached };
}

function formatWhen(start: Date, end: Date | null, eventZone: string, displayZone: string, viewerZone: string, locale: string): Omit<WhenModel, 'datetime'> {
  const minutes = end ? Math.round((end.getTime() - start.getTime()) / 60_000) : -1;
  const dayKey = calendarDay(start, displayZone);
  const eventDayKey = displayZone === eventZone ? dayKey : calendarDay(start, eventZone);
  const dayFormat = (zone: string): string => dateTimeFormat(locale, { timeZone: zone, weekday: 'short', day: 'numeric', month: 'long' }).format(start);
  // formatTimeRange gives both dates of a range that ends on another day in its zone.
  const dated = (zone: string): boolean => end !== null && end.getTime() > start.getTime() && calendarDay(end, zone) !== calendarDay(start, zone);
  let viewerRange = '';
  let viewerDay = '';
  if (viewerZone && zonesDiffer(start, eventZone, viewerZone)) {
    viewerRange = formatTimeRange(start, end ?? new Date(NaN), viewerZone, locale, { zone: true });
    if (!dated(viewerZone) && calendarDay(start, viewerZone) !== eventDayKey) viewerDay = dayFormat(viewerZone);
  }
  return {
    range: formatTimeRange(start, end ?? new Date(NaN), displayZone, locale, { zone: true }),
    datedRange: dated(displayZone),
    duration: minutes >= 0 ? formatDuration(minutes, locale) : '',
    durationIso: minutes >= 0 ? isoDuration(minutes) : '',
    day: dayFormat(displayZone),
    dayKey,
    eventDayKey,
    viewerRange,
    viewerDay,
  };
}

/** Minutes as an ISO 8601 duration for `<time datetime>`: `PT45M`, `PT1H30M`, `PT0M`. */
export function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 || h === 0 ? `${m}M` : ''}`;
}

/**
 * The ids in a `favorites` value: a Set as documented, or an array (what a framework binding or
 * JSON often gives); anything else counts as no favourites rather than breaking the render.
 */
export function toIdSet(value: unknown): ReadonlySet<string> {
  if (value instanceof Set) return value as ReadonlySet<string>;
  // A Set from another window (an iframe) fails instanceof: copy what it holds.
  if (Object.prototype.toString.call(value) === '[object Set]') {
    return new Set([...(value as Set<unknown>)].filter((id): id is string => typeof id === 'string'));
  }
  if (isList(value)) return new Set(value.filter((id): id is string => typeof id === 'string'));
  return new Set();
}

// ---------------------------------------------------------------------------------------------
// The element's own attributes and clock

/**
 * What an element makes of its `now` and `time-display` attributes: `<cluster-agenda-track>`, and
 * `<cluster-agenda>` and `<cluster-event>`, which report their own values and hand only valid ones
 * to the elements they render (so a wrong value is reported once, by the element it was written on).
 */
export interface TrackAttributes {
  /** The zone mode to show: the attribute's, or `event` when it is not one of {@link TIME_DISPLAYS}. */
  display: TimeDisplay;
  /** The instant `now` pins the clock to; `null` when the real clock runs (no `now`, or not a valid one). */
  pinned: Date | null;
  /** A problem for each attribute that was not understood (at the paths `now` and `time-display`). */
  problems: DataProblem[];
}

/** Reads the `now` and `time-display` attributes; a value that is not understood falls back and is reported. */
export function readTrackAttributes(now: string | undefined, timeDisplay: string | null | undefined): TrackAttributes {
  const pinned = now ? parseInstant(now) : null;
  // A removed attribute (null) or an empty one is not set: the default, without a problem.
  if (timeDisplay == null || timeDisplay === '') timeDisplay = 'event';
  const valid = (TIME_DISPLAYS as readonly string[]).includes(timeDisplay);
  const problems: DataProblem[] = [];
  if (now && !pinned) {
    problems.push({ path: 'now', message: `${JSON.stringify(now)} is not an RFC 3339 date-time; the real clock is used` });
  }
  if (!valid) {
    problems.push({ path: 'time-display', message: `${JSON.stringify(timeDisplay)} is not one of: ${TIME_DISPLAYS.join(', ')}; event is used` });
  }
  return { display: valid ? (timeDisplay as TimeDisplay) : 'event', pinned, problems };
}

/**
 * The next instant after `clock` (ms since the epoch) at which a session of the track starts, ends
 * or counts as finished, when "Now" and "Finished" change; `null` when nothing changes any more.
 */
export function nextChange(model: TrackModel, clock: number): number | null {
  let next: number | null = null;
  for (const { session } of model.rows) {
    for (const t of [session.start, session.end, session.finish]) {
      if (t !== null && t > clock && (next === null || t < next)) next = t;
    }
  }
  return next;
}

/** How many sessions of the track counted as finished at `clock` (ms since the epoch). */
export function finishedCount(model: TrackModel, clock: number): number {
  return model.rows.filter((r) => r.session.finish !== null && r.session.finish <= clock).length;
}

/** A copy of `ids` with `id` added (`on` true) or removed (`on` false); without `on`, toggled. */
export function toggledId(ids: ReadonlySet<string>, id: string, on = !ids.has(id)): Set<string> {
  const next = new Set(ids);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
