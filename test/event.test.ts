import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/cluster-event.js';
import type { ClusterEvent } from '../src/define/cluster-event.js';
import { JSON_LD_MARKER } from '../src/base/json-ld.js';
import type { DataErrorDetail } from '../src/base/problems.js';
import { buildEventPage, parseSections, sectionsToShow } from '../src/data/event-view.js';
import type { EventDocument } from '../src/data/types.js';
import { blueSummit2026, varna2018 } from '../stories/data/index.js';

import clusterDay from '../stories/assets/cluster-day-2027.json';
import frabSchedule from '../stories/assets/schedule-frab-demo.json';
import { settleTree } from './helpers/dom.js';

/** A URL serving `text` (fetch works on it like on a file; no .json path, which the test server would turn into a module). */
function urlOf(text: string): string {
  return URL.createObjectURL(new Blob([text], { type: 'application/json' }));
}

const FRAB_URL = urlOf(JSON.stringify(frabSchedule));
const EVENT_URL = urlOf(JSON.stringify(clusterDay));
const MISSING_URL = '/test/fixtures/does-not-exist-event.json';

/** Waits until this element and every element in its shadow trees has finished rendering. */
const settle = (el: Element): Promise<void> => settleTree(el);

/** The text a reader sees: text of every shadow tree, in order, without styles and scripts. */
function seenText(node: Node, separator = ' '): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n instanceof HTMLStyleElement || n instanceof HTMLScriptElement) return;
    if (n instanceof Element && n.hasAttribute('hidden')) return;
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    const root = n instanceof Element ? n.shadowRoot : null;
    for (const child of (root ?? n).childNodes) walk(child);
  };
  walk(node);
  return parts.join(separator).replace(/\s+/g, ' ').trim();
}

/** Every heading in the composed tree, in document order, as `level text`. */
function outline(node: Node): string[] {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n instanceof HTMLElement && !n.hidden) {
      const tag = /^h([1-6])$/.exec(n.localName);
      const level = tag ? Number(tag[1]) : n.getAttribute('role') === 'heading' ? Number(n.getAttribute('aria-level')) : 0;
      if (level) {
        out.push(`${level} ${seenText(n, '')}`);
        return;
      }
    }
    const root = n instanceof Element ? n.shadowRoot : null;
    for (const child of (root ?? n).childNodes) walk(child);
  };
  walk(node);
  return out;
}

function jsonLdScripts(el: Element): HTMLScriptElement[] {
  return Array.from(el.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON of any shape, edited by the tests
type Json = Record<string, any>;

function jsonLdOf(el: Element): Json {
  const scripts = jsonLdScripts(el);
  expect(scripts, 'exactly one JSON-LD script').to.have.length(1);
  return JSON.parse(scripts[0]!.textContent!) as Json;
}

/** Each heading of an outline (`"<level> <text>"`) is at most one level below the one before it, the first below `start`. */
function expectNoSkippedLevel(headings: string[], start: number): void {
  let previous = start;
  for (const heading of headings) {
    const n = Number(heading.split(' ')[0]);
    expect(n, `"${heading}" after a level ${previous}`).to.be.at.most(previous + 1);
    previous = n;
  }
}

function sectionHeadings(el: ClusterEvent): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('[part="section-heading"]')).map((h) => `${h.localName} ${seenText(h)}`);
}

function state(el: ClusterEvent): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="state"]');
}

/** Collects the `cluster-data-error` events that reach the document, and console warnings. */
function listen(): { events: DataErrorDetail[]; warnings: string[]; stop: () => void } {
  const events: DataErrorDetail[] = [];
  const warnings: string[] = [];
  const onError = (e: Event): void => void events.push((e as CustomEvent<DataErrorDetail>).detail);
  document.addEventListener('cluster-data-error', onError);
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
  return {
    events,
    warnings,
    stop: () => {
      document.removeEventListener('cluster-data-error', onError);
      console.warn = original;
    },
  };
}

/** A fresh copy of a demo document, to edit in one test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a copy the tests break on purpose
function copy(doc: EventDocument): Record<string, any> {
  return JSON.parse(JSON.stringify(doc));
}

describe('<cluster-event>', () => {
  describe('the Varna 2018 meeting', () => {
    it('renders the header, programme, speakers, projects with objective lists and the call', async () => {
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${varna2018}></cluster-event>`);
      await settle(el);
      expect(sectionHeadings(el)).to.deep.equal(['h3 Programme', 'h3 Speakers', 'h3 Projects', 'h3 Funding calls']);
      const text = seenText(el);
      for (const expected of [
        'Innovative Growth through Cluster Cooperation',
        'Marine Cluster Bulgaria',
        'Innovative Growth: New Business Opportunities',
        'Financial Support for Clusters',
        'Sea Harmony: an innovation for artificial reefs',
        'The upcoming OPIC call for innovative clusters',
        'Representative, Bulgarian Furniture Cluster',
        'Representative, Association of Business Clusters',
        'BLUE NET',
        'FORESDA',
        'TRACE-KEI',
        'Main objectives of the TRACE-KEI project for achieving cluster excellence',
        'Identify the role of clusters in the implementation of ISIS',
        'Main findings of the Grow Your Region cluster conference',
      ]) {
        expect(text, expected).to.include(expected);
      }
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('cluster-project-card')).to.have.length(3);
      expect(root.querySelectorAll('cluster-objective-list')).to.have.length(3);
      expect(root.querySelectorAll('cluster-funding-call-banner')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('forms a heading outline: event name, then parts, then their content, never skipping a level', async () => {
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${varna2018}></cluster-event>`);
      await settle(el);
      const headings = outline(el);
      expect(headings[0]).to.equal('2 Innovative Growth through Cluster Cooperation');
      expect(headings).to.include('3 Programme');
      expect(headings).to.include('4 Representative, Bulgarian Furniture Cluster');
      expect(headings).to.include('4 TRACE-KEI: A systematic approach to cluster excellence');
      expect(headings).to.include('5 Main objectives of the TRACE-KEI project for achieving cluster excellence');
      expect(headings).to.include('4 Main findings of the Grow Your Region cluster conference (European Commission, Valencia, November 2017)');
      expectNoSkippedLevel(headings, 1);
      expect(Math.min(...headings.map((h) => Number(h.split(' ')[0])))).to.be.at.least(2);
    });

    it('starts the outline at heading-level and nests past 6 with aria-level: session titles below their topic', async () => {
      const el = await fixture<ClusterEvent>(
        html`<cluster-event .data=${blueSummit2026} heading-level="3" sections="header agenda projects" now="2026-06-01T12:00:00+03:00"></cluster-event>`,
      );
      await settle(el);
      expect(el.headingLevel).to.equal(3);
      const headings = outline(el);
      expect(headings[0]).to.match(/^3 /);
      expect(sectionHeadings(el)[0]).to.equal('h4 Programme');
      // Event 3, part 4, day 5, topic 6, session 7 (role="heading" aria-level="7", not a second h6).
      const level = (text: string): number => Number(headings.find((h) => h.endsWith(` ${text}`))?.split(' ')[0]);
      expect(level('Wednesday, June 17, 2026')).to.equal(5);
      expect(level('Maritime Innovation')).to.equal(6);
      expect(level('Autonomous survey drones for harbour inspection')).to.equal(7);
      expectNoSkippedLevel(headings, 2);
      await expect(el).to.be.accessible();
      el.headingLevel = 5;
      await settle(el);
      expect(sectionHeadings(el)[0]).to.equal('h6 Programme');
      expect(Math.max(...outline(el).map((h) => Number(h.split(' ')[0])))).to.equal(9);
      el.headingLevel = 1;
      await settle(el);
      expect(outline(el)[0]).to.equal('1 Blue Economy Cluster Summit 2026 (fictional demo)');
      expect(el.getAttribute('heading-level')).to.equal('3'); // not reflected: the attribute stays as written
    });

    it('nests every part past 6 with aria-level: speakers, projects and calls sit below their part heading', async () => {
      const el = await fixture<ClusterEvent>(
        html`<cluster-event
          .data=${blueSummit2026}
          heading-level="5"
          sections="header speakers projects calls"
          now="2026-06-01T12:00:00+03:00"
        ></cluster-event>`,
      );
      await settle(el);
      const headings = outline(el);
      expect(headings[0]).to.match(/^5 /);
      expect(sectionHeadings(el)).to.deep.equal(['h6 Speakers', 'h6 Projects', 'h6 Funding calls']);
      // A speaker's name, a project's title and a call's title are one level below their part (7), not a second 6.
      const levels = headings.slice(1).map((h) => Number(h.split(' ')[0]));
      expect(levels.filter((n) => n === 7).length).to.be.above(3);
      expectNoSkippedLevel(headings, 4);
      await expect(el).to.be.accessible();
    });

    it('links each speaker to their session in the programme', async () => {
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${varna2018}></cluster-event>`);
      await settle(el);
      const list = el.shadowRoot!.querySelector('cluster-speaker-list')!;
      const block = list.shadowRoot!.querySelector('cluster-speaker-block')!;
      const link = Array.from(block.shadowRoot!.querySelectorAll('a')).find((a) => a.textContent!.includes('FORESDA'));
      expect(link?.getAttribute('href')).to.equal('#session-foresda-presentation');
    });

    it('emits the document as JSON-LD, checked field by field', async () => {
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${varna2018}></cluster-event>`);
      await settle(el);
      const scripts = jsonLdScripts(el);
      expect(scripts).to.have.length(1);
      expect(scripts[0]!.parentNode === el).to.equal(true, 'a child of the element, in its light DOM');
      expect(scripts[0]!.hasAttribute(JSON_LD_MARKER)).to.equal(true);
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      const ld = jsonLdOf(el);
      const base = 'https://example.org/events/varna-2018';
      expect(ld['@context']).to.equal('https://schema.org');
      const graph = ld['@graph'] as Json[];
      expect(graph.map((n) => `${n['@type']} ${n['@id']}`)).to.deep.equal([
        `Event ${base}#varna-2018`,
        `ResearchProject ${base}#blue-net`,
        `ResearchProject ${base}#foresda`,
        `ResearchProject ${base}#trace-kei`,
        `ItemList ${base}#trace-kei-objectives`,
        `ItemList ${base}#trace-kei-key-steps`,
        `ItemList ${base}#grow-your-region-findings`,
      ]);
      const event = graph[0]!;
      expect(event.name).to.equal('Innovative Growth through Cluster Cooperation');
      expect(event.description).to.match(/^Regional cluster meeting that brought together cluster managers/);
      expect(event.startDate).to.equal('2018-07-06');
      expect(event).to.not.have.property('endDate');
      expect(event.eventStatus).to.equal('https://schema.org/EventScheduled');
      expect(event.eventAttendanceMode).to.equal('https://schema.org/OfflineEventAttendanceMode');
      expect(event.url).to.equal(base);
      expect(event.location).to.deep.equal({
        '@type': 'Place',
        name: 'Varna',
        address: { '@type': 'PostalAddress', addressCountry: 'BG', addressLocality: 'Varna' },
      });
      expect((event.organizer as Json[]).map((o) => [o['@type'], o['@id'], o.name])).to.deep.equal([
        ['Organization', `${base}#marine-cluster-bulgaria`, 'Marine Cluster Bulgaria'],
        ['Organization', `${base}#green-synergy-cluster`, 'Green Synergy Cluster'],
        ['Organization', `${base}#association-of-business-clusters`, 'Association of Business Clusters'],
      ]);
      expect((event.organizer as Json[])[2]!.alternateName).to.equal('ABC');
      // The two speakers are known only by organisation: the organisations perform.
      expect((event.performer as Json[]).map((p) => [p['@type'], p.name])).to.deep.equal([
        ['Organization', 'Bulgarian Furniture Cluster'],
        ['Organization', 'Association of Business Clusters'],
      ]);
      const sub = event.subEvent as Json[];
      expect(sub).to.have.length(8);
      expect(sub.map((s) => s['@id'])).to.deep.equal(varna2018.event.sessions!.map((s) => `${base}#${s.id}`));
      expect(sub[0]!.name).to.equal('Cluster practices in determining the innovative needs of SMEs');
      expect(sub[0]!.description).to.equal('Presented within BLUE NET, the cluster cooperation project in South East Europe.');
      expect(sub.every((s) => s['@type'] === 'Event' && !('startDate' in s))).to.equal(true, 'untimed sessions have no dates');
      expect(sub.every((s) => s.location?.name === 'Varna')).to.equal(true);
      expect(sub[3]!.performer).to.deep.equal([{ '@type': 'Organization', '@id': `${base}#bulgarian-furniture-cluster`, name: 'Bulgarian Furniture Cluster' }]);
      expect(sub[6]!.performer[0].name).to.equal('Association of Business Clusters');
      const [blueNet, foresda, traceKei] = graph.slice(1, 4) as [Json, Json, Json];
      expect(blueNet.alternateName).to.equal('BLUE NET');
      expect(blueNet.name).to.equal('Cluster cooperation project in South East Europe');
      expect(foresda.alternateName).to.equal('FORESDA');
      expect(foresda.member).to.deep.equal([{ '@type': 'Organization', '@id': `${base}#bulgarian-furniture-cluster`, name: 'Bulgarian Furniture Cluster' }]);
      expect(traceKei.alternateName).to.equal('TRACE-KEI');
      expect(traceKei.name).to.equal('A systematic approach to cluster excellence');
      expect(blueNet).to.not.have.property('funding'); // no programme or budget was published
      const objectives = graph[4]!;
      expect(objectives.name).to.equal('Main objectives of the TRACE-KEI project for achieving cluster excellence');
      expect(objectives.numberOfItems).to.equal(4);
      expect((objectives.itemListElement as Json[]).map((i) => [i['@type'], i.position])).to.deep.equal([
        ['ListItem', 1],
        ['ListItem', 2],
        ['ListItem', 3],
        ['ListItem', 4],
      ]);
      expect(objectives.itemListElement[1].name).to.equal('Build and update long-term cluster strategies');
      expect(graph[5]!.numberOfItems).to.equal(5);
      expect(graph[5]!.itemListElement[4].name).to.equal('Identify the role of clusters in the implementation of ISIS');
      expect(graph[6]!.numberOfItems).to.equal(4);
    });
  });

  describe('JSON-LD in the light DOM', () => {
    it('keeps exactly one script in sync with the data and the language', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><cluster-event .data=${varna2018}></cluster-event></div>`);
      const el = wrapper.querySelector('cluster-event')!;
      await settle(el);
      const first = jsonLdScripts(el)[0];
      expect(jsonLdOf(el)['@graph'][0].name).to.equal('Innovative Growth through Cluster Cooperation');
      wrapper.setAttribute('lang', 'bg');
      await waitUntil(() => jsonLdOf(el)['@graph'][0].name === 'Иновативен растеж чрез клъстерно сътрудничество', 'the language follows lang');
      el.data = blueSummit2026;
      await settle(el);
      expect(jsonLdScripts(el)).to.have.length(1);
      expect(jsonLdScripts(el)[0] === first).to.equal(true, 'the same script is updated, not replaced');
      expect(jsonLdOf(el)['@graph'][0].name).to.equal('Клъстерна среща „Синя икономика“ 2026 (измислен пример)');
    });

    it('removes the script on disconnect and puts it back on reconnect', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><cluster-event .data=${varna2018}></cluster-event></div>`);
      const el = wrapper.querySelector('cluster-event')!;
      await settle(el);
      expect(jsonLdScripts(el)).to.have.length(1);
      el.remove();
      expect(jsonLdScripts(el)).to.have.length(0);
      wrapper.append(el);
      await settle(el);
      expect(jsonLdScripts(el)).to.have.length(1);
      expect(jsonLdOf(el)['@graph'][0]['@id']).to.equal('https://example.org/events/varna-2018#varna-2018');
    });

    it('emits nothing with hide-json-ld, and removes the script when the attribute is added', async () => {
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${varna2018} hide-json-ld></cluster-event>`);
      await settle(el);
      expect(el.hideJsonLd).to.equal(true);
      expect(jsonLdScripts(el)).to.have.length(0);
      el.hideJsonLd = false;
      await settle(el);
      expect(jsonLdScripts(el)).to.have.length(1);
      el.setAttribute('hide-json-ld', '');
      await settle(el);
      expect(jsonLdScripts(el)).to.have.length(0);
    });

    it('still understands the deprecated no-json-ld, warning once per page', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div><cluster-event .data=${varna2018} no-json-ld></cluster-event><cluster-event .data=${varna2018} no-json-ld></cluster-event></div>`,
        );
        const [first, second] = [...wrapper.querySelectorAll('cluster-event')];
        await settle(first!);
        await settle(second!);
        expect([first!.hideJsonLd, second!.noJsonLd]).to.deep.equal([true, true]);
        expect(jsonLdScripts(first!)).to.have.length(0);
        first!.removeAttribute('no-json-ld');
        await settle(first!);
        expect(first!.hideJsonLd, 'removing the old attribute turns it off').to.equal(false);
        expect(jsonLdScripts(first!)).to.have.length(1);
        const deprecations = warnings.filter((w) => w.includes('no-json-ld'));
        expect(deprecations).to.deep.equal([
          '<cluster-event> no-json-ld is deprecated (it will be removed before 1.0): use hide-json-ld, which does the same.',
        ]);
      } finally {
        console.warn = original;
      }
    });

    it('adopts a marked script written by the server instead of adding a second, and leaves unmarked ones alone', async () => {
      const el = document.createElement('cluster-event');
      const script = (text: string, marked: boolean): HTMLScriptElement => {
        const s = Object.assign(document.createElement('script'), { type: 'application/ld+json', textContent: text });
        if (marked) s.setAttribute(JSON_LD_MARKER, '');
        return s;
      };
      const server = script('{"stale": true}', true);
      const own = Object.assign(script('{"@type": "WebPage"}', false), { id: 'page-own' });
      el.append(server, script('{"duplicate": true}', true), own);
      el.data = varna2018;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await settle(el);
      const marked = el.querySelectorAll(`script[${JSON_LD_MARKER}]`);
      expect(marked).to.have.length(1);
      expect(marked[0] === server).to.equal(true, 'the server-written script is kept');
      expect(JSON.parse(server.textContent!)['@graph'][0].name).to.equal('Innovative Growth through Cluster Cooperation');
      expect(el.querySelector('#page-own')).to.not.equal(null);
    });

    it('escapes text so no value can close the script element', async () => {
      const doc = copy(varna2018);
      doc.event.name = '</script><img src=x onerror=alert(1)>';
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${doc}></cluster-event>`);
      await settle(el);
      const script = jsonLdScripts(el)[0]!;
      expect(script.textContent).to.not.include('</script>');
      expect(el.querySelector('img')).to.equal(null);
      expect(JSON.parse(script.textContent!)['@graph'][0].name).to.equal('</script><img src=x onerror=alert(1)>');
    });
  });

  describe('sections', () => {
    it('shows the chosen parts in the chosen order, from the attribute and the property', async () => {
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${varna2018} sections="calls, speakers header"></cluster-event>`);
      await settle(el);
      expect(el.sections).to.equal('calls, speakers header');
      const order = Array.from(el.shadowRoot!.querySelector('[part="base"]')!.children).map((c) =>
        c.localName === 'section' ? c.className.replace(/.*section--/, '') : c.localName,
      );
      expect(order).to.deep.equal(['calls', 'speakers', 'cluster-event-header']);
      expect(el.shadowRoot!.querySelector('cluster-agenda')).to.equal(null);
      el.sections = 'projects';
      await settle(el);
      expect(sectionHeadings(el)).to.deep.equal(['h3 Projects']);
      expect(el.shadowRoot!.querySelector('cluster-event-header')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('does not link speakers to a programme that is not shown', async () => {
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${varna2018} sections="speakers"></cluster-event>`);
      await settle(el);
      const block = el.shadowRoot!.querySelector('cluster-speaker-list')!.shadowRoot!.querySelector('cluster-speaker-block')!;
      expect(block.shadowRoot!.querySelector('a[href^="#session-"]')).to.equal(null);
      expect(seenText(block)).to.include('FORESDA');
    });

    it('reports unknown section names and shows the known ones', async () => {
      const log = listen();
      try {
        const el = await fixture<ClusterEvent>(html`<cluster-event .data=${varna2018} sections="header programme"></cluster-event>`);
        await settle(el);
        expect(el.shadowRoot!.querySelector('cluster-event-header')).to.not.equal(null);
        expect(log.events).to.have.length(1);
        expect(log.events[0]!.problems).to.deep.equal([
          { path: 'sections', message: '"programme" is not a section; use "header", "agenda", "speakers", "projects", "calls"' },
        ]);
        expect(log.warnings).to.have.length(1);
      } finally {
        log.stop();
      }
    });

    it('leaves out parts without data by default', async () => {
      const doc = copy(varna2018);
      delete doc.projects;
      delete doc.objectiveLists;
      delete doc.fundingCalls;
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${doc}></cluster-event>`);
      await settle(el);
      expect(sectionHeadings(el)).to.deep.equal(['h3 Programme', 'h3 Speakers']);
    });

    it('splits and cleans the attribute value in the view model', () => {
      expect(parseSections('  Agenda,,header  agenda ').sections).to.deep.equal(['agenda', 'header']);
      expect(parseSections('').sections).to.equal(null);
      const page = buildEventPage(varna2018 as EventDocument);
      expect(page.projects.map((p) => [p.card.acronym, p.lists.map((l) => l.id)])).to.deep.equal([
        ['BLUE NET', []],
        ['FORESDA', []],
        ['TRACE-KEI', ['trace-kei-objectives', 'trace-kei-key-steps']],
      ]);
      expect(page.otherLists.map((l) => l.id)).to.deep.equal(['grow-your-region-findings']);
      expect(page.projects[2]!.card.objectivesHref).to.equal('#trace-kei-objectives');
      const unlinkable = copy(varna2018);
      unlinkable.projects[2].objectiveListId = unlinkable.objectiveLists[0].id = 'steps\udfff';
      const card = buildEventPage(unlinkable as EventDocument).projects[2]!.card;
      expect(card.objectivesHref).to.equal(undefined);
      expect(card.objectiveListId).to.equal(undefined);
      expect(card.objectives?.length).to.equal(4, 'the objectives still show, without a link');
      expect(sectionsToShow(page, ['calls', 'agenda'])).to.deep.equal(['calls', 'agenda']);
    });
  });

  describe('keyboard', () => {
    it('follows a project card link to its objective list inside the element', async () => {
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${varna2018} sections="projects"></cluster-event>`);
      await settle(el);
      const card = Array.from(el.shadowRoot!.querySelectorAll('cluster-project-card')).find((c) => seenText(c).includes('TRACE-KEI'))!;
      const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#trace-kei-objectives"]')!;
      expect(link.textContent).to.include('All 4 objectives');
      link.focus();
      await sendKeys({ press: 'Enter' });
      const list = el.shadowRoot!.getElementById('trace-kei-objectives')!;
      await waitUntil(() => el.shadowRoot!.activeElement === list, 'the objective list receives focus');
      expect(location.hash).to.equal('#trace-kei-objectives');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('reaches the parts with Tab in reading order', async () => {
      const doc = copy(blueSummit2026);
      doc.fundingCalls = doc.fundingCalls.slice(0, 1);
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${doc} sections="calls header" now="2026-03-01T12:00:00+02:00"></cluster-event>`);
      await settle(el);
      const stops: string[] = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        const part = el.shadowRoot!.activeElement;
        stops.push(`${part?.localName} ${(part?.shadowRoot?.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim()}`);
      }
      const parts = stops.map((s) => s.split(' ')[0]);
      const firstHeader = parts.indexOf('cluster-event-header');
      expect(parts[0]).to.equal('cluster-funding-call-banner', 'the calls come first, as sections says');
      expect(firstHeader).to.be.greaterThan(0);
      expect(parts.slice(firstHeader).every((p) => p === 'cluster-event-header')).to.equal(true);
      expect(stops[firstHeader]).to.include('Blue Economy Cluster Summit 2026');
    });
  });

  describe('sources', () => {
    it('shows an accessible loading state, then loads an event document from src', async () => {
      const el = await fixture<ClusterEvent>(html`<cluster-event src=${EVENT_URL}></cluster-event>`);
      const loading = state(el);
      if (loading) {
        // Loading may already be over on a fast machine; when it shows, it is a polite status.
        expect(loading.getAttribute('role')).to.equal('status');
        expect(loading.textContent).to.include('Loading the event');
        expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
        await expect(el).to.be.accessible();
      }
      await waitUntil(() => el.shadowRoot!.querySelector('cluster-event-header'), 'the event renders');
      await settle(el);
      expect(seenText(el)).to.include('Demo Cluster Day 2027');
      expect(seenText(el)).to.include('Panel: funding for cluster members');
      expect(jsonLdOf(el)['@graph'][0].startDate).to.equal('2027-05-20T09:30:00+03:00');
      await expect(el).to.be.accessible();
    });

    it('converts a frab schedule from src', async () => {
      const el = await fixture<ClusterEvent>(html`<cluster-event src=${FRAB_URL}></cluster-event>`);
      await waitUntil(() => el.shadowRoot!.querySelector('cluster-agenda'), 'the schedule renders');
      await settle(el);
      const text = seenText(el);
      expect(text).to.include('Demo Camp 2027');
      expect(text).to.include('Soldering for beginners');
      expect(text).to.include('Dana Sample');
      const sub = jsonLdOf(el)['@graph'][0].subEvent as Json[];
      expect(sub.map((s) => [s.name, s.startDate, s.endDate])).to.deep.equal([
        ['Opening of Demo Camp', '2027-09-10T10:00:00+03:00', '2027-09-10T10:45:00+03:00'],
        ['Soldering for beginners', '2027-09-10T11:00:00+03:00', '2027-09-10T12:30:00+03:00'],
        ['Closing and thanks', '2027-09-11T16:00:00+03:00', '2027-09-11T16:30:00+03:00'],
      ]);
    });

    it('converts a frab schedule given as data', async () => {
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${frabSchedule} sections="speakers"></cluster-event>`);
      await settle(el);
      expect(seenText(el)).to.include('Petar Placeholder');
    });

    const failures: [string, string, string, RegExp][] = [
      ['an HTTP error', MISSING_URL, 'This content could not be loaded (HTTP 404).', /\(HTTP 404\)/],
      [
        'invalid JSON',
        urlOf('{ "lang": "en", "event": { "id": "broken", '),
        'This content could not be loaded (the file is not valid JSON).',
        /is not valid JSON/,
      ],
      [
        'a document that is not an event',
        urlOf('{ "title": "A page, not an event", "items": [1, 2] }'),
        'This content could not be loaded (the file is neither an event document nor a schedule).',
        /event/,
      ],
    ];
    for (const [what, url, shown, reported] of failures) {
      it(`shows ${what} from src, fires cluster-data-error once and stays accessible`, async () => {
        const log = listen();
        try {
          const el = await fixture<ClusterEvent>(html`<cluster-event src=${url}></cluster-event>`);
          await waitUntil(() => state(el)?.classList.contains('state--error'), 'the error state shows');
          await settle(el);
          expect(state(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`⚠ ${shown}`);
          expect(state(el)!.getAttribute('role')).to.equal('status');
          expect(log.events).to.have.length(1);
          expect(log.events[0]!.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).to.match(reported);
          expect(log.warnings.length).to.be.greaterThan(0);
          expect(jsonLdScripts(el)).to.have.length(0);
          await expect(el).to.be.accessible();
        } finally {
          log.stop();
        }
      });
    }

    it('ignores a slow src replaced by data, and aborts the old load', async () => {
      // The load that data replaced ends (aborted, or answered and dropped) before the check.
      const fetches: Promise<unknown>[] = [];
      const original = window.fetch;
      window.fetch = ((...args: Parameters<typeof fetch>) => {
        const response = original(...args);
        fetches.push(response.then((r) => r.clone().text()).catch(() => undefined));
        return response;
      }) as typeof fetch;
      let el: ClusterEvent;
      try {
        el = await fixture<ClusterEvent>(html`<cluster-event src=${EVENT_URL}></cluster-event>`);
        el.data = varna2018;
        await settle(el);
      } finally {
        window.fetch = original;
      }
      expect(fetches, 'src was requested').to.have.length(1);
      await Promise.allSettled(fetches);
      await settle(el);
      expect(seenText(el)).to.include('Innovative Growth through Cluster Cooperation');
      expect(seenText(el)).to.not.include('Demo Cluster Day 2027');
      el.data = undefined;
      await waitUntil(() => seenText(el).includes('Demo Cluster Day 2027'), 'src is used again once data is cleared');
    });

    it('reads the document from a child <script type="application/json"> and never shows it', async () => {
      const json = JSON.stringify(varna2018);
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('cluster-event');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      el.append(script);
      host.append(el);
      await settle(el);
      expect(seenText(el)).to.include('Innovative Growth through Cluster Cooperation');
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(jsonLdScripts(el)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('shows an error for an inline document that is not JSON', async () => {
      const log = listen();
      try {
        const el = await fixture<ClusterEvent>(
          html`<cluster-event
            ><script type="application/json">
              { "lang":
            </script></cluster-event
          >`,
        );
        await settle(el);
        expect(state(el)!.textContent).to.include('This content could not be loaded (the embedded document is not valid JSON).');
        expect(log.events[0]!.problems[0]!.path).to.equal('script');
        await expect(el).to.be.accessible();
      } finally {
        log.stop();
      }
    });

    it('prefers data over the inline document', async () => {
      const el = document.createElement('cluster-event');
      const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(varna2018) });
      el.append(script);
      el.data = blueSummit2026;
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await settle(el);
      expect(seenText(el)).to.include('Blue Economy Cluster Summit 2026');
      expect(seenText(el)).to.not.include('Innovative Growth through Cluster Cooperation');
    });

    it('shows the empty state without any document', async () => {
      const el = await fixture<ClusterEvent>(html`<cluster-event></cluster-event>`);
      expect(state(el)!.textContent).to.include('Nothing to show yet.');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad data', () => {
    it('renders the valid part of a partly valid document and reports the rest once, not again from the parts', async () => {
      const doc = copy(varna2018);
      doc.event.sessions[2].start = 'tomorrow';
      doc.people[0].photo = { url: 'javascript:alert(1)' };
      doc.projects[1].partners[0].role = 'boss';
      doc.fundingCalls[0].deadlines = [{ at: '2018-12-31T17:00:00' }];
      const log = listen();
      try {
        const el = await fixture<ClusterEvent>(html`<cluster-event .data=${doc}></cluster-event>`);
        await settle(el);
        await waitUntil(
          () => log.events.length > 0 && log.warnings.length >= new Set(log.events[0]!.problems.map((p) => `${p.path}${p.message}`)).size,
          'the problems are reported and warned',
        );
        expect(log.events).to.have.length(1, 'one cluster-data-error for the whole page');
        const paths = log.events[0]!.problems.map((p) => p.path);
        expect(paths).to.include('event.sessions[2].start');
        expect(paths).to.include('people[0].photo.url');
        expect(paths.some((p) => p.startsWith('projects[1].partners[0]'))).to.equal(true);
        expect(paths.some((p) => p.startsWith('fundingCalls[0].deadlines[0]'))).to.equal(true);
        expect(log.warnings).to.have.length(new Set(log.events[0]!.problems.map((p) => `${p.path}${p.message}`)).size);
        const text = seenText(el);
        expect(text).to.include('Sea Harmony: an innovation for artificial reefs');
        expect(text).to.include('FORESDA');
        expect(el.shadowRoot!.querySelector('cluster-funding-call-banner')).to.not.equal(null);
        await expect(el).to.be.accessible();
        el.requestUpdate();
        await settle(el);
        expect(log.events).to.have.length(1, 're-rendering the same data stays quiet');
      } finally {
        log.stop();
      }
    });

    it('never throws on hostile input', async () => {
      const inputs: unknown[] = [42, 'text', [], { event: null }, { lang: 'en', event: { id: 'x', name: 'X', timeZone: 'Mars/Base', start: 'soon' } }];
      for (const input of inputs) {
        const el = await fixture<ClusterEvent>(html`<cluster-event .data=${input}></cluster-event>`);
        await settle(el);
        expect(state(el)?.classList.contains('state--error'), JSON.stringify(input)).to.equal(true);
      }
    });

    it('skips and reports a session whose id no URL can carry (a lone surrogate) instead of throwing', async () => {
      const doc = copy(varna2018);
      doc.event.sessions[3].id = 'foresda\ud800';
      const log = listen();
      const rejections: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent): void => void rejections.push(e.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        const el = await fixture<ClusterEvent>(html`<cluster-event .data=${doc}></cluster-event>`);
        await settle(el);
        expect(log.events.flatMap((e) => e.problems).some((p) => p.path === 'event.sessions[3].id' && p.message.includes('lone surrogate'))).to.equal(true);
        expect(seenText(el)).to.not.include('FORESDA: transforming traditional forest-based industries');
        expect(seenText(el)).to.include('Sea Harmony');
        expect(rejections).to.deep.equal([]);
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
        log.stop();
      }
    });

    it('reports a now that is not an instant', async () => {
      const log = listen();
      try {
        const el = await fixture<ClusterEvent>(html`<cluster-event .data=${varna2018} now="noon"></cluster-event>`);
        await settle(el);
        expect(log.events.flatMap((e) => e.problems).some((p) => p.path === 'now')).to.equal(true);
      } finally {
        log.stop();
      }
    });

    it('reports a wrong now and time-display once, from itself, and hands the parts only valid values', async () => {
      const log = listen();
      try {
        const el = await fixture<ClusterEvent>(html`<cluster-event .data=${blueSummit2026} time-display="local" now="soon"></cluster-event>`);
        await settle(el);
        await waitUntil(() => log.warnings.length >= 2, 'both wrong attributes warned');
        expect(log.events).to.have.length(1, 'one cluster-data-error');
        expect(log.events[0]!.problems.map((p) => p.path)).to.deep.equal(['now', 'time-display']);
        // One warning per wrong attribute, each from the element the editor wrote.
        expect(log.warnings).to.deep.equal([
          '<cluster-event> now: "soon" is not an RFC 3339 date-time; the real clock is used',
          '<cluster-event> time-display: "local" is not one of: event, viewer, both; event is used',
        ]);
        const agenda = el.shadowRoot!.querySelector('cluster-agenda')!;
        expect(agenda.getAttribute('time-display')).to.equal('event');
        for (const tag of ['cluster-agenda', 'cluster-project-card', 'cluster-funding-call-banner']) {
          expect(el.shadowRoot!.querySelector(tag)!.hasAttribute('now'), tag).to.equal(false);
        }
        expect(seenText(el)).to.include('9:00');
        await expect(el).to.be.accessible();
      } finally {
        log.stop();
      }
    });

    it('fires no event on programmatic changes other than data problems', async () => {
      const seen: string[] = [];
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${varna2018}></cluster-event>`);
      for (const type of ['cluster-filter-change', 'cluster-favorite-change', 'cluster-dismiss', 'cluster-data-error']) {
        el.addEventListener(type, () => seen.push(type));
      }
      el.data = blueSummit2026;
      el.sections = 'agenda calls';
      el.timeDisplay = 'viewer';
      await settle(el);
      expect(seen).to.deep.equal([]);
    });
  });

  describe('the fictional timed summit', () => {
    it('renders every part with a pinned clock and passes it to the parts', async () => {
      const el = await fixture<ClusterEvent>(html`<cluster-event .data=${blueSummit2026} now="2026-06-01T12:00:00+03:00"></cluster-event>`);
      await settle(el);
      expect(el.now).to.equal('2026-06-01T12:00:00+03:00');
      for (const tag of ['cluster-agenda', 'cluster-project-card', 'cluster-funding-call-banner']) {
        const child = el.shadowRoot!.querySelector(tag)!;
        expect(child.getAttribute('now'), tag).to.equal('2026-06-01T12:00:00+03:00');
      }
      expect(sectionHeadings(el).length).to.be.greaterThan(2);
      await expect(el).to.be.accessible();
    });
  });

  describe('in Bulgarian', () => {
    it('names the parts and shows the content in Bulgarian', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><cluster-event .data=${varna2018}></cluster-event></div>`);
      const el = wrapper.querySelector('cluster-event')!;
      await settle(el);
      expect(sectionHeadings(el)).to.deep.equal(['h3 Програма', 'h3 Лектори', 'h3 Проекти', 'h3 Покани за финансиране']);
      expect(seenText(el)).to.include('Иновативен растеж чрез клъстерно сътрудничество');
      expect(jsonLdOf(el)['@graph'][0].name).to.equal('Иновативен растеж чрез клъстерно сътрудничество');
      await expect(el).to.be.accessible();
    });

    it('says in Bulgarian when loading failed', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><cluster-event src=${MISSING_URL}></cluster-event></div>`);
      const el = wrapper.querySelector('cluster-event')!;
      await waitUntil(() => state(el)?.classList.contains('state--error'));
      expect(state(el)!.textContent).to.include('Съдържанието не може да бъде заредено (HTTP 404).');
    });
  });

  it('is reachable through oneEvent for pages that wait for problems', async () => {
    const el = document.createElement('cluster-event');
    el.data = { lang: 'en' };
    const problem = oneEvent(el, 'cluster-data-error');
    await fixture(html`<div></div>`).then((div) => div.append(el));
    const { detail } = await problem;
    expect(detail.problems[0]!.path).to.match(/^event/);
  });
});

describe('<cluster-event>: its header’s registration follows now', () => {
  it('passes now to the header, which shows the fictional summit’s registration at that instant', async () => {
    const el = await fixture<ClusterEvent>(html`<cluster-event .data=${blueSummit2026} sections="header" now="2026-06-09T10:00:00+03:00"></cluster-event>`);
    await settle(el);
    const header = el.shadowRoot!.querySelector('cluster-event-header')!;
    expect(header.getAttribute('now')).to.equal('2026-06-09T10:00:00+03:00');
    const registration = header.shadowRoot!.querySelector('.registration')!;
    expect(registration.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Registration open, closes in 3 days/);
    await expect(el).to.be.accessible();
  });
});
