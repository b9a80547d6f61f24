import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cluster-agenda-track.js';
import type { ClusterAgendaTrack } from '../../src/components/agenda-track/agenda-track.js';
import type { AgendaTrackView } from '../../src/data/views.js';
import { text } from '../helpers/dom.js';

// Runs with the browser in America/New_York and in Asia/Tokyo (see web-test-runner.config.mjs).
const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone as 'America/New_York' | 'Asia/Tokyo';

/** A Sofia track in June 2026 (Sofia GMT+3; New York EDT, GMT-4; Tokyo GMT+9), given out of order. */
function sofiaTrack(): AgendaTrackView {
  return {
    name: 'Maritime Innovation',
    timeZone: 'Europe/Sofia',
    sessions: [
      { id: 'dawn', title: 'Dawn walk', start: '2026-06-18T05:30:00+03:00', end: '2026-06-18T06:00:00+03:00' },
      { id: 'opening', title: 'Opening', start: '2026-06-17T09:00:00+03:00', end: '2026-06-17T09:30:00+03:00' },
      { id: 'evening', title: 'Evening talk', start: '2026-06-17T21:00:00+03:00', end: '2026-06-17T22:00:00+03:00' },
    ],
  };
}

/** What a reader in each zone must see in `viewer` mode: time range and the day label, in list order. */
const VIEWER_EXPECTED = {
  'America/New_York': {
    order: ['opening', 'evening', 'dawn'],
    ranges: [/^2:00\s–\s2:30\sAM EDT$/, /^2:00\s–\s3:00\sPM EDT$/, /^10:30\s–\s11:00\sPM EDT$/],
    // "Dawn walk" is on Thursday in Sofia but on Wednesday evening in New York: the day is named.
    days: ['', '', 'Wed, June 17'],
  },
  'Asia/Tokyo': {
    order: ['opening', 'evening', 'dawn'],
    ranges: [/^3:00\s–\s3:30\sPM GMT\+9$/, /^3:00\s–\s4:00\sAM GMT\+9$/, /^11:30\sAM\s–\s12:00\sPM GMT\+9$/],
    // "Evening talk" is on Wednesday in Sofia but early Thursday in Tokyo.
    days: ['Wed, June 17', 'Thu, June 18', ''],
  },
}[viewer];

const items = (el: ClusterAgendaTrack): HTMLLIElement[] => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('ol > li')];

describe(`<cluster-agenda-track> with the browser in ${viewer}`, () => {
  before(() => {
    // The expectations below are written for these two zones (the tz groups of the test runner).
    expect(['America/New_York', 'Asia/Tokyo']).to.include(viewer);
  });

  it('shows event-zone (Sofia) times by default, whatever the browser zone', async () => {
    const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${sofiaTrack()}></cluster-agenda-track>`);
    const list = items(el);
    expect(list.map((li) => li.id)).to.deep.equal(['session-opening', 'session-evening', 'session-dawn']);
    expect(text(list[0]!.querySelector('.when__range'))).to.match(/^9:00\s–\s9:30\sAM GMT\+3$/);
    expect(text(list[1]!.querySelector('.when__range'))).to.match(/^9:00\s–\s10:00\sPM GMT\+3$/);
    expect(text(list[2]!.querySelector('.when__range'))).to.match(/^5:30\s–\s6:00\sAM GMT\+3$/);
    // Two Sofia days: each is named once.
    expect(list.map((li) => text(li.querySelector('.when__day')))).to.deep.equal(['Wed, June 17', '', 'Thu, June 18']);
    expect(el.shadowRoot!.querySelector('.when__viewer') === null).to.equal(true);
    expect(list[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-06-17T09:00:00+03:00');
  });

  it('shows the viewer zone with time-display="viewer" and names days that moved', async () => {
    const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track time-display="viewer" .track=${sofiaTrack()}></cluster-agenda-track>`);
    expect(el.timeDisplay).to.equal('viewer');
    const list = items(el);
    expect(list.map((li) => li.id.replace('session-', ''))).to.deep.equal(VIEWER_EXPECTED.order);
    list.forEach((li, i) => expect(text(li.querySelector('.when__range'))).to.match(VIEWER_EXPECTED.ranges[i]!));
    expect(list.map((li) => text(li.querySelector('.when__day')))).to.deep.equal(VIEWER_EXPECTED.days);
    expect(el.shadowRoot!.querySelector('.when__viewer') === null).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows both zones with time-display="both" when they differ', async () => {
    const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track time-display="both" .track=${sofiaTrack()}></cluster-agenda-track>`);
    const list = items(el);
    expect(text(list[0]!.querySelector('.when__range'))).to.match(/GMT\+3$/);
    list.forEach((li, i) => {
      const line = text(li.querySelector('.when__viewer'));
      expect(line.startsWith('Your time:')).to.equal(true);
      expect(line.replace(/^Your time: (\w{3}, \w+ \d+, )?/, '')).to.match(VIEWER_EXPECTED.ranges[i]!);
    });
    // The viewer's day is spelled out where it is not the Sofia day.
    const moved = viewer === 'America/New_York' ? list[2]! : list[1]!;
    const movedDay = viewer === 'America/New_York' ? 'Wed, June 17' : 'Thu, June 18';
    expect(text(moved.querySelector('.when__viewer'))).to.contain(`Your time: ${movedDay}, `);
    expect(text(list[0]!.querySelector('.when__viewer'))).to.not.match(/June/);
    await expect(el).to.be.accessible();
  });

  /** A session across midnight in the reader's zone that starts on another day there than in Sofia. */
  const overnight: Record<typeof viewer, { id: string; viewer: RegExp }> = {
    // 06:30-07:30 in Sofia on the 17th is 23:30 on the 16th to 00:30 on the 17th in New York.
    'America/New_York': { id: 'late', viewer: /^Your time: Jun 16, 11:30\sPM( EDT)?\s–\sJun 17, 12:30\sAM EDT$/ },
    // 22:00 on the 16th to 19:00 on the 17th in Sofia is 04:00 on the 17th to 01:00 on the 18th in Tokyo.
    'Asia/Tokyo': { id: 'hackathon', viewer: /^Your time: Jun 17, 4:00\sAM( GMT\+9)?\s–\sJun 18, 1:00\sAM GMT\+9$/ },
  };
  const midnightTrack = (): AgendaTrackView => ({
    name: 'Overnight',
    timeZone: 'Europe/Sofia',
    sessions: [
      { id: 'hackathon', title: 'Hackathon', start: '2026-06-16T22:00:00+03:00', end: '2026-06-17T19:00:00+03:00' },
      { id: 'late', title: 'Early call', start: '2026-06-17T06:30:00+03:00', end: '2026-06-17T07:30:00+03:00' },
    ],
  });

  it('names each date once in "both" when a session crosses midnight in the reader’s zone', async () => {
    const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track time-display="both" .track=${midnightTrack()}></cluster-agenda-track>`);
    const item = el.shadowRoot!.getElementById(`session-${overnight[viewer].id}`)!;
    expect(text(item.querySelector('.when__viewer'))).to.match(overnight[viewer].viewer);
    // As text, the viewer's time follows the duration after a (visually hidden) comma.
    expect(text(item.querySelector('.when'))).to.match(/ \d+ hr, Your time: /);
    await expect(el).to.be.accessible();
  });

  it('adds no day label in "viewer" to a range that already gives its dates', async () => {
    const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track time-display="viewer" .track=${midnightTrack()}></cluster-agenda-track>`);
    const item = el.shadowRoot!.getElementById(`session-${overnight[viewer].id}`)!;
    expect(item.querySelector('.when__day') === null).to.equal(true);
    expect('Your time: ' + text(item.querySelector('.when__range'))).to.match(overnight[viewer].viewer);
    await expect(el).to.be.accessible();
  });

  it('shows one time in "both" when another zone name has the same offset', async () => {
    const sameOffset = viewer === 'America/New_York' ? 'America/Toronto' : 'Asia/Seoul';
    const track = { ...sofiaTrack(), timeZone: sameOffset };
    const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track time-display="both" .track=${track}></cluster-agenda-track>`);
    expect(el.shadowRoot!.querySelectorAll('.when__range')).to.have.length(3);
    expect(el.shadowRoot!.querySelector('.when__viewer') === null).to.equal(true);
  });

  it('compares offsets per session, not once for the track', async () => {
    // New York: Bogota (UTC-5 all year) matches New York in winter, not after its DST start on 8 March 2026.
    // Tokyo: Pyongyang used UTC+8:30 from August 2015 to May 2018, UTC+9 before and after.
    const track: AgendaTrackView =
      viewer === 'America/New_York'
        ? {
            name: 'Per session',
            timeZone: 'America/Bogota',
            sessions: [
              { id: 'same', title: 'Same offset', start: '2026-03-05T10:00:00-05:00', end: '2026-03-05T11:00:00-05:00' },
              { id: 'differs', title: 'Offsets differ', start: '2026-03-10T10:00:00-05:00', end: '2026-03-10T11:00:00-05:00' },
            ],
          }
        : {
            name: 'Per session',
            timeZone: 'Asia/Pyongyang',
            sessions: [
              { id: 'differs', title: 'Offsets differ', start: '2017-06-01T10:00:00+08:30', end: '2017-06-01T11:00:00+08:30' },
              { id: 'same', title: 'Same offset', start: '2019-06-01T10:00:00+09:00', end: '2019-06-01T11:00:00+09:00' },
            ],
          };
    const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track time-display="both" .track=${track}></cluster-agenda-track>`);
    const same = el.shadowRoot!.getElementById('session-same')!;
    const differs = el.shadowRoot!.getElementById('session-differs')!;
    expect(same.querySelector('.when__viewer') === null).to.equal(true);
    const expected = viewer === 'America/New_York' ? /^Your time: 11:00\sAM\s–\s12:00\sPM EDT$/ : /^Your time: 10:30\s–\s11:30\sAM GMT\+9$/;
    expect(text(differs.querySelector('.when__viewer'))).to.match(expected);
  });

  it('follows the EU daylight-saving change on 29 March 2026 session by session', async () => {
    const track: AgendaTrackView = {
      name: 'DST week',
      timeZone: 'Europe/Sofia',
      sessions: [
        { id: 'sat', title: 'Saturday', start: '2026-03-28T10:00:00+02:00', end: '2026-03-28T11:00:00+02:00' },
        { id: 'sun', title: 'Sunday', start: '2026-03-29T10:00:00+03:00', end: '2026-03-29T11:00:00+03:00' },
      ],
    };
    const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track time-display="both" .track=${track}></cluster-agenda-track>`);
    const [sat, sun] = items(el);
    expect(text(sat!.querySelector('.when__range'))).to.match(/^10:00\s–\s11:00\sAM GMT\+2$/);
    expect(text(sun!.querySelector('.when__range'))).to.match(/^10:00\s–\s11:00\sAM GMT\+3$/);
    // New York is already on summer time (since 8 March): Sofia 10:00 is 04:00 there on Saturday and 03:00 on
    // Sunday, after Sofia's own change; in Tokyo (no DST) it is 17:00 and 16:00.
    const viewerLines = [sat, sun].map((li) => text(li!.querySelector('.when__viewer')));
    expect(viewerLines).to.deep.equal(
      viewer === 'America/New_York'
        ? ['Your time: 4:00 – 5:00 AM EDT', 'Your time: 3:00 – 4:00 AM EDT']
        : ['Your time: 5:00 – 6:00 PM GMT+9', 'Your time: 4:00 – 5:00 PM GMT+9'],
    );
  });
});
