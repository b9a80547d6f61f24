import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/cluster-speaker-list.js';
import { speakerViewsFromDocument, type SpeakerView } from '../src/data/people-view.js';
import type { EventDocument } from '../src/data/types.js';
import { blueSummit2026, generateEvent, varna2018 } from './data/index.js';

interface Args {
  speakers?: SpeakerView[];
  data?: EventDocument;
  allPeople?: boolean;
  sort?: 'given' | 'name';
  compact?: boolean;
  headingLevel?: number;
}

/** Forty generated people (deterministic names, all fictional), each taking part in sessions. */
const generated = generateEvent({ sessions: 66, seed: 7 });

/** Fictional Bulgarian names, to show sorting with the Bulgarian alphabet. */
const bulgarianNames: SpeakerView[] = [
  'Явор Петров',
  'Щерю Колев',
  'Ангелина Иванова',
  'Цветан Ангелов',
  'Борис Тодоров',
  'Елена Вълчева',
  'Жана Маринова',
  'Anna Example',
].map((name, i) => ({ id: `bg-${i}`, name, jobTitle: { en: 'Cluster Manager', bg: 'Клъстерен мениджър' } }));

const meta: Meta<Args> = {
  title: 'Components/Speaker List',
  component: 'cluster-speaker-list',
  tags: ['autodocs'],
  render: (args) =>
    html`<cluster-speaker-list
      .speakers=${args.speakers ?? null}
      .data=${args.data ?? null}
      ?all-people=${args.allPeople ?? false}
      sort=${args.sort ?? nothing}
      ?compact=${args.compact ?? false}
      heading-level=${args.headingLevel ?? nothing}
    ></cluster-speaker-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The fictional summit's people from its document, everyone listed. */
export const Playground: Story = {
  args: { data: blueSummit2026, allPeople: true, sort: 'given' },
};

/** The Varna 2018 speakers: two representatives known only by role and organisation. */
export const Varna2018: Story = {
  args: { data: varna2018 },
};

/** Sorted by name with the collation of the element's language. */
export const SortedByName: Story = {
  args: { speakers: bulgarianNames, sort: 'name' },
};

export const Compact: Story = {
  args: { speakers: speakerViewsFromDocument(blueSummit2026, { allPeople: true }), compact: true },
};

/** Forty people: a filter appears (more than 12), with a count read politely by screen readers. */
export const FortyPeople: Story = {
  args: { data: generated, allPeople: true, sort: 'name' },
};

export const Empty: Story = {
  args: { speakers: [] },
};

/** Unusable entries are left out; the console lists each problem with its path. */
export const InvalidData: Story = {
  args: {
    speakers: [{ name: 'A valid person' }, 'not a person', { jobTitle: 42 }] as unknown as SpeakerView[],
  },
};

export const Bulgarian: Story = {
  args: { speakers: bulgarianNames, sort: 'name' },
  render: (args, context) => html`<div lang="bg">${meta.render!(args, context)}</div>`,
};
