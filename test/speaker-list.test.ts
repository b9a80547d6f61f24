import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/cluster-speaker-list.js';
import type { ClusterSpeakerList } from '../src/define/cluster-speaker-list.js';
import { speakerViewsFromDocument, type SpeakerView } from '../src/data/people-view.js';
import { foldForSearch } from '../src/components/speaker-list/speaker-list.view.js';
import { blueSummit2026, generateEvent, varna2018 } from '../stories/data/index.js';
import type { DataProblem, EventDocument } from '../src/data/types.js';
import { root, text } from './helpers/dom.js';
import { fakeTimers, type FakeTimers } from './helpers/timers.js';
import { SETTLE_MS } from '../src/base/pause.js';

/** The headings of the speaker blocks, in the order shown. */
async function names(el: ClusterSpeakerList): Promise<string[]> {
  await el.updateComplete;
  const blocks = [...root(el).querySelectorAll('cluster-speaker-block')];
  await Promise.all(blocks.map((b) => b.updateComplete));
  return blocks.map((b) => text(b.shadowRoot!.querySelector('[part~="heading"]')));
}

const PEOPLE: SpeakerView[] = [
  { id: 'yavor', name: 'Явор Петров' },
  { id: 'anna', name: 'Anna Berg' },
  { id: 'rep', jobTitle: 'Representative', organization: 'Demo Cluster' },
  { id: 'angelina', name: 'Ангелина Иванова' },
  { id: 'shteryu', name: 'Щерю Колев' },
  { id: 'zoe', name: 'Zoe Example' },
  { id: 'boris', name: 'Борис Тодоров' },
  { id: 'tsvetan', name: 'Цветан Ангелов' },
  { id: 'elena', name: 'Елена Вълчева' },
];

/** The library's timers on a fake clock, in the tests that type (see {@link typingPaused}). */
let clock: FakeTimers | undefined;
const fakeClock = (): void => {
  beforeEach(() => (clock = fakeTimers()));
  afterEach(() => clock?.restore());
};

/** Lets the pause after typing elapse on the fake clock: the status region speaks once typing pauses. */
async function typingPaused(el: ClusterSpeakerList): Promise<void> {
  clock!.tick(SETTLE_MS);
  await el.updateComplete;
}

/** 40 people who all take part in sessions of a generated event. */
function forty(): SpeakerView[] {
  const doc = generateEvent({ sessions: 66, seed: 7 });
  const all = speakerViewsFromDocument(doc, { allPeople: true });
  expect(all).to.have.length(40);
  return all;
}

describe('<cluster-speaker-list>', () => {
  fakeClock();
  it('renders the Varna representatives from the document', async () => {
    const el = await fixture<ClusterSpeakerList>(html`<cluster-speaker-list .data=${varna2018}></cluster-speaker-list>`);
    expect(await names(el)).to.deep.equal(['Representative, Bulgarian Furniture Cluster', 'Representative, Association of Business Clusters']);
    const list = root(el).querySelector('[part="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Speakers');
    expect(root(el).querySelector('input')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows only people who take part in sessions unless all-people is set', async () => {
    const doc: EventDocument = {
      ...varna2018,
      people: [...varna2018.people!, { id: 'guest', name: 'Guest Without Session' }],
    };
    const el = await fixture<ClusterSpeakerList>(html`<cluster-speaker-list .data=${doc}></cluster-speaker-list>`);
    expect(await names(el)).to.not.include('Guest Without Session');
    el.setAttribute('all-people', '');
    expect(await names(el)).to.include('Guest Without Session');
    expect(el.allPeople).to.equal(true);
  });

  it('keeps the given order by default and sorts by name with the Bulgarian collation', async () => {
    const el = await fixture<ClusterSpeakerList>(html`<cluster-speaker-list lang="bg" .speakers=${PEOPLE}></cluster-speaker-list>`);
    expect((await names(el))[0]).to.equal('Явор Петров');
    el.setAttribute('sort', 'name');
    expect(el.sort).to.equal('name');
    expect(await names(el)).to.deep.equal([
      'Ангелина Иванова',
      'Борис Тодоров',
      'Елена Вълчева',
      'Цветан Ангелов',
      'Щерю Колев',
      'Явор Петров',
      'Anna Berg',
      'Zoe Example',
      'Representative, Demo Cluster',
    ]);
    await expect(el).to.be.accessible();
  });

  it('sorts Latin names first in English', async () => {
    const el = await fixture<ClusterSpeakerList>(html`<cluster-speaker-list sort="name" .speakers=${PEOPLE}></cluster-speaker-list>`);
    const order = await names(el);
    expect(order.slice(0, 3)).to.deep.equal(['Anna Berg', 'Zoe Example', 'Ангелина Иванова']);
    expect(order[order.length - 1]).to.equal('Representative, Demo Cluster');
  });

  it('offers no filter for 12 speakers and a labelled filter for 13', async () => {
    const people = forty();
    const el = await fixture<ClusterSpeakerList>(html`<cluster-speaker-list .speakers=${people.slice(0, 12)}></cluster-speaker-list>`);
    expect(root(el).querySelector('input')).to.equal(null);
    el.speakers = people.slice(0, 13);
    await el.updateComplete;
    const input = root(el).querySelector('input')!;
    expect(input.labels![0]!.textContent).to.equal('Filter speakers by name or organisation');
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Showing all 13 speakers');
  });

  it('filters 40 speakers as the reader types, with a polite count', async () => {
    const people = forty();
    const el = await fixture<ClusterSpeakerList>(html`<cluster-speaker-list .speakers=${people}></cluster-speaker-list>`);
    expect(await names(el)).to.have.length(40);
    await expect(el).to.be.accessible();
    const target = people[17]!.name!;
    const expected = people.filter((p) => p.name!.toLowerCase().includes(target.toLowerCase())).length;

    const input = root(el).querySelector('input')!;
    input.focus();
    await sendKeys({ type: target.toUpperCase() });
    const shown = await names(el);
    expect(shown).to.include(target);
    expect(shown).to.have.length(expected);
    const status = root(el).querySelector('[role="status"]')!;
    await typingPaused(el);
    expect(text(status)).to.equal(`Showing ${expected} of 40 speakers`);
    await expect(el).to.be.accessible();

    await sendKeys({ type: ' qqqq' });
    expect(await names(el)).to.have.length(0);
    await typingPaused(el);
    expect(text(status)).to.equal(`No speakers match “${target.toUpperCase()} qqqq”.`);
    await expect(el).to.be.accessible();
  });

  it('finds people by organisation and ignores accents, in Bulgarian', async () => {
    const people: SpeakerView[] = [
      ...forty().slice(0, 12),
      { id: 'jose', name: 'José Ejemplo', organization: { name: { en: 'Port Demo', bg: 'Пристанище Демо' } } },
      { id: 'yordan', name: 'Йордан Иванов' },
    ];
    const el = await fixture<ClusterSpeakerList>(html`<cluster-speaker-list lang="bg" .speakers=${people}></cluster-speaker-list>`);
    const input = root(el).querySelector('input')!;
    expect(input.labels![0]!.textContent).to.equal('Търсене на лектор по име или организация');
    input.focus();
    await sendKeys({ type: 'пристанище' });
    expect(await names(el)).to.deep.equal(['José Ejemplo']);
    await typingPaused(el);
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Показан е 1 от 14 лектори');
    input.value = 'jose';
    input.dispatchEvent(new Event('input'));
    expect(await names(el)).to.deep.equal(['José Ejemplo']);
    input.value = 'Йордан';
    input.dispatchEvent(new Event('input'));
    expect(await names(el)).to.deep.equal(['Йордан Иванов']);
    await expect(el).to.be.accessible();
  });

  it('passes compact and heading-level to the blocks', async () => {
    const el = await fixture<ClusterSpeakerList>(html`<cluster-speaker-list compact heading-level="4" .speakers=${PEOPLE.slice(0, 2)}></cluster-speaker-list>`);
    await el.updateComplete;
    const blocks = [...root(el).querySelectorAll('cluster-speaker-block')];
    expect(blocks.every((b) => b.compact)).to.equal(true);
    el.compact = false;
    await el.updateComplete;
    await blocks[0]!.updateComplete;
    expect(blocks[0]!.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('shows the empty state for no speakers and fires no event', async () => {
    let events = 0;
    const el = await fixture<ClusterSpeakerList>(html`<cluster-speaker-list @cluster-data-error=${() => events++} .speakers=${[]}></cluster-speaker-list>`);
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('No speakers have been announced yet.');
    el.speakers = null;
    await el.updateComplete;
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('No speakers have been announced yet.');
    expect(events).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('skips bad entries, shows the rest and reports each problem once', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(String(msg));
    try {
      let problems: DataProblem[] = [];
      let events = 0;
      const el = await fixture<ClusterSpeakerList>(
        html`<cluster-speaker-list
          @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => {
            events++;
            problems = e.detail.problems;
          }}
          .speakers=${[{ name: 'Good Person' }, 'nobody', { jobTitle: 7 }] as unknown}
        ></cluster-speaker-list>`,
      );
      expect(await names(el)).to.deep.equal(['Good Person']);
      expect(problems.map((p) => p.path)).to.include.members(['speakers[1]', 'speakers[2].jobTitle', 'speakers[2]']);
      el.sort = 'name';
      await el.updateComplete;
      expect(events).to.equal(1);
      expect(warnings.filter((w) => w.includes('speakers[1]'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });

  it('shows an error state for an unusable document', async () => {
    const original = console.warn;
    console.warn = () => {};
    try {
      let events = 0;
      const el = await fixture<ClusterSpeakerList>(
        html`<cluster-speaker-list @cluster-data-error=${() => events++} .data=${{ lang: 'en' } as unknown}></cluster-speaker-list>`,
      );
      expect(text(root(el).querySelector('[role="status"]'))).to.contain('could not be shown');
      expect(events).to.equal(1);
      await expect(el).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });

  it('folds case and accents but keeps й', () => {
    expect(foldForSearch('José ÅSA', 'en')).to.equal('jose asa');
    expect(foldForSearch('Йордан', 'bg')).to.equal('йордан');
  });
});

describe('<cluster-speaker-list> filter count announcements (WCAG 4.1.3)', () => {
  fakeClock();
  const status = (el: Element): string => text(root(el).querySelector('[role="status"]'));

  /** Every text the status region takes from now on (what a screen reader would speak). */
  function announcements(el: Element): { said: string[]; stop(): void } {
    const said: string[] = [];
    const region = root(el).querySelector('[role="status"]')!;
    const observer = new MutationObserver(() => said.push(text(region)));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    return { said, stop: () => observer.disconnect() };
  }

  it('filters the list at every keystroke but announces the count once typing pauses', async () => {
    const people = forty();
    const el = await fixture<ClusterSpeakerList>(html`<cluster-speaker-list .speakers=${people}></cluster-speaker-list>`);
    const target = people[17]!.name!;
    const expected = people.filter((p) => p.name!.toLowerCase().includes(target.toLowerCase())).length;
    expect(expected).to.be.below(40);
    const log = announcements(el);
    const input = root(el).querySelector('input')!;
    input.focus();
    await sendKeys({ type: target.slice(0, 1) });
    const afterOne = await names(el);
    expect(afterOne.length, 'the list filters at the first keystroke').to.be.below(40);
    await sendKeys({ type: target.slice(1) });
    expect(await names(el)).to.have.length(expected);
    expect(status(el), 'the count waits while the reader types').to.equal('Showing all 40 speakers');
    await typingPaused(el);
    expect(status(el)).to.equal(`Showing ${expected} of 40 speakers`);
    log.stop();
    expect(log.said).to.deep.equal([`Showing ${expected} of 40 speakers`]);
    await expect(el).to.be.accessible();
  });

  it('announces "no match" once in Bulgarian, and the full count once the field is cleared', async () => {
    const el = await fixture<ClusterSpeakerList>(html`<cluster-speaker-list lang="bg" .speakers=${forty()}></cluster-speaker-list>`);
    const log = announcements(el);
    const input = root(el).querySelector('input')!;
    input.focus();
    await sendKeys({ type: 'щщщ' });
    expect(await names(el)).to.have.length(0);
    await typingPaused(el);
    expect(status(el)).to.equal('Няма лектори, които отговарят на „щщщ“.');
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Backspace' });
    expect(await names(el)).to.have.length(40);
    await typingPaused(el);
    log.stop();
    expect(log.said).to.deep.equal(['Няма лектори, които отговарят на „щщщ“.', 'Показани са всички 40 лектори']);
  });

  it('clears its pending announcement when removed mid-typing, and shows the current count when back', async () => {
    const people = forty();
    const wrapper = await fixture<HTMLDivElement>(html`<div><cluster-speaker-list .speakers=${people}></cluster-speaker-list></div>`);
    const el = wrapper.querySelector('cluster-speaker-list')!;
    const input = root(el).querySelector('input')!;
    input.value = 'mar';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(clock!.pending, 'typing arms the announcement timer').to.equal(1);
    el.remove();
    expect(clock!.pending, 'removal clears it').to.equal(0);
    wrapper.append(el);
    const expected = (await names(el)).length;
    expect(expected).to.be.within(1, 39);
    expect(status(el)).to.equal(`Showing ${expected} of 40 speakers`);
  });
});

describe('<cluster-speaker-list> language of parts (WCAG 3.1.2)', () => {
  it('marks the English content of an English document lang="en" in a Bulgarian list, and the list itself not', async () => {
    const el = await fixture<ClusterSpeakerList>(html`<cluster-speaker-list lang="bg" .data=${blueSummit2026}></cluster-speaker-list>`);
    await el.updateComplete;
    const blocks = [...root(el).querySelectorAll('cluster-speaker-block')];
    await Promise.all(blocks.map((b) => b.updateComplete));
    const block = (name: string): ShadowRoot => blocks.find((b) => text(b.shadowRoot!.querySelector('[part~="heading"]')) === name)!.shadowRoot!;
    // Jan Example's bio is a plain string of the English document; Marina's has a Bulgarian entry.
    const jan = block('Jan Example').querySelector('.bio-text')!;
    expect(text(jan)).to.contain('Builds underwater robots');
    expect(jan.getAttribute('lang')).to.equal('en');
    expect(block('Marina Primerova').querySelector('.bio-text')!.hasAttribute('lang')).to.equal(false);
    // Sofie Sample's organisation is a plain string; Ana Fiktivna's profile link label too.
    expect(block('Sofie Sample').querySelector('.organization [lang]')!.getAttribute('lang')).to.equal('en');
    expect(block('Ana Fiktivna').querySelector('[part="links"] a [lang]')!.getAttribute('lang')).to.equal('en');
    expect(root(el).querySelector('[lang]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
