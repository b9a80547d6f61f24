/**
 * Import of the frab / pretalx / c3voc `schedule.json` format:
 * `schedule.conference` -> `days[]` -> `rooms{ name: events[] }`, each event with `date` (RFC 3339
 * with offset), `duration` (`HH:MM` or `H:MM:SS`), `room`, `track`, `persons`, ...
 *
 * The result is an {@link EventDocument}: the conference becomes the event, tracks and rooms become
 * entities with stable slug ids, persons become people (once each), events become sessions with
 * ids `frab-<id>`. Instants are taken from the events' own `date`, so times equal the source's.
 * Abstracts, descriptions and biographies are Markdown in pretalx and frab: the document says
 * `textFormat: "markdown"`, so the elements show them formatted (a safe subset, see src/data/markdown.ts).
 * Nothing throws: whatever is wrong is reported as a problem with the JSON path where it is.
 */
import { calendarDay, isCalendarDate, isValidTimeZone, parseInstant, wallClock, zoneOffsetMinutes } from '../data/time.js';
import type { DataProblem, EventDocument, LocalizedText, Person, Room, Session, SessionKind, Track } from '../data/types.js';
import { hasLoneSurrogate, safeUrl } from '../data/url.js';

/** What {@link fromFrabSchedule} returns: the document (or `null` when nothing usable was found) and every problem. */
export interface FrabImportResult {
  document: EventDocument | null;
  problems: DataProblem[];
}

type Json = Record<string, unknown>;

/** Zones tried first for a schedule without `time_zone_name`, by the language of its events. */
const LANGUAGE_ZONES: Readonly<Record<string, string>> = {
  de: 'Europe/Berlin',
  bg: 'Europe/Sofia',
  fr: 'Europe/Paris',
  nl: 'Europe/Amsterdam',
  it: 'Europe/Rome',
  es: 'Europe/Madrid',
  pl: 'Europe/Warsaw',
  cs: 'Europe/Prague',
  da: 'Europe/Copenhagen',
  sv: 'Europe/Stockholm',
  fi: 'Europe/Helsinki',
  el: 'Europe/Athens',
  ro: 'Europe/Bucharest',
  hu: 'Europe/Budapest',
  pt: 'Europe/Lisbon',
  ja: 'Asia/Tokyo',
};

/** ...and by the country domain of the schedule's URLs. */
const DOMAIN_ZONES: Readonly<Record<string, string>> = {
  de: 'Europe/Berlin',
  at: 'Europe/Vienna',
  ch: 'Europe/Zurich',
  bg: 'Europe/Sofia',
  nl: 'Europe/Amsterdam',
  be: 'Europe/Brussels',
  fr: 'Europe/Paris',
  uk: 'Europe/London',
  it: 'Europe/Rome',
  es: 'Europe/Madrid',
  pl: 'Europe/Warsaw',
  cz: 'Europe/Prague',
  dk: 'Europe/Copenhagen',
  se: 'Europe/Stockholm',
  fi: 'Europe/Helsinki',
  gr: 'Europe/Athens',
  ro: 'Europe/Bucharest',
  jp: 'Asia/Tokyo',
};

/** Then the zones of the large cities, before every other zone Intl knows. */
const COMMON_ZONES = [
  'Europe/Berlin',
  'Europe/London',
  'Europe/Sofia',
  'Europe/Moscow',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Australia/Sydney',
];

interface RawSession {
  path: string;
  id: string;
  title: string;
  abstract: string;
  dateText: string | null;
  start: Date | null;
  offset: number | null;
  minutes: number | null;
  durationValue: unknown;
  endField: Date | null;
  room: string;
  track: string;
  kind: SessionKind | undefined;
  language: string;
  url: string | undefined;
  personKeys: string[];
}

/**
 * Converts a frab / pretalx `schedule.json` into an event document. Every event with a title is
 * kept; one without a readable `date` is kept as an untimed session and reported.
 */
export function fromFrabSchedule(json: unknown): FrabImportResult {
  const problems: DataProblem[] = [];
  const report = (path: string, message: string): void => {
    problems.push({ path, message });
  };
  if (!isRecord(json) || !isRecord(json.schedule)) {
    report('schedule', 'This is not a frab/pretalx schedule: there is no "schedule" object.');
    return { document: null, problems };
  }
  const schedule = json.schedule;
  const conference = schedule.conference;
  if (!isRecord(conference)) {
    report('schedule.conference', 'The schedule has no "conference" object.');
    return { document: null, problems };
  }
  const cPath = 'schedule.conference';
  const title = str(conference.title) || str(conference.acronym);
  if (!title) {
    report(`${cPath}.title`, 'The conference has neither a title nor an acronym.');
    return { document: null, problems };
  }
  if (!str(conference.title)) report(`${cPath}.title`, `The conference has no title; its acronym "${title}" is used.`);

  const scheduleBase = absoluteHttp(schedule.base_url);
  if (schedule.base_url !== undefined && !scheduleBase) {
    report('schedule.base_url', `${describe(schedule.base_url)} is not an http(s) address; relative links are dropped.`);
  }
  const conferenceUrl = absoluteHttp(conference.url, scheduleBase);
  if (conference.url !== undefined && !conferenceUrl) {
    report(`${cPath}.url`, `${describe(conference.url)} is not a safe http(s) address and is left out.`);
  }
  if (schedule.rooms !== undefined) {
    report('schedule.rooms', 'The room list belongs inside "conference" (conference.rooms); it is ignored here.');
  }

  // Rooms and tracks declared by the conference come first, in their order.
  const rooms = new Entities<Room>('room');
  const tracks = new Entities<Track>('track');
  if (Array.isArray(conference.rooms)) {
    for (const r of conference.rooms) if (isRecord(r) && str(r.name)) rooms.add(str(r.name));
  }
  if (Array.isArray(conference.tracks)) {
    for (const t of conference.tracks) {
      if (!isRecord(t) || !str(t.name)) continue;
      const track = tracks.add(str(t.name));
      const color = str(t.color);
      if (/^#(?:[0-9a-fA-F]{3}){1,2}$/.test(color)) track.color = color;
    }
  }

  // First pass: read every event; the zone can only be chosen once all offsets are known.
  const raws: RawSession[] = [];
  const people = new Map<string, Person>();
  const personIdsByKey = new Map<string, string>();
  const days = conference.days;
  if (!Array.isArray(days)) {
    report(`${cPath}.days`, 'The conference has no list of days, so no sessions were imported.');
  } else {
    const declared = conference.daysCount;
    if (typeof declared === 'number' && declared !== days.length) {
      report(
        `${cPath}.daysCount`,
        `daysCount says ${declared} ${declared === 1 ? 'day' : 'days'} but ${days.length} ${days.length === 1 ? 'day is' : 'days are'} listed.`,
      );
    }
    days.forEach((day, d) => {
      const dayPath = `${cPath}.days[${d}]`;
      if (!isRecord(day) || !isRecord(day.rooms)) {
        report(`${dayPath}.rooms`, 'This day has no "rooms" object; it was skipped.');
        return;
      }
      for (const [roomKey, events] of Object.entries(day.rooms)) {
        const roomPath = `${dayPath}.rooms[${JSON.stringify(roomKey)}]`;
        if (!Array.isArray(events)) {
          report(roomPath, 'Expected a list of events for this room; it was skipped.');
          continue;
        }
        events.forEach((raw, i) => {
          const parsed = readEvent(raw, `${roomPath}[${i}]`, roomKey, scheduleBase, report);
          if (!parsed) return;
          parsed.session.personKeys = readPersons(raw, parsed.session.path, people, personIdsByKey, scheduleBase, report);
          raws.push(parsed.session);
        });
      }
    });
  }

  // The zone: time_zone_name when Intl knows it, else one whose offsets match every event's date.
  const zonePath = `${cPath}.time_zone_name`;
  const declaredZone = str(conference.time_zone_name);
  let zone: string;
  const samples = raws.filter((r) => r.start && r.offset !== null).map((r) => ({ at: r.start!, offset: r.offset! }));
  if (declaredZone && isValidTimeZone(declaredZone)) {
    zone = declaredZone;
    const mismatches: OffsetMismatch[] = [];
    for (const r of raws) {
      if (!r.start || r.offset === null) continue;
      const expected = zoneOffsetMinutes(r.start, zone);
      if (expected !== r.offset) mismatches.push({ path: `${r.path}.date`, dateText: r.dateText!, offset: r.offset, expected });
    }
    reportOffsetMismatches(mismatches, samples.length, zonePath, zone, () => deriveZone(samples, zoneHints(raws, [scheduleBase, conferenceUrl])), report);
  } else {
    if (declaredZone) report(zonePath, `"${declaredZone}" is not a known IANA time zone.`);
    const hints = zoneHints(raws, [scheduleBase, conferenceUrl]);
    const derived = samples.length > 0 ? deriveZone(samples, hints) : null;
    if (derived) {
      zone = derived;
      report(zonePath, `${declaredZone ? 'Instead,' : 'The time zone is missing;'} times are shown in ${zone}, whose UTC offsets match every event's date.`);
    } else {
      zone = 'UTC';
      report(
        zonePath,
        declaredZone
          ? 'No zone matches the offsets of the event dates either; times are shown in UTC.'
          : 'No time zone is given and none matches the offsets of the event dates; times are shown in UTC.',
      );
    }
  }

  // Second pass: sessions.
  const usedIds = new Set<string>();
  const sessions: Session[] = [];
  for (const r of raws) {
    let id = r.id;
    if (usedIds.has(id)) {
      let n = 2;
      while (usedIds.has(`${id}-${n}`)) n++;
      report(`${r.path}.id`, `The id "${id.slice(5)}" is used by another event too; this one became "${id}-${n}".`);
      id = `${id}-${n}`;
    }
    usedIds.add(id);
    const session: Session = { id, title: r.title };
    if (r.abstract) session.abstract = r.abstract;
    if (r.kind) session.kind = r.kind;
    if (r.start && r.dateText) {
      const end = r.endField ?? (r.minutes !== null ? new Date(r.start.getTime() + r.minutes * 60_000) : null);
      if (end && end >= r.start) {
        session.start = r.dateText;
        session.end = formatInstant(end, zone);
      } else {
        report(
          `${r.path}.duration`,
          r.durationValue === undefined
            ? 'The event has neither a duration nor an end, so it is listed without times.'
            : `${describe(r.durationValue)} is not a duration like "01:30" or "1:30:00", so the event is listed without times.`,
        );
      }
    }
    if (r.track) session.trackId = tracks.add(r.track).id;
    if (r.room) session.roomId = rooms.add(r.room).id;
    const participants = r.personKeys.map((key) => personIdsByKey.get(key)).filter((p): p is string => !!p);
    if (participants.length > 0) session.participants = participants.map((personId) => ({ personId, role: 'speaker' }));
    if (r.url) session.url = r.url;
    sessions.push(session);
  }

  // The conference's dates, or those of its first and last session.
  const timed = sessions.filter((s) => s.start && s.end);
  const firstStart = timed.length > 0 ? minDate(timed.map((s) => parseInstant(s.start!)!)) : null;
  const lastEnd = timed.length > 0 ? maxDate(timed.map((s) => parseInstant(s.end!)!)) : null;
  const firstDay = firstStart ? calendarDay(firstStart, zone) : '';
  const lastDay = lastEnd ? calendarDay(lastEnd, zone) : '';
  let start = conferenceDate(conference.start);
  if (!start) {
    if (firstDay) {
      report(`${cPath}.start`, `${describe(conference.start)} is not a date; the first session's day (${firstDay}) is used.`);
      start = firstDay;
    } else {
      report(`${cPath}.start`, `${describe(conference.start)} is not a date and no session has a time, so the conference cannot be placed in time.`);
      return { document: null, problems };
    }
  }
  let end: string | undefined = conferenceDate(conference.end) || undefined;
  if (!end && conference.end !== undefined) {
    report(`${cPath}.end`, `${describe(conference.end)} is not a date${lastDay ? `; the last session's day (${lastDay}) is used` : ''}.`);
  }
  if (end && isCalendarDate(end) !== isCalendarDate(start)) {
    // An event's start and end are both dates or both instants: the instant becomes its day in the event's zone.
    const endIsDate = isCalendarDate(end);
    const instant = endIsDate ? start : end;
    const day = calendarDay(parseInstant(instant)!, zone);
    if (!isCalendarDate(day)) {
      // Only at the edges of the year range (0000-01-01 or 9999-12-31 moved into another year): keep the start alone.
      report(`${cPath}.end`, `"${end}" and the start "${start}" are not both dates or both date-times; the end is left out.`);
      end = undefined;
    } else {
      report(
        `${cPath}.${endIsDate ? 'start' : 'end'}`,
        `"${instant}" is a date-time but ${endIsDate ? 'end' : 'start'} is a date; its day in ${zone} (${day}) is used so that both are dates.`,
      );
      if (endIsDate) start = day;
      else end = day;
    }
  }
  if (!end && lastEnd) {
    // Same kind as the start: the last session's day after a date, its end instant after an instant.
    if (!isCalendarDate(start)) end = formatInstant(lastEnd, zone);
    else if (lastDay !== start) end = lastDay;
  }
  if (end && sortKey(end) < sortKey(start)) {
    report(`${cPath}.end`, `The end (${end}) is before the start (${start}) and is left out.`);
    end = undefined;
  }

  const document: EventDocument = {
    lang: mostCommon(raws.map((r) => r.language)) ?? 'en',
    // pretalx and frab keep abstracts, descriptions and biographies as Markdown.
    textFormat: 'markdown',
    event: {
      id: slug(str(conference.acronym) || title) || 'schedule',
      name: title,
      timeZone: zone,
      start,
      ...(end ? { end } : {}),
      ...(str(conference.description) ? { description: str(conference.description) } : {}),
      ...(conferenceUrl ? { url: conferenceUrl } : {}),
      ...(tracks.list.length > 0 ? { tracks: tracks.list } : {}),
      ...(rooms.list.length > 0 ? { rooms: rooms.list } : {}),
      sessions,
    },
    ...(people.size > 0 ? { people: [...people.values()] } : {}),
  };
  const baseUrl = conferenceUrl ?? scheduleBase;
  if (baseUrl) document.baseUrl = baseUrl;
  return { document, problems };
}

/** An event date whose written offset is not the declared zone's offset at that instant. */
interface OffsetMismatch {
  path: string;
  dateText: string;
  offset: number;
  expected: number;
}

/** Up to this many disagreeing dates are reported one by one; more are one problem. */
const FEW_MISMATCHES = 3;

/**
 * Dates whose offsets disagree with `time_zone_name`. A few are reported each at its own date
 * (likely typos there). More are one systematic mistake, reported once with the count and the
 * first few paths instead of one identical line per session (a pretalx export with a wrong zone
 * gave 36): at `time_zone_name` when most dates disagree with it (the zone is what is wrong, and a
 * zone matching every offset is suggested), else at the first disagreeing date.
 */
function reportOffsetMismatches(
  mismatches: readonly OffsetMismatch[],
  timedCount: number,
  zonePath: string,
  zone: string,
  matchingZone: () => string | null,
  report: (path: string, message: string) => void,
): void {
  const detail = (m: OffsetMismatch): string => `"${m.dateText}" has the offset ${offsetText(m.offset)}, but ${zone} is at ${offsetText(m.expected)} then`;
  if (mismatches.length <= FEW_MISMATCHES) {
    for (const m of mismatches) report(m.path, `${detail(m)}; the instant is kept as written.`);
    return;
  }
  const first = mismatches[0]!;
  const shown = mismatches.slice(0, FEW_MISMATCHES).map((m) => m.path);
  const more = mismatches.length - shown.length;
  const where = `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  const zoneWrong = mismatches.length * 2 > timedCount;
  const suggestion = zoneWrong ? matchingZone() : null;
  report(
    zoneWrong ? zonePath : first.path,
    `${mismatches.length} of ${timedCount} event dates have offsets that disagree with ${zone} (${detail(first)}): ${where}; ` +
      `the instants are kept as written.${suggestion && suggestion !== zone ? ` Their offsets match ${suggestion}.` : ''}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Events and persons

function readEvent(
  raw: unknown,
  path: string,
  roomKey: string,
  base: string | undefined,
  report: (path: string, message: string) => void,
): { session: RawSession } | null {
  if (!isRecord(raw)) {
    report(path, 'Expected an event object; this entry was skipped.');
    return null;
  }
  const title = str(raw.title);
  if (!title) {
    report(`${path}.title`, 'The event has no title; it was skipped.');
    return null;
  }
  let key: string;
  if (typeof raw.id === 'number' && Number.isFinite(raw.id)) key = String(raw.id);
  else if (str(raw.id)) {
    key = str(raw.id);
    if (!hasLoneSurrogate(key)) report(`${path}.id`, `The id "${key}" is text; the schedule format expects a whole number. It is used as it is.`);
  } else key = str(raw.guid) || str(raw.code);
  if (key && hasLoneSurrogate(key)) {
    report(
      `${path}.id`,
      `The id ${JSON.stringify(key)} contains a broken Unicode character (a lone surrogate), which no id can hold; an id was made from the title.`,
    );
    key = '';
  }
  if (!key) {
    report(`${path}.id`, 'The event has neither an id nor a guid; an id was made from its title.');
    key = slug(title) || 'event';
  }

  const dateText = str(raw.date);
  const start = dateText ? parseInstant(dateText) : null;
  if (!start) {
    report(
      `${path}.date`,
      raw.date === undefined
        ? 'The event has no date; it is listed without a time.'
        : `${describe(raw.date)} is not an RFC 3339 date-time with an offset; the event is listed without a time.`,
    );
  } else if (typeof raw.start === 'string' && /^\d{1,2}:\d{2}$/.test(raw.start.trim())) {
    const local = dateText.slice(11, 16);
    if (raw.start.trim().padStart(5, '0') !== local) {
      report(`${path}.start`, `"${raw.start}" does not match the time in date (${local}); the date is used.`);
    }
  }
  const minutes = durationMinutes(raw.duration);
  const endText = str(raw.end);
  const endField = endText ? parseInstant(endText) : null;
  if (endText && !endField) report(`${path}.end`, `"${endText}" is not an RFC 3339 date-time with an offset.`);

  const url = raw.url === undefined || raw.url === null || raw.url === '' ? undefined : absoluteHttp(raw.url, base);
  if (raw.url && !url) report(`${path}.url`, `${describe(raw.url)} is not a safe http(s) address and is left out.`);

  const subtitle = str(raw.subtitle);
  const summary = str(raw.abstract) || str(raw.description);
  return {
    session: {
      path,
      id: `frab-${key}`,
      title,
      abstract: [subtitle, summary].filter(Boolean).join('\n\n'),
      durationValue: raw.duration,
      dateText: start ? dateText : null,
      start,
      offset: start ? offsetOf(dateText) : null,
      minutes,
      endField,
      room: str(raw.room) || roomKey,
      track: str(raw.track),
      kind: sessionKind(str(raw.type)),
      language: str(raw.language).toLowerCase(),
      url,
      personKeys: [],
    },
  };
}

function readPersons(
  raw: unknown,
  path: string,
  people: Map<string, Person>,
  idsByKey: Map<string, string>,
  base: string | undefined,
  report: (path: string, message: string) => void,
): string[] {
  if (!isRecord(raw) || raw.persons === undefined || raw.persons === null) return [];
  if (!Array.isArray(raw.persons)) {
    report(`${path}.persons`, 'Expected a list of persons.');
    return [];
  }
  const keys: string[] = [];
  raw.persons.forEach((p, i) => {
    const pPath = `${path}.persons[${i}]`;
    if (!isRecord(p)) {
      report(pPath, 'Expected a person object; it was skipped.');
      return;
    }
    const name = str(p.public_name) || str(p.name);
    if (!name) {
      report(pPath, 'The person has no name; they were left out.');
      return;
    }
    if (p.id !== undefined && !(typeof p.id === 'number' && Number.isInteger(p.id)) && !str(p.code) && !str(p.guid)) {
      report(`${pPath}.id`, `${describe(p.id)} is not a whole number; the person is matched by name.`);
    }
    const source = str(p.guid) || str(p.code) || (typeof p.id === 'number' && Number.isFinite(p.id) ? String(p.id) : '') || '';
    const key = source ? `id:${source}` : `name:${name.toLowerCase()}`;
    if (!idsByKey.has(key)) {
      // The same name without an id is the same person as one seen with an id.
      const byName = [...people.values()].find((known) => !source && known.name === name);
      if (byName) idsByKey.set(key, byName.id);
      else {
        let id = `frab-person-${slug(source || name) || people.size + 1}`;
        while (people.has(id)) id = `${id}-${people.size + 1}`;
        const person: Person = { id, name };
        const bio = str(p.biography);
        if (bio) person.bio = bio;
        const avatar = absoluteHttp(p.avatar, base);
        if (avatar) person.photo = { url: avatar };
        people.set(id, person);
        idsByKey.set(key, id);
      }
    }
    if (!keys.includes(key)) keys.push(key);
  });
  return keys;
}

/** The session kind a frab/pretalx event type names (`lecture`, `Talk 30 min`, `workshop`, ...). */
function sessionKind(type: string): SessionKind | undefined {
  const t = type.toLowerCase();
  if (!t) return undefined;
  if (t.includes('keynote')) return 'keynote';
  if (t.includes('panel')) return 'panel';
  if (t.includes('workshop') || t.includes('hands-on')) return 'workshop';
  if (t.includes('lecture') || t.includes('talk') || t.includes('vortrag')) return 'talk';
  if (t.includes('discussion') || t.includes('meeting')) return 'discussion';
  if (t.includes('break') || t.includes('pause')) return 'break';
  return 'other';
}

// ---------------------------------------------------------------------------------------------
// Time

/** `HH:MM` or `H:MM:SS` as minutes (seconds kept as a fraction); `null` when unreadable. */
function durationMinutes(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/.exec(value.trim());
  if (!m) return null;
  return Number(m[1]) * 60 + Number(m[2]) + Number(m[3] ?? 0) / 60;
}

/** Minutes east of UTC written in an RFC 3339 string (`+02:00` -> 120, `Z` -> 0). */
function offsetOf(text: string): number | null {
  const t = text.trim();
  if (/[Zz]$/.test(t)) return 0;
  const m = /([+-])(\d{2}):(\d{2})$/.exec(t);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** An instant as RFC 3339 in the zone's local time with its offset (`2019-08-21T11:30:00+02:00`). */
function formatInstant(date: Date, zone: string): string {
  const w = wallClock(date, zone);
  const offset = zoneOffsetMinutes(date, zone);
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${offsetText(offset)}`;
}

/** The first zone (hints first) whose offset equals the written one at every sampled instant. */
function deriveZone(samples: { at: Date; offset: number }[], hints: string[]): string | null {
  // One sample per distinct offset and day is enough; it keeps the search fast for big schedules.
  const unique = new Map<string, { at: Date; offset: number }>();
  for (const s of samples) unique.set(`${s.offset}|${s.at.toISOString().slice(0, 10)}`, s);
  const checks = [...unique.values()];
  const allZero = checks.every((s) => s.offset === 0);
  let everyZone: string[];
  try {
    everyZone = Intl.supportedValuesOf('timeZone');
  } catch {
    everyZone = [];
  }
  const candidates = [...new Set([...hints, ...(allZero ? ['UTC'] : []), ...COMMON_ZONES, ...everyZone])];
  for (const zone of candidates) {
    if (!isValidTimeZone(zone)) continue;
    if (checks.every((s) => zoneOffsetMinutes(s.at, zone) === s.offset)) return zone;
  }
  return null;
}

/** Zones suggested by the events' languages (most common first) and the URLs' country domains. */
function zoneHints(raws: readonly RawSession[], urls: (string | undefined)[]): string[] {
  const hints: string[] = [];
  for (const url of urls) {
    if (!url) continue;
    try {
      const tld = new URL(url).hostname.split('.').pop() ?? '';
      const zone = DOMAIN_ZONES[tld];
      if (zone) hints.push(zone);
    } catch {
      // Not a URL: no hint.
    }
  }
  const counts = new Map<string, number>();
  for (const r of raws) {
    const lang = r.language.split('-')[0] ?? '';
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  for (const [lang] of [...counts].sort((a, b) => b[1] - a[1])) {
    const zone = LANGUAGE_ZONES[lang];
    if (zone) hints.push(zone);
  }
  return hints;
}

/** A conference `start`/`end`: a calendar date or an instant with offset, as written; else ''. */
function conferenceDate(value: unknown): string {
  const s = str(value);
  return s && (isCalendarDate(s) || parseInstant(s)) ? s : '';
}

/** Comparable form of a date or instant (its instant, or the date's midnight UTC). */
function sortKey(value: string): number {
  return isCalendarDate(value) ? Date.parse(`${value}T00:00:00Z`) : (parseInstant(value)?.getTime() ?? 0);
}

function minDate(dates: Date[]): Date {
  return new Date(Math.min(...dates.map((d) => d.getTime())));
}

function maxDate(dates: Date[]): Date {
  return new Date(Math.max(...dates.map((d) => d.getTime())));
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** Tracks or rooms by name, each with a stable slug id (`room-curie`), in order of first appearance. */
class Entities<T extends { id: string; name: LocalizedText }> {
  readonly list: T[] = [];
  private readonly byName = new Map<string, T>();

  constructor(private readonly prefix: string) {}

  add(name: string): T {
    const known = this.byName.get(name);
    if (known) return known;
    const base = `${this.prefix}-${slug(name) || this.list.length + 1}`;
    let id = base;
    for (let n = 2; this.list.some((e) => e.id === id); n++) id = `${base}-${n}`;
    const entity = { id, name } as T;
    this.byName.set(name, entity);
    this.list.push(entity);
    return entity;
  }
}

/** Lower-case letters and digits (any script) joined by `-`: `Chaos-West TV - Ennepetal` -> `chaos-west-tv-ennepetal`. */
function slug(value: string): string {
  return (
    value
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      // 80 code points, not code units: the cut never leaves half of a surrogate pair.
      .match(/^[^]{0,80}/u)![0]
  );
}

function absoluteHttp(value: unknown, base?: string): string | undefined {
  const safe = safeUrl(value);
  if (!safe) return undefined;
  try {
    const url = new URL(safe, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/.test(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/** A value as an editor would recognise it in a message: `"tomorrow"`, `42`, `nothing`. */
function describe(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'The value is empty, which';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'This value';
}

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pad(n: number, len = 2): string {
  return String(Math.trunc(n)).padStart(len, '0');
}
