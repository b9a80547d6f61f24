import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cluster-agenda.js';
import type { ClusterAgenda } from '../../src/components/agenda/agenda.js';
import type { ClusterAgendaTrack } from '../../src/components/agenda-track/agenda-track.js';
import type { EventDocument } from '../../src/data/types.js';

// Runs with the browser in America/New_York and in Asia/Tokyo (see web-test-runner.config.mjs).
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Sofia (UTC+3 in June): 10:00 and 20:00 on the 16th, 01:00 on the 17th. */
const doc: EventDocument = {
  lang: 'en',
  event: {
    id: 'tz-fixture',
    name: 'Zone test',
    timeZone: 'Europe/Sofia',
    start: '2026-06-16T10:00:00+03:00',
    tracks: [{ id: 't', name: 'Track' }],
    sessions: [
      { id: 'morning', title: 'Morning', start: '2026-06-16T10:00:00+03:00', end: '2026-06-16T11:00:00+03:00', trackId: 't' },
      { id: 'evening', title: 'Evening', start: '2026-06-16T20:00:00+03:00', end: '2026-06-16T21:00:00+03:00', trackId: 't' },
      { id: 'night', title: 'Night', start: '2026-06-17T01:00:00+03:00', end: '2026-06-17T02:00:00+03:00', trackId: 't' },
    ],
  },
};

async function days(el: ClusterAgenda): Promise<[string, string[]][]> {
  await el.updateComplete;
  const sections = [...el.shadowRoot!.querySelectorAll('section')];
  const result: [string, string[]][] = [];
  for (const section of sections) {
    const tracks = [...section.querySelectorAll<ClusterAgendaTrack>('cluster-agenda-track')];
    await Promise.all(tracks.map((t) => t.updateComplete));
    const titles = tracks.flatMap((t) =>
      [...t.shadowRoot!.querySelectorAll('li[id^="session-"] :is(h4,[role="heading"][aria-level="4"])')].map((h) => h.textContent.trim()),
    );
    result.push([section.querySelector('h2')!.textContent.trim(), titles]);
  }
  return result;
}

describe(`<cluster-agenda> with the browser in ${zone}`, () => {
  it('groups days in the event zone by default, whatever the browser zone', async () => {
    const el = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${doc}></cluster-agenda>`);
    expect(await days(el)).to.deep.equal([
      ['Tuesday, June 16, 2026', ['Morning', 'Evening']],
      ['Wednesday, June 17, 2026', ['Night']],
    ]);
  });

  it('moves sessions to the viewer’s calendar day with time-display="viewer", and the heading says which day', async function () {
    // 01:00 in Sofia on the 17th is 18:00 on the 16th in New York (22:00 in UTC, when run outside the zone groups).
    const west: [string, string[]][] = [['Tuesday, June 16, 2026', ['Morning', 'Evening', 'Night']]];
    // 20:00 in Sofia on the 16th is 02:00 on the 17th in Tokyo.
    const east: [string, string[]][] = [
      ['Tuesday, June 16, 2026', ['Morning']],
      ['Wednesday, June 17, 2026', ['Evening', 'Night']],
    ];
    const expected = ({ 'America/New_York': west, UTC: west, 'Asia/Tokyo': east } as Record<string, typeof west>)[zone];
    if (!expected) this.skip();
    const el = await fixture<ClusterAgenda>(html`<cluster-agenda time-display="viewer" .data=${doc}></cluster-agenda>`);
    expect(await days(el)).to.deep.equal(expected);
    await expect(el).to.be.accessible();
  });

  it('does not repeat the day heading on each row with time-display="viewer"', async () => {
    const el = await fixture<ClusterAgenda>(html`<cluster-agenda time-display="viewer" .data=${doc}></cluster-agenda>`);
    await days(el);
    const tracks = [...el.shadowRoot!.querySelectorAll<ClusterAgendaTrack>('cluster-agenda-track')];
    const rows = tracks.flatMap((t) => [...t.shadowRoot!.querySelectorAll('li[id^="session-"]')]);
    expect(rows).to.have.length(3);
    // Under "Tuesday, June 16, 2026" no row says "Tue, June 16" again (nor any other day).
    expect(rows.map((li) => li.querySelector('.when')!.textContent.replace(/\s+/g, ' ').trim()).filter((t) => /June/.test(t))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('keeps days in the event zone with time-display="both", the viewer’s time on each session', async () => {
    const el = await fixture<ClusterAgenda>(html`<cluster-agenda time-display="both" .data=${doc}></cluster-agenda>`);
    expect((await days(el)).map(([day]) => day)).to.deep.equal(['Tuesday, June 16, 2026', 'Wednesday, June 17, 2026']);
    const track = el.shadowRoot!.querySelector<ClusterAgendaTrack>('cluster-agenda-track')!;
    expect(track.shadowRoot!.textContent).to.contain('Your time:');
  });
});
