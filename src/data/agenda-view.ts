import { foldForSearch } from './text.js';
import type { EventDocument, LocalizedText, Organization, Person, Room, Session, TextFormat, Track } from './types.js';
import type { AgendaSessionView, AgendaTrackView, SpeakerRef } from './views.js';
import { calendarDay, parseInstant } from './time.js';
import { formatDateRange, formatDayHeading } from './time-format.js';
import { trustTrackView } from './agenda-track-view.js';
import { sameData } from './walk-memo.js';
import { agendaFilterStrings } from '../i18n/agenda-filters.js';
import { stringsLanguage } from '../i18n/strings.js';

/**
 * The programme of an event as `<cluster-agenda>` shows it: sessions grouped by calendar day in the
 * displayed zone, then by track in document order, filtered by track, room, text and favourites.
 *
 * {@link AgendaViewBuilder} remembers the views it built: a session object that did not change
 * yields the same view object, and a day's track whose sessions did not change yields the same
 * track view, so an element re-renders only what changed (one edited title re-renders one track).
 */

/** What the reader filters by. Empty lists mean "all". Unknown ids are ignored. */
export interface AgendaFilters {
  /** Track ids; sessions of any of them match. */
  tracks?: readonly string[];
  /** Room ids; sessions in any of them match. */
  rooms?: readonly string[];
  /** Words that must all occur in the title, abstract or a speaker's name (any language, case and accents ignored). */
  query?: string;
}

export interface AgendaOptions {
  /** IANA zone whose calendar days group the sessions (the displayed zone). */
  timeZone: string;
  /** Language of the reader (used to lower-case the search text). */
  lang: string;
  filters?: AgendaFilters;
  /** Ids of the reader's sessions. */
  favorites?: ReadonlySet<string>;
  /** Keep only the reader's sessions. */
  onlyFavorites?: boolean;
  /**
   * Name of the group of sessions without a (known) track; default the UI strings' `Other sessions`
   * when the event has tracks, else `Programme`, in `lang` (the library's languages once loaded,
   * and registered ones: `registerStrings`), keyed by the language they are in.
   */
  otherName?: LocalizedText;
}

/** One day of the programme. */
export interface AgendaDayView {
  /** `YYYY-MM-DD` in the displayed zone; `''` for the group of sessions without a time. */
  day: string;
  /** When the day's last matching session ends (its start when it has no end), ms since the epoch; `null` without times. */
  lastEnd: number | null;
  /** The day's tracks with matching sessions, in document order; the group without a track last. */
  tracks: AgendaTrackView[];
  /** Matching sessions on this day. */
  count: number;
}

/** A track or room the reader can filter by, with how many sessions it has in total. */
export interface AgendaChoice {
  id: string;
  name: LocalizedText;
  count: number;
}

export interface AgendaView {
  days: AgendaDayView[];
  /** Tracks that have sessions, in document order. */
  tracks: AgendaChoice[];
  /** Rooms that have sessions, in document order. */
  rooms: AgendaChoice[];
  /** All sessions of the document. */
  total: number;
  /** Sessions that pass the filters. */
  matching: number;
  /** Sessions that pass the filters and have a time (what a calendar download contains). */
  timed: number;
  /** Ids of the matching sessions in document order (for the calendar download). */
  sessionIds: string[];
}

/**
 * Name of the group of sessions without a track: `Other sessions` when the event has tracks, else
 * `Programme`, from the UI strings in `lang`, keyed by the language of those strings (so the track
 * marks the name with its language when it is not the reader's: WCAG 3.1.2).
 */
function untrackedName(hasTracks: boolean, lang: string): LocalizedText {
  const t = agendaFilterStrings(lang);
  return { [stringsLanguage(lang)]: hasTracks ? t.otherSessions : t.programme };
}

export { foldForSearch };

const DAY_CACHE_LIMIT = 20_000;
const dayCache = new Map<string, string>();

/** `calendarDay` of an instant string in a zone, remembered (formatToParts is the costly part). */
function dayOf(start: string, date: Date, timeZone: string): string {
  const key = `${timeZone}\u0000${start}`;
  let day = dayCache.get(key);
  if (day === undefined) {
    if (dayCache.size >= DAY_CACHE_LIMIT) dayCache.clear();
    day = calendarDay(date, timeZone);
    dayCache.set(key, day);
  }
  return day;
}

interface Lookups {
  people: readonly Person[] | undefined;
  organizations: readonly Organization[] | undefined;
  rooms: readonly Room[] | undefined;
  personById: Map<string, Person>;
  orgById: Map<string, Organization>;
  roomById: Map<string, Room>;
}

interface SessionEntry {
  lookups: Lookups;
  view: AgendaSessionView;
  start: number | null;
  end: number | null;
  haystack?: string;
  /** The calendar day of the start in `dayZone`, remembered for the next build. */
  dayZone?: string;
  day?: string;
}

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (item && typeof item.id === 'string' && !map.has(item.id)) map.set(item.id, item);
  return map;
}

function allValues(text: LocalizedText | undefined): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return Object.values(text)
    .filter((v) => typeof v === 'string')
    .join('\n');
}

function sameSessions(a: readonly AgendaSessionView[], b: readonly AgendaSessionView[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function haystackOf(view: AgendaSessionView): string {
  const names = (view.speakers ?? []).map((s) => s.name ?? '');
  return foldForSearch([allValues(view.title), allValues(view.abstract), ...names].join('\n'));
}

/**
 * The builder that last made a view of a checked session, and its entry: kept on the session
 * object (ours, from the document check; invisible to JSON and `Object.keys`), which costs the
 * garbage collector less than a WeakMap of every session of a large programme.
 */
interface EntryMark {
  builder: AgendaViewBuilder;
  entry: SessionEntry;
}
const ENTRY = Symbol('entry');

/** What `<cluster-agenda>` gives its builder: it builds only from documents it validated (see AgendaViewBuilder). Not exported from the package. */
export const CHECKED_DOCUMENTS = Symbol('checked documents');

/**
 * Builds agenda views and remembers them between calls; keep one per element. Views are reused by
 * content, not only by identity: validating a document copies every object, so an edited document
 * arrives as all-new objects, and a session or track whose content is unchanged must still keep
 * its view for the element showing it to skip rendering.
 */
export class AgendaViewBuilder {
  /**
   * Whether the track views are marked as checked (see trustTrackView): only for a builder given
   * {@link CHECKED_DOCUMENTS}, which promises to build only from documents it validated itself
   * (`<cluster-agenda>`). `buildAgenda` and other builders may be given anything.
   */
  private readonly trusted: boolean;

  constructor(promise?: typeof CHECKED_DOCUMENTS) {
    this.trusted = promise === CHECKED_DOCUMENTS;
  }

  private lookups: Lookups | undefined;
  // Fast path: the same session object with the same people, organisations and rooms (its
  // entry is kept on the session object, see ENTRY, or here for documents from outside).
  private readonly entries = new WeakMap<Session, EntryMark>();
  /**
   * The entries of earlier builds by session id, to reuse views whose content did not change. One
   * map is kept from build to build and only the sessions that are new objects are written to it:
   * writing the id of every session of a large programme into a new map cost more than all the
   * rest of a build after one title changed. Entries of sessions gone since pile up in it, so now
   * and then a build starts a new one (`current`) from its own sessions.
   */
  private previous = new Map<string, SessionEntry>();
  private current = this.previous;
  private trackViews = new Map<string, AgendaTrackView>();

  /** The agenda of `document` with the given options. Never throws on a validated document. */
  build(document: EventDocument, options: AgendaOptions): AgendaView {
    const event = document.event;
    const sessions = event.sessions ?? [];
    const tracks = event.tracks ?? [];
    const lookups = this.lookupsFor(document);
    const trackById = byId(tracks);
    const trackIds = new Set(trackById.keys());
    const roomIds = new Set(lookups.roomById.keys());
    const wantTracks = new Set((options.filters?.tracks ?? []).filter((id) => trackIds.has(id)));
    const wantRooms = new Set((options.filters?.rooms ?? []).filter((id) => roomIds.has(id)));
    // Words separated by spaces; punctuation around a word ("reef," "(ports)") does not count.
    const words = foldForSearch(options.filters?.query ?? '')
      .split(/\s+/)
      .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
      .filter((w) => w !== '');
    const favorites = options.favorites ?? new Set<string>();

    this.current = this.previous.size > 2 * sessions.length + 64 ? new Map<string, SessionEntry>() : this.previous;
    // One counter per known track, found once per session (its track key in `matched` then).
    const trackCounts = new Map<string, { n: number }>();
    for (const id of trackIds) trackCounts.set(id, { n: 0 });
    const roomCounts = new Map<string, number>();
    const matched: { session: Session; entry: SessionEntry; index: number; track: string }[] = [];
    sessions.forEach((session, index) => {
      const entry = this.entryFor(session, lookups);
      const counter = session.trackId !== undefined ? trackCounts.get(session.trackId) : undefined;
      if (counter) counter.n++;
      const trackId = counter ? session.trackId : undefined;
      const roomId = session.roomId !== undefined && roomIds.has(session.roomId) ? session.roomId : undefined;
      if (roomId !== undefined) roomCounts.set(roomId, (roomCounts.get(roomId) ?? 0) + 1);
      if (wantTracks.size > 0 && (trackId === undefined || !wantTracks.has(trackId))) return;
      if (wantRooms.size > 0 && (roomId === undefined || !wantRooms.has(roomId))) return;
      if (options.onlyFavorites && !favorites.has(session.id)) return;
      if (words.length > 0) {
        entry.haystack ??= haystackOf(entry.view);
        const haystack = entry.haystack;
        if (!words.every((w) => haystack.includes(w))) return;
      }
      matched.push({ session, entry, index, track: trackId ?? '' });
    });

    // Timed sessions by start (stable), untimed ones after them in the given order.
    const timed = matched.filter((m) => m.entry.start !== null);
    const untimed = matched.filter((m) => m.entry.start === null);
    timed.sort((a, b) => a.entry.start! - b.entry.start! || a.index - b.index);

    const otherName = options.otherName ?? untrackedName(tracks.length > 0, options.lang);
    const days: AgendaDayView[] = [];
    const usedTrackKeys = new Set<string>();
    const addDay = (day: string, items: typeof matched): void => {
      const buckets = new Map<string, AgendaSessionView[]>();
      let lastEnd: number | null = null;
      for (const { track: key, entry } of items) {
        let bucket = buckets.get(key);
        if (!bucket) buckets.set(key, (bucket = []));
        bucket.push(entry.view);
        const end = entry.end ?? entry.start;
        if (end !== null && (lastEnd === null || end > lastEnd)) lastEnd = end;
      }
      const views: AgendaTrackView[] = [];
      for (const key of [...tracks.map((t) => t.id), '']) {
        const bucket = buckets.get(key);
        if (!bucket) continue;
        buckets.delete(key);
        const cacheKey = `${day}\u0000${key}`;
        usedTrackKeys.add(cacheKey);
        views.push(this.trackView(cacheKey, trackById.get(key), bucket, otherName, event.timeZone, document.lang, document.textFormat));
      }
      days.push({ day, lastEnd, tracks: views, count: items.length });
    };

    let current: typeof matched = [];
    let currentDay = '';
    for (const m of timed) {
      const entry = m.entry;
      if (entry.dayZone !== options.timeZone) {
        entry.day = dayOf(m.session.start!, new Date(entry.start!), options.timeZone);
        entry.dayZone = options.timeZone;
      }
      const day = entry.day!;
      if (current.length > 0 && day !== currentDay) {
        addDay(currentDay, current);
        current = [];
      }
      currentDay = day;
      current.push(m);
    }
    if (current.length > 0) addDay(currentDay, current);
    if (untimed.length > 0) addDay('', untimed);
    for (const key of [...this.trackViews.keys()]) if (!usedTrackKeys.has(key)) this.trackViews.delete(key);
    this.previous = this.current;

    return {
      days,
      tracks: tracks
        .filter((t) => trackCounts.get(t.id)!.n > 0 && trackById.get(t.id) === t)
        .map((t) => ({ id: t.id, name: t.name, count: trackCounts.get(t.id)!.n })),
      rooms: (lookups.rooms ?? [])
        .filter((r) => roomCounts.has(r.id) && lookups.roomById.get(r.id) === r)
        .map((r) => ({ id: r.id, name: r.name, count: roomCounts.get(r.id)! })),
      total: sessions.length,
      matching: matched.length,
      timed: timed.length,
      sessionIds: matched.map((m) => m.session.id),
    };
  }

  private lookupsFor(document: EventDocument): Lookups {
    const prev = this.lookups;
    const { people, organizations } = document;
    const rooms = document.event.rooms;
    // A new copy of the document brings new lists: equal content keeps the lookups, and with them
    // every session's view (a session view holds its speakers' names and its room's).
    if (
      prev &&
      (prev.people === people || sameData(prev.people, people)) &&
      (prev.organizations === organizations || sameData(prev.organizations, organizations)) &&
      (prev.rooms === rooms || sameData(prev.rooms, rooms))
    ) {
      return prev;
    }
    this.lookups = {
      people,
      organizations,
      rooms,
      personById: byId(people),
      orgById: byId(organizations),
      roomById: byId(rooms),
    };
    return this.lookups;
  }

  private entryFor(session: Session, lookups: Lookups): SessionEntry {
    // On the agenda's own (checked) session objects the entry is kept on the object; a document
    // given from outside is not written to.
    const mark = this.trusted ? (session as { [ENTRY]?: EntryMark })[ENTRY] : this.entries.get(session);
    const known = mark?.builder === this ? mark.entry : undefined;
    if (known && known.lookups === lookups) {
      if (this.current !== this.previous) this.current.set(session.id, known);
      return known;
    }
    const start = session.start ? parseInstant(session.start) : null;
    const end = start && session.end ? parseInstant(session.end) : null;
    const speakers: SpeakerRef[] = [];
    for (const participant of session.participants ?? []) {
      const person = lookups.personById.get(participant.personId);
      if (!person) continue;
      const org = person.organizationId ? lookups.orgById.get(person.organizationId) : undefined;
      const speaker: SpeakerRef = { id: person.id, role: participant.role };
      if (person.name) speaker.name = person.name;
      if (person.jobTitle) speaker.jobTitle = person.jobTitle;
      const organization = org?.name ?? person.affiliation;
      if (organization) speaker.organization = organization;
      // A person known by id alone has nothing to show (a track view leaves such a speaker out).
      if (speaker.name || speaker.jobTitle || speaker.organization) speakers.push(speaker);
    }
    const view: AgendaSessionView = { id: session.id, title: session.title };
    if (start && end) {
      view.start = session.start;
      view.end = session.end;
    } else if (start) {
      view.start = session.start;
    }
    if (session.kind) view.kind = session.kind;
    const room = session.roomId ? lookups.roomById.get(session.roomId) : undefined;
    if (room) view.room = room.name;
    if (session.status) view.status = session.status;
    if (session.abstract) view.abstract = session.abstract;
    if (session.url) view.url = session.url;
    if (speakers.length > 0) view.speakers = speakers;
    if (session.tags && session.tags.length > 0) view.tags = session.tags;
    const same = this.previous.get(session.id) ?? this.current.get(session.id);
    let entry: SessionEntry;
    if (same && sameData(same.view, view)) {
      same.lookups = lookups;
      entry = same;
    } else {
      entry = { lookups, view, start: start ? start.getTime() : null, end: end ? end.getTime() : null };
    }
    if (mark) {
      mark.builder = this;
      mark.entry = entry;
    } else if (!this.trusted) this.entries.set(session, { builder: this, entry });
    else if (Object.isExtensible(session)) Object.defineProperty(session, ENTRY, { value: { builder: this, entry } });
    this.current.set(session.id, entry);
    return entry;
  }

  private trackView(
    cacheKey: string,
    track: Track | undefined,
    sessions: AgendaSessionView[],
    otherName: LocalizedText,
    timeZone: string,
    lang: string,
    textFormat: TextFormat | undefined,
  ): AgendaTrackView {
    const view: AgendaTrackView = track ? { id: track.id, name: track.name, timeZone, sessions, lang } : { name: otherName, timeZone, sessions, lang };
    if (textFormat) view.textFormat = textFormat;
    if (track?.description) view.description = track.description;
    if (track?.color) view.color = track.color;
    const prev = this.trackViews.get(cacheKey);
    if (prev && sameSessions(prev.sessions, sessions) && sameData({ ...prev, sessions: [] }, { ...view, sessions: [] })) {
      return prev;
    }
    this.trackViews.set(cacheKey, view);
    return this.trusted ? trustTrackView(view) : view;
  }
}

/** The agenda of `document` (a fresh builder: nothing remembered between calls). */
export function buildAgenda(document: EventDocument, options: AgendaOptions): AgendaView {
  return new AgendaViewBuilder().build(document, options);
}

// ---------------------------------------------------------------------------------------------
// Days as the element shows them

/** The words of the day headings that are not dates (from the agenda's UI strings). */
export interface AgendaDayWords {
  /** Heading of the group of sessions without a time, when other sessions have one. */
  untimed: string;
  /** Heading when no session has a time and the event has no dates either. */
  programme: string;
}

/** How {@link agendaDays} presents the days. */
export interface AgendaDayOptions {
  /** BCP 47 locale of the dates. */
  locale: string;
  words: AgendaDayWords;
  /** Finished days collapse behind their heading. */
  hidePast: boolean;
  /** The clock, ms since the epoch: a day whose last session ended by then is finished. */
  clock: number;
  /** Days (`AgendaDayView.day`) the reader opened although they are finished. */
  expanded: ReadonlySet<string>;
}

/** One day of the programme with its heading and whether it is shown. */
export interface AgendaDayModel {
  day: AgendaDayView;
  /**
   * The day's date in the displayed zone; for the sessions without a time, "to be announced", or
   * the event's dates when no session has a time (then they are the whole programme).
   */
  label: string;
  /** The day is finished and finished days collapse: its heading shows or hides it. */
  collapsible: boolean;
  /** The day's sessions are shown. */
  expanded: boolean;
}

/** The days of `view` with their headings; finished days collapse (with `hidePast`) unless the reader opened them. */
export function agendaDays(view: AgendaView, document: EventDocument, options: AgendaDayOptions): AgendaDayModel[] {
  const { start, end, timeZone, sessions } = document.event;
  const onlyUntimed = !(sessions ?? []).some((s) => s.start);
  return view.days.map((day) => {
    // Finished: every session of the day ended by the clock (never for the sessions without a time).
    const collapsible = options.hidePast && day.lastEnd !== null && day.lastEnd <= options.clock;
    const label =
      day.day !== ''
        ? formatDayHeading(day.day, options.locale)
        : onlyUntimed
          ? formatDateRange(start, end ?? null, timeZone, options.locale) || options.words.programme
          : options.words.untimed;
    return { day, label, collapsible, expanded: !collapsible || options.expanded.has(day.day) };
  });
}

/**
 * The filters with one track (`key` `tracks`) or room (`rooms`) ticked or unticked: a ticked id
 * moves to the end of its list, each id is listed once. The other fields are kept.
 */
export function withFilterChoice<T extends { tracks: readonly string[]; rooms: readonly string[] }>(
  filters: T,
  key: 'tracks' | 'rooms',
  id: string,
  ticked: boolean,
): T {
  const others = filters[key].filter((v) => v !== id);
  return { ...filters, [key]: ticked ? [...others, id] : others };
}
