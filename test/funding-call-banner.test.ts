import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/cluster-funding-call-banner.js';
import type { ClusterFundingCallBanner } from '../src/define/cluster-funding-call-banner.js';
import { countdownChangeIn, MAX_REFRESH_DELAY, refreshDelay } from '../src/data/funding-call-view.js';
import { dismissalKey } from '../src/components/funding-call-banner/funding-call-banner-dismissal.controller.js';
import type { DataProblem, FundingCall } from '../src/data/types.js';
import { blueSummit2026, varna2018 } from '../stories/data/index.js';
import { captureDownloads } from './helpers/downloads.js';
import { calendarMenuItems, calendarMenuOf, chooseCalendarFile, deepActiveElement, openedCalendarMenu } from './helpers/calendar-menu.js';
import { nameFromContent } from './helpers/names.js';
import { fakeTimers, type FakeTimers } from './helpers/timers.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A fictional call in Brussels time: opens 1 June 2026 09:00, deadline 17 September 2026 17:00 (CEST). */
function testCall(overrides: Partial<FundingCall> = {}): FundingCall {
  return {
    id: 'test-excellence-call',
    identifier: 'TEST-2026-01',
    title: { en: 'Cluster Excellence Call', bg: 'Покана за клъстерно съвършенство' },
    summary: { en: 'Grants for cluster managers.', bg: 'Безвъзмездна помощ за управители на клъстери.' },
    programme: { name: { en: 'Single Market Programme', bg: 'Програма „Единен пазар“' } },
    timeZone: 'Europe/Brussels',
    opens: '2026-06-01T09:00:00+02:00',
    deadlines: [{ at: '2026-09-17T17:00:00+02:00' }],
    budget: {
      total: { amount: 5_000_000, currency: 'EUR' },
      alternate: [{ amount: 9_779_150, currency: 'BGN' }],
      perProjectMax: { amount: 200_000, currency: 'EUR' },
    },
    applyUrl: 'https://example.org/calls/test/apply',
    infoUrl: '/calls/test',
    ...overrides,
  };
}

/** An RFC 3339 instant (UTC) shifted by `ms` from `iso`. */
function shift(iso: string, ms: number): string {
  return new Date(new Date(iso).getTime() + ms).toISOString();
}

/** Text with every run of white space (including Intl's no-break spaces) as one plain space. */
function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function shadow(el: Element): ShadowRoot {
  return el.shadowRoot!;
}
/** The text a reader gets, as rendered (hidden parts left out, block boundaries as spaces). */
function textOf(el: Element): string {
  const base = shadow(el).querySelector<HTMLElement>('[part~="base"]');
  return squash(base ? base.innerText : shadow(el).textContent);
}
/** The text of a node without the parts matching `selector` (the viewer's own time depends on the machine). */
function textWithout(node: Element, selector: string): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll(selector).forEach((n) => n.remove());
  return squash(copy.textContent);
}
/** The text shown on a control (what a sighted reader sees, without its visually hidden part). */
function shownOn(node: Element): string {
  return textWithout(node, '.visually-hidden');
}
function badge(el: Element): string {
  return squash(shadow(el).querySelector('[part~="badge"]')?.textContent);
}
function countdown(el: Element): string {
  return squash(shadow(el).querySelector('[part~="countdown"]')?.textContent);
}
function liveRegion(el: Element): HTMLElement {
  return shadow(el).querySelector('[aria-live="polite"]:not(.state)') as HTMLElement;
}
function links(el: Element): HTMLAnchorElement[] {
  return [...shadow(el).querySelectorAll('a')];
}
function buttons(el: Element): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll('button')];
}

/**
 * The element with `lang` on itself: a fixture whose root is a plain <div> waits for an animation
 * frame, which never comes while the page is a background tab (test files run side by side).
 */
async function banner(call: unknown, now: string | null, lang = 'en-GB'): Promise<ClusterFundingCallBanner> {
  return fixture<ClusterFundingCallBanner>(html`<cluster-funding-call-banner lang=${lang} .call=${call} now=${now ?? ''}></cluster-funding-call-banner>`);
}

/** Renders a fixture and returns it with the first `cluster-data-error` it fired while rendering. */
async function withDataError(template: ReturnType<typeof html>): Promise<{ el: ClusterFundingCallBanner; event: CustomEvent<{ problems: DataProblem[] }> }> {
  let event: CustomEvent<{ problems: DataProblem[] }> | undefined;
  const listener = (e: Event) => {
    event ??= e as CustomEvent<{ problems: DataProblem[] }>;
  };
  document.addEventListener('cluster-data-error', listener);
  try {
    const el = await fixture<ClusterFundingCallBanner>(template);
    expect(event, 'cluster-data-error was fired').to.not.equal(undefined);
    return { el, event: event! };
  } finally {
    document.removeEventListener('cluster-data-error', listener);
  }
}

/**
 * Moves the fake clock on by `ms` in steps of at most a second, letting the element render after
 * each (its next timer is set after its update), as the real clock would.
 */
async function advance(el: ClusterFundingCallBanner, clock: FakeTimers, ms: number): Promise<void> {
  for (let left = ms; left > 0; left -= Math.min(left, 1000)) {
    clock.tick(Math.min(left, 1000));
    await el.updateComplete;
    await el.updateComplete;
  }
}

/** Records the timers created while it is installed and which of them are still pending. */
function timerSpy() {
  type Start = (handler: () => void, delay?: number) => number;
  type Stop = (id?: number) => void;
  const pending = new Set<number>();
  let created = 0;
  const original = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
  };
  const start =
    (real: Start, once: boolean): Start =>
    (handler, delay) => {
      created++;
      const id = real(() => {
        if (once) pending.delete(id);
        handler();
      }, delay);
      pending.add(id);
      return id;
    };
  const stop =
    (real: Stop): Stop =>
    (id) => {
      if (id !== undefined) pending.delete(id);
      real(id);
    };
  const w = window as unknown as { setTimeout: Start; clearTimeout: Stop; setInterval: Start; clearInterval: Stop };
  const real = {
    setTimeout: w.setTimeout.bind(window),
    clearTimeout: w.clearTimeout.bind(window),
    setInterval: w.setInterval.bind(window),
    clearInterval: w.clearInterval.bind(window),
  };
  w.setTimeout = start(real.setTimeout, true);
  w.clearTimeout = stop(real.clearTimeout);
  w.setInterval = start(real.setInterval, false);
  w.clearInterval = stop(real.clearInterval);
  return {
    get pending() {
      return pending.size;
    },
    get created() {
      return created;
    },
    restore() {
      Object.assign(window, original);
    },
  };
}

describe('<cluster-funding-call-banner>', () => {
  afterEach(() => {
    localStorage.removeItem(dismissalKey('test-excellence-call'));
  });

  describe('the Varna 2018 demo', () => {
    it('shows the OPIC call as forthcoming with its estimate and no apply link', async () => {
      const opic = varna2018.fundingCalls![0]!;
      const el = await banner(opic, '2018-07-06T12:00:00+03:00', 'en');
      expect(badge(el)).to.equal('Forthcoming');
      const heading = shadow(el).querySelector('[role="heading"]')!;
      expect(squash(heading.textContent)).to.equal('Call for innovative clusters under OPIC');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(textOf(el)).to.contain('Opening Expected to open by the end of 2018');
      expect(textOf(el)).to.contain('Deadline Not announced yet');
      expect(textOf(el)).to.contain('Operational Programme Innovation and Competitiveness');
      expect(links(el).map((a) => squash(a.textContent))).to.not.include.members(['Apply: Call for innovative clusters under OPIC']);
      expect(countdown(el)).to.equal('');
      // Nothing will change: no calendar button, no countdown.
      expect(buttons(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows the OPIC call as "Opening not confirmed" once the end of 2018 has passed, in English and Bulgarian', async () => {
      const opic = varna2018.fundingCalls![0]!;
      const el = await banner(opic, '2026-07-01T12:00:00+03:00', 'en');
      expect(badge(el)).to.equal('Opening not confirmed');
      expect(textOf(el)).to.contain('Opening Expected to open by the end of 2018');
      expect(buttons(el)).to.have.length(0);
      await expect(el).to.be.accessible();
      const bg = await banner(opic, '2026-07-01T12:00:00+03:00', 'bg');
      expect(badge(bg)).to.equal('Откриването не е потвърдено');
      await expect(bg).to.be.accessible();
    });

    it('shows the OPIC call in Bulgarian', async () => {
      const el = await banner(varna2018.fundingCalls![0]!, '2018-07-06T12:00:00+03:00', 'bg');
      expect(badge(el)).to.equal('Предстояща');
      expect(textOf(el)).to.contain('Покана за иновативни клъстери по ОПИК');
      expect(textOf(el)).to.contain('Откриване Очаква се да бъде открита до края на 2018 г.');
      expect(textOf(el)).to.contain('Краен срок Все още не е обявен');
      await expect(el).to.be.accessible();
    });
  });

  describe('language of parts (WCAG 3.1.2)', () => {
    /** The `lang` of the closest element around the text `text` in the shadow root, else of the host. */
    function langAround(el: Element, text: string): string {
      const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.includes(text)) continue;
        return node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? el.closest('[lang]')?.getAttribute('lang') ?? '';
      }
      throw new Error(`"${text}" is not shown`);
    }
    /** Every `lang` attribute in the shadow root. */
    function langs(el: Element): string[] {
      return [...shadow(el).querySelectorAll('[lang]')].map((e) => e.getAttribute('lang')!);
    }
    const english = testCall({
      title: { en: 'Blue Call (fictional)' },
      summary: { en: 'An English summary sentence.' },
      programme: { name: { en: 'Blue Programme' } },
      deadlines: [
        { at: '2026-09-17T17:00:00+02:00', label: { en: 'Short proposal' } },
        { at: '2026-11-17T17:00:00+01:00', label: { en: 'Full proposal' } },
      ],
    });

    it('marks English-only content shown on a Bulgarian page as lang="en"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="bg"><cluster-funding-call-banner .call=${english} now="2026-07-01T10:00:00+02:00"></cluster-funding-call-banner></div>`,
      );
      const el = wrapper.querySelector('cluster-funding-call-banner')!;
      await el.updateComplete;
      expect(badge(el)).to.equal('Отворена');
      for (const text of ['Blue Call (fictional)', 'An English summary sentence.', 'Blue Programme', 'Short proposal', 'Full proposal']) {
        expect(langAround(el, text), text).to.equal('en');
      }
      // The UI words around them stay Bulgarian.
      expect(langAround(el, 'Крайни срокове')).to.equal('bg');
      // The call's title inside the names of the actions too, without changing the names.
      const apply = links(el).find((a) => a.getAttribute('href')?.endsWith('/apply'))!;
      expect(nameFromContent(apply)).to.equal('Кандидатстване: Blue Call (fictional)');
      expect(apply.querySelector('[lang="en"]')?.textContent).to.equal('Blue Call (fictional)');
      await expect(el).to.be.accessible();
    });

    it("marks the opening estimate and the compact strip's title", async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="bg">
          <cluster-funding-call-banner
            compact
            .call=${testCall({ title: { en: 'Blue Call (fictional)' }, opens: undefined, opensEstimate: { en: 'Expected in spring' } })}
            now="2026-03-01T10:00:00+01:00"
          ></cluster-funding-call-banner>
        </div>`,
      );
      const el = wrapper.querySelector('cluster-funding-call-banner')!;
      await el.updateComplete;
      expect(langAround(el, 'Blue Call (fictional)')).to.equal('en');
      el.compact = false;
      await el.updateComplete;
      expect(langAround(el, 'Expected in spring')).to.equal('en');
      await expect(el).to.be.accessible();
    });

    it("leaves content in the page's language unmarked", async () => {
      for (const lang of ['bg', 'en']) {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang=${lang}>
            <cluster-funding-call-banner dismissible .call=${testCall()} now="2026-07-01T10:00:00+02:00"></cluster-funding-call-banner>
          </div>`,
        );
        const el = wrapper.querySelector('cluster-funding-call-banner')!;
        await el.updateComplete;
        expect(langs(el), lang).to.deep.equal([]);
        await expect(el).to.be.accessible();
      }
      // A plain string (an attribute written in the page) has no known language: not marked either.
      const plain = await fixture<HTMLDivElement>(
        html`<div lang="bg">
          <cluster-funding-call-banner
            heading="Blue Call"
            programme="Blue Programme"
            deadline="2026-09-17T17:00:00+02:00"
            time-zone="Europe/Brussels"
            now="2026-07-01T10:00:00+02:00"
          ></cluster-funding-call-banner>
        </div>`,
      );
      const el = plain.querySelector('cluster-funding-call-banner')!;
      await el.updateComplete;
      expect(langs(el)).to.deep.equal([]);
    });
  });

  describe('Bulgarian controls', () => {
    it('names every action with a verbal noun, and the dismiss button with the call', async () => {
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner lang="bg" dismissible .call=${testCall()} now="2026-07-01T10:00:00+02:00"></cluster-funding-call-banner>`,
      );
      const controls = [...shadow(el).querySelectorAll<HTMLElement>('a.button, button')];
      expect(controls.map((c) => c.getAttribute('aria-label') ?? shownOn(c))).to.deep.equal([
        'Кандидатстване',
        'Повече информация',
        'Добавяне на срока в календара',
        'Скриване на поканата „Покана за клъстерно съвършенство“',
      ]);
      expect(nameFromContent(controls[2]!)).to.equal('Добавяне на срока в календара: Покана за клъстерно съвършенство');
      await expect(el).to.be.accessible();
    });

    it("names each cut-off's calendar button in Bulgarian", async () => {
      const call = testCall({ deadlines: [{ at: '2026-09-17T17:00:00+02:00' }, { at: '2026-12-10T17:00:00+01:00' }] });
      const el = await banner(call, '2026-07-01T10:00:00+02:00', 'bg');
      expect([...shadow(el).querySelectorAll('[data-calendar]')].map(nameFromContent)).to.deep.equal([
        'Добавяне в календара: Краен срок 1, Покана за клъстерно съвършенство',
        'Добавяне в календара: Краен срок 2, Покана за клъстерно съвършенство',
      ]);
    });
  });

  describe('status at the boundaries', () => {
    const opens = '2026-06-01T07:00:00.000Z';
    const deadline = '2026-09-17T15:00:00.000Z';
    const threshold = shift(deadline, -14 * DAY);
    const cases: [string, string, string, string][] = [
      ['one second before opening', shift(opens, -1000), 'Forthcoming', ''],
      ['at the opening', opens, 'Open', '108 days left'],
      ['one second after opening', shift(opens, 1000), 'Open', '108 days left'],
      ['one second before the closing-soon threshold', shift(threshold, -1000), 'Open', '14 days left'],
      ['at the closing-soon threshold', threshold, 'Closing soon', '14 days left'],
      ['one second after the closing-soon threshold', shift(threshold, 1000), 'Closing soon', '13 days left'],
      ['one second before the deadline', shift(deadline, -1000), 'Closing soon', '1 minute left'],
      ['at the deadline', deadline, 'Closed', ''],
      ['one second after the deadline', shift(deadline, 1000), 'Closed', ''],
    ];
    for (const [name, now, status, left] of cases) {
      it(`is ${status} ${name}`, async () => {
        const el = await banner(testCall(), now);
        expect(badge(el)).to.equal(status);
        expect(countdown(el)).to.equal(left);
        const apply = links(el).find((a) => a.href === 'https://example.org/calls/test/apply');
        expect(Boolean(apply), 'apply link only while open').to.equal(status === 'Open' || status === 'Closing soon');
        expect(shadow(el).querySelector('[part~="badge"] svg')!.getAttribute('aria-hidden')).to.equal('true');
        await expect(el).to.be.accessible();
      });
    }

    it('says when it opens before and when it opened after', async () => {
      const before = await banner(testCall(), shift(opens, -1000));
      expect(textOf(before)).to.contain('Opens 1 June 2026 at 09:00 Brussels time');
      const after = await banner(testCall(), shift(opens, 1000));
      expect(textOf(after)).to.contain('Opened 1 June 2026 at 09:00 Brussels time');
    });

    it('marks a closed call deadline as passed and struck through', async () => {
      const el = await banner(testCall(), shift(deadline, 1000));
      const struck = shadow(el).querySelector('s time')!;
      expect(squash(struck.textContent)).to.equal('17 September 2026 at 17:00 Brussels time');
      expect(struck.getAttribute('datetime')).to.equal('2026-09-17T17:00:00+02:00');
      expect(textOf(el)).to.contain('(passed)');
      expect(textOf(el)).to.not.contain('Add deadline to calendar');
    });

    it('shows suspended and cancelled calls in words, without an apply link', async () => {
      for (const [override, word] of [
        ['suspended', 'Suspended'],
        ['cancelled', 'Cancelled'],
      ] as const) {
        const el = await banner(testCall({ statusOverride: override }), shift(opens, DAY));
        expect(badge(el)).to.equal(word);
        expect(countdown(el)).to.equal('');
        expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['/calls/test']);
        await expect(el).to.be.accessible();
      }
    });

    it('offers no calendar button for the deadline of a suspended, cancelled or closed call', async () => {
      const cutOffs = { deadlines: [{ at: '2026-09-17T17:00:00+02:00' }, { at: '2026-12-10T17:00:00+01:00' }] };
      const cases: [string, FundingCall, string][] = [
        ['suspended', testCall({ statusOverride: 'suspended' }), shift(opens, DAY)],
        ['suspended with cut-offs', testCall({ statusOverride: 'suspended', ...cutOffs }), shift(opens, DAY)],
        ['cancelled with cut-offs', testCall({ statusOverride: 'cancelled', ...cutOffs }), shift(opens, DAY)],
        ['closed', testCall(cutOffs), '2026-12-11T12:00:00+01:00'],
      ];
      for (const [name, call, now] of cases) {
        const el = await banner(call, now);
        expect(shadow(el).querySelectorAll('[data-calendar]').length, name).to.equal(0);
        expect(textOf(el), name).to.not.contain('calendar');
      }
      // The same call while open offers its deadline.
      const open = await banner(testCall(), shift(opens, DAY));
      expect(shadow(open).querySelectorAll('[data-calendar]').length).to.equal(1);
    });

    it("honours the call's own closing-soon days", async () => {
      const el = await banner(testCall({ closingSoonDays: 30 }), shift(deadline, -29 * DAY));
      expect(badge(el)).to.equal('Closing soon');
    });
  });

  describe('countdown', () => {
    const deadline = '2026-09-17T15:00:00.000Z';
    const cases: [number, string][] = [
      [12 * DAY + 20 * HOUR, '12 days left'],
      [DAY, '1 day left'],
      [DAY - 1000, '23 hours left'],
      [5 * HOUR + 59 * MINUTE, '5 hours left'],
      [HOUR, '1 hour left'],
      [59 * MINUTE, '59 minutes left'],
      [30 * 1000, '1 minute left'],
    ];
    for (const [left, words] of cases) {
      it(`says "${words}" ${left / 1000} s before the deadline`, async () => {
        const el = await banner(testCall(), shift(deadline, -left));
        expect(countdown(el)).to.equal(words);
      });
    }

    it('uses Bulgarian plurals', async () => {
      const expectations: [number, string][] = [
        [12 * DAY, 'Остават 12 дни'],
        [DAY + HOUR, 'Остава 1 ден'],
        [5 * HOUR, 'Остават 5 часа'],
        [HOUR + MINUTE, 'Остава 1 час'],
        [MINUTE, 'Остава 1 минута'],
        [30 * MINUTE, 'Остават 30 минути'],
      ];
      for (const [left, words] of expectations) {
        const el = await banner(testCall(), shift(deadline, -left), 'bg');
        expect(countdown(el)).to.equal(words);
      }
    });
  });

  describe('deadlines across a daylight-saving change', () => {
    // Brussels leaves summer time at 03:00 CEST on 25 October 2026; the deadline is after it, in CET.
    const call = testCall({ deadlines: [{ at: '2026-10-25T17:00:00+01:00' }] });

    it('names the deadline in winter time and counts real hours across the change', async () => {
      const a = await banner(call, '2026-10-24T17:00:00+02:00'); // 25 real hours before
      expect(textOf(a)).to.contain('25 October 2026 at 17:00 Brussels time');
      expect(countdown(a)).to.equal('1 day left');
      const b = await banner(call, '2026-10-24T18:00:00+02:00'); // exactly 24 hours before
      expect(countdown(b)).to.equal('1 day left');
      const c = await banner(call, '2026-10-24T18:00:01+02:00');
      expect(countdown(c)).to.equal('23 hours left');
      const d = await banner(call, '2026-10-25T02:30:00+02:00'); // the first 02:30, summer time
      expect(countdown(d)).to.equal('15 hours left');
      const e = await banner(call, '2026-10-25T02:30:00+01:00'); // the repeated 02:30, winter time
      expect(countdown(e)).to.equal('14 hours left');
    });

    it('enters closing soon 14 × 24 hours before the deadline, not at a wall-clock time', async () => {
      // 14 days of 24 h before 17:00 CET on 25 October is 18:00 CEST on 11 October.
      expect(badge(await banner(call, '2026-10-11T17:59:59+02:00'))).to.equal('Open');
      expect(badge(await banner(call, '2026-10-11T18:00:00+02:00'))).to.equal('Closing soon');
    });

    it('schedules the next render when the countdown changes, across the change', () => {
      const now = new Date('2026-10-25T02:30:00+01:00');
      // 14 h 30 min left: "14 hours left" becomes "13 hours left" in 30 minutes, but never wait over a minute.
      expect(countdownChangeIn(now, new Date('2026-10-25T17:00:00+01:00'))).to.equal(30 * MINUTE + 1);
      expect(refreshDelay(call, now)).to.equal(MAX_REFRESH_DELAY);
    });
  });

  describe('refresh timing', () => {
    const call = testCall();
    const deadline = new Date('2026-09-17T15:00:00Z');

    it('waits exactly until the status changes when that is under a minute away', () => {
      expect(refreshDelay(call, new Date(deadline.getTime() - 1500))).to.equal(1500);
      expect(refreshDelay(call, new Date('2026-06-01T06:59:30Z'))).to.equal(30_000);
      expect(refreshDelay(call, new Date(deadline.getTime() - 14 * DAY - 250))).to.equal(250);
    });

    it('follows the minute countdown and never waits more than a minute', () => {
      // 10 min 20 s left shows "11 minutes left" until 10 min left: 20 s.
      expect(refreshDelay(call, new Date(deadline.getTime() - 10 * MINUTE - 20_000))).to.equal(20_000);
      expect(refreshDelay(call, new Date(deadline.getTime() - 5 * DAY - 2 * HOUR))).to.equal(MAX_REFRESH_DELAY);
      // At exactly 5 days left, "5 days left" turns into "4 days left" a millisecond later.
      expect(refreshDelay(call, new Date(deadline.getTime() - 5 * DAY))).to.equal(1);
    });

    it('stops when nothing shown can change', () => {
      expect(refreshDelay(call, deadline)).to.equal(null);
      expect(refreshDelay(testCall({ statusOverride: 'cancelled' }), new Date('2026-07-01T00:00:00Z'))).to.equal(null);
      // The Varna call is expected by the end of 2018: nothing changes once that day is over, and
      // without its opensBy (words only) nothing ever changes.
      expect(refreshDelay(varna2018.fundingCalls![0]!, new Date('2019-01-01T12:00:00Z'))).to.equal(null);
      expect(refreshDelay({ ...varna2018.fundingCalls![0]!, opensBy: undefined }, new Date('2018-07-06T12:00:00Z'))).to.equal(null);
    });
  });

  describe('dates, cut-offs and budget', () => {
    it('names the zone and gives the full date and time', async () => {
      const en = await banner(testCall(), '2026-07-01T10:00:00+02:00', 'en');
      expect(squash(shadow(en).querySelector('.cutoff time')!.textContent)).to.equal('September 17, 2026 at 5:00 PM Brussels time');
      const gb = await banner(testCall(), '2026-07-01T10:00:00+02:00', 'en-GB');
      expect(squash(shadow(gb).querySelector('.cutoff time')!.textContent)).to.equal('17 September 2026 at 17:00 Brussels time');
    });

    it('shows several cut-offs, past ones struck through and labelled passed, and an extension', async () => {
      const call = testCall({
        deadlines: [
          { at: '2026-04-15T17:00:00+02:00', label: { en: 'Stage 1: short proposal', bg: 'Етап 1: кратко предложение' } },
          {
            at: '2026-09-17T17:00:00+02:00',
            label: { en: 'Stage 2: full proposal', bg: 'Етап 2: пълно предложение' },
            previousAt: '2026-09-10T17:00:00+02:00',
          },
          { at: '2026-12-10T17:00:00+01:00' },
        ],
        opens: '2026-03-01T09:00:00+01:00',
      });
      const el = await banner(call, '2026-06-01T12:00:00+02:00');
      const items = [...shadow(el).querySelectorAll('.cutoffs li')];
      expect(items.map((li) => textWithout(li, '.viewer, .visually-hidden'))).to.deep.equal([
        'Stage 1: short proposal: 15 April 2026 at 17:00 Brussels time (passed)',
        'Stage 2: full proposal: 17 September 2026 at 17:00 Brussels time extended from 10 September 2026 at 17:00 Add to calendar',
        'Cut-off 3: 10 December 2026 at 17:00 Brussels time Add to calendar',
      ]);
      // Each cut-off's button names the cut-off and the call; the action row has no second button
      // for the next deadline, which has its own.
      expect([...shadow(el).querySelectorAll('[data-calendar]')].map(nameFromContent)).to.deep.equal([
        'Add to calendar: Stage 2: full proposal, Cluster Excellence Call',
        'Add to calendar: Cut-off 3, Cluster Excellence Call',
      ]);
      expect(shadow(el).querySelector('.actions [data-calendar]')).to.equal(null);
      expect(items[0]!.querySelector('s time')).to.not.equal(null);
      expect(items[1]!.querySelector('s')).to.equal(null);
      expect(textOf(el)).to.contain('Deadlines');
      await expect(el).to.be.accessible();
    });

    it('shows the budget in both currencies with the maximum per project', async () => {
      const en = await banner(testCall(), '2026-07-01T10:00:00+02:00', 'en');
      expect(textOf(en)).to.contain('Budget €5,000,000 (BGN 9,779,150); up to €200,000 per project');
      const bg = await banner(testCall(), '2026-07-01T10:00:00+02:00', 'bg');
      expect(textOf(bg)).to.contain('Бюджет 5 000 000 € (9 779 150 лв.); до 200 000 € на проект');
    });

    it('offers the next deadline as an iCalendar file with reminders a week and a day before', async () => {
      const el = await banner(testCall(), '2026-07-01T10:00:00+02:00');
      const capture = captureDownloads();
      try {
        const button = shadow(el).querySelector<HTMLButtonElement>('.actions [data-calendar]')!;
        // Shown as "Add deadline to calendar", named with the call for a page with several calls.
        expect(shownOn(button)).to.equal('Add deadline to calendar');
        expect(nameFromContent(button)).to.equal('Add deadline to calendar: Cluster Excellence Call');
        await chooseCalendarFile(el, button); // The calendar writer and the menu load on first use.
        expect(capture.files).to.have.length(1);
        const file = capture.files[0]!;
        expect(file.name).to.equal('test-excellence-call-deadline.ics');
        const ics = await file.blob.text();
        expect(ics).to.contain('BEGIN:VCALENDAR');
        expect(ics).to.contain('DTSTART;TZID=Europe/Brussels:20260917T170000');
        expect(ics).to.contain('TRIGGER:-P7D');
        expect(ics).to.contain('TRIGGER:-P1D');
        // The entry links to the call's page, made absolute from the relative info link.
        expect(ics.replace(/\r\n /g, '')).to.contain(`URL:${new URL('/calls/test', document.baseURI).href}`);
      } finally {
        capture.restore();
      }
    });
  });

  describe('the calendar menu of a deadline', () => {
    const params = (a: HTMLElement) => new URL((a as HTMLAnchorElement).href).searchParams;

    it("opens from a cut-off's button with the keyboard: the .ics file, Google Calendar and Outlook.com at the deadline's instant; Escape returns focus", async () => {
      const call = testCall({
        deadlines: [
          { at: '2026-03-29T17:00:00+02:00', label: 'Stage 1' },
          { at: '2026-10-25T17:00:00+01:00', label: 'Stage 2' },
        ],
        opens: '2026-02-02T09:00:00+01:00',
      });
      const el = await banner(call, '2026-03-01T10:00:00+01:00');
      // The first cut-off: the day the clocks go forward in Brussels.
      const button = shadow(el).querySelector<HTMLButtonElement>('.cutoff__calendar')!;
      expect([button.getAttribute('aria-expanded'), button.getAttribute('aria-controls')]).to.deep.equal(['false', 'calendar-menu']);
      button.focus();
      await sendKeys({ press: 'Enter' });
      const menu = await openedCalendarMenu(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(menu.getAttribute('aria-label')).to.equal(nameFromContent(button));
      const [file, google, outlook] = calendarMenuItems(menu);
      const deadline = { at: '2026-03-29T17:00:00+02:00' };
      const instant = '20260329T150000Z';
      // A deadline is a moment: start and end are its instant, in UTC, with the call's zone.
      expect(params(google!).get('dates')).to.equal(`${instant}/${instant}`);
      expect(params(google!).get('ctz')).to.equal('Europe/Brussels');
      expect(params(google!).get('text')).to.match(/^Deadline: Cluster Excellence Call/);
      expect(params(google!).get('details')).to.contain(new URL('/calls/test', document.baseURI).href);
      expect(new Date(params(outlook!).get('startdt')!).toISOString()).to.equal(new Date(deadline.at).toISOString());
      await expect(el).to.be.accessible();
      expect(deepActiveElement()).to.equal(file);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(calendarMenuOf(el)).to.equal(null);
      expect(deepActiveElement()).to.equal(button);
      await expect(el).to.be.accessible();
    });

    it('names its items in Bulgarian', async () => {
      const el = await banner(testCall(), '2026-07-01T10:00:00+02:00', 'bg');
      shadow(el).querySelector<HTMLButtonElement>('.actions [data-calendar]')!.click();
      const menu = await openedCalendarMenu(el);
      expect(calendarMenuItems(menu).map((i) => i.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Файл за календар (.ics)',
        'Google Календар (отваря се в нов раздел)',
        'Outlook.com (отваря се в нов раздел)',
      ]);
      expect(params(calendarMenuItems(menu)[2]!).get('subject')).to.match(/^Краен срок: /);
      await expect(el).to.be.accessible();
    });
  });

  describe('calendar entries of a Markdown summary', () => {
    const params = (a: HTMLElement) => new URL((a as HTMLAnchorElement).href).searchParams;
    const summary = { en: 'Grants for **cluster** managers: [the guide](https://example.org/guide)' };

    /** The `.ics` text (unfolded) and the Google Calendar details of the next deadline, for a banner with `text-format`. */
    async function exported(format: 'markdown' | 'plain'): Promise<{ ics: string; details: string }> {
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner text-format=${format} .call=${testCall({ summary })} now="2026-07-01T10:00:00+02:00"></cluster-funding-call-banner>`,
      );
      const capture = captureDownloads();
      try {
        shadow(el).querySelector<HTMLButtonElement>('.actions [data-calendar]')!.click();
        const menu = await openedCalendarMenu(el);
        const details = params(calendarMenuItems(menu)[1]!).get('details') ?? '';
        calendarMenuItems(menu)[0]!.click();
        await el.updateComplete;
        expect(capture.files).to.have.length(1);
        return { ics: (await capture.files[0]!.blob.text()).replace(/\r\n /g, ''), details };
      } finally {
        capture.restore();
      }
    }

    it('writes the summary as plain text in the .ics file and the web calendar links with text-format="markdown"', async () => {
      const { ics, details } = await exported('markdown');
      expect(ics).to.contain('Grants for cluster managers: the guide (https://example.org/guide)');
      expect(ics).to.not.contain('**');
      expect(details).to.contain('Grants for cluster managers: the guide (https://example.org/guide)');
      expect(details).to.not.contain('](');
    });

    it('writes a plain summary as it is', async () => {
      const { ics, details } = await exported('plain');
      expect(ics).to.contain('Grants for **cluster** managers: [the guide](https://example.org/guide)');
      expect(details).to.contain('Grants for **cluster** managers: [the guide](https://example.org/guide)');
    });
  });

  describe('calendar entries of an attribute-only banner', () => {
    async function uidOf(el: ClusterFundingCallBanner): Promise<string> {
      const capture = captureDownloads();
      try {
        await chooseCalendarFile(el, shadow(el).querySelector<HTMLButtonElement>('.actions [data-calendar]')!);
        const ics = (await capture.files[0]!.blob.text()).replace(/\r\n /g, '');
        return /^UID:(.*)$/m.exec(ics)![1]!;
      } finally {
        capture.restore();
      }
    }

    it('derive the UID from identifier, else the heading, as a token without spaces; an id wins', async () => {
      const byHeading = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner
          heading="Innovative clusters: round 2"
          deadline="2026-09-30T17:00:00+03:00"
          time-zone="Europe/Sofia"
          now="2026-06-01T12:00:00+03:00"
        ></cluster-funding-call-banner>`,
      );
      expect(await uidOf(byHeading)).to.match(/^Innovative-clusters-round-2-deadline-1@/);
      const byIdentifier = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner
          heading="Innovative clusters"
          identifier="BG16RFOP002 1.001"
          deadline="2026-09-30T17:00:00+03:00"
          time-zone="Europe/Sofia"
          now="2026-06-01T12:00:00+03:00"
        ></cluster-funding-call-banner>`,
      );
      expect(await uidOf(byIdentifier)).to.match(/^BG16RFOP002-1\.001-deadline-1@/);
      const byId = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner
          id="innovation-call"
          heading="Innovative clusters"
          identifier="BG16RFOP002-1.001"
          deadline="2026-09-30T17:00:00+03:00"
          time-zone="Europe/Sofia"
          now="2026-06-01T12:00:00+03:00"
        ></cluster-funding-call-banner>`,
      );
      expect(await uidOf(byId)).to.match(/^innovation-call-deadline-1@/);
    });
  });

  describe('links', () => {
    it('marks an external apply link noopener and leaves a relative one alone', async () => {
      const el = await banner(testCall(), '2026-07-01T10:00:00+02:00');
      const [apply, info] = links(el);
      expect(shownOn(apply!)).to.equal('Apply');
      expect(nameFromContent(apply!)).to.equal('Apply: Cluster Excellence Call');
      expect(apply!.getAttribute('rel')).to.equal('noopener');
      expect(apply!.hasAttribute('target')).to.equal(false);
      expect(shownOn(info!)).to.equal('More information');
      expect(nameFromContent(info!)).to.equal('More information: Cluster Excellence Call');
      expect(info!.getAttribute('href')).to.equal('/calls/test');
      expect(info!.hasAttribute('rel')).to.equal(false);
    });

    it('refuses an unsafe apply URL and reports it', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const { el, event } = await withDataError(
          html`<cluster-funding-call-banner
            .call=${testCall({ applyUrl: 'javascript:alert(1)' })}
            now="2026-07-01T10:00:00+02:00"
          ></cluster-funding-call-banner>`,
        );
        expect(event.detail.problems.map((p: DataProblem) => p.path)).to.include('call.applyUrl');
        await el.updateComplete;
        expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['/calls/test']);
        expect(badge(el)).to.equal('Open');
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('attributes', () => {
    it('builds the call from attributes, with the summary slotted', async () => {
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner
          lang="en-GB"
          heading="Digital Clusters Call"
          identifier="DIG-2026"
          programme="Digital Europe"
          opens="2026-05-01T09:00:00+02:00"
          deadline="2026-09-30T17:00:00+02:00"
          time-zone="Europe/Brussels"
          href="https://example.org/digital/apply"
          info-href="https://example.org/digital"
          budget="1500000"
          currency="EUR"
          now="2026-06-01T12:00:00+02:00"
          heading-level="2"
          ><p>Vouchers for digital pilots.</p></cluster-funding-call-banner
        >`,
      );
      expect(el.heading).to.equal('Digital Clusters Call');
      expect(el.timeZone).to.equal('Europe/Brussels');
      expect(el.infoHref).to.equal('https://example.org/digital');
      expect(el.headingLevel).to.equal(2);
      expect(badge(el)).to.equal('Open');
      expect(shadow(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
      expect(textOf(el)).to.contain('Digital Europe');
      expect(textOf(el)).to.contain('DIG-2026');
      expect(textOf(el)).to.contain('30 September 2026 at 17:00 Brussels time');
      expect(textOf(el)).to.contain('Budget €1,500,000');
      const slot = shadow(el).querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Vouchers for digital pilots.');
      expect(slot.closest('.summary')!.hasAttribute('hidden')).to.equal(false);
      expect(slot.hasAttribute('hidden')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('follows attribute changes', async () => {
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner
          lang="en-GB"
          heading="Digital Clusters Call"
          deadline="2026-09-30T17:00:00+02:00"
          time-zone="Europe/Brussels"
          now="2026-06-01T12:00:00+02:00"
        ></cluster-funding-call-banner>`,
      );
      expect(badge(el)).to.equal('Open');
      el.setAttribute('now', '2026-09-30T17:00:00+02:00');
      await el.updateComplete;
      expect(badge(el)).to.equal('Closed');
      el.compact = true;
      await el.updateComplete;
      expect(el.hasAttribute('compact')).to.equal(true);
    });

    it('lets the call property win field by field', async () => {
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner
          lang="en-GB"
          heading="Title from the attribute"
          href="https://example.org/from-attribute"
          now="2026-06-01T12:00:00+02:00"
          .call=${{ id: 'p', title: 'Title from the property', timeZone: 'Europe/Sofia', deadlines: [{ at: '2026-09-30T17:00:00+03:00' }] }}
          ><p>Slotted summary</p></cluster-funding-call-banner
        >`,
      );
      expect(squash(shadow(el).querySelector('[role="heading"]')!.textContent)).to.equal('Title from the property');
      // The property has no applyUrl, so the attribute fills it.
      expect(links(el)[0]!.getAttribute('href')).to.equal('https://example.org/from-attribute');
      expect(textOf(el)).to.contain('30 September 2026 at 17:00 Sofia time');
      // The slotted summary is shown when the property has no summary ...
      expect(shadow(el).querySelector('.summary')!.hasAttribute('hidden')).to.equal(false);
      // ... and hidden (the slot stays) when the property gives one.
      el.call = { ...el.call!, summary: 'Summary from the property' };
      await el.updateComplete;
      expect(textOf(el)).to.contain('Summary from the property');
      expect(shadow(el).querySelector('slot')!.hasAttribute('hidden')).to.equal(true);
    });
  });

  describe('reading order', () => {
    /** True when `a` comes before `b` in the shadow tree. */
    function before(a: Node, b: Node): boolean {
      return Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    }

    it('puts the heading first, then the status and countdown, in the DOM and on screen', async () => {
      const el = await banner(testCall(), '2026-09-05T12:00:00+02:00', 'en-GB');
      const heading = shadow(el).querySelector<HTMLElement>('[role="heading"]')!;
      const status = shadow(el).querySelector<HTMLElement>('[part~="badge"]')!;
      const left = shadow(el).querySelector<HTMLElement>('[part~="countdown"]')!;
      const programme = shadow(el).querySelector<HTMLElement>('.eyebrow')!;
      expect(before(heading, status) && before(status, left) && before(left, programme)).to.equal(true);
      expect(textOf(el)).to.match(/^Cluster Excellence Call Closing soon 12 days left Single Market Programme/);
      // The heading is also the first thing a sighted reader sees, the status right below it.
      const top = (n: Element): number => n.getBoundingClientRect().top;
      expect(top(heading)).to.be.below(top(status));
      expect(top(status)).to.be.at.most(top(programme));
      await expect(el).to.be.accessible();
    });

    it('starts the compact strip with the title, then the status', async () => {
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner lang="en-GB" compact .call=${testCall()} now="2026-09-05T12:00:00+02:00"></cluster-funding-call-banner>`,
      );
      const title = shadow(el).querySelector<HTMLElement>('[part~="title"]')!;
      const status = shadow(el).querySelector<HTMLElement>('[part~="badge"]')!;
      expect(before(title, status)).to.equal(true);
      expect(textOf(el)).to.match(/^Cluster Excellence Call Closing soon 12 days left Deadline:/);
      expect(title.getBoundingClientRect().left).to.be.below(status.getBoundingClientRect().left);
      await expect(el).to.be.accessible();
    });
  });

  describe('compact strip', () => {
    it('shows status, title, next deadline, countdown and actions on one line without a heading', async () => {
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner lang="en-GB" compact .call=${testCall()} now="2026-09-05T12:00:00+02:00"></cluster-funding-call-banner>`,
      );
      const base = shadow(el).querySelector('[part~="base"]')!;
      expect(base.classList.contains('compact')).to.equal(true);
      expect(shadow(el).querySelector('[role="heading"]')).to.equal(null);
      expect(shadow(el).querySelector('dl')).to.equal(null);
      expect(badge(el)).to.equal('Closing soon');
      expect(countdown(el)).to.equal('12 days left');
      expect(textOf(el)).to.contain('Cluster Excellence Call');
      expect(textOf(el)).to.contain('Deadline: 17 Sept 2026, 17:00 Brussels time');
      // The title links to the information page; Apply is the one action.
      expect(links(el).map((a) => [nameFromContent(a), a.getAttribute('href')])).to.deep.equal([
        ['Cluster Excellence Call', '/calls/test'],
        ['Apply: Cluster Excellence Call', 'https://example.org/calls/test/apply'],
      ]);
      expect(shadow(el).querySelector('.summary')!.hasAttribute('hidden')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('dismissible', () => {
    it('has a named close button; a click hides the banner, remembers it and fires cluster-dismiss', async () => {
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner dismissible .call=${testCall()} now="2026-07-01T10:00:00+02:00"></cluster-funding-call-banner>`,
      );
      const close = shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss-button"]')!;
      expect(close.getAttribute('aria-label')).to.equal('Dismiss Cluster Excellence Call');
      await expect(el).to.be.accessible();
      const dismissed = oneEvent(el, 'cluster-dismiss');
      close.click();
      const event = await dismissed;
      expect(event.detail).to.deep.equal({ callId: 'test-excellence-call' });
      await el.updateComplete;
      expect(el.dismissed).to.equal(true);
      expect(el.hasAttribute('dismissed')).to.equal(true);
      expect(el.isConnected).to.equal(true);
      const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.hidden).to.equal(true);
      expect(el.getBoundingClientRect().height).to.equal(0);
      expect(localStorage.getItem(dismissalKey('test-excellence-call'))).to.equal('1');

      const again = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner dismissible .call=${testCall()} now="2026-07-01T10:00:00+02:00"></cluster-funding-call-banner>`,
      );
      expect(again.dismissed).to.equal(true);
      expect(shadow(again).querySelector<HTMLElement>('[part~="base"]')!.hidden).to.equal(true);
    });

    /**
     * The element that has focus, through shadow roots, as `tag#id "text"` (a failed comparison of
     * two elements makes the test runner serialize the whole page).
     */
    function focused(): string {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active ? `${active.localName}${active.id ? `#${active.id}` : ''} "${squash(active.textContent)}"` : 'nothing';
    }
    /**
     * Renders a dismissible banner in `lang` with the markup `before` and `after` it (inserted next
     * to the element: a fixture rooted in a plain element waits for a frame a background tab never
     * gets), focuses its dismiss button and presses Enter.
     */
    async function dismissWithKeyboard(lang: string, before: string, after: string, call = testCall()): Promise<ClusterFundingCallBanner> {
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner lang=${lang} dismissible .call=${call} now="2026-07-01T10:00:00+02:00"></cluster-funding-call-banner>`,
      );
      el.insertAdjacentHTML('beforebegin', before);
      el.insertAdjacentHTML('afterend', after);
      shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      return el;
    }

    it('moves focus to the next control after the banner and says politely that the call was hidden', async () => {
      let fired = 0;
      document.addEventListener('cluster-dismiss', () => fired++, { once: true });
      const el = await dismissWithKeyboard(
        'en',
        '',
        '<button disabled>Disabled</button><button hidden>Hidden</button><a>No link</a><a href="#next" id="next">Next</a>',
      );
      expect(fired).to.equal(1);
      expect(el.dismissed).to.equal(true);
      expect(focused()).to.equal('a#next "Next"');
      expect(squash(liveRegion(el).textContent)).to.equal('The call “Cluster Excellence Call” was hidden.');
      expect(el.hasAttribute('tabindex')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it("moves focus into the next element's shadow root, else to the control before the banner", async () => {
      const into = await dismissWithKeyboard(
        'en',
        '',
        '<cluster-funding-call-banner id="other" lang="en" heading="Other call" deadline="2026-09-30T17:00:00+02:00" time-zone="Europe/Brussels" href="/apply" now="2026-07-01T10:00:00+02:00"></cluster-funding-call-banner>',
      );
      await (document.getElementById('other') as ClusterFundingCallBanner).updateComplete;
      expect(focused()).to.equal('a "ApplyApply: Other call"');
      into.nextElementSibling?.remove();

      // Another call: the first one is remembered as dismissed.
      const back = await dismissWithKeyboard('bg', '<a href="#before" id="before">Преди</a>', '', testCall({ id: 'second-call' }));
      expect(focused()).to.equal('a#before "Преди"');
      expect(squash(liveRegion(back).textContent)).to.equal('Поканата „Покана за клъстерно съвършенство“ е скрита.');
      await expect(back).to.be.accessible();
      back.previousElementSibling?.remove();
    });

    it('focuses the banner itself when nothing else can take focus, and forgets that when shown again', async () => {
      const el = await dismissWithKeyboard('en', '', '');
      expect(el.getAttribute('tabindex')).to.equal('-1');
      expect(focused()).to.equal('cluster-funding-call-banner ""');
      await expect(el).to.be.accessible();
      el.dismissed = false;
      await el.updateComplete;
      expect(el.hasAttribute('tabindex')).to.equal(false);
      expect(squash(liveRegion(el).textContent)).to.equal('');
    });

    it("gives back the page's own tabindex when shown again", async () => {
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner
          lang="en"
          tabindex="0"
          dismissible
          .call=${testCall()}
          now="2026-07-01T10:00:00+02:00"
        ></cluster-funding-call-banner>`,
      );
      shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.getAttribute('tabindex')).to.equal('-1');
      expect(focused()).to.equal('cluster-funding-call-banner ""');
      el.dismissed = false;
      await el.updateComplete;
      expect(el.getAttribute('tabindex')).to.equal('0');
      expect(el.tabIndex).to.equal(0);
    });

    it('focuses the banner itself, not the end of the page, when it sits in a closed shadow root', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <a href="#first" id="first">First</a>
          <div id="closed-host"></div>
          <a href="#last" id="last">Last</a>
        </div>`,
      );
      const root = wrapper.querySelector('#closed-host')!.attachShadow({ mode: 'closed' });
      root.innerHTML = '<a href="#inside">Inside</a>';
      const el = document.createElement('cluster-funding-call-banner');
      Object.assign(el, { lang: 'en', dismissible: true, call: testCall(), now: '2026-07-01T10:00:00+02:00' });
      root.append(el);
      await el.updateComplete;
      shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.dismissed).to.equal(true);
      expect(root.activeElement === el, 'the banner has focus in its root').to.equal(true);
      expect(el.getAttribute('tabindex')).to.equal('-1');
      expect(focused()).to.equal('div#closed-host ""');
      el.dismissed = false;
      await el.updateComplete;
      expect(el.hasAttribute('tabindex')).to.equal(false);
    });

    it('leaves focus alone when it was not in the banner', async () => {
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner lang="en" dismissible .call=${testCall()} now="2026-07-01T10:00:00+02:00"></cluster-funding-call-banner>`,
      );
      el.insertAdjacentHTML('beforebegin', '<input id="field" aria-label="Search">');
      el.insertAdjacentHTML('afterend', '<a href="#next">Next</a>');
      const field = document.getElementById('field') as HTMLInputElement;
      field.focus();
      // A pointer press that does not focus the button (Safari, some touch screens).
      shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss-button"]')!.click();
      await el.updateComplete;
      expect(el.dismissed).to.equal(true);
      expect(focused()).to.equal('input#field ""');
      field.remove();
    });

    it('hides once for two presses made before its focus handling has loaded', async () => {
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner dismissible .call=${testCall()} now="2026-07-01T10:00:00+02:00"></cluster-funding-call-banner>`,
      );
      let fired = 0;
      el.addEventListener('cluster-dismiss', () => fired++);
      const close = shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss-button"]')!;
      close.click();
      close.click();
      await el.updateComplete;
      expect(fired).to.equal(1);
      expect(el.dismissed).to.equal(true);
    });

    it('ignores a stored dismissal when not dismissible, and can be shown again', async () => {
      localStorage.setItem(dismissalKey('test-excellence-call'), '1');
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner .call=${testCall()} now="2026-07-01T10:00:00+02:00"></cluster-funding-call-banner>`,
      );
      expect(shadow(el).querySelector<HTMLElement>('[part~="base"]')!.hidden).to.equal(false);
      el.dismissible = true;
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLElement>('[part~="base"]')!.hidden).to.equal(true);
      el.dismissed = false;
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLElement>('[part~="base"]')!.hidden).to.equal(false);
    });

    it('works from the keyboard and survives storage that refuses to write', async () => {
      const el = await fixture<ClusterFundingCallBanner>(
        html`<cluster-funding-call-banner dismissible .call=${testCall()} now="2026-07-01T10:00:00+02:00"></cluster-funding-call-banner>`,
      );
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
      let fired = 0;
      el.addEventListener('cluster-dismiss', () => fired++);
      try {
        // Apply, More information, Add deadline to calendar, Dismiss.
        for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement?.getAttribute('part')).to.equal('dismiss-button');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      } finally {
        Storage.prototype.setItem = original;
      }
      expect(fired).to.equal(1);
      expect(el.dismissed).to.equal(true);
      expect(localStorage.getItem(dismissalKey('test-excellence-call'))).to.equal(null);
    });
  });

  describe('clock and timers', () => {
    it('creates no timer while now is pinned', async () => {
      const spy = timerSpy();
      try {
        const el = await banner(testCall(), '2026-09-17T16:59:00+02:00');
        expect(countdown(el)).to.equal('1 minute left');
        await el.updateComplete;
        expect(spy.created).to.equal(0);
      } finally {
        spy.restore();
      }
    });

    it('releases its timer on disconnect and restarts it on reconnect', async () => {
      const spy = timerSpy();
      try {
        const future = new Date(Date.now() + 30 * DAY).toISOString();
        const el = await banner(testCall({ opens: undefined, opensEstimate: undefined, deadlines: [{ at: future }] }), null);
        expect(badge(el)).to.equal('Open');
        expect(spy.pending).to.equal(1);
        const parent = el.parentElement!;
        el.remove();
        expect(spy.pending).to.equal(0);
        parent.append(el);
        await el.updateComplete;
        expect(spy.pending).to.equal(1);
        el.remove();
        expect(spy.pending).to.equal(0);
      } finally {
        spy.restore();
      }
    });

    it('lets the real clock take over when now is removed', async () => {
      const spy = timerSpy();
      try {
        const future = new Date(Date.now() + 30 * DAY).toISOString();
        const el = await banner(testCall({ opens: '2020-01-01T00:00:00Z', deadlines: [{ at: future }] }), '2019-12-31T12:00:00Z');
        expect(badge(el)).to.equal('Forthcoming');
        expect(spy.pending).to.equal(0);
        el.removeAttribute('now');
        await el.updateComplete;
        expect(badge(el)).to.equal('Open');
        expect(countdown(el)).to.equal('29 days left');
        expect(spy.pending).to.equal(1);
        el.remove();
        expect(spy.pending).to.equal(0);
      } finally {
        spy.restore();
      }
    });

    it('keeps no timer for a closed call', async () => {
      const spy = timerSpy();
      try {
        const el = await banner(testCall({ deadlines: [{ at: '2020-01-31T17:00:00+01:00' }], opens: '2019-10-01T09:00:00+02:00' }), null);
        expect(badge(el)).to.equal('Closed');
        expect(spy.pending).to.equal(0);
      } finally {
        spy.restore();
      }
    });

    it('announces the new status once when the deadline passes while displayed, and fires the event once', async () => {
      const clock = fakeTimers({ date: true });
      try {
        const deadline = new Date(clock.time + 1500).toISOString();
        const el = await banner(testCall({ opens: undefined, deadlines: [{ at: deadline }] }), null);
        const live = liveRegion(el);
        expect(live.getAttribute('role')).to.equal('status');
        expect(live.textContent.trim()).to.equal('');
        expect(badge(el)).to.equal('Closing soon');
        expect(countdown(el)).to.equal('1 minute left');
        let changes = 0;
        const observer = new MutationObserver(() => changes++);
        observer.observe(live, { childList: true, characterData: true, subtree: true });
        const events: CustomEvent[] = [];
        el.addEventListener('cluster-call-status-change', (e) => events.push(e));
        const changed = oneEvent(el, 'cluster-call-status-change');
        await advance(el, clock, 1500);
        const event = await changed;
        expect(event.detail).to.deep.equal({ status: 'closed', previousStatus: 'closing-soon', callId: 'test-excellence-call' });
        expect(event.bubbles && event.composed).to.equal(true);
        await el.updateComplete;
        expect(badge(el)).to.equal('Closed');
        expect(countdown(el)).to.equal('');
        expect(squash(live.textContent)).to.equal('The call “Cluster Excellence Call” is now closed.');
        // Time goes on: nothing more is announced, and the closed call keeps no timer.
        expect(clock.pending).to.equal(0);
        clock.tick(DAY);
        await el.updateComplete;
        observer.disconnect();
        expect(events).to.have.length(1);
        expect(changes).to.equal(1);
        expect(squash(live.textContent)).to.equal('The call “Cluster Excellence Call” is now closed.');
      } finally {
        clock.restore();
      }
    });

    it('updates the countdown when its number changes, without announcing anything', async () => {
      const clock = fakeTimers({ date: true });
      try {
        // 2 minutes (rounded up) left now; 1 minute left in 0.8 s; the status stays closing soon.
        const deadline = new Date(clock.time + MINUTE + 800).toISOString();
        const el = await banner(testCall({ opens: undefined, deadlines: [{ at: deadline }] }), null);
        expect(countdown(el)).to.equal('2 minutes left');
        let fired = 0;
        el.addEventListener('cluster-call-status-change', () => fired++);
        await advance(el, clock, 799);
        expect(countdown(el)).to.equal('2 minutes left');
        await advance(el, clock, 1);
        expect(countdown(el)).to.equal('1 minute left');
        expect(badge(el)).to.equal('Closing soon');
        expect(liveRegion(el).textContent.trim()).to.equal('');
        expect(fired).to.equal(0);
        expect(clock.pending).to.equal(1);
        el.remove();
        expect(clock.pending).to.equal(0);
      } finally {
        clock.restore();
      }
    });

    it('announces each status change once as a call opens and then closes', async () => {
      const clock = fakeTimers({ date: true });
      try {
        const opens = new Date(clock.time + 600).toISOString();
        const deadline = new Date(clock.time + 1400).toISOString();
        const el = await banner(testCall({ opens, deadlines: [{ at: deadline }] }), null);
        expect(badge(el)).to.equal('Forthcoming');
        const seen: string[] = [];
        el.addEventListener('cluster-call-status-change', (e) => {
          void el.updateComplete.then(() => seen.push(`${e.detail.previousStatus}>${e.detail.status}: ${squash(liveRegion(el).textContent)}`));
        });
        await advance(el, clock, 600);
        expect(seen).to.deep.equal(['forthcoming>closing-soon: The call “Cluster Excellence Call” is closing soon.']);
        await advance(el, clock, 800);
        // Time goes on: the closed call keeps no timer, and nothing more is announced.
        expect(clock.pending).to.equal(0);
        clock.tick(DAY);
        await el.updateComplete;
        expect(seen).to.deep.equal([
          'forthcoming>closing-soon: The call “Cluster Excellence Call” is closing soon.',
          'closing-soon>closed: The call “Cluster Excellence Call” is now closed.',
        ]);
      } finally {
        clock.restore();
      }
    });

    it('does not fire the status event when the page changes now', async () => {
      const el = await banner(testCall(), '2026-07-01T10:00:00+02:00');
      let fired = 0;
      el.addEventListener('cluster-call-status-change', () => fired++);
      el.now = '2026-09-18T10:00:00+02:00';
      await el.updateComplete;
      expect(badge(el)).to.equal('Closed');
      expect(fired).to.equal(0);
      expect(liveRegion(el).textContent.trim()).to.equal('');
    });
  });

  describe('bad input', () => {
    async function withWarnings(run: (warnings: string[]) => Promise<void>): Promise<void> {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        await run(warnings);
      } finally {
        console.warn = original;
      }
    }

    it('shows an error state for a call that cannot be used, fires cluster-data-error and warns once', async () => {
      await withWarnings(async (warnings) => {
        const broken = { id: 'broken', title: 'No zone', deadlines: [{ at: 'tomorrow' }] } as unknown as FundingCall;
        const { el, event } = await withDataError(html`<cluster-funding-call-banner .call=${broken}></cluster-funding-call-banner>`);
        const problems = event.detail.problems.map((p: DataProblem) => `${p.path}: ${p.message}`);
        expect(problems).to.include('call.timeZone: is required but missing');
        await el.updateComplete;
        expect(textOf(el)).to.contain('This content could not be shown');
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.filter((w) => w.includes('call.timeZone'))).to.have.length(1);
        expect(liveRegion(el)).to.not.equal(null);
        await expect(el).to.be.accessible();
      });
    });

    it('reports a bad opensBy with its path and keeps the call forthcoming', async () => {
      await withWarnings(async () => {
        for (const [opensBy, message] of [
          ['end of 2018', '"end of 2018" is not a date (YYYY-MM-DD)'],
          ['2018-02-30', '"2018-02-30" is not a real date'],
          [20181231, 'expected a date (YYYY-MM-DD), got the number 20181231'],
        ] as const) {
          const call = { id: 'opic', title: 'OPIC', timeZone: 'Europe/Sofia', opensEstimate: 'By the end of 2018', opensBy, deadlines: [] };
          const { el, event } = await withDataError(
            html`<cluster-funding-call-banner .call=${call as unknown} now="2026-07-01T12:00:00+03:00"></cluster-funding-call-banner>`,
          );
          const problems = event.detail.problems.map((p: DataProblem) => `${p.path}: ${p.message}`);
          expect(problems).to.include(`call.opensBy: ${message}`);
          expect(badge(el)).to.equal('Forthcoming');
          await expect(el).to.be.accessible();
        }
        // Beside an opening date it says nothing more: the opening date counts.
        const dated = { id: 'opic', title: 'OPIC', timeZone: 'Europe/Sofia', opens: '2019-03-01', opensBy: '2018-12-31', deadlines: [] };
        const el = await banner(dated, '2019-02-01T12:00:00+02:00');
        expect(badge(el)).to.equal('Forthcoming');
        expect(textOf(el)).to.contain('Opens 1 March 2019');
      });
    });

    it('survives values of the wrong kind', async () => {
      await withWarnings(async () => {
        for (const call of ['nonsense', 42, [], { deadlines: 'soon' }, { id: 'x', title: 'T', timeZone: 'Mars/Olympus', deadlines: [] }]) {
          const el = await banner(call, '2026-07-01T10:00:00+02:00');
          expect(textOf(el)).to.contain('This content could not be shown');
        }
      });
    });

    it('reports a bad now and falls back to the real clock', async () => {
      await withWarnings(async (warnings) => {
        const el = await banner(testCall({ opens: '2020-01-01T00:00:00Z', deadlines: [{ at: '2020-06-01T00:00:00Z' }] }), 'yesterday');
        expect(badge(el)).to.equal('Closed');
        expect(warnings.some((w) => w.includes('now: "yesterday" is not an RFC 3339 date-time'))).to.equal(true);
      });
    });

    it('reports an offset-less deadline attribute and a non-numeric budget', async () => {
      await withWarnings(async (warnings) => {
        const el = await fixture<ClusterFundingCallBanner>(
          html`<cluster-funding-call-banner
            heading="Attribute call"
            opens="2026-05-01T09:00:00+02:00"
            deadline="2026-09-30T17:00:00"
            time-zone="Europe/Brussels"
            budget="lots"
            currency="EUR"
            now="2026-06-01T12:00:00+02:00"
          ></cluster-funding-call-banner>`,
        );
        expect(warnings).to.include('<cluster-funding-call-banner> deadline: "2026-09-30T17:00:00" has no UTC offset (add Z or one like +03:00)');
        expect(warnings).to.include('<cluster-funding-call-banner> budget: expected a number, got the text "lots"');
        // Still shows what is usable: opened, no deadline known.
        expect(textOf(el)).to.contain('Attribute call');
        expect(textOf(el)).to.not.contain('Budget');
      });
    });

    it('reports every bad attribute at once, under the attribute names the editor typed', async () => {
      await withWarnings(async () => {
        const { el, event } = await withDataError(
          html`<cluster-funding-call-banner
            heading="Bad call"
            deadline="30.10.2026"
            opens="soon"
            time-zone="Mars/Olympus"
            budget="a lot"
            currency="euro"
            href="javascript:alert(3)"
            info-href="javascript:alert(4)"
            now="2026-06-01T12:00:00+02:00"
          ></cluster-funding-call-banner>`,
        );
        expect(event.detail.problems).to.deep.equal([
          { path: 'time-zone', message: '"Mars/Olympus" is not a known IANA time zone (like "Europe/Sofia")' },
          { path: 'opens', message: '"soon" is not an RFC 3339 date-time or a date (YYYY-MM-DD)' },
          { path: 'deadline', message: '"30.10.2026" is not an RFC 3339 date-time' },
          { path: 'budget', message: 'expected a number, got the text "a lot"' },
          { path: 'currency', message: '"euro" is not a three-letter ISO 4217 currency code (like "EUR")' },
          { path: 'href', message: '"javascript:alert(3)" is not a safe link (only http, https, mailto, tel or relative)' },
          { path: 'info-href', message: '"javascript:alert(4)" is not a safe link (only http, https, mailto, tel or relative)' },
        ]);
        await el.updateComplete;
        expect(textOf(el)).to.contain('This content could not be shown');
        await expect(el).to.be.accessible();
      });
    });

    it('names a missing deadline and time zone as attributes, and keeps data paths for the call property', async () => {
      await withWarnings(async () => {
        const { event } = await withDataError(html`<cluster-funding-call-banner heading="No dates"></cluster-funding-call-banner>`);
        expect(event.detail.problems).to.deep.equal([
          { path: 'time-zone', message: 'is required but missing' },
          { path: 'deadline', message: 'is required but missing (or give opens)' },
        ]);
        const before = await withDataError(
          html`<cluster-funding-call-banner
            heading="Wrong order"
            opens="2027-06-01T10:00:00+03:00"
            deadline="2027-05-01T17:00:00+03:00"
            time-zone="Europe/Sofia"
            now="2027-04-01T10:00:00+03:00"
          ></cluster-funding-call-banner>`,
        );
        expect(before.event.detail.problems).to.deep.equal([
          { path: 'deadline', message: '"2027-05-01T17:00:00+03:00" is before the opening "2027-06-01T10:00:00+03:00"; it is ignored' },
        ]);
        const mixed = await withDataError(
          html`<cluster-funding-call-banner
            href="javascript:alert(5)"
            currency="EUR"
            .call=${{ id: 'p', title: 'Property call', timeZone: 'Europe/Sofia', deadlines: [{ at: 'tomorrow' }], opens: '2026-01-01' }}
            now="2026-06-01T12:00:00+02:00"
          ></cluster-funding-call-banner>`,
        );
        expect(mixed.event.detail.problems.map((p: DataProblem) => p.path)).to.deep.equal(['call.deadlines[0].at', 'call.deadlines[0]', 'href', 'currency']);
        expect(mixed.event.detail.problems.at(-1)!.message).to.equal('"EUR" is ignored without budget');
      });
    });

    it('shows an empty state with nothing to show', async () => {
      const el = await fixture<ClusterFundingCallBanner>(html`<cluster-funding-call-banner></cluster-funding-call-banner>`);
      expect(textOf(el)).to.contain('Nothing to show yet.');
      await expect(el).to.be.accessible();
    });
  });

  describe('the fictional summit calls', () => {
    it('renders every call in English and Bulgarian accessibly', async () => {
      for (const call of blueSummit2026.fundingCalls ?? []) {
        for (const lang of ['en', 'bg']) {
          const el = await banner(call, '2026-11-28T12:00:00+02:00', lang);
          expect(badge(el)).to.not.equal('');
          await expect(el).to.be.accessible();
        }
      }
    });
  });
});
