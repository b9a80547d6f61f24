import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define/cluster-agenda.js';
import type { ClusterAgenda } from '../src/components/agenda/agenda.js';
import type { ClusterAgendaTrack } from '../src/components/agenda-track/agenda-track.js';
import { favoritesKey } from '../src/data/favorites.js';
import type { EventDocument } from '../src/data/types.js';
import { blueSummit2026, varna2018 } from '../stories/data/index.js';
import { captureDownloads } from './helpers/downloads.js';
import { canEmulateMedia, onlyIn } from './helpers/engine.js';
import { fakeTimers } from './helpers/timers.js';
import { SETTLE_MS } from '../src/base/pause.js';

const FIXTURES = '/test/fixtures';
const EVENT_URL = `${FIXTURES}/agenda-event.json.txt`;

async function fixtureDoc(): Promise<EventDocument> {
  return (await (await fetch(EVENT_URL)).json()) as EventDocument;
}

function tracksOf(el: ClusterAgenda): ClusterAgendaTrack[] {
  return [...el.shadowRoot!.querySelectorAll<ClusterAgendaTrack>('cluster-agenda-track')];
}

/** Waits for the agenda and every track inside it to finish rendering. */
async function settled(el: ClusterAgenda): Promise<void> {
  await el.updateComplete;
  await Promise.all(tracksOf(el).map((t) => t.updateComplete));
  await el.updateComplete;
}

/** Everything the reader sees as text, through the tracks' shadow roots, whitespace collapsed. */
function textOf(el: ClusterAgenda): string {
  const own = el.shadowRoot!.textContent ?? '';
  const tracks = tracksOf(el).map((t) => t.shadowRoot!.textContent ?? '');
  return [own, ...tracks].join(' ').replace(/\s+/g, ' ');
}

function sessionTitles(el: ClusterAgenda): string[] {
  return tracksOf(el).flatMap((t) =>
    [...t.shadowRoot!.querySelectorAll('li[id^="session-"] :is(h1,h2,h3,h4,h5,h6,[role="heading"])')].map((h) => h.textContent!.trim()),
  );
}

function headings(el: ClusterAgenda, selector = 'h1,h2,h3,h4,h5,h6'): string[] {
  return [...el.shadowRoot!.querySelectorAll(selector)].map((h) => `${h.localName}:${h.textContent!.replace(/\s+/g, ' ').trim()}`);
}

function status(el: ClusterAgenda): string {
  return el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim();
}

function favoriteButton(el: ClusterAgenda, sessionId: string): HTMLButtonElement {
  for (const track of tracksOf(el)) {
    const button = track.shadowRoot!.querySelector<HTMLButtonElement>(`#session-${sessionId} button[aria-pressed]`);
    if (button) return button;
  }
  throw new Error(`no favourite button for ${sessionId}`);
}

function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<cluster-agenda>', function () {
  // Axe checks and real fetches of a whole programme: slow on a busy two-core machine.
  this.timeout(30_000);
  beforeEach(() => {
    clearHash();
    localStorage.removeItem(favoritesKey('coast-day-fixture'));
  });
  afterEach(async () => {
    clearHash();
    localStorage.removeItem(favoritesKey('coast-day-fixture'));
    if (canEmulateMedia) await emulateMedia({ media: 'screen' });
  });

  describe('content', () => {
    it('renders the Varna 2018 demo: one undated day with the event date, two topics, the release order', async () => {
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${varna2018}></cluster-agenda>`);
      await settled(el);
      expect(headings(el)).to.deep.equal(['h2:July 6, 2018']);
      const tracks = tracksOf(el);
      expect(tracks.map((t) => t.shadowRoot!.querySelector('h3')!.textContent!.trim())).to.deep.equal([
        'Innovative Growth: New Business Opportunities',
        'Financial Support for Clusters',
      ]);
      expect(sessionTitles(el)).to.deep.equal(varna2018.event.sessions!.map((s) => (s.title as Record<string, string>)['en']));
      expect(status(el)).to.equal('8 sessions');
      const legend = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent!.trim());
      expect(legend).to.deep.equal(['Topics']);
      await expect(el).to.be.accessible();
    });

    it('shows days as sections with headings and topics one level below, in document order', async () => {
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${await fixtureDoc()}></cluster-agenda>`);
      await settled(el);
      expect(el.shadowRoot!.querySelectorAll('section')).to.have.length(2);
      expect(headings(el)).to.deep.equal(['h2:Tuesday, June 16, 2026', 'h2:Wednesday, June 17, 2026']);
      // The days are headed sections without an accessible name, so not region landmarks (HTML-AAM):
      // a five-day programme adds no five landmarks.
      for (const section of el.shadowRoot!.querySelectorAll('section')) {
        expect(['aria-labelledby', 'aria-label', 'title', 'role'].filter((name) => section.hasAttribute(name))).to.deep.equal([]);
      }
      const trackHeadings = tracksOf(el).map((t) => t.shadowRoot!.querySelector('h3')!.textContent!.trim());
      expect(trackHeadings).to.deep.equal(['Sea', 'Land', 'Sea', 'Other sessions']);
      expect(sessionTitles(el)).to.deep.equal(['Reef restoration', 'Dune paths', 'Electric ferries', 'Farewell']);
      expect(textOf(el)).to.contain('Mira Dóncheva').and.contain('Main hall').and.contain('10:00');
      await expect(el).to.be.accessible();
    });

    it('reflects heading-level, hide-past, time-display and src between attributes and properties', async () => {
      const el = await fixture<ClusterAgenda>(
        html`<cluster-agenda heading-level="3" time-display="both" hide-past show-json-ld now="2026-06-17T09:00:00+03:00"></cluster-agenda>`,
      );
      expect(el.headingLevel).to.equal(3);
      expect(el.timeDisplay).to.equal('both');
      expect(el.hidePast).to.equal(true);
      expect(el.showJsonLd).to.equal(true);
      expect(el.now).to.equal('2026-06-17T09:00:00+03:00');
      el.data = await fixtureDoc();
      await settled(el);
      expect(headings(el)[0]).to.match(/^h3:/);
      expect(tracksOf(el)[0]!.shadowRoot!.querySelector('h4')).to.exist;
      expect(tracksOf(el)[0]!.getAttribute('time-display')).to.equal('both');
      // Removing time-display goes back to the event's zone quietly: no "null is not one of" problem.
      let reported = 0;
      el.addEventListener('cluster-data-error', () => reported++);
      el.removeAttribute('time-display');
      await settled(el);
      expect([el.timeDisplay, tracksOf(el)[0]!.getAttribute('time-display'), reported]).to.deep.equal([null, 'event', 0]);
      el.setAttribute('heading-level', 'x');
      await settled(el);
      expect(headings(el)[0]).to.match(/^h2:/);
    });

    it('nests days, topics and sessions below heading-level 5 with aria-level 7 for session titles, never two levels alike', async () => {
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda heading-level="5" .data=${await fixtureDoc()}></cluster-agenda>`);
      await settled(el);
      expect(headings(el)[0]).to.equal('h5:Tuesday, June 16, 2026');
      const track = tracksOf(el)[0]!.shadowRoot!;
      expect(track.querySelector('h6[part="heading"]')!.textContent!.trim()).to.equal('Sea');
      const title = track.querySelector('li[id^="session-"] .title')!;
      expect([title.localName, title.getAttribute('role'), title.getAttribute('aria-level')]).to.deep.equal(['p', 'heading', '7']);
      await expect(el).to.be.accessible();
    });

    it('shows an empty programme as an accessible empty state', async () => {
      const doc = await fixtureDoc();
      doc.event.sessions = [];
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${doc}></cluster-agenda>`);
      await settled(el);
      const state = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(state.textContent!.trim()).to.equal('Nothing to show yet.');
      expect(el.shadowRoot!.querySelector('form')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows a single session without filter groups', async () => {
      const doc = await fixtureDoc();
      doc.event.sessions = doc.event.sessions!.slice(0, 1);
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${doc}></cluster-agenda>`);
      await settled(el);
      expect(sessionTitles(el)).to.deep.equal(['Reef restoration']);
      expect(status(el)).to.equal('1 session');
      expect(el.shadowRoot!.querySelectorAll('fieldset')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('speaks Bulgarian inside lang="bg", with long Bulgarian titles', async () => {
      const doc = await fixtureDoc();
      doc.event.sessions![0]!.title = {
        en: 'Reef restoration',
        bg: 'Възстановяване на изкуствените и естествените рифове край пристанищата на българското Черноморие и тяхното значение за рибарството',
      };
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><cluster-agenda .data=${doc}></cluster-agenda></div>`);
      const el = wrapper.querySelector('cluster-agenda')!;
      await settled(el);
      const text = textOf(el);
      expect(text).to.contain('Търсене в сесиите').and.contain('Теми').and.contain('Зали').and.contain('Само моите сесии');
      expect(text).to.contain('Изчистване на филтрите').and.contain('Изтегляне на календар (.ics)').and.contain('4 сесии');
      expect(headings(el)[0]).to.equal('h2:вторник, 16 юни 2026 г.');
      expect(text).to.contain('Море').and.contain('Други сесии').and.contain('българското Черноморие');
      await expect(el).to.be.accessible();
    });

    it('marks content in another language than the page with lang (WCAG 3.1.2): an English document on a Bulgarian page', async () => {
      const doc: EventDocument = {
        lang: 'en',
        people: [{ id: 'ana', name: 'Ana Fiktivna', jobTitle: 'Diver', organizationId: 'lab' }],
        organizations: [{ id: 'lab', name: 'Reef Lab' }],
        event: {
          id: 'lang-fixture',
          name: 'Reef day',
          timeZone: 'Europe/Sofia',
          start: '2026-06-16T10:00:00+03:00',
          tracks: [
            { id: 'sea', name: 'Sea', description: 'Under water.' },
            { id: 'land', name: { en: 'Land', bg: 'Суша' } },
          ],
          rooms: [
            { id: 'hall', name: 'Main hall' },
            { id: 'deck', name: { en: 'Deck', bg: 'Палуба' } },
          ],
          sessions: [
            {
              id: 'reef',
              title: 'Reef restoration',
              abstract: 'Artificial reefs.',
              start: '2026-06-16T10:00:00+03:00',
              end: '2026-06-16T10:45:00+03:00',
              trackId: 'sea',
              roomId: 'hall',
              participants: [{ personId: 'ana', role: 'speaker' }],
            },
            { id: 'dunes', title: { en: 'Dune paths', bg: 'Пътеки в дюните' }, start: '2026-06-16T11:00:00+03:00', trackId: 'land', roomId: 'deck' },
          ],
        },
      };
      /** The lang an element of a shadow tree is marked with, or '-' when it inherits the page's. */
      const langOf = (root: Node, text: string): string => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let node: Node | null;
        while ((node = walker.nextNode()) && node.textContent!.trim() !== text);
        expect(node, text).to.exist;
        return node!.parentElement!.closest('[lang]')?.getAttribute('lang') ?? '-';
      };
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><cluster-agenda .data=${doc}></cluster-agenda></div>`);
      const el = wrapper.querySelector('cluster-agenda')!;
      await settled(el);
      const own = el.shadowRoot!;
      expect(['Sea', 'Суша', 'Main hall', 'Палуба'].map((t) => langOf(own, t))).to.deep.equal(['en', '-', 'en', '-']);
      const [sea, land] = tracksOf(el).map((t) => t.shadowRoot!);
      const seaTexts = ['Sea', 'Under water.', 'Reef restoration', 'Main hall', 'Ana Fiktivna', 'Diver, Reef Lab', 'Artificial reefs.'];
      expect(seaTexts.map((t) => langOf(sea!, t))).to.deep.equal(seaTexts.map(() => 'en'));
      expect(['Суша', 'Пътеки в дюните', 'Палуба'].map((t) => langOf(land!, t))).to.deep.equal(['-', '-', '-']);
      await expect(el).to.be.accessible();
      // On an English page the same content needs no marking.
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => el.shadowRoot!.querySelector('[part="base"] [lang]') === null, 'the element follows the page language');
      await settled(el);
      expect([own, ...tracksOf(el).map((t) => t.shadowRoot!)].flatMap((root) => [...root.querySelectorAll('[lang]')])).to.have.length(0);
    });
  });

  describe('bad data and src', () => {
    it('renders invalid data as an error state, fires cluster-data-error and warns once', async () => {
      const warnings: unknown[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args[0]);
      try {
        const el = await fixture<ClusterAgenda>(html`<cluster-agenda></cluster-agenda>`);
        setTimeout(() => (el.data = { lang: 'en', event: { name: 'No id', start: 'tomorrow' } }));
        const event = await oneEvent(el, 'cluster-data-error');
        expect(event.detail.problems.length).to.be.greaterThan(0);
        expect(event.detail.problems.map((p: { path: string }) => p.path).join(' ')).to.contain('event');
        await settled(el);
        expect(el.shadowRoot!.querySelector('.state--error')!.textContent).to.contain('the data is not valid');
        const count = warnings.length;
        el.requestUpdate();
        await settled(el);
        expect(warnings.length).to.equal(count);
        await expect(el).to.be.accessible();
      } finally {
        console.warn = original;
      }
    });

    it('reports its own wrong time-display and now once and hands its tracks only valid values', async () => {
      const events: EventTarget[] = [];
      const problems: string[] = [];
      const onError = (e: Event): void => {
        events.push(e.composedPath()[0]!);
        problems.push(...(e as CustomEvent<{ problems: { path: string }[] }>).detail.problems.map((p) => p.path));
      };
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      document.addEventListener('cluster-data-error', onError);
      try {
        const el = await fixture<ClusterAgenda>(html`<cluster-agenda time-display="nearby" now="yesterday" .data=${await fixtureDoc()}></cluster-agenda>`);
        await settled(el);
        await waitUntil(() => warnings.length >= 2, 'both problems warned');
        expect(events).to.deep.equal([el]);
        expect(problems).to.deep.equal(['now', 'time-display']);
        expect(warnings).to.deep.equal([
          '<cluster-agenda> now: "yesterday" is not an RFC 3339 date-time; the real clock is used',
          '<cluster-agenda> time-display: "nearby" is not one of: event, viewer, both; event is used',
        ]);
        for (const track of tracksOf(el)) {
          expect(track.getAttribute('time-display')).to.equal('event');
          expect(track.hasAttribute('now')).to.equal(false);
        }
        expect(textOf(el)).to.contain('10:00');
        await expect(el).to.be.accessible();
      } finally {
        document.removeEventListener('cluster-data-error', onError);
        console.warn = original;
      }
    });

    it('loads an event document from src, showing a loading state first', async () => {
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda src=${EVENT_URL}></cluster-agenda>`);
      expect(el.shadowRoot!.querySelector('.state--loading')!.textContent).to.contain('Loading');
      await expect(el).to.be.accessible();
      await waitFor(() => sessionTitles(el).length === 4, el);
      expect(sessionTitles(el)[0]).to.equal('Reef restoration');
    });

    it('reads a frab / pretalx schedule.json from src, recognised by its shape', async () => {
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda src="${FIXTURES}/agenda-frab.json.txt"></cluster-agenda>`);
      await waitFor(() => sessionTitles(el).length === 1, el);
      expect(sessionTitles(el)).to.deep.equal(['Tide tables']);
      expect(textOf(el)).to.contain('Nora Vale').and.contain('Quay');
    });

    const failures = [
      ['an HTTP error', `${FIXTURES}/no-such-agenda.json`, 'could not be loaded (HTTP 404)', 'HTTP 404'],
      ['invalid JSON', `${FIXTURES}/agenda-broken.json.txt`, 'could not be loaded (the file is not valid JSON)', 'not valid JSON'],
      ['an invalid document', `${FIXTURES}/agenda-invalid.json.txt`, 'the data is not valid', 'event'],
      ['a network error', 'http://127.0.0.1:9/agenda.json', 'could not be loaded (network error)', 'network error'],
    ] as const;
    for (const [what, url, shown, reported] of failures) {
      it(`shows ${what} from src as an accessible error and fires cluster-data-error`, async () => {
        const original = console.warn;
        console.warn = () => undefined;
        try {
          const el = document.createElement('cluster-agenda');
          const error = oneEvent(el, 'cluster-data-error');
          el.src = url;
          await fixture(html`<div>${el}</div>`);
          const event = await error;
          expect(JSON.stringify(event.detail.problems)).to.contain(reported);
          await settled(el);
          const state = el.shadowRoot!.querySelector('.state--error')!;
          expect(state.getAttribute('role')).to.equal('status');
          expect(state.textContent).to.contain(shown);
          await expect(el).to.be.accessible();
          // A later valid src recovers.
          el.src = EVENT_URL;
          await waitFor(() => sessionTitles(el).length === 4, el);
          expect(el.shadowRoot!.querySelector('.state--error')).to.equal(null);
        } finally {
          console.warn = original;
        }
      });
    }

    it('aborts the previous fetch when src changes and ignores its late answer', async () => {
      const doc = await fixtureDoc();
      const original = window.fetch;
      const calls: { url: string; signal: AbortSignal; resolve: (r: Response) => void }[] = [];
      window.fetch = ((url: string, init: RequestInit) =>
        new Promise<Response>((resolve) => calls.push({ url, signal: init.signal!, resolve }))) as typeof fetch;
      try {
        const el = await fixture<ClusterAgenda>(html`<cluster-agenda src="/first.json"></cluster-agenda>`);
        el.src = '/second.json';
        await el.updateComplete;
        expect(calls.map((c) => c.url)).to.deep.equal(['/first.json', '/second.json']);
        expect(calls[0]!.signal.aborted).to.equal(true);
        expect(calls[1]!.signal.aborted).to.equal(false);
        const second = structuredClone(doc);
        second.event.sessions = second.event.sessions!.slice(0, 1);
        calls[1]!.resolve(new Response(JSON.stringify(second)));
        await waitFor(() => sessionTitles(el).length === 1, el);
        // The stale answer arrives late: it is read, then dropped.
        const stale = new Response(JSON.stringify(doc));
        calls[0]!.resolve(stale);
        await waitUntil(() => stale.bodyUsed, 'the stale answer is read');
        await settled(el);
        expect(sessionTitles(el)).to.deep.equal(['Reef restoration']);
      } finally {
        window.fetch = original;
      }
    });
  });

  describe('filters', () => {
    it('filters by text from the keyboard and announces the count once typing pauses', async () => {
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${await fixtureDoc()}></cluster-agenda>`);
      await settled(el);
      const changes: unknown[] = [];
      el.addEventListener('cluster-filter-change', (e) => changes.push(e.detail));
      const announced: string[] = [];
      const observer = new MutationObserver(() => announced.push(status(el)));
      observer.observe(el.shadowRoot!.querySelector('[part="count"]')!, { childList: true, characterData: true, subtree: true });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.id).to.equal('query');
      const clock = fakeTimers();
      try {
        await sendKeys({ type: 'DONCHEVA' });
        await settled(el);
        expect(sessionTitles(el)).to.deep.equal(['Reef restoration']);
        expect(status(el)).to.equal('4 sessions');
        clock.tick(SETTLE_MS - 1);
        await settled(el);
        expect(status(el), 'the count waits for the pause').to.equal('4 sessions');
        clock.tick(1);
        await settled(el);
      } finally {
        clock.restore();
      }
      expect(status(el)).to.equal('1 of 4 sessions shown');
      expect(announced.filter((a) => a !== '')).to.deep.equal(['1 of 4 sessions shown']);
      observer.disconnect();
      expect(changes).to.have.length(8);
      expect(changes.at(-1)).to.deep.equal({ tracks: [], rooms: [], query: 'DONCHEVA', onlyFavorites: false });
      await expect(el).to.be.accessible();
    });

    it('combines topic and room checkboxes, used with the keyboard', async () => {
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${await fixtureDoc()}></cluster-agenda>`);
      await settled(el);
      const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')];
      expect(boxes.map((b) => `${b.name}:${b.value}`)).to.deep.equal(['track:sea', 'track:land', 'room:hall', 'room:deck']);
      boxes[0]!.focus();
      await sendKeys({ press: 'Space' });
      await settled(el);
      expect(sessionTitles(el)).to.deep.equal(['Reef restoration', 'Electric ferries']);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await settled(el);
      // Sea AND Main hall.
      expect(sessionTitles(el)).to.deep.equal(['Reef restoration']);
      expect(boxes[2]!.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await settled(el);
      // Sea AND (Main hall OR Deck).
      expect(sessionTitles(el)).to.deep.equal(['Reef restoration', 'Electric ferries']);
      await expect(el).to.be.accessible();
    });

    it('says when nothing matches and clears every filter with one button, focusing the search', async () => {
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${await fixtureDoc()}></cluster-agenda>`);
      await settled(el);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
      input.value = 'zzz';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settled(el);
      expect(textOf(el)).to.contain('No sessions match these filters.');
      expect(tracksOf(el)).to.have.length(0);
      await expect(el).to.be.accessible();
      const clear = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Clear filters'))!;
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(sessionTitles(el)).to.have.length(4);
      expect(input.value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(input);
    });

    it('keeps the filters in the URL fragment, namespaced by element id, next to a session deep link', async () => {
      history.replaceState(null, '', '#session-nowhere&other=q:x');
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda id="coast" .data=${await fixtureDoc()}></cluster-agenda>`);
      await settled(el);
      const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset input')];
      boxes[1]!.click();
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
      const clock = fakeTimers();
      try {
        input.value = 'dune, path';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        expect(location.hash, 'the address waits for the pause').to.equal('#session-nowhere&other=q:x');
        clock.tick(SETTLE_MS);
      } finally {
        clock.restore();
      }
      expect(location.hash).to.equal('#session-nowhere&other=q:x&coast=track:land;q:dune%2C%20path');
      // A new element restores the state from the fragment.
      el.remove();
      const again = await fixture<ClusterAgenda>(html`<cluster-agenda id="coast" .data=${await fixtureDoc()}></cluster-agenda>`);
      await settled(again);
      expect(sessionTitles(again)).to.deep.equal(['Dune paths']);
      expect(again.shadowRoot!.querySelector<HTMLInputElement>('#query')!.value).to.equal('dune, path');
      expect(again.shadowRoot!.querySelector<HTMLInputElement>('input[value="land"]')!.checked).to.equal(true);
      // A changed fragment (a shared link pasted, back/forward) is applied without a filter-change event.
      let fired = 0;
      again.addEventListener('cluster-filter-change', () => fired++);
      location.hash = '#coast=room:hall;fav:0';
      await oneEvent(window, 'hashchange');
      await settled(again);
      expect(sessionTitles(again)).to.deep.equal(['Reef restoration', 'Farewell']);
      expect(fired).to.equal(0);
    });

    it('keeps checkboxes full size and counts on one line at 320 px in Bulgarian', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="bg" style="inline-size: 320px"><cluster-agenda .data=${blueSummit2026} now="2026-06-01T12:00:00+03:00"></cluster-agenda></div>`,
      );
      const el = wrapper.querySelector('cluster-agenda')!;
      await settled(el);
      const checks = [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('label.check')];
      expect(checks.map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.include('Зелени пристанища и логистика (5)');
      for (const check of checks) {
        const box = check.querySelector('input')!.getBoundingClientRect();
        expect(Math.round(box.width), check.textContent!).to.equal(20);
        const count = check.querySelector('.muted')!;
        const lines = new Set([...count.getClientRects()].map((r) => Math.round(r.top)));
        expect(lines.size, `${count.textContent} on one line`).to.equal(1);
      }
      await expect(el).to.be.accessible();
    });

    it('fires no filter-change event for programmatic changes', async () => {
      let fired = 0;
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda @cluster-filter-change=${() => fired++}></cluster-agenda>`);
      el.data = await fixtureDoc();
      await settled(el);
      el.data = varna2018;
      await settled(el);
      expect(fired).to.equal(0);
    });
  });

  describe('favourites', () => {
    it('marks sessions from the keyboard, stores them per event and restores them in a new element', async () => {
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${await fixtureDoc()}></cluster-agenda>`);
      await settled(el);
      const button = favoriteButton(el, 'ferries');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      button.focus();
      const event = oneEvent(el, 'cluster-favorite-change');
      await sendKeys({ press: 'Space' });
      const { detail } = await event;
      expect(detail).to.deep.equal({ sessionId: 'ferries', favorite: true });
      await settled(el);
      expect(favoriteButton(el, 'ferries').getAttribute('aria-pressed')).to.equal('true');
      expect(JSON.parse(localStorage.getItem('cluster-events:favorites:coast-day-fixture')!)).to.deep.equal(['ferries']);
      expect(textOf(el)).to.contain('(1 marked)');
      el.remove();

      const again = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${await fixtureDoc()}></cluster-agenda>`);
      await settled(again);
      expect(favoriteButton(again, 'ferries').getAttribute('aria-pressed')).to.equal('true');
      expect(favoriteButton(again, 'reef').getAttribute('aria-pressed')).to.equal('false');
      const only = again.shadowRoot!.querySelector<HTMLInputElement>('input[name="favorites"]')!;
      only.focus();
      await sendKeys({ press: 'Space' });
      await settled(again);
      expect(sessionTitles(again)).to.deep.equal(['Electric ferries']);
      await expect(again).to.be.accessible();
      // Unmarking the last one in "only my sessions" keeps focus inside the element.
      favoriteButton(again, 'ferries').focus();
      await sendKeys({ press: 'Enter' });
      await settled(again);
      expect(textOf(again)).to.contain('You have not marked any sessions as yours yet.');
      expect(again.shadowRoot!.activeElement).to.equal(only);
      expect(localStorage.getItem('cluster-events:favorites:coast-day-fixture')).to.equal(null);
    });

    it('keeps working in memory when storage throws, and says so', async () => {
      const doc = await fixtureDoc();
      doc.event.id = `storage-broken-${Date.now()}`;
      const proto = Storage.prototype;
      const { getItem, setItem } = proto;
      proto.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      proto.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${doc}></cluster-agenda>`);
        await settled(el);
        favoriteButton(el, 'reef').click();
        await settled(el);
        expect(favoriteButton(el, 'reef').getAttribute('aria-pressed')).to.equal('true');
        expect(textOf(el)).to.contain('kept only until you leave this page');
        await expect(el).to.be.accessible();
        // Another element of the same page still sees them.
        const other = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${doc}></cluster-agenda>`);
        await settled(other);
        expect(favoriteButton(other, 'reef').getAttribute('aria-pressed')).to.equal('true');
      } finally {
        proto.getItem = getItem;
        proto.setItem = setItem;
      }
    });
  });

  describe('calendar', () => {
    it('downloads the sessions shown as an .ics file', async () => {
      const doc = await fixtureDoc();
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda now="2026-06-01T12:00:00Z" .data=${doc}></cluster-agenda>`);
      await settled(el);
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
      input.value = 'reef';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settled(el);
      const capture = captureDownloads();
      try {
        const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Download calendar'))!;
        expect(el.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!.textContent).to.equal('Contains the 1 session shown.');
        button.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete; // The calendar writer loads on first use.
      } finally {
        capture.restore();
      }
      const names = capture.files.map((f) => f.name);
      const blobs = capture.files.map((f) => f.blob);
      expect(names).to.deep.equal(['coast-day-fixture.ics']);
      expect(blobs[0]!.type).to.contain('text/calendar');
      const ics = await blobs[0]!.text();
      expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
      expect(ics).to.contain('SUMMARY:Reef restoration');
      expect(ics).to.contain('DTSTART;TZID=Europe/Sofia:20260616T100000');
      expect(ics).to.contain('DTSTAMP:20260601T120000Z');
      expect(ics).not.to.contain('Dune paths');
    });
  });

  describe('add to calendar per session', () => {
    it("answers a track's calendar request with the session from the whole document, on Enter", async () => {
      const doc = await fixtureDoc();
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda now="2026-06-01T12:00:00Z" .data=${doc}></cluster-agenda>`);
      await settled(el);
      let button: HTMLButtonElement | null = null;
      for (const track of tracksOf(el)) {
        button ??=
          [...track.shadowRoot!.querySelectorAll<HTMLButtonElement>('#session-reef button')].find((b) => b.textContent!.includes('to calendar')) ?? null;
      }
      expect(button, 'calendar button of "reef"').not.to.equal(null);
      expect(button!.getAttribute('aria-label')).to.equal('Add to calendar: Reef restoration');
      const seen: { id: string; prevented: boolean }[] = [];
      const onRequest = (e: CustomEvent<{ sessionId: string }>): void => {
        seen.push({ id: e.detail.sessionId, prevented: e.defaultPrevented });
      };
      el.addEventListener('cluster-calendar-request', onRequest);
      const capture = captureDownloads();
      const track = (button!.getRootNode() as ShadowRoot).host as ClusterAgendaTrack;
      try {
        button!.focus();
        // The button opens the track's calendar menu; its first item is the file.
        await sendKeys({ press: 'Enter' });
        await track.updateComplete; // The calendar writer and the menu load on first use.
        const menu = track.shadowRoot!.getElementById('calendar-menu')!;
        expect(button!.getAttribute('aria-expanded')).to.equal('true');
        // The links come from the whole document: the session on the page, the venue.
        const google = new URL(menu.querySelector<HTMLAnchorElement>('a[href^="https://calendar.google.com/"]')!.href);
        expect(google.searchParams.get('details')).to.contain('https://example.org/');
        expect(google.searchParams.get('details')).to.contain('#reef');
        expect(seen, 'opening the menu asks for no file').to.deep.equal([]);
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await track.updateComplete;
      } finally {
        capture.restore();
        el.removeEventListener('cluster-calendar-request', onRequest);
      }
      const names = capture.files.map((f) => f.name);
      const blobs = capture.files.map((f) => f.blob);
      // The agenda answered (one file, not two) and the page learns that it did.
      expect(seen).to.deep.equal([{ id: 'reef', prevented: true }]);
      expect(names).to.deep.equal(['Reef restoration.ics']);
      const ics = await blobs[0]!.text();
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
      expect(ics).to.contain('SUMMARY:Reef restoration');
      // The document's base URL gives the UID host: the track alone could not know it.
      expect(ics).to.contain('UID:reef@example.org');
      expect(ics).to.contain('DTSTART;TZID=Europe/Sofia:20260616T100000');
      expect(ics).to.contain('DTSTAMP:20260601T120000Z');
      expect(ics).not.to.contain('Dune paths');
      await expect(el).to.be.accessible();
    });

    it('says in a plain sentence what the file holds when no session has a time, in English and Bulgarian', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><cluster-agenda .data=${varna2018}></cluster-agenda></div>`);
      const el = wrapper.querySelector('cluster-agenda')!;
      await settled(el);
      const hint = (): string =>
        el.shadowRoot!.getElementById(el.shadowRoot!.querySelector('[data-calendar]')!.getAttribute('aria-describedby')!)!.textContent!.trim();
      expect(hint()).to.equal('The sessions shown have no times, so the file contains only the event with its dates.');
      wrapper.setAttribute('lang', 'bg');
      await waitUntil(() => hint().startsWith('Показаните'), 'the hint follows the page language');
      await settled(el);
      expect(hint()).to.equal('Показаните сесии нямат часове, затова файлът съдържа само събитието с неговите дати.');
      await expect(el).to.be.accessible();
    });

    it('shows no per-session calendar button in the untimed Varna programme', async () => {
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${varna2018}></cluster-agenda>`);
      await settled(el);
      expect(tracksOf(el).length).to.be.greaterThan(0);
      for (const track of tracksOf(el)) {
        expect(track.showCalendar).to.equal(true);
        expect([...track.shadowRoot!.querySelectorAll('button')].filter((b) => b.textContent!.includes('to calendar'))).to.have.length(0);
      }
    });
  });

  describe('deep links, past days, print, layout, JSON-LD', () => {
    it('scrolls to, focuses and highlights #session-<id>, expanding its finished day', async () => {
      history.replaceState(null, '', '#session-dunes');
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda hide-past now="2026-06-17T09:00:00+03:00" .data=${await fixtureDoc()}></cluster-agenda>`);
      await waitUntil(() => focusedSession(el) === 'session-dunes', 'the linked session gets focus');
      await settled(el);
      const track = el.shadowRoot!.activeElement as ClusterAgendaTrack;
      expect(track.localName).to.equal('cluster-agenda-track');
      const focused = track.shadowRoot!.activeElement!;
      expect(focused.id).to.equal('session-dunes');
      expect(focused.getAttribute('part')).to.contain('session-highlighted');
      const toggle = el.shadowRoot!.querySelector('#day-0 button')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      // Following another deep link moves focus there.
      location.hash = '#session-farewell';
      await oneEvent(window, 'hashchange');
      await waitUntil(() => focusedSession(el) === 'session-farewell', 'focus follows the new link');
      await settled(el);
      const next = el.shadowRoot!.activeElement as ClusterAgendaTrack;
      expect(next.shadowRoot!.activeElement!.id).to.equal('session-farewell');
      await expect(el).to.be.accessible();
    });

    it('collapses finished days with hide-past behind a button that shows them again', async () => {
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda hide-past now="2026-06-17T09:00:00+03:00" .data=${await fixtureDoc()}></cluster-agenda>`);
      await settled(el);
      const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('#day-0 button')!;
      expect(toggle.textContent!.replace(/\s+/g, ' ').trim()).to.equal('▸Tuesday, June 16, 2026 (finished)');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      const body = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(getComputedStyle(body).display).to.equal('none');
      expect(el.shadowRoot!.querySelector('#day-1 button')).to.equal(null);
      await expect(el).to.be.accessible();
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await settled(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(body).display).to.equal('grid');
    });

    onlyIn(['chromium'], 'print media is emulated through the DevTools protocol')('prints every day expanded without the controls', async () => {
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda hide-past now="2026-06-17T09:00:00+03:00" .data=${await fixtureDoc()}></cluster-agenda>`);
      await settled(el);
      await emulateMedia({ media: 'print' });
      const body = el.shadowRoot!.getElementById('day-0-tracks')!;
      expect(getComputedStyle(body).display).to.not.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('form')!).display).to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="count"]')!).display).to.equal('none');
      expect(textOf(el)).to.contain('Main hall').and.contain('Mira Dóncheva').and.contain('10:00');
    });

    it('lays topics side by side when the element is wide and in one column when narrow, in the same order', async () => {
      const doc = await fixtureDoc();
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1100px"><cluster-agenda .data=${doc}></cluster-agenda></div>`);
      const el = wrapper.querySelector('cluster-agenda')!;
      await settled(el);
      const [sea, land] = tracksOf(el);
      expect(sea!.getBoundingClientRect().top).to.equal(land!.getBoundingClientRect().top);
      expect(sea!.getBoundingClientRect().left).to.be.lessThan(land!.getBoundingClientRect().left);
      const wideOrder = sessionTitles(el);
      wrapper.style.inlineSize = '360px';
      await waitUntil(() => sea!.getBoundingClientRect().top < land!.getBoundingClientRect().top, 'one column when narrow');
      expect(sea!.getBoundingClientRect().top).to.be.lessThan(land!.getBoundingClientRect().top);
      expect(sea!.getBoundingClientRect().left).to.equal(land!.getBoundingClientRect().left);
      expect(sessionTitles(el)).to.deep.equal(wideOrder);
    });

    it('keeps exactly one JSON-LD script in its light DOM in sync, and removes it when disconnected', async () => {
      const doc = await fixtureDoc();
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda show-json-ld .data=${doc}></cluster-agenda>`);
      await settled(el);
      const scripts = () => el.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts()).to.have.length(1);
      expect(el.shadowRoot!.querySelector('script')).to.equal(null);
      const graph = JSON.parse(scripts()[0]!.textContent!);
      expect(graph['@context']).to.equal('https://schema.org');
      expect(JSON.stringify(graph)).to.contain('Reef restoration');
      const renamed = structuredClone(doc);
      renamed.event.sessions![0]!.title = 'Reef repair';
      el.data = renamed;
      await settled(el);
      expect(scripts()).to.have.length(1);
      expect(scripts()[0]!.textContent).to.contain('Reef repair').and.not.contain('Reef restoration');
      const parent = el.parentNode!;
      el.remove();
      expect(scripts()).to.have.length(0);
      parent.append(el);
      await settled(el);
      expect(scripts()).to.have.length(1);
      el.showJsonLd = false;
      await settled(el);
      expect(scripts()).to.have.length(0);
    });

    it("adopts a JSON-LD script written with server-rendered HTML instead of adding a second, and leaves the page's own scripts alone", async () => {
      const doc = await fixtureDoc();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <cluster-agenda show-json-ld
            ><script type="application/ld+json" data-cluster-json-ld>
              { "@context": "https://schema.org", "name": "stale" }
            </script>
            <script type="application/ld+json">
              { "@context": "https://schema.org", "name": "the page's own" }
            </script></cluster-agenda
          >
        </div>`,
      );
      const el = wrapper.querySelector<ClusterAgenda>('cluster-agenda')!;
      el.data = doc;
      await settled(el);
      const marked = el.querySelectorAll('script[data-cluster-json-ld]');
      expect(marked).to.have.length(1);
      expect(marked[0]!.textContent).to.contain('Reef restoration').and.not.contain('stale');
      expect(el.querySelectorAll('script[type="application/ld+json"]:not([data-cluster-json-ld])')[0]!.textContent).to.contain("the page's own");
      // Filtering re-renders the programme but does not rewrite the script.
      const writes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => writes.push(...records));
      observer.observe(el, { childList: true, subtree: true, characterData: true });
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('#query')!;
      input.value = 'reef';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settled(el);
      expect(sessionTitles(el)).to.deep.equal(['Reef restoration']);
      await Promise.resolve();
      observer.disconnect();
      expect(writes).to.have.length(0);
    });

    it('writes no JSON-LD without show-json-ld', async () => {
      const el = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${await fixtureDoc()}></cluster-agenda>`);
      await settled(el);
      expect(el.querySelectorAll('script')).to.have.length(0);
    });

    it('still understands the deprecated emit-json-ld, warning once per page', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
      try {
        const doc = await fixtureDoc();
        const wrapper = await fixture<HTMLDivElement>(
          html`<div><cluster-agenda emit-json-ld .data=${doc}></cluster-agenda><cluster-agenda emit-json-ld .data=${doc}></cluster-agenda></div>`,
        );
        const [first, second] = [...wrapper.querySelectorAll('cluster-agenda')];
        await settled(first!);
        await settled(second!);
        expect([first!.showJsonLd, second!.emitJsonLd]).to.deep.equal([true, true]);
        expect(first!.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
        first!.removeAttribute('emit-json-ld');
        await settled(first!);
        expect(first!.querySelectorAll('script')).to.have.length(0);
        expect(warnings.filter((w) => w.includes('emit-json-ld'))).to.deep.equal([
          '<cluster-agenda> emit-json-ld is deprecated (it will be removed before 1.0): use show-json-ld, which does the same.',
        ]);
      } finally {
        console.warn = original;
      }
    });
  });
});

/** Waits until `check` passes once the element has settled (a fetch in flight), failing after two seconds. */
function waitFor(check: () => boolean, el: ClusterAgenda): Promise<void> {
  return waitUntil(
    async () => {
      await settled(el);
      return check();
    },
    'timed out',
    { interval: 20, timeout: 2000 },
  );
}

/** The id of the session that has focus inside the agenda's tracks, if any. */
function focusedSession(el: ClusterAgenda): string | undefined {
  return (el.shadowRoot!.activeElement as ClusterAgendaTrack | null)?.shadowRoot?.activeElement?.id;
}
