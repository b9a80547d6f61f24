import { expect } from '@open-wc/testing';
import { programmeCalendar, sessionCalendar } from '../src/data/agenda-calendar.js';
import { toICalendar } from '../src/export/ical-markdown.js';
import type { EventDocument } from '../src/data/types.js';

const writer = { toICalendar };

const document: EventDocument = {
  lang: 'en',
  event: {
    id: 'summit-2026',
    name: { en: 'Blue Summit', bg: 'Син форум' },
    timeZone: 'Europe/Sofia',
    start: '2026-06-16T09:00:00+03:00',
    sessions: [
      { id: 'reef', title: { en: 'Coral reefs', bg: 'Коралови рифове' }, start: '2026-06-16T10:00:00+03:00', end: '2026-06-16T10:45:00+03:00' },
      { id: 'ports', title: 'Green ports', start: '2026-06-16T11:00:00+03:00', end: '2026-06-16T12:00:00+03:00' },
      { id: 'untitled', title: '', start: '2026-06-16T13:00:00+03:00' },
    ],
  },
};

const summaries = (ics: string): string[] => [...ics.matchAll(/^SUMMARY:(.*)$/gm)].map((m) => m[1]!.trim());

describe('programmeCalendar', () => {
  it('holds the sessions shown, is named after the event in the language asked and saved under the event id', () => {
    const file = programmeCalendar(document, ['ports', 'reef'], 'bg', undefined)(writer);
    expect(file.filename).to.equal('summit-2026');
    expect(file.ics).to.contain('X-WR-CALNAME:Син форум');
    expect(summaries(file.ics).sort()).to.deep.equal(['Green ports', 'Коралови рифове']);
  });

  it('stamps the file with a pinned clock, and with the real clock when `now` is missing or invalid', () => {
    const pinned = programmeCalendar(document, ['reef'], 'en', '2026-06-16T12:00:00+03:00')(writer);
    expect(pinned.ics).to.match(/^DTSTAMP:20260616T090000Z\r?$/m);
    const before = Date.now();
    for (const now of [undefined, 'tomorrow']) {
      const stamp = /^DTSTAMP:(\d{8}T\d{6}Z)\r?$/m.exec(programmeCalendar(document, ['reef'], 'en', now)(writer).ics)?.[1] ?? '';
      const iso = stamp.replace(/^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/, '$1-$2-$3T$4:$5:$6Z');
      expect(Date.parse(iso)).to.be.within(Math.floor(before / 1000) * 1000, Date.now());
    }
  });
});

describe('sessionCalendar', () => {
  it('holds one session, saved under its title in the language asked, or its id when it has no title', () => {
    const file = sessionCalendar(document, 'reef', 'bg', '2026-06-16T12:00:00+03:00')!(writer);
    expect(file.filename).to.equal('Коралови рифове');
    expect(summaries(file.ics)).to.deep.equal(['Коралови рифове']);
    expect(file.ics).not.to.contain('X-WR-CALNAME');
    expect(sessionCalendar(document, 'untitled', 'en', undefined)!(writer).filename).to.equal('untitled');
  });

  it('is null for a session the document does not have (so no writer is loaded for it)', () => {
    expect(sessionCalendar(document, 'ghost', 'en', undefined)).to.equal(null);
    expect(sessionCalendar({ ...document, event: { ...document.event, sessions: undefined } }, 'reef', 'en', undefined)).to.equal(null);
  });
});
