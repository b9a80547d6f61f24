import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { EventDocument, FundingCall } from '../src/data/types.js';
import { varna2018 } from '../stories/data/index.js';
import { downloadICalendar, icsForDeadline, icsForEvent, toICalendar } from '../src/export/index.js';
// Internal line-level helpers, tested where they live (not public API).
import { escapeText, foldLine } from '../src/export/ical.js';
import { sanitizeFilename } from '../src/export/download.js';
import { vtimezoneLines, zoneTransitions } from '../src/export/vtimezone.js';

const NOW = new Date('2018-06-01T09:30:00Z');
const encoder = new TextEncoder();

/** A small meeting in Varna, written for these tests. */
function varna(): EventDocument {
  return {
    lang: 'en',
    baseUrl: 'https://example.org/events/varna-2018',
    event: {
      id: 'varna-2018',
      name: { en: 'Cluster meeting Varna 2018', bg: 'Среща на клъстера, Варна 2018' },
      description: { en: 'Two days of talks; workshops, and a visit.' },
      url: 'https://example.org/events/varna-2018',
      timeZone: 'Europe/Sofia',
      start: '2018-07-06T10:00:00+03:00',
      end: '2018-07-07T17:00:00+03:00',
      venue: {
        name: 'Grand Hotel Varna',
        address: { streetAddress: '1 Sea Garden', addressLocality: 'Varna', postalCode: '9000', addressCountry: 'BG' },
      },
      organizerIds: ['org-cluster'],
      tracks: [{ id: 't-energy', name: { en: 'Energy', bg: 'Енергия' } }],
      rooms: [
        { id: 'r-hall', name: { en: 'Main hall', bg: 'Голяма зала' } },
        { id: 'r-2', name: 'Room 2' },
      ],
      sessions: [
        {
          id: 's-open',
          title: { en: 'Opening', bg: 'Откриване' },
          abstract: { en: 'Welcome by the chair.', bg: 'Приветствие от председателя.' },
          start: '2018-07-06T10:00:00+03:00',
          end: '2018-07-06T10:30:00+03:00',
          roomId: 'r-hall',
          trackId: 't-energy',
          participants: [
            { personId: 'p-ivan', role: 'speaker' },
            { personId: 'p-unnamed', role: 'moderator' },
          ],
        },
        {
          id: 's-panel',
          title: 'Energy panel',
          start: '2018-07-06T11:00:00+03:00',
          end: '2018-07-06T12:30:00+03:00',
          roomId: 'r-2',
          status: 'cancelled',
          url: 'javascript:alert(1)',
        },
        { id: 's-later', title: 'Visit (time to be announced)' },
        {
          id: 's-day2',
          title: 'Workshop',
          start: '2018-07-07T09:00:00+03:00',
          end: '2018-07-07T12:00:00+03:00',
          url: '/events/varna-2018/workshop',
        },
      ],
    },
    people: [
      { id: 'p-ivan', name: 'Ivan Petrov', jobTitle: { en: 'Director', bg: 'Директор' }, organizationId: 'org-cluster' },
      { id: 'p-unnamed', jobTitle: 'Representative', affiliation: 'Ministry of Economy' },
    ],
    organizations: [{ id: 'org-cluster', name: { en: 'Varna Energy Cluster', bg: 'Енергиен клъстер Варна' } }],
  };
}

/** Joins folded lines (CRLF + one space or tab) back together. */
function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '');
}

/** Content lines after unfolding. */
function lines(ics: string): string[] {
  return unfold(ics)
    .split('\r\n')
    .filter((l) => l !== '');
}

/** The VEVENT blocks, each as its content lines. */
function vevents(ics: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines(ics)) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      out.push(current);
      current = null;
    } else if (current) current.push(line);
  }
  return out;
}

/** The value of the first property `name` (with or without parameters) in a block. */
function prop(block: string[], name: string): string | undefined {
  const line = block.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  return line?.slice(line.indexOf(':') + 1);
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

function octets(s: string): number {
  return encoder.encode(s).length;
}

/** Every physical line ends in CRLF, has at most 75 octets and no lone surrogate (a split character). */
function expectWellFormed(ics: string): void {
  expect(ics.endsWith('\r\n')).to.equal(true);
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line, 'no bare CR or LF').not.to.match(/[\r\n]/);
    expect(octets(line), line).to.be.at.most(75);
    expect(line, 'no split surrogate pair').not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  }
}

describe('iCalendar: structure', () => {
  it('writes the calendar header and one VEVENT per timed session', () => {
    const ics = toICalendar(varna(), { now: NOW });
    const all = lines(ics);
    expect(all.slice(0, 5)).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Cluster Events//Components//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(all.at(-1)).to.equal('END:VCALENDAR');
    const events = vevents(ics);
    expect(events.map((e) => prop(e, 'SUMMARY'))).to.deep.equal(['Opening', 'Energy panel', 'Workshop']);
    expectWellFormed(ics);
  });

  it('uses CRLF everywhere and never a bare LF or CR', () => {
    const ics = toICalendar(varna(), { now: NOW });
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(ics.split('\r\n').length).to.be.greaterThan(40);
  });

  it('gives every VEVENT a stable UID on the host of baseUrl and a UTC DTSTAMP', () => {
    const events = vevents(toICalendar(varna(), { now: NOW }));
    expect(events.map((e) => prop(e, 'UID'))).to.deep.equal(['s-open@example.org', 's-panel@example.org', 's-day2@example.org']);
    for (const e of events) expect(prop(e, 'DTSTAMP')).to.equal('20180601T093000Z');
    const again = vevents(toICalendar(varna(), { now: new Date('2019-01-01T00:00:00Z') }));
    expect(again.map((e) => prop(e, 'UID'))).to.deep.equal(events.map((e) => prop(e, 'UID')));
  });

  it('takes DTSTAMP from the clock without options.now, and uses cluster-events without baseUrl', () => {
    const doc = varna();
    delete doc.baseUrl;
    const before = Date.now();
    const [first] = vevents(toICalendar(doc));
    const stamp = prop(first!, 'DTSTAMP')!;
    const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp)!;
    const when = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
    expect(when).to.be.within(before - 2000, Date.now() + 1000);
    expect(prop(first!, 'UID')).to.equal('s-open@cluster-events');
  });

  it('writes times with TZID of the event zone and a matching VTIMEZONE', () => {
    const ics = toICalendar(varna(), { now: NOW });
    const [open] = vevents(ics);
    expect(open).to.include('DTSTART;TZID=Europe/Sofia:20180706T100000');
    expect(open).to.include('DTEND;TZID=Europe/Sofia:20180706T103000');
    const all = lines(ics);
    expect(all).to.include('TZID:Europe/Sofia');
    expect(all.indexOf('BEGIN:VTIMEZONE')).to.be.lessThan(all.indexOf('BEGIN:VEVENT'));
    // Every TZID used has its VTIMEZONE.
    const used = new Set(all.flatMap((l) => [...l.matchAll(/;TZID=([^:;]+)/g)].map((m) => m[1])));
    for (const zone of used) expect(all).to.include(`TZID:${zone}`);
  });

  it('describes the session: abstract, speakers with job and organisation, room and venue, track', () => {
    const [open] = vevents(toICalendar(varna(), { now: NOW }));
    expect(unescapeText(prop(open!, 'DESCRIPTION')!)).to.equal(
      'Welcome by the chair.\n\nSpeakers: Ivan Petrov (Director, Varna Energy Cluster)\nModeration: Representative, Ministry of Economy',
    );
    expect(unescapeText(prop(open!, 'LOCATION')!)).to.equal('Main hall, Grand Hotel Varna, 1 Sea Garden, 9000 Varna, Bulgaria');
    expect(prop(open!, 'CATEGORIES')).to.equal('Energy');
  });

  it('writes the text in the requested language', () => {
    const ics = toICalendar(varna(), { now: NOW, lang: 'bg' });
    const [open] = vevents(ics);
    expect(prop(open!, 'SUMMARY')).to.equal('Откриване');
    expect(unescapeText(prop(open!, 'DESCRIPTION')!)).to.contain('Лектори: Ivan Petrov (Директор, Енергиен клъстер Варна)');
    expect(unescapeText(prop(open!, 'LOCATION')!)).to.match(/^Голяма зала, /);
    expectWellFormed(ics);
  });

  it('marks cancelled sessions and links only safe URLs, made absolute', () => {
    const [open, panel, day2] = vevents(toICalendar(varna(), { now: NOW }));
    expect(prop(panel!, 'STATUS')).to.equal('CANCELLED');
    expect(prop(open!, 'STATUS')).to.equal(undefined);
    expect(prop(panel!, 'URL')).to.equal('https://example.org/events/varna-2018#s-panel');
    expect(unfold(toICalendar(varna(), { now: NOW }))).not.to.contain('javascript');
    expect(prop(day2!, 'URL')).to.equal('https://example.org/events/varna-2018/workshop');
  });

  it('exports only the chosen sessions with sessionIds', () => {
    const events = vevents(toICalendar(varna(), { now: NOW, sessionIds: ['s-day2'] }));
    expect(events).to.have.length(1);
    expect(prop(events[0]!, 'UID')).to.equal('s-day2@example.org');
  });

  it('exports the event itself when the chosen sessions have no times', () => {
    const events = vevents(toICalendar(varna(), { now: NOW, sessionIds: ['s-later'] }));
    expect(events).to.have.length(1);
    expect(prop(events[0]!, 'UID')).to.equal('varna-2018@example.org');
    expect(events[0]).to.include('DTSTART;TZID=Europe/Sofia:20180706T100000');
    expect(events[0]).to.include('DTEND;TZID=Europe/Sofia:20180707T170000');
  });

  it('exports the event itself when it has no sessions, with its venue and URL', () => {
    const doc = varna();
    delete doc.event.sessions;
    const events = vevents(toICalendar(doc, { now: NOW }));
    expect(events).to.have.length(1);
    const e = events[0]!;
    expect(prop(e, 'SUMMARY')).to.equal('Cluster meeting Varna 2018');
    expect(unescapeText(prop(e, 'DESCRIPTION')!)).to.equal('Two days of talks; workshops, and a visit.');
    expect(prop(e, 'DESCRIPTION')).to.equal('Two days of talks\\; workshops\\, and a visit.');
    expect(unescapeText(prop(e, 'LOCATION')!)).to.equal('Grand Hotel Varna, 1 Sea Garden, 9000 Varna, Bulgaria');
    expect(prop(e, 'URL')).to.equal('https://example.org/events/varna-2018');
  });

  it('icsForEvent gives the event as one VEVENT even when it has sessions', () => {
    const ics = icsForEvent(varna(), { now: NOW, calendarName: 'Varna, 2018' });
    const events = vevents(ics);
    expect(events).to.have.length(1);
    expect(prop(events[0]!, 'UID')).to.equal('varna-2018@example.org');
    expect(lines(ics)).to.include('X-WR-CALNAME:Varna\\, 2018');
    expect(lines(ics)).to.include('NAME:Varna\\, 2018');
  });

  it('writes an all-day event when the start is a calendar date, with an exclusive DTEND', () => {
    const doc = varna();
    delete doc.event.sessions;
    doc.event.start = '2018-07-06';
    doc.event.end = '2018-07-07';
    const [e] = vevents(toICalendar(doc, { now: NOW }));
    expect(prop(e!, 'DTSTART')).to.equal('20180706');
    expect(e).to.include('DTSTART;VALUE=DATE:20180706');
    expect(e).to.include('DTEND;VALUE=DATE:20180708');
    // No VTIMEZONE is needed for dates.
    expect(lines(toICalendar(doc, { now: NOW }))).not.to.include('BEGIN:VTIMEZONE');

    doc.event.start = '2018-12-31';
    delete doc.event.end;
    const [single] = vevents(toICalendar(doc, { now: NOW }));
    expect(single).to.include('DTSTART;VALUE=DATE:20181231');
    expect(single).to.include('DTEND;VALUE=DATE:20190101');

    doc.event.start = '2024-02-28';
    doc.event.end = '2024-02-29';
    const [leap] = vevents(toICalendar(doc, { now: NOW }));
    expect(leap).to.include('DTEND;VALUE=DATE:20240301');
  });

  it('falls back to UTC times when the zone is unusable, and uses Z for UTC itself', () => {
    const doc = varna();
    doc.event.timeZone = 'Mars/Olympus_Mons';
    const ics = toICalendar(doc, { now: NOW, sessionIds: ['s-open'] });
    const [e] = vevents(ics);
    expect(e).to.include('DTSTART:20180706T070000Z');
    expect(e).to.include('DTEND:20180706T073000Z');
    expect(lines(ics)).not.to.include('BEGIN:VTIMEZONE');
    doc.event.timeZone = 'UTC';
    const [u] = vevents(toICalendar(doc, { now: NOW, sessionIds: ['s-open'] }));
    expect(u).to.include('DTSTART:20180706T070000Z');
  });

  it('writes a calendar without VEVENT rather than throwing when the event start is unreadable', () => {
    const doc = varna();
    delete doc.event.sessions;
    doc.event.start = 'tomorrow';
    const ics = toICalendar(doc, { now: NOW });
    expect(vevents(ics)).to.have.length(0);
    expect(lines(ics).at(-1)).to.equal('END:VCALENDAR');
  });
});

/** Text mixing the characters that matter here with any other code point. */
const anyText = fc
  .array(
    fc.oneof(
      fc.constantFrom('\r\n', '\r', '\n', '\\', ';', ',', ':', '\u0000', '\u0007', '\t', ' ', 'Я', '😀', '€', '\uD800'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    ),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

describe('iCalendar: escaping and injection', () => {
  it('escapes backslash first, then semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('\\;')).to.equal('\\\\\\;');
    expect(escapeText('\\n')).to.equal('\\\\n');
    expect(escapeText('a:b')).to.equal('a:b');
  });

  it('drops control characters that the format forbids, keeps tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).to.equal('abc\td');
  });

  it('keeps a title with "\\r\\nATTENDEE:x" as one escaped SUMMARY', () => {
    const doc = varna();
    const open = doc.event.sessions![0]!;
    open.title = 'Talk\r\nATTENDEE:mailto:x@example.org';
    open.abstract = 'A\nEND:VEVENT\nBEGIN:VEVENT';
    doc.event.rooms![0]!.name = 'Hall\rX-INJECTED:1';
    open.id = 's-open\r\nX-UID:2';
    const ics = toICalendar(doc, { now: NOW, calendarName: 'Cal\nMETHOD:CANCEL' });
    const all = lines(ics);
    expect(all.filter((l) => l.startsWith('ATTENDEE'))).to.deep.equal([]);
    expect(all.filter((l) => l.startsWith('X-INJECTED') || l.startsWith('X-UID'))).to.deep.equal([]);
    expect(all.filter((l) => l === 'METHOD:CANCEL')).to.deep.equal([]);
    expect(all.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(3);
    const [e] = vevents(ics);
    expect(prop(e!, 'SUMMARY')).to.equal('Talk\\nATTENDEE:mailto:x@example.org');
    expect(prop(e!, 'UID')).to.equal('s-open\\nX-UID:2@example.org');
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('round-trips any text: unfold and unescape give the value back (minus forbidden controls)', () => {
    fc.assert(
      fc.property(anyText, (title) => {
        const doc = varna();
        doc.event.sessions = [{ id: 's', title, start: '2018-07-06T10:00:00+03:00', end: '2018-07-06T11:00:00+03:00' }];
        const ics = toICalendar(doc, { now: NOW });
        expectWellFormed(ics);
        const summary = prop(vevents(ics)[0]!, 'SUMMARY')!;
        const expected = title
          .trim()
          .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
          .replace(/\r\n|\r|\u2028|\u2029/g, '\n')
          // eslint-disable-next-line no-control-regex -- the writer's own removal of control characters, as expected text
          .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        expect(unescapeText(summary)).to.equal(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('iCalendar: folding at 75 octets', () => {
  /** Checks each physical line is at most 75 octets and the next character would not have fitted. */
  function expectGreedyFold(folded: string): void {
    const parts = folded.split('\r\n');
    parts.forEach((part, i) => {
      expect(octets(part)).to.be.at.most(75);
      if (i > 0) expect(part.startsWith(' ')).to.equal(true);
      const next = parts[i + 1];
      if (next !== undefined) {
        const firstChar = [...next.slice(1)][0]!;
        expect(octets(part) + octets(firstChar), `line ${i} could take one more character`).to.be.greaterThan(75);
      }
    });
  }

  it('leaves short lines alone and folds ASCII at exactly 75 octets', () => {
    expect(foldLine('SUMMARY:short')).to.equal('SUMMARY:short');
    const line = `SUMMARY:${'x'.repeat(200)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.map((p) => p.length)).to.deep.equal([75, 75, 60]);
    expect(unfold(folded)).to.equal(line);
  });

  it('never splits a Cyrillic letter (2 octets)', () => {
    const line = `SUMMARY:${'Среща на клъстера в град Варна, '.repeat(8)}`;
    const folded = foldLine(line);
    expectGreedyFold(folded);
    expect(folded.split('\r\n').length).to.be.greaterThan(5);
    expect(unfold(folded)).to.equal(line);
    // 'SUMMARY:' is 8 octets, so the 75th octet falls inside a letter: the fold comes before it.
    const letters = foldLine(`SUMMARY:${'Я'.repeat(100)}`).split('\r\n');
    expect(letters.map(octets)).to.deep.equal([74, 75, 61]);
  });

  it('never splits an emoji (4 octets) or a surrogate pair', () => {
    const line = `DESCRIPTION:${'🎉👩🏽‍💻🇧🇬 '.repeat(20)}`;
    const folded = foldLine(line);
    expectGreedyFold(folded);
    for (const part of folded.split('\r\n')) {
      expect(part).not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
    expect(unfold(folded)).to.equal(line);
  });

  it('folds whole calendars with mixed scripts within the limit', () => {
    const doc = varna();
    doc.event.sessions![0]!.title = `${'Ω€😀Я'.repeat(30)} end`;
    const ics = toICalendar(doc, { now: NOW });
    expectWellFormed(ics);
    expect(prop(vevents(ics)[0]!, 'SUMMARY')).to.equal(`${'Ω€😀Я'.repeat(30)} end`);
  });
});

describe('VTIMEZONE from Intl', () => {
  function block(all: string[], begin: number): string[] {
    const end = all.indexOf(all[begin] === 'BEGIN:DAYLIGHT' ? 'END:DAYLIGHT' : 'END:STANDARD', begin);
    return all.slice(begin + 1, end);
  }

  it('has the 2018 transitions of Europe/Sofia', () => {
    const all = vtimezoneLines('Europe/Sofia', 2018, 2018)!;
    expect(all[0]).to.equal('BEGIN:VTIMEZONE');
    expect(all[1]).to.equal('TZID:Europe/Sofia');
    expect(all.at(-1)).to.equal('END:VTIMEZONE');
    const subs = all
      .map((l, i) => (l === 'BEGIN:DAYLIGHT' || l === 'BEGIN:STANDARD' ? [l.slice(6), ...block(all, i)] : null))
      .filter((b): b is string[] => b !== null);
    expect(subs).to.deep.equal([
      // The change before 2018 says which offset applies on 1 January.
      ['STANDARD', 'DTSTART:20171029T040000', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'TZNAME:EET'],
      // Last Sunday of March: at 03:00 EET clocks go to 04:00 EEST.
      ['DAYLIGHT', 'DTSTART:20180325T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300', 'TZNAME:EEST'],
      // Last Sunday of October: at 04:00 EEST clocks go back to 03:00 EET.
      ['STANDARD', 'DTSTART:20181028T040000', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0200', 'TZNAME:EET'],
    ]);
  });

  it('finds the exact instants of the changes', () => {
    const t = zoneTransitions('Europe/Sofia', new Date('2018-01-01T00:00:00Z'), new Date('2019-01-01T00:00:00Z'));
    expect(t.map((x) => [x.at.toISOString(), x.from, x.to])).to.deep.equal([
      ['2018-03-25T01:00:00.000Z', 120, 180],
      ['2018-10-28T01:00:00.000Z', 180, 120],
    ]);
    const ny = zoneTransitions('America/New_York', new Date('2024-01-01T00:00:00Z'), new Date('2025-01-01T00:00:00Z'));
    expect(ny.map((x) => x.at.toISOString())).to.deep.equal(['2024-03-10T07:00:00.000Z', '2024-11-03T06:00:00.000Z']);
  });

  it('gives a zone without daylight saving time one STANDARD (Asia/Tokyo)', () => {
    const all = vtimezoneLines('Asia/Tokyo', 2018, 2019)!;
    expect(all.filter((l) => l.startsWith('BEGIN:'))).to.deep.equal(['BEGIN:VTIMEZONE', 'BEGIN:STANDARD']);
    expect(all).to.include('TZOFFSETFROM:+0900');
    expect(all).to.include('TZOFFSETTO:+0900');
    expect(all).to.include('DTSTART:20180101T000000');
    expect(all).not.to.include('BEGIN:DAYLIGHT');
  });

  it('covers every year the events span, and the southern hemisphere', () => {
    const sofia = vtimezoneLines('Europe/Sofia', 2018, 2019)!;
    expect(sofia.filter((l) => l === 'BEGIN:DAYLIGHT')).to.have.length(2);
    expect(sofia).to.include('DTSTART:20190331T030000');
    const sydney = vtimezoneLines('Australia/Sydney', 2024, 2024)!;
    // April: 03:00 AEDT back to 02:00 AEST; October: 02:00 AEST forward to 03:00 AEDT.
    const i = sydney.indexOf('DTSTART:20240407T030000');
    expect(sydney.slice(i - 1, i + 3)).to.deep.equal(['BEGIN:STANDARD', 'DTSTART:20240407T030000', 'TZOFFSETFROM:+1100', 'TZOFFSETTO:+1000']);
    const j = sydney.indexOf('DTSTART:20241006T020000');
    expect(sydney.slice(j - 1, j + 3)).to.deep.equal(['BEGIN:DAYLIGHT', 'DTSTART:20241006T020000', 'TZOFFSETFROM:+1000', 'TZOFFSETTO:+1100']);
  });

  it('puts the Tokyo VTIMEZONE with its single STANDARD into an event calendar', () => {
    const doc = varna();
    doc.event.timeZone = 'Asia/Tokyo';
    const ics = toICalendar(doc, { now: NOW, sessionIds: ['s-open'] });
    const all = lines(ics);
    const zone = all.slice(all.indexOf('BEGIN:VTIMEZONE'), all.indexOf('END:VTIMEZONE') + 1);
    expect(zone).to.deep.equal([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Tokyo',
      'BEGIN:STANDARD',
      'DTSTART:20180101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'TZNAME:GMT+9',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    // 10:00 in Sofia (UTC+3) is 16:00 in Tokyo.
    expect(vevents(ics)[0]).to.include('DTSTART;TZID=Asia/Tokyo:20180706T160000');
  });

  it('returns null for an unknown zone', () => {
    expect(vtimezoneLines('Nowhere/Atlantis', 2018, 2018)).to.equal(null);
    expect(zoneTransitions('Nowhere/Atlantis', new Date(0), new Date(86_400_000))).to.deep.equal([]);
  });

  it('puts one VTIMEZONE spanning all years of the exported events', () => {
    const doc = varna();
    doc.event.sessions![3]!.start = '2019-07-07T09:00:00+03:00';
    doc.event.sessions![3]!.end = '2019-07-07T12:00:00+03:00';
    const all = lines(toICalendar(doc, { now: NOW }));
    expect(all.filter((l) => l === 'BEGIN:VTIMEZONE')).to.have.length(1);
    expect(all).to.include('DTSTART:20190331T030000');
  });
});

describe('iCalendar: funding call deadlines', () => {
  const call: FundingCall = {
    id: 'call-green',
    identifier: 'BG-2025-01',
    title: { en: 'Green transition call', bg: 'Покана за зелен преход' },
    summary: 'Grants for SMEs',
    timeZone: 'Europe/Brussels',
    deadlines: [
      { at: '2025-03-15T17:00:00+01:00', label: 'First cut-off' },
      { at: '2025-09-17T17:00:00+02:00', previousAt: '2025-09-10T17:00:00+02:00' },
    ],
    applyUrl: 'https://example.org/apply',
  };

  it('writes the deadline with alarms 7 days and 1 day before', () => {
    const ics = icsForDeadline(call, call.deadlines[1]!, { lang: 'en', now: NOW, url: 'https://example.com/calls/green' });
    expectWellFormed(ics);
    const [e] = vevents(ics);
    expect(prop(e!, 'UID')).to.equal('call-green-deadline-2@example.com');
    expect(prop(e!, 'DTSTAMP')).to.equal('20180601T093000Z');
    expect(e).to.include('DTSTART;TZID=Europe/Brussels:20250917T170000');
    expect(prop(e!, 'SUMMARY')).to.equal('Deadline: Green transition call');
    expect(unescapeText(prop(e!, 'DESCRIPTION')!)).to.equal('BG-2025-01\n\nGrants for SMEs\n\nExtended from September 10, 2025');
    expect(prop(e!, 'URL')).to.equal('https://example.com/calls/green');
    const alarms = e!.join('\n').split('BEGIN:VALARM').slice(1);
    expect(alarms).to.have.length(2);
    expect(alarms[0]).to.contain('TRIGGER:-P7D').and.to.contain('ACTION:DISPLAY');
    expect(alarms[0]).to.contain('DESCRIPTION:Deadline in 7 days: Green transition call');
    expect(alarms[1]).to.contain('TRIGGER:-P1D').and.to.contain('ACTION:DISPLAY');
    expect(alarms[1]).to.contain('DESCRIPTION:Deadline tomorrow: Green transition call');
    const all = lines(ics);
    expect(all).to.include('TZID:Europe/Brussels');
    expect(all).to.include('DTSTART:20250330T020000');
  });

  it('speaks Bulgarian and falls back to the apply URL', () => {
    const ics = icsForDeadline(call, call.deadlines[0]!, { lang: 'bg', now: NOW });
    const [e] = vevents(ics);
    expect(prop(e!, 'UID')).to.equal('call-green-deadline-1@cluster-events');
    expect(prop(e!, 'SUMMARY')).to.equal('Краен срок: Покана за зелен преход – First cut-off');
    expect(e!.join('\n')).to.contain('DESCRIPTION:Краен срок след 7 дни: Покана за зелен преход');
    expect(e!.join('\n')).to.contain('DESCRIPTION:Краен срок утре: Покана за зелен преход');
    expect(prop(e!, 'URL')).to.equal('https://example.org/apply');
    expectWellFormed(ics);
  });

  it('gives no VEVENT for an unreadable deadline and marks cancelled calls', () => {
    expect(vevents(icsForDeadline(call, { at: 'soon' }, { lang: 'en', now: NOW }))).to.have.length(0);
    const cancelled = { ...call, statusOverride: 'cancelled' as const };
    const [e] = vevents(icsForDeadline(cancelled, cancelled.deadlines[0]!, { lang: 'en', now: NOW }));
    expect(prop(e!, 'STATUS')).to.equal('CANCELLED');
  });
});

describe('downloadICalendar', () => {
  it('clicks a temporary download link with a sanitised name and revokes its URL', async () => {
    const clicked: { name: string; href: string; type: string }[] = [];
    const onClick = (event: MouseEvent): void => {
      const a = event.target as HTMLAnchorElement;
      clicked.push({ name: a.download, href: a.href, type: '' });
      event.preventDefault();
    };
    document.addEventListener('click', onClick, { capture: true });
    const before = document.querySelectorAll('a').length;
    try {
      const name = downloadICalendar('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', '../Среща: Варна/2018?.ics');
      expect(name).to.equal('Среща- Варна-2018.ics');
      expect(clicked).to.have.length(1);
      expect(clicked[0]!.name).to.equal('Среща- Варна-2018.ics');
      expect(clicked[0]!.href).to.match(/^blob:/);
      expect(document.querySelectorAll('a').length).to.equal(before);
      // Readable until the next task, then revoked.
      const response = await fetch(clicked[0]!.href);
      expect(response.headers.get('content-type')).to.equal('text/calendar;charset=utf-8');
      expect(await response.text()).to.equal('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
      await waitUntil(async () => {
        try {
          await fetch(clicked[0]!.href);
          return false;
        } catch {
          return true;
        }
      }, 'object URL revoked on the next task');
      let failed = false;
      try {
        await fetch(clicked[0]!.href);
      } catch {
        failed = true;
      }
      expect(failed, 'object URL revoked').to.equal(true);
    } finally {
      document.removeEventListener('click', onClick, { capture: true });
    }
  });

  it('sanitises file names', () => {
    expect(sanitizeFilename('')).to.equal('event.ics');
    expect(sanitizeFilename('...')).to.equal('event.ics');
    expect(sanitizeFilename('a\r\nb')).to.equal('a-b.ics');
    expect(sanitizeFilename('con')).to.equal('con-file.ics');
    expect(sanitizeFilename('Talk.ICS')).to.equal('Talk.ics');
    expect(sanitizeFilename('x'.repeat(300))).to.have.length(100);
    expect(sanitizeFilename('report', 'json')).to.equal('report.json');
  });
});

describe('iCalendar: LOCATION', () => {
  const location = (ics: string): string => unescapeText(prop(vevents(ics)[0]!, 'LOCATION')!);
  const withVenue = (venue: NonNullable<EventDocument['event']['venue']>): EventDocument => {
    const doc = varna();
    doc.event.venue = venue;
    delete doc.event.sessions;
    return doc;
  };

  it('names the town once and the country in words: the Varna 2018 meeting in English and Bulgarian', () => {
    const en = icsForEvent(varna2018, { now: NOW });
    expect(location(en)).to.equal('Varna, Bulgaria');
    expect(prop(vevents(en)[0]!, 'LOCATION')).to.equal('Varna\\, Bulgaria');
    expectWellFormed(en);
    const bg = icsForEvent(varna2018, { now: NOW, lang: 'bg' });
    expect(location(bg)).to.equal('Варна, България');
    expectWellFormed(bg);
  });

  it('drops a locality equal to the venue name in any of its languages, case and spaces aside, and keeps the postal code', () => {
    const doc = withVenue({
      name: { en: 'Varna', bg: 'Варна' },
      address: { streetAddress: '1 Sea Garden', postalCode: '9000', addressLocality: ' варна ', addressCountry: 'BG' },
    });
    expect(location(icsForEvent(doc, { now: NOW }))).to.equal('Varna, 1 Sea Garden, 9000, Bulgaria');
    const other = withVenue({ name: 'Grand Hotel Varna', address: { addressLocality: 'Varna', addressCountry: 'BG' } });
    expect(location(icsForEvent(other, { now: NOW }))).to.equal('Grand Hotel Varna, Varna, Bulgaria');
  });

  it('writes the country in the calendar language, and the code when Intl has no name for it', () => {
    const doc = withVenue({ name: 'Palais', address: { addressLocality: 'Brussels', addressCountry: 'BE' } });
    expect(location(icsForEvent(doc, { now: NOW, lang: 'bg' }))).to.equal('Palais, Brussels, Белгия');
    expect(location(icsForEvent(doc, { now: NOW, lang: 'en' }))).to.equal('Palais, Brussels, Belgium');
    const unknown = withVenue({ name: 'Somewhere', address: { addressCountry: 'QQ' } });
    expect(location(icsForEvent(unknown, { now: NOW }))).to.equal('Somewhere, QQ');
    const badLang = icsForEvent(doc, { now: NOW, lang: 'not a language!' });
    expect(location(badLang)).to.match(/^Palais, Brussels, (Belgium|BE)$/);
    expectWellFormed(badLang);
  });
});

describe('iCalendar: registration and the venue position', () => {
  /** The test meeting with a fictional registration and position (made up for these tests). */
  function registered(): EventDocument {
    const doc = varna();
    doc.event.registration = { url: '/events/varna-2018/register', closes: '2018-07-04T18:00:00+03:00' };
    doc.event.venue = { name: 'Grand Hotel Varna', geo: { latitude: 43.2047, longitude: 27.9105 } };
    return doc;
  }

  it('ends the event entry’s description with the registration page, in the calendar’s language', () => {
    const [e] = vevents(icsForEvent(registered(), { now: NOW }));
    expect(unescapeText(prop(e!, 'DESCRIPTION')!)).to.match(/\n\nRegistration: https:\/\/example\.org\/events\/varna-2018\/register$/);
    const [bg] = vevents(icsForEvent(registered(), { now: NOW, lang: 'bg' }));
    expect(unescapeText(prop(bg!, 'DESCRIPTION')!)).to.match(/Регистрация: https:\/\/example\.org\/events\/varna-2018\/register$/);
  });

  it('uses the registration page as the entry’s URL when the event has no page, and not twice', () => {
    const doc = registered();
    delete doc.event.url;
    delete doc.baseUrl;
    doc.event.registration!.url = 'https://example.org/register';
    const [e] = vevents(icsForEvent(doc, { now: NOW }));
    expect(prop(e!, 'URL')).to.equal('https://example.org/register');
    expect(prop(e!, 'DESCRIPTION') ?? '').not.to.include('example.org/register');
  });

  it('writes no registration line for a registration URL that is not http(s)', () => {
    const doc = registered();
    doc.event.registration!.url = 'mailto:register@example.org';
    const [e] = vevents(icsForEvent(doc, { now: NOW }));
    expect(prop(e!, 'DESCRIPTION') ?? '').not.to.include('mailto');
  });

  it('writes GEO (latitude;longitude) on the event and its sessions, and none online', () => {
    const [e] = vevents(icsForEvent(registered(), { now: NOW }));
    expect(prop(e!, 'GEO')).to.equal('43.2047;27.9105');
    for (const session of vevents(toICalendar(registered(), { now: NOW }))) expect(prop(session, 'GEO')).to.equal('43.2047;27.9105');
    const online = registered();
    online.event.attendanceMode = 'online';
    expect(prop(vevents(icsForEvent(online, { now: NOW }))[0]!, 'GEO')).to.equal(undefined);
    const tiny = registered();
    tiny.event.venue!.geo = { latitude: -0.0000001, longitude: 1e-6 };
    expect(prop(vevents(icsForEvent(tiny, { now: NOW }))[0]!, 'GEO')).to.equal('0;0.000001');
  });
});

describe('iCalendar: Markdown prose as plain text', () => {
  /** The Varna meeting with Markdown prose: an abstract with emphasis, a link and a list; a description with raw HTML. */
  function markdownVarna(textFormat?: 'markdown' | 'plain'): EventDocument {
    const doc = varna();
    if (textFormat) doc.textFormat = textFormat;
    doc.event.sessions![0]!.abstract = 'Welcome by **the chair**, see [the agenda](/agenda) and [x](javascript:alert(1)):\n\n- coffee\n- *talks*';
    doc.event.description = 'Two days <b onclick="alert(1)">of talks</b>; `workshops`.';
    return doc;
  }

  it('writes the DESCRIPTION of a Markdown document as readable text, links made absolute, HTML as its text', () => {
    const ics = toICalendar(markdownVarna('markdown'), { sessionIds: ['s-open'], now: NOW });
    expectWellFormed(ics);
    expect(unescapeText(prop(vevents(ics)[0]!, 'DESCRIPTION')!)).to.equal(
      'Welcome by the chair, see the agenda (https://example.org/agenda) and x:\n\n- coffee\n- talks\n\n' +
        'Speakers: Ivan Petrov (Director, Varna Energy Cluster)\nModeration: Representative, Ministry of Economy',
    );
    const event = vevents(icsForEvent(markdownVarna('markdown'), { now: NOW }))[0]!;
    expect(unescapeText(prop(event, 'DESCRIPTION')!)).to.equal('Two days <b onclick="alert(1)">of talks</b>; workshops.');
  });

  it('leaves the text of a plain document as written, marks and all', () => {
    for (const format of [undefined, 'plain'] as const) {
      const [session] = vevents(toICalendar(markdownVarna(format), { sessionIds: ['s-open'], now: NOW }));
      expect(unescapeText(prop(session!, 'DESCRIPTION')!)).to.contain(
        'Welcome by **the chair**, see [the agenda](/agenda) and [x](javascript:alert(1)):\n\n- coffee\n- *talks*',
      );
    }
  });

  it('writes a deadline’s Markdown summary as text when told the call’s text format', () => {
    const call: FundingCall = {
      id: 'call-md',
      title: 'Markdown call',
      summary: 'Grants for **SMEs**: [rules](https://example.org/rules)',
      timeZone: 'Europe/Brussels',
      deadlines: [{ at: '2025-03-15T17:00:00+01:00' }],
    };
    const description = (textFormat?: 'markdown') =>
      unescapeText(
        prop(vevents(icsForDeadline(call, call.deadlines[0]!, { lang: 'en', now: NOW, ...(textFormat ? { textFormat } : {}) }))[0]!, 'DESCRIPTION')!,
      );
    expect(description('markdown')).to.equal('Grants for SMEs: rules (https://example.org/rules)');
    expect(description()).to.equal('Grants for **SMEs**: [rules](https://example.org/rules)');
  });
});
