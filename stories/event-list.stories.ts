import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/cluster-event-list.js';
import type { EventListShow } from '../src/data/event-list-view.js';
import type { EventDocument } from '../src/data/types.js';
import { varna2018 } from './data/index.js';
import { clusterEvents, EVENT_LIST_NOW, fictionalArchive, matchmaking, webinar } from './data/event-list.js';

interface Args {
  data?: unknown;
  src?: string;
  show?: EventListShow;
  limit?: number;
  compact?: boolean;
  now?: string;
  headingLevel?: number;
  hideJsonLd?: boolean;
  showProblems?: boolean;
}

/** JSON served by the story itself (a blob: URL, which a `src` may load), made once. */
function blobUrl(json: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(json)], { type: 'application/json' }));
}

const meta: Meta<Args> = {
  title: 'Components/Event List',
  component: 'cluster-event-list',
  tags: ['autodocs'],
  argTypes: {
    show: { control: 'inline-radio', options: ['upcoming', 'past', 'all'] },
    limit: { control: { type: 'number', min: 1 } },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) =>
    html`<cluster-event-list
      .data=${args.data}
      src=${args.src ?? nothing}
      show=${args.show ?? nothing}
      limit=${args.limit ?? nothing}
      ?compact=${args.compact ?? false}
      now=${args.now ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
      ?hide-json-ld=${args.hideJsonLd ?? false}
      ?show-problems=${args.showProblems ?? false}
    ></cluster-event-list>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * A cluster's events page: the real Varna 2018 meeting with the fictional summit and six more
 * fictional events, on the summit's first day (so the summit is under way). The element also
 * writes one schema.org `ItemList` of the events into its light DOM.
 */
export const Playground: Story = {
  args: { data: clusterEvents, now: EVENT_LIST_NOW, show: 'all', headingLevel: 2 },
};

/** The real Varna 2018 meeting alone: a past event with a date but no published hours, and its three organisers. */
export const Varna2018: Story = {
  args: { data: [varna2018], now: EVENT_LIST_NOW },
};

/** A homepage teaser: the next three events, two lines each. */
export const HomepageTeaser: Story = {
  args: { data: clusterEvents, now: EVENT_LIST_NOW, show: 'upcoming', limit: 3, compact: true },
};

/** Past events only, as an archive page shows them: latest first. */
export const PastEvents: Story = {
  args: { data: clusterEvents, now: EVENT_LIST_NOW, show: 'past' },
};

/** A long archive (40 fictional breakfasts): ten at a time, "Show more" moves focus to the first event it reveals. */
export const LongArchive: Story = {
  args: { data: fictionalArchive(40), now: EVENT_LIST_NOW, show: 'past' },
};

/** From a `src` index of event documents (served by the story as a blob: URL). */
export const FromSrcIndex: Story = {
  args: { src: blobUrl(clusterEvents), now: EVENT_LIST_NOW },
};

/**
 * From a `src` index of URLs: one of them does not exist, so it is reported (`[1]: … could not be
 * loaded (HTTP 404)`) and left out, and the list says one event could not be shown.
 */
export const IndexWithFailingUrl: Story = {
  args: { src: blobUrl([blobUrl(webinar), blobUrl(matchmaking), 'no-such-event-fictional.json']), now: EVENT_LIST_NOW, showProblems: true },
};

/** Nothing to come, nothing past: each group says so under its heading. */
export const Empty: Story = {
  args: { data: [], now: EVENT_LIST_NOW },
};

/**
 * Invalid data: an event whose start has no offset and an entry that is not a document. Both are
 * reported with their paths (`[1].event.start`, `[2]`) and left out; the others are shown.
 */
export const InvalidData: Story = {
  args: {
    data: [
      webinar,
      { lang: 'en', event: { id: 'no-offset-demo', name: 'A start without an offset (fictional)', timeZone: 'Europe/Sofia', start: '2026-09-01T10:00' } },
      'not-a-document',
      varna2018,
    ],
    now: EVENT_LIST_NOW,
    showProblems: true,
  },
};

/** The list itself is not valid (not a list): the error state, and the problem at `data`. */
export const NotAList: Story = {
  args: { data: { events: [] }, showProblems: true },
};

const longName: EventDocument = {
  ...webinar,
  event: {
    ...webinar.event,
    id: 'long-name-demo',
    name: 'Regional Conference on Interregional Cluster Cooperation, Smart Specialisation and the Internationalisation of Small and Medium-sized Enterprises in the Blue Economy of the Black Sea Basin (fictional)',
    attendanceMode: 'mixed',
    venue: {
      name: 'Congress and Exhibition Centre of the Fictional Regional Chamber of Commerce and Industry, Hall of Small and Medium-sized Enterprises',
      address: { streetAddress: '123 Very Long Example Boulevard of International Cooperation', addressLocality: 'Varna', addressCountry: 'BG' },
    },
  },
};

/** Long names and places wrap, down to 320 px. */
export const LongText: Story = {
  args: { data: [longName, ...clusterEvents], now: EVENT_LIST_NOW },
};

/** On the real clock: the summit and the other 2026 events move to the past as they end. */
export const RealClock: Story = {
  args: { data: clusterEvents },
};

export const Bulgarian: Story = {
  args: { data: clusterEvents, now: EVENT_LIST_NOW },
  render: (args, context) => html`<div lang="bg">${meta.render!(args, context)}</div>`,
};
