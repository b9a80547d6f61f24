import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/cluster-project-card.js';
import type { ClusterProjectCard } from '../src/components/project-card/project-card.js';
import { EMBLEM_HEIGHT, EMBLEM_RING_RADIUS, EMBLEM_STAR_RADIUS, EMBLEM_WIDTH } from '../src/components/eu-emblem/eu-emblem.js';
import { parseEventDocument } from '../src/data/parse.js';
import {
  checkProjectCardView,
  objectiveListViewFromDocument,
  objectiveListViewsFromDocument,
  orderPartners,
  projectCardViewFromDocument,
  projectCardViewsFromDocument,
  type ProjectCardView,
} from '../src/data/project-view.js';
import type { DataProblem, EventDocument } from '../src/data/types.js';
import { blueSummit2026, varna2018 } from '../stories/data/index.js';
import { nameFromContent } from './helpers/names.js';
import { text, q, qa, langOf } from './helpers/dom.js';

const varna = parseEventDocument(varna2018).document as EventDocument;
const summit = parseEventDocument(blueSummit2026).document as EventDocument;
const varnaProject = (id: string): ProjectCardView => projectCardViewFromDocument(varna, id)!;
/** The fictional project, its logo served by the test server (the data's logo URL is a placeholder). */
const bluedemo = (): ProjectCardView => ({
  ...projectCardViewFromDocument(summit, 'bluedemo')!,
  logo: { url: '/stories/assets/bluedemo-logo.svg', alt: { en: 'BLUEDEMO project logo', bg: 'Лого на проекта BLUEDEMO' } },
});

/** The value (dd) of a fact row by its label (dt). */
const fact = (el: Element, label: string): string | undefined => {
  const row = qa(el, '.facts > div').find((d) => text(d.querySelector('dt')) === label);
  return row ? text(row.querySelector('dd')) : undefined;
};
const digits = (s: string | undefined): string => (s ?? '').replace(/\D/g, '');

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

async function card(project: unknown, options: { lang?: string; now?: string; compact?: boolean } = {}) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'en'}>
      <cluster-project-card .project=${project} now=${options.now ?? '2025-06-01T12:00:00+03:00'} ?compact=${options.compact ?? false}></cluster-project-card>
    </div>`,
  );
  const el = wrapper.querySelector('cluster-project-card')!;
  await el.updateComplete;
  return el;
}

describe('<cluster-project-card>', () => {
  describe('the Varna 2018 projects (sparse, real data)', () => {
    it('renders BLUE NET: acronym with its full title as text, summary, nothing invented', async () => {
      const el = await card(varnaProject('blue-net'));
      const heading = q(el, 'h3')!;
      expect(text(heading)).to.equal('BLUE NET: Cluster cooperation project in South East Europe');
      expect(text(heading.querySelector('.full-title'))).to.equal('Cluster cooperation project in South East Europe');
      expect(heading.querySelector('abbr')).to.not.exist;
      expect(q(el, 'article')!.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(text(q(el, 'p.summary'))).to.contain('innovative needs of SMEs');
      expect(q(el, '[part="badge"]')).to.not.exist;
      expect(q(el, 'time')).to.not.exist;
      expect(q(el, '[part="funding"]')).to.not.exist;
      expect(qa(el, '.facts > div')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('renders FORESDA with its partner and the country named', async () => {
      const el = await card(varnaProject('foresda'));
      const partners = qa(el, '[part="partners"] li').map((li) => text(li));
      expect(partners).to.deep.equal(['Bulgarian Furniture Cluster, Bulgaria']);
      await expect(el).to.be.accessible();
    });

    it('renders TRACE-KEI with its first three objectives and a link to all four', async () => {
      const el = await card(varnaProject('trace-kei'));
      const items = qa(el, '[part="objectives"] li').map((li) => text(li));
      expect(items).to.have.length(3);
      expect(items[1]).to.equal('Build and update long-term cluster strategies');
      const link = q(el, '[part="objectives"] a') as HTMLAnchorElement;
      expect(text(link)).to.equal('All 4 objectives');
      expect(link.getAttribute('href')).to.equal('#trace-kei-objectives');
      expect(link.getAttribute('rel')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('speaks Bulgarian', async () => {
      const el = await card(varnaProject('trace-kei'), { lang: 'bg' });
      expect(text(q(el, 'h3'))).to.equal('TRACE-KEI: Систематичен подход към върхови постижения на клъстерите');
      expect(text(q(el, '[part="objectives"] .label'))).to.equal('Цели');
      expect(text(q(el, '[part="objectives"] a'))).to.equal('Всички 4 цели');
      const foresda = await card(varnaProject('foresda'), { lang: 'bg' });
      expect(text(q(foresda, '[part="partners"] li'))).to.equal('Български мебелен клъстер, България');
      await expect(el).to.be.accessible();
    });
  });

  describe('the fictional project with every field', () => {
    it('shows programme, duration, status, budget, partners, website and funding notice', async () => {
      const el = await card(bluedemo());
      expect(fact(el, 'Programme')).to.equal('Interreg Imaginary Sea Basin Programme (fictional) (ERDF, 2021-2027)');
      const programmeLink = q(el, '.facts a') as HTMLAnchorElement;
      expect(programmeLink.getAttribute('href')).to.equal('https://example.org/programmes/imaginary-sea-basin');
      expect(programmeLink.getAttribute('rel')).to.equal('noopener');
      const times = qa(el, 'time');
      expect(times.map((t) => t.getAttribute('datetime'))).to.deep.equal(['2024-09-01', '2027-08-31']);
      expect(fact(el, 'Duration')).to.equal('September 1, 2024 – August 31, 2027');
      expect(text(q(el, '[part="badge"]'))).to.equal('Status: Ongoing');
      const website = qa(el, 'a').find((a) => text(a).startsWith('Project website')) as HTMLAnchorElement;
      expect(nameFromContent(website)).to.equal('Project website: BLUEDEMO');
      expect(website.getAttribute('href')).to.equal('https://example.org/projects/bluedemo');
      expect(website.getAttribute('rel')).to.equal('noopener');
      expect(website.hasAttribute('target')).to.equal(false);
      expect(text(q(el, '.funding-text'))).to.equal('Co-funded by the European Union. BLUEDEMO is a fictional project invented for this demo.');
      await expect(el).to.be.accessible();
    });

    it('shows the logo with its alternative text', async () => {
      const el = await card(bluedemo());
      const logo = q(el, 'img[part="logo"]') as HTMLImageElement;
      expect(logo.alt).to.equal('BLUEDEMO project logo');
      if (!logo.complete) await new Promise((r) => logo.addEventListener('load', r, { once: true }));
      expect(logo.naturalWidth).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('formats EUR with the euro sign and the EU share as a percentage', async () => {
      const el = await card(bluedemo());
      const budget = fact(el, 'Total budget');
      expect(budget).to.contain('€');
      expect(digits(budget)).to.equal('1850000');
      expect(budget).to.equal(new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(1850000));
      const eu = fact(el, 'EU contribution')!;
      expect(eu).to.contain('€');
      expect(digits(eu.split('(')[0])).to.equal('1572500');
      expect(eu).to.contain('(85% of the budget)');
    });

    it('lists the partners lead first, then partners, then associated, keeping the order within each role', async () => {
      const view = bluedemo();
      const shuffled = { ...view, partners: [view.partners![4]!, view.partners![2]!, view.partners![0]!, view.partners![3]!, view.partners![1]!] };
      const el = await card(shuffled);
      const partners = qa(el, '[part="partners"] li').map((li) => text(li));
      expect(partners).to.deep.equal([
        'Blue Demo Maritime Cluster (fictional) (BDMC), Bulgaria, Lead partner',
        'Lorem Ports Association (fictional), Romania',
        'Ipsum Marine Technology Park (fictional), Greece',
        'Port of Exampleport (fictional), Bulgaria',
        'Demo Bay Regional Development Agency (fictional), Bulgaria, Associated partner',
      ]);
      // The lead is marked in words, visibly.
      const role = q(el, '[part="partners"] li .role')!;
      expect(role.checkVisibility()).to.equal(true);
      expect(text(role)).to.equal('Lead partner');
      // Partners with a website are links.
      const link = q(el, '[part="partners"] li a') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('https://example.org/organizations/blue-demo-cluster');
      expect(link.getAttribute('rel')).to.equal('noopener');
    });

    it('speaks Bulgarian: labels, status, money, countries, roles and the emblem', async () => {
      const el = await card(bluedemo(), { lang: 'bg' });
      expect(text(q(el, '[part="badge"]'))).to.equal('Статус: В изпълнение');
      const budget = fact(el, 'Общ бюджет');
      expect(budget).to.contain('€');
      expect(digits(budget)).to.equal('1850000');
      expect(fact(el, 'Принос на ЕС')).to.contain('от бюджета');
      expect(fact(el, 'Период на изпълнение')).to.equal(
        `${new Intl.DateTimeFormat('bg', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 8, 1))} – ${new Intl.DateTimeFormat('bg', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2027, 7, 31))}`,
      );
      const partners = qa(el, '[part="partners"] li').map((li) => text(li));
      expect(partners[0]).to.equal('Морски клъстер „Синьо демо“ (измислен) (BDMC), България, Водещ партньор');
      expect(partners[2]).to.contain('Румъния');
      expect(partners[4]).to.contain('Асоцииран партньор');
      expect(q(el, 'svg[role="img"]')!.getAttribute('aria-label')).to.equal('Знаме на Европейския съюз');
      await expect(el).to.be.accessible();
    });
  });

  describe('status at `now`', () => {
    const dated: ProjectCardView = { acronym: 'DATED', title: 'A dated project', startDate: '2024-09-01', endDate: '2027-08-31' };
    const cases: [string, string, string][] = [
      ['2024-08-31T23:59:00+02:00', 'Planned', 'Предстоящ'],
      ['2024-09-01T00:00:00+02:00', 'Ongoing', 'В изпълнение'],
      ['2027-08-31T23:59:00+02:00', 'Ongoing', 'В изпълнение'],
      ['2027-09-01T00:00:00+02:00', 'Closed', 'Приключил'],
    ];
    for (const [now, en, bg] of cases) {
      it(`is "${en}" at ${now} (dates in Brussels time)`, async () => {
        const el = await card(dated, { now });
        expect(text(q(el, '[part="badge"]'))).to.equal(`Status: ${en}`);
        expect(q(el, `.status--${en.toLowerCase()}`)).to.exist;
        const elBg = await card(dated, { now, lang: 'bg' });
        expect(text(q(elBg, '[part="badge"]'))).to.equal(`Статус: ${bg}`);
        await expect(el).to.be.accessible();
      });
    }

    it('reads the dates in the time-zone attribute', async () => {
      const el = await fixture<ClusterProjectCard>(
        html`<cluster-project-card .project=${dated} now="2024-08-31T23:30:00+02:00" time-zone="Europe/Sofia"></cluster-project-card>`,
      );
      // 23:30 in Brussels is already 1 September, 00:30 in Sofia.
      expect(text(q(el, '[part="badge"]'))).to.equal('Status: Ongoing');
      el.timeZone = 'Europe/Brussels';
      await el.updateComplete;
      expect(text(q(el, '[part="badge"]'))).to.equal('Status: Planned');
    });

    it('says "From" or "Until" with only one date', async () => {
      const from = await card({ acronym: 'A', title: 'Only a start', startDate: '2030-01-15' });
      expect(fact(from, 'Duration')).to.equal('From January 15, 2030');
      expect(text(q(from, '[part="badge"]'))).to.equal('Status: Planned');
      const until = await card({ acronym: 'B', title: 'Only an end', endDate: '2020-01-15' }, { lang: 'bg' });
      expect(fact(until, 'Период на изпълнение')).to.match(/^До 15 януари 2020/);
      expect(text(q(until, '[part="badge"]'))).to.equal('Статус: Приключил');
    });
  });

  describe('money', () => {
    const withBudget = (currency: string): ProjectCardView => ({
      acronym: 'MONEY',
      title: 'Budget test',
      budget: { total: { amount: 1234567, currency }, euContribution: { amount: 1049382.5, currency } },
    });

    it('formats BGN in English with the currency code and in Bulgarian with "лв."', async () => {
      const en = await card(withBudget('BGN'));
      const total = fact(en, 'Total budget')!;
      expect(total).to.contain('BGN');
      expect(digits(total)).to.equal('1234567');
      const eu = fact(en, 'EU contribution')!;
      expect(eu).to.contain('BGN');
      expect(digits(eu.split('(')[0])).to.equal('104938250');
      expect(eu).to.contain('(85% of the budget)');
      const bg = await card(withBudget('BGN'), { lang: 'bg' });
      const totalBg = fact(bg, 'Общ бюджет')!;
      expect(totalBg).to.contain('лв.');
      expect(digits(totalBg)).to.equal('1234567');
      expect(fact(bg, 'Принос на ЕС')).to.contain(new Intl.NumberFormat('bg', { style: 'percent', maximumFractionDigits: 1 }).format(0.85));
    });

    it('formats EUR in Bulgarian with the euro sign after the amount', async () => {
      const bg = await card(withBudget('EUR'), { lang: 'bg' });
      const total = fact(bg, 'Общ бюджет')!;
      expect(total).to.contain('€');
      expect(total.indexOf('€')).to.be.greaterThan(total.search(/\d/));
    });

    it('does not compute a share across two currencies', async () => {
      const el = await card({
        acronym: 'MIXED',
        title: 'Two currencies',
        budget: { total: { amount: 1000, currency: 'BGN' }, euContribution: { amount: 400, currency: 'EUR' } },
      });
      expect(fact(el, 'EU contribution')).to.not.contain('budget');
    });
  });

  describe('the EU emblem', () => {
    it('is an image named "Flag of the European Union" next to the default statement', async () => {
      const el = await card({ acronym: 'EU', title: 'Emblem test', fundingNotice: { emblem: 'eu-cofunded' } });
      const svg = q(el, '[part="funding"] svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal('Flag of the European Union');
      expect(text(q(el, '.funding-text'))).to.equal('Co-funded by the European Union');
      const funded = await card({ acronym: 'EU', title: 'Emblem test', fundingNotice: { emblem: 'eu-funded' } }, { lang: 'bg' });
      expect(text(q(funded, '.funding-text'))).to.equal('Финансирано от Европейския съюз');
      const cofundedBg = await card({ acronym: 'EU', title: 'Emblem test', fundingNotice: { emblem: 'eu-cofunded' } }, { lang: 'bg' });
      expect(text(q(cofundedBg, '.funding-text'))).to.equal('Съфинансирано от Европейския съюз');
      await expect(el).to.be.accessible();
    });

    it('is drawn to the official proportions and colours', async () => {
      const el = await card({ acronym: 'EU', title: 'Emblem test', fundingNotice: { emblem: 'eu-cofunded' } });
      const svg = q(el, '[part="funding"] svg') as SVGSVGElement;
      const [x, y, w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
      expect([x, y]).to.deep.equal([0, 0]);
      expect(w / h).to.equal(1.5);
      expect([w, h]).to.deep.equal([EMBLEM_WIDTH, EMBLEM_HEIGHT]);
      expect(EMBLEM_RING_RADIUS).to.equal(h / 3);
      expect(EMBLEM_STAR_RADIUS).to.equal(h / 18);
      const rect = svg.querySelector('rect')!;
      expect(rect.getAttribute('fill')!.toUpperCase()).to.equal('#003399');
      expect([rect.getAttribute('width'), rect.getAttribute('height')]).to.deep.equal([`${w}`, `${h}`]);
      const path = svg.querySelector('path')!;
      expect(path.getAttribute('fill')!.toUpperCase()).to.equal('#FFCC00');
      const stars = path
        .getAttribute('d')!
        .split('Z')
        .filter(Boolean)
        .map((sub) =>
          sub
            .replace('M', '')
            .split('L')
            .map((pt) => pt.trim().split(' ').map(Number) as [number, number]),
        );
      expect(stars).to.have.length(12);
      const cx = w / 2;
      const cy = h / 2;
      stars.forEach((points, i) => {
        expect(points).to.have.length(10);
        const sx = points.reduce((s, p) => s + p[0], 0) / points.length;
        const sy = points.reduce((s, p) => s + p[1], 0) / points.length;
        // On the ring, like the hours of a clock, the first at twelve o'clock.
        expect(Math.hypot(sx - cx, sy - cy)).to.be.closeTo(h / 3, 0.01);
        const angle = (Math.atan2(sy - cy, sx - cx) * 180) / Math.PI;
        expect((angle + 90 + 360) % 360).to.be.closeTo(i * 30, 0.01);
        // Points on a circle of radius h/18, the first straight up (upright star).
        const outer = points.filter((_, k) => k % 2 === 0);
        for (const [px, py] of outer) expect(Math.hypot(px - sx, py - sy)).to.be.closeTo(h / 18, 0.01);
        expect(outer[0]![0]).to.be.closeTo(sx, 0.01);
        expect(outer[0]![1]).to.be.closeTo(sy - h / 18, 0.01);
      });
      // 3:2 as laid out, too.
      const box = svg.getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(1.5, 0.02);
    });

    it('shows a given statement without an emblem as text only', async () => {
      const el = await card({ acronym: 'T', title: 'Text only', fundingNotice: { text: 'Supported by a regional fund.' } });
      expect(q(el, '[part="funding"] svg')).to.not.exist;
      expect(text(q(el, '[part="funding"]'))).to.equal('Supported by a regional fund.');
    });
  });

  describe('attributes and the slotted summary', () => {
    it('builds the card from attributes with the summary slotted', async () => {
      const el = await fixture<ClusterProjectCard>(
        html`<cluster-project-card
          acronym="TRACE-KEI"
          heading="A systematic approach to cluster excellence"
          programme="Interreg Danube"
          start="2017-01-01"
          end="2019-06-30"
          href="https://example.org/trace-kei"
          emblem="eu-funded"
          now="2018-07-06T10:00:00+03:00"
          ><p>Clusters' sustainability and cluster excellence.</p></cluster-project-card
        >`,
      );
      expect(text(q(el, 'h3'))).to.equal('TRACE-KEI: A systematic approach to cluster excellence');
      expect(fact(el, 'Programme')).to.equal('Interreg Danube');
      expect(text(q(el, '[part="badge"]'))).to.equal('Status: Ongoing');
      expect((q(el, 'a[part="link"]') as HTMLAnchorElement).href).to.equal('https://example.org/trace-kei');
      expect(text(q(el, '.funding-text'))).to.equal('Funded by the European Union');
      const slot = q(el, 'slot') as HTMLSlotElement;
      expect(slot.closest('[hidden]')).to.equal(null);
      expect(el.querySelector('p')!.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('reflects compact and reads attributes into properties', async () => {
      const el = await fixture<ClusterProjectCard>(html`<cluster-project-card acronym="A" heading="B" heading-level="2"></cluster-project-card>`);
      expect(el.acronym).to.equal('A');
      expect(el.headingLevel).to.equal(2);
      expect(q(el, 'h2')).to.exist;
      el.compact = true;
      await el.updateComplete;
      expect(el.hasAttribute('compact')).to.equal(true);
      el.setAttribute('heading', 'Renamed');
      await el.updateComplete;
      expect(el.heading).to.equal('Renamed');
      expect(text(q(el, 'h2'))).to.equal('A: Renamed');
    });

    it('hides (never removes) the slot when the project property gives the summary', async () => {
      const el = await fixture<ClusterProjectCard>(html`<cluster-project-card .project=${varnaProject('blue-net')}><p>Page summary</p></cluster-project-card>`);
      const slot = q(el, 'slot') as HTMLSlotElement;
      expect(slot.closest('[hidden]')).to.exist;
      expect(el.querySelector('p')!.checkVisibility()).to.equal(false);
      el.project = null;
      el.acronym = 'BLUE NET';
      await el.updateComplete;
      expect(q(el, 'slot')!.closest('[hidden]')).to.equal(null);
      expect(el.querySelector('p')!.checkVisibility()).to.equal(true);
    });
  });

  describe('compact', () => {
    it('shows one meta line with the objective count linked to the list', async () => {
      const el = await card(varnaProject('trace-kei'), { compact: true });
      expect(q(el, '[part="partners"]')).to.not.exist;
      expect(q(el, '.facts')).to.not.exist;
      expect(q(el, 'p.summary')).to.not.exist;
      const link = q(el, 'a[part="objectives-link"]') as HTMLAnchorElement;
      expect(text(link)).to.equal('4 objectives');
      expect(link.getAttribute('href')).to.equal('#trace-kei-objectives');
      await expect(el).to.be.accessible();
      const full = await card(bluedemo(), { compact: true, lang: 'bg' });
      expect(text(q(full, '[part="badge"]'))).to.equal('Статус: В изпълнение');
      expect(q(full, '[part="funding"] svg')).to.exist;
      expect(text(q(full, 'a[part="objectives-link"]'))).to.equal('3 цели');
      await expect(full).to.be.accessible();
    });

    it('links to objectivesHref when given', async () => {
      const el = await card({ ...varnaProject('trace-kei'), objectivesHref: '/projects/trace-kei#objectives' });
      expect(q(el, '[part="objectives"] a')!.getAttribute('href')).to.equal('/projects/trace-kei#objectives');
    });
  });

  it('keeps its title bold below level 6, where it is role="heading" with aria-level', async () => {
    const el = await fixture<ClusterProjectCard>(
      html`<cluster-project-card heading-level="7" acronym="DEEP" heading="A card deep in a page"></cluster-project-card>`,
    );
    const heading = el.shadowRoot!.querySelector<HTMLElement>('[role="heading"]')!;
    expect([heading.localName, heading.getAttribute('aria-level')]).to.deep.equal(['p', '7']);
    for (const node of [heading, ...heading.querySelectorAll<HTMLElement>('span:not(.visually-hidden)')]) {
      expect(Number(getComputedStyle(node).fontWeight), node.className || node.localName).to.be.at.least(600);
    }
    await expect(el).to.be.accessible();
  });

  describe('links and keyboard', () => {
    it('drops unsafe links and reports them with paths', async () => {
      await capture(async (warnings) => {
        const bad: ProjectCardView = {
          acronym: 'UNSAFE',
          title: 'Unsafe links',
          url: 'javascript:alert(1)',
          programme: { name: 'Programme', url: 'data:text/html,<b>x</b>' },
          logo: { url: 'javascript:alert(2)', alt: 'logo' },
          partners: [{ name: 'Org', role: 'lead', url: 'vbscript:x' }],
        };
        const el = await fixture<ClusterProjectCard>(html`<cluster-project-card></cluster-project-card>`);
        const reported = oneEvent(el, 'cluster-data-error');
        el.project = bad;
        const event = await reported;
        const paths = event.detail.problems.map((p: DataProblem) => p.path);
        expect(paths).to.include.members(['project.url', 'project.programme.url', 'project.logo.url', 'project.partners[0].url']);
        await el.updateComplete;
        expect(qa(el, 'a')).to.have.length(0);
        expect(q(el, 'img')).to.not.exist;
        expect(text(q(el, '[part="partners"]'))).to.equal('Org, Lead partner');
        expect(warnings.some((w) => w.includes('project.url'))).to.equal(true);

        const attr = await fixture<ClusterProjectCard>(html`<cluster-project-card acronym="A" href="javascript:void(0)"></cluster-project-card>`);
        expect(qa(attr, 'a')).to.have.length(0);
      });
    });

    it('links to the objective list by its id, and not at all for an id no URL can carry', async () => {
      const objectives = [{ text: 'One' }, { text: 'Two' }, { text: 'Three' }, { text: 'Four' }];
      const el = await card({ acronym: 'IDS', title: 'Ids', objectives, objectiveListId: 'objectives of IDS' });
      expect(q(el, '[part="objectives-link"]')!.getAttribute('href')).to.equal('#objectives%20of%20IDS');
      const lone = await card({ acronym: 'IDS', title: 'Ids', objectives, objectiveListId: 'lone \ud800 surrogate' });
      expect(q(lone, '[part="objectives-link"]')).to.equal(null);
      expect(qa(lone, '[part="objectives"] li')).to.have.length(3);
    });

    it('gives partner links targets of at least 24 px that do not overlap (WCAG 2.5.8)', async () => {
      for (const lang of ['en', 'bg']) {
        const el = await card(bluedemo(), { lang });
        const rects = qa(el, '[part="partner-link"]').map((a) => a.getBoundingClientRect());
        expect(rects.length).to.be.greaterThan(2);
        for (const [i, r] of rects.entries()) {
          expect(r.height, `${lang} link ${i}`).to.be.at.least(24);
          const next = rects[i + 1];
          if (next) expect(next.top, `${lang} link ${i + 1} below ${i}`).to.be.at.least(r.bottom - 0.5);
        }
      }
    });

    it('reaches every link with Tab in reading order', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <cluster-project-card .project=${bluedemo()} now="2025-06-01T12:00:00+03:00"></cluster-project-card>
        </div>`,
      );
      const el = wrapper.querySelector('cluster-project-card')!;
      (wrapper.querySelector('#before') as HTMLButtonElement).focus();
      const visited: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        visited.push(nameFromContent(el.shadowRoot!.activeElement!));
      }
      expect(visited).to.deep.equal([
        'Interreg Imaginary Sea Basin Programme (fictional)',
        'Blue Demo Maritime Cluster (fictional) (BDMC)',
        'Port of Exampleport (fictional)',
        'Demo Bay Regional Development Agency (fictional)',
        'Project website: BLUEDEMO',
      ]);
    });
  });

  describe('language of parts', () => {
    /** The `lang` of the nearest marked element between `node` and the shadow root. */

    it('marks the partners given as plain strings in an English document lang="en" on a Bulgarian page', async () => {
      const el = await card(bluedemo(), { lang: 'bg' });
      const partners = qa(el, '[part="partners"] li').map((li) => [text(li.querySelector('.partner-name')), langOf(li.querySelector('.partner-name'))]);
      expect(partners).to.deep.equal([
        ['Морски клъстер „Синьо демо“ (измислен) (BDMC)', null],
        ['Пристанище Екзамплпорт (измислено)', null],
        ['Lorem Ports Association (fictional)', 'en'],
        ['Ipsum Marine Technology Park (fictional)', 'en'],
        ['Агенция за регионално развитие „Демо залив“ (измислена)', null],
      ]);
      // The country and the role next to a name are UI text in the page's language.
      expect(langOf(qa(el, '[part="partners"] .country')[2])).to.equal(null);
      expect(q(el, '.summary')!.closest('[lang]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('marks every text of an English document lang="en" on a Bulgarian page, UI strings not', async () => {
      const view: ProjectCardView = {
        acronym: 'SEA',
        title: 'Sea Example Alliance',
        summary: 'An English summary of a made-up project.',
        programme: { name: 'Imaginary Programme' },
        partners: [{ name: 'Example Harbour Authority', role: 'lead', country: 'BG' }],
        objectives: [{ id: 'o1', text: 'Train fifty cluster managers' }],
        fundingNotice: { text: 'Funded by an imaginary fund.' },
        lang: 'en',
      };
      const el = await card(view, { lang: 'bg' });
      expect(langOf(q(el, '.full-title'))).to.equal('en');
      expect(langOf(q(el, 'p.summary'))).to.equal('en');
      expect(langOf(q(el, '.facts dd [part="programme-link"], .facts .programme-name'))).to.equal('en');
      expect(langOf(q(el, '.partner-name'))).to.equal('en');
      expect(langOf(q(el, '[part="objectives"] li'))).to.equal('en');
      expect(langOf(q(el, '.funding-text'))).to.equal('en');
      for (const ui of qa(el, 'dt, .role, .country, [part="objectives"] .label')) expect(langOf(ui), text(ui)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('marks a fallback entry with the language picked and nothing on an English page', async () => {
      const view: ProjectCardView = { acronym: 'SEA', title: { bg: 'Морски пример' }, summary: { en: 'Only in English.' }, lang: 'bg' };
      const el = await card(view, { lang: 'bg' });
      expect(langOf(q(el, 'p.summary'))).to.equal('en');
      expect(langOf(q(el, '.full-title'))).to.equal(null);
      const en = await card(bluedemo(), { lang: 'en-GB' });
      expect(q(en, '[lang]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('states and bad input', () => {
    it('shows an accessible empty state without project or attributes', async () => {
      const el = await fixture<ClusterProjectCard>(html`<cluster-project-card></cluster-project-card>`);
      expect(text(q(el, '[role="status"]'))).to.equal('No project to show.');
      await expect(el).to.be.accessible();
      const bg = await fixture<HTMLDivElement>(html`<div lang="bg"><cluster-project-card></cluster-project-card></div>`);
      expect(text(q(bg.firstElementChild!, '[role="status"]'))).to.equal('Няма проект за показване.');
    });

    it('shows an error state, fires cluster-data-error and warns once for a project that is not an object', async () => {
      await capture(async (warnings) => {
        const el = await fixture<ClusterProjectCard>(html`<cluster-project-card></cluster-project-card>`);
        let count = 0;
        el.addEventListener('cluster-data-error', () => count++);
        el.project = 42 as unknown as ProjectCardView;
        await el.updateComplete;
        expect(q(el, '.state--error')).to.exist;
        el.requestUpdate();
        await el.updateComplete;
        expect(count).to.equal(1);
        expect(warnings.filter((w) => w.startsWith('<cluster-project-card> project:'))).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    });

    it('keeps what is valid and reports the rest with paths', async () => {
      await capture(async () => {
        const raw = {
          acronym: 'BAD',
          title: 'Bad data',
          startDate: 'tomorrow',
          budget: { total: { amount: 100, currency: 'euro' }, euContribution: { amount: -5, currency: 'EUR' } },
          partners: [{ name: 'Boss Ltd', role: 'boss' }, { name: 'Good Ltd', role: 'partner', country: 'Bulgaria' }, 'nope'],
          objectives: [{ text: 'Fine' }, { status: 'achieved' }],
          fundingNotice: { emblem: 'eu-flag' },
        };
        const el = await fixture<ClusterProjectCard>(html`<cluster-project-card now="yesterday"></cluster-project-card>`);
        const reported = oneEvent(el, 'cluster-data-error');
        el.project = raw as unknown as ProjectCardView;
        const event = await reported;
        const paths = event.detail.problems.map((p: DataProblem) => p.path);
        expect(paths).to.include.members([
          'project.startDate',
          'project.budget.total.currency',
          'project.budget.euContribution.amount',
          'project.partners[0].role',
          'project.partners[1].country',
          'project.partners[2]',
          'project.objectives[1].text',
          'project.fundingNotice.emblem',
          'now',
        ]);
        await el.updateComplete;
        expect(text(q(el, 'h3'))).to.equal('BAD: Bad data');
        expect(qa(el, '[part="partners"] li').map((li) => text(li))).to.deep.equal(['Good Ltd']);
        expect(qa(el, '[part="objectives"] li').map((li) => text(li))).to.deep.equal(['Fine']);
        expect(qa(el, '.facts dt').map((dt) => text(dt))).to.deep.equal(['Partners']);
        await expect(el).to.be.accessible();
      });
    });

    it('reports bad attributes: dates, an end before the start, an unknown emblem or zone', async () => {
      await capture(async () => {
        const el = await fixture<ClusterProjectCard>(html`<cluster-project-card></cluster-project-card>`);
        const reported = oneEvent(el, 'cluster-data-error');
        el.acronym = 'ATTR';
        el.start = '2019-13-01';
        el.end = '2018-01-01';
        el.emblem = 'flag' as never;
        el.timeZone = 'Mars/Olympus';
        const event = await reported;
        expect(event.detail.problems.map((p: DataProblem) => p.path)).to.deep.equal(['start', 'emblem', 'time-zone']);
        el.start = '2019-01-01';
        const second = await oneEvent(el, 'cluster-data-error');
        expect(second.detail.problems.map((p: DataProblem) => p.path)).to.include('end');
        await el.updateComplete;
        expect(q(el, 'time')).to.not.exist;
      });
    });

    it('hides a logo that fails to load', async () => {
      // A real logo first (so the image is there), then its load failure, dispatched by hand so the
      // test does not race the browser's own error event for a missing file.
      const el = await card({ acronym: 'LOGO', title: 'Broken logo', logo: { url: '/stories/assets/bluedemo-logo.svg', alt: 'LOGO logo' } });
      const img = q(el, 'img');
      expect(img).to.exist;
      img!.dispatchEvent(new Event('error'));
      await el.updateComplete;
      expect(q(el, 'img')).to.not.exist;
      expect(text(q(el, 'h3'))).to.equal('LOGO: Broken logo');
    });

    it('renders long titles and many partners within its width', async () => {
      const partners = Array.from({ length: 40 }, (_, i) => ({
        name: `Partner organisation number ${i + 1} with a rather long official name`,
        role: i === 7 ? ('lead' as const) : ('partner' as const),
        country: ['BG', 'RO', 'GR', 'DE'][i % 4]!,
      }));
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 20rem">
          <cluster-project-card
            .project=${{ acronym: 'SUPERCALIFRAGILISTICEXPIALIDOCIOUSPROJECTACRONYM', title: 'A very long title '.repeat(15), partners }}
          ></cluster-project-card>
        </div>`,
      );
      const el = wrapper.firstElementChild as ClusterProjectCard;
      await el.updateComplete;
      const items = qa(el, '[part="partners"] li');
      expect(items).to.have.length(40);
      expect(text(items[0])).to.match(/^Partner organisation number 8 .*, Germany, Lead partner$/);
      const base = q(el, '[part="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    });
  });

  describe('project views from a document', () => {
    it('resolves partner organisations and the objective list', () => {
      const view = bluedemo();
      expect(view.partners!.map((p) => p.role)).to.deep.equal(['lead', 'partner', 'partner', 'partner', 'associated']);
      expect(view.partners![0]!.shortName).to.equal('BDMC');
      expect(view.objectiveListId).to.equal('bluedemo-objectives');
      expect(view.objectives).to.have.length(3);
      expect(view.lang).to.equal('en');
      expect(projectCardViewsFromDocument(varna).map((p) => p.acronym)).to.deep.equal(['BLUE NET', 'FORESDA', 'TRACE-KEI']);
      expect(projectCardViewFromDocument(varna, 'nope')).to.equal(undefined);
    });

    it('gives the objective lists of a project and single lists', () => {
      const lists = objectiveListViewsFromDocument(varna, 'trace-kei');
      expect(lists.map((l) => [l.id, l.kind])).to.deep.equal([
        ['trace-kei-objectives', 'objectives'],
        ['trace-kei-key-steps', 'steps'],
      ]);
      const findings = objectiveListViewFromDocument(varna, 'grow-your-region-findings')!;
      expect(findings.items).to.have.length(4);
      expect(findings.projectId).to.equal(undefined);
      expect(objectiveListViewFromDocument(varna, 'nope')).to.equal(undefined);
    });

    it('orders partners stably by role', () => {
      const ordered = orderPartners([
        { id: 'a', role: 'associated' as const },
        { id: 'p1', role: 'partner' as const },
        { id: 'l', role: 'lead' as const },
        { id: 'p2', role: 'partner' as const },
        { id: 'a2', role: 'associated' as const },
      ]);
      expect(ordered.map((p) => p.id)).to.deep.equal(['l', 'p1', 'p2', 'a', 'a2']);
    });

    it('checks hand-written views without throwing', () => {
      for (const bad of [null, undefined, 'x', 1, [], { acronym: 'A' }, { title: 'T' }]) {
        const result = checkProjectCardView(bad);
        expect(result.value).to.equal(null);
        expect(result.problems.length).to.be.greaterThan(0);
      }
      const throwing = {
        acronym: 'A',
        title: 'T',
        get partners(): never {
          throw new Error('boom');
        },
      };
      const result = checkProjectCardView(throwing);
      expect(result.value!.acronym).to.equal('A');
      expect(result.problems.map((p) => p.path)).to.include('project.partners');
      const noId = checkProjectCardView({ acronym: 'A', title: 'T' });
      expect(noId.value).to.deep.equal({ acronym: 'A', title: 'T' });
      expect(noId.problems).to.deep.equal([]);
    });
  });
});
