/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
// Not inlined: a data: URL is not a safe link, so the element would refuse it.
import logoUrl from './assets/demo-cluster-logo.svg?no-inline';
import '../src/define/cluster-event-header.js';
import { eventHeaderViewFromDocument, type EventHeaderView } from '../src/data/people-view.js';
import type { EventDocument } from '../src/data/types.js';
import type { EventHeaderAttributes } from '../src/components/event-header/event-header.view.js';
import { blueSummit2026, varna2018 } from './data/index.js';

/** The logo of the fictional Blue Demo Maritime Cluster, served with the stories. */
const LOGO = logoUrl;

interface Args extends EventHeaderAttributes {
  event?: EventHeaderView;
  data?: EventDocument;
  headingLevel?: number;
}

const summit = eventHeaderViewFromDocument(blueSummit2026);

const meta: Meta<Args> = {
  title: 'Components/Event Header',
  component: 'cluster-event-header',
  tags: ['autodocs'],
  render: (args) => html`<cluster-event-header
    .event=${args.event ?? null}
    .data=${args.data ?? null}
    heading=${args.heading ?? nothing}
    start=${args.start ?? nothing}
    end=${args.end ?? nothing}
    time-zone=${args.timeZone ?? nothing}
    venue=${args.venue ?? nothing}
    locality=${args.locality ?? nothing}
    country=${args.country ?? nothing}
    heading-level=${args.headingLevel ?? nothing}
  ></cluster-event-header>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The simple form for CMS pages: attributes only. */
export const Playground: Story = {
  args: {
    heading: 'Demo Cluster Day (fictional)',
    start: '2026-10-08T09:30:00+03:00',
    end: '2026-10-08T17:00:00+03:00',
    timeZone: 'Europe/Sofia',
    venue: 'Demo Hall',
    locality: 'Plovdiv',
    country: 'BG',
  },
};

/** The Varna 2018 meeting and its three organisers; the hours were not published, so no time is shown. */
export const Varna2018: Story = {
  args: { data: varna2018 },
};

/** The fictional summit: two days with times, a venue with an address, hybrid, organisers and partners. */
export const FictionalSummit: Story = {
  args: { data: blueSummit2026 },
};

/** An organiser with a logo (its alt text is the organisation's name), next to one shown by name. */
export const WithLogos: Story = {
  args: {
    event: {
      ...summit,
      organizers: (summit.organizers ?? []).map((o, i) => (i === 0 ? { ...o, logo: { url: LOGO } } : o)),
    },
  },
};

export const Cancelled: Story = {
  args: { event: { ...eventHeaderViewFromDocument(varna2018), status: 'cancelled' } },
};

/** Postponed, with the date it was first planned for. */
export const Postponed: Story = {
  args: {
    event: { ...summit, status: 'postponed', start: '2026-09-23T09:00:00+03:00', end: '2026-09-24T13:00:00+03:00', previousStart: summit.start },
  },
};

export const MovedOnline: Story = {
  args: { event: { ...summit, status: 'moved-online', attendanceMode: 'online' } },
};

export const Empty: Story = {
  args: {},
};

/** A start without an offset is never guessed: the name stays, the console says why the date is missing. */
export const InvalidData: Story = {
  args: { event: { name: 'An event with a bad start', timeZone: 'Europe/Sofia', start: '2026-06-17T09:00' } as EventHeaderView },
};

export const LongText: Story = {
  args: {
    event: {
      ...summit,
      name: 'Regional Conference on Interregional Cluster Cooperation, Smart Specialisation and the Internationalisation of Small and Medium-sized Enterprises in the Blue Economy (fictional)',
    },
  },
};

export const Bulgarian: Story = {
  args: { data: varna2018 },
  render: (args, context) => html`<div lang="bg">${meta.render!(args, context)}</div>`,
};
