import { expect } from '@open-wc/testing';
import {
  TIME_DISPLAYS,
  calendarDay,
  formatDate,
  instantFromWallClock,
  isCalendarDate,
  isValidTimeZone,
  parseCalendarDate,
  parseInstant,
  wallClock,
  zoneOffsetMinutes,
  zonesDiffer,
} from '../src/data/time.js';
import { formatDateRange, formatDayHeading, formatDuration, formatTime, formatTimeRange, groupByDay, zoneName } from '../src/data/time-format.js';
import { relativeTimeLeft, timeLeft } from '../src/data/time-left.js';

/** A Date from an RFC 3339 string the test knows to be valid. */
function at(s: string): Date {
  const d = parseInstant(s);
  if (!d) throw new Error(`test data: ${s}`);
  return d;
}

const SOFIA = 'Europe/Sofia';

describe('parseInstant', () => {
  it('reads RFC 3339 date-times with an offset or Z', () => {
    expect(parseInstant('2018-07-06T10:00:00+03:00')?.toISOString()).to.equal('2018-07-06T07:00:00.000Z');
    expect(parseInstant('2018-07-06T10:00:00Z')?.toISOString()).to.equal('2018-07-06T10:00:00.000Z');
    expect(parseInstant('2018-07-06t10:00:00z')?.toISOString()).to.equal('2018-07-06T10:00:00.000Z');
    expect(parseInstant('2018-07-06 10:00:00-04:30')?.toISOString()).to.equal('2018-07-06T14:30:00.000Z');
    expect(parseInstant('2018-07-06T10:00:05.25+00:00')?.toISOString()).to.equal('2018-07-06T10:00:05.250Z');
    expect(parseInstant('2018-07-06T10:00+03:00')?.toISOString()).to.equal('2018-07-06T07:00:00.000Z');
    expect(parseInstant('0099-01-01T00:00:00Z')?.getUTCFullYear()).to.equal(99);
  });
  it('refuses times without an offset, dates alone, impossible values and garbage', () => {
    for (const s of [
      '2018-07-06T10:00',
      '2018-07-06T10:00:00',
      '2018-07-06',
      'tomorrow',
      '',
      '2018-02-30T10:00:00Z',
      '2023-02-29T10:00:00Z',
      '2018-07-06T24:00:00Z',
      '2018-07-06T10:60:00Z',
      '2018-07-06T10:00:61Z',
      '2018-07-06T10:00:00+24:00',
      '2018-07-06T10:00:00+03:60',
      '2018-13-06T10:00:00Z',
      '18-07-06T10:00:00Z',
      'x'.repeat(100),
    ]) {
      expect(parseInstant(s), s).to.equal(null);
    }
    expect(parseInstant(42 as unknown as string)).to.equal(null);
  });
  it('accepts leap days only in leap years', () => {
    expect(parseInstant('2024-02-29T12:00:00Z')).to.be.instanceOf(Date);
    expect(parseInstant('2000-02-29T12:00:00Z')).to.be.instanceOf(Date);
    expect(parseInstant('1900-02-29T12:00:00Z')).to.equal(null);
  });
});

describe('calendar dates', () => {
  it('knows real dates, including leap days', () => {
    expect(isCalendarDate('2024-02-29')).to.equal(true);
    expect(isCalendarDate('2020-02-29')).to.equal(true);
    expect(isCalendarDate('2023-02-29')).to.equal(false);
    expect(isCalendarDate('2019-02-29')).to.equal(false);
    expect(isCalendarDate('2018-04-31')).to.equal(false);
    expect(isCalendarDate('2018-12-31')).to.equal(true);
    expect(isCalendarDate('2018-7-6')).to.equal(false);
    expect(isCalendarDate('2018-07-06T10:00:00Z')).to.equal(false);
    expect(isCalendarDate(20180706)).to.equal(false);
  });
  it('turns a calendar date into midnight UTC', () => {
    expect(parseCalendarDate('2024-02-29')?.toISOString()).to.equal('2024-02-29T00:00:00.000Z');
    expect(parseCalendarDate('2023-02-29')).to.equal(null);
  });
});

describe('zones and offsets', () => {
  it('validates IANA zones through Intl', () => {
    expect(isValidTimeZone('Europe/Sofia')).to.equal(true);
    expect(isValidTimeZone('America/Los_Angeles')).to.equal(true);
    expect(isValidTimeZone('UTC')).to.equal(true);
    expect(isValidTimeZone('Europe/Sofia')).to.equal(true); // cached answer
    expect(isValidTimeZone('Europe/Atlantis')).to.equal(false);
    expect(isValidTimeZone('Europe/Atlantis')).to.equal(false);
    expect(isValidTimeZone('+03:00')).to.equal(false);
    expect(isValidTimeZone('')).to.equal(false);
    expect(isValidTimeZone(null)).to.equal(false);
  });

  it('gives the offset at the instant: Sofia is +3 in July and +2 in January', () => {
    expect(zoneOffsetMinutes(at('2018-07-06T10:00:00+03:00'), SOFIA)).to.equal(180);
    expect(zoneOffsetMinutes(at('2018-01-06T10:00:00+02:00'), SOFIA)).to.equal(120);
    expect(zoneOffsetMinutes(at('2018-07-06T10:00:00Z'), 'America/New_York')).to.equal(-240);
    expect(zoneOffsetMinutes(at('2018-07-06T10:00:00Z'), 'Asia/Kolkata')).to.equal(330);
    expect(zoneOffsetMinutes(new Date(NaN), SOFIA)).to.equal(0);
  });

  it('follows the Sofia spring change (2026-03-29 03:00 EET -> 04:00 EEST)', () => {
    // 02:30+02:00 is a real instant, half an hour before the change.
    const before = at('2026-03-29T02:30:00+02:00');
    expect(zoneOffsetMinutes(before, SOFIA)).to.equal(120);
    expect(formatTime(before, SOFIA, 'en-GB')).to.equal('02:30');
    expect(zoneName(before, SOFIA, 'en-GB')).to.equal('EET');
    // One hour later on the wall clock is 04:30: 03:30 never happens that night.
    const hourLater = new Date(before.getTime() + 3_600_000);
    expect(formatTime(hourLater, SOFIA, 'en-GB')).to.equal('04:30');
    expect(zoneName(hourLater, SOFIA, 'en-GB')).to.equal('EEST');
    expect(zoneOffsetMinutes(at('2026-03-29T00:59:59Z'), SOFIA)).to.equal(120);
    expect(zoneOffsetMinutes(at('2026-03-29T01:00:00Z'), SOFIA)).to.equal(180);
    // A session from 02:30 to 04:30 local lasts one hour.
    expect(formatTimeRange(before, hourLater, SOFIA, 'en-GB', { zone: true })).to.equal('02:30 EET – 04:30 EEST');
  });

  it('follows the Sofia autumn change and its repeated hour (2026-10-25 04:00 -> 03:00)', () => {
    const first = at('2026-10-25T03:30:00+03:00');
    const second = at('2026-10-25T03:30:00+02:00');
    expect(second.getTime() - first.getTime()).to.equal(3_600_000);
    expect(formatTime(first, SOFIA, 'en-GB')).to.equal('03:30');
    expect(formatTime(second, SOFIA, 'en-GB')).to.equal('03:30');
    expect(zoneName(first, SOFIA, 'en-GB')).to.equal('EEST');
    expect(zoneName(second, SOFIA, 'en-GB')).to.equal('EET');
    expect(zoneOffsetMinutes(first, SOFIA)).to.equal(180);
    expect(zoneOffsetMinutes(second, SOFIA)).to.equal(120);
    expect(calendarDay(first, SOFIA)).to.equal('2026-10-25');
    expect(wallClock(second, SOFIA)).to.deep.equal({ year: 2026, month: 10, day: 25, hour: 3, minute: 30, second: 0 });
  });

  it('turns a wall clock back into an instant, across both changes', () => {
    const w = (hour: number, minute: number, month: number, day: number) => ({ year: 2026, month, day, hour, minute });
    expect(instantFromWallClock(w(10, 0, 7, 6), SOFIA).toISOString()).to.equal('2026-07-06T07:00:00.000Z');
    expect(instantFromWallClock(w(2, 30, 3, 29), SOFIA).toISOString()).to.equal('2026-03-29T00:30:00.000Z');
    // 03:30 does not exist on 2026-03-29 in Sofia: it is moved forward to 04:30 EEST.
    expect(instantFromWallClock(w(3, 30, 3, 29), SOFIA).toISOString()).to.equal('2026-03-29T01:30:00.000Z');
    // 03:30 happens twice on 2026-10-25: the first (EEST) pass is chosen.
    expect(instantFromWallClock(w(3, 30, 10, 25), SOFIA).toISOString()).to.equal('2026-10-25T00:30:00.000Z');
    expect(instantFromWallClock({ ...w(9, 0, 1, 15), second: 30 }, 'America/New_York').toISOString()).to.equal('2026-01-15T14:00:30.000Z');
  });

  it('tells when two zones show different clocks', () => {
    // Sofia is always one hour ahead of Brussels, including on both EU change days (both change at 01:00 UTC).
    for (const s of [
      '2026-01-15T12:00:00Z',
      '2026-03-29T00:59:00Z',
      '2026-03-29T01:00:00Z',
      '2026-03-29T01:30:00Z',
      '2026-07-01T12:00:00Z',
      '2026-10-25T00:59:00Z',
      '2026-10-25T01:30:00Z',
    ]) {
      expect(zonesDiffer(at(s), SOFIA, 'Europe/Brussels'), s).to.equal(true);
      expect(zoneOffsetMinutes(at(s), SOFIA) - zoneOffsetMinutes(at(s), 'Europe/Brussels'), s).to.equal(60);
      expect(zonesDiffer(at(s), SOFIA, 'Europe/Bucharest'), s).to.equal(false);
    }
    expect(zonesDiffer(at('2026-07-01T12:00:00Z'), 'UTC', 'Etc/UTC')).to.equal(false);
  });

  it('sees London and New York four hours apart while only the US is on summer time', () => {
    const gap = (s: string) => zoneOffsetMinutes(at(s), 'Europe/London') - zoneOffsetMinutes(at(s), 'America/New_York');
    expect(gap('2026-03-01T12:00:00Z')).to.equal(300);
    expect(gap('2026-03-08T06:59:00Z')).to.equal(300); // US change: 2026-03-08 02:00 EST = 07:00 UTC
    expect(gap('2026-03-08T07:00:00Z')).to.equal(240);
    expect(gap('2026-03-20T12:00:00Z')).to.equal(240);
    expect(gap('2026-03-29T01:00:00Z')).to.equal(300); // EU change
    expect(gap('2026-10-28T12:00:00Z')).to.equal(240); // EU back on winter time, US not yet
    expect(gap('2026-11-02T12:00:00Z')).to.equal(300);
    expect(zonesDiffer(at('2026-03-20T12:00:00Z'), 'Europe/London', 'America/New_York')).to.equal(true);
  });
});

describe('calendarDay and groupByDay', () => {
  // 01:30 in Sofia is still the previous evening in Los Angeles; 18:00 in Sofia is already midnight in Tokyo.
  const early = { id: 'early', start: '2018-07-06T01:30:00+03:00' };
  const morning = { id: 'morning', start: '2018-07-06T10:00:00+03:00' };
  const evening = { id: 'evening', start: '2018-07-06T18:00:00+03:00' };
  const untimedA = { id: 'untimed-a', start: '' };
  const untimedB = { id: 'untimed-b', start: '' };
  const items = [untimedA, evening, morning, untimedB, early];
  const start = (i: { start: string }) => parseInstant(i.start);
  const shape = (groups: { day: string; items: { id: string }[] }[]) => groups.map((g) => [g.day, g.items.map((i) => i.id)]);

  it('gives the calendar day of an instant in a zone', () => {
    expect(calendarDay(at(early.start), SOFIA)).to.equal('2018-07-06');
    expect(calendarDay(at(early.start), 'America/Los_Angeles')).to.equal('2018-07-05');
    expect(calendarDay(at(evening.start), 'Asia/Tokyo')).to.equal('2018-07-07');
    expect(calendarDay(new Date(NaN), SOFIA)).to.equal('');
  });

  it('groups by day in Sofia, untimed items last in their given order', () => {
    expect(shape(groupByDay(items, start, SOFIA))).to.deep.equal([
      ['2018-07-06', ['early', 'morning', 'evening']],
      ['', ['untimed-a', 'untimed-b']],
    ]);
  });

  it('moves the early session to the previous day in Los Angeles', () => {
    expect(shape(groupByDay(items, start, 'America/Los_Angeles'))).to.deep.equal([
      ['2018-07-05', ['early']],
      ['2018-07-06', ['morning', 'evening']],
      ['', ['untimed-a', 'untimed-b']],
    ]);
  });

  it('moves the evening session to the next day in Tokyo', () => {
    expect(shape(groupByDay(items, start, 'Asia/Tokyo'))).to.deep.equal([
      ['2018-07-06', ['early', 'morning']],
      ['2018-07-07', ['evening']],
      ['', ['untimed-a', 'untimed-b']],
    ]);
  });

  it('keeps the given order of items with equal starts, and returns nothing for nothing', () => {
    const a = { id: 'a', start: morning.start };
    const b = { id: 'b', start: morning.start };
    expect(shape(groupByDay([b, a], start, SOFIA))).to.deep.equal([['2018-07-06', ['b', 'a']]]);
    expect(groupByDay([], start, SOFIA)).to.deep.equal([]);
  });
});

describe('formatting', () => {
  const ten = at('2018-07-06T10:00:00+03:00');
  const tenFortyFive = at('2018-07-06T10:45:00+03:00');

  it('formats dates per locale and style', () => {
    expect(formatDate(ten, SOFIA, 'en')).to.equal('July 6, 2018');
    expect(formatDate(ten, SOFIA, 'en-GB')).to.equal('6 July 2018');
    expect(formatDate(ten, SOFIA, 'bg')).to.equal('6 юли 2018 г.');
    expect(formatDate(ten, SOFIA, 'en', 'full')).to.equal('Friday, July 6, 2018');
    expect(formatDate(ten, SOFIA, 'en', 'medium')).to.equal('Jul 6, 2018');
    // 01:30 in Sofia is the 5th in Los Angeles.
    expect(formatDate(at('2018-07-06T01:30:00+03:00'), 'America/Los_Angeles', 'en-GB')).to.equal('5 July 2018');
    expect(formatDate(new Date(NaN), SOFIA, 'en')).to.equal('');
  });

  it('formats times in the zone and the locale hour cycle', () => {
    expect(formatTime(ten, SOFIA, 'en')).to.equal('10:00 AM');
    expect(formatTime(ten, SOFIA, 'en-GB')).to.equal('10:00');
    expect(formatTime(ten, 'Europe/Brussels', 'en-GB')).to.equal('09:00');
    expect(formatTime(ten, 'Asia/Tokyo', 'en-GB')).to.equal('16:00');
    expect(formatTime(new Date(NaN), SOFIA, 'en')).to.equal('');
  });

  it('names the zone the way the locale does', () => {
    expect(zoneName(ten, SOFIA, 'en')).to.equal('GMT+3');
    expect(zoneName(ten, SOFIA, 'en-GB')).to.equal('EEST');
    expect(zoneName(ten, 'America/New_York', 'en')).to.equal('EDT');
    expect(zoneName(new Date(NaN), SOFIA, 'en')).to.equal('');
  });

  it('formats time ranges, with the zone on request', () => {
    expect(formatTimeRange(ten, tenFortyFive, SOFIA, 'en', { zone: true })).to.equal('10:00 – 10:45 AM GMT+3');
    expect(formatTimeRange(ten, tenFortyFive, SOFIA, 'en-GB', { zone: true })).to.equal('10:00–10:45 EEST');
    expect(formatTimeRange(ten, tenFortyFive, SOFIA, 'en-GB')).to.equal('10:00–10:45');
    expect(formatTimeRange(ten, tenFortyFive, SOFIA, 'bg')).to.match(/^10:00 ч\. – 10:45 ч\.$/);
  });

  it('shows the dates of a range that crosses midnight in the displayed zone', () => {
    const late = at('2018-07-06T22:30:00+03:00');
    const after = at('2018-07-07T01:15:00+03:00');
    expect(formatTimeRange(late, after, SOFIA, 'en-GB')).to.equal('6 Jul, 22:30 – 7 Jul, 01:15');
    // The same session does not cross midnight in Brussels (21:30 - 00:15 is on the 6th and 7th)...
    expect(formatTimeRange(late, after, 'Europe/Brussels', 'en-GB')).to.include('7 Jul');
    // ...but it stays on one day in New York (15:30 - 18:15), so no date is added there.
    expect(formatTimeRange(late, after, 'America/New_York', 'en-GB')).to.equal('15:30–18:15');
  });

  it('falls back to the start alone for an end before the start or an invalid date', () => {
    expect(formatTimeRange(tenFortyFive, ten, SOFIA, 'en-GB')).to.equal('10:45');
    expect(formatTimeRange(ten, new Date(NaN), SOFIA, 'en-GB', { zone: true })).to.equal('10:00 EEST');
    expect(formatTimeRange(new Date(NaN), ten, SOFIA, 'en-GB')).to.equal('');
  });

  it('formats date ranges from calendar dates or instants', () => {
    expect(formatDateRange('2018-07-06', '2018-07-08', SOFIA, 'en')).to.equal('July 6 – 8, 2018');
    expect(formatDateRange('2018-07-06', '2018-07-08', SOFIA, 'en-GB')).to.match(/^6\s?–\s?8 July 2018$/);
    expect(formatDateRange('2018-06-29', '2018-07-02', SOFIA, 'en')).to.equal('June 29 – July 2, 2018');
    // Calendar dates are days, not instants: no zone may shift them.
    expect(formatDateRange('2018-07-06', '2018-07-08', 'Pacific/Kiritimati', 'en')).to.equal('July 6 – 8, 2018');
    expect(formatDateRange('2018-07-06', '2018-07-08', 'Pacific/Pago_Pago', 'en')).to.equal('July 6 – 8, 2018');
    // Instants are taken as their day in the zone.
    const s = at('2018-07-06T01:00:00+03:00');
    const e = at('2018-07-07T18:00:00+03:00');
    expect(formatDateRange(s, e, SOFIA, 'en')).to.equal('July 6 – 7, 2018');
    expect(formatDateRange(s, e, 'America/Los_Angeles', 'en')).to.equal('July 5 – 7, 2018');
    expect(formatDateRange('2018-07-06T10:00:00+03:00', '2018-07-06T18:00:00+03:00', SOFIA, 'en')).to.equal('July 6, 2018');
    expect(formatDateRange('2018-07-06', undefined, SOFIA, 'en')).to.equal('July 6, 2018');
    expect(formatDateRange('2018-07-06', 'soon', SOFIA, 'en')).to.equal('July 6, 2018');
    expect(formatDateRange('2018-07-08', '2018-07-06', SOFIA, 'en')).to.equal('July 8, 2018');
    expect(formatDateRange('tomorrow', '2018-07-06', SOFIA, 'en')).to.equal('');
    expect(formatDateRange(new Date(NaN), null, SOFIA, 'en')).to.equal('');
  });

  it('formats durations with Intl units', () => {
    expect(formatDuration(45, 'en')).to.equal('45 min');
    expect(formatDuration(90, 'en')).to.equal('1 hr 30 min');
    expect(formatDuration(120, 'en')).to.equal('2 hr');
    expect(formatDuration(0, 'en')).to.equal('0 min');
    expect(formatDuration(45, 'bg')).to.equal('45 мин');
    expect(formatDuration(90, 'bg')).to.match(/^1 ч( и)? 30 мин$/);
    expect(formatDuration(-5, 'en')).to.equal('');
    expect(formatDuration(NaN, 'en')).to.equal('');
  });

  it('formats day headings with the weekday', () => {
    expect(formatDayHeading('2018-07-06', 'en')).to.equal('Friday, July 6, 2018');
    expect(formatDayHeading('2018-07-06', 'en-GB')).to.equal('Friday, 6 July 2018');
    expect(formatDayHeading('2018-07-06', 'bg')).to.equal('петък, 6 юли 2018 г.');
    expect(formatDayHeading('2024-02-29', 'en-GB')).to.equal('Thursday, 29 February 2024');
    expect(formatDayHeading('', 'en')).to.equal('');
  });

  it('does not throw on an unknown locale or zone', () => {
    expect(formatTime(ten, SOFIA, 'not a locale!')).to.equal('10:00 AM');
    expect(formatTime(ten, 'Europe/Atlantis', 'en-GB')).to.equal('07:00');
  });

  it('exports the display choices', () => {
    expect(TIME_DISPLAYS).to.deep.equal(['event', 'viewer', 'both']);
  });
});

describe('timeLeft', () => {
  const from = at('2026-05-01T12:00:00+02:00');
  const plus = (ms: number) => new Date(from.getTime() + ms);
  it('uses the largest whole unit, never overstating', () => {
    expect(timeLeft(from, plus((12 * 24 + 20) * 3_600_000))).to.deep.equal({ unit: 'day', value: 12 });
    expect(timeLeft(from, plus(24 * 3_600_000))).to.deep.equal({ unit: 'day', value: 1 });
    expect(timeLeft(from, plus(24 * 3_600_000 - 1))).to.deep.equal({ unit: 'hour', value: 23 });
    expect(timeLeft(from, plus(3_600_000))).to.deep.equal({ unit: 'hour', value: 1 });
    expect(timeLeft(from, plus(59 * 60_000 + 1))).to.deep.equal({ unit: 'minute', value: 60 });
    expect(timeLeft(from, plus(30_000))).to.deep.equal({ unit: 'minute', value: 1 });
    expect(timeLeft(from, from)).to.deep.equal({ unit: 'minute', value: 0 });
    expect(timeLeft(from, plus(-1000))).to.deep.equal({ unit: 'minute', value: 0 });
  });
  it('words it through Intl.RelativeTimeFormat', () => {
    expect(relativeTimeLeft(from, plus(12 * 24 * 3_600_000), 'en')).to.equal('in 12 days');
    expect(relativeTimeLeft(from, plus(15 * 3_600_000), 'bg')).to.equal('след 15 часа');
    expect(relativeTimeLeft(from, plus(60_000), 'not a locale!')).to.equal('in 1 minute');
  });
});

describe('wall clocks from remembered offsets', () => {
  const formats = new Map<string, Intl.DateTimeFormat>();
  /** The wall clock Intl gives, field by field (the reference the remembered offsets must match). */
  function intlWall(date: Date, zone: string): number[] {
    let format = formats.get(zone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      formats.set(zone, format);
    }
    const parts = format.formatToParts(date);
    return ['year', 'month', 'day', 'hour', 'minute', 'second'].map(
      (type) => Number(parts.find((p) => p.type === type)!.value) % (type === 'hour' ? 24 : Infinity),
    );
  }

  it('agrees with Intl at every instant tried, across daylight-saving changes, in zones with odd offsets', () => {
    // Quarter-hour and half-hour offsets, half-hour daylight saving (Lord Howe), a zone that skipped a day (Apia, 2011).
    const zones = ['Europe/Sofia', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham', 'Pacific/Apia', 'America/St_Johns', 'UTC'];
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const instants: number[] = [];
    for (let i = 0; i < 400; i++) instants.push(Date.UTC(1972, 6, 1) + Math.floor(random() * (Date.UTC(2100, 0, 1) - Date.UTC(1972, 6, 1))));
    // Around the 2026 changes in Sofia and New York, minute by minute, and both sides of each second of one.
    for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6)]) {
      for (let m = -20; m <= 20; m++) instants.push(change + m * 60_000);
      instants.push(change - 1000, change, change + 1000);
    }
    let checked = 0;
    for (const zone of zones) {
      for (const t of instants) {
        const date = new Date(t);
        const w = wallClock(date, zone);
        expect([w.year, w.month, w.day, w.hour, w.minute, w.second], `${zone} at ${date.toISOString()}`).to.deep.equal(intlWall(date, zone));
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(3000);
    // Offsets and days come from the same remembered offsets.
    expect(zoneOffsetMinutes(new Date(Date.UTC(2026, 2, 29, 0, 59, 59)), 'Europe/Sofia')).to.equal(120);
    expect(zoneOffsetMinutes(new Date(Date.UTC(2026, 2, 29, 1, 0, 0)), 'Europe/Sofia')).to.equal(180);
    expect(calendarDay(new Date(Date.UTC(2011, 11, 30, 10)), 'Pacific/Apia')).to.equal('2011-12-31');
  });
});
