import { expect } from '@open-wc/testing';
import { parseEventDocument } from '../src/data/parse.js';
import { parseInstant } from '../src/data/time.js';
import type { EventDocument, Session } from '../src/data/types.js';
import { fromFrabSchedule, isFrabSchedule, toICalendar, toJsonLd } from '../src/export/index.js';

type Obj = Record<string, unknown>;

/** A small schedule in the frab format, written for these tests (not taken from any real export). */
function smallSchedule(): Obj {
  return {
    schedule: {
      version: '1.0',
      base_url: 'https://example.org/techdays/schedule/',
      conference: {
        acronym: 'techdays2024',
        title: 'Varna Tech Days 2024',
        start: '2024-10-26',
        end: '2024-10-27',
        daysCount: 2,
        timeslot_duration: '00:15',
        time_zone_name: 'Europe/Sofia',
        tracks: [
          { name: 'Energy', color: '#1a7f37' },
          { name: 'Maritime', color: 'url(x)' },
        ],
        days: [
          {
            index: 1,
            date: '2024-10-26',
            day_start: '2024-10-26T09:00:00+03:00',
            day_end: '2024-10-27T02:00:00+03:00',
            rooms: {
              'Зала 1': [
                {
                  id: 101,
                  guid: '00000000-0000-4000-8000-000000000101',
                  date: '2024-10-26T10:00:00+03:00',
                  start: '10:00',
                  duration: '00:45',
                  room: 'Зала 1',
                  title: 'Opening of the tech days',
                  subtitle: 'Why we meet',
                  track: 'Energy',
                  type: 'lecture',
                  language: 'bg',
                  abstract: 'Welcome to Varna.',
                  description: '',
                  url: 'events/101.html',
                  persons: [
                    { id: 7, public_name: 'Ivan Petrov' },
                    { id: 8, public_name: 'Maria Ivanova' },
                  ],
                },
                {
                  id: 102,
                  date: '2024-10-26T23:30:00+03:00',
                  start: '23:30',
                  duration: '1:15:00',
                  room: 'Зала 1',
                  title: 'Late workshop over midnight',
                  track: 'Maritime',
                  type: 'Workshop 75 min',
                  language: 'bg',
                  abstract: null,
                  description: 'Hands on.',
                  url: 'javascript:alert(1)',
                  persons: [{ id: 7, public_name: 'Ivan Petrov' }, { public_name: '' }],
                },
              ],
              'Room B': [
                {
                  id: 103,
                  date: 'tomorrow morning',
                  start: '11:00',
                  duration: '00:30',
                  room: 'Room B',
                  title: 'Announced, time unknown',
                  track: null,
                  type: 'talk',
                  language: 'en',
                  persons: [{ code: 'ABC12', name: 'Guest Speaker' }],
                },
              ],
            },
          },
          {
            index: 2,
            date: '2024-10-27',
            day_start: '2024-10-27T09:00:00+02:00',
            day_end: '2024-10-28T02:00:00+02:00',
            rooms: {
              'Room B': [
                {
                  id: 104,
                  date: '2024-10-27T10:00:00+02:00',
                  start: '10:00',
                  duration: '02:00',
                  room: 'Room B',
                  title: 'After the clock change',
                  track: 'Energy',
                  type: 'panel',
                  language: 'bg',
                  persons: [{ id: 8, public_name: 'Maria Ivanova' }],
                },
                {
                  id: 104,
                  date: '2024-10-27T13:00:00+02:00',
                  start: '12:00',
                  duration: 'long',
                  room: 'Room B',
                  title: 'Duplicate id, wrong start, bad duration',
                  language: 'bg',
                  persons: [],
                },
                { id: 106, date: '2024-10-27T15:00:00+02:00', duration: '00:30', room: 'Room B', title: '' },
                'not an event',
              ],
            },
          },
        ],
      },
    },
  };
}

function importSmall(): { document: EventDocument; problems: { path: string; message: string }[] } {
  const result = fromFrabSchedule(smallSchedule());
  expect(result.document).not.to.equal(null);
  return { document: result.document!, problems: result.problems };
}

function session(doc: EventDocument, id: string): Session {
  const found = doc.event.sessions?.find((s) => s.id === id);
  expect(found, id).not.to.equal(undefined);
  return found!;
}

function problemAt(problems: { path: string; message: string }[], path: string): string {
  const found = problems.find((p) => p.path === path);
  expect(found, `a problem at ${path}; got ${problems.map((p) => p.path).join(', ')}`).not.to.equal(undefined);
  return found!.message;
}

/** `count` (at most 48) events half an hour apart from midnight of `day` (ids 1, 2, ...), each written with the given offset. */
function halfHourlyEvents(count: number, offsets: readonly string[], day = '2024-07-01'): Obj[] {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    date: `${day}T${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}:00${offsets[i]}`,
    duration: '00:30',
    title: `Session ${i + 1}`,
  }));
}

describe('frab import: a hand-written schedule', () => {
  it('recognises the format by its shape', () => {
    expect(isFrabSchedule(smallSchedule())).to.equal(true);
    expect(isFrabSchedule({ schedule: {} })).to.equal(false);
    expect(isFrabSchedule({ event: {} })).to.equal(false);
    expect(isFrabSchedule(null)).to.equal(false);
    expect(isFrabSchedule('schedule')).to.equal(false);
  });

  it('makes the conference the event, in its zone and language', () => {
    const { document } = importSmall();
    expect(document.event.id).to.equal('techdays2024');
    expect(document.event.name).to.equal('Varna Tech Days 2024');
    expect(document.event.timeZone).to.equal('Europe/Sofia');
    expect(document.event.start).to.equal('2024-10-26');
    expect(document.event.end).to.equal('2024-10-27');
    expect(document.lang).to.equal('bg');
    expect(document.baseUrl).to.equal('https://example.org/techdays/schedule/');
    // pretalx and frab keep abstracts and biographies as Markdown.
    expect(document.textFormat).to.equal('markdown');
    expect(parseEventDocument(document).document!.textFormat).to.equal('markdown');
  });

  it('keeps every event with a title, with ids frab-<id>, in the source order', () => {
    const { document } = importSmall();
    expect(document.event.sessions!.map((s) => s.id)).to.deep.equal(['frab-101', 'frab-102', 'frab-103', 'frab-104', 'frab-104-2']);
  });

  it('takes the instants from date and ends them after duration (HH:MM and H:MM:SS), across DST', () => {
    const { document } = importSmall();
    const open = session(document, 'frab-101');
    expect(open.start).to.equal('2024-10-26T10:00:00+03:00');
    expect(open.end).to.equal('2024-10-26T10:45:00+03:00');
    const late = session(document, 'frab-102');
    expect(late.start).to.equal('2024-10-26T23:30:00+03:00');
    expect(late.end).to.equal('2024-10-27T00:45:00+03:00');
    const after = session(document, 'frab-104');
    expect(after.end).to.equal('2024-10-27T12:00:00+02:00');
    expect(parseInstant(after.end!)!.getTime() - parseInstant(after.start!)!.getTime()).to.equal(2 * 3600_000);
  });

  it('keeps an event with an unreadable date as an untimed session and says so', () => {
    const { document, problems } = importSmall();
    const tba = session(document, 'frab-103');
    expect(tba).not.to.have.property('start');
    expect(tba).not.to.have.property('end');
    expect(problemAt(problems, 'schedule.conference.days[0].rooms["Room B"][0].date')).to.equal(
      '"tomorrow morning" is not an RFC 3339 date-time with an offset; the event is listed without a time.',
    );
  });

  it('turns tracks and rooms into entities with slug ids, keeping declared colours', () => {
    const { document } = importSmall();
    expect(document.event.tracks).to.deep.equal([
      { id: 'track-energy', name: 'Energy', color: '#1a7f37' },
      { id: 'track-maritime', name: 'Maritime' },
    ]);
    expect(document.event.rooms).to.deep.equal([
      { id: 'room-зала-1', name: 'Зала 1' },
      { id: 'room-room-b', name: 'Room B' },
    ]);
    expect(session(document, 'frab-101')).to.include({ trackId: 'track-energy', roomId: 'room-зала-1' });
    expect(session(document, 'frab-103')).not.to.have.property('trackId');
  });

  it('lists each person once and links them as speakers', () => {
    const { document, problems } = importSmall();
    expect(document.people).to.deep.equal([
      { id: 'frab-person-7', name: 'Ivan Petrov' },
      { id: 'frab-person-8', name: 'Maria Ivanova' },
      { id: 'frab-person-abc12', name: 'Guest Speaker' },
    ]);
    expect(session(document, 'frab-101').participants).to.deep.equal([
      { personId: 'frab-person-7', role: 'speaker' },
      { personId: 'frab-person-8', role: 'speaker' },
    ]);
    expect(session(document, 'frab-102').participants).to.deep.equal([{ personId: 'frab-person-7', role: 'speaker' }]);
    expect(problemAt(problems, 'schedule.conference.days[0].rooms["Зала 1"][1].persons[1]')).to.contain('no name');
  });

  it('maps text, kinds and links', () => {
    const { document, problems } = importSmall();
    const open = session(document, 'frab-101');
    expect(open.title).to.equal('Opening of the tech days');
    expect(open.abstract).to.equal('Why we meet\n\nWelcome to Varna.');
    expect(open.kind).to.equal('talk');
    expect(open.url).to.equal('https://example.org/techdays/schedule/events/101.html');
    const late = session(document, 'frab-102');
    expect(late.abstract).to.equal('Hands on.');
    expect(late.kind).to.equal('workshop');
    expect(late).not.to.have.property('url');
    expect(problemAt(problems, 'schedule.conference.days[0].rooms["Зала 1"][1].url')).to.contain('not a safe');
    expect(session(document, 'frab-104').kind).to.equal('panel');
  });

  it('reports duplicate ids, a start that disagrees with date, a bad duration and a missing title', () => {
    const { document, problems } = importSmall();
    const base = 'schedule.conference.days[1].rooms["Room B"]';
    expect(problemAt(problems, `${base}[1].id`)).to.contain('"frab-104-2"');
    expect(problemAt(problems, `${base}[1].start`)).to.equal('"12:00" does not match the time in date (13:00); the date is used.');
    expect(problemAt(problems, `${base}[1].duration`)).to.contain('"long" is not a duration');
    const bad = session(document, 'frab-104-2');
    expect(bad).not.to.have.property('start');
    expect(problemAt(problems, `${base}[2].title`)).to.contain('no title');
    expect(problemAt(problems, `${base}[3]`)).to.contain('Expected an event object');
  });

  it('derives the zone from the offsets when time_zone_name is missing, preferring the language', () => {
    const raw = smallSchedule();
    delete ((raw.schedule as Obj).conference as Obj).time_zone_name;
    const { document, problems } = fromFrabSchedule(raw);
    // Europe/Sofia, Athens, Bucharest and Helsinki all match; the events are in Bulgarian.
    expect(document!.event.timeZone).to.equal('Europe/Sofia');
    expect(problemAt(problems, 'schedule.conference.time_zone_name')).to.contain('Europe/Sofia');
    expect(session(document!, 'frab-104').start).to.equal('2024-10-27T10:00:00+02:00');
  });

  it('derives a zone that matches every offset, also far from Europe', () => {
    const raw = smallSchedule();
    const conference = (raw.schedule as Obj).conference as Obj;
    delete conference.time_zone_name;
    conference.days = [
      {
        index: 1,
        date: '2024-11-02',
        rooms: {
          Hall: [
            { id: 1, date: '2024-11-02T10:00:00-04:00', duration: '01:00', title: 'Before the change', language: 'en' },
            { id: 2, date: '2024-11-04T10:00:00-05:00', duration: '01:00', title: 'After the change', language: 'en' },
          ],
        },
      },
    ];
    const { document } = fromFrabSchedule(raw);
    expect(document!.event.timeZone).to.equal('America/New_York');
    expect(session(document!, 'frab-2').end).to.equal('2024-11-04T11:00:00-05:00');
  });

  it('falls back to UTC with a problem when no zone matches the offsets', () => {
    const raw = smallSchedule();
    const conference = (raw.schedule as Obj).conference as Obj;
    conference.time_zone_name = 'Europe/Nowhere';
    conference.days = [
      {
        index: 1,
        rooms: {
          Hall: [{ id: 1, date: '2024-07-01T10:00:00+05:17', duration: '01:00', title: 'Odd offset' }],
        },
      },
    ];
    const { document, problems } = fromFrabSchedule(raw);
    expect(document!.event.timeZone).to.equal('UTC');
    const messages = problems.filter((p) => p.path === 'schedule.conference.time_zone_name').map((p) => p.message);
    expect(messages).to.deep.equal([
      '"Europe/Nowhere" is not a known IANA time zone.',
      'No zone matches the offsets of the event dates either; times are shown in UTC.',
    ]);
    // The instant itself is kept as written.
    expect(session(document!, 'frab-1').start).to.equal('2024-07-01T10:00:00+05:17');
    expect(session(document!, 'frab-1').end).to.equal('2024-07-01T05:43:00+00:00');
  });

  it('reports an offset that disagrees with time_zone_name and keeps the instant', () => {
    const raw = smallSchedule();
    const conference = (raw.schedule as Obj).conference as Obj;
    conference.days = [{ index: 1, rooms: { Hall: [{ id: 1, date: '2024-07-01T10:00:00+02:00', duration: '01:00', title: 'Wrong offset' }] } }];
    const { document, problems } = fromFrabSchedule(raw);
    expect(problemAt(problems, 'schedule.conference.days[0].rooms["Hall"][0].date')).to.equal(
      '"2024-07-01T10:00:00+02:00" has the offset +02:00, but Europe/Sofia is at +03:00 then; the instant is kept as written.',
    );
    expect(session(document!, 'frab-1').start).to.equal('2024-07-01T10:00:00+02:00');
    expect(session(document!, 'frab-1').end).to.equal('2024-07-01T12:00:00+03:00');
  });

  it('reports a few disagreeing offsets each at its own date', () => {
    const raw = smallSchedule();
    const conference = (raw.schedule as Obj).conference as Obj;
    conference.daysCount = 1;
    conference.days = [{ index: 1, rooms: { Hall: halfHourlyEvents(6, ['+03:00', '+02:00', '+03:00', '+02:00', '+03:00', '+03:00']) } }];
    const { problems } = fromFrabSchedule(raw);
    expect(problems.map((p) => p.path)).to.deep.equal([
      'schedule.conference.days[0].rooms["Hall"][1].date',
      'schedule.conference.days[0].rooms["Hall"][3].date',
    ]);
  });

  it('reports a time_zone_name that disagrees with every offset once, with the count, the first paths and the zone that fits', () => {
    const raw = smallSchedule();
    const conference = (raw.schedule as Obj).conference as Obj;
    conference.time_zone_name = 'Europe/London';
    conference.daysCount = 1;
    // 36 sessions written at +01:00 in January (Central European time; London is at +00:00).
    conference.days = [{ index: 1, rooms: { Hall: halfHourlyEvents(36, Array(36).fill('+01:00'), '2025-01-15') } }];
    const { document, problems } = fromFrabSchedule(raw);
    expect(
      problems.filter((p) => p.path.endsWith('.date')),
      'no problem per session',
    ).to.deep.equal([]);
    expect(problems.map((p) => p.path)).to.deep.equal(['schedule.conference.time_zone_name']);
    expect(problems[0]!.message).to.equal(
      '36 of 36 event dates have offsets that disagree with Europe/London ("2025-01-15T00:00:00+01:00" has the offset +01:00, ' +
        'but Europe/London is at +00:00 then): schedule.conference.days[0].rooms["Hall"][0].date, ' +
        'schedule.conference.days[0].rooms["Hall"][1].date, schedule.conference.days[0].rooms["Hall"][2].date and 33 more; ' +
        'the instants are kept as written. Their offsets match Europe/Berlin.',
    );
    // Behaviour is unchanged: the declared zone is used and every instant is kept.
    expect(document!.event.timeZone).to.equal('Europe/London');
    expect(document!.event.sessions).to.have.length(36);
    expect(session(document!, 'frab-1').start).to.equal('2025-01-15T00:00:00+01:00');
  });

  it('reports many disagreeing dates among more agreeing ones once, at the first of them', () => {
    const raw = smallSchedule();
    const conference = (raw.schedule as Obj).conference as Obj;
    conference.daysCount = 1;
    const offsets = Array.from({ length: 20 }, (_, i) => (i % 4 === 1 ? '+02:00' : '+03:00'));
    conference.days = [{ index: 1, rooms: { Hall: halfHourlyEvents(20, offsets) } }];
    const { problems } = fromFrabSchedule(raw);
    expect(problems.map((p) => p.path)).to.deep.equal(['schedule.conference.days[0].rooms["Hall"][1].date']);
    expect(problems[0]!.message).to.match(/^5 of 20 event dates have offsets that disagree with Europe\/Sofia \(/);
    expect(problems[0]!.message).to.contain('["Hall"][5].date, schedule.conference.days[0].rooms["Hall"][9].date and 2 more;');
    expect(problems[0]!.message).not.to.contain('Their offsets match');
  });

  it('makes an id from the title when the given one holds a lone surrogate, and cuts slugs by code point', () => {
    // Found by the robustness gate (fast-check seed 289080131, in the WebKit run): a text id "\ud800"
    // became the session id "frab-\ud800", which the parser rejects.
    const schedule = smallSchedule() as { schedule: { conference: { days: { rooms: Record<string, Obj[]> }[] } } };
    const first = schedule.schedule.conference.days[0]!.rooms['Зала 1']![0]!;
    first.id = '\ud800';
    first.guid = undefined;
    first.title = `${'a'.repeat(79)}𐐀𐐀 title`; // Deseret letters: outside the BMP, a pair each
    const { document, problems } = fromFrabSchedule(schedule);
    const ids = document!.event.sessions!.map((s) => s.id);
    expect(ids.filter((id) => /[\uD800-\uDFFF]/.test(id.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')))).to.deep.equal([]);
    expect(ids).to.include(`frab-${'a'.repeat(79)}𐐨`);
    expect(problemAt(problems, 'schedule.conference.days[0].rooms["Зала 1"][0].id')).to.contain('lone surrogate');
    expect(parseEventDocument(document).problems.filter((p) => p.path.includes('.id'))).to.deep.equal([]);
  });

  it('never throws on bad input and says what is missing', () => {
    const inputs: unknown[] = [null, 42, 'x', [], {}, { schedule: 1 }, { schedule: { conference: [] } }];
    for (const input of inputs) {
      const result = fromFrabSchedule(input);
      expect(result.document, JSON.stringify(input)).to.equal(null);
      expect(result.problems.length, JSON.stringify(input)).to.be.greaterThan(0);
    }
    const noTitle = fromFrabSchedule({ schedule: { conference: { days: [] } } });
    expect(noTitle.document).to.equal(null);
    expect(noTitle.problems[0]!.path).to.equal('schedule.conference.title');
    const noDays = fromFrabSchedule({ schedule: { conference: { title: 'X', start: '2024-01-01', days: 'none' } } });
    expect(noDays.document!.event.sessions).to.deep.equal([]);
    expect(noDays.problems.map((p) => p.path)).to.include('schedule.conference.days');
  });

  it('takes the conference dates from the sessions when they are missing', () => {
    const raw = smallSchedule();
    const conference = (raw.schedule as Obj).conference as Obj;
    delete conference.start;
    delete conference.end;
    const { document, problems } = fromFrabSchedule(raw);
    expect(document!.event.start).to.equal('2024-10-26');
    expect(document!.event.end).to.equal('2024-10-27');
    expect(problemAt(problems, 'schedule.conference.start')).to.contain('2024-10-26');
  });

  it('makes a date-time conference start a date, in the event zone, when the end is a date', () => {
    const raw = smallSchedule();
    const conference = (raw.schedule as Obj).conference as Obj;
    // 23:30 UTC on the 25th is already the 26th in Sofia.
    conference.start = '2024-10-25T23:30:00Z';
    conference.end = '2024-10-27';
    const { document, problems } = fromFrabSchedule(raw);
    expect(document!.event.start).to.equal('2024-10-26');
    expect(document!.event.end).to.equal('2024-10-27');
    expect(problemAt(problems, 'schedule.conference.start')).to.contain('Europe/Sofia (2024-10-26)');
    expect(parseEventDocument(document).problems).to.deep.equal([]);
  });

  it('makes a date-time conference end a date, in the event zone, when the start is a date', () => {
    const raw = smallSchedule();
    const conference = (raw.schedule as Obj).conference as Obj;
    conference.start = '2024-10-26';
    // 22:30 UTC on the 27th is already the 28th in Sofia (UTC+2 after the clock change).
    conference.end = '2024-10-27T22:30:00Z';
    const { document, problems } = fromFrabSchedule(raw);
    expect(document!.event.start).to.equal('2024-10-26');
    expect(document!.event.end).to.equal('2024-10-28');
    expect(problemAt(problems, 'schedule.conference.end')).to.contain('Europe/Sofia (2024-10-28)');
    expect(parseEventDocument(document).problems).to.deep.equal([]);
  });

  it('keeps a conference start and end that are both date-times as written', () => {
    const raw = smallSchedule();
    const conference = (raw.schedule as Obj).conference as Obj;
    conference.start = '2024-10-26T09:00:00+03:00';
    conference.end = '2024-10-27T18:00:00+02:00';
    const { document, problems } = fromFrabSchedule(raw);
    expect(document!.event.start).to.equal('2024-10-26T09:00:00+03:00');
    expect(document!.event.end).to.equal('2024-10-27T18:00:00+02:00');
    expect(problems.map((p) => p.path)).not.to.include.members(['schedule.conference.start', 'schedule.conference.end']);
    expect(parseEventDocument(document).problems).to.deep.equal([]);
  });

  it('exports the imported programme to iCalendar and JSON-LD', () => {
    const { document } = importSmall();
    const ics = toICalendar(document, { now: new Date('2024-01-01T00:00:00Z') });
    expect(ics).to.contain('UID:frab-101@example.org');
    expect(ics).to.contain('DTSTART;TZID=Europe/Sofia:20241026T100000');
    expect(ics).to.contain('DTEND;TZID=Europe/Sofia:20241027T004500');
    const graph = (toJsonLd(document) as unknown as { '@graph': Obj[] })['@graph'];
    expect((graph[0]!.subEvent as Obj[]).length).to.equal(5);
  });
});

// ---------------------------------------------------------------------------------------------
// The real exports in ../shared/fixtures (present in CI; the test runner serves the folder above
// its root under /__wds-outside-root__/1/).

const FIXTURES = '/__wds-outside-root__/1/shared/fixtures/';

/** Loads a fixture, or skips the calling test with a clear message when the folder is not there. */
async function loadFixture(ctx: Mocha.Context, name: string): Promise<unknown> {
  const url = `${FIXTURES}${name}`;
  const probe = await fetch(url, { method: 'HEAD' }).catch(() => null);
  if (!probe || !probe.ok) {
    console.warn(`Skipping: ${name} was not found at ../shared/fixtures/ (the shared fixtures folder is absent).`);
    ctx.skip();
  }
  // The dev server turns .json into a module (esbuild's json loader); its default export is the data.
  const module = (await import(/* @vite-ignore */ url)) as { default: unknown };
  return module.default;
}

interface SourceEvent {
  id: unknown;
  date: string;
  duration: string;
  title: string;
  room: string;
  persons: unknown[];
  path: string;
}

function sourceEvents(json: unknown): SourceEvent[] {
  const conference = ((json as Obj).schedule as Obj).conference as Obj;
  const out: SourceEvent[] = [];
  (conference.days as Obj[]).forEach((day, d) => {
    for (const [room, events] of Object.entries(day.rooms as Obj)) {
      (events as Obj[]).forEach((e, i) => out.push({ ...(e as unknown as SourceEvent), path: `days[${d}].${room}[${i}]` }));
    }
  });
  return out;
}

function durationMs(text: string): number {
  const [h, m, s] = text.split(':').map(Number) as [number, number, number | undefined];
  return ((h * 60 + m) * 60 + (s ?? 0)) * 1000;
}

/** Every source event is a session with the same id, title and instants. */
function expectSameEvents(json: unknown, document: EventDocument): void {
  const source = sourceEvents(json);
  const sessions = document.event.sessions ?? [];
  expect(sessions.length).to.equal(source.length);
  expect(new Set(sessions.map((s) => s.id)).size).to.equal(sessions.length);
  for (const e of source) {
    const s = sessions.find((x) => x.id === `frab-${String(e.id)}`);
    expect(s, e.path).not.to.equal(undefined);
    expect(s!.title, e.path).to.equal(e.title.trim());
    expect(parseInstant(s!.start!)!.getTime(), e.path).to.equal(Date.parse(e.date));
    expect(parseInstant(s!.end!)!.getTime() - parseInstant(s!.start!)!.getTime(), e.path).to.equal(durationMs(e.duration));
    const room = document.event.rooms!.find((r) => r.id === s!.roomId);
    expect(room?.name, e.path).to.equal(e.room);
    expect((s!.participants ?? []).length, e.path).to.equal(e.persons.length);
  }
}

describe('frab import: real exports (../shared/fixtures)', () => {
  it('imports the Camp 2019 frab export: 79 events over 5 days in Europe/Berlin', async function () {
    const json = await loadFixture(this, 'schedule-frab-camp2019.json');
    expect(isFrabSchedule(json)).to.equal(true);
    const { document, problems } = fromFrabSchedule(json);
    expect(problems, JSON.stringify(problems.slice(0, 3))).to.deep.equal([]);
    expect(document!.event.timeZone).to.equal('Europe/Berlin');
    expect(document!.event.sessions).to.have.length(79);
    expectSameEvents(json, document!);
    const days = new Set(document!.event.sessions!.map((s) => s.start!.slice(0, 10)));
    expect(days.size).to.equal(5);
    // And it survives the exports.
    const ics = toICalendar(document!, { now: new Date('2019-08-01T00:00:00Z') });
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(79);
    expect(ics).to.contain('TZID:Europe/Berlin');
  });

  it('imports the rC3 pretalx export without time_zone_name: 48 events, zone derived', async function () {
    const json = await loadFixture(this, 'schedule-pretalx-rc3.json');
    expect(isFrabSchedule(json)).to.equal(true);
    const { document, problems } = fromFrabSchedule(json);
    expect(document!.event.sessions).to.have.length(48);
    expectSameEvents(json, document!);
    expect(document!.event.timeZone).to.equal('Europe/Berlin');
    expect(problems.map((p) => p.path)).to.include('schedule.conference.time_zone_name');
    // Pretalx persons are identified by code.
    expect(document!.people!.every((p) => /^frab-person-[a-z0-9]+$/.test(p.id) && p.name)).to.equal(true);
  });

  it('reports a wrong time_zone_name in the rC3 pretalx export once, not once per session', async function () {
    const json = (await loadFixture(this, 'schedule-pretalx-rc3.json')) as Obj;
    ((json.schedule as Obj).conference as Obj).time_zone_name = 'Europe/London';
    const { document, problems } = fromFrabSchedule(json);
    const zoneProblems = problems.filter((p) => /disagree with|is at [+-]\d\d:\d\d then/.test(p.message));
    expect(zoneProblems.map((p) => p.path)).to.deep.equal(['schedule.conference.time_zone_name']);
    expect(zoneProblems[0]!.message).to.match(/^48 of 48 event dates have offsets that disagree with Europe\/London/);
    expect(zoneProblems[0]!.message).to.contain('and 45 more');
    expect(zoneProblems[0]!.message).to.contain('Their offsets match Europe/Berlin.');
    expect(document!.event.sessions).to.have.length(48);
  });

  it('reports the problems of the invalid example without throwing', async function () {
    const json = await loadFixture(this, 'schedule-invalid-example.json');
    const { document, problems } = fromFrabSchedule(json);
    const paths = problems.map((p) => p.path);
    expect(paths).to.include('schedule.conference.daysCount');
    expect(paths).to.include('schedule.rooms');
    expect(paths).to.include('schedule.conference.days[0].rooms["Winterchaos"][0].id');
    expect(problemAt(problems, 'schedule.conference.daysCount')).to.equal('daysCount says 3 days but 1 day is listed.');
    expect(document!.event.timeZone).to.equal('Europe/Zurich');
    expect(document!.event.sessions).to.have.length(1);
    expectSameEvents(json, document!);
  });
});
