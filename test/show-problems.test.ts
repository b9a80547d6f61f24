// `show-problems`: every element lists the problems found in its data in the page (for editors
// previewing a CMS page), next to what it could show and with its error state; never without the
// attribute. The list loads on demand; `updateComplete` (and so `mount`) waits for it.
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { GATED_ELEMENTS, type ElementGate } from './gates/elements.js';
import { mount, settle, type ElementInput, type Mounted } from './gates/harness.js';
import { blueSummit2026, varna2018 } from '../stories/data/index.js';
import { parseEventDocument } from '../src/data/parse.js';
import { buildAgenda } from '../src/data/agenda-view.js';
import { projectCardViewsFromDocument } from '../src/data/project-view.js';
import { speakerViewFromPerson } from '../src/data/people-view.js';
import type { DataProblem, EventDocument } from '../src/data/types.js';
import { text } from './helpers/dom.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const varna = parseEventDocument(varna2018).document as EventDocument;

/** The Varna document with three session starts written without a UTC offset (a systematic slip). */
function offsetless(): unknown {
  const doc = clone(varna2018) as { event: { sessions: { start?: string }[] } };
  doc.event.sessions.slice(0, 3).forEach((s, i) => (s.start = `2018-07-06T1${i}:00:00`));
  return doc;
}

/** Per element: data with problems that still leaves something to show. */
const WITH_CONTENT: Record<string, () => ElementInput> = {
  'cluster-agenda': () => ({ props: { data: offsetless() } }),
  'cluster-event': () => ({ props: { data: offsetless() } }),
  'cluster-event-list': () => ({ props: { data: [clone(varna2018), 42, { event: { name: 'No dates' } }] } }),
  'cluster-event-header': () => ({ props: { data: { ...clone(varna2018), event: { ...clone(varna2018).event, url: 'javascript:alert(1)' } } } }),
  'cluster-agenda-track': () => {
    const track = buildAgenda(varna, { timeZone: varna.event.timeZone, lang: 'en' }).days.flatMap((d) => d.tracks)[0]!;
    return { props: { track: { ...track, color: 'red; background: url(x.png)' } } };
  },
  'cluster-funding-call-banner': () => ({
    attrs: {
      heading: 'Attribute call',
      opens: '2026-05-01T09:00:00+02:00',
      deadline: '2026-09-30T17:00:00',
      'time-zone': 'Europe/Brussels',
      budget: 'lots',
      now: '2026-06-01T12:00:00+02:00',
    },
  }),
  'cluster-objective-list': () => ({
    props: { items: [{ text: 'Map the regional innovation system', status: 'done' }, { text: 42 }, { text: 'Agree a plan' }] },
  }),
  'cluster-project-card': () => ({
    props: { project: projectCardViewsFromDocument(varna).find((p) => p.id === 'trace-kei') },
    attrs: { 'time-zone': 'Mars/Olympus_Mons' },
  }),
  'cluster-speaker-block': () => ({
    props: {
      speaker: {
        ...speakerViewFromPerson(
          varna.people!.find((p) => p.id === 'rep-bulgarian-furniture-cluster')!,
          varna,
        ),
        photo: 'javascript:alert(1)',
      },
    },
  }),
  'cluster-speaker-list': () => {
    const doc = clone(blueSummit2026) as { people: { photo?: string }[] };
    doc.people[0]!.photo = 'javascript:alert(1)';
    doc.people[1]!.photo = 'javascript:alert(2)';
    return { props: { data: doc } };
  },
};

const withAttribute = (input: ElementInput, extra: Record<string, string> = {}): ElementInput => ({
  ...input,
  attrs: { ...input.attrs, 'show-problems': '', ...extra },
});

const panelOf = (el: HTMLElement): HTMLDetailsElement | null => el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="problems"]');

/** A mounted element and the problems of the last `cluster-data-error` it fired (what the list shows). */
interface Probe extends Mounted {
  reported(): DataProblem[];
  stop(): void;
}

async function mountOf(gate: ElementGate, input: ElementInput, container?: HTMLElement): Promise<Probe> {
  await gate.load();
  const sets: DataProblem[][] = [];
  // On the document, from before the element exists; only the element's own events (the parts
  // of <cluster-event> and <cluster-agenda> are in its shadow root and get clean data anyway).
  const listen = (event: Event): void => {
    const origin = event.composedPath()[0] as Element;
    if (origin.localName === gate.tag && origin.getRootNode() === document) sets.push((event as CustomEvent<{ problems: DataProblem[] }>).detail.problems);
  };
  document.addEventListener('cluster-data-error', listen);
  const m = await mount(gate.tag, input, container);
  return {
    ...m,
    reported: () => sets.at(-1) ?? [],
    stop: () => {
      document.removeEventListener('cluster-data-error', listen);
      if (container) container.remove();
    },
  };
}

/** The list shows exactly the problems last reported, each as `path: message` with the path in <code>, under a count. */
function expectListed(m: Probe, lang = 'en'): HTMLDetailsElement {
  const panel = panelOf(m.el);
  expect(panel, 'the list is shown').to.be.instanceOf(HTMLDetailsElement);
  const reported = m.reported();
  expect(reported.length, 'the data has problems').to.be.greaterThan(0);
  const items = Array.from(panel!.querySelectorAll('ul > li'));
  expect(items.map(text)).to.deep.equal(reported.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)));
  const paths = items.map((li) => li.querySelector('code')?.textContent ?? '');
  expect(paths).to.deep.equal(reported.map((p) => p.path));
  const n = reported.length;
  const count = lang === 'bg' ? `${n} ${n === 1 ? 'проблем' : 'проблема'} в данните` : `${n} ${n === 1 ? 'problem' : 'problems'} in the data`;
  expect(text(panel!.querySelector('summary'))).to.equal(`⚠ ${count}`);
  return panel!;
}

describe('show-problems', function () {
  this.timeout(30_000);
  const mounted: Probe[] = [];
  afterEach(() => mounted.splice(0).forEach((m) => (m.stop(), m.remove())));
  const track = (m: Probe): Probe => (mounted.push(m), m);

  it('covers all nine elements', () => {
    expect(GATED_ELEMENTS.map((g) => g.tag).sort()).to.deep.equal(Object.keys(WITH_CONTENT).sort());
  });

  for (const gate of GATED_ELEMENTS) {
    describe(`<${gate.tag}>`, () => {
      it('lists every problem with its path next to the content it could show', async () => {
        const m = track(await mountOf(gate, withAttribute(WITH_CONTENT[gate.tag]!())));
        const panel = expectListed(m);
        expect(panel.open, 'closed at first').to.equal(false);
        expect(m.el.shadowRoot!.querySelector('.state--error'), 'content, not the error state').to.equal(null);
        // The valid part is rendered too, beside the list.
        const outside = Array.from(m.el.shadowRoot!.querySelectorAll('*')).filter((e) => !panel.contains(e) && e.localName !== 'style');
        expect(outside.length, 'content beside the list').to.be.at.least(3);
        expect(panel.getAttribute('role'), 'not a live region').to.equal(null);
        expect(panel.closest('[aria-live]'), 'not inside a live region').to.equal(null);
      });

      it('lists the problems with the error state', async () => {
        const m = track(await mountOf(gate, withAttribute(gate.variants()['invalid']!)));
        expectListed(m);
        expect(m.el.shadowRoot!.querySelector('.state--error, [part~="state"]'), 'the error state').to.be.instanceOf(HTMLElement);
      });

      it('shows nothing without the attribute, and follows it being set and removed', async () => {
        const m = track(await mountOf(gate, WITH_CONTENT[gate.tag]!()));
        expect(m.reported().length).to.be.greaterThan(0);
        expect(panelOf(m.el)).to.equal(null);
        m.el.setAttribute('show-problems', '');
        await settle(m.el);
        expectListed(m);
        m.el.removeAttribute('show-problems');
        await settle(m.el);
        expect(panelOf(m.el)).to.equal(null);
      });
    });
  }

  it('follows the data: new problems are listed, valid data removes the list', async () => {
    const gate = GATED_ELEMENTS.find((g) => g.tag === 'cluster-agenda')!;
    const m = track(await mountOf(gate, withAttribute({ props: { data: offsetless() } })));
    expect(panelOf(m.el)!.querySelectorAll('li')).to.have.length(m.reported().length);
    panelOf(m.el)!.open = true;
    const doc = offsetless() as { event: { sessions: { start?: string }[] } };
    doc.event.sessions[5]!.start = 'tomorrow';
    (m.el as unknown as { data: unknown }).data = doc;
    await settle(m.el);
    const panel = panelOf(m.el)!;
    expect(Array.from(panel.querySelectorAll('li code')).map((c) => c.textContent)).to.include('event.sessions[5].start');
    expect(panel.open, 'the editor keeps it open while fixing the data').to.equal(true);
    (m.el as unknown as { data: unknown }).data = varna2018;
    await settle(m.el);
    expect(panelOf(m.el)).to.equal(null);
  });

  it('speaks Bulgarian in a Bulgarian page (the messages stay English, marked so)', async () => {
    const gate = GATED_ELEMENTS.find((g) => g.tag === 'cluster-agenda')!;
    const m = track(await mountOf(gate, withAttribute({ props: { data: offsetless() }, lang: 'bg' })));
    const panel = expectListed(m, 'bg');
    expect(text(panel.querySelector('.problems__note'))).to.contain('show-problems');
    expect(panel.querySelector('ul')!.getAttribute('lang')).to.equal('en');
  });

  it('long paths and values wrap at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const gate = GATED_ELEMENTS.find((g) => g.tag === 'cluster-event')!;
      const doc = offsetless() as { event: { sessions: { start?: string }[] } };
      doc.event.sessions[0]!.start = 'x'.repeat(200);
      const m = track(await mountOf(gate, withAttribute({ props: { data: doc } })));
      const panel = panelOf(m.el)!;
      panel.open = true;
      expect(panel.scrollWidth, 'no horizontal scrolling inside the list').to.be.at.most(panel.clientWidth + 1);
      expect(panel.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('accessibility', () => {
    for (const lang of ['en', 'bg']) {
      for (const scheme of ['light', 'dark']) {
        for (const tag of GATED_ELEMENTS.map((g) => g.tag)) {
          it(`<${tag}> passes axe with the list closed and open (${lang}, ${scheme})`, async () => {
            const gate = GATED_ELEMENTS.find((g) => g.tag === tag)!;
            // The scheme is set before the element renders: a change afterwards would be caught
            // mid-transition (buttons fade their colours) and measured half-way.
            const page = document.createElement('div');
            page.style.setProperty('--cluster-color-scheme', scheme);
            page.style.background = scheme === 'dark' ? '#141a24' : '#ffffff';
            document.body.append(page);
            const m = track(await mountOf(gate, withAttribute({ ...WITH_CONTENT[tag]!(), lang }), page));
            const panel = expectListed(m, lang);
            await expect(m.el).to.be.accessible();
            panel.open = true;
            await expect(m.el).to.be.accessible();
          });
        }
      }
    }
  });

  describe('keyboard', () => {
    it('the summary is reached by Tab with a visible focus and opens and closes with Enter and Space', async () => {
      const gate = GATED_ELEMENTS.find((g) => g.tag === 'cluster-speaker-block')!;
      const before = Object.assign(document.createElement('button'), { textContent: 'before' });
      document.body.prepend(before);
      try {
        const m = track(await mountOf(gate, withAttribute(WITH_CONTENT[gate.tag]!())));
        const panel = panelOf(m.el)!;
        const summary = panel.querySelector('summary')!;
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(m.el.shadowRoot!.activeElement, 'the summary is the first stop').to.equal(summary);
        expect(summary.matches(':focus-visible')).to.equal(true);
        expect(getComputedStyle(summary).outlineStyle).to.not.equal('none');
        await sendKeys({ press: 'Enter' });
        expect(panel.open).to.equal(true);
        await sendKeys({ press: 'Space' });
        expect(panel.open).to.equal(false);
      } finally {
        before.remove();
      }
    });
  });
});
