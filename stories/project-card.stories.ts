/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
// Not inlined: a data: URL is not a safe link, so the element would refuse it.
import logoUrl from './assets/bluedemo-logo.svg?no-inline';
import '../src/define/cluster-project-card.js';
import '../src/define/cluster-objective-list.js';
import { parseEventDocument } from '../src/data/parse.js';
import { objectiveListViewFromDocument, projectCardViewFromDocument, type ProjectCardView } from '../src/data/project-view.js';
import { resolveText } from '../src/data/text.js';
import type { EventDocument, FundingEmblem } from '../src/data/types.js';
import { blueSummit2026, varna2018 } from './data/index.js';

interface Args {
  project?: ProjectCardView;
  acronym?: string;
  heading?: string;
  programme?: string;
  start?: string;
  end?: string;
  href?: string;
  emblem?: FundingEmblem;
  now?: string;
  timeZone?: string;
  headingLevel?: number;
  compact?: boolean;
  /** Slotted summary (attribute use only). */
  summary?: string;
}

const varna = parseEventDocument(varna2018).document as EventDocument;
const summit = parseEventDocument(blueSummit2026).document as EventDocument;
const real = (id: string): ProjectCardView => projectCardViewFromDocument(varna, id)!;
/** The fictional project with every field; its logo is served with the stories. */
const bluedemo: ProjectCardView = {
  ...projectCardViewFromDocument(summit, 'bluedemo')!,
  logo: { url: logoUrl, alt: { en: 'BLUEDEMO project logo', bg: 'Лого на проекта BLUEDEMO' } },
};
/** A moment during the fictional summit (the project is then ongoing). */
const SUMMIT_NOW = '2026-06-16T12:00:00+03:00';

const meta: Meta<Args> = {
  title: 'Components/Project Card',
  component: 'cluster-project-card',
  tags: ['autodocs'],
  render: (args) =>
    html`<cluster-project-card
      .project=${args.project ?? null}
      acronym=${args.acronym ?? nothing}
      heading=${args.heading ?? nothing}
      programme=${args.programme ?? nothing}
      start=${args.start ?? nothing}
      end=${args.end ?? nothing}
      href=${args.href ?? nothing}
      emblem=${args.emblem ?? nothing}
      now=${args.now ?? nothing}
      time-zone=${args.timeZone ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
      ?compact=${args.compact ?? false}
      >${args.summary ? html`<p>${args.summary}</p>` : nothing}</cluster-project-card
    >`,
};
export default meta;
type Story = StoryObj<Args>;

const grid = (content: unknown) =>
  html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr)); align-items: stretch">${content}</div>`;

/** The simple form for CMS pages: attributes, with the summary as slotted content (a fictional project). */
export const Playground: Story = {
  args: {
    acronym: 'BLUEDEMO',
    heading: 'Blue Demonstrators for Cross-Border Cluster Cooperation (fictional)',
    programme: 'Interreg Imaginary Sea Basin Programme (fictional)',
    start: '2024-09-01',
    end: '2027-08-31',
    href: 'https://example.org/projects/bluedemo',
    emblem: 'eu-cofunded',
    now: SUMMIT_NOW,
    summary: 'A fictional project: five made-up partners from three countries pilot green port services.',
  },
};

/**
 * The three projects presented at the Varna 2018 meeting, as the news release describes them: no
 * dates, budgets or programmes were published, so none are shown (the card invents nothing).
 */
export const Varna2018Projects: Story = {
  render: () =>
    grid(html`
      <cluster-project-card .project=${real('blue-net')}></cluster-project-card>
      <cluster-project-card .project=${real('foresda')}></cluster-project-card>
      <cluster-project-card .project=${real('trace-kei')}></cluster-project-card>
    `),
};

/** BLUE NET: cluster practices in determining the innovative needs of SMEs. */
export const BlueNet: Story = { args: { project: real('blue-net') } };

/** FORESDA, with the Bulgarian Furniture Cluster as a partner. */
export const Foresda: Story = { args: { project: real('foresda') } };

/** TRACE-KEI: the first three of its four objectives, with a link to the full list below it. */
export const TraceKeiWithObjectiveList: Story = {
  render: () => {
    const list = objectiveListViewFromDocument(varna, 'trace-kei-objectives')!;
    return html`<cluster-project-card .project=${real('trace-kei')}></cluster-project-card>
      <cluster-objective-list
        id=${list.id}
        style="margin-block-start: 1.5rem"
        heading=${resolveText(list.heading, 'en', varna.lang)}
        .items=${list.items}
      ></cluster-objective-list>`;
  },
};

/** A fictional project that uses every field: programme, dates and status, budget, partners, objectives, logo, funding notice. */
export const FictionalFullProject: Story = {
  args: { project: bluedemo, now: SUMMIT_NOW },
};

/** `compact`: one line of facts for lists; the objective count links to the list. */
export const Compact: Story = {
  render: () =>
    html`<div style="display: grid; gap: 0.5rem">
      <cluster-project-card compact .project=${bluedemo} now=${SUMMIT_NOW}></cluster-project-card>
      <cluster-project-card compact .project=${real('trace-kei')}></cluster-project-card>
      <cluster-project-card compact .project=${real('foresda')}></cluster-project-card>
    </div>`,
};

/** The status derives from the dates at `now`: planned, ongoing, closed (in words, not colour alone). */
export const Statuses: Story = {
  render: () =>
    grid(html`
      <cluster-project-card .project=${bluedemo} now="2024-06-01T12:00:00+03:00"></cluster-project-card>
      <cluster-project-card .project=${bluedemo} now=${SUMMIT_NOW}></cluster-project-card>
      <cluster-project-card .project=${bluedemo} now="2028-01-10T12:00:00+02:00"></cluster-project-card>
    `),
};

/** "Funded by the European Union" (`eu-funded`), and a budget in Bulgarian leva (fictional). */
export const FundedInLeva: Story = {
  args: {
    now: SUMMIT_NOW,
    project: {
      ...bluedemo,
      acronym: 'LEVDEMO',
      title: 'A fictional project budgeted in Bulgarian leva',
      budget: { total: { amount: 2500000, currency: 'BGN' }, euContribution: { amount: 2125000, currency: 'BGN' } },
      fundingNotice: { emblem: 'eu-funded' },
    },
  },
};

/** Neither a project nor attributes. */
export const Empty: Story = { args: {} };

/**
 * Bad data keeps what is valid: the unsafe website link and the offset-less end date are dropped,
 * the console says why (with paths), and a `cluster-data-error` event lists them.
 */
export const InvalidData: Story = {
  args: {
    project: {
      acronym: 'BROKEN',
      title: 'A fictional project with bad data',
      startDate: '2024-01-01',
      endDate: '2026-12-31T17:00',
      url: 'javascript:alert(1)',
      budget: { total: { amount: 100000, currency: 'euro' } },
    },
  },
};

/** A project that is not an object at all. */
export const Unusable: Story = { args: { project: 'BLUE NET' as unknown as ProjectCardView } };

export const LongText: Story = {
  args: {
    now: SUMMIT_NOW,
    project: {
      ...bluedemo,
      acronym: 'INTERREGIONALCLUSTERCOOPERATION',
      title:
        'Interregional Cluster Cooperation for Smart Specialisation, Innovation Uptake and the Internationalisation of Small and Medium-sized Enterprises in the Blue Economy of the Black Sea Basin (fictional)',
    },
  },
  render: (args, context) => html`<div style="max-inline-size: 22rem">${meta.render!(args, context)}</div>`,
};

/** Many partners: the lead first, then partners, then associated partners, each group in its given order. */
export const ManyPartners: Story = {
  args: {
    now: SUMMIT_NOW,
    project: {
      ...bluedemo,
      partners: Array.from({ length: 18 }, (_, i) => ({
        name: `Fictional partner organisation ${i + 1}`,
        role: i === 9 ? ('lead' as const) : i % 5 === 4 ? ('associated' as const) : ('partner' as const),
        country: ['BG', 'RO', 'GR', 'TR', 'UA', 'GE'][i % 6]!,
      })),
    },
  },
};

export const Bulgarian: Story = {
  render: () =>
    html`<div lang="bg">
      ${grid(html`
        <cluster-project-card .project=${real('trace-kei')}></cluster-project-card>
        <cluster-project-card .project=${bluedemo} now=${SUMMIT_NOW}></cluster-project-card>
      `)}
    </div>`,
};
