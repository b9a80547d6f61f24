import { expect, fixture, html, oneEvent } from '@open-wc/testing';
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

  it("keeps the deadline in Brussels time and adds the reader's own time", async () => {
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

  it("adds nothing when the call is in the reader's zone", async () => {
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

describe('<cluster-funding-call-banner> with opensBy, the browser in ' + viewer, () => {
  /** Expected "by the end of 2018" in Sofia, whose day ends at 22:00 UTC (00:00 +02:00). */
  const opic = (overrides: Partial<FundingCall> = {}): FundingCall =>
    call({
      opens: undefined,
      timeZone: 'Europe/Sofia',
      opensEstimate: { en: 'Expected to open by the end of 2018', bg: 'Очаква се да бъде открита до края на 2018 г.' },
      opensBy: '2018-12-31',
      deadlines: [],
      ...overrides,
    });
  const badgeOf = (el: Element) => squash(el.shadowRoot!.querySelector('[part~="badge"]')!.textContent);

  before(function () {
    if (!expected) this.skip();
  });

  it('reads "Forthcoming" one second before the day ends in the call zone, and "Opening not confirmed" one second after', async () => {
    // In New York and Tokyo the reader's own day ends at another instant: only Sofia's counts.
    const before = await banner(opic(), '2018-12-31T23:59:59+02:00', 'en');
    expect(badgeOf(before)).to.equal('Forthcoming');
    expect(before.shadowRoot!.querySelector('[part="base"]')!.classList.contains('status--forthcoming')).to.equal(true);
    await expect(before).to.be.accessible();
    const after = await banner(opic(), '2019-01-01T00:00:01+02:00', 'en');
    expect(badgeOf(after)).to.equal('Opening not confirmed');
    expect(after.shadowRoot!.querySelector('[part="base"]')!.classList.contains('status--unconfirmed')).to.equal(true);
    // The estimate is still shown, for what it said.
    expect(squash(after.shadowRoot!.querySelector('.facts')!.textContent)).to.contain('Opening Expected to open by the end of 2018');
    await expect(after).to.be.accessible();
  });

  it('says it in Bulgarian', async () => {
    expect(badgeOf(await banner(opic(), '2018-12-31T23:59:59+02:00', 'bg'))).to.equal('Предстояща');
    const el = await banner(opic(), '2019-01-01T00:00:01+02:00', 'bg');
    expect(badgeOf(el)).to.equal('Откриването не е потвърдено');
    await expect(el).to.be.accessible();
  });

  it('shows the date when it is all the call says', async () => {
    const el = await banner(opic({ opensEstimate: undefined }), '2018-07-06T12:00:00+03:00', 'en-GB');
    const time = el.shadowRoot!.querySelector('.facts time')!;
    expect(time.getAttribute('datetime')).to.equal('2018-12-31');
    expect(squash(time.textContent)).to.equal('Expected by 31 December 2018');
    expect(badgeOf(el)).to.equal('Forthcoming');
    const bg = await banner(opic({ opensEstimate: undefined }), '2019-01-01T00:00:01+02:00', 'bg');
    expect(icuNeutral(squash(bg.shadowRoot!.querySelector('.facts time')!.textContent))).to.equal('Очаква се до 31 декември 2018 г.');
    expect(badgeOf(bg)).to.equal('Откриването не е потвърдено');
  });

  it('fires cluster-call-status-change and announces it when the day ends while shown', async () => {
    // The page's clock is moved to 0.8 s before the end of the day in Sofia (a Date that counts
    // from there): the banner's own timer must find the change.
    const RealDate = Date;
    const offset = new RealDate('2018-12-31T23:59:59.200+02:00').getTime() - RealDate.now();
    class ShiftedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...(args as [string]));
      }
      static override now(): number {
        return RealDate.now() + offset;
      }
    }
    window.Date = ShiftedDate as DateConstructor;
    try {
      const el = await fixture<ClusterFundingCallBanner>(html`<cluster-funding-call-banner lang="en" .call=${opic()}></cluster-funding-call-banner>`);
      expect(badgeOf(el)).to.equal('Forthcoming');
      const event = await oneEvent(el, 'cluster-call-status-change');
      expect(event.detail).to.deep.equal({ status: 'unconfirmed', previousStatus: 'forthcoming', callId: 'tz-call' });
      await el.updateComplete;
      expect(badgeOf(el)).to.equal('Opening not confirmed');
      expect(squash(el.shadowRoot!.querySelector('[role="status"]')!.textContent)).to.equal(
        'The expected opening of the call “Cluster Excellence Call” has passed without confirmed dates.',
      );
    } finally {
      window.Date = RealDate;
    }
  });

  it('keeps a call with words only forthcoming', async () => {
    expect(badgeOf(await banner(opic({ opensBy: undefined }), '2026-07-01T12:00:00+03:00', 'en'))).to.equal('Forthcoming');
  });
});
