import { expect } from '@open-wc/testing';
import type { EventDocument, FundingCall } from '../src/data/types.js';
import { WEB_CALENDAR_URL_LIMIT, deadlineWebCalendarLinks, webCalendarLinks, type WebCalendarLinks } from '../src/export/index.js';
import { parseEventDocument } from '../src/data/parse.js';
import { varna2018 } from '../stories/data/index.js';

/** The query of a link as a map (decoded). */
function params(link: string): Record<string, string> {
  return Object.fromEntries(new URL(link).searchParams);
}

/** Google's `dates` as two instants (timed: `YYYYMMDDTHHMMSSZ`) or two day strings (all-day: `YYYYMMDD`). */
function googleDates(link: string): [string, string] {
  const [a, b] = params(link)['dates']!.split('/');
  const read = (s: string) =>
    /^\d{8}T\d{6}Z$/.test(s)
      ? new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`).toISOString()
      : s;
  return [read(a!), read(b!)];
}

/** Outlook's `startdt` and `enddt` as instants (timed) or as the dates themselves (all-day). */
function outlookDates(link: string): [string, string] {
  const p = params(link);
  const read = (s: string) => (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(s) ? new Date(s).toISOString() : s);
  return [read(p['startdt']!), read(p['enddt']!)];
}

const iso = (s: string) => new Date(s).toISOString();

function summit(): EventDocument {
  return {
    lang: 'en',
    baseUrl: 'https://example.org/summit/',
    event: {
      id: 'summit',
      name: { en: 'Blue Economy Summit', bg: 'Среща за синята икономика' },
      description: 'Two days on ports and shipping.',
      timeZone: 'Europe/Sofia',
      start: '2026-06-16',
      end: '2026-06-17',
      url: 'https://example.org/summit/',
      venue: { name: 'Festival and Congress Centre', address: { streetAddress: '2 Slivnitsa Blvd', addressLocality: 'Varna', addressCountry: 'BG' } },
      rooms: [{ id: 'hall-1', name: { en: 'Hall 1', bg: 'Зала 1' } }],
      sessions: [
        {
          id: 'shore-power',
          title: { en: 'Shore power in practice', bg: 'Брегово захранване на практика' },
          abstract: { en: 'What ports learnt.', bg: 'Какво научиха пристанищата.' },
          start: '2026-06-16T10:45:00+03:00',
          end: '2026-06-16T11:30:00+03:00',
          roomId: 'hall-1',
          participants: [{ personId: 'ana', role: 'speaker' }],
        },
        { id: 'untimed', title: 'Coffee' },
        { id: 'cancelled', title: 'Panel', start: '2026-06-16T15:00:00+03:00', end: '2026-06-16T16:00:00+03:00', status: 'cancelled' },
      ],
    },
    people: [{ id: 'ana', name: 'Ana Petrova', jobTitle: 'Harbour master', affiliation: 'Port of Varna' }],
  };
}

describe('web calendar links', () => {
  it('links a timed session with its exact instants in UTC, the event zone as ctz, and the full text', () => {
    const links = webCalendarLinks(summit(), { sessionId: 'shore-power' })!;
    const g = params(links.google);
    expect(links.google.startsWith('https://calendar.google.com/calendar/render?')).to.equal(true);
    expect(g['action']).to.equal('TEMPLATE');
    expect(g['text']).to.equal('Shore power in practice');
    expect(googleDates(links.google)).to.deep.equal([iso('2026-06-16T10:45:00+03:00'), iso('2026-06-16T11:30:00+03:00')]);
    expect(g['dates']).to.equal('20260616T074500Z/20260616T083000Z');
    expect(g['ctz']).to.equal('Europe/Sofia');
    expect(g['location']).to.equal('Hall 1, Festival and Congress Centre, 2 Slivnitsa Blvd, Varna, Bulgaria');
    expect(g['details']).to.equal('What ports learnt.\n\nSpeakers: Ana Petrova (Harbour master, Port of Varna)\n\nhttps://example.org/summit/#shore-power');

    const o = params(links.outlook);
    expect(links.outlook.startsWith('https://outlook.live.com/calendar/0/action/compose?')).to.equal(true);
    expect(o['subject']).to.equal('Shore power in practice');
    expect(outlookDates(links.outlook)).to.deep.equal([iso('2026-06-16T10:45:00+03:00'), iso('2026-06-16T11:30:00+03:00')]);
    expect([o['startdt'], o['enddt'], o['allday']]).to.deep.equal(['2026-06-16T07:45:00Z', '2026-06-16T08:30:00Z', 'false']);
    expect(o['location']).to.equal(g['location']);
    expect(o['body']).to.equal(g['details']);
  });

  it('writes the details of a Markdown document as readable text, and a plain document’s as written', () => {
    const doc = summit();
    doc.event.sessions![0]!.abstract = 'What **ports** learnt: [report](/report) <b>x</b>';
    const details = (format?: 'markdown') => {
      const links = webCalendarLinks(format ? { ...doc, textFormat: format } : doc, { sessionId: 'shore-power' })!;
      expect(params(links.outlook)['body']).to.equal(params(links.google)['details']);
      return params(links.google)['details']!.split('\n\n')[0];
    };
    // The zero-width space after "<" is the links' own defusing of markup, as for any text.
    expect(details('markdown')).to.equal('What ports learnt: report (https://example.org/report) <\u200Bb>x<\u200B/b>');
    expect(details()).to.equal('What **ports** learnt: [report](/report) <\u200Bb>x<\u200B/b>');
  });

  it('encodes every value so that no character of the text can start a parameter of its own', () => {
    const doc = summit();
    doc.event.sessions![0]!.title = 'Ports & ships = 100% #1 + more?';
    const links = webCalendarLinks(doc, { sessionId: 'shore-power' })!;
    expect(params(links.google)['text']).to.equal('Ports & ships = 100% #1 + more?');
    expect(params(links.outlook)['subject']).to.equal('Ports & ships = 100% #1 + more?');
    expect(links.google).not.to.contain(' ');
    expect(links.google).to.contain('text=Ports%20%26%20ships%20%3D%20100%25%20%231%20%2B%20more%3F');
  });

  it('links an all-day event with dates only and an exclusive end, in no zone', () => {
    const links = webCalendarLinks(summit())!;
    const g = params(links.google);
    expect(g['text']).to.equal('Blue Economy Summit');
    expect(g['dates']).to.equal('20260616/20260618');
    expect(g['ctz']).to.equal(undefined);
    expect(g['details']).to.equal('Two days on ports and shipping.\n\nhttps://example.org/summit/');
    const o = params(links.outlook);
    expect([o['startdt'], o['enddt'], o['allday']]).to.deep.equal(['2026-06-16', '2026-06-18', 'true']);
  });

  it('links the Varna 2018 meeting (one calendar day) from the demo document', () => {
    const doc = parseEventDocument(varna2018).document!;
    const links = webCalendarLinks(doc)!;
    expect(googleDates(links.google)).to.deep.equal(['20180706', '20180707']);
    expect(outlookDates(links.outlook)).to.deep.equal(['2018-07-06', '2018-07-07']);
    expect(params(links.google)['text']).to.equal('Innovative Growth through Cluster Cooperation');
    expect(params(links.google)['location']).to.contain('Varna');
  });

  it('keeps the exact instants across the spring clock change in Sofia (29 March 2026)', () => {
    const doc = summit();
    // 02:30 EET to 04:30 EEST: one hour, since 03:00 does not exist that night.
    doc.event.sessions = [{ id: 'spring', title: 'Night shift', start: '2026-03-29T02:30:00+02:00', end: '2026-03-29T04:30:00+03:00' }];
    const links = webCalendarLinks(doc, { sessionId: 'spring' })!;
    expect(googleDates(links.google)).to.deep.equal([iso('2026-03-29T00:30:00Z'), iso('2026-03-29T01:30:00Z')]);
    expect(outlookDates(links.outlook)).to.deep.equal([iso('2026-03-29T00:30:00Z'), iso('2026-03-29T01:30:00Z')]);
    expect(params(links.google)['ctz']).to.equal('Europe/Sofia');
  });

  it('keeps the exact instants across the autumn clock change in Sofia (25 October 2026), in the repeated hour', () => {
    const doc = summit();
    // 03:30 comes twice that night: from the first (EEST) to the second (EET), one hour.
    doc.event.sessions = [{ id: 'autumn', title: 'Repeated hour', start: '2026-10-25T03:30:00+03:00', end: '2026-10-25T03:30:00+02:00' }];
    const links = webCalendarLinks(doc, { sessionId: 'autumn' })!;
    expect(googleDates(links.google)).to.deep.equal([iso('2026-10-25T00:30:00Z'), iso('2026-10-25T01:30:00Z')]);
    expect(outlookDates(links.outlook)).to.deep.equal([iso('2026-10-25T00:30:00Z'), iso('2026-10-25T01:30:00Z')]);
  });

  it('writes a session without an end as a moment, and drops fractions of a second', () => {
    const doc = summit();
    doc.event.sessions = [{ id: 'moment', title: 'Bell', start: '2026-06-16T09:00:00.750+03:00' }];
    const links = webCalendarLinks(doc, { sessionId: 'moment' })!;
    expect(params(links.google)['dates']).to.equal('20260616T060000Z/20260616T060000Z');
    expect([params(links.outlook)['startdt'], params(links.outlook)['enddt']]).to.deep.equal(['2026-06-16T06:00:00Z', '2026-06-16T06:00:00Z']);
  });

  it('gives no links for a session without a start, an unknown session, or an event whose start cannot be read', () => {
    expect(webCalendarLinks(summit(), { sessionId: 'untimed' })).to.equal(null);
    expect(webCalendarLinks(summit(), { sessionId: 'nope' })).to.equal(null);
    const doc = summit();
    doc.event.start = 'soon';
    expect(webCalendarLinks(doc)).to.equal(null);
  });

  it('writes the text in the language asked for (Bulgarian), the country named in it too', () => {
    const links = webCalendarLinks(summit(), { sessionId: 'shore-power', lang: 'bg' })!;
    const g = params(links.google);
    expect(g['text']).to.equal('Брегово захранване на практика');
    expect(g['location']).to.equal('Зала 1, Festival and Congress Centre, 2 Slivnitsa Blvd, Varna, България');
    expect(g['details']).to.contain('Лектори: Ana Petrova');
    expect(params(links.outlook)['subject']).to.equal('Брегово захранване на практика');
  });

  it('says in the title that a session is cancelled (the web calendars have no status field)', () => {
    expect(params(webCalendarLinks(summit(), { sessionId: 'cancelled' })!.google)['text']).to.equal('Cancelled: Panel');
    expect(params(webCalendarLinks(summit(), { sessionId: 'cancelled', lang: 'bg' })!.outlook)['subject']).to.equal('Отменено: Panel');
  });

  it('builds no link from a non-http(s) URL of the data, and defuses markup in the text', () => {
    const doc = summit();
    doc.baseUrl = 'javascript:alert(1)//';
    doc.event.url = 'data:text/html,<script>alert(1)</script>';
    const session = doc.event.sessions![0]!;
    session.url = 'javascript:alert(2)';
    session.abstract = 'See <a href="javascript:alert(3)">this</a> and <img src=x onerror=alert(4)>; 1 < 2.';
    const all = [webCalendarLinks(doc, { sessionId: 'shore-power' })!, webCalendarLinks(doc)!];
    for (const links of all) {
      for (const link of Object.values(links) as string[]) {
        const url = new URL(link);
        expect(url.protocol).to.equal('https:');
        expect(['calendar.google.com', 'outlook.live.com']).to.include(url.host);
        const text = Object.values(params(link)).join('\n');
        expect(text).not.to.match(/javascript:alert\((1|2)\)|data:text/);
        expect(text).not.to.match(/<[a-z/!?]/i);
      }
    }
    const details = params(all[0]!.google)['details']!;
    expect(details.startsWith('See <\u200Ba href="javascript:alert(3)">this<\u200B/a> and <\u200Bimg src=x onerror=alert(4)>; 1 < 2.')).to.equal(true);
  });

  it('never throws on lone surrogates or control characters', () => {
    const doc = summit();
    doc.event.sessions![0]!.title = 'A\uD800B\u0007C\r\nD';
    const links = webCalendarLinks(doc, { sessionId: 'shore-power' })!;
    expect(params(links.google)['text']).to.equal('A\uFFFDBC\nD');
  });

  it('shortens a very long description to fit the link limit, keeping the page', () => {
    const doc = summit();
    doc.event.sessions![0]!.abstract = 'Дълъг текст. '.repeat(2000);
    const links = webCalendarLinks(doc, { sessionId: 'shore-power' })!;
    for (const link of Object.values(links) as string[]) {
      expect(link.length).to.be.at.most(WEB_CALENDAR_URL_LIMIT);
      expect(link.length).to.be.greaterThan(WEB_CALENDAR_URL_LIMIT - 20);
    }
    const details = params(links.google)['details']!;
    expect(details.startsWith('Дълъг текст. Дълъг')).to.equal(true);
    expect(details.endsWith('…\n\nhttps://example.org/summit/#shore-power')).to.equal(true);
  });

  describe('funding-call deadlines', () => {
    const call: FundingCall = {
      id: 'cluster-excellence',
      title: 'Cluster Excellence Call',
      identifier: 'SMP-COSME-2026-CLUSTER',
      summary: 'Grants for cluster partnerships.',
      timeZone: 'Europe/Brussels',
      applyUrl: 'javascript:alert(1)',
      infoUrl: 'https://example.org/calls/cluster-excellence',
      deadlines: [
        { label: 'Stage 1', at: '2026-03-29T17:00:00+02:00' },
        { label: 'Stage 2', at: 'sometime' },
      ],
    };

    it("links a deadline as a moment at its instant, with the call's words and page", () => {
      const links = deadlineWebCalendarLinks(call, call.deadlines[0]!, { lang: 'en', url: 'https://example.org/calls/cluster-excellence' })!;
      const g = params(links.google);
      expect(g['text']).to.equal('Deadline: Cluster Excellence Call – Stage 1');
      expect(googleDates(links.google)).to.deep.equal([iso('2026-03-29T15:00:00Z'), iso('2026-03-29T15:00:00Z')]);
      expect(g['ctz']).to.equal('Europe/Brussels');
      expect(g['details']).to.equal('SMP-COSME-2026-CLUSTER\n\nGrants for cluster partnerships.\n\nhttps://example.org/calls/cluster-excellence');
      expect(outlookDates(links.outlook)).to.deep.equal([iso('2026-03-29T15:00:00Z'), iso('2026-03-29T15:00:00Z')]);
      expect(params(links.outlook)['allday']).to.equal('false');
      const bg = deadlineWebCalendarLinks(call, call.deadlines[0]!, { lang: 'bg' })!;
      expect(params(bg.outlook)['subject']).to.equal('Краен срок: Cluster Excellence Call – Stage 1');
    });

    it('gives no links for a deadline whose time cannot be read, and none from a javascript: apply URL', () => {
      expect(deadlineWebCalendarLinks(call, call.deadlines[1]!, { lang: 'en' })).to.equal(null);
      const links: WebCalendarLinks = deadlineWebCalendarLinks({ ...call, infoUrl: undefined }, call.deadlines[0]!, { lang: 'en' })!;
      expect(params(links.google)['details']).not.to.contain('javascript');
    });
  });
});
