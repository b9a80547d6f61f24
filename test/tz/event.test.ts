import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cluster-event.js';
import type { ClusterEvent } from '../../src/define/cluster-event.js';
import { blueSummit2026 } from '../../stories/data/index.js';
import { settleTree } from '../helpers/dom.js';

// Runs with the browser in America/New_York and in Asia/Tokyo: the page shows the programme in the
// event's zone (Europe/Sofia) and its JSON-LD keeps the document's own offsets, whatever the
// browser's zone, unless the reader asks for their own zone with time-display="viewer".

/** Waits until this element and every element in its shadow trees has finished rendering. */
const settle = (el: Element): Promise<void> => settleTree(el, { lightDom: false });

/** The datetime and text of every <time> of the opening session, through the shadow trees. */
function openingTimes(el: Element): string[] {
  const out: string[] = [];
  const walk = (root: ParentNode): void => {
    for (const node of root.querySelectorAll('*')) {
      if (node.id === 'session-d1-opening') {
        for (const time of node.querySelectorAll('time')) out.push(time.textContent.replace(/\s+/g, ' ').trim());
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return out;
}

describe('<cluster-event> far from the event zone', () => {
  it('shows the programme at Sofia times and says so', async () => {
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(browserZone).to.not.equal('Europe/Sofia');
    const el = await fixture<ClusterEvent>(
      html`<cluster-event lang="en-GB" .data=${blueSummit2026} sections="agenda" now="2026-06-01T12:00:00+03:00"></cluster-event>`,
    );
    await settle(el);
    const times = openingTimes(el).join(' ');
    expect(times).to.match(/09:00/);
    expect(times).to.not.match(/02:00|15:00/); // New York, Tokyo
  });

  it('shows the programme in the reader’s zone with time-display="viewer"', async () => {
    const el = await fixture<ClusterEvent>(
      html`<cluster-event lang="en-GB" .data=${blueSummit2026} sections="agenda" time-display="viewer" now="2026-06-01T12:00:00+03:00"></cluster-event>`,
    );
    await settle(el);
    const local = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date('2026-06-17T09:00:00+03:00'));
    expect(openingTimes(el).join(' ')).to.include(local);
  });

  it('keeps the document’s offsets in the JSON-LD', async () => {
    const el = await fixture<ClusterEvent>(html`<cluster-event .data=${blueSummit2026}></cluster-event>`);
    await settle(el);
    const ld = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld['@graph'][0].startDate).to.equal('2026-06-17T09:00:00+03:00');
    expect(ld['@graph'][0].subEvent[0].startDate).to.equal('2026-06-17T09:00:00+03:00');
  });
});
