import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define/cluster-objective-list.js';
import type { ClusterObjectiveList } from '../src/components/objective-list/objective-list.js';
import { resolveText } from '../src/data/text.js';
import type { DataProblem, NumberingStyle, ObjectiveItem, ObjectiveList } from '../src/data/types.js';
import { blueSummit2026, varna2018 } from '../stories/data/index.js';
import { isVisuallyHidden } from './gates/harness.js';
import { root, text } from './helpers/dom.js';

const list = (id: string): ObjectiveList => varna2018.objectiveLists!.find((l) => l.id === id)!;
/** Direct text of each item's body (its own text, status and indicator, not its children). */
const bodies = (el: Element): string[] => Array.from(root(el).querySelectorAll('li > .body')).map((b) => text(b));

async function capture<T>(fn: (warnings: string[]) => Promise<T>): Promise<T> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (msg: string) => warnings.push(String(msg));
  try {
    return await fn(warnings);
  } finally {
    console.warn = original;
  }
}

/** Three levels: 1, 2 (with 2.1 (with 2.1.1, 2.1.2), 2.2), 3. */
const NESTED: ObjectiveItem[] = [
  { text: 'First' },
  {
    text: 'Second',
    children: [{ text: 'Second, part one', children: [{ text: 'Deepest A' }, { text: 'Deepest B' }] }, { text: 'Second, part two' }],
  },
  { text: 'Third' },
];

describe('<cluster-objective-list>', () => {
  describe('items property', () => {
    it('renders the Varna 2018 TRACE-KEI objectives with their heading', async () => {
      const objectives = list('trace-kei-objectives');
      const el = await fixture<ClusterObjectiveList>(
        html`<cluster-objective-list .items=${objectives.items} heading=${resolveText(objectives.title, 'en')}></cluster-objective-list>`,
      );
      const heading = root(el).querySelector('h3')!;
      expect(text(heading)).to.equal('Main objectives of the TRACE-KEI project for achieving cluster excellence');
      const ul = root(el).querySelector('ul')!;
      expect(ul.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(bodies(el)).to.deep.equal([
        "Enhancement of partners' management capacity by attending trainings, seminars and meetings with developed clusters",
        'Build and update long-term cluster strategies',
        'Developing new and improving existing services offered to cluster members by analyzing their needs and expectations',
        'Strengthen regional cluster development policies and initiatives by involving institutions at regional and national level',
      ]);
      await expect(el).to.be.accessible();
    });

    it('renders the key steps and the Grow Your Region findings with the default headings of their kind', async () => {
      const steps = await fixture<ClusterObjectiveList>(
        html`<cluster-objective-list kind="steps" numbering="decimal" .items=${list('trace-kei-key-steps').items}></cluster-objective-list>`,
      );
      expect(text(root(steps).querySelector('h3'))).to.equal('Key steps');
      expect(root(steps).querySelectorAll('ol[type="1"] > li')).to.have.length(5);
      expect(bodies(steps)[4]).to.equal('Identify the role of clusters in the implementation of ISIS');
      await expect(steps).to.be.accessible();

      const findings = await fixture<ClusterObjectiveList>(
        html`<cluster-objective-list kind="findings" .items=${list('grow-your-region-findings').items}></cluster-objective-list>`,
      );
      expect(text(root(findings).querySelector('h3'))).to.equal('Findings');
      expect(bodies(findings)[2]).to.equal('Cluster organizations are crucial to the implementation of smart specialization strategies');
      await expect(findings).to.be.accessible();
    });

    it('speaks Bulgarian: default headings and content', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="bg">
          <cluster-objective-list kind="steps" .items=${list('trace-kei-key-steps').items}></cluster-objective-list>
          <cluster-objective-list kind="findings" .items=${list('grow-your-region-findings').items}></cluster-objective-list>
          <cluster-objective-list .items=${list('trace-kei-objectives').items}></cluster-objective-list>
        </div>`,
      );
      const [steps, findings, objectives] = Array.from(wrapper.querySelectorAll('cluster-objective-list'));
      await objectives!.updateComplete;
      expect(text(root(steps!).querySelector('h3'))).to.equal('Ключови стъпки');
      expect(text(root(findings!).querySelector('h3'))).to.equal('Изводи');
      expect(text(root(objectives!).querySelector('h3'))).to.equal('Цели');
      expect(bodies(objectives!)[1]).to.equal('Изграждане и актуализиране на дългосрочни клъстерни стратегии');
    });

    it('takes the heading level from heading-level', async () => {
      const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list heading-level="2" .items=${[{ text: 'One' }]}></cluster-objective-list>`);
      expect(root(el).querySelector('h2')).to.exist;
      el.headingLevel = 5;
      await el.updateComplete;
      expect(root(el).querySelector('h5')).to.exist;
      expect(root(el).querySelector('h2')).to.not.exist;
    });

    it('falls back to the default heading when `heading` is not text (a per-language object from a framework binding)', async () => {
      const el = await fixture<ClusterObjectiveList>(
        html`<cluster-objective-list .heading=${{ en: 'Goals' } as unknown} .items=${[{ text: 'One' }]}></cluster-objective-list>`,
      );
      expect(text(root(el).querySelector('h3'))).to.equal('Objectives');
      expect(bodies(el)).to.deep.equal(['One']);
    });
  });

  describe('numbering, three levels deep', () => {
    const native: [NumberingStyle, string, string][] = [
      ['decimal', '1', 'decimal'],
      ['lower-alpha', 'a', 'lower-alpha'],
      ['upper-roman', 'I', 'upper-roman'],
    ];
    for (const [numbering, type, listStyle] of native) {
      it(`${numbering}: an <ol type="${type}"> at every level`, async () => {
        const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list numbering=${numbering} .items=${NESTED}></cluster-objective-list>`);
        const lists = Array.from(root(el).querySelectorAll('ol'));
        expect(lists).to.have.length(3);
        expect(root(el).querySelector('ul')).to.not.exist;
        for (const ol of lists) {
          expect(ol.getAttribute('type')).to.equal(type);
          expect(ol.getAttribute('role')).to.equal(null);
          expect(getComputedStyle(ol).listStyleType).to.equal(listStyle);
        }
        const deepest = root(el).querySelector('ol > li > ol > li > ol')!;
        expect(Array.from(deepest.children).map((li) => text(li))).to.deep.equal(['Deepest A', 'Deepest B']);
        await expect(el).to.be.accessible();
      });
    }

    it('none: an unnumbered <ul> at every level', async () => {
      const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list numbering="none" .items=${NESTED}></cluster-objective-list>`);
      expect(root(el).querySelectorAll('ul')).to.have.length(3);
      expect(root(el).querySelector('ol')).to.not.exist;
      expect(root(el).querySelector('ul > li > ul > li > ul > li')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('decimal-nested: labels such as "2.1.2" are text in the list items, in lists that keep their role', async () => {
      const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list numbering="decimal-nested" .items=${NESTED}></cluster-objective-list>`);
      const lists = Array.from(root(el).querySelectorAll('ol'));
      expect(lists).to.have.length(3);
      for (const ol of lists) expect(ol.getAttribute('role')).to.equal('list');
      const labels = Array.from(root(el).querySelectorAll('li > .label')).map((l) => text(l));
      expect(labels).to.deep.equal(['1', '2', '2.1', '2.1.1', '2.1.2', '2.2', '3']);
      const labelEl = root(el).querySelectorAll('li > .label')[3]!;
      expect(labelEl.getAttribute('aria-hidden')).to.equal(null);
      expect(labelEl.checkVisibility()).to.equal(true);
      expect(text(labelEl.closest('li'))).to.equal('2.1.1 Deepest A');
      await expect(el).to.be.accessible();
    });

    it('is unnumbered by default for items, and follows numbering changes', async () => {
      const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list .items=${NESTED}></cluster-objective-list>`);
      expect(root(el).querySelector('ul')).to.exist;
      el.numbering = 'upper-roman';
      await el.updateComplete;
      expect(el.getAttribute('numbering')).to.equal('upper-roman');
      expect(root(el).querySelector('ol[type="I"]')).to.exist;
    });
  });

  describe('status and indicators', () => {
    const items: ObjectiveItem[] = [
      { text: 'Plan the training', status: 'planned' },
      { text: 'Train SMEs', status: 'in-progress', indicator: { name: { en: 'SMEs trained', bg: 'обучени МСП' }, target: 20, achieved: 12 } },
      { text: 'Publish the strategy', status: 'achieved' },
      { text: 'Open the lab', status: 'delayed', detail: 'Waiting for the building permit.' },
      { text: 'Build a digital twin', status: 'cancelled' },
    ];

    it('shows every status as an icon hidden from assistive tech plus words, in English', async () => {
      const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list .items=${items}></cluster-objective-list>`);
      const badges = Array.from(root(el).querySelectorAll('[part="badge"]'));
      expect(badges.map((b) => text(b))).to.deep.equal(['Status: Planned', 'Status: In progress', 'Status: Achieved', 'Status: Delayed', 'Status: Cancelled']);
      for (const badge of badges) {
        expect(badge.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
        expect(badge.querySelector('.visually-hidden')!.checkVisibility()).to.equal(true);
      }
      expect(text(root(el).querySelector('.detail'))).to.equal('Waiting for the building permit.');
      await expect(el).to.be.accessible();
    });

    it('strikes cancelled items through and says so', async () => {
      const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list .items=${items}></cluster-objective-list>`);
      const cancelled = root(el).querySelector('li.item--cancelled')!;
      const struck = cancelled.querySelector('s')!;
      expect(text(struck)).to.equal('Build a digital twin');
      expect(getComputedStyle(struck).textDecorationLine).to.contain('line-through');
      expect(text(cancelled)).to.contain('Cancelled');
      expect(root(el).querySelectorAll('s')).to.have.length(1);
    });

    it('shows indicators as a named meter and "12 of 20 SMEs trained"', async () => {
      const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list .items=${items}></cluster-objective-list>`);
      const meter = root(el).querySelector('meter')!;
      expect(meter.getAttribute('aria-label')).to.equal('SMEs trained');
      expect(meter.value).to.equal(12);
      expect(meter.max).to.equal(20);
      expect(text(root(el).querySelector('[part="indicator"]'))).to.equal('12 of 20 SMEs trained');
    });

    it('speaks Bulgarian: status words and "12 от 20 обучени МСП"', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><cluster-objective-list .items=${items}></cluster-objective-list></div>`);
      const el = wrapper.firstElementChild as ClusterObjectiveList;
      const badges = Array.from(root(el).querySelectorAll('[part="badge"]')).map((b) => text(b));
      expect(badges).to.deep.equal(['Статус: Планирано', 'Статус: В изпълнение', 'Статус: Постигнато', 'Статус: Със закъснение', 'Статус: Отменено']);
      expect(text(root(el).querySelector('[part="indicator"]'))).to.equal('12 от 20 обучени МСП');
      expect(root(el).querySelector('meter')!.getAttribute('aria-label')).to.equal('обучени МСП');
      await expect(el).to.be.accessible();
    });

    it('formats indicator numbers, units, target-only and achieved-only in the element language', async () => {
      const more: ObjectiveItem[] = [
        { text: 'Shore power', indicator: { name: 'Berths with shore power', unit: '%', target: 40, achieved: 25 } },
        { text: 'Training', indicator: { name: 'Training hours', target: 1500 } },
        { text: 'Members', indicator: { name: 'New members', achieved: 1234.5 } },
        { text: 'Overachieved', indicator: { name: 'Companies profiled', target: 300, achieved: 312 } },
      ];
      const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list .items=${more}></cluster-objective-list>`);
      const texts = Array.from(root(el).querySelectorAll('[part="indicator"]')).map((i) => text(i));
      expect(texts).to.deep.equal([
        'Berths with shore power: 25 of 40 %',
        'Training hours (target: 1,500)',
        'New members: 1,234.5',
        '312 of 300 Companies profiled',
      ]);
      const meters = Array.from(root(el).querySelectorAll('meter'));
      expect(meters).to.have.length(2);
      expect(meters[1]!.value).to.equal(300);

      const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><cluster-objective-list .items=${more}></cluster-objective-list></div>`);
      const bg = wrapper.firstElementChild as ClusterObjectiveList;
      const bgTexts = Array.from(root(bg).querySelectorAll('[part="indicator"]')).map((i) => text(i));
      const bgNumber = new Intl.NumberFormat('bg').format(1500);
      expect(bgTexts[0]).to.equal('Berths with shore power: 25 от 40 %');
      expect(bgTexts[1]).to.equal(`Training hours (целева стойност: ${bgNumber})`);
      expect(bgTexts[2]).to.equal(`New members: ${new Intl.NumberFormat('bg').format(1234.5)}`);
    });

    it('renders the fictional nested objectives with statuses and meters, accessibly', async () => {
      const objectives = blueSummit2026.objectiveLists!.find((l) => l.id === 'bluedemo-objectives')!;
      const el = await fixture<ClusterObjectiveList>(
        html`<cluster-objective-list numbering="decimal-nested" .items=${objectives.items}></cluster-objective-list>`,
      );
      const labels = Array.from(root(el).querySelectorAll('li > .label')).map((l) => text(l));
      expect(labels).to.include('1.1.3');
      expect(root(el).querySelectorAll('meter').length).to.be.greaterThan(2);
      await expect(el).to.be.accessible();
    });
  });

  describe('progressive enhancement: the slotted list', () => {
    it('reads a nested slotted list, renders it in the same style and keeps the original as the hidden light DOM', async () => {
      const el = await fixture<ClusterObjectiveList>(
        html`<cluster-objective-list kind="steps">
          <ol type="a">
            <li data-status="achieved">
              Identify knowledge gaps
              <ul>
                <li>
                  Survey the managers
                  <ol>
                    <li>Draft the questions</li>
                  </ol>
                </li>
              </ul>
            </li>
            <li data-indicator="SMEs trained" data-target="20" data-achieved="12">Train</li>
          </ol>
        </cluster-objective-list>`,
      );
      // Same numbering as the source, at every level (the slotted list says lower-alpha).
      const lists = Array.from(root(el).querySelectorAll('ol'));
      expect(lists).to.have.length(3);
      for (const ol of lists) expect(ol.getAttribute('type')).to.equal('a');
      expect(text(root(el).querySelector('ol ol ol li'))).to.equal('Draft the questions');
      expect(text(root(el).querySelector('[part="badge"]'))).to.equal('Status: Achieved');
      expect(text(root(el).querySelector('[part="indicator"]'))).to.equal('12 of 20 SMEs trained');
      // The original stays in the light DOM for search engines and no-JS readers...
      const original = el.querySelector('ol')!;
      expect(original.isConnected).to.equal(true);
      // ...but is not shown (nor read) twice: its slot sits in a hidden container.
      const slot = root(el).querySelector('slot')!;
      expect(slot.assignedElements()).to.include(original);
      expect(slot.closest('[hidden]')).to.exist;
      expect(original.checkVisibility()).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('takes numbering from the list: <ul> none, <ol> decimal, <ol type="I"> upper-roman; the attribute wins', async () => {
      const ul = await fixture<ClusterObjectiveList>(
        html`<cluster-objective-list
          ><ul>
            <li>A</li>
          </ul></cluster-objective-list
        >`,
      );
      expect(root(ul).querySelector('ul > li')).to.exist;
      const ol = await fixture<ClusterObjectiveList>(
        html`<cluster-objective-list
          ><ol>
            <li>A</li>
          </ol></cluster-objective-list
        >`,
      );
      expect(root(ol).querySelector('ol[type="1"]')).to.exist;
      const roman = await fixture<ClusterObjectiveList>(
        html`<cluster-objective-list
          ><ol type="I">
            <li>A</li>
          </ol></cluster-objective-list
        >`,
      );
      expect(root(roman).querySelector('ol[type="I"]')).to.exist;
      const nested = await fixture<ClusterObjectiveList>(
        html`<cluster-objective-list numbering="decimal-nested"
          ><ul>
            <li>
              A
              <ul>
                <li>
                  B
                  <ul>
                    <li>C</li>
                  </ul>
                </li>
              </ul>
            </li>
          </ul></cluster-objective-list
        >`,
      );
      expect(Array.from(root(nested).querySelectorAll('.label')).map((l) => text(l))).to.deep.equal(['1', '1.1', '1.1.1']);
    });

    it('follows changes to the slotted list', async () => {
      const el = await fixture<ClusterObjectiveList>(
        html`<cluster-objective-list
          ><ul>
            <li>One</li>
          </ul></cluster-objective-list
        >`,
      );
      const ul = el.querySelector('ul')!;
      const li = document.createElement('li');
      li.textContent = 'Two';
      ul.append(li);
      await waitUntil(() => bodies(el).length === 2, 'the new item is read');
      expect(bodies(el)).to.deep.equal(['One', 'Two']);
      li.setAttribute('data-status', 'delayed');
      await waitUntil(() => bodies(el)[1] !== 'Two', 'the new status is read');
      expect(bodies(el)[1]).to.equal('Two Status: Delayed');
      li.firstChild!.textContent = 'Two, renamed';
      await waitUntil(() => bodies(el)[1]!.startsWith('Two, renamed'), 'the new text is read');
      expect(bodies(el)[1]).to.equal('Two, renamed Status: Delayed');
    });

    it('stops observing when disconnected and re-reads the list when connected again', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <cluster-objective-list
            ><ul>
              <li>One</li>
            </ul></cluster-objective-list
          >
        </div>`,
      );
      const el = wrapper.querySelector('cluster-objective-list')!;
      el.remove();
      el.querySelector('li')!.textContent = 'Changed while away';
      // A zero-delay task, not a timed wait: the mutation records and any update they would start run before it.
      await new Promise((r) => setTimeout(r, 0));
      expect(el.isUpdatePending).to.equal(false);
      expect(bodies(el)).to.deep.equal(['One']);
      wrapper.append(el);
      await el.updateComplete;
      expect(bodies(el)).to.deep.equal(['Changed while away']);
    });

    it('prefers the items property over the slotted list, which stays hidden', async () => {
      const el = await fixture<ClusterObjectiveList>(
        html`<cluster-objective-list .items=${[{ text: 'From data' }]}
          ><ul>
            <li>From the page</li>
          </ul></cluster-objective-list
        >`,
      );
      expect(bodies(el)).to.deep.equal(['From data']);
      expect(el.querySelector('ul')!.checkVisibility()).to.equal(false);
    });

    it('shows other slotted content as it is when there is no list', async () => {
      const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list><p>Objectives follow soon.</p></cluster-objective-list>`);
      expect(el.querySelector('p')!.checkVisibility()).to.equal(true);
      expect(root(el).querySelector('[role="status"]')).to.not.exist;
      await expect(el).to.be.accessible();
    });

    it('reports bad data-* values with paths and keeps the rest', async () => {
      await capture(async (warnings) => {
        const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list></cluster-objective-list>`);
        const reported = oneEvent(el, 'cluster-data-error');
        el.innerHTML = '<ul><li data-status="done" data-indicator="SMEs" data-target="many">A</li><li></li><li>C</li></ul>';
        const event = await reported;
        const paths = event.detail.problems.map((p: DataProblem) => p.path);
        expect(paths).to.include('list[0].status');
        expect(paths).to.include('list[0].indicator.target');
        expect(paths).to.include('list[1].text');
        await el.updateComplete;
        expect(bodies(el)).to.deep.equal(['A SMEs', 'C']);
        expect(warnings.some((w) => w.includes('list[0].status') && w.includes('"done"'))).to.equal(true);
      });
    });
  });

  describe('states and bad input', () => {
    it('shows an accessible empty state with the kind wording', async () => {
      const empty = await fixture<ClusterObjectiveList>(html`<cluster-objective-list kind="findings" .items=${[]}></cluster-objective-list>`);
      expect(text(root(empty).querySelector('[role="status"]'))).to.equal('No findings to show yet.');
      await expect(empty).to.be.accessible();
      const nothingAtAll = await fixture<ClusterObjectiveList>(html`<cluster-objective-list></cluster-objective-list>`);
      expect(text(root(nothingAtAll).querySelector('[role="status"]'))).to.equal('No objectives to show yet.');
      const bg = await fixture<HTMLDivElement>(html`<div lang="bg"><cluster-objective-list kind="steps" .items=${[]}></cluster-objective-list></div>`);
      expect(text(root(bg.firstElementChild!).querySelector('[role="status"]'))).to.equal('Все още няма стъпки за показване.');
    });

    it('renders an error state, fires cluster-data-error and warns once for items that are not a list', async () => {
      await capture(async (warnings) => {
        const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list></cluster-objective-list>`);
        let count = 0;
        el.addEventListener('cluster-data-error', () => count++);
        el.items = 'not a list' as unknown as ObjectiveItem[];
        await el.updateComplete;
        expect(root(el).querySelector('.state--error')).to.exist;
        el.requestUpdate();
        await el.updateComplete;
        expect(count).to.equal(1);
        expect(warnings.filter((w) => w.includes('<cluster-objective-list> items'))).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    });

    it('keeps the valid items and reports the others with their paths', async () => {
      await capture(async () => {
        const bad = [
          { text: 'Fine', status: 'finished' },
          null,
          { text: 'Parent', children: [{ detail: 'no text' }, { text: 'Child', indicator: { name: 'x', target: 'twenty' } }] },
        ] as unknown as ObjectiveItem[];
        const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list></cluster-objective-list>`);
        const reported = oneEvent(el, 'cluster-data-error');
        el.items = bad;
        const event = await reported;
        const paths = event.detail.problems.map((p: DataProblem) => p.path);
        expect(paths).to.include.members(['items[0].status', 'items[1]', 'items[2].children[0].text', 'items[2].children[1].indicator.target']);
        await el.updateComplete;
        expect(bodies(el)).to.deep.equal(['Fine', 'Parent', 'Child x']);
        await expect(el).to.be.accessible();
      });
    });

    it('reports an unknown numbering or kind and falls back', async () => {
      await capture(async () => {
        const el = await fixture<ClusterObjectiveList>(html`<cluster-objective-list></cluster-objective-list>`);
        const reported = oneEvent(el, 'cluster-data-error');
        el.setAttribute('numbering', 'roman');
        el.setAttribute('kind', 'goals');
        el.items = [{ text: 'A' }];
        const event = await reported;
        expect(event.detail.problems.map((p: DataProblem) => p.path)).to.deep.equal(['numbering', 'kind']);
        await el.updateComplete;
        expect(root(el).querySelector('ul')).to.exist;
        expect(text(root(el).querySelector('h3'))).to.equal('Objectives');
      });
    });

    it('renders long text and many items', async () => {
      const long = 'A very long objective text that goes on and on '.repeat(12).trim();
      const many = Array.from({ length: 60 }, (_, i) => ({ text: `Objective ${i + 1}` }));
      const el = await fixture<ClusterObjectiveList>(
        html`<cluster-objective-list numbering="decimal" .items=${[{ text: long }, ...many]}></cluster-objective-list>`,
      );
      expect(root(el).querySelectorAll('li')).to.have.length(61);
      expect(root(el).querySelector('[part="base"]')!.scrollWidth).to.be.at.most(el.clientWidth + 1);
    });

    it('has nothing to focus (keyboard users move straight past it)', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <cluster-objective-list .items=${list('trace-kei-objectives').items}></cluster-objective-list>
          <button id="after">After</button>
        </div>`,
      );
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
    });
  });

  describe('language of parts (WCAG 3.1.2)', () => {
    /** Keeps only the English entry of every text, as in a document written only in English. */
    const englishOnly = (items: readonly ObjectiveItem[]): ObjectiveItem[] =>
      items.map((item) => ({
        ...item,
        text: { en: resolveText(item.text, 'en') },
        ...(item.detail ? { detail: { en: resolveText(item.detail, 'en') } } : {}),
        ...(item.indicator ? { indicator: { ...item.indicator, name: { en: resolveText(item.indicator.name, 'en') } } } : {}),
        ...(item.children ? { children: englishOnly(item.children) } : {}),
      }));
    /** Every element of the shadow root with a `lang` attribute, as "lang: text". */
    const marked = (el: Element): string[] =>
      Array.from(root(el).querySelectorAll('[lang]')).map((n) => `${n.getAttribute('lang')}: ${text(n) || n.getAttribute('aria-label')}`);

    it('marks English-only item text, detail and indicator name lang="en" on a lang="bg" page, not the UI words', async () => {
      const items: ObjectiveItem[] = [
        {
          text: { en: 'Build a network of clusters' },
          detail: { en: 'Partners meet twice a year.' },
          status: 'in-progress',
          indicator: { name: { en: 'SMEs trained' }, target: 20, achieved: 12 },
          children: [{ text: { en: 'Map the partners' } }],
        },
      ];
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><cluster-objective-list .items=${items}></cluster-objective-list></div>`);
      const el = wrapper.firstElementChild as ClusterObjectiveList;
      const [item, child] = Array.from(root(el).querySelectorAll('li > .body'));
      expect(item!.querySelector('.text')!.getAttribute('lang')).to.equal('en');
      expect(item!.querySelector('.detail')!.getAttribute('lang')).to.equal('en');
      expect(child!.querySelector('.text')!.getAttribute('lang')).to.equal('en');
      // The indicator: its name is English inside a Bulgarian sentence; the meter is named in English.
      const indicator = item!.querySelector('[part="indicator"]')!;
      expect(text(indicator)).to.equal('12 от 20 SMEs trained');
      expect(text(indicator.querySelector('.progress [lang="en"]'))).to.equal('SMEs trained');
      expect(indicator.querySelector('meter')!.getAttribute('lang')).to.equal('en');
      // The status words and the heading are UI strings in Bulgarian: not marked.
      expect(item!.querySelector('[part="badge"]')!.closest('[lang]')).to.equal(null);
      expect(text(root(el).querySelector('h3'))).to.equal('Цели');
      expect(root(el).querySelector('h3')!.hasAttribute('lang')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('marks nothing when the items are in the page language (or plain text of unknown language)', async () => {
      const bgItems: ObjectiveItem[] = [
        {
          text: { en: 'Build a network', bg: 'Изграждане на мрежа' },
          detail: { bg: 'Две срещи годишно.' },
          indicator: { name: { bg: 'обучени МСП' }, target: 20, achieved: 12 },
        },
        { text: 'Обикновен текст', indicator: { name: 'нови членове', achieved: 3 } },
      ];
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><cluster-objective-list .items=${bgItems}></cluster-objective-list></div>`);
      const el = wrapper.firstElementChild as ClusterObjectiveList;
      expect(bodies(el)[0]).to.contain('Изграждане на мрежа');
      expect(marked(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();

      // The same items as a document with an English and a Bulgarian entry, on an English page.
      const varna = await fixture<ClusterObjectiveList>(html`<cluster-objective-list .items=${list('trace-kei-objectives').items}></cluster-objective-list>`);
      expect(marked(varna)).to.deep.equal([]);
    });

    it('marks every item of an English document shown on a Bulgarian page', async () => {
      const english = englishOnly(list('trace-kei-objectives').items);
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><cluster-objective-list .items=${english}></cluster-objective-list></div>`);
      const el = wrapper.firstElementChild as ClusterObjectiveList;
      const texts = Array.from(root(el).querySelectorAll('li > .body > .text'));
      expect(texts).to.have.length(4);
      expect(texts.map((t) => t.getAttribute('lang'))).to.deep.equal(['en', 'en', 'en', 'en']);
      expect(text(texts[1])).to.equal('Build and update long-term cluster strategies');
      await expect(el).to.be.accessible();

      // The bilingual document on the same page shows its Bulgarian entries, unmarked.
      const both = await fixture<HTMLDivElement>(
        html`<div lang="bg"><cluster-objective-list .items=${list('trace-kei-objectives').items}></cluster-objective-list></div>`,
      );
      expect(marked(both.firstElementChild!)).to.deep.equal([]);
    });

    it("keeps the lang of a slotted list: the page's own attributes stay, and the styled copy is marked the same", async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="bg">
          <cluster-objective-list>
            <ul>
              <li>Изграждане на мрежа</li>
              <li lang="en" data-indicator="SMEs trained" data-target="20" data-achieved="12">Train the members</li>
              <li lang="bg">
                Обучение
                <ul lang="en">
                  <li>Nested in English</li>
                </ul>
              </li>
            </ul>
          </cluster-objective-list>
        </div>`,
      );
      const el = wrapper.querySelector('cluster-objective-list')!;
      // The original light DOM is untouched.
      const originals = Array.from(el.querySelectorAll('li')).map((li) => li.getAttribute('lang'));
      expect(originals).to.deep.equal([null, 'en', 'bg', null]);
      expect(el.querySelector('ul ul')!.getAttribute('lang')).to.equal('en');
      // The styled copy says which language each item is in.
      expect(marked(el)).to.deep.equal(['en: Train the members', 'en: SMEs trained', 'en: SMEs trained', 'en: Nested in English']);
      await expect(el).to.be.accessible();
    });
  });
});

describe('<cluster-objective-list> reflow at 320 CSS px (WCAG 1.4.10, 1.4.12)', () => {
  /** WCAG 1.4.12 text spacing, as a reader's style sheet would set it. */
  const TEXT_SPACING =
    '*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }' +
    ' p { margin-block-end: 2em !important; }';
  /** The BLUEDEMO objectives: three levels, a status on every item, indicators and a detail. */
  const summitItems = blueSummit2026.objectiveLists!.find((l) => l.id === 'bluedemo-objectives')!.items;
  const numberings: NumberingStyle[] = ['decimal-nested', 'decimal', 'lower-alpha', 'upper-roman', 'none'];

  let bodyMargin = '';
  before(async () => {
    await setViewport({ width: 320, height: 800 });
    bodyMargin = document.body.style.margin;
    document.body.style.margin = '0';
  });
  after(async () => {
    document.body.style.margin = bodyMargin;
    await setViewport({ width: 800, height: 600 });
  });

  /** What does not reflow: boxes or words past the element's edges, sideways scrolling, words split across lines. */
  function reflowProblems(host: HTMLElement): string[] {
    const found: string[] = [];
    const edge = host.getBoundingClientRect();
    const out = (r: DOMRect): boolean => r.width > 0 && (r.right > edge.right + 1 || r.left < edge.left - 1);
    if (document.documentElement.scrollWidth > 320) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    if (host.scrollWidth > host.clientWidth + 1) found.push(`the element scrolls sideways (${host.scrollWidth} px)`);
    for (const el of Array.from(root(host).querySelectorAll('*'))) {
      if (el instanceof HTMLStyleElement || isVisuallyHidden(el)) continue;
      if (out(el.getBoundingClientRect())) found.push(`<${el.localName} class="${el.getAttribute('class') ?? ''}"> sticks out`);
    }
    const walker = document.createTreeWalker(root(host), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement || isVisuallyHidden(node.parentElement)) continue;
      for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
        if (rects.some(out)) found.push(`"${word[0]}" is cut off at the edge`);
        if (new Set(rects.map((r) => Math.round(r.top))).size > 1) found.push(`"${word[0]}" is broken across lines`);
      }
    }
    return found;
  }

  for (const numbering of numberings) {
    for (const spacing of [false, true]) {
      it(`${numbering}, Bulgarian, three levels${spacing ? ', with 1.4.12 text spacing' : ''}: no horizontal overflow, no word broken`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang="bg"><cluster-objective-list numbering=${numbering} .items=${summitItems}></cluster-objective-list></div>`,
        );
        const el = wrapper.querySelector('cluster-objective-list')!;
        await el.updateComplete;
        expect(el.getBoundingClientRect().width).to.equal(320);
        expect(text(root(el).querySelector('ol ol ol, ul ul ul'))).to.contain('Със закъснение');
        if (spacing) {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(TEXT_SPACING);
          root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, sheet];
          expect(getComputedStyle(root(el).querySelector('.text')!).letterSpacing).to.not.equal('normal');
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(reflowProblems(el)).to.deep.equal([]);
      });
    }
  }
});
