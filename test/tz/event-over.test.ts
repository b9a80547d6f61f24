import { expect } from '@open-wc/testing';
import { eventOverAt, eventStartAt } from '../../src/data/event-over.js';
import { listEntries, splitEvents } from '../../src/data/event-list-view.js';
import { registrationStatus } from '../../src/data/registration-view.js';
import type { ClusterEvent, EventDocument } from '../../src/data/types.js';

// Runs with the browser in America/New_York and in Asia/Tokyo (see web-test-runner.config.mjs): one
// rule for "the event is over" (src/data/event-over.ts), read the same way by the event list's
// upcoming and past groups and by a registration without a closing date, at instants of the
// event's zone (Europe/Sofia), never the browser's.

const SECOND = 1000;
const at = (s: string): number => {
  const t = Date.parse(s);
  if (Number.isNaN(t)) throw new Error(`test data: ${s}`);
  return t;
};

/** Each shape of start and end, and the instant the rule says it is over (in Sofia's time). */
const CASES: { name: string; event: Omit<ClusterEvent, 'id' | 'name'>; over: string }[] = [
  {
    name: 'a timed event with an end: at its end',
    event: { timeZone: 'Europe/Sofia', start: '2026-06-16T19:00:00+03:00', end: '2026-06-16T23:30:00+03:00' },
    over: '2026-06-16T23:30:00+03:00',
  },
  {
    name: 'a timed event without an end: at the midnight after its day in Sofia',
    event: { timeZone: 'Europe/Sofia', start: '2026-06-16T19:00:00+03:00' },
    over: '2026-06-17T00:00:00+03:00',
  },
  {
    name: 'a timed event whose end is not after its start: as without an end',
    event: { timeZone: 'Europe/Sofia', start: '2026-06-16T19:00:00+03:00', end: '2026-06-16T18:00:00+03:00' },
    over: '2026-06-17T00:00:00+03:00',
  },
  {
    name: 'an event of calendar dates: at the midnight after its last day in Sofia',
    event: { timeZone: 'Europe/Sofia', start: '2026-06-16', end: '2026-06-17' },
    over: '2026-06-18T00:00:00+03:00',
  },
  {
    name: 'an event of one calendar date: at the midnight after it in Sofia',
    event: { timeZone: 'Europe/Sofia', start: '2026-06-16' },
    over: '2026-06-17T00:00:00+03:00',
  },
  {
    name: 'a timed event without an end on the night the clocks go back: at the next midnight, in +02:00',
    event: { timeZone: 'Europe/Sofia', start: '2026-10-25T10:00:00+02:00' },
    over: '2026-10-26T00:00:00+02:00',
  },
];

const doc = (event: Omit<ClusterEvent, 'id' | 'name'>): EventDocument => ({ lang: 'en', event: { id: 'e', name: 'Event', ...event } });
const group = (event: Omit<ClusterEvent, 'id' | 'name'>, now: number) => {
  const { upcoming, past } = splitEvents(listEntries([doc(event)]).entries, now);
  return upcoming.length === 1 ? 'upcoming' : past.length === 1 ? 'past' : 'none';
};
const registration = (event: Omit<ClusterEvent, 'id' | 'name'>, now: number) =>
  registrationStatus({ url: 'https://example.org/r' }, event, new Date(now)).state;

describe(`"the event is over", one rule, with the browser in ${Intl.DateTimeFormat().resolvedOptions().timeZone}`, () => {
  it('runs far from Sofia (the zone of these events)', () => {
    expect(['America/New_York', 'Asia/Tokyo']).to.include(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  for (const { name, event, over } of CASES) {
    it(`${name}: one second either side, in the event list and the registration alike`, () => {
      const end = at(over);
      expect(eventOverAt(event)).to.equal(end);
      expect([group(event, end - SECOND), registration(event, end - SECOND)]).to.deep.equal(['upcoming', 'open']);
      expect([group(event, end), registration(event, end)]).to.deep.equal(['past', 'closed']);
      expect([group(event, end + SECOND), registration(event, end + SECOND)]).to.deep.equal(['past', 'closed']);
    });
  }

  it('starts a calendar-date event at midnight in its zone, and a timed one at its instant', () => {
    expect(eventStartAt({ timeZone: 'Europe/Sofia', start: '2026-06-16' })).to.equal(at('2026-06-16T00:00:00+03:00'));
    expect(eventStartAt({ timeZone: 'Europe/Sofia', start: '2026-06-16T19:00:00+03:00' })).to.equal(at('2026-06-16T19:00:00+03:00'));
  });

  it('counts an unknown zone as UTC and gives null when nothing can be read', () => {
    expect(eventOverAt({ timeZone: 'Nowhere/Atlantis', start: '2026-06-16' })).to.equal(at('2026-06-17T00:00:00Z'));
    expect(eventOverAt({ timeZone: 'Europe/Sofia', start: 'soon' })).to.equal(null);
    expect(eventOverAt({ timeZone: 'Europe/Sofia' })).to.equal(null);
    // Only an end: that end (a registration may be given no start).
    expect(eventOverAt({ timeZone: 'Europe/Sofia', end: '2026-06-16T23:30:00+03:00' })).to.equal(at('2026-06-16T23:30:00+03:00'));
  });
});
