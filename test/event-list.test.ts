import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { canEmulateMedia, onlyIn } from './helpers/engine.js';
import '../src/define/cluster-event-list.js';
import type { ClusterEventList } from '../src/define/cluster-event-list.js';
import { entryPath, listEntries, readEventIndex, readListAttributes, splitEvents } from '../src/data/event-list-view.js';
import { eventOverAt, eventStartAt } from '../src/data/event-over.js';
import { entryUrl } from '../src/components/event-list/event-list.controller.js';
import { toJsonLdEventList } from '../src/export/jsonld-markdown.js';
import { jsonLdEventList } from '../src/export/jsonld-list.js';
import { markdownPlainText } from '../src/data/markdown.js';
import { JSON_LD_MARKER } from '../src/base/json-ld.js';
import { preloadStrings } from '../src/i18n/strings.js';
import type { DataProblem, EventDocument } from '../src/data/types.js';
import { blueSummit2026, varna2018 } from '../stories/data/index.js';
import { clusterDay, clusterEvents, EVENT_LIST_NOW, fictionalArchive, forum, matchmaking, tokyo, webinar, workshop } from '../stories/data/event-list.js';
import { icuNeutral } from './helpers/intl.js';

const FIXTURES = '/test/fixtures';

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: ClusterEventList): ShadowRoot => el.shadowRoot!;
/** The names of the events of a group, in order. */
/** The names of the events of a group shown on screen, in order. */
const names = (el: ClusterEventList, group: 'upcoming' | 'past'): string[] =>
  [...root(el).querySelectorAll(`[data-group="${group}"] [part~="item"]:not(.later) [part~="title"]`)].map(text);
const item = (el: ClusterEventList, name: string): HTMLElement =>
  [...root(el).querySelectorAll<HTMLElement>('[part~="item"]')].find((li) => text(li.querySelector('[part~="title"]')) === name)!;
const jsonLd = (el: Element): HTMLScriptElement | null => el.querySelector(`script[${JSON_LD_MARKER}]`);

/** Runs `body` with console.warn silenced (data problems are warned about once), returning what was warned. */
async function quietly<T>(body: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await body();
  } finally {
    console.warn = warn;
  }
}

/** An event document with just the fields the list needs. */
function event(id: string, start: string, end?: string, extra: Partial<EventDocument['event']> = {}): EventDocument {
  return { lang: 'en', event: { id, name: `${id} (fictional)`, timeZone: 'Europe/Sofia', start, ...(end ? { end } : {}), ...extra } };
}

describe('event list data (src/data/event-list-view.ts)', () => {
  it('reads an index of documents and URLs, reporting other entries at their position', () => {
    const { entries, length, problems } = readEventIndex([{ event: {} }, 'a.json', 42, null, ['x']], 'data');
    expect(entries!.map((e) => e.position)).to.deep.equal([0, 1]);
    expect(entries![1]!.url).to.equal('a.json');
    expect(length).to.equal(5);
    expect(problems.map((p) => p.path)).to.deep.equal(['[2]', '[3]', '[4]']);
    // In `data`, a string is not read as a URL: data never makes the page fetch.
    expect(readEventIndex(['a.json', { event: {} }], 'data', false).problems).to.deep.equal([
      { path: '[0]', message: 'is not an event document (URLs of documents are read from a src index)' },
    ]);
    expect(readEventIndex({ events: [] }, 'src')).to.deep.include({
      entries: null,
      problems: [{ path: 'src', message: 'is not a list of event documents or of their URLs' }],
    });
  });

  it('puts problem paths inside the index', () => {
    expect(entryPath(2, 'event.start')).to.equal('[2].event.start');
    expect(entryPath(2, 'document')).to.equal('[2]');
    expect(entryPath(2, 'src')).to.equal('[2]');
    expect(entryPath(0, '')).to.equal('[0]');
  });

  it('ends an event at its end, at the midnight after a calendar-date end, or after its only day', () => {
    const at = (s: string) => new Date(s).getTime();
    expect(eventOverAt(event('a', '2026-06-17T09:00:00+03:00', '2026-06-18T13:00:00+03:00').event)).to.equal(at('2026-06-18T13:00:00+03:00'));
    // Calendar dates are days of the event's zone: Sofia's midnight, not UTC's.
    expect(eventStartAt(varna2018.event)).to.equal(at('2018-07-06T00:00:00+03:00'));
    expect(eventOverAt(varna2018.event)).to.equal(at('2018-07-07T00:00:00+03:00'));
    expect(eventOverAt(event('b', '2026-03-27', '2026-03-29').event)).to.equal(at('2026-03-30T00:00:00+03:00'));
    // A start with hours and no end: the midnight after its day, in its zone (the same rule as a session's).
    expect(eventOverAt(event('c', '2026-10-24T22:00:00+03:00').event)).to.equal(at('2026-10-25T00:00:00+03:00'));
    // The night clocks go back: midnight is still +02:00's midnight after the change.
    expect(eventOverAt(event('d', '2026-10-25T10:00:00+02:00').event)).to.equal(at('2026-10-26T00:00:00+02:00'));
    expect(eventOverAt(tokyo.event)).to.equal(at('2027-04-21T16:00:00+09:00'));
  });

  it('splits at the end instant: upcoming soonest first, past latest first', () => {
    const { entries } = listEntries([
      event('late', '2026-09-01T10:00:00+03:00', '2026-09-01T12:00:00+03:00'),
      event('old', '2025-01-10T10:00:00+02:00', '2025-01-10T12:00:00+02:00'),
      event('soon', '2026-07-01T10:00:00+03:00', '2026-07-01T12:00:00+03:00'),
      event('older', '2024-01-10T10:00:00+02:00', '2024-01-10T12:00:00+02:00'),
    ]);
    const end = new Date('2026-07-01T12:00:00+03:00').getTime();
    const ids = (now: number) => {
      const split = splitEvents(entries, now);
      return { upcoming: split.upcoming.map((e) => e.key), past: split.past.map((e) => e.key) };
    };
    expect(ids(end - 1000)).to.deep.equal({ upcoming: ['soon', 'late'], past: ['old', 'older'] });
    expect(ids(end)).to.deep.equal({ upcoming: ['late'], past: ['soon', 'old', 'older'] });
    expect(ids(end + 1000)).to.deep.equal({ upcoming: ['late'], past: ['soon', 'old', 'older'] });
  });

  it('lists an event id once, reporting the second entry', () => {
    const { entries, problems } = listEntries([webinar, null, webinar]);
    expect(entries.map((e) => e.index)).to.deep.equal([0]);
    expect(problems).to.deep.equal([{ path: '[2].event.id', message: '"managers-webinar-2026-demo" is the id of [0] as well; the event is listed once' }]);
  });

  it('reads show, limit and now, reporting unusable values at the attribute', () => {
    expect(readListAttributes('past', 3, EVENT_LIST_NOW)).to.deep.include({ show: 'past', limit: 3, problems: [] });
    const bad = readListAttributes('soon', -1, 'tomorrow');
    expect(bad).to.deep.include({ show: 'all', limit: null, pinned: null });
    expect(bad.problems.map((p) => p.path)).to.deep.equal(['show', 'limit', 'now']);
    expect(readListAttributes('upcoming', 2.5, undefined).problems.map((p) => p.path)).to.deep.equal(['limit']);
  });

  it('resolves the URLs of an index against the index, and leaves unsafe ones as they are', () => {
    expect(entryUrl('b.json', 'https://example.org/events/index.json')).to.equal('https://example.org/events/b.json');
    expect(entryUrl('/x.json', 'https://example.org/events/index.json')).to.equal('https://example.org/x.json');
    expect(entryUrl('javascript:alert(1)', 'https://example.org/')).to.equal('javascript:alert(1)');
    expect(entryUrl('b.json', undefined)).to.equal('b.json');
  });
});

describe('JSON-LD ItemList of events (src/export/jsonld-list.ts)', () => {
  it('lists each event as the event page writes it, without its programme', () => {
    const list = toJsonLdEventList([blueSummit2026, varna2018], { lang: 'bg', name: 'Събития' });
    expect(list['@type']).to.equal('ItemList');
    expect(list.name).to.equal('Събития');
    expect(list.numberOfItems).to.equal(2);
    expect(list.itemListElement.map((i) => i.position)).to.deep.equal([1, 2]);
    const summit = list.itemListElement[0]!.item;
    expect(summit['@id']).to.equal('https://example.org/events/blue-summit-2026-demo#blue-summit-2026-demo');
    expect(summit.startDate).to.equal('2026-06-17T09:00:00+03:00');
    expect(summit.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect(summit.organizer!.length).to.equal(2);
    expect(summit.subEvent).to.equal(undefined);
    expect(summit.performer).to.equal(undefined);
    expect(list.itemListElement[1]!.item.name).to.equal('Иновативен растеж чрез клъстерно сътрудничество');
    expect(toJsonLdEventList([]).numberOfItems).to.equal(0);
  });

  it('writes Markdown prose as plain text with the parser it is given, as written without it; plain prose as written', () => {
    const description = 'Talks on the **blue economy**';
    const markdown: EventDocument = { ...webinar, textFormat: 'markdown', event: { ...webinar.event, description } };
    const plain: EventDocument = { ...webinar, event: { ...webinar.event, description } };
    const descriptions = (list: ReturnType<typeof toJsonLdEventList>) => list.itemListElement.map((i) => i.item.description);
    expect(descriptions(toJsonLdEventList([markdown, plain]))).to.deep.equal(['Talks on the blue economy', description]);
    expect(descriptions(jsonLdEventList([markdown, plain], {}, markdownPlainText))).to.deep.equal(['Talks on the blue economy', description]);
    expect(descriptions(jsonLdEventList([markdown, plain], {}, undefined))).to.deep.equal([description, description]);
  });
});

describe('<cluster-event-list>', () => {
  it('renders the Varna 2018 meeting: its name, day, place, attendance mode and organisers', async () => {
    const el = await fixture<ClusterEventList>(html`<cluster-event-list .data=${[varna2018]} now=${EVENT_LIST_NOW}></cluster-event-list>`);
    expect(names(el, 'past')).to.deep.equal(['Innovative Growth through Cluster Cooperation']);
    const li = item(el, 'Innovative Growth through Cluster Cooperation');
    expect(text(li.querySelector('[part~="time"]'))).to.equal('July 6, 2018');
    expect(li.querySelector('time')!.getAttribute('datetime')).to.equal('2018-07-06');
    expect(text(li.querySelector('.place'))).to.equal('Varna, Bulgaria');
    expect(text(li.querySelector('.mode'))).to.equal('In person');
    expect(text(li.querySelector('.organizers'))).to.equal('Organised by: Marine Cluster Bulgaria, Green Synergy Cluster, Association of Business Clusters');
    // The empty upcoming group says so under its heading.
    const upcoming = root(el).querySelector('[data-group="upcoming"]')!;
    expect(text(upcoming.querySelector('h2'))).to.equal('Upcoming events');
    expect(text(upcoming.querySelector('[part~="state"]'))).to.equal('No upcoming events');
    expect(upcoming.querySelector('[part~="state"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('shows upcoming events soonest first and past events latest first, relative to now', async () => {
    const el = await fixture<ClusterEventList>(html`<cluster-event-list .data=${clusterEvents} now=${EVENT_LIST_NOW}></cluster-event-list>`);
    expect(names(el, 'upcoming')).to.deep.equal([
      'Blue Economy Cluster Summit 2026 (fictional demo)',
      'Cluster Managers’ Webinar on Internationalisation (fictional)',
      'Autumn Matchmaking Day (fictional)',
      'Digital Twins for Ports Workshop (fictional)',
      'Winter Innovation Forum (fictional)',
      'Japan–EU Cluster Exchange (fictional)',
    ]);
    expect(names(el, 'past')).to.deep.equal(['Cluster Day 2025 (fictional)', 'Innovative Growth through Cluster Cooperation']);
    // Group headings at level 2, event names at level 3; each list is named by its heading.
    expect([...root(el).querySelectorAll('h2')].map(text)).to.deep.equal(['Upcoming events', 'Past events']);
    expect(root(el).querySelectorAll('h3').length).to.equal(8);
    const list = root(el).querySelector('[data-group="past"] ul')!;
    expect(root(el).getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal('Past events');
    await expect(el).to.be.accessible();
  });

  it('shows dates in the event zone with the zone named, and links names to the event pages', async () => {
    const el = await fixture<ClusterEventList>(html`<cluster-event-list lang="en-GB" .data=${clusterEvents} now=${EVENT_LIST_NOW}></cluster-event-list>`);
    const summit = item(el, 'Blue Economy Cluster Summit 2026 (fictional demo)');
    expect(icuNeutral(text(summit.querySelector('[part~="time"]')))).to.equal('17 – 18 June 2026');
    expect(text(summit.querySelector('.times'))).to.equal('17 Jun, 09:00 EEST – 18 Jun, 13:00 EEST');
    const japan = item(el, 'Japan–EU Cluster Exchange (fictional)');
    expect(icuNeutral(text(japan.querySelector('[part~="time"]')))).to.equal('20 – 21 April 2027');
    expect(text(japan.querySelector('.times'))).to.equal('20 Apr, 10:00 GMT+9 – 21 Apr, 16:00 GMT+9');
    expect(text(japan.querySelector('.where'))).to.contain('Example Convention Hall (fictional), Tokyo, Japan');
    const link = summit.querySelector<HTMLAnchorElement>('[part~="title"] a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/events/blue-summit-2026-demo');
    expect(link.rel).to.equal('noopener');
    // Varna has no url: its name is not a link.
    expect(item(el, 'Innovative Growth through Cluster Cooperation').querySelectorAll('a').length).to.equal(0);
  });

  it('says the status in words: happening now, postponed (with the first date), moved online, cancelled', async () => {
    const el = await fixture<ClusterEventList>(html`<cluster-event-list .data=${clusterEvents} now=${EVENT_LIST_NOW}></cluster-event-list>`);
    const badges = (name: string) => [...item(el, name).querySelectorAll('[part~="badge"]')].map(text);
    expect(badges('Blue Economy Cluster Summit 2026 (fictional demo)')).to.deep.equal(['Happening now']);
    expect(badges('Autumn Matchmaking Day (fictional)')).to.deep.equal(['Postponed']);
    expect(text(item(el, 'Autumn Matchmaking Day (fictional)').querySelector('.previous'))).to.equal('Originally planned for September 24, 2026');
    expect(badges('Digital Twins for Ports Workshop (fictional)')).to.deep.equal(['Moved online']);
    // Moved online: the place is "Online", not the venue it left.
    expect(text(item(el, 'Digital Twins for Ports Workshop (fictional)').querySelector('.where'))).to.equal('Online');
    expect(badges('Winter Innovation Forum (fictional)')).to.deep.equal(['Cancelled']);
    // An online event without a venue: "Online" once.
    expect(text(item(el, 'Cluster Managers’ Webinar on Internationalisation (fictional)').querySelector('.where'))).to.equal('Online');
    expect(badges('Cluster Day 2025 (fictional)')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('shows each upcoming event’s Register link with the registration’s state in words', async () => {
    const el = await fixture<ClusterEventList>(html`<cluster-event-list lang="en-GB" .data=${clusterEvents} now=${EVENT_LIST_NOW}></cluster-event-list>`);
    const register = (name: string) => item(el, name).querySelector<HTMLAnchorElement>('[part~="register"]');
    const state = (name: string) => text(item(el, name).querySelector('.registration'));
    // Open and free, closing when the webinar ends.
    const webinarLink = register('Cluster Managers’ Webinar on Internationalisation (fictional)')!;
    expect(webinarLink.getAttribute('href')).to.equal('https://example.org/events/managers-webinar-2026-demo/register');
    expect(webinarLink.classList.contains('button--primary')).to.equal(true);
    expect(text(webinarLink.querySelector('.visually-hidden'))).to.equal('Register: Cluster Managers’ Webinar on Internationalisation (fictional)');
    expect(root(el).getElementById(webinarLink.getAttribute('aria-describedby')!)).to.equal(
      item(el, 'Cluster Managers’ Webinar on Internationalisation (fictional)').querySelector('.registration'),
    );
    expect(state('Cluster Managers’ Webinar on Internationalisation (fictional)')).to.equal(
      'Registration open, closes in 90 days (15 September 2026, 11:30 EEST) · Free',
    );
    // Not open yet, with its price and places; full; closed (the summit's registration closed on 12 June).
    expect(state('Autumn Matchmaking Day (fictional)')).to.equal('Registration opens on 3 August 2026, 09:00 EEST · 120 of 120 places left · €25.00');
    expect(register('Autumn Matchmaking Day (fictional)')!.classList.contains('button--primary')).to.equal(false);
    expect(state('Japan–EU Cluster Exchange (fictional)')).to.equal('Registration full: no places left');
    expect(state('Blue Economy Cluster Summit 2026 (fictional demo)')).to.equal('Registration closed');
    expect(register('Blue Economy Cluster Summit 2026 (fictional demo)') === null, 'no Register link').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('shows no registration for a cancelled or past event', async () => {
    const cancelled: EventDocument = { ...forum, event: { ...forum.event, registration: { url: 'https://example.org/register' } } };
    const past: EventDocument = { ...clusterDay, event: { ...clusterDay.event, registration: { url: 'https://example.org/register' } } };
    const el = await fixture<ClusterEventList>(html`<cluster-event-list .data=${[cancelled, past]} now=${EVENT_LIST_NOW}></cluster-event-list>`);
    expect(root(el).querySelectorAll('.register').length).to.equal(0);
  });

  for (const [lang, upcoming, empty] of [
    ['en', 'Upcoming events', 'No past events'],
    ['bg', 'Предстоящи събития', 'Няма минали събития'],
  ] as const) {
    it(`speaks ${lang}: headings, empty states, status words`, async () => {
      const el = await fixture<ClusterEventList>(html`<cluster-event-list lang=${lang} .data=${[webinar, forum]} now=${EVENT_LIST_NOW}></cluster-event-list>`);
      expect(text(root(el).querySelector('[data-group="upcoming"] h2'))).to.equal(upcoming);
      expect(text(root(el).querySelector('[data-group="past"] [part~="state"]'))).to.equal(empty);
      if (lang === 'bg') {
        expect(names(el, 'upcoming')[0]).to.equal('Уебинар за клъстерни мениджъри: интернационализация (измислен)');
        expect(text(root(el).querySelector('[part~="badge"]'))).to.equal('Отменено');
        expect(text(root(el).querySelector('.where'))).to.equal('Онлайн');
      }
      await expect(el).to.be.accessible();
    });
  }

  it('marks content in another language than the element’s (WCAG 3.1.2)', async () => {
    const doc: EventDocument = { ...webinar, event: { ...webinar.event, name: 'Only English (fictional)' } };
    const el = await fixture<ClusterEventList>(html`<cluster-event-list lang="bg" .data=${[doc]} now=${EVENT_LIST_NOW}></cluster-event-list>`);
    expect(root(el).querySelector('[part~="title"] span')!.getAttribute('lang')).to.equal('en');
  });

  describe('the upcoming / past boundary is the end instant', () => {
    const end = '2026-07-01T12:00:00+03:00';
    const doc = event('boundary', '2026-07-01T10:00:00+03:00', end);
    for (const [now, group] of [
      ['2026-07-01T11:59:59+03:00', 'upcoming'],
      ['2026-07-01T12:00:00+03:00', 'past'],
      ['2026-07-01T09:00:01Z', 'past'],
    ] as const) {
      it(`is ${group} at ${now}`, async () => {
        const el = await fixture<ClusterEventList>(html`<cluster-event-list .data=${[doc]} now=${now}></cluster-event-list>`);
        expect(names(el, group)).to.deep.equal(['boundary (fictional)']);
      });
    }
  });

  it('moves an event to the past when it ends, on the real clock', async () => {
    const end = new Date(Date.now() + 400);
    const doc = event('ending', new Date(Date.now() - 3_600_000).toISOString(), end.toISOString());
    const el = await fixture<ClusterEventList>(html`<cluster-event-list .data=${[doc]}></cluster-event-list>`);
    expect(names(el, 'upcoming')).to.deep.equal(['ending (fictional)']);
    expect(text(root(el).querySelector('[part~="badge"]'))).to.equal('Happening now');
    await waitUntil(() => names(el, 'past').length === 1, 'the event moves to the past at its end', { timeout: 3000 });
    expect(Date.now()).to.be.at.least(end.getTime());
  });

  it('shows one group with show, at most limit events with limit, and reflects compact', async () => {
    const el = await fixture<ClusterEventList>(
      html`<cluster-event-list .data=${clusterEvents} now=${EVENT_LIST_NOW} show="upcoming" limit="2" compact></cluster-event-list>`,
    );
    expect(root(el).querySelectorAll('[data-group="past"]').length).to.equal(0);
    expect(names(el, 'upcoming')).to.deep.equal([
      'Blue Economy Cluster Summit 2026 (fictional demo)',
      'Cluster Managers’ Webinar on Internationalisation (fictional)',
    ]);
    expect(root(el).querySelectorAll('[part~="more-button"]').length).to.equal(0);
    // Compact: no times, modes or organisers.
    expect(root(el).querySelectorAll('.times, .organizers').length).to.equal(0);
    expect(el.limit).to.equal(2);
    await expect(el).to.be.accessible();
    el.show = 'past';
    el.compact = false;
    await el.updateComplete;
    expect(el.hasAttribute('compact')).to.equal(false);
    expect(root(el).querySelectorAll('[data-group="upcoming"]').length).to.equal(0);
    expect(names(el, 'past')).to.deep.equal(['Cluster Day 2025 (fictional)', 'Innovative Growth through Cluster Cooperation']);
    el.setAttribute('show', 'all');
    el.removeAttribute('limit');
    await el.updateComplete;
    expect(names(el, 'upcoming').length).to.equal(6);
  });

  it('reveals a long archive a batch at a time with "Show more", by keyboard, and moves focus to the first new event', async () => {
    const el = await fixture<ClusterEventList>(html`<cluster-event-list .data=${fictionalArchive(25)} now=${EVENT_LIST_NOW} show="past"></cluster-event-list>`);
    expect(names(el, 'past').length).to.equal(10);
    expect(names(el, 'past')[0]).to.equal('Cluster Breakfast no. 25 (fictional)');
    const button = () => root(el).querySelector<HTMLButtonElement>('[part~="more-button"]');
    expect(text(button())).to.equal('Show 10 more past events');
    await expect(el).to.be.accessible();
    button()!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el, 'past').length).to.equal(20);
    expect(text(root(el).activeElement?.querySelector('[part~="title"]'))).to.equal('Cluster Breakfast no. 15 (fictional)');
    expect(text(button())).to.equal('Show 5 more past events');
    button()!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(names(el, 'past').length).to.equal(25);
    expect(button() === null, 'no button').to.equal(true);
    expect(text(root(el).activeElement?.querySelector('[part~="title"]'))).to.equal('Cluster Breakfast no. 5 (fictional)');
    await expect(el).to.be.accessible();
  });

  describe('print and dark', () => {
    afterEach(async () => {
      if (canEmulateMedia) await emulateMedia({ media: 'screen' });
    });

    onlyIn(['chromium'], 'print media is emulated through the DevTools protocol')('prints every event of a long archive, without the button', async () => {
      const el = await fixture<ClusterEventList>(
        html`<cluster-event-list .data=${fictionalArchive(25)} now=${EVENT_LIST_NOW} show="past"></cluster-event-list>`,
      );
      const visible = () => [...root(el).querySelectorAll<HTMLElement>('[part~="item"]')].filter((li) => li.offsetHeight > 0).length;
      expect(visible()).to.equal(10);
      await emulateMedia({ media: 'print' });
      expect(visible()).to.equal(25);
      expect(getComputedStyle(root(el).querySelector('[part~="more-button"]')!).display).to.equal('none');
    });

    it('passes axe with the dark scheme forced', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="--cluster-color-scheme: dark; background: #141a24">
          <cluster-event-list .data=${clusterEvents} now=${EVENT_LIST_NOW}></cluster-event-list>
        </div>`,
      );
      const el = wrapper.querySelector('cluster-event-list')!;
      await el.updateComplete;
      expect(getComputedStyle(root(el).querySelector('[part~="base"]')!).colorScheme).to.equal('dark');
      await expect(el).to.be.accessible();
    });
  });

  it('fires no event and reports nothing for valid data', async () => {
    let fired = 0;
    const el = await fixture<ClusterEventList>(
      html`<cluster-event-list @cluster-data-error=${() => fired++} .data=${clusterEvents} now=${EVENT_LIST_NOW}></cluster-event-list>`,
    );
    el.compact = true;
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it('reports bad entries with their paths, shows the others, and says how many were left out', async () => {
    const bad = { lang: 'en', event: { id: 'bad', name: 'Bad (fictional)', timeZone: 'Europe/Sofia', start: '2026-09-01T10:00' } };
    const problems: DataProblem[] = [];
    const el = await quietly(() =>
      fixture<ClusterEventList>(
        html`<cluster-event-list
          @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => problems.push(...e.detail.problems)}
          .data=${[webinar, bad, 42, clusterDay]}
          now=${EVENT_LIST_NOW}
        ></cluster-event-list>`,
      ),
    );
    expect(problems.some((p) => p.path === '[1].event.start')).to.equal(true);
    expect(problems.find((p) => p.path === '[2]')!.message).to.equal('is not an event document (URLs of documents are read from a src index)');
    expect(names(el, 'upcoming')).to.deep.equal(['Cluster Managers’ Webinar on Internationalisation (fictional)']);
    expect(names(el, 'past')).to.deep.equal(['Cluster Day 2025 (fictional)']);
    expect(text(root(el).querySelector('.not-shown'))).to.equal('2 events could not be shown.');
    await expect(el).to.be.accessible();
  });

  for (const [what, data] of [
    ['null', null],
    ['a string', 'events'],
    ['an object', { events: [] }],
    ['a number', 7],
  ] as const) {
    it(`renders ${what} as data without throwing`, async () => {
      const problems: DataProblem[] = [];
      const el = await quietly(() =>
        fixture<ClusterEventList>(
          html`<cluster-event-list
            @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => problems.push(...e.detail.problems)}
            .data=${data}
          ></cluster-event-list>`,
        ),
      );
      const state = root(el).querySelector('[part~="state"]')!;
      expect(state.classList.contains(data === null ? 'state--empty' : 'state--error')).to.equal(true);
      expect(problems.map((p) => p.path)).to.deep.equal(data === null ? [] : ['data']);
      await expect(el).to.be.accessible();
    });
  }

  it('reports unusable attributes at their names and uses the defaults', async () => {
    const problems: DataProblem[] = [];
    const el = await quietly(() =>
      fixture<ClusterEventList>(
        html`<cluster-event-list
          @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => problems.push(...e.detail.problems)}
          .data=${[webinar]}
          show="soon"
          limit="many"
          now="tomorrow"
        ></cluster-event-list>`,
      ),
    );
    expect(problems.map((p) => p.path)).to.deep.equal(['show', 'limit', 'now']);
    expect(root(el).querySelectorAll('section').length).to.equal(2);
  });

  it('ignores heading levels it cannot use and goes beyond 6 with aria-level', async () => {
    const el = await fixture<ClusterEventList>(html`<cluster-event-list .data=${[webinar]} now=${EVENT_LIST_NOW} heading-level="6"></cluster-event-list>`);
    expect(root(el).querySelectorAll('h6').length).to.be.greaterThan(0);
    expect(root(el).querySelectorAll('[role="heading"][aria-level="7"]').length).to.be.greaterThan(0);
    el.headingLevel = 0;
    await el.updateComplete;
    expect(root(el).querySelectorAll('h2').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  describe('src', () => {
    it('loads an index of URLs, resolved against the index: a failing URL is reported with its path and skipped', async () => {
      const problems: DataProblem[] = [];
      const el = await quietly(async () => {
        const el = await fixture<ClusterEventList>(
          html`<cluster-event-list
            @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => problems.push(...e.detail.problems)}
            src=${`${FIXTURES}/event-list/index-of-urls.json.txt`}
            now=${EVENT_LIST_NOW}
          ></cluster-event-list>`,
        );
        expect(root(el).querySelectorAll('.state--loading').length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
        await waitUntil(() => !root(el).querySelector('.state--loading'), 'the index loads');
        return el;
      });
      // Coast Day is under way at EVENT_LIST_NOW.
      expect(names(el, 'upcoming')).to.deep.equal(['Coast Day (test fixture)']);
      const paths = problems.map((p) => p.path);
      expect(problems.find((p) => p.path === '[1]')!.message).to.equal(
        `"${location.origin}${FIXTURES}/event-list/missing-event.json" could not be loaded (HTTP 404)`,
      );
      expect(paths.some((p) => p.startsWith('[2].event'))).to.equal(true);
      expect(problems.find((p) => p.path === '[3]')!.message).to.contain('is not a safe link');
      expect(text(root(el).querySelector('.not-shown'))).to.equal('3 events could not be shown.');
      await expect(el).to.be.accessible();
    });

    it('loads an index of documents', async () => {
      const blob = URL.createObjectURL(new Blob([JSON.stringify([webinar, matchmaking, varna2018])], { type: 'application/json' }));
      const el = await fixture<ClusterEventList>(html`<cluster-event-list src=${blob} now=${EVENT_LIST_NOW}></cluster-event-list>`);
      await waitUntil(() => names(el, 'upcoming').length === 2, 'the index loads');
      expect(names(el, 'past')).to.deep.equal(['Innovative Growth through Cluster Cooperation']);
      URL.revokeObjectURL(blob);
    });

    it('refuses an unsafe src without fetching it, and shows why', async () => {
      const fetched: string[] = [];
      const realFetch = window.fetch;
      window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        fetched.push(input instanceof Request ? input.url : String(input));
        return realFetch(input, init);
      }) as typeof window.fetch;
      try {
        const el = await quietly(async () => {
          const el = await fixture<ClusterEventList>(html`<cluster-event-list src="javascript:alert(1)"></cluster-event-list>`);
          await waitUntil(() => root(el).querySelector('.state--error'), 'the error shows');
          await el.updateComplete;
          return el;
        });
        expect(text(root(el).querySelector('[part~="state"] span:last-child'))).to.equal('This content could not be loaded (the address is not a safe link).');
        expect(fetched).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        window.fetch = realFetch;
      }
    });

    it('shows an index that is not a list as invalid, and a missing one as not loaded', async () => {
      const el = await quietly(async () => {
        const el = await fixture<ClusterEventList>(html`<cluster-event-list src=${`${FIXTURES}/event-list/not-a-list.json.txt`}></cluster-event-list>`);
        await waitUntil(() => root(el).querySelector('.state--error'), 'the error shows');
        return el;
      });
      expect(text(root(el).querySelector('[part~="state"] span:last-child'))).to.equal('This content could not be shown: the data is not valid.');
      el.src = `${FIXTURES}/event-list/none.json`;
      await quietly(() => waitUntil(() => text(root(el).querySelector('[part~="state"]')).includes('HTTP 404'), 'the 404 shows'));
    });

    it('prefers data over src', async () => {
      const el = await fixture<ClusterEventList>(
        html`<cluster-event-list src=${`${FIXTURES}/event-list/index-of-urls.json.txt`} .data=${[webinar]} now=${EVENT_LIST_NOW}></cluster-event-list>`,
      );
      expect(names(el, 'upcoming')).to.deep.equal(['Cluster Managers’ Webinar on Internationalisation (fictional)']);
    });
  });

  describe('JSON-LD', () => {
    it('keeps one ItemList of the events shown in the light DOM, in their order and language', async () => {
      await preloadStrings('bg');
      const el = await fixture<ClusterEventList>(
        html`<cluster-event-list lang="bg" .data=${clusterEvents} now=${EVENT_LIST_NOW} show="upcoming" limit="3"></cluster-event-list>`,
      );
      await el.updateComplete;
      const script = jsonLd(el)!;
      expect(script.type).to.equal('application/ld+json');
      const list = JSON.parse(script.textContent!);
      expect(list['@type']).to.equal('ItemList');
      expect(list.name).to.equal('Предстоящи събития');
      expect(list.numberOfItems).to.equal(3);
      expect(list.itemListElement[1].item.name).to.equal('Уебинар за клъстерни мениджъри: интернационализация (измислен)');
      expect(el.querySelectorAll('script').length).to.equal(1);
    });

    it('leaves it out with hide-json-ld, and removes it when the element leaves the page', async () => {
      const el = await fixture<ClusterEventList>(html`<cluster-event-list .data=${clusterEvents} now=${EVENT_LIST_NOW}></cluster-event-list>`);
      await el.updateComplete;
      expect(JSON.parse(jsonLd(el)!.textContent!).numberOfItems).to.equal(8);
      el.hideJsonLd = true;
      await el.updateComplete;
      expect(jsonLd(el) === null, 'no JSON-LD script').to.equal(true);
      el.hideJsonLd = false;
      await el.updateComplete;
      expect(jsonLd(el) !== null, 'a JSON-LD script').to.equal(true);
      el.remove();
      expect(jsonLd(el) === null, 'no JSON-LD script').to.equal(true);
    });

    it("writes a Markdown document's description as plain text, and a plain one as written", async () => {
      const description = 'Talks on the **blue economy**';
      const markdown: EventDocument = { ...webinar, textFormat: 'markdown', event: { ...webinar.event, description } };
      const plain: EventDocument = { ...workshop, event: { ...workshop.event, description } };
      const el = await fixture<ClusterEventList>(html`<cluster-event-list .data=${[markdown, plain]} now=${EVENT_LIST_NOW}></cluster-event-list>`);
      const items = (): { item: { name: string; description?: string } }[] => JSON.parse(jsonLd(el)?.textContent ?? '{"itemListElement":[]}').itemListElement;
      // The parser loads with the writer for a Markdown document: wait for the graph of both.
      await waitUntil(() => items().length === 2, 'the JSON-LD of both events was written');
      expect(items().map((i) => i.item.description)).to.deep.equal(['Talks on the blue economy', description]);
    });

    it('writes data as text: a hostile name cannot close the script', async () => {
      const doc: EventDocument = { ...webinar, event: { ...webinar.event, name: '</script><img src=x onerror=alert(1)>' } };
      const el = await fixture<ClusterEventList>(html`<cluster-event-list .data=${[doc]} now=${EVENT_LIST_NOW}></cluster-event-list>`);
      await el.updateComplete;
      expect(jsonLd(el)!.textContent).to.not.contain('</script>');
      expect(JSON.parse(jsonLd(el)!.textContent!).itemListElement[0].item.name).to.equal('</script><img src=x onerror=alert(1)>');
      expect(root(el).querySelectorAll('img').length).to.equal(0);
      expect(names(el, 'upcoming')).to.deep.equal(['</script><img src=x onerror=alert(1)>']);
    });
  });

  it('fires cluster-data-error once per distinct set of problems, not again on re-render', async () => {
    const bad = [{ lang: 'en', event: { id: 'x', name: 'x' } }];
    const el = document.createElement('cluster-event-list');
    el.data = bad;
    const fired = quietly(() => oneEvent(el, 'cluster-data-error'));
    document.body.append(el);
    expect((await fired).detail.problems.every((p: DataProblem) => p.path.startsWith('[0]'))).to.equal(true);
    let again = 0;
    el.addEventListener('cluster-data-error', () => again++);
    el.compact = true;
    await el.updateComplete;
    expect(again).to.equal(0);
    el.remove();
  });

  it('leaves no link for an unsafe event url', async () => {
    const doc: EventDocument = { ...webinar, event: { ...webinar.event, url: 'javascript:alert(1)' } };
    const el = await quietly(() => fixture<ClusterEventList>(html`<cluster-event-list .data=${[doc]} now=${EVENT_LIST_NOW}></cluster-event-list>`));
    expect(root(el).querySelectorAll('[part~="title"] a').length).to.equal(0);
    expect(names(el, 'upcoming')).to.deep.equal(['Cluster Managers’ Webinar on Internationalisation (fictional)']);
  });

  it('puts the moved-online, postponed and cancelled fictional events in stories with the real one', () => {
    for (const doc of [webinar, matchmaking, workshop, forum, tokyo, clusterDay]) {
      expect(JSON.stringify(doc.event.name)).to.match(/fictional/);
    }
  });
});
