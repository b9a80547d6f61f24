import { expect } from '@open-wc/testing';
import type { EventDocument } from '../../src/data/types.js';
import { webCalendarLinks } from '../../src/export/index.js';

// Runs with the browser in America/New_York and in Asia/Tokyo: the links must hold the same
// instants and days as in Sofia, because every time is read from the event's data, never the viewer's.
describe('web calendar links with the browser far from the event', () => {
  const doc: EventDocument = {
    lang: 'bg',
    baseUrl: 'https://example.org/events/sofia-night',
    event: {
      id: 'sofia-night',
      name: 'Нощна сесия',
      timeZone: 'Europe/Sofia',
      start: '2026-10-24',
      end: '2026-10-25',
      sessions: [
        // Late on Saturday in Sofia: already Saturday afternoon in New York, Sunday morning in Tokyo.
        { id: 'late', title: 'Преди смяната на часа', start: '2026-10-24T23:30:00+03:00', end: '2026-10-25T01:30:00+03:00' },
        // 03:30 comes twice that night; the end is the second 03:30 (EET), an hour after the start.
        { id: 'repeat', title: 'В повтарящия се час', start: '2026-10-25T03:30:00+03:00', end: '2026-10-25T03:30:00+02:00' },
      ],
    },
  };
  const params = (link: string) => Object.fromEntries(new URL(link).searchParams);

  it("is not run in the event's zone", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.to.equal('Europe/Sofia');
  });

  it("writes the sessions' instants in UTC and the event's zone as ctz, whatever the browser's zone", () => {
    const late = webCalendarLinks(doc, { sessionId: 'late' })!;
    expect(params(late.google)['dates']).to.equal('20261024T203000Z/20261024T223000Z');
    expect(params(late.google)['ctz']).to.equal('Europe/Sofia');
    expect([params(late.outlook)['startdt'], params(late.outlook)['enddt']]).to.deep.equal(['2026-10-24T20:30:00Z', '2026-10-24T22:30:00Z']);
    const repeat = webCalendarLinks(doc, { sessionId: 'repeat' })!;
    expect(params(repeat.google)['dates']).to.equal('20261025T003000Z/20261025T013000Z');
    expect([params(repeat.outlook)['startdt'], params(repeat.outlook)['enddt']]).to.deep.equal(['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']);
  });

  it("writes the event's days as they are in its own calendar, not shifted to the browser's day", () => {
    const links = webCalendarLinks(doc)!;
    expect(params(links.google)['dates']).to.equal('20261024/20261026');
    expect([params(links.outlook)['startdt'], params(links.outlook)['enddt'], params(links.outlook)['allday']]).to.deep.equal([
      '2026-10-24',
      '2026-10-26',
      'true',
    ]);
  });
});
