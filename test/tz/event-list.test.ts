import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cluster-event-list.js';
import type { ClusterEventList } from '../../src/define/cluster-event-list.js';
import type { EventDocument } from '../../src/data/types.js';
import { varna2018 } from '../../stories/data/index.js';
import { icuNeutral } from '../helpers/intl.js';

// Runs with the browser in America/New_York and in Asia/Tokyo: an event is upcoming until the
// instant it ends and past from that instant on, and its days and times are those of its own zone
// (Europe/Sofia), never the browser's.

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const names = (el: ClusterEventList, group: 'upcoming' | 'past'): string[] =>
  [...el.shadowRoot!.querySelectorAll(`[data-group="${group}"] [part~="title"]`)].map(text);

/** An evening in Sofia that ends at 23:30 EEST: the next day in Tokyo, the same afternoon in New York. */
const evening: EventDocument = {
  lang: 'en',
  event: {
    id: 'evening-demo',
    name: 'Evening Networking (fictional)',
    timeZone: 'Europe/Sofia',
    start: '2026-06-16T19:00:00+03:00',
    end: '2026-06-16T23:30:00+03:00',
  },
};

describe('<cluster-event-list> far from the event zone', () => {
  for (const [now, group] of [
    ['2026-06-16T23:29:59+03:00', 'upcoming'],
    ['2026-06-16T23:30:00+03:00', 'past'],
    ['2026-06-16T23:30:01+03:00', 'past'],
    // The same instants written in other offsets.
    ['2026-06-17T05:29:59+09:00', 'upcoming'],
    ['2026-06-16T16:30:00-04:00', 'past'],
  ] as const) {
    it(`puts an event that ends at 23:30 in Sofia in ${group} at ${now}`, async () => {
      const el = await fixture<ClusterEventList>(html`<cluster-event-list .data=${[evening]} now=${now}></cluster-event-list>`);
      expect(names(el, group)).to.deep.equal(['Evening Networking (fictional)']);
      expect(names(el, group === 'past' ? 'upcoming' : 'past')).to.deep.equal([]);
    });
  }

  it('shows the evening on its Sofia day and hours, with the zone named', async () => {
    const el = await fixture<ClusterEventList>(html`<cluster-event-list lang="en-GB" .data=${[evening]} now="2026-06-16T12:00:00+03:00"></cluster-event-list>`);
    expect(text(el.shadowRoot!.querySelector('[part~="time"]'))).to.equal('16 June 2026');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-06-16');
    expect(icuNeutral(text(el.shadowRoot!.querySelector('.times')))).to.equal('19:00 – 23:30 EEST');
  });

  it('keeps a calendar-date event upcoming until midnight after its day in its zone, not the browser’s', async () => {
    const at = async (now: string) => {
      const el = await fixture<ClusterEventList>(html`<cluster-event-list .data=${[varna2018]} now=${now}></cluster-event-list>`);
      return names(el, 'upcoming').length === 1 ? 'upcoming' : 'past';
    };
    expect(await at('2018-07-06T23:59:59+03:00')).to.equal('upcoming');
    expect(await at('2018-07-07T00:00:00+03:00')).to.equal('past');
    // 6 July 20:59:59 UTC is still 6 July in Sofia (and already 7 July in Tokyo).
    expect(await at('2018-07-06T20:59:59Z')).to.equal('upcoming');
  });
});
