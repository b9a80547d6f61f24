import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/cluster-objective-list.js';
import { parseEventDocument } from '../src/data/parse.js';
import { objectiveListViewFromDocument, type ObjectiveListView } from '../src/data/project-view.js';
import { resolveText } from '../src/data/text.js';
import type { EventDocument, NumberingStyle, ObjectiveItem, ObjectiveListKind } from '../src/data/types.js';
import { blueSummit2026, varna2018 } from './data/index.js';

interface Args {
  items?: ObjectiveItem[];
  heading?: string;
  numbering?: NumberingStyle;
  kind?: ObjectiveListKind;
  headingLevel?: number;
}

const varna = parseEventDocument(varna2018).document as EventDocument;
const summit = parseEventDocument(blueSummit2026).document as EventDocument;
const list = (doc: EventDocument, id: string): ObjectiveListView => objectiveListViewFromDocument(doc, id)!;
const objectives = list(varna, 'trace-kei-objectives');
const steps = list(varna, 'trace-kei-key-steps');
const findings = list(varna, 'grow-your-region-findings');
const fictional = list(summit, 'bluedemo-objectives');
const heading = (view: ObjectiveListView, lang = 'en'): string => resolveText(view.heading, lang, view.lang);

const meta: Meta<Args> = {
  title: 'Components/Objective List',
  component: 'cluster-objective-list',
  tags: ['autodocs'],
  argTypes: {
    numbering: { control: 'select', options: ['none', 'decimal', 'decimal-nested', 'lower-alpha', 'upper-roman'] },
    kind: { control: 'select', options: ['objectives', 'steps', 'findings'] },
  },
  render: (args) =>
    html`<cluster-objective-list
      .items=${args.items ?? null}
      heading=${args.heading ?? nothing}
      numbering=${args.numbering ?? nothing}
      kind=${args.kind ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
    ></cluster-objective-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {
  args: { items: fictional.items, numbering: 'decimal-nested', kind: 'objectives' },
};

/** The TRACE-KEI objectives presented at the Varna 2018 meeting. */
export const TraceKeiObjectives: Story = {
  args: { items: objectives.items, heading: heading(objectives) },
};

/** The TRACE-KEI key steps to cluster excellence (`kind="steps"`), numbered. */
export const TraceKeiKeySteps: Story = {
  args: { items: steps.items, heading: heading(steps), kind: 'steps', numbering: 'decimal' },
};

/** The findings of the Grow Your Region conference (Valencia, November 2017) discussed in Varna (`kind="findings"`). */
export const GrowYourRegionFindings: Story = {
  args: { items: findings.items, heading: heading(findings), kind: 'findings' },
};

/**
 * For CMS editors: a plain nested list in the page (the TRACE-KEI key steps). Search engines and
 * readers without JavaScript get the list itself; the element shows it in its own style and keeps
 * the original out of sight (and out of the accessibility tree, so it is not read twice).
 * `data-status` on an `<li>` adds a status.
 */
export const FromAPlainList: Story = {
  render: () =>
    html`<cluster-objective-list kind="steps">
      <ol>
        ${steps.items.map((item, i) => html`<li data-status=${i < 2 ? 'achieved' : 'planned'}>${resolveText(item.text, 'en')}</li>`)}
      </ol>
    </cluster-objective-list>`,
};

/** Every numbering style, three levels deep (fictional objectives). */
export const NumberingStyles: Story = {
  render: () =>
    html`<div style="display: grid; gap: 2rem">
      ${(['decimal-nested', 'decimal', 'lower-alpha', 'upper-roman', 'none'] as const).map(
        (numbering) =>
          html`<cluster-objective-list heading=${`numbering="${numbering}"`} numbering=${numbering} .items=${fictional.items}></cluster-objective-list>`,
      )}
    </div>`,
};

/** Statuses in words with an icon, indicators as a meter with "9 of 12 …", cancelled items struck through. */
export const StatusAndIndicators: Story = {
  args: { items: fictional.items, heading: heading(fictional), numbering: 'decimal-nested' },
};

export const Empty: Story = { args: { items: [], kind: 'findings' } };

/** Items without text are left out and reported in the console with their paths; the rest is shown. */
export const InvalidData: Story = {
  args: {
    items: [
      { text: 'A valid objective', status: 'achieved' },
      { detail: 'An objective without text' },
      { text: 'An objective with an unknown status', status: 'finished' },
    ] as unknown as ObjectiveItem[],
  },
};

export const LongText: Story = {
  args: {
    numbering: 'decimal',
    items: [
      {
        text: 'Strengthen regional cluster development policies and initiatives by involving institutions at regional and national level, and by making sure that the smart specialisation strategies of every region in the partnership name clusters as intermediaries (fictional wording)',
        detail:
          'A long detail that explains how the objective will be measured and which partners take part in each of the activities that lead to it (fictional).',
        status: 'in-progress',
        indicator: { name: 'regional policies improved', target: 6, achieved: 2 },
      },
    ],
  },
  render: (args, context) => html`<div style="max-inline-size: 22rem">${meta.render!(args, context)}</div>`,
};

export const ManyItems: Story = {
  args: {
    numbering: 'decimal-nested',
    items: Array.from({ length: 12 }, (_, i) => ({
      text: `Fictional objective ${i + 1}`,
      status: (['planned', 'in-progress', 'achieved', 'delayed'] as const)[i % 4],
      children: Array.from({ length: 3 }, (_, j) => ({ text: `Fictional activity ${i + 1}.${j + 1}` })),
    })),
  },
};

/** A phone-width column (320 CSS px) in Bulgarian, three levels deep: nested levels indent less and each status takes its own line. */
export const NarrowBulgarian: Story = {
  render: () =>
    html`<div lang="bg" style="inline-size: 320px; max-inline-size: 100%">
      <cluster-objective-list heading=${heading(fictional, 'bg')} numbering="decimal-nested" .items=${fictional.items}></cluster-objective-list>
    </div>`,
};

/** Keeps only the English entry of every text, as in a document written only in English. */
const englishOnly = (items: readonly ObjectiveItem[]): ObjectiveItem[] =>
  items.map((item) => ({
    ...item,
    text: { en: resolveText(item.text, 'en') },
    ...(item.detail ? { detail: { en: resolveText(item.detail, 'en') } } : {}),
    ...(item.indicator ? { indicator: { ...item.indicator, name: { en: resolveText(item.indicator.name, 'en') } } } : {}),
    ...(item.children ? { children: englishOnly(item.children) } : {}),
  }));

/** English-only items on a Bulgarian page: the UI words are Bulgarian, each item is marked `lang="en"` (WCAG 3.1.2). */
export const EnglishItemsOnABulgarianPage: Story = {
  render: () =>
    html`<div lang="bg">
      <cluster-objective-list numbering="decimal-nested" .items=${englishOnly(fictional.items)}></cluster-objective-list>
    </div>`,
};

export const Bulgarian: Story = {
  render: () =>
    html`<div lang="bg" style="display: grid; gap: 2rem">
      <cluster-objective-list heading=${heading(objectives, 'bg')} .items=${objectives.items}></cluster-objective-list>
      <cluster-objective-list kind="steps" numbering="decimal" .items=${steps.items}></cluster-objective-list>
      <cluster-objective-list heading=${heading(fictional, 'bg')} numbering="decimal-nested" .items=${fictional.items}></cluster-objective-list>
    </div>`,
};
