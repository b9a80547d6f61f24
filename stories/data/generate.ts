/**
 * A deterministic generator of large, realistic-looking event documents for benchmarks and the
 * "many items" stories. Same options -> byte-identical output: it uses its own seeded PRNG
 * (mulberry32), never `Math.random`, `Date.now` or the host's time zone.
 *
 * Times are Europe/Sofia wall-clock times written as RFC 3339 with the offset that applies on
 * that date (+03:00 in summer time, +02:00 otherwise), computed from the EU rule (summer time from
 * 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October). Sessions run
 * between 08:30 and 23:30 local time, so none falls into a DST gap or overlap, and none crosses
 * midnight.
 */
import type { EventDocument, Organization, Participant, Person, Room, Session, SessionKind, Track } from '../../src/data/types.js';

export interface GenerateEventOptions {
  /** Number of timed sessions. */
  sessions: number;
  /** Number of consecutive days (default 2). */
  days?: number;
  /** Number of tracks (default 4). */
  tracks?: number;
  /** PRNG seed (default 1). */
  seed?: number;
  /** First day as `YYYY-MM-DD` in Europe/Sofia (default `2026-06-16`). */
  startDate?: string;
}

/** The zone every generated time is given in. */
export const GENERATED_TIME_ZONE = 'Europe/Sofia';

/** At most this many sessions share one room on one day; more sessions open more rooms. */
const SESSIONS_PER_ROOM_DAY = 12;
const DAY_START_MINUTES = 8 * 60 + 30;
const DURATIONS = [20, 30, 30, 40, 45, 45, 60] as const;
const GAPS = [0, 5, 10, 10, 15] as const;

/** First names with the grammatical gender that picks the surname form. */
const FIRST_NAMES = [
  ['Maria', 'f'],
  ['Ivan', 'm'],
  ['Elena', 'f'],
  ['Georgi', 'm'],
  ['Desislava', 'f'],
  ['Nikolay', 'm'],
  ['Ana', 'f'],
  ['Stefan', 'm'],
  ['Radostina', 'f'],
  ['Dimitar', 'm'],
  ['Sofia', 'f'],
  ['Lukas', 'm'],
  ['Ines', 'f'],
  ['Tomasz', 'm'],
  ['Camille', 'f'],
  ['Matteo', 'm'],
  ['Eleni', 'f'],
  ['Andrei', 'm'],
  ['Katerina', 'f'],
  ['Jonas', 'm'],
  ['Yana', 'f'],
  ['Boris', 'm'],
  ['Mila', 'f'],
  ['Pablo', 'm'],
  ['Ingrid', 'f'],
  ['Viktor', 'm'],
  ['Zornitsa', 'f'],
  ['Hristo', 'm'],
  ['Kalina', 'f'],
  ['Emil', 'm'],
] as const;
/** Surnames as [masculine, feminine] forms (the same when the language does not inflect them). */
const LAST_NAMES = [
  ['Petrov', 'Petrova'],
  ['Ivanov', 'Ivanova'],
  ['Georgiev', 'Georgieva'],
  ['Dimitrov', 'Dimitrova'],
  ['Nikolov', 'Nikolova'],
  ['Stoyanov', 'Stoyanova'],
  ['Todorov', 'Todorova'],
  ['Kolev', 'Koleva'],
  ['Angelov', 'Angelova'],
  ['Marinov', 'Marinova'],
  ['Vasilev', 'Vasileva'],
  ['Hristov', 'Hristova'],
  ['Popescu', 'Popescu'],
  ['Papadopoulos', 'Papadopoulou'],
  ['Kowalski', 'Kowalska'],
  ['Novak', 'Novak'],
  ['Schneider', 'Schneider'],
  ['Rossi', 'Rossi'],
  ['Dubois', 'Dubois'],
  ['Jansen', 'Jansen'],
  ['Lindqvist', 'Lindqvist'],
  ['Horvat', 'Horvat'],
  ['Garcia', 'Garcia'],
  ['Costa', 'Costa'],
] as const;
const JOB_TITLES = [
  ['Cluster Manager', 'Клъстерен мениджър'],
  ['Innovation Officer', 'Експерт по иновации'],
  ['Chief Executive Officer', 'Изпълнителен директор'],
  ['Researcher', 'Изследовател'],
  ['Project Coordinator', 'Координатор на проекти'],
  ['Policy Adviser', 'Съветник по политики'],
  ['Head of Business Development', 'Ръководител „Развитие на бизнеса“'],
  ['Professor', 'Професор'],
] as const;
const ORG_PREFIXES = ['Northwind', 'Silverline', 'Harbour', 'Greenfield', 'Seabright', 'Riverside', 'Highland', 'Coastal'] as const;
const ORG_SECTORS = ['Maritime', 'Furniture', 'ICT', 'Agri-Food', 'Energy', 'Textile', 'Tourism', 'Mechatronics'] as const;
const ORG_KINDS = ['Cluster', 'Technology Park', 'Innovation Hub', 'Business Association'] as const;

const TRACK_NAMES = [
  ['Innovation & Technology', 'Иновации и технологии'],
  ['Funding & Policy', 'Финансиране и политики'],
  ['Green Transition', 'Зелен преход'],
  ['Skills & Talent', 'Умения и таланти'],
  ['Digital Transformation', 'Цифрова трансформация'],
  ['Internationalisation', 'Интернационализация'],
  ['Regional Development', 'Регионално развитие'],
  ['Start-ups & Scale-ups', 'Стартъпи и растеж'],
] as const;
const TRACK_COLORS = ['#0b6e99', '#7b3fa0', '#2e7d32', '#b3411c', '#00695c', '#8d6e00', '#37474f', '#ad1457'] as const;
const ROOM_NAMES = [
  ['Hall', 'Зала'],
  ['Room', 'Стая'],
] as const;

const VERBS = ['Scaling', 'Measuring', 'Funding', 'Designing', 'Rethinking', 'Connecting', 'Greening', 'Digitising', 'Sharing', 'Financing'] as const;
const TOPICS = [
  'cluster services',
  'SME innovation needs',
  'cross-border partnerships',
  'smart specialisation',
  'circular supply chains',
  'cluster benchmarking',
  'skills partnerships',
  'data spaces',
  'artificial reefs',
  'shore power',
  'forest-based industries',
  'member engagement',
  'public procurement of innovation',
  'export readiness',
  'cluster strategies',
  'energy communities',
] as const;
const AUDIENCES = ['small firms', 'cluster managers', 'regional authorities', 'start-ups', 'universities', 'members'] as const;
const LESSONS = [
  'lessons from ten regions',
  'what worked and what did not',
  'a practical guide',
  'the numbers behind it',
  'a case study',
  'myths and facts',
  'the next five years',
  'tools you can use tomorrow',
] as const;
const TAGS = ['innovation', 'funding', 'digital', 'green', 'skills', 'policy', 'smes', 'international', 'hands-on', 'research'] as const;

/** mulberry32: a small, fast 32-bit PRNG; good enough for demo data, fully reproducible. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Picker {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = createRandom(seed);
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /** `count` distinct items (fewer when the list is shorter). */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      out.push(pool.splice(this.int(pool.length), 1)[0] as T);
    }
    return out;
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** UTC milliseconds of the last Sunday of a month at 01:00 UTC (the EU summer-time switch). */
function lastSundayAt1Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  const day = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, month, day, 1);
}

/** Europe/Sofia offset in minutes for a wall-clock time (outside the 03:00-04:00 switch hours). */
function sofiaOffsetMinutes(year: number, month: number, day: number, minutes: number): number {
  const asStandard = Date.UTC(year, month, day, 0, minutes) - 120 * 60_000;
  const summer = asStandard >= lastSundayAt1Utc(year, 2) && asStandard < lastSundayAt1Utc(year, 9);
  return summer ? 180 : 120;
}

/** RFC 3339 for a Europe/Sofia wall-clock time given as a day and minutes after midnight. */
function sofiaDateTime(date: Date, minutes: number): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  const offset = sofiaOffsetMinutes(y, m, d, minutes);
  return `${y}-${pad(m + 1)}-${pad(d)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+${pad(offset / 60)}:00`;
}

function isoDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function parseStartDate(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : new Date(Number.NaN);
  return Number.isNaN(date.getTime()) ? new Date(Date.UTC(2026, 5, 16)) : date;
}

function title(p: Picker): string {
  const topic = p.pick(TOPICS);
  const capital = topic.charAt(0).toUpperCase() + topic.slice(1);
  switch (p.int(5)) {
    case 0:
      return `${p.pick(VERBS)} ${topic} for ${p.pick(AUDIENCES)}`;
    case 1:
      return `${capital}: ${p.pick(LESSONS)}`;
    case 2:
      return `From ${p.pick(TOPICS)} to ${topic}`;
    case 3:
      return `What ${p.pick(AUDIENCES)} need to know about ${topic}`;
    default:
      return `${p.pick(VERBS)} ${topic}: ${p.pick(LESSONS)}`;
  }
}

function personName(p: Picker): string {
  const [first, gender] = p.pick(FIRST_NAMES);
  const [masculine, feminine] = p.pick(LAST_NAMES);
  return `${first} ${gender === 'f' ? feminine : masculine}`;
}

function makeOrganizations(p: Picker, count: number): Organization[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `org-${pad(i + 1, 3)}`,
    name: `${ORG_PREFIXES[i % ORG_PREFIXES.length]} ${p.pick(ORG_SECTORS)} ${p.pick(ORG_KINDS)}`,
  }));
}

function makePeople(p: Picker, count: number, organizations: readonly Organization[]): Person[] {
  return Array.from({ length: count }, (_, i) => {
    const [en, bg] = p.pick(JOB_TITLES);
    const person: Person = {
      id: `person-${pad(i + 1, 4)}`,
      name: personName(p),
      jobTitle: { en, bg },
    };
    const org = organizations[p.int(organizations.length)];
    if (org) person.organizationId = org.id;
    return person;
  });
}

function participantsFor(p: Picker, kind: SessionKind, people: readonly Person[]): Participant[] {
  const count = kind === 'panel' ? 3 : 1 + p.int(kind === 'workshop' ? 3 : 2);
  const chosen = p.sample(people, count);
  return chosen.map((person, i) => ({
    personId: person.id,
    role: kind === 'panel' ? (i === 0 ? 'moderator' : 'panelist') : 'speaker',
  }));
}

/**
 * Generates an event document with `sessions` timed sessions spread over `days` days and
 * `tracks` tracks. Rooms are added as needed (at most 12 sessions per room and day); each room
 * belongs to one track. Sessions are ordered by start, then room.
 */
export function generateEvent(options: GenerateEventOptions): EventDocument {
  const sessionCount = Math.max(0, Math.floor(options.sessions));
  const dayCount = Math.max(1, Math.floor(options.days ?? 2));
  const trackCount = Math.max(1, Math.floor(options.tracks ?? 4));
  const seed = Math.floor(options.seed ?? 1);
  const firstDay = parseStartDate(options.startDate ?? '2026-06-16');
  const p = new Picker(seed);

  const tracks: Track[] = Array.from({ length: trackCount }, (_, i) => {
    const [en, bg] = TRACK_NAMES[i % TRACK_NAMES.length]!;
    const round = Math.floor(i / TRACK_NAMES.length);
    const suffix = round > 0 ? ` ${round + 1}` : '';
    return {
      id: `track-${i + 1}`,
      name: { en: `${en}${suffix}`, bg: `${bg}${suffix}` },
      color: TRACK_COLORS[i % TRACK_COLORS.length]!,
    };
  });

  const roomCount = Math.max(trackCount, Math.ceil(sessionCount / (dayCount * SESSIONS_PER_ROOM_DAY)));
  const rooms: Room[] = Array.from({ length: roomCount }, (_, i) => {
    const [en, bg] = ROOM_NAMES[i < trackCount ? 0 : 1];
    return { id: `room-${i + 1}`, name: { en: `${en} ${i + 1}`, bg: `${bg} ${i + 1}` } };
  });

  const organizations = makeOrganizations(p, Math.max(4, Math.ceil(sessionCount / 25)));
  const people = makePeople(p, Math.max(8, Math.ceil(sessionCount * 0.6)), organizations);

  const sessions: Session[] = [];
  let created = 0;
  for (let day = 0; day < dayCount; day++) {
    const date = new Date(firstDay.getTime() + day * 86_400_000);
    const today = Math.floor(((day + 1) * sessionCount) / dayCount) - Math.floor((day * sessionCount) / dayCount);
    const cursor = rooms.map(() => DAY_START_MINUTES + 15 * p.int(3));
    const slots: { minutes: number; room: number; session: Session }[] = [];
    for (let i = 0; i < today; i++) {
      const roomIndex = i % roomCount;
      const start = cursor[roomIndex]!;
      const kind: SessionKind = i === 0 ? 'keynote' : p.next() < 0.12 ? 'panel' : p.next() < 0.15 ? 'workshop' : 'talk';
      const duration = kind === 'workshop' ? 60 : kind === 'keynote' ? 45 : p.pick(DURATIONS);
      const end = start + duration;
      cursor[roomIndex] = end + p.pick(GAPS);
      created++;
      slots.push({
        minutes: start,
        room: roomIndex,
        session: {
          id: `session-${pad(created, 5)}`,
          title: title(p),
          kind,
          start: sofiaDateTime(date, start),
          end: sofiaDateTime(date, end),
          trackId: tracks[roomIndex % trackCount]!.id,
          roomId: rooms[roomIndex]!.id,
          tags: p.sample(TAGS, p.int(4)),
          participants: participantsFor(p, kind, people),
        },
      });
    }
    slots.sort((a, b) => a.minutes - b.minutes || a.room - b.room);
    for (const slot of slots) sessions.push(slot.session);
  }

  // The event spans its sessions; with no sessions only the calendar dates are known.
  const lastDay = new Date(firstDay.getTime() + (dayCount - 1) * 86_400_000);
  const latestEnd = sessions.reduce<Session | undefined>((latest, s) => (!latest || Date.parse(s.end!) > Date.parse(latest.end!) ? s : latest), undefined);
  const start = sessions[0]?.start ?? isoDate(firstDay);
  const end = latestEnd?.end ?? isoDate(lastDay);
  const id = `generated-${seed}-${sessionCount}`;
  return {
    lang: 'en',
    baseUrl: `https://example.org/events/${id}`,
    event: {
      id,
      name: { en: `Generated Cluster Conference (${sessionCount} sessions)`, bg: `Генерирана клъстерна конференция (${sessionCount} сесии)` },
      description: 'Generated demo data: names, organisations and titles are combined at random from word lists.',
      timeZone: GENERATED_TIME_ZONE,
      start,
      end,
      attendanceMode: 'offline',
      venue: { name: 'Generated Congress Centre', address: { addressLocality: 'Plovdiv', addressCountry: 'BG' } },
      organizerIds: organizations.slice(0, 2).map((o) => o.id),
      tracks,
      rooms,
      sessions,
    },
    people,
    organizations,
  };
}
