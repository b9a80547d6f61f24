import { expect } from '@open-wc/testing';
import type { EventDocument } from '../../src/data/types.js';
import { toICalendar } from '../../src/export/index.js';

// Runs with the browser in America/New_York and in Asia/Tokyo: the calendar must be byte for byte
// the same as in Sofia, because every time is written from the event's zone, never the viewer's.
describe('iCalendar export with the browser far from the event', () => {
  it('writes the same calendar in any browser zone, across the October 2018 clock change in Sofia', () => {
    const doc: EventDocument = {
      lang: 'bg',
      baseUrl: 'https://example.org/events/sofia-night',
      event: {
        id: 'sofia-night',
        name: 'Нощна сесия',
        timeZone: 'Europe/Sofia',
        start: '2018-10-27T22:00:00+03:00',
        end: '2018-10-28T05:00:00+02:00',
        sessions: [
          { id: 'late', title: 'Преди смяната на часа', start: '2018-10-27T23:30:00+03:00', end: '2018-10-28T01:30:00+03:00' },
          // 03:30 comes twice that night; the end is the second 03:30 (EET), an hour after the start.
          { id: 'repeat', title: 'В повтарящия се час', start: '2018-10-28T03:30:00+03:00', end: '2018-10-28T03:30:00+02:00' },
        ],
      },
    };
    const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(viewerZone).not.to.equal('Europe/Sofia');
    const ics = toICalendar(doc, { now: new Date('2018-10-01T12:00:00Z') });
    expect(ics.split('\r\n')).to.deep.equal([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Cluster Events//Components//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Sofia',
      'BEGIN:STANDARD',
      'DTSTART:20171029T040000',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0200',
      'TZNAME:EET',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20180325T030000',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0300',
      'TZNAME:EEST',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20181028T040000',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0200',
      'TZNAME:EET',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:late@example.org',
      'DTSTAMP:20181001T120000Z',
      'DTSTART;TZID=Europe/Sofia:20181027T233000',
      'DTEND;TZID=Europe/Sofia:20181028T013000',
      'SUMMARY:Преди смяната на часа',
      'URL:https://example.org/events/sofia-night#late',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:repeat@example.org',
      'DTSTAMP:20181001T120000Z',
      'DTSTART;TZID=Europe/Sofia:20181028T033000',
      // The second 03:30 cannot be named by local time (it would mean the first): UTC keeps it exact.
      'DTEND:20181028T013000Z',
      'SUMMARY:В повтарящия се час',
      'URL:https://example.org/events/sofia-night#repeat',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });
});
