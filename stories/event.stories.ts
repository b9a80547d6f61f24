/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import eventUrl from './assets/cluster-day-2027.json?url';
import frabUrl from './assets/schedule-frab-demo.json?url';
import '../src/define/cluster-event.js';
import type { TimeDisplay } from '../src/data/time.js';
import { blueSummit2026, varna2018 } from './data/index.js';
import { withInlineData, withoutPinnedNow } from './source.js';

interface Args {
  data?: unknown;
  src?: string;
  sections?: string;
  headingLevel?: number;
  hideJsonLd?: boolean;
  timeDisplay?: TimeDisplay;
  now?: string;
  showProblems?: boolean;
}

/** A moment during the fictional summit's call period, so its stories look the same on every day. */
const SUMMIT_NOW = '2026-05-20T10:00:00+03:00';

const meta: Meta<Args> = {
  title: 'Components/Event',
  component: 'cluster-event',
  tags: ['autodocs'],
  argTypes: {
    timeDisplay: { control: 'inline-radio', options: ['event', 'viewer', 'both'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  parameters: {
    // "Show code": the document as the element's inline JSON child, so the pasted tag shows it.
    docs: { source: { transform: (code: string, { args }: { args: Args }) => withInlineData(withoutPinnedNow(code), 'cluster-event', args.data) } },
  },
  render: (args) =>
    html`<cluster-event
      .data=${args.data}
      src=${args.src ?? nothing}
      sections=${args.sections ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
      ?hide-json-ld=${args.hideJsonLd ?? false}
      time-display=${args.timeDisplay ?? nothing}
      now=${args.now ?? nothing}
      ?show-problems=${args.showProblems ?? false}
    ></cluster-event>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {
  args: { data: varna2018, sections: 'header agenda speakers projects calls', headingLevel: 2, timeDisplay: 'event' },
};

/**
 * The real Varna 2018 meeting from one document: the header, the untimed programme in its two
 * topics, the two representatives linked to their sessions, the projects with the TRACE-KEI
 * objectives and key steps, the Grow Your Region findings and the forthcoming OPIC call. The
 * element also writes the schema.org JSON-LD into its light DOM (see the page's DOM).
 */
export const Varna2018: Story = {
  args: { data: varna2018 },
};

/** The fictional summit: two days, four topics with times, speakers with photos, a fully described project and calls in every state. */
export const FictionalSummit: Story = {
  args: { data: blueSummit2026, now: SUMMIT_NOW },
};

/** Loaded from a JSON file with `src` (here `assets/cluster-day-2027.json`, a fictional one-day meeting). */
export const FromSrc: Story = {
  args: { src: eventUrl },
};

/** A frab / pretalx `schedule.json` given as `src` is recognised by its shape and converted: rooms, tracks and persons become the programme and speakers. */
export const FromFrabSchedule: Story = {
  args: { src: frabUrl },
};

/** For CMS pages without a separate file: the document in a child `<script type="application/json">` (read as text, never run). */
export const InlineDocument: Story = {
  render: () => {
    const element = document.createElement('cluster-event');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(varna2018);
    element.append(script);
    element.setAttribute('sections', 'header speakers');
    return element;
  },
};

/** `sections` picks the parts and their order: here the calls first, then the projects. */
export const ChosenSections: Story = {
  args: { data: blueSummit2026, sections: 'calls projects', now: SUMMIT_NOW },
};

/** A partly valid document: the session with an offset-less start is listed without a time and the bad photo is left out; the console and `cluster-data-error` say why, once. */
export const PartlyValid: Story = {
  args: {
    data: {
      ...varna2018,
      event: {
        ...varna2018.event,
        sessions: varna2018.event.sessions!.map((s, i) => (i === 0 ? { ...s, start: '2018-07-06T10:00', end: '2018-07-06T11:00' } : s)),
      },
      people: varna2018.people!.map((p, i) => (i === 0 ? { ...p, photo: { url: 'javascript:alert(1)' } } : p)),
    },
  },
};

/**
 * The partly valid document with `show-problems`, as an editor previews a CMS page: above what
 * could be shown, a collapsed list counts the problems; opened, it gives each with its data path.
 * Readers never see it unless the attribute is set.
 */
export const InvalidDataWithShowProblems: Story = {
  name: 'Invalid data, with show-problems',
  args: { ...PartlyValid.args, showProblems: true },
};

/** A document that cannot be shown at all, with `show-problems`: the list comes with the error state. */
export const UnusableDataWithShowProblems: Story = {
  name: 'Unusable data, with show-problems',
  args: { data: { lang: 'en', event: { name: 'No id, no zone', start: 'tomorrow' } }, showProblems: true },
};

/** `src` answers with HTTP 404. */
export const HttpError: Story = {
  args: { src: 'assets/no-such-event.json' },
};

/** `src` is not valid JSON. */
export const InvalidJson: Story = {
  args: { src: 'data:application/json,%7B%20%22lang%22%3A%20%22en%22%2C%20%22event%22%3A' },
};

/** Valid JSON that is not an event document. */
export const InvalidDocument: Story = {
  args: { data: { title: 'A page, not an event', items: [1, 2, 3] } },
};

export const Empty: Story = {
  args: {},
};

export const Bulgarian: Story = {
  args: { data: varna2018 },
  render: (args, context) => html`<div lang="bg">${meta.render!(args, context)}</div>`,
};
