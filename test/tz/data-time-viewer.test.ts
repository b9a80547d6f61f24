import { expect } from '@open-wc/testing';
import { calendarDay, parseInstant, viewerTimeZone, wallClock, zoneOffsetMinutes, zonesDiffer } from '../../src/data/time.js';
import { formatDateRange, formatTime, formatTimeRange, groupByDay } from '../../src/data/time-format.js';

// These run with the browser emulating America/New_York and then Asia/Tokyo.
const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

function at(s: string): Date {
  const d = parseInstant(s);
  if (!d) throw new Error(`test data: ${s}`);
  return d;
}

describe(`time helpers with the browser in ${browserZone}`, () => {
  it('reports the emulated zone as the viewer zone', () => {
    expect(['America/New_York', 'Asia/Tokyo']).to.include(browserZone);
    expect(viewerTimeZone()).to.equal(browserZone);
  });

  it('formats event-zone times the same whatever the browser zone', () => {
    const start = at('2018-07-06T10:00:00+03:00');
    const end = at('2018-07-06T10:45:00+03:00');
    expect(formatTime(start, 'Europe/Sofia', 'en-GB')).to.equal('10:00');
    expect(formatTimeRange(start, end, 'Europe/Sofia', 'en-GB', { zone: true })).to.equal('10:00–10:45 EEST');
    expect(calendarDay(at('2018-07-06T01:30:00+03:00'), 'Europe/Sofia')).to.equal('2018-07-06');
    expect(wallClock(start, 'Europe/Sofia')).to.deep.equal({ year: 2018, month: 7, day: 6, hour: 10, minute: 0, second: 0 });
    expect(formatDateRange('2018-07-06', '2018-07-08', 'Europe/Sofia', 'en')).to.equal('July 6 – 8, 2018');
  });

  it('parses instants by their own offset, not by the browser zone', () => {
    expect(at('2026-03-29T02:30:00+02:00').toISOString()).to.equal('2026-03-29T00:30:00.000Z');
  });

  it('shows the viewer zone when asked for it', () => {
    const start = at('2018-07-06T10:00:00+03:00');
    const expected = browserZone === 'Asia/Tokyo' ? '16:00' : '03:00';
    expect(formatTime(start, viewerTimeZone(), 'en-GB')).to.equal(expected);
    expect(zonesDiffer(start, 'Europe/Sofia', viewerTimeZone())).to.equal(true);
    expect(zoneOffsetMinutes(start, viewerTimeZone())).to.equal(browserZone === 'Asia/Tokyo' ? 540 : -240);
  });

  it('groups a late Sofia session on the next day for a Tokyo viewer only', () => {
    const sessions = ['2018-07-06T10:00:00+03:00', '2018-07-06T18:30:00+03:00'];
    const days = groupByDay(sessions, parseInstant, viewerTimeZone()).map((g) => g.day);
    expect(days).to.deep.equal(browserZone === 'Asia/Tokyo' ? ['2018-07-06', '2018-07-07'] : ['2018-07-06']);
    expect(groupByDay(sessions, parseInstant, 'Europe/Sofia').map((g) => g.day)).to.deep.equal(['2018-07-06']);
  });
});
