import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cluster-funding-call-banner.js';
import type { ClusterFundingCallBanner } from '../../src/define/cluster-funding-call-banner.js';
import { icuNeutral } from '../helpers/intl.js';
import type { FundingCall } from '../../src/data/types.js';

// Runs with the browser in America/New_York and in Asia/Tokyo: the call's zone stays authoritative,
// and the reader's own time is added only when their zone differs at that instant.

const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** What each emulated reader sees (UTC when the file is run on its own, outside the zone groups). */
const expected = {
  'America/New_York': {
    own: '11:00 your time',
    ownBg: '11:00 по вашето време',
    october: '12:00 your time',
    local: '17 September 2026 at 11:00 New York time',
  },
  'Asia/Tokyo': {
    own: '18 September 2026 at 00:00 your time',
    ownBg: '18 септември 2026 г. в 0:00 по вашето време',
    october: '31 October 2026 at 01:00 your time',
    local: '18 September 2026 at 00:00 Tokyo time',
  },
  UTC: {
    own: '15:00 your time',
    ownBg: '15:00 по вашето време',
    october: '16:00 your time',
    local: '17 September 2026 at 15:00 UTC',
  },
}[viewer];

function call(overrides: Partial<FundingCall> = {}): FundingCall {
  return {
    id: 'tz-call',
    title: { en: 'Cluster Excellence Call', bg: 'Покана за клъстерно съвършенство' },
    timeZone: 'Europe/Brussels',
    opens: '2026-06-01T09:00:00+02:00',
    deadlines: [{ at: '2026-09-17T17:00:00+02:00' }],
    ...overrides,
  };
}

function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** `lang` on the element itself: a <div> fixture would wait for a frame a background tab never gets. */
async function banner(c: FundingCall, now: string, lang: string): Promise<ClusterFundingCallBanner> {
  return fixture<ClusterFundingCallBanner>(html`<cluster-funding-call-banner lang=${lang} .call=${c} now=${now}></cluster-funding-call-banner>`);
}

function deadlineText(el: Element): { when: string; viewer: string } {
  const root = el.shadowRoot!;
  return {
    when: squash(root.querySelector('.cutoff time')?.textContent),
    viewer: squash(root.querySelector('.cutoff .viewer')?.textContent),
  };
}

describe('<cluster-funding-call-banner> with the browser in ' + viewer, () => {
  before(function () {
    if (!expected) this.skip();
  });

  it('keeps the deadline in Brussels time and adds the reader\'s own time', async () => {
    const el = await banner(call(), '2026-07-01T10:00:00+02:00', 'en-GB');
    const { when, viewer: own } = deadlineText(el);
    expect(when).to.equal('17 September 2026 at 17:00 Brussels time');
    // 15:00 UTC is 11:00 the same day in New York and 00:00 the next day in Tokyo (date added).
    expect(own).to.equal(expected!.own);
    await expect(el).to.be.accessible();
  });

  it('says it in Bulgarian with the generic zone name', async () => {
    const el = await banner(call(), '2026-07-01T10:00:00+02:00', 'bg');
    const { when, viewer: own } = deadlineText(el);
    expect(icuNeutral(when)).to.equal('17 септември 2026 г. в 17:00 (Централноевропейско време)');
    expect(icuNeutral(own)).to.equal(expected!.ownBg);
  });

  it('compares the zones at the deadline itself, across daylight-saving changes', async () => {
    // New York leaves summer time on 1 November 2026, a week after Brussels (25 October): on
    // 30 October New York is 5 hours behind Brussels instead of 6 (12:00, not 11:00).
    const el = await banner(call({ deadlines: [{ at: '2026-10-30T17:00:00+01:00' }] }), '2026-07-01T10:00:00+02:00', 'en-GB');
    const { when, viewer: own } = deadlineText(el);
    expect(when).to.equal('30 October 2026 at 17:00 Brussels time');
    expect(own).to.equal(expected!.october);
  });

  it('adds nothing when the call is in the reader\'s zone', async () => {
    const local = call({ timeZone: viewer, deadlines: [{ at: '2026-09-17T17:00:00+02:00' }] });
    const el = await banner(local, '2026-07-01T10:00:00+02:00', 'en-GB');
    const { when, viewer: own } = deadlineText(el);
    expect(own).to.equal('');
    expect(when).to.equal(expected!.local);
  });

  it('counts down the same in every zone', async () => {
    const el = await banner(call(), '2026-09-05T17:00:00+02:00', 'en');
    expect(squash(el.shadowRoot!.querySelector('[part~="countdown"]')!.textContent)).to.equal('12 days left');
    expect(squash(el.shadowRoot!.querySelector('[part~="badge"]')!.textContent)).to.equal('Closing soon');
  });
});
