import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/cluster-funding-call-banner.js';
import type { FundingCall } from '../src/data/types.js';
import type { BannerAttributes } from '../src/data/funding-call-view.js';
import { blueSummit2026, varna2018 } from './data/index.js';

/**
 * Every story pins `now`, so what it shows (status, countdown, passed cut-offs) does not depend on
 * the day you look at it. Remove `now` in the Playground to see the live clock and countdown.
 */
interface Args extends Partial<BannerAttributes> {
  call?: FundingCall;
  now?: string;
  compact?: boolean;
  dismissible?: boolean;
  headingLevel?: number;
  summary?: string;
}

const calls = new Map((blueSummit2026.fundingCalls ?? []).map((c) => [c.id, c]));
/** Fictional calls of the Blue Economy summit demo (every name invented, every URL on example.org). */
const cooperation = calls.get('blue-cooperation-call-2026')!;
const skills = calls.get('blue-skills-call-2027')!;
const ports = calls.get('port-pilots-call-2025')!;
const seaData = calls.get('sea-data-space-call-2026')!;
const opic = varna2018.fundingCalls![0]!;

/** A fictional two-stage call: a short proposal first, then a full proposal from those invited. */
const twoStage: FundingCall = {
  id: 'demo-two-stage-call',
  identifier: 'DEMO-2STAGE-2026',
  title: { en: 'Cluster Innovation Pilots (fictional two-stage call)', bg: 'Клъстерни иновационни пилоти (измислена двуетапна покана)' },
  summary: {
    en: 'Stage 1: a five-page outline. Stage 2: a full proposal, by invitation only.',
    bg: 'Етап 1: петстранично резюме. Етап 2: пълно предложение, само по покана.',
  },
  programme: { name: { en: 'Imaginary Innovation Programme', bg: 'Въображаема иновационна програма' }, period: '2021-2027' },
  timeZone: 'Europe/Brussels',
  opens: '2026-03-02T09:00:00+01:00',
  deadlines: [
    { at: '2026-05-20T17:00:00+02:00', label: { en: 'Stage 1: outline', bg: 'Етап 1: резюме' } },
    { at: '2026-10-15T17:00:00+02:00', label: { en: 'Stage 2: full proposal', bg: 'Етап 2: пълно предложение' } },
  ],
  budget: { total: { amount: 12_000_000, currency: 'EUR' }, alternate: [{ amount: 23_469_960, currency: 'BGN' }] },
  applyUrl: 'https://example.org/calls/demo-two-stage/apply',
  infoUrl: 'https://example.org/calls/demo-two-stage',
};

/** A fictional open call with four cut-offs a year apart by a quarter; budget per cut-off not split. */
const cutOffs: FundingCall = {
  id: 'demo-cut-offs-call',
  identifier: 'DEMO-CUTOFFS-2026',
  title: { en: 'Cluster Mobility Grants (fictional, four cut-offs)', bg: 'Грантове за мобилност на клъстери (измислена, четири крайни срока)' },
  timeZone: 'Europe/Sofia',
  opens: '2026-01-15T10:00:00+02:00',
  deadlines: [
    { at: '2026-03-31T17:00:00+03:00' },
    { at: '2026-06-30T17:00:00+03:00' },
    { at: '2026-09-30T17:00:00+03:00' },
    { at: '2026-12-31T17:00:00+02:00' },
  ],
  budget: {
    total: { amount: 800_000, currency: 'EUR' },
    alternate: [{ amount: 1_564_664, currency: 'BGN' }],
    perProjectMax: { amount: 15_000, currency: 'EUR' },
  },
  applyUrl: 'https://example.org/calls/demo-cut-offs/apply',
};

const meta: Meta<Args> = {
  title: 'Components/Funding Call Banner',
  component: 'cluster-funding-call-banner',
  tags: ['autodocs'],
  render: (args) =>
    html`<cluster-funding-call-banner
      .call=${args.call ?? null}
      heading=${args.heading ?? nothing}
      identifier=${args.identifier ?? nothing}
      programme=${args.programme ?? nothing}
      opens=${args.opens ?? nothing}
      deadline=${args.deadline ?? nothing}
      time-zone=${args.timeZone ?? nothing}
      href=${args.href ?? nothing}
      info-href=${args.infoHref ?? nothing}
      budget=${args.budget ?? nothing}
      currency=${args.currency ?? nothing}
      now=${args.now ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
      ?compact=${args.compact ?? false}
      ?dismissible=${args.dismissible ?? false}
      >${args.summary ? html`<p>${args.summary}</p>` : nothing}</cluster-funding-call-banner
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/** The simple form: attributes only, the summary as slotted content. */
export const Playground: Story = {
  args: {
    heading: 'Digital Cluster Vouchers (fictional)',
    identifier: 'DEMO-DIGITAL-2026',
    programme: 'Imaginary Digital Programme',
    opens: '2026-09-01T09:00:00+02:00',
    deadline: '2026-12-10T17:00:00+01:00',
    timeZone: 'Europe/Brussels',
    href: 'https://example.org/calls/digital/apply',
    infoHref: 'https://example.org/calls/digital',
    budget: '1500000',
    currency: 'EUR',
    now: '2026-11-28T12:00:00+02:00',
    summary: 'Vouchers of up to €20,000 for digital pilots run by cluster members.',
  },
};

/** The real OPIC call discussed at the Varna meeting on 6 July 2018: forthcoming, with only an estimate. */
export const Varna2018OpicCall: Story = {
  name: 'Varna 2018: the OPIC call',
  args: { call: opic, now: '2018-07-06T12:00:00+03:00' },
};

/**
 * The same call seen in 2026: it was expected by the end of 2018 (`opensBy: "2018-12-31"`), that day
 * is over in Sofia and no opening date was ever given, so it no longer reads "Forthcoming".
 */
export const OpeningNotConfirmed: Story = {
  name: 'Varna 2018: the OPIC call, seen in 2026',
  args: { call: opic, now: '2026-07-01T12:00:00+03:00' },
};

export const Open: Story = {
  args: { call: cooperation, now: '2026-06-15T12:00:00+03:00' },
};

export const ClosingSoon: Story = {
  args: { call: skills, now: '2027-04-20T12:00:00+03:00' },
};

export const Closed: Story = {
  args: { call: ports, now: '2026-11-28T12:00:00+02:00' },
};

/** The first cut-off was moved two weeks later: the banner says from when. */
export const ExtendedDeadline: Story = {
  args: { call: cooperation, now: '2026-11-28T12:00:00+02:00' },
};

/** Stage 1 has passed (struck through and labelled); the countdown runs to stage 2. */
export const TwoStageCall: Story = {
  args: { call: twoStage, now: '2026-07-01T12:00:00+02:00' },
};

/** Four cut-offs: two passed, each upcoming one can go to a calendar on its own. */
export const MultipleCutOffs: Story = {
  args: { call: cutOffs, now: '2026-07-10T12:00:00+03:00' },
};

/** A cut-off's calendar menu, open: its `.ics` file (with reminders), Google Calendar and Outlook.com at the deadline's instant. */
export const DeadlineCalendarMenu: Story = {
  args: { call: cutOffs, now: '2026-07-10T12:00:00+03:00' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cluster-funding-call-banner')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-calendar]')?.click();
  },
};

export const ForthcomingWithDate: Story = {
  args: { call: skills, now: '2026-11-28T12:00:00+02:00' },
};

/** A suspended call: its status in words, and no apply link or calendar button for its deadline. */
export const Suspended: Story = {
  args: { call: seaData, now: '2026-11-28T12:00:00+02:00' },
};

/** One line for a site header; wraps only when its container is narrow. */
export const CompactStrip: Story = {
  args: { call: cooperation, now: '2026-11-28T12:00:00+02:00', compact: true },
};

export const CompactInANarrowContainer: Story = {
  args: { call: cooperation, now: '2026-11-28T12:00:00+02:00', compact: true },
  render: (args, context) => html`<div style="max-inline-size: 22rem">${meta.render!(args, context)}</div>`,
};

/**
 * A close button hides the banner and remembers it for this call in localStorage (clear the
 * site data of Storybook to see it again). Focus moves on to the next control of the page, and
 * screen readers hear that the call was hidden.
 */
export const Dismissible: Story = {
  args: { call: twoStage, now: '2026-07-01T12:00:00+02:00', dismissible: true },
};

export const Empty: Story = {
  args: {},
};

/** A call without a time zone cannot be shown; the console lists the problem with its path. */
export const InvalidData: Story = {
  args: {
    call: { id: 'broken', title: 'A call without a time zone', deadlines: [{ at: 'next Friday' }] } as unknown as FundingCall,
    now: '2026-11-28T12:00:00+02:00',
  },
};

/** Attributes with mistakes: the console lists every one at once, under the attribute's name (`deadline`, `time-zone`, `budget`). */
export const InvalidAttributes: Story = {
  args: {
    heading: 'A call typed with mistakes',
    deadline: '30.10.2026',
    timeZone: 'Mars/Olympus',
    budget: 'a lot',
    currency: 'euro',
    now: '2026-11-28T12:00:00+02:00',
  },
};

export const LongText: Story = {
  args: {
    call: {
      ...twoStage,
      id: 'demo-long-text',
      title:
        'Support for the internationalisation of cluster organisations and their member small and medium-sized enterprises in the blue, green and digital economy (fictional)',
      identifier: 'DEMO-VERY-LONG-IDENTIFIER-2021-2027-ROUND-03-LOT-12',
    },
    now: '2026-07-01T12:00:00+02:00',
  },
};

export const Bulgarian: Story = {
  args: { call: cooperation, now: '2026-11-28T12:00:00+02:00', dismissible: true },
  render: (args, context) => html`<div lang="bg">${meta.render!(args, context)}</div>`,
};
