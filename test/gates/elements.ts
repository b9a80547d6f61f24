/**
 * The gates' table of elements: for every `<cluster-*>` tag, how to give it the Varna 2018 demo, the
 * fictional summit (every field), any event document (for injection), fuzzed input, hostile
 * attributes, and which controls a keyboard user must be able to reach and operate.
 *
 * Every gate iterates over GATED_ELEMENTS, so an element added here is covered by all of them.
 * test/gates-node/table.test.mjs fails when a module in src/define/ has no entry here.
 */
import fc from 'fast-check';
import { buildAgenda } from '../../src/data/agenda-view.js';
import { parseEventDocument } from '../../src/data/parse.js';
import { eventHeaderViewFromDocument, speakerViewFromPerson, speakerViewsFromDocument } from '../../src/data/people-view.js';
import { objectiveListViewsFromDocument, projectCardViewsFromDocument } from '../../src/data/project-view.js';
import { resolveText } from '../../src/data/text.js';
import type { EventDocument } from '../../src/data/types.js';
import type { AgendaTrackView } from '../../src/data/views.js';
import { blueSummit2026, generateEvent, varna2018 } from '../../stories/data/index.js';
import { clusterEvents, EVENT_LIST_NOW, fictionalArchive } from '../../stories/data/event-list.js';
import { jsonValue, mutated, nastyString } from './documents.js';
import { shadowElements, type ElementInput } from './harness.js';

/** A key a control must answer to: Enter, Space, or typing text (for search fields). */
export type ControlKey = 'Enter' | 'Space' | 'type';

/** One interactive control of an element. */
export interface KeyboardControl {
  /** What it is, for messages (`the "Add to calendar" button`). */
  name: string;
  /** Finds it in the mounted element (looking into shadow roots). */
  find: (host: HTMLElement) => HTMLElement | null;
  /** Keys that must operate it; an empty list means "reachable only" (links: the browser follows them). */
  keys: readonly ControlKey[];
  /** What a reader perceives of its state; operating the control must change it. */
  effect?: (host: HTMLElement, control: HTMLElement) => string;
  /** What to type into a search field (for the `type` key; default `port`). */
  typeText?: string;
  /** Puts the element in a state where the control does something (e.g. a filter to clear). */
  prepare?: (host: HTMLElement) => Promise<void> | void;
}

/** An input in which interactive controls are present, and those controls. */
export interface KeyboardWalk {
  name: string;
  input: () => ElementInput;
  controls: readonly KeyboardControl[];
}

export interface ElementGate {
  tag: string;
  /** Registers the element (imports its define module). */
  load: () => Promise<unknown>;
  /** The real Varna 2018 content. */
  demo: () => ElementInput;
  /** Other representative inputs: the fictional summit (every field), Bulgarian, states. */
  variants: () => Record<string, ElementInput>;
  /** Inputs built from any event document with a valid structure (not parsed: the element defends itself). */
  fromDocument: (doc: EventDocument) => ElementInput[];
  /** Attributes that take free text, and attributes that take URLs. */
  textAttributes: readonly string[];
  urlAttributes: readonly string[];
  /** Attribute values that make the element render from attributes alone (other attributes are added to these). */
  attributeBase: Record<string, string> | null;
  /** Arbitrary input: arbitrary JSON and mutated valid views in every data property, odd attribute values. */
  fuzz: () => fc.Arbitrary<ElementInput>;
  /** Keyboard walk-throughs; empty when the element has no controls of its own. */
  keyboard: readonly KeyboardWalk[];
  /** Inputs showing status badges (for the forced-colours gate); empty when the element has none. */
  badges: () => ElementInput[];
  /** Input with favourite toggles, one pressed and one not (forced-colours gate); null when none. */
  favorites: (() => ElementInput) | null;
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

const summitNow = '2026-06-16T12:00:00+03:00';
const afterSummit = '2026-07-01T12:00:00+03:00';
const varnaNow = '2018-07-06T12:00:00+03:00';

const parsed = (doc: unknown): EventDocument => {
  const result = parseEventDocument(doc);
  if (!result.document) throw new Error('demo document does not parse');
  return result.document;
};
const varna = parsed(varna2018);
const summit = parsed(blueSummit2026);

/** Every track view of a document's programme (days of the event's zone). */
function trackViews(doc: EventDocument): AgendaTrackView[] {
  const view = buildAgenda(doc, { timeZone: doc.event.timeZone, lang: 'en' });
  return view.days.flatMap((d) => d.tracks);
}

/** The first element in `host`'s shadow-including tree matching `selector`. */
export function deepQuery<T extends Element = HTMLElement>(host: Element, selector: string, filter?: (el: T) => boolean): T | null {
  return (shadowElements(host).find((el) => el.matches(selector) && (!filter || filter(el as T))) as T | undefined) ?? null;
}

/** Every element in `host`'s shadow-including tree matching `selector`. */
export function deepQueryAll<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return shadowElements(host).filter((el) => el.matches(selector)) as T[];
}

/** Matches elements rendered by an element of the given tag (in its shadow root). */
const inside = (tag: string) => (el: Element) => (el.getRootNode() as ShadowRoot).host?.localName === tag;

const textOf = (el: Element | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A session's own "Add to calendar" button in a track (the others are disclosures and toggles). */
const sessionCalendarButton = (h: HTMLElement) => deepQuery<HTMLElement>(h, 'button[data-action="calendar"]', inside('cluster-agenda-track'));

/** Calendar downloads seen so far (a gate counts them through URL.createObjectURL). */
export const downloads: Blob[] = [];

const effects = {
  expanded: (_host: HTMLElement, c: HTMLElement) => `aria-expanded=${c.getAttribute('aria-expanded')}`,
  pressed: (_host: HTMLElement, c: HTMLElement) => `aria-pressed=${c.getAttribute('aria-pressed')}`,
  checked: (_host: HTMLElement, c: HTMLElement) => `checked=${(c as HTMLInputElement).checked}`,
  downloads: () => `downloads=${downloads.length}`,
  count: (selector: string) => (host: HTMLElement) => textOf(deepQuery(host, selector)),
};

/** Arbitrary values for attributes: absent, odd strings, or one of the given good values. */
function attributes(spec: Record<string, readonly string[]>): fc.Arbitrary<Record<string, string>> {
  const entries = Object.entries(spec).map(([name, good]) => [
    name,
    fc.option(good.length ? fc.oneof(fc.constantFrom(...good), nastyString) : nastyString, { nil: undefined }),
  ]);
  return fc
    .record(Object.fromEntries(entries) as Record<string, fc.Arbitrary<string | undefined>>)
    .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Record<string, string>);
}

/** A data property fed arbitrary JSON or a mutation of one of the valid values. */
const dataArb = (...valid: unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 1, arbitrary: jsonValue }, ...valid.map((v) => ({ weight: 2, arbitrary: mutated(v) })), {
    weight: 1,
    arbitrary: fc.constantFrom(...valid),
  });

const levels = ['1', '2', '3', '6', '0', '7', '-1', '2.5'];
const displays = ['event', 'viewer', 'both'];
const nows = [varnaNow, summitNow, afterSummit];

// ---------------------------------------------------------------------------------------------
// The table

const agenda: ElementGate = {
  tag: 'cluster-agenda',
  load: () => import('../../src/define/cluster-agenda.js'),
  demo: () => ({ props: { data: varna2018 } }),
  variants: () => ({
    summit: { props: { data: blueSummit2026 }, attrs: { now: summitNow } },
    bulgarian: { props: { data: varna2018 }, lang: 'bg' },
    'hide-past': { props: { data: blueSummit2026 }, attrs: { now: afterSummit, 'hide-past': '' } },
    many: { props: { data: generateEvent({ sessions: 80 }) } },
    invalid: { props: { data: { event: { name: 'x' } } } },
    empty: {},
  }),
  fromDocument: (doc) => [{ props: { data: doc }, attrs: { now: summitNow, 'show-json-ld': '' } }],
  textAttributes: ['now', 'time-display'],
  urlAttributes: [],
  attributeBase: null,
  fuzz: () =>
    fc.record({
      props: fc.record({ data: dataArb(varna2018, blueSummit2026) }),
      attrs: attributes({ now: nows, 'time-display': displays, 'heading-level': levels, 'hide-past': [''] }),
    }),
  keyboard: [
    {
      name: 'filters, favourites, disclosures and calendar download',
      input: () => ({ props: { data: blueSummit2026 }, attrs: { now: summitNow } }),
      controls: [
        { name: 'the search field', find: (h) => deepQuery(h, 'input[type="search"]'), keys: ['type'], effect: effects.count('[part~="count"]') },
        { name: 'a topic checkbox', find: (h) => deepQuery(h, 'input[name="track"]'), keys: ['Space'], effect: effects.checked },
        { name: 'a room checkbox', find: (h) => deepQuery(h, 'input[name="room"]'), keys: ['Space'], effect: effects.checked },
        { name: 'the "only my sessions" checkbox', find: (h) => deepQuery(h, 'input[name="favorites"]'), keys: ['Space'], effect: effects.checked },
        {
          name: 'the "Clear filters" button',
          find: (h) => deepQuery(h, 'button', (b) => /clear/i.test(textOf(b))),
          keys: ['Enter', 'Space'],
          effect: (h) =>
            deepQueryAll<HTMLInputElement>(h, 'input[type="checkbox"]')
              .map((c) => c.checked)
              .join(','),
          prepare: (h) => deepQuery<HTMLInputElement>(h, 'input[name="track"]')!.click(),
        },
        {
          name: 'the calendar download button',
          find: (h) => deepQuery(h, 'button[aria-describedby="download-hint"]'),
          keys: ['Enter', 'Space'],
          effect: effects.downloads,
        },
        { name: "a session's favourite button", find: (h) => deepQuery(h, 'button[aria-pressed]'), keys: ['Enter', 'Space'], effect: effects.pressed },
        {
          name: "a session's abstract disclosure",
          find: (h) => deepQuery(h, 'button[aria-controls^="abstract-"]'),
          keys: ['Enter', 'Space'],
          effect: effects.expanded,
        },
        {
          name: 'a session\'s "Add to calendar" button (opens its calendar menu)',
          find: (h) => sessionCalendarButton(h),
          keys: ['Enter', 'Space'],
          effect: effects.expanded,
        },
      ],
    },
    {
      name: 'finished days behind a disclosure',
      input: () => ({ props: { data: blueSummit2026 }, attrs: { now: afterSummit, 'hide-past': '' } }),
      controls: [{ name: "a finished day's disclosure", find: (h) => deepQuery(h, 'button.day__toggle'), keys: ['Enter', 'Space'], effect: effects.expanded }],
    },
  ],
  badges: () => [{ props: { data: blueSummit2026 }, attrs: { now: summitNow } }],
  favorites: () => ({ props: { data: blueSummit2026 }, attrs: { now: summitNow } }),
};

const agendaTrack: ElementGate = {
  tag: 'cluster-agenda-track',
  load: () => import('../../src/define/cluster-agenda-track.js'),
  demo: () => ({ props: { track: trackViews(varna).find((t) => t.id === 'innovative-growth') } }),
  variants: () => ({
    summit: { props: { track: trackViews(summit)[0] }, attrs: { now: summitNow, 'show-favorites': '' } },
    bulgarian: { props: { track: trackViews(varna).find((t) => t.id === 'financial-support') }, lang: 'bg' },
    past: { props: { track: trackViews(summit)[0] }, attrs: { now: afterSummit, 'hide-past': '' } },
    'viewer-zone': { props: { track: trackViews(summit)[1] }, attrs: { now: summitNow, 'time-display': 'both' } },
    invalid: { props: { track: { name: 'x' } } },
    empty: {},
  }),
  fromDocument: (doc) => trackViews(doc).map((track) => ({ props: { track }, attrs: { now: summitNow, 'show-favorites': '', 'show-calendar': '' } })),
  textAttributes: ['now', 'time-display', 'highlighted-session'],
  urlAttributes: [],
  attributeBase: null,
  fuzz: () =>
    fc.record({
      props: fc.record({ track: dataArb(trackViews(varna)[0], trackViews(summit)[0], trackViews(summit)[3]) }),
      attrs: attributes({
        now: nows,
        'time-display': displays,
        'heading-level': levels,
        'hide-past': [''],
        'show-favorites': [''],
        'hide-heading': [''],
        'hide-day': [''],
        'highlighted-session': ['opening'],
        'show-calendar': [''],
      }),
    }),
  keyboard: [
    {
      name: 'favourites, abstracts and calendar buttons',
      input: () => ({ props: { track: trackViews(summit)[0] }, attrs: { now: summitNow, 'show-favorites': '', 'show-calendar': '' } }),
      controls: [
        { name: 'an abstract disclosure', find: (h) => deepQuery(h, 'button[aria-controls^="abstract-"]'), keys: ['Enter', 'Space'], effect: effects.expanded },
        { name: 'a favourite button', find: (h) => deepQuery(h, 'button[aria-pressed]'), keys: ['Enter', 'Space'], effect: effects.pressed },
        {
          name: 'a session\'s "Add to calendar" button (opens its calendar menu)',
          find: (h) => sessionCalendarButton(h),
          keys: ['Enter', 'Space'],
          effect: effects.expanded,
        },
      ],
    },
    {
      name: 'finished sessions behind a disclosure',
      input: () => ({ props: { track: trackViews(summit)[0] }, attrs: { now: afterSummit, 'hide-past': '' } }),
      controls: [
        { name: 'the "show finished sessions" button', find: (h) => deepQuery(h, 'button.past-toggle'), keys: ['Enter', 'Space'], effect: effects.expanded },
      ],
    },
  ],
  badges: () => trackViews(summit).map((track) => ({ props: { track }, attrs: { now: summitNow } })),
  favorites: () => ({
    props: { track: trackViews(summit)[0], favorites: new Set([trackViews(summit)[0]!.sessions[0]!.id]) },
    attrs: { now: summitNow, 'show-favorites': '' },
  }),
};

const event: ElementGate = {
  tag: 'cluster-event',
  load: () => import('../../src/define/cluster-event.js'),
  demo: () => ({ props: { data: varna2018 } }),
  variants: () => ({
    summit: { props: { data: blueSummit2026 }, attrs: { now: summitNow } },
    bulgarian: { props: { data: varna2018 }, lang: 'bg' },
    sections: { props: { data: blueSummit2026 }, attrs: { now: summitNow, sections: 'header calls' } },
    inline: {
      children: () => [Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(varna2018) })],
    },
    invalid: { props: { data: 'not a document' } },
    empty: {},
  }),
  fromDocument: (doc) => [{ props: { data: doc }, attrs: { now: summitNow } }],
  textAttributes: ['sections', 'now', 'time-display'],
  urlAttributes: [],
  attributeBase: null,
  fuzz: () =>
    fc.record({
      props: fc.record({ data: dataArb(varna2018, blueSummit2026) }),
      attrs: attributes({
        now: nows,
        sections: ['header agenda', 'calls', 'speakers projects'],
        'heading-level': levels,
        'hide-json-ld': [''],
        'time-display': displays,
      }),
    }),
  keyboard: [
    {
      name: 'a whole event page',
      input: () => ({ props: { data: blueSummit2026 }, attrs: { now: summitNow } }),
      controls: [
        {
          name: 'the header\'s "Add to calendar" button (opens its calendar menu)',
          find: (h) => deepQuery<HTMLElement>(h, 'button[data-calendar]', inside('cluster-event-header')),
          keys: ['Enter', 'Space'],
          effect: effects.expanded,
        },
        { name: 'a topic checkbox of the programme', find: (h) => deepQuery(h, 'input[name="track"]'), keys: ['Space'], effect: effects.checked },
        { name: "a funding call's link", find: (h) => deepQuery<HTMLElement>(h, 'a[href]', inside('cluster-funding-call-banner')), keys: [] },
      ],
    },
  ],
  badges: () => [{ props: { data: blueSummit2026 }, attrs: { now: summitNow } }],
  favorites: null,
};

/** An instant at which the fictional summit's registration is open (it closes 12 June 2026, 18:00 EEST). */
const REGISTRATION_OPEN = '2026-06-09T10:00:00+03:00';

const eventHeader: ElementGate = {
  tag: 'cluster-event-header',
  load: () => import('../../src/define/cluster-event-header.js'),
  demo: () => ({ props: { data: varna2018 } }),
  variants: () => ({
    summit: { props: { data: blueSummit2026 } },
    bulgarian: { props: { data: varna2018 }, lang: 'bg' },
    view: { props: { event: eventHeaderViewFromDocument(summit) } },
    postponed: { props: { event: { ...eventHeaderViewFromDocument(summit), status: 'postponed', previousStart: '2026-05-12T09:00:00+03:00' } } },
    attributes: { attrs: { heading: 'Cluster meeting', start: '2018-07-06', 'time-zone': 'Europe/Sofia', locality: 'Varna', country: 'BG' } },
    invalid: { props: { data: { event: 42 } } },
    empty: {},
    // The fictional summit's registration in each state (its clock pinned), with the map links.
    registrationOpensOn: { props: { data: blueSummit2026 }, attrs: { now: '2026-02-20T12:00:00+02:00' } },
    registrationOpen: { props: { data: blueSummit2026 }, attrs: { now: REGISTRATION_OPEN } },
    registrationFull: {
      props: { event: { ...eventHeaderViewFromDocument(summit), registration: { ...summit.event.registration!, remaining: 0 } } },
      attrs: { now: REGISTRATION_OPEN },
    },
    registrationBulgarian: { props: { data: blueSummit2026 }, attrs: { now: REGISTRATION_OPEN }, lang: 'bg' },
  }),
  fromDocument: (doc) => [{ props: { data: doc } }, { props: { event: eventHeaderViewFromDocument(doc) } }],
  textAttributes: ['heading', 'venue', 'locality', 'country', 'now'],
  urlAttributes: [],
  attributeBase: { heading: 'Cluster meeting', start: '2018-07-06T10:00:00+03:00', 'time-zone': 'Europe/Sofia' },
  fuzz: () =>
    fc.record({
      props: fc.oneof(
        fc.record({ data: dataArb(varna2018, blueSummit2026) }),
        fc.record({ event: dataArb(eventHeaderViewFromDocument(varna), eventHeaderViewFromDocument(summit)) }),
      ),
      attrs: attributes({
        heading: [],
        start: ['2018-07-06', summitNow],
        end: ['2018-07-07'],
        'time-zone': ['Europe/Sofia', 'Asia/Tokyo'],
        venue: [],
        locality: [],
        country: ['BG'],
        'heading-level': levels,
        now: [REGISTRATION_OPEN, summitNow],
      }),
    }),
  keyboard: [
    {
      name: 'organisers and calendar',
      input: () => ({ props: { data: blueSummit2026 } }),
      controls: [
        { name: 'the event name link', find: (h) => deepQuery(h, '[part~="title"] a'), keys: [] },
        { name: 'an organiser link', find: (h) => deepQuery(h, '[part~="organizations"] a'), keys: [] },
        {
          name: 'the "Add to calendar" button (opens its calendar menu)',
          find: (h) => deepQuery(h, 'button[data-calendar]'),
          keys: ['Enter', 'Space'],
          effect: effects.expanded,
        },
      ],
    },
    {
      name: 'registration and map',
      input: () => ({ props: { data: blueSummit2026 }, attrs: { now: REGISTRATION_OPEN } }),
      controls: [
        { name: 'the OpenStreetMap link of the venue', find: (h) => deepQuery(h, 'a[part~="map-link"]'), keys: [] },
        { name: 'the Register link', find: (h) => deepQuery(h, 'a[part~="register"]'), keys: [] },
      ],
    },
  ],
  badges: () => [{ props: { event: { ...eventHeaderViewFromDocument(summit), status: 'postponed', previousStart: '2026-05-12T09:00:00+03:00' } } }],
  favorites: null,
};

const eventList: ElementGate = {
  tag: 'cluster-event-list',
  load: () => import('../../src/define/cluster-event-list.js'),
  demo: () => ({ props: { data: [varna2018] }, attrs: { now: summitNow } }),
  variants: () => ({
    site: { props: { data: clusterEvents }, attrs: { now: EVENT_LIST_NOW } },
    bulgarian: { props: { data: clusterEvents }, attrs: { now: EVENT_LIST_NOW }, lang: 'bg' },
    teaser: { props: { data: clusterEvents }, attrs: { now: EVENT_LIST_NOW, show: 'upcoming', limit: '3', compact: '' } },
    archive: { props: { data: fictionalArchive(25) }, attrs: { now: EVENT_LIST_NOW, show: 'past' } },
    invalid: { props: { data: [{ event: { name: 'x' } }, 42, varna2018] } },
    'not-a-list': { props: { data: 'events' } },
    'no-events': { props: { data: [] } },
    empty: {},
  }),
  fromDocument: (doc): ElementInput[] => [
    { props: { data: [doc, varna2018] }, attrs: { now: summitNow } },
    { props: { data: [doc] }, attrs: { now: afterSummit, compact: '' } },
  ],
  textAttributes: ['show', 'now'],
  urlAttributes: [],
  attributeBase: null,
  fuzz: () =>
    fc.record({
      props: fc.record({
        data: fc.oneof(
          dataArb([varna2018, blueSummit2026], [...clusterEvents]),
          dataArb(varna2018, blueSummit2026).map((d) => [d]),
        ),
      }),
      attrs: attributes({
        now: nows,
        show: ['upcoming', 'past', 'all'],
        limit: ['1', '3', '0', '-1', '2.5'],
        compact: [''],
        'heading-level': levels,
        'hide-json-ld': [''],
      }),
    }),
  keyboard: [
    {
      name: 'a long archive',
      input: () => ({ props: { data: fictionalArchive(25) }, attrs: { now: EVENT_LIST_NOW, show: 'past' } }),
      controls: [
        { name: "an event's name link", find: (h) => deepQuery(h, '[part~="title"] a'), keys: [] },
        {
          name: 'the "Show more" button',
          find: (h) => deepQuery(h, 'button[part~="more-button"]'),
          keys: ['Enter', 'Space'],
          effect: (h) => `items shown=${deepQueryAll(h, '[part~="item"]:not(.later)').length}`,
        },
      ],
    },
  ],
  badges: () => [{ props: { data: clusterEvents }, attrs: { now: EVENT_LIST_NOW } }],
  favorites: null,
};

const fundingCallBanner: ElementGate = {
  tag: 'cluster-funding-call-banner',
  load: () => import('../../src/define/cluster-funding-call-banner.js'),
  demo: () => ({ props: { call: varna2018.fundingCalls![0] }, attrs: { now: varnaNow } }),
  variants: () => ({
    ...Object.fromEntries(summit.fundingCalls!.map((call) => [call.id, { props: { call }, attrs: { now: summitNow } }])),
    compact: { props: { call: summit.fundingCalls![0] }, attrs: { now: summitNow, compact: '', dismissible: '' } },
    bulgarian: { props: { call: varna2018.fundingCalls![0] }, attrs: { now: varnaNow }, lang: 'bg' },
    attributes: {
      attrs: {
        heading: 'Innovation vouchers',
        deadline: '2026-09-30T17:00:00+03:00',
        'time-zone': 'Europe/Sofia',
        href: 'https://example.org/apply',
        now: summitNow,
      },
    },
    invalid: { props: { call: { title: 'x', deadlines: 'soon' } } },
    empty: {},
  }),
  fromDocument: (doc) => (doc.fundingCalls ?? []).map((call) => ({ props: { call }, attrs: { now: summitNow, dismissible: '' } })),
  textAttributes: ['heading', 'identifier', 'programme', 'budget', 'currency'],
  urlAttributes: ['href', 'info-href'],
  attributeBase: { heading: 'Innovation vouchers', deadline: '2026-09-30T17:00:00+03:00', 'time-zone': 'Europe/Sofia', now: summitNow },
  fuzz: () =>
    fc.record({
      props: fc.record({ call: dataArb(varna2018.fundingCalls![0], ...summit.fundingCalls!) }),
      attrs: attributes({
        heading: [],
        identifier: [],
        programme: [],
        opens: [summitNow],
        deadline: [afterSummit],
        'time-zone': ['Europe/Brussels'],
        href: ['https://example.org/'],
        'info-href': ['/info'],
        budget: ['1000000', '-5', '1e400'],
        currency: ['EUR', 'BGN'],
        now: nows,
        compact: [''],
        dismissible: [''],
        dismissed: [''],
        'heading-level': levels,
      }),
    }),
  keyboard: [
    {
      name: 'a call with two cut-offs',
      input: () => ({ props: { call: summit.fundingCalls!.find((c) => c.deadlines.length > 1) }, attrs: { now: summitNow, dismissible: '' } }),
      controls: [
        {
          name: "a cut-off's calendar button (opens its calendar menu)",
          find: (h) => deepQuery(h, 'button.cutoff__calendar'),
          keys: ['Enter', 'Space'],
          effect: effects.expanded,
        },
        { name: 'the "Apply" link', find: (h) => deepQuery(h, 'a.button--primary'), keys: [] },
        {
          name: 'the dismiss button',
          find: (h) => deepQuery(h, 'button[part~="dismiss-button"]'),
          keys: ['Enter', 'Space'],
          effect: (h) => `hidden=${deepQuery(h, '[part~="base"]')?.hidden}`,
        },
      ],
    },
    {
      // With one deadline ahead, the action row offers it (with two, each cut-off has its own button).
      name: 'a call with one deadline',
      input: () => ({
        attrs: {
          heading: 'Innovation vouchers',
          deadline: '2026-09-30T17:00:00+03:00',
          'time-zone': 'Europe/Sofia',
          href: 'https://example.org/apply',
          now: summitNow,
          dismissible: '',
        },
      }),
      controls: [
        { name: 'the "Apply" link', find: (h) => deepQuery(h, 'a.button--primary'), keys: [] },
        {
          name: 'the "Add deadline to calendar" button (opens its calendar menu)',
          find: (h) => deepQuery(h, '.actions > button[data-calendar]'),
          keys: ['Enter', 'Space'],
          effect: effects.expanded,
        },
        {
          name: 'the dismiss button',
          find: (h) => deepQuery(h, 'button[part~="dismiss-button"]'),
          keys: ['Enter', 'Space'],
          effect: (h) => `hidden=${deepQuery(h, '[part~="base"]')?.hidden}`,
        },
      ],
    },
  ],
  badges: () => summit.fundingCalls!.map((call) => ({ props: { call }, attrs: { now: summitNow } })),
  favorites: null,
};

const objectiveList: ElementGate = {
  tag: 'cluster-objective-list',
  load: () => import('../../src/define/cluster-objective-list.js'),
  demo: () => {
    const list = varna.objectiveLists!.find((l) => l.id === 'trace-kei-objectives')!;
    return { props: { items: list.items }, attrs: { heading: resolveText(list.title, 'en', varna.lang) } };
  },
  variants: () => ({
    ...Object.fromEntries(
      objectiveListViewsFromDocument(summit).map((l) => [
        l.id,
        { props: { items: l.items }, attrs: { kind: l.kind ?? 'objectives', numbering: l.numbering ?? 'none' } },
      ]),
    ),
    bulgarian: { props: { items: varna.objectiveLists![1]!.items }, attrs: { kind: 'steps', numbering: 'decimal' }, lang: 'bg' },
    slotted: { children: () => [list(['Map the regional innovation system', 'Agree a joint action plan'])] },
    invalid: { props: { items: [{ text: 42 }] } },
    empty: {},
  }),
  fromDocument: (doc) => [
    ...objectiveListViewsFromDocument(doc).map((l) => ({
      props: { items: l.items },
      attrs: { heading: resolveText(l.heading, 'en', doc.lang) || 'Objectives', numbering: l.numbering ?? 'decimal-nested' },
    })),
    { children: () => [list((doc.objectiveLists?.[0]?.items ?? []).map((i) => resolveText(i.text, 'en', doc.lang)))] },
  ],
  textAttributes: ['heading'],
  urlAttributes: [],
  attributeBase: {},
  fuzz: () =>
    fc.record({
      props: fc.record({ items: dataArb(varna.objectiveLists![0]!.items, summit.objectiveLists![0]!.items) }),
      attrs: attributes({
        heading: [],
        kind: ['objectives', 'steps', 'findings'],
        numbering: ['none', 'decimal', 'decimal-nested', 'lower-alpha', 'upper-roman'],
        'heading-level': levels,
      }),
    }),
  keyboard: [],
  badges: () => objectiveListViewsFromDocument(summit).map((l) => ({ props: { items: l.items } })),
  favorites: null,
};

/** An `<ol>` of text items, built without HTML parsing. */
function list(items: readonly string[]): HTMLOListElement {
  const ol = document.createElement('ol');
  for (const text of items) ol.append(Object.assign(document.createElement('li'), { textContent: text }));
  return ol;
}

const projectCard: ElementGate = {
  tag: 'cluster-project-card',
  load: () => import('../../src/define/cluster-project-card.js'),
  demo: () => ({ props: { project: projectCardViewsFromDocument(varna).find((p) => p.id === 'trace-kei') } }),
  variants: () => ({
    summit: { props: { project: projectCardViewsFromDocument(summit)[0] }, attrs: { now: summitNow } },
    compact: { props: { project: projectCardViewsFromDocument(summit)[0] }, attrs: { now: summitNow, compact: '' } },
    bulgarian: { props: { project: projectCardViewsFromDocument(varna)[1] }, lang: 'bg' },
    attributes: {
      attrs: {
        acronym: 'FORESDA',
        heading: 'Forest-based sector in the Danube region',
        start: '2017-01-01',
        end: '2019-06-30',
        href: 'https://example.org/foresda',
        emblem: 'eu-cofunded',
      },
    },
    invalid: { props: { project: { acronym: 7 } } },
    empty: {},
  }),
  fromDocument: (doc) => projectCardViewsFromDocument(doc).map((project) => ({ props: { project }, attrs: { now: summitNow } })),
  textAttributes: ['acronym', 'heading', 'programme'],
  urlAttributes: ['href'],
  attributeBase: { acronym: 'FORESDA', start: '2017-01-01', end: '2019-06-30', emblem: 'eu-funded' },
  fuzz: () =>
    fc.record({
      props: fc.record({ project: dataArb(...projectCardViewsFromDocument(varna), projectCardViewsFromDocument(summit)[0]) }),
      attrs: attributes({
        acronym: [],
        heading: [],
        programme: [],
        start: ['2016-01-01'],
        end: ['2019-12-31'],
        href: ['https://example.org/'],
        emblem: ['eu-funded', 'eu-cofunded'],
        now: nows,
        'time-zone': ['Europe/Sofia'],
        'heading-level': levels,
        compact: [''],
      }),
    }),
  keyboard: [
    {
      name: 'links of a fully described project',
      input: () => ({ props: { project: projectCardViewsFromDocument(summit)[0] }, attrs: { now: summitNow } }),
      controls: [
        { name: 'the programme link', find: (h) => deepQuery(h, `a[href="${summit.projects![0]!.programme!.url}"]`), keys: [] },
        { name: 'the website link', find: (h) => deepQuery(h, `a[href="${summit.projects![0]!.url}"]`), keys: [] },
      ],
    },
  ],
  badges: () => projectCardViewsFromDocument(summit).map((project) => ({ props: { project }, attrs: { now: summitNow } })),
  favorites: null,
};

/** A speaker from the summit with a bio long enough to be collapsed behind "Show more". */
function longBioSpeaker() {
  const person = summit.people!.find((p) => p.id === 'marina-primerova')!;
  const bio = resolveText(person.bio, 'en', summit.lang);
  return speakerViewFromPerson({ ...person, bio: [bio, bio, bio, bio].join('\n\n') }, summit);
}

const speakerBlock: ElementGate = {
  tag: 'cluster-speaker-block',
  load: () => import('../../src/define/cluster-speaker-block.js'),
  demo: () => ({
    props: {
      speaker: speakerViewFromPerson(
        varna.people!.find((p) => p.id === 'rep-bulgarian-furniture-cluster')!,
        varna,
      ),
    },
  }),
  variants: () => ({
    summit: { props: { speaker: speakerViewsFromDocument(summit)[0] } },
    'long-bio': { props: { speaker: longBioSpeaker() } },
    compact: { props: { speaker: speakerViewsFromDocument(summit)[1] }, attrs: { compact: '' } },
    bulgarian: { props: { speaker: speakerViewFromPerson(varna.people![1]!, varna) }, lang: 'bg' },
    attributes: {
      attrs: { name: 'Maria Ivanova', 'job-title': 'Cluster manager', organization: 'Example Cluster', 'organization-url': 'https://example.org/' },
    },
    invalid: { props: { speaker: { name: 5 } } },
    empty: {},
  }),
  fromDocument: (doc) => speakerViewsFromDocument(doc, { allPeople: true }).map((speaker) => ({ props: { speaker } })),
  textAttributes: ['name', 'job-title', 'organization', 'photo-alt'],
  urlAttributes: ['organization-url', 'photo', 'href'],
  attributeBase: { name: 'Maria Ivanova' },
  fuzz: () =>
    fc.record({
      props: fc.record({ speaker: dataArb(speakerViewFromPerson(varna.people![0]!, varna), ...speakerViewsFromDocument(summit).slice(0, 3)) }),
      attrs: attributes({
        name: [],
        'job-title': [],
        organization: [],
        'organization-url': ['https://example.org/'],
        photo: ['assets/x.png'],
        'photo-alt': [],
        href: ['#x'],
        'heading-level': levels,
        compact: [''],
      }),
    }),
  keyboard: [
    {
      name: 'a long bio and links',
      input: () => ({ props: { speaker: longBioSpeaker() } }),
      controls: [
        { name: 'a profile link', find: (h) => deepQuery(h, '[part~="links"] a'), keys: [] },
        { name: 'the "Show more" button', find: (h) => deepQuery(h, 'button.more'), keys: ['Enter', 'Space'], effect: effects.expanded },
      ],
    },
  ],
  badges: () => [],
  favorites: null,
};

const manySpeakers = () => generateEvent({ sessions: 60 });

const speakerList: ElementGate = {
  tag: 'cluster-speaker-list',
  load: () => import('../../src/define/cluster-speaker-list.js'),
  demo: () => ({ props: { data: varna2018 } }),
  variants: () => ({
    summit: { props: { data: blueSummit2026 }, attrs: { 'all-people': '' } },
    many: { props: { data: manySpeakers() }, attrs: { sort: 'name' } },
    compact: { props: { speakers: speakerViewsFromDocument(summit) }, attrs: { compact: '' } },
    bulgarian: { props: { data: varna2018 }, lang: 'bg' },
    invalid: { props: { speakers: 'everyone' } },
    empty: {},
  }),
  fromDocument: (doc) => [{ props: { data: doc }, attrs: { 'all-people': '' } }, { props: { speakers: speakerViewsFromDocument(doc, { allPeople: true }) } }],
  textAttributes: ['sort'],
  urlAttributes: [],
  attributeBase: null,
  fuzz: () =>
    fc.record({
      props: fc.oneof(fc.record({ data: dataArb(varna2018, blueSummit2026) }), fc.record({ speakers: dataArb(speakerViewsFromDocument(summit)) })),
      attrs: attributes({ sort: ['given', 'name'], 'all-people': [''], compact: [''], 'heading-level': levels }),
    }),
  keyboard: [
    {
      name: 'the speaker filter',
      input: () => ({ props: { data: manySpeakers() } }),
      controls: [
        {
          name: 'the filter field',
          find: (h) => deepQuery(h, 'input[type="search"]'),
          keys: ['type'],
          typeText: 'mar',
          effect: effects.count('[part~="count"]'),
        },
      ],
    },
  ],
  badges: () => [],
  favorites: null,
};

/** Every element the gates cover. Add an entry when an element lands in src/define/. */
export const GATED_ELEMENTS: readonly ElementGate[] = [
  agenda,
  agendaTrack,
  event,
  eventHeader,
  eventList,
  fundingCallBanner,
  objectiveList,
  projectCard,
  speakerBlock,
  speakerList,
];

/** Registers every element of the table. */
export async function loadAll(): Promise<void> {
  await Promise.all(GATED_ELEMENTS.map((e) => e.load()));
}

export { summit as summitDocument, varna as varnaDocument, summitNow, afterSummit, varnaNow };
