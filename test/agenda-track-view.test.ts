import { expect } from '@open-wc/testing';
import { buildTrackModel, checkTrack, finishedCount, nextChange, readTrackAttributes, toggledId, type TrackModel } from '../src/data/agenda-track-view.js';
import { agendaStrings } from '../src/i18n/agenda.js';

/** A track in Europe/Sofia: a timed session with an end, one without an end, one without a time. */
function model(): TrackModel {
  const { track } = checkTrack({
    name: 'Ports',
    timeZone: 'Europe/Sofia',
    sessions: [
      { id: 'talk', title: 'Talk', start: '2026-06-16T10:00:00+03:00', end: '2026-06-16T10:45:00+03:00' },
      { id: 'open', title: 'Open end', start: '2026-06-16T16:00:00+03:00' },
      { id: 'tba', title: 'Later' },
    ],
  });
  return buildTrackModel(track!, { lang: 'en', locale: 'en', display: 'event', viewerZone: 'UTC', strings: agendaStrings('en') });
}

const at = (iso: string): number => Date.parse(iso);

describe('nextChange', () => {
  it('is the next start, end or finish after the clock, and null once nothing changes any more', () => {
    const m = model();
    expect(nextChange(m, at('2026-06-16T09:00:00+03:00'))).to.equal(at('2026-06-16T10:00:00+03:00'));
    expect(nextChange(m, at('2026-06-16T10:00:00+03:00'))).to.equal(at('2026-06-16T10:45:00+03:00'));
    expect(nextChange(m, at('2026-06-16T12:00:00+03:00'))).to.equal(at('2026-06-16T16:00:00+03:00'));
    // A session without an end counts as finished at the end of its day in the event's zone.
    expect(nextChange(m, at('2026-06-16T16:00:00+03:00'))).to.equal(at('2026-06-17T00:00:00+03:00'));
    expect(nextChange(m, at('2026-06-17T00:00:00+03:00'))).to.equal(null);
  });
});

describe('finishedCount', () => {
  it('counts the sessions finished at the clock, never a session without a time', () => {
    const m = model();
    expect(finishedCount(m, at('2026-06-16T10:44:59+03:00'))).to.equal(0);
    expect(finishedCount(m, at('2026-06-16T10:45:00+03:00'))).to.equal(1);
    expect(finishedCount(m, at('2026-06-16T23:59:59+03:00'))).to.equal(1);
    expect(finishedCount(m, at('2027-01-01T00:00:00+02:00'))).to.equal(2);
  });
});

describe('readTrackAttributes', () => {
  it('pins the clock to a valid `now` and keeps a known time display, with no problems', () => {
    const read = readTrackAttributes('2026-06-16T10:00:00+03:00', 'both');
    expect(read.display).to.equal('both');
    expect(read.pinned?.toISOString()).to.equal('2026-06-16T07:00:00.000Z');
    expect(read.problems).to.deep.equal([]);
    expect(readTrackAttributes(undefined, 'viewer')).to.deep.equal({ display: 'viewer', pinned: null, problems: [] });
  });

  it('takes a removed (null) or empty time-display as not set: event, without a problem', () => {
    expect(readTrackAttributes(undefined, null)).to.deep.equal({ display: 'event', pinned: null, problems: [] });
    expect(readTrackAttributes(undefined, '')).to.deep.equal({ display: 'event', pinned: null, problems: [] });
  });

  it('falls back to the real clock and the event zone, reporting each attribute it did not understand', () => {
    const read = readTrackAttributes('2026-06-16 10:00', 'local');
    expect(read.display).to.equal('event');
    expect(read.pinned).to.equal(null);
    expect(read.problems).to.deep.equal([
      { path: 'now', message: '"2026-06-16 10:00" is not an RFC 3339 date-time; the real clock is used' },
      { path: 'time-display', message: '"local" is not one of: event, viewer, both; event is used' },
    ]);
  });
});

describe('toggledId', () => {
  it('returns a copy with the id added, removed or toggled, leaving the given set as it was', () => {
    const ids: ReadonlySet<string> = new Set(['a']);
    expect([...toggledId(ids, 'b')]).to.deep.equal(['a', 'b']);
    expect([...toggledId(ids, 'a')]).to.deep.equal([]);
    expect([...toggledId(ids, 'a', true)]).to.deep.equal(['a']);
    expect([...toggledId(ids, 'b', false)]).to.deep.equal(['a']);
    expect([...ids]).to.deep.equal(['a']);
  });
});
