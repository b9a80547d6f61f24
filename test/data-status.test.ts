import { expect } from '@open-wc/testing';
import { callStatus, isPastDeadline, nextDeadline, nextStatusChange, projectStatus } from '../src/data/status.js';
import { parseInstant } from '../src/data/time.js';
import type { FundingCall, Project } from '../src/data/types.js';

const SECOND = 1000;
const DAY = 86_400_000;

function at(s: string): Date {
  const d = parseInstant(s);
  if (!d) throw new Error(`test data: ${s}`);
  return d;
}
const shift = (d: Date, ms: number) => new Date(d.getTime() + ms);

/** A call open from 1 March, with a first cut-off on 15 April and the final deadline on 30 September. */
function call(extra: Partial<FundingCall> = {}): FundingCall {
  return {
    id: 'c1',
    title: 'Innovation vouchers',
    timeZone: 'Europe/Brussels',
    opens: '2026-03-01T09:00:00+01:00',
    deadlines: [
      { at: '2026-04-15T17:00:00+02:00', label: 'First cut-off' },
      { at: '2026-09-30T17:00:00+02:00', label: 'Final deadline' },
    ],
    ...extra,
  };
}

const OPENS = at('2026-03-01T09:00:00+01:00');
const CUTOFF = at('2026-04-15T17:00:00+02:00');
const FINAL = at('2026-09-30T17:00:00+02:00');

describe('callStatus', () => {
  it('is forthcoming until the opening instant and open from it', () => {
    expect(callStatus(call(), shift(OPENS, -SECOND))).to.equal('forthcoming');
    expect(callStatus(call(), OPENS)).to.equal('open');
    expect(callStatus(call(), shift(OPENS, SECOND))).to.equal('open');
  });

  it('is closing soon from exactly 14 days before the next deadline', () => {
    expect(callStatus(call(), shift(CUTOFF, -14 * DAY - SECOND))).to.equal('open');
    expect(callStatus(call(), shift(CUTOFF, -14 * DAY))).to.equal('closing-soon');
    expect(callStatus(call(), shift(CUTOFF, -SECOND))).to.equal('closing-soon');
  });

  it('is open again after an intermediate cut-off, then closing soon before the final deadline', () => {
    expect(callStatus(call(), CUTOFF)).to.equal('open');
    expect(callStatus(call(), shift(FINAL, -14 * DAY))).to.equal('closing-soon');
  });

  it('closes at the last deadline exactly, measured in the instant not the display zone', () => {
    expect(callStatus(call(), shift(FINAL, -SECOND))).to.equal('closing-soon');
    expect(callStatus(call(), FINAL)).to.equal('closed');
    expect(callStatus(call(), shift(FINAL, SECOND))).to.equal('closed');
    // 17:00 Brussels is 18:00 in Sofia: at 17:30 Sofia time it is still open.
    expect(callStatus(call(), at('2026-09-30T17:30:00+03:00'))).to.equal('closing-soon');
    expect(callStatus(call(), at('2026-09-30T18:00:00+03:00'))).to.equal('closed');
  });

  it('honours closingSoonDays, including 0', () => {
    expect(callStatus(call({ closingSoonDays: 3 }), shift(CUTOFF, -4 * DAY))).to.equal('open');
    expect(callStatus(call({ closingSoonDays: 3 }), shift(CUTOFF, -3 * DAY))).to.equal('closing-soon');
    expect(callStatus(call({ closingSoonDays: 0 }), shift(CUTOFF, -SECOND))).to.equal('open');
    expect(callStatus(call({ closingSoonDays: -1 }), shift(CUTOFF, -10 * DAY))).to.equal('closing-soon');
  });

  it('puts an override first', () => {
    expect(callStatus(call({ statusOverride: 'suspended' }), shift(OPENS, -DAY))).to.equal('suspended');
    expect(callStatus(call({ statusOverride: 'cancelled' }), shift(CUTOFF, -DAY))).to.equal('cancelled');
    expect(callStatus(call({ statusOverride: 'cancelled' }), shift(FINAL, DAY))).to.equal('cancelled');
  });

  it('is forthcoming with only an estimate, and closed once its deadline has passed', () => {
    const estimated = call({ opens: undefined, opensEstimate: { en: 'expected in spring' } });
    expect(callStatus(estimated, shift(CUTOFF, -60 * DAY))).to.equal('forthcoming');
    expect(callStatus(estimated, shift(FINAL, -SECOND))).to.equal('forthcoming');
    expect(callStatus(estimated, FINAL)).to.equal('closed');
    expect(callStatus(call({ opens: undefined, opensEstimate: 'soon', deadlines: [] }), FINAL)).to.equal('forthcoming');
  });

  describe('opensBy', () => {
    /** The Varna 2018 OPIC call: expected "by the end of 2018", in Sofia time (UTC+2 in winter). */
    const opic = (extra: Partial<FundingCall> = {}): FundingCall =>
      call({ opens: undefined, timeZone: 'Europe/Sofia', opensEstimate: { en: 'by the end of 2018' }, opensBy: '2018-12-31', deadlines: [], ...extra });
    const END = at('2019-01-01T00:00:00+02:00');

    it('is forthcoming until the day ends in the call zone and unconfirmed from then', () => {
      expect(callStatus(opic(), shift(END, -SECOND))).to.equal('forthcoming');
      expect(callStatus(opic(), END)).to.equal('unconfirmed');
      expect(callStatus(opic(), shift(END, SECOND))).to.equal('unconfirmed');
      expect(callStatus(opic(), at('2026-07-01T12:00:00+03:00'))).to.equal('unconfirmed');
    });

    it('reads the end of the day in the call zone, not in UTC or the viewer zone', () => {
      // 23:30 on 31 December in Sofia is 21:30 UTC: still forthcoming; and 00:30 on 1 January in
      // Brussels is 01:30 in Sofia: already over there.
      expect(callStatus(opic(), at('2018-12-31T21:30:00Z'))).to.equal('forthcoming');
      expect(callStatus(opic({ timeZone: 'Europe/Brussels' }), at('2018-12-31T23:00:00Z'))).to.equal('unconfirmed');
      expect(callStatus(opic({ timeZone: 'Europe/Brussels' }), at('2018-12-31T22:59:59Z'))).to.equal('forthcoming');
      expect(callStatus(opic({ timeZone: 'Pacific/Kiritimati' }), at('2018-12-31T09:59:59Z'))).to.equal('forthcoming');
      expect(callStatus(opic({ timeZone: 'Pacific/Kiritimati' }), at('2018-12-31T10:00:00Z'))).to.equal('unconfirmed');
    });

    it('counts on its own, without words, as an estimate', () => {
      expect(callStatus(opic({ opensEstimate: undefined }), shift(END, -SECOND))).to.equal('forthcoming');
      expect(callStatus(opic({ opensEstimate: undefined }), END)).to.equal('unconfirmed');
    });

    it('keeps a call with words only forthcoming for ever, as before', () => {
      expect(callStatus(opic({ opensBy: undefined }), at('2030-01-01T00:00:00Z'))).to.equal('forthcoming');
    });

    it('gives way to an opening date, to the last deadline and to an override', () => {
      expect(callStatus(opic({ opens: '2019-03-01' }), at('2019-02-01T12:00:00+02:00'))).to.equal('forthcoming');
      expect(callStatus(opic({ opens: '2019-03-01' }), at('2019-03-01T12:00:00+02:00'))).to.equal('open');
      const withDeadline = opic({ deadlines: [{ at: '2019-02-01T17:00:00+02:00' }] });
      expect(callStatus(withDeadline, shift(END, SECOND))).to.equal('unconfirmed');
      expect(callStatus(withDeadline, at('2019-02-01T17:00:00+02:00'))).to.equal('closed');
      expect(callStatus(opic({ statusOverride: 'cancelled' }), shift(END, SECOND))).to.equal('cancelled');
    });

    it('is ignored when it is not a date', () => {
      expect(callStatus(opic({ opensBy: 'end of 2018' }), at('2026-01-01T00:00:00Z'))).to.equal('forthcoming');
    });
  });

  it('reads a calendar date for opens as midnight in the call zone', () => {
    const c = call({ opens: '2026-03-01' });
    expect(callStatus(c, at('2026-02-28T23:59:59+01:00'))).to.equal('forthcoming');
    expect(callStatus(c, at('2026-03-01T00:00:00+01:00'))).to.equal('open');
    // Midnight in Brussels is 01:00 in Sofia; 00:30 in Sofia is still before it.
    expect(callStatus(c, at('2026-03-01T00:30:00+02:00'))).to.equal('forthcoming');
  });

  it('counts a call without opens as open from the start, and one with no deadlines as open once opened', () => {
    expect(callStatus(call({ opens: undefined }), shift(CUTOFF, -30 * DAY))).to.equal('open');
    expect(callStatus(call({ deadlines: [] }), shift(OPENS, 365 * DAY))).to.equal('open');
  });

  it('ignores unparsable deadlines and takes unsorted ones in time order', () => {
    const c = call({ deadlines: [{ at: '2026-09-30T17:00:00+02:00' }, { at: 'soon' }, { at: '2026-04-15T17:00:00+02:00' }] });
    expect(callStatus(c, shift(CUTOFF, -DAY))).to.equal('closing-soon');
    expect(callStatus(c, FINAL)).to.equal('closed');
  });
});

describe('deadlines', () => {
  it('finds the next deadline still ahead', () => {
    expect(nextDeadline(call(), OPENS)?.label).to.equal('First cut-off');
    expect(nextDeadline(call(), shift(CUTOFF, -SECOND))?.label).to.equal('First cut-off');
    expect(nextDeadline(call(), CUTOFF)?.label).to.equal('Final deadline');
    expect(nextDeadline(call(), FINAL)).to.equal(undefined);
  });
  it('counts a deadline as past from its exact instant', () => {
    const d = { at: '2026-04-15T17:00:00+02:00' };
    expect(isPastDeadline(d, shift(CUTOFF, -SECOND))).to.equal(false);
    expect(isPastDeadline(d, CUTOFF)).to.equal(true);
    expect(isPastDeadline({ at: 'not a date' }, CUTOFF)).to.equal(false);
  });
});

describe('nextStatusChange', () => {
  it('walks through every change of a call', () => {
    const c = call();
    const steps: [string, string][] = [];
    let now: Date | undefined = shift(OPENS, -DAY);
    while (now) {
      steps.push([now.toISOString(), callStatus(c, now)]);
      now = nextStatusChange(c, now);
    }
    expect(steps).to.deep.equal([
      ['2026-02-28T08:00:00.000Z', 'forthcoming'],
      ['2026-03-01T08:00:00.000Z', 'open'],
      ['2026-04-01T15:00:00.000Z', 'closing-soon'],
      ['2026-04-15T15:00:00.000Z', 'open'],
      ['2026-09-16T15:00:00.000Z', 'closing-soon'],
      ['2026-09-30T15:00:00.000Z', 'closed'],
    ]);
  });
  it('skips a deadline after which the status stays the same', () => {
    const c = call({ deadlines: [{ at: '2026-04-10T17:00:00+02:00' }, { at: '2026-04-15T17:00:00+02:00' }] });
    const now = at('2026-04-05T12:00:00+02:00');
    expect(callStatus(c, now)).to.equal('closing-soon');
    expect(nextStatusChange(c, now)?.toISOString()).to.equal('2026-04-15T15:00:00.000Z');
  });
  it('wakes up when the day a call is expected to open by ends, and not for words only', () => {
    const c = call({ opens: undefined, timeZone: 'Europe/Sofia', opensEstimate: 'by the end of 2018', opensBy: '2018-12-31', deadlines: [] });
    const now = at('2018-07-06T12:00:00+03:00');
    expect(nextStatusChange(c, now)?.toISOString()).to.equal('2018-12-31T22:00:00.000Z');
    expect(nextStatusChange(c, at('2019-01-01T00:00:00+02:00'))).to.equal(undefined);
    expect(nextStatusChange({ ...c, opensBy: undefined }, now)).to.equal(undefined);
  });
  it('has nothing to wait for when overridden, closed or open without deadlines', () => {
    expect(nextStatusChange(call({ statusOverride: 'suspended' }), OPENS)).to.equal(undefined);
    expect(nextStatusChange(call(), FINAL)).to.equal(undefined);
    expect(nextStatusChange(call({ deadlines: [] }), OPENS)).to.equal(undefined);
  });
});

describe('projectStatus', () => {
  const project = (startDate?: string, endDate?: string): Project => ({
    id: 'p1',
    acronym: 'SMART',
    title: 'Smart specialisation',
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
  });
  const p = project('2016-01-01', '2018-12-31');

  it('is planned until the start date begins in Brussels', () => {
    expect(projectStatus(p, at('2015-12-31T23:59:59+01:00'))).to.equal('planned');
    expect(projectStatus(p, at('2016-01-01T00:00:00+01:00'))).to.equal('ongoing');
    // 23:30 UTC on 31 December is already 1 January in Brussels.
    expect(projectStatus(p, at('2015-12-31T23:30:00Z'))).to.equal('ongoing');
  });

  it('is ongoing through the whole end date and closed after it', () => {
    expect(projectStatus(p, at('2018-12-31T23:59:59+01:00'))).to.equal('ongoing');
    expect(projectStatus(p, at('2019-01-01T00:00:00+01:00'))).to.equal('closed');
  });

  it('reads the dates in the given zone', () => {
    // 23:30 in Brussels on the end date is already the next day in Sofia.
    const late = at('2018-12-31T23:30:00+01:00');
    expect(projectStatus(p, late, 'Europe/Brussels')).to.equal('ongoing');
    expect(projectStatus(p, late, 'Europe/Sofia')).to.equal('closed');
  });

  it('works with one date and gives nothing without dates', () => {
    expect(projectStatus(project('2016-01-01'), at('2030-01-01T00:00:00Z'))).to.equal('ongoing');
    expect(projectStatus(project(undefined, '2018-12-31'), at('2010-01-01T00:00:00Z'))).to.equal('ongoing');
    expect(projectStatus(project(undefined, '2018-12-31'), at('2019-06-01T00:00:00Z'))).to.equal('closed');
    expect(projectStatus(project(), at('2019-06-01T00:00:00Z'))).to.equal(undefined);
    expect(projectStatus(project('someday'), at('2019-06-01T00:00:00Z'))).to.equal(undefined);
  });

  it('handles a leap-day end date', () => {
    const leap = project('2020-01-01', '2024-02-29');
    expect(projectStatus(leap, at('2024-02-29T23:59:00+01:00'))).to.equal('ongoing');
    expect(projectStatus(leap, at('2024-03-01T00:00:00+01:00'))).to.equal('closed');
  });
});
