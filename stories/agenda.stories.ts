/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import eventUrl from './assets/cluster-day-2027.json?url';
import frabUrl from './assets/schedule-frab-demo.json?url';
import '../src/define/cluster-agenda.js';
import type { TimeDisplay } from '../src/data/time.js';
import type { EventDocument } from '../src/data/types.js';
import { blueSummit2026, generateEvent, varna2018 } from './data/index.js';

interface Args {
  data?: unknown;
  src?: string;
  id?: string;
  timeDisplay?: TimeDisplay;
  now?: string;
  hidePast?: boolean;
  headingLevel?: number;
  showJsonLd?: boolean;
  showProblems?: boolean;
}

/** During the fictional summit's first morning, so "now" and finished sessions look the same on every day. */
const SUMMIT_NOW = '2026-06-17T11:00:00+03:00';

/** The summit under another event id, so the demo favourites below do not mark sessions in the other stories. */
const favouritesDemo: EventDocument = {
  ...blueSummit2026,
  event: { ...blueSummit2026.event, id: 'blue-summit-2026-favourites-demo' },
};

/** Puts a filter state in the URL fragment before the element reads it (as a shared link would). */
function withFragment(fragment: string): void {
  const url = new URL(location.href);
  url.hash = fragment;
  history.replaceState(history.state, '', url.href);
}

const meta: Meta<Args> = {
  title: 'Components/Agenda',
  component: 'cluster-agenda',
  tags: ['autodocs'],
  argTypes: {
    timeDisplay: { control: 'inline-radio', options: ['event', 'viewer', 'both'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) =>
    html`<cluster-agenda
      id=${args.id ?? nothing}
      .data=${args.data}
      src=${args.src ?? nothing}
      time-display=${args.timeDisplay ?? nothing}
      now=${args.now ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
      ?hide-past=${args.hidePast ?? false}
      ?show-json-ld=${args.showJsonLd ?? false}
      ?show-problems=${args.showProblems ?? false}
    ></cluster-agenda>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The fictional two-day summit; try the time display, the clock, the filters and the favourites. */
export const Playground: Story = {
  args: { data: blueSummit2026, timeDisplay: 'event', now: SUMMIT_NOW, hidePast: false, headingLevel: 2, showJsonLd: false },
};

/**
 * The real Varna 2018 meeting: the hours were not published, so one undated day (headed with the
 * event's date) holds the two topics with their sessions in the order of the organisers' release.
 */
export const Varna2018: Story = {
  args: { data: varna2018 },
};

/** A fictional, fully timed two-day, four-topic summit: topics side by side, sessions without a topic in "Other sessions". */
export const FictionalSummit: Story = {
  args: { data: blueSummit2026, now: SUMMIT_NOW },
};

/** Times in the reader's zone: sessions move to the reader's calendar day, and the day headings say which. */
export const ViewerTime: Story = {
  args: { data: blueSummit2026, timeDisplay: 'viewer', now: SUMMIT_NOW },
};

/** The event's time on each session, with the reader's own next to it where the zones differ. */
export const BothZones: Story = {
  args: { data: blueSummit2026, timeDisplay: 'both', now: SUMMIT_NOW },
};

/** On the second day with `hide-past`: the finished first day is collapsed behind its heading. */
export const HidePast: Story = {
  args: { data: blueSummit2026, hidePast: true, now: '2026-06-18T11:00:00+03:00' },
};

/** Restored from a shared link: `#filtered-demo=track:green-ports,funding-policy;q:port` (the element's id names its part of the fragment). */
export const Filtered: Story = {
  args: { data: blueSummit2026, id: 'filtered-demo', now: SUMMIT_NOW },
  render: (args, context) => {
    withFragment('#filtered-demo=track:green-ports,funding-policy;q:port');
    return meta.render!(args, context);
  },
};

/** "Only my sessions", with two sessions marked (stored in this browser's localStorage for this demo event). */
export const Favourites: Story = {
  args: { data: favouritesDemo, id: 'favourites-demo', now: SUMMIT_NOW },
  render: (args, context) => {
    try {
      localStorage.setItem('cluster-events:favorites:blue-summit-2026-favourites-demo', JSON.stringify(['d1-shore-power', 'd2-electric-tugs']));
    } catch {
      // Storage disabled: the element keeps favourites in memory, so the story still works.
    }
    withFragment('#favourites-demo=fav:1');
    return meta.render!(args, context);
  },
};

/** Loaded with `src` (`assets/cluster-day-2027.json`, a fictional one-day meeting). A loading message shows until it arrives. */
export const FromSrc: Story = {
  args: { src: eventUrl },
};

/** A frab / pretalx `schedule.json` given as `src` is recognised by its shape and converted. */
export const FromFrabSchedule: Story = {
  args: { src: frabUrl },
};

/** `src` answers with HTTP 404. */
export const HttpError: Story = {
  args: { src: 'assets/no-such-agenda.json' },
};

/** `src` is not valid JSON. */
export const InvalidJson: Story = {
  args: { src: 'data:application/json,%7B%20%22lang%22%3A%20%22en%22%2C%20%22event%22%3A' },
};

/** Data that is not an event document: an error state; the console and `cluster-data-error` say why. */
export const InvalidData: Story = {
  args: { data: { lang: 'en', event: { name: 'No id, no zone', start: 'tomorrow' } } },
};

/**
 * One systematic slip with `show-problems`: every session of the summit written without a UTC
 * offset. The sessions are listed without times; the list above them counts the problems and, when
 * opened, names each session's path, and the console groups them into one warning.
 */
export const InvalidDataWithShowProblems: Story = {
  name: 'Invalid data, with show-problems',
  args: {
    data: {
      ...blueSummit2026,
      event: {
        ...blueSummit2026.event,
        sessions: blueSummit2026.event.sessions!.map((s) => ({ ...s, start: s.start?.slice(0, 19), end: s.end?.slice(0, 19) })),
      },
    },
    now: SUMMIT_NOW,
    showProblems: true,
  },
};

/** Data that is not an event document, with `show-problems`: the list comes with the error state. */
export const InvalidDataErrorWithShowProblems: Story = {
  name: 'Unusable data, with show-problems',
  args: { ...InvalidData.args, showProblems: true },
};

/** An event without sessions yet. */
export const EmptyProgramme: Story = {
  args: { data: { ...varna2018, event: { ...varna2018.event, sessions: [] } } },
};

/** Long Bulgarian titles in a narrow column. */
export const LongText: Story = {
  render: () =>
    html`<div lang="bg" style="max-inline-size: 24rem">
      <cluster-agenda
        .data=${{
          ...varna2018,
          event: {
            ...varna2018.event,
            sessions: varna2018.event.sessions!.map((s) => ({
              ...s,
              title: {
                en: 'A very long title',
                bg: 'Клъстерни практики за определяне на иновационните нужди на малките и средните предприятия в Североизточна България и възможностите за трансгранично сътрудничество',
              },
            })),
          },
        }}
      ></cluster-agenda>
    </div>`,
};

/** 200 generated sessions over two days in four topics. */
export const ManyItems: Story = {
  args: { data: generateEvent({ sessions: 200, days: 2, tracks: 4, seed: 3 }), now: '2026-06-16T12:00:00+03:00' },
};

/** Narrow container: one list, topic after topic, in the same order as when wide. */
export const Narrow: Story = {
  args: { data: blueSummit2026, now: SUMMIT_NOW },
  render: (args, context) => html`<div style="max-inline-size: 22rem">${meta.render!(args, context)}</div>`,
};

/** Wide container: the day's topics side by side. */
export const Wide: Story = {
  args: { data: blueSummit2026, now: SUMMIT_NOW },
  render: (args, context) => html`<div style="min-inline-size: 75rem">${meta.render!(args, context)}</div>`,
};

export const Bulgarian: Story = {
  args: { data: blueSummit2026, now: SUMMIT_NOW },
  render: (args, context) => html`<div lang="bg">${meta.render!(args, context)}</div>`,
};
