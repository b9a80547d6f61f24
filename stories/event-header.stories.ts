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
  now?: string;
}

const summit = eventHeaderViewFromDocument(blueSummit2026);

const meta: Meta<Args> = {
  title: 'Components/Event Header',
  component: 'cluster-event-header',
  tags: ['autodocs'],
  render: (args) =>
    html`<cluster-event-header
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
      now=${args.now ?? nothing}
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

/**
 * "Add to calendar" opens a menu: the `.ics` file, Google Calendar and Outlook.com, for the Varna
 * meeting a calendar day (dates only, the day after as the exclusive end, in no zone).
 */
export const CalendarMenu: Story = {
  args: { data: varna2018 },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cluster-event-header')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-calendar]')?.click();
  },
};

/**
 * The fictional summit: two days with times, a venue with an address and a (made-up) position,
 * hybrid, organisers and partners, and a paid registration, shown here as on 9 June 2026.
 */
export const FictionalSummit: Story = {
  args: { data: blueSummit2026, now: '2026-06-09T10:00:00+03:00' },
};

// Registration states of the fictional summit (opens 2 March 09:00 EET, closes 12 June 18:00
// EEST, 37 of 240 places left, EUR 120), each with the clock pinned by `now`.

/** Before registration opens: "Registration opens on …", the Register link not yet primary. */
export const RegistrationOpensOn: Story = {
  args: { data: blueSummit2026, now: '2026-02-20T12:00:00+02:00' },
};

/** Open, with the days left until it closes counted in the event's zone, places and price. */
export const RegistrationOpen: Story = {
  args: { data: blueSummit2026, now: '2026-06-09T10:00:00+03:00' },
};

/** On its last day: "closes today". */
export const RegistrationClosesToday: Story = {
  args: { data: blueSummit2026, now: '2026-06-12T09:00:00+03:00' },
};

/** No places left. */
export const RegistrationFull: Story = {
  args: { event: { ...summit, registration: { ...summit.registration!, remaining: 0 } }, now: '2026-05-04T12:00:00+03:00' },
};

/** From the closing instant on: the state alone, no link. */
export const RegistrationClosed: Story = {
  args: { data: blueSummit2026, now: '2026-06-12T18:00:00+03:00' },
};

/** A free event whose registration closes when the event ends (no closes given). */
export const RegistrationFree: Story = {
  args: {
    event: {
      ...summit,
      name: 'Demo Cluster Open Day (fictional)',
      registration: { url: 'https://example.org/events/open-day-demo/register', free: true },
    },
    now: '2026-06-01T12:00:00+03:00',
  },
};

/** A venue known by its (made-up) position and town only: the "Map" links are named after the town. */
export const MapWithoutVenueName: Story = {
  args: {
    event: {
      name: 'Demo Beach Clean-up (fictional)',
      timeZone: 'Europe/Sofia',
      start: '2026-09-19',
      venue: { address: { addressLocality: 'Burgas', addressCountry: 'BG' }, geo: { latitude: 42.4936, longitude: 27.4795 } },
    },
  },
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

/**
 * Bad registration and position data (fictional): a closing of "tomorrow", more places remaining
 * than there are, a latitude of 95. Each is reported with its path (see the console); the rest
 * shows: the registration closes when the event ends, and there is no map link.
 */
export const InvalidRegistration: Story = {
  args: {
    event: {
      ...summit,
      registration: { url: 'https://example.org/events/blue-summit-2026-demo/register', closes: 'tomorrow', capacity: 10, remaining: 11 },
      venue: { ...summit.venue, geo: { latitude: 95, longitude: 27.4795 } },
    } as unknown as EventHeaderView,
    now: '2026-06-09T10:00:00+03:00',
  },
};

export const LongText: Story = {
  args: {
    event: {
      ...summit,
      name: 'Regional Conference on Interregional Cluster Cooperation, Smart Specialisation and the Internationalisation of Small and Medium-sized Enterprises in the Blue Economy (fictional)',
      venue: {
        ...summit.venue,
        name: 'Sandbar Congress and Exhibition Centre of the Southern Black Sea Coast, Hall of the Regional Development Agencies (fictional)',
      },
      registration: { ...summit.registration!, capacity: 1_250_000, remaining: 1_234_567, price: { amount: 1_234_567.89, currency: 'BGN' } },
    },
    now: '2026-06-09T10:00:00+03:00',
  },
};

export const Bulgarian: Story = {
  args: { data: varna2018 },
  render: (args, context) => html`<div lang="bg">${meta.render!(args, context)}</div>`,
};

/** The fictional summit in Bulgarian: registration state, places, price and map links. */
export const BulgarianRegistration: Story = {
  args: { data: blueSummit2026, now: '2026-06-09T10:00:00+03:00' },
  render: (args, context) => html`<div lang="bg">${meta.render!(args, context)}</div>`,
};
