import { Pause } from '../src/base/pause.js';
import { fakeTimers } from './helpers/timers.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { customElement, property } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { ClusterElement } from '../src/base/cluster-element.js';
import { sharedStyles } from '../src/styles/tokens.js';
import { commonStrings } from '../src/i18n/common.js';
import { preloadStrings } from '../src/i18n/strings.js';
import { uiLocale, intlLocale } from '../src/i18n/locale.js';
import type { DataProblem } from '../src/data/types.js';
import { headingTemplate } from '../src/base/heading.js';
import { formatGroup, groupProblems, warnOnce } from '../src/base/problems.js';

@customElement('test-base-probe')
class TestBaseProbe extends ClusterElement {
  static override styles = sharedStyles;
  @property({ attribute: false }) problems: DataProblem[] = [];
  @property() state: 'loading' | 'empty' | 'error' | '' = '';
  override updated(): void {
    this.reportProblems(this.problems);
  }
  override render() {
    return litHtml`<div part="base">${this.state ? this.renderState(this.state) : commonStrings(this.language).showMore}</div>`;
  }
}

describe('ClusterElement base', () => {
  it('takes its language from the nearest lang attribute and follows changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><test-base-probe></test-base-probe></div>`);
    const el = wrapper.querySelector('test-base-probe') as TestBaseProbe;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Още');
    wrapper.setAttribute('lang', 'en-GB');
    await waitUntil(() => el.shadowRoot!.textContent.includes('Show more'), 'the language follows lang');
    expect(el.shadowRoot!.textContent).to.contain('Show more');
  });

  it('looks through shadow roots to the host language', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="bg"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('test-base-probe') as TestBaseProbe;
    root.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Още');
  });

  it('fires cluster-data-error once per distinct set of problems and warns once per problem', async () => {
    const el = await fixture<TestBaseProbe>(html`<test-base-probe></test-base-probe>`);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      let count = 0;
      el.addEventListener('cluster-data-error', () => count++);
      const problems = [{ path: 'sessions[3].start', message: '"tomorrow" is not an RFC 3339 date-time' }];
      const reported = oneEvent(el, 'cluster-data-error');
      el.problems = problems;
      const event = await reported;
      expect(event.detail.problems).to.deep.equal(problems);
      expect(event.bubbles && event.composed).to.equal(true);
      el.problems = [...problems];
      await el.updateComplete;
      el.state = 'empty';
      await el.updateComplete;
      expect(count).to.equal(1);
      expect(warnings).to.deep.equal(['<test-base-probe> sessions[3].start: "tomorrow" is not an RFC 3339 date-time']);
    } finally {
      console.warn = original;
    }
  });

  it('groups problems of one kind into one warning with the count and the first paths; detail.problems keeps every one', async () => {
    const el = await fixture<TestBaseProbe>(html`<test-base-probe></test-base-probe>`);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      const offsetless = Array.from({ length: 36 }, (_, i) => ({
        path: `event.sessions[${i}].start`,
        message: `"2018-05-21T${String(9 + (i % 9)).padStart(2, '0')}:00" has no UTC offset (add Z or one like +03:00)`,
      }));
      const zone = Array.from({ length: 5 }, (_, i) => ({ path: `event.sessions[${i}].room`, message: 'is not one of the rooms' }));
      const single = { path: 'event.name', message: 'is required but missing' };
      const problems = [...offsetless, single, ...zone];
      const reported = oneEvent(el, 'cluster-data-error');
      el.problems = problems;
      const event = await reported;
      expect(event.detail.problems).to.have.length(42);
      await el.updateComplete;
      expect(warnings).to.deep.equal([
        '<test-base-probe> 36 × event.sessions[…].start: "…" has no UTC offset (add Z or one like +03:00) — at:\n' +
          '  event.sessions[0].start: "2018-05-21T09:00" has no UTC offset (add Z or one like +03:00)\n' +
          '  event.sessions[1].start: "2018-05-21T10:00" has no UTC offset (add Z or one like +03:00)\n' +
          '  event.sessions[2].start: "2018-05-21T11:00" has no UTC offset (add Z or one like +03:00)\n' +
          '  and 33 more',
        '<test-base-probe> event.name: is required but missing',
        '<test-base-probe> 5 × event.sessions[…].room: is not one of the rooms — at event.sessions[0].room, event.sessions[1].room, event.sessions[2].room and 2 more',
      ]);
      // The same problems again (a re-render, or another set that contains them): no repeat.
      el.problems = [...problems, { path: 'event.sessions[36].start', message: '"2018-05-22T09:00" has no UTC offset (add Z or one like +03:00)' }];
      await el.updateComplete;
      expect(warnings.slice(3)).to.deep.equal(['<test-base-probe> event.sessions[36].start: "2018-05-22T09:00" has no UTC offset (add Z or one like +03:00)']);
    } finally {
      console.warn = original;
    }
  });

  it('groups by the shape of path and message: values and indexes aside, wording and keys apart', () => {
    const groups = groupProblems([
      { path: 'people[0].photo', message: '"javascript:x" is not a safe link' },
      { path: 'people[3].photo', message: '"data:y" is not a safe link' },
      { path: 'people[3].url', message: '"data:y" is not a safe link' },
      { path: 'people[4].photo', message: 'expected the text of a link, got the number 5' },
      { path: 'projects[1].budget', message: 'expected a number, got the text "lots"' },
      { path: 'projects[2].budget', message: 'expected a number, got the text "many"' },
    ]);
    expect(groups.map((g) => g.length)).to.deep.equal([2, 1, 1, 2]);
    expect(formatGroup(groups[0]!)).to.equal(
      '2 × people[…].photo: "…" is not a safe link — at:\n  people[0].photo: "javascript:x" is not a safe link\n  people[3].photo: "data:y" is not a safe link',
    );
    // Values on which every problem agrees stay (the 3 of "RFC 3339", the same text twice).
    expect(
      formatGroup([
        { path: 'a[1].b', message: '"x" is not RFC 3339' },
        { path: 'a[2].b', message: '"x" is not RFC 3339' },
      ]),
    ).to.equal('2 × a[…].b: "x" is not RFC 3339 — at a[1].b, a[2].b');
    expect(formatGroup([{ path: '', message: 'the data is empty' }])).to.equal('the data is empty');
  });

  it('warnOnce keeps its memory per element tag', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      const problem = { path: 'x', message: 'is odd (once per tag)' };
      warnOnce('tag-one', [problem, problem]);
      warnOnce('tag-one', [problem]);
      warnOnce('tag-two', [problem]);
      expect(warnings).to.deep.equal(['<tag-one> x: is odd (once per tag)', '<tag-two> x: is odd (once per tag)']);
    } finally {
      console.warn = original;
    }
  });

  for (const state of ['loading', 'empty', 'error'] as const) {
    it(`renders an accessible ${state} state`, async () => {
      const el = await fixture<TestBaseProbe>(html`<test-base-probe state=${state}></test-base-probe>`);
      const status = el.shadowRoot!.querySelector('[role="status"]');
      expect(status).to.exist;
      expect(status!.textContent.trim()).to.not.equal('');
      await expect(el).to.be.accessible();
    });
  }

  it('maps languages onto UI catalogs and Intl locales', async () => {
    expect(uiLocale('bg-BG')).to.equal('bg');
    expect(uiLocale('de')).to.equal('en');
    expect(uiLocale(undefined)).to.equal('en');
    expect(intlLocale('en-gb')).to.equal('en-GB');
    expect(intlLocale('not a tag!')).to.equal('en');
    await preloadStrings('bg'); // outside an element, the sync catalogs need their language loaded
    expect(commonStrings('bg').someSkipped(1)).to.contain('1 елемент');
    expect(commonStrings('bg').someSkipped(3)).to.contain('3 елемента');
  });
});

@customElement('test-late-probe')
class TestLateProbe extends ClusterElement {
  @property() text = 'first';
  /** Starts work that changes the text once `done` settles, as a module loaded on first use does. */
  later(done: Promise<void>, text: string): void {
    void this.trackWork(done.then(() => void (this.text = text)));
  }
  override render() {
    return litHtml`<p>${this.text}</p>`;
  }
}

/** Work the test finishes when it chooses. */
function work(): { promise: Promise<void>; finish: () => void } {
  let finish!: () => void;
  const promise = new Promise<void>((resolve) => (finish = resolve));
  return { promise, finish };
}

/** Whether `promise` has settled after the tasks queued so far ran (a zero-delay task: nothing is timed). */
async function settledYet(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return settled;
}

describe('work done after an update (modules loaded on first use)', () => {
  it('updateComplete waits for tracked work and for the update it causes', async () => {
    const el = await fixture<TestLateProbe>(html`<test-late-probe></test-late-probe>`);
    const second = work();
    el.later(second.promise, 'second');
    const first = el.updateComplete;
    expect(await settledYet(first), 'updateComplete waits for the work').to.equal(false);
    expect(el.shadowRoot!.textContent).to.contain('first');
    second.finish();
    expect(await first).to.equal(true);
    expect(el.shadowRoot!.textContent).to.contain('second');
    // Work that starts while waiting is waited for as well.
    const third = work();
    const fourth = work();
    el.later(third.promise, 'third');
    const done = el.updateComplete;
    el.later(fourth.promise, 'fourth');
    third.finish();
    expect(await settledYet(done), 'updateComplete waits for the work started while waiting').to.equal(false);
    expect(el.shadowRoot!.textContent).to.contain('third');
    fourth.finish();
    await done;
    expect(el.shadowRoot!.textContent).to.contain('fourth');
  });

  it('a rejected piece of work does not break updateComplete', async () => {
    const el = await fixture<TestLateProbe>(html`<test-late-probe></test-late-probe>`);
    const failing = Promise.reject(new Error('chunk did not arrive'));
    failing.catch(() => undefined);
    (el as unknown as { trackWork(p: Promise<unknown>): Promise<unknown> }).trackWork(failing).catch(() => undefined);
    expect(await el.updateComplete).to.equal(true);
  });
});

describe('offerICalendar', () => {
  it('loads the writer, offers the file and resolves; a failing writer warns once and never rejects', async () => {
    const { offerICalendar } = await import('../src/base/calendar.js');
    const { downloadsDuring } = await import('./helpers/downloads.js');
    const files = await downloadsDuring(() =>
      offerICalendar('test-tag', undefined, ({ icsForEvent }) => ({
        ics: icsForEvent({ lang: 'en', event: { id: 'x', name: 'Offered day', timeZone: 'Europe/Sofia', start: '2026-06-16' } }, { lang: 'en' }),
        filename: 'Offered day',
      })),
    );
    expect(files.map((f) => f.name)).to.deep.equal(['Offered day.ics']);
    expect(files[0]!.text).to.contain('SUMMARY:Offered day');

    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const none = await downloadsDuring(() =>
        offerICalendar('test-tag', undefined, () => {
          throw new Error('broken writer');
        }),
      );
      expect(none).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal(['<test-tag>: the calendar file could not be made (broken writer)']);
  });

  it('gives the writer the Markdown parser for a Markdown document only', async () => {
    const { offerICalendar } = await import('../src/base/calendar.js');
    const { downloadsDuring } = await import('./helpers/downloads.js');
    const doc = (textFormat?: 'markdown') => ({
      lang: 'en',
      ...(textFormat ? { textFormat } : {}),
      event: { id: 'x', name: 'Offered day', description: 'A **bold** [plan](https://example.org/plan)', timeZone: 'Europe/Sofia', start: '2026-06-16' },
    });
    const offer = (textFormat: 'markdown' | undefined) =>
      downloadsDuring(() =>
        offerICalendar('test-tag', textFormat, ({ icsForEvent }) => ({ ics: icsForEvent(doc(textFormat), { lang: 'en' }), filename: 'x' })),
      );
    const [markdown] = await offer('markdown');
    expect(markdown!.text).to.contain('DESCRIPTION:A bold plan (https://example.org/plan)');
    const [plain] = await offer(undefined);
    expect(plain!.text).to.contain('DESCRIPTION:A **bold** [plan](https://example.org/plan)');
  });
});

describe('JsonLdController', () => {
  it('publishes a document once its writer loads, and a newer call wins over one still loading', async () => {
    const { JsonLdController, JSON_LD_MARKER } = await import('../src/base/json-ld.js');
    const host = await fixture<TestLateProbe>(html`<test-late-probe></test-late-probe>`);
    const controller = new JsonLdController(host);
    const doc = { lang: 'en', event: { id: 'ld', name: 'Graph day', timeZone: 'Europe/Sofia', start: '2026-06-16' } };
    expect(await controller.publish(doc, 'en')).to.deep.equal([]);
    const scripts = () => host.querySelectorAll(`script[${JSON_LD_MARKER}]`);
    expect(scripts()).to.have.length(1);
    expect(JSON.parse(scripts()[0]!.textContent)['@graph'][0].name).to.equal('Graph day');
    // A publish still loading loses to a later set(null): the script goes and stays gone.
    const pending = controller.publish({ ...doc, event: { ...doc.event, name: 'Stale day' } }, 'en');
    controller.set(null);
    expect(await pending, 'a superseded publish reports nothing').to.equal(null);
    expect(scripts()).to.have.length(0);
    // A document the writer cannot handle is a problem with a path, not an exception.
    const problems = await controller.publish({ lang: 'en', event: null } as never, 'en');
    expect(problems?.map((p) => p.path)).to.deep.equal(['document']);
  });

  it('publishes the Markdown prose of a document with textFormat "markdown" as plain text, and plain prose as written', async () => {
    const { JsonLdController, JSON_LD_MARKER } = await import('../src/base/json-ld.js');
    const host = await fixture<TestLateProbe>(html`<test-late-probe></test-late-probe>`);
    const controller = new JsonLdController(host);
    const event = { id: 'ld', name: 'Graph day', timeZone: 'Europe/Sofia', start: '2026-06-16', description: 'A **bold** [plan](https://example.org/plan)' };
    const description = () => JSON.parse(host.querySelector(`script[${JSON_LD_MARKER}]`)!.textContent)['@graph'][0].description as string;
    expect(await controller.publish({ lang: 'en', textFormat: 'markdown', event }, 'en')).to.deep.equal([]);
    expect(description()).to.equal('A bold plan (https://example.org/plan)');
    expect(await controller.publish({ lang: 'en', event }, 'en')).to.deep.equal([]);
    expect(description()).to.equal('A **bold** [plan](https://example.org/plan)');
  });
});

describe('headingTemplate', () => {
  const render = async (level: number, fallback?: number): Promise<HTMLElement> => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>${headingTemplate(level, 'h', 'Topic', fallback)}</div>`);
    return wrapper.firstElementChild as HTMLElement;
  };

  it('renders levels 1-6 as h1-h6 with the part, class and id', async () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      const el = await render(level);
      expect([el.localName, el.getAttribute('part'), el.className, el.id, el.textContent]).to.deep.equal([`h${level}`, 'title', 'heading', 'h', 'Topic']);
    }
  });

  it('renders levels above 6 as role="heading" with aria-level, keeping part, class and id', async () => {
    const el = await render(7);
    expect([el.localName, el.getAttribute('role'), el.getAttribute('aria-level'), el.getAttribute('part'), el.className, el.id]).to.deep.equal([
      'p',
      'heading',
      '7',
      'title',
      'heading',
      'h',
    ]);
    expect((await render(12)).getAttribute('aria-level')).to.equal('12');
    await expect(el.parentElement).to.be.accessible();
  });

  it('falls back for levels that are not positive integers', async () => {
    expect((await render(0)).localName).to.equal('h3');
    expect((await render(Number.NaN, 2)).localName).to.equal('h2');
    expect((await render(2.5, 4)).localName).to.equal('h4');
    expect((await render(-1)).localName).to.equal('h3');
  });
});

describe('Pause', () => {
  it('runs once after the last restart, and flush runs it at once only while it waits', () => {
    let runs = 0;
    const pause = new Pause(() => runs++, 20);
    pause.flush();
    expect(runs, 'nothing waits yet').to.equal(0);
    const clock = fakeTimers();
    try {
      pause.restart();
      clock.tick(15);
      pause.restart();
      expect(pause.pending).to.equal(true);
      clock.tick(19);
      expect(runs, 'the restart put it off').to.equal(0);
      clock.tick(1);
      expect([runs, pause.pending]).to.deep.equal([1, false]);
      pause.restart();
      pause.flush();
      expect([runs, pause.pending]).to.deep.equal([2, false]);
      clock.tick(40);
      expect(runs, 'the flushed wait does not run again').to.equal(2);
    } finally {
      clock.restore();
    }
  });
});
