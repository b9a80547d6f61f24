import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cluster-event-header.js';
import '../../src/define/cluster-speaker-block.js';
import type { ClusterEventHeader } from '../../src/define/cluster-event-header.js';
import type { ClusterSpeakerBlock } from '../../src/define/cluster-speaker-block.js';
import { icuNeutral } from '../helpers/intl.js';
import { blueSummit2026, varna2018 } from '../../stories/data/index.js';
import { text } from '../helpers/dom.js';

// Runs with the browser in America/New_York and in Asia/Tokyo: what is shown must follow the
// event's zone (Europe/Sofia), never the zone of the browser.

/** Renders with `lang` on the element itself: the fixture then waits for Lit's update only. */
async function inLang<T extends Element>(lang: string, template: (lang: string) => unknown): Promise<T> {
  return fixture<T>(template(lang) as Parameters<typeof fixture>[0]);
}

describe('<cluster-event-header> far from the event zone', () => {
  it('counts the registration’s days left in Sofia’s days and names its zone (fictional summit)', async () => {
    // 10 June 22:00 in Sofia is 10 June 15:00 in New York and 11 June 04:00 in Tokyo: two days
    // left (12 June is the last day) whatever the browser's zone.
    const el = await inLang<ClusterEventHeader>(
      'en-GB',
      (lang) => html`<cluster-event-header lang=${lang} now="2026-06-10T22:00:00+03:00" .data=${blueSummit2026}></cluster-event-header>`,
    );
    expect(text(el.shadowRoot!.querySelector('.registration'))).to.match(/^Registration open, closes in 2 days \(12 June 2026, 18:00 (EEST|GMT\+3)\)/);
    // One second before its midnight, three days; at Sofia's midnight (not the browser's), two.
    el.now = '2026-06-09T23:59:59+03:00';
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.registration'))).to.match(/closes in 3 days/);
    el.now = '2026-06-10T00:00:00+03:00';
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.registration'))).to.match(/closes in 2 days/);
  });

  it('keeps a calendar-date start on its day (6 July, not 5 July in New York)', async () => {
    const el = await inLang<ClusterEventHeader>('en-GB', (lang) => html`<cluster-event-header lang=${lang} .data=${varna2018}></cluster-event-header>`);
    expect(text(el.shadowRoot!.querySelector('[part="time"]'))).to.equal('6 July 2018');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2018-07-06');
  });

  it('shows a late-evening start on its Sofia day and hour (not the next day in Tokyo)', async () => {
    const el = await inLang<ClusterEventHeader>(
      'en-GB',
      (lang) =>
        html`<cluster-event-header
          lang=${lang}
          heading="Evening"
          start="2026-06-16T23:30:00+03:00"
          end="2026-06-17T01:00:00+03:00"
          time-zone="Europe/Sofia"
        ></cluster-event-header>`,
    );
    expect(icuNeutral(text(el.shadowRoot!.querySelector('[part="time"]')))).to.equal('16 – 17 June 2026');
    // Each end of the range is a <time> with its own Sofia day.
    expect([...el.shadowRoot!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal(['2026-06-16', '2026-06-17']);
    expect(text(el.shadowRoot!.querySelector('.times'))).to.equal('16 Jun, 23:30 EEST – 17 Jun, 01:00 EEST');
  });

  it('shows an early start in Bulgarian on its Sofia day (not the day before in New York)', async () => {
    const el = await inLang<ClusterEventHeader>(
      'bg',
      (lang) => html`<cluster-event-header lang=${lang} heading="Сутрин" start="2026-06-16T01:30:00+03:00" time-zone="Europe/Sofia"></cluster-event-header>`,
    );
    expect(text(el.shadowRoot!.querySelector('[part="time"]'))).to.equal('16 юни 2026 г.');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-06-16');
    expect(text(el.shadowRoot!.querySelector('.times'))).to.equal('01:30 ч. Гринуич+3');
  });
});

describe('<cluster-event-header> without a zone, far from the offset', () => {
  it('shows the time at the offset the start was written with, not in the browser zone or UTC', async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = await inLang<ClusterEventHeader>(
        'en',
        (lang) => html`<cluster-event-header lang=${lang} heading="No zone" start="2027-05-20T23:30:00+03:00"></cluster-event-header>`,
      );
      expect(text(el.shadowRoot!.querySelector('[part="time"]'))).to.equal('May 20, 2027');
      expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2027-05-20');
      expect(text(el.shadowRoot!.querySelector('.times'))).to.equal('11:30 PM GMT+3');
    } finally {
      console.warn = warn;
    }
  });
});

describe('<cluster-speaker-block> session times far from the event zone', () => {
  it('shows a session in the event zone with the zone named', async () => {
    const el = await inLang<ClusterSpeakerBlock>(
      'en-GB',
      (lang) =>
        html`<cluster-speaker-block
          lang=${lang}
          .speaker=${{
            name: 'Ana',
            sessions: [{ title: 'Late talk', start: '2026-06-16T23:00:00+03:00', end: '2026-06-16T23:45:00+03:00', timeZone: 'Europe/Sofia' }],
          }}
        ></cluster-speaker-block>`,
    );
    expect(text(el.shadowRoot!.querySelector('time'))).to.equal('16 June 2026, 23:00–23:45 EEST');
  });
});
