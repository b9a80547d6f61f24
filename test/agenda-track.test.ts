import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define/cluster-agenda-track.js';
import type { ClusterAgendaTrack, FavoriteChangeDetail } from '../src/components/agenda-track/agenda-track.js';
import { buildTrackModel, checkTrack, isoDuration } from '../src/data/agenda-track-view.js';
import { agendaStrings } from '../src/i18n/agenda.js';
import type { EventDocument } from '../src/data/types.js';
import type { AgendaSessionView, AgendaTrackView } from '../src/data/views.js';
import { blueSummit2026, varna2018 } from '../stories/data/index.js';
import { downloadsDuring } from './helpers/downloads.js';
import { canEmulateMedia, onlyIn } from './helpers/engine.js';
import { nameFromContent } from './helpers/names.js';
import { openedCalendarMenu } from './helpers/calendar-menu.js';
import { fakeTimers } from './helpers/timers.js';

/** The sessions of one track of a document with rooms and speakers resolved (what `<cluster-agenda>` passes). */
function trackOf(doc: EventDocument, trackId: string): AgendaTrackView {
  const event = doc.event;
  const track = event.tracks!.find((t) => t.id === trackId)!;
  const people = new Map((doc.people ?? []).map((p) => [p.id, p]));
  const orgs = new Map((doc.organizations ?? []).map((o) => [o.id, o]));
  const rooms = new Map((event.rooms ?? []).map((r) => [r.id, r]));
  const sessions = (event.sessions ?? [])
    .filter((s) => s.trackId === trackId)
    .map((s): AgendaSessionView => {
      const view: AgendaSessionView = { id: s.id, title: s.title };
      if (s.start) view.start = s.start;
      if (s.end) view.end = s.end;
      if (s.kind) view.kind = s.kind;
      if (s.status) view.status = s.status;
      if (s.abstract) view.abstract = s.abstract;
      if (s.url) view.url = s.url;
      const room = s.roomId ? rooms.get(s.roomId) : undefined;
      if (room) view.room = room.name;
      view.speakers = (s.participants ?? []).map((p) => {
        const person = people.get(p.personId)!;
        const org = person.organizationId ? orgs.get(person.organizationId) : undefined;
        return {
          id: person.id,
          role: p.role,
          ...(person.name ? { name: person.name } : {}),
          ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
          ...(org ? { organization: org.name } : person.affiliation ? { organization: person.affiliation } : {}),
        };
      });
      return view;
    });
  const view: AgendaTrackView = { id: track.id, name: track.name, timeZone: event.timeZone, sessions, lang: doc.lang };
  if (track.description) view.description = track.description;
  if (track.color) view.color = track.color;
  return view;
}

/** A small timed track in Europe/Sofia; sessions given out of time order on purpose. */
function timedTrack(): AgendaTrackView {
  return {
    id: 'ports',
    name: { en: 'Green Ports', bg: 'Зелени пристанища' },
    description: 'Cleaner ports.',
    color: '#2e7d32',
    timeZone: 'Europe/Sofia',
    sessions: [
      {
        id: 'b',
        title: 'Shore power in practice',
        start: '2026-06-17T11:30:00+03:00',
        end: '2026-06-17T12:15:00+03:00',
        kind: 'talk',
        room: 'Seagull Room',
        status: 'cancelled',
        url: 'https://example.org/shore-power',
        speakers: [{ name: 'Maria Petrova', jobTitle: 'Port Engineer', organization: 'Example Port Authority', role: 'speaker' }],
      },
      {
        id: 'a',
        title: 'Opening',
        start: '2026-06-17T10:00:00+03:00',
        end: '2026-06-17T10:45:00+03:00',
        kind: 'keynote',
        abstract: 'Why ports matter.',
        speakers: [
          { name: 'Ivan Georgiev', role: 'moderator' },
          { jobTitle: 'Representative', organization: 'Example Cluster' },
        ],
      },
      {
        id: 'c',
        title: 'Green corridors',
        start: '2026-06-17T13:30:00+03:00',
        end: '2026-06-17T15:00:00+03:00',
        kind: 'panel',
        status: 'moved-online',
        url: '/sessions/green-corridors',
      },
    ],
  };
}

const sessionItems = (el: ClusterAgendaTrack): HTMLLIElement[] => [...el.shadowRoot!.querySelectorAll<HTMLLIElement>('ol.sessions > li')];
const titles = (el: ClusterAgendaTrack): string[] => sessionItems(el).map((li) => li.querySelector('.title')!.textContent!.trim());
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What a sighted reader sees on a control: its text without the visually hidden name. */
const shown = (node: Element): string => {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return text(copy);
};

/** A session button's accessible name (its aria-label, which starts with the visible label) and its symbol from CSS. */
const nameOf = (button: Element): string => button.getAttribute('aria-label') ?? nameFromContent(button);
const symbolOf = (button: Element): string => {
  const content = getComputedStyle(button, '::before').content;
  // `"☆" / ""`: the symbol with empty alternative text (screen readers skip it).
  expect(content).to.match(/^"[^"]+" \/ ""$/);
  return content.slice(1, content.indexOf('"', 1));
};

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every node (elements, text, comments) under `root`. */
function nodeCount(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

/** Waits for CSS transitions (a pressed button's colours) to end, so contrast is checked on the final colours. */
async function settled(el: ClusterAgendaTrack): Promise<void> {
  await el.updateComplete;
  await Promise.all(el.shadowRoot!.getAnimations().map((a) => a.finished));
}

/** Collects console warnings while `run` executes. */
async function captureWarnings(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (message: string) => warnings.push(message);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('<cluster-agenda-track>', () => {
  describe('Varna 2018 (untimed programme)', () => {
    it('renders the real first topic in the given order with unnamed speakers by role and organisation', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${trackOf(varna2018, 'innovative-growth')}></cluster-agenda-track>`);
      const heading = el.shadowRoot!.querySelector('h3[part="heading"]');
      expect(text(heading)).to.equal('Innovative Growth: New Business Opportunities');
      expect(titles(el)).to.deep.equal([
        'Cluster practices in determining the innovative needs of SMEs',
        'Enterprise Europe Network Bulgaria: Prospects, Competitiveness and Innovation without Borders',
        'Sea Harmony: an innovation for artificial reefs',
        titles(el)[3],
      ]);
      expect(titles(el)[3]).to.match(/FORESDA/);
      expect(el.shadowRoot!.querySelectorAll('time')).to.have.length(0);
      expect(text(el.shadowRoot!.querySelector('[part="speakers"]'))).to.equal('Representative, Bulgarian Furniture Cluster');
      const badges = [...el.shadowRoot!.querySelectorAll('[part="badge"]')].map((b) => text(b));
      expect(badges).to.deep.equal(['Presentation', 'Presentation', 'Presentation', 'Presentation']);
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('speaks Bulgarian inside lang="bg"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="bg"><cluster-agenda-track .track=${trackOf(varna2018, 'financial-support')}></cluster-agenda-track></div>`,
      );
      const el = wrapper.querySelector('cluster-agenda-track')!;
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Финансова подкрепа за клъстерите');
      expect(text(el.shadowRoot!.querySelector('[part="speakers"]'))).to.equal('Представител, Асоциация на бизнес клъстерите');
      const badges = [...el.shadowRoot!.querySelectorAll('[part="badge"]')].map((b) => text(b));
      expect(badges).to.include('Дискусия');
      expect(badges).to.include('Презентация');
      const abstractButton = el.shadowRoot!.querySelector('button[aria-controls]');
      expect([symbolOf(abstractButton!), text(abstractButton)]).to.deep.equal(['▸', 'Резюме']);
      await settled(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('a timed track', () => {
    it('lists sessions by start with times, zone, duration, badges, room and linked titles', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${timedTrack()}></cluster-agenda-track>`);
      expect(titles(el)).to.deep.equal(['Opening', 'Shore power in practice', 'Green corridors']);
      const [opening, shore, corridors] = sessionItems(el);
      const time = opening!.querySelector('time.when__range')!;
      expect(time.getAttribute('datetime')).to.equal('2026-06-17T10:00:00+03:00');
      expect(text(time)).to.match(/^10:00\s*–\s*10:45\sAM GMT\+3$/);
      expect(text(opening!.querySelector('.when__duration'))).to.equal('45 min');
      expect(opening!.querySelector('.when__duration')!.getAttribute('datetime')).to.equal('PT45M');
      expect(text(corridors!.querySelector('.when__duration'))).to.equal('1 hr 30 min');
      expect(opening!.querySelector('[part="time"]')).to.exist;
      // Stacked by CSS, apart as text: "GMT+3, 45 min", not "GMT+345 min".
      expect(text(opening!.querySelector('.when'))).to.match(/^10:00\s*–\s*10:45\sAM GMT\+3, 45 min$/);
      expect(getComputedStyle(opening!.querySelector('.when .visually-hidden')!).position).to.equal('absolute');

      // Status in words, and a strike-through for the cancelled one.
      expect([...shore!.querySelectorAll('[part="badge"]')].map((b) => text(b))).to.deep.equal(['Cancelled', 'Talk']);
      expect(getComputedStyle(shore!.querySelector('.title')!).textDecorationLine).to.equal('line-through');
      expect(getComputedStyle(opening!.querySelector('.title')!).textDecorationLine).to.equal('none');
      expect([...corridors!.querySelectorAll('[part="badge"]')].map((b) => text(b))).to.deep.equal(['Moved online', 'Panel']);

      // Room with a label for screen readers; links only for the sessions that have a URL.
      expect(text(shore!.querySelector('.room'))).to.equal('Room: Seagull Room');
      const external = shore!.querySelector('a')!;
      expect(external.getAttribute('href')).to.equal('https://example.org/shore-power');
      expect(external.getAttribute('rel')).to.equal('noopener');
      const relative = corridors!.querySelector('a')!;
      expect(relative.getAttribute('href')).to.equal('/sessions/green-corridors');
      expect(relative.hasAttribute('rel')).to.equal(false);
      expect(opening!.querySelector('a') === null).to.equal(true);

      // Speakers with role, job title and organisation: one line per session, speakers apart by
      // semicolons once one of them has a role or more than a name; plain names by commas.
      const speakers = [...el.shadowRoot!.querySelectorAll('[part="speakers"]')].map((s) => text(s));
      expect(speakers).to.deep.equal(['Moderator: Ivan Georgiev; Representative, Example Cluster', 'Maria Petrova, Port Engineer, Example Port Authority']);
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('shows a changed session when a new track object comes, whether the session or its field was replaced', async () => {
      const track = timedTrack();
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${track}></cluster-agenda-track>`);
      const before = el.shadowRoot!.getElementById('session-b')!;
      el.track = { ...track, sessions: track.sessions.map((s) => (s.id === 'a' ? { ...s, title: 'Welcome' } : s)) };
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Welcome', 'Shore power in practice', 'Green corridors']);
      // The other sessions keep their list items.
      expect(el.shadowRoot!.getElementById('session-b') === before).to.equal(true);
      const sessions = el.track.sessions;
      sessions[2]!.start = '2026-06-17T09:00:00+03:00';
      sessions[2]!.end = '2026-06-17T09:30:00+03:00';
      el.track = { ...el.track, sessions: [...sessions] };
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Green corridors', 'Welcome', 'Shore power in practice']);
      expect(el.shadowRoot!.getElementById('session-b') === before).to.equal(true);
    });

    it('gives each session a focusable deep-link target', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${timedTrack()}></cluster-agenda-track>`);
      const item = el.shadowRoot!.getElementById('session-b')!;
      expect(item.tagName).to.equal('LI');
      expect(item.getAttribute('tabindex')).to.equal('-1');
      item.focus();
      expect(el.shadowRoot!.activeElement === item).to.equal(true);
    });

    it('puts untimed sessions after timed ones in the given order', async () => {
      const track = timedTrack();
      track.sessions = [{ id: 'u1', title: 'To be announced 1' }, ...track.sessions, { id: 'u2', title: 'To be announced 2' }];
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${track}></cluster-agenda-track>`);
      expect(titles(el)).to.deep.equal(['Opening', 'Shore power in practice', 'Green corridors', 'To be announced 1', 'To be announced 2']);
      expect(sessionItems(el)[3]!.querySelector('time') === null).to.equal(true);
    });

    it('names the day of each day of a track that spans two days', async () => {
      const track = timedTrack();
      track.sessions.push({ id: 'd2', title: 'Day two', start: '2026-06-18T09:30:00+03:00', end: '2026-06-18T10:00:00+03:00' });
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${track}></cluster-agenda-track>`);
      const days = sessionItems(el).map((li) => text(li.querySelector('.when__day')));
      expect(days).to.deep.equal(['Wed, June 17', '', '', 'Thu, June 18']);
      el.setAttribute('hide-day', '');
      await el.updateComplete;
      expect(el.hideDay).to.equal(true);
      expect(el.shadowRoot!.querySelector('.when__day') === null, 'hide-day: a heading above names the day').to.equal(true);
      await expect(el).to.be.accessible();
      el.removeAttribute('hide-day');
      await el.updateComplete;
      expect(sessionItems(el).map((li) => text(li.querySelector('.when__day')))).to.deep.equal(days);
    });

    it('shows a start-only session and an evening session crossing midnight', async () => {
      const track: AgendaTrackView = {
        name: 'Evening',
        timeZone: 'Europe/Sofia',
        sessions: [
          { id: 'late', title: 'Networking evening', start: '2026-06-17T21:00:00+03:00', end: '2026-06-18T00:30:00+03:00' },
          { id: 'open', title: 'Open end', start: '2026-06-17T23:00:00+03:00' },
        ],
      };
      let el!: ClusterAgendaTrack;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${track}></cluster-agenda-track>`);
      });
      // A start alone is valid data: a programme that gives only start times.
      expect(warnings).to.deep.equal([]);
      const [late, open] = sessionItems(el);
      expect(text(late!.querySelector('.when__range'))).to.match(/Jun 17.*9:00\sPM.*Jun 18.*12:30\sAM GMT\+3/);
      expect(text(late!.querySelector('.when__duration'))).to.equal('3 hr 30 min');
      expect(text(open!.querySelector('.when__range'))).to.match(/^11:00\sPM GMT\+3$/);
      expect(open!.querySelector('.when__duration') === null).to.equal(true);
    });
  });

  describe('headings', () => {
    it('follows heading-level for the track and puts session titles one level below', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track heading-level="2" .track=${timedTrack()}></cluster-agenda-track>`);
      expect(el.headingLevel).to.equal(2);
      expect(text(el.shadowRoot!.querySelector('h2[part="heading"]'))).to.equal('Green Ports');
      expect(el.shadowRoot!.querySelectorAll('h3.title')).to.have.length(3);
      el.setAttribute('heading-level', 'deep');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('h3[part="heading"]')).to.exist;
    });

    it('nests session titles below a level-6 track heading with aria-level instead of flattening them to h6', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track heading-level="6" .track=${timedTrack()}></cluster-agenda-track>`);
      expect(text(el.shadowRoot!.querySelector('h6[part="heading"]'))).to.equal('Green Ports');
      expect(el.shadowRoot!.querySelectorAll('h6.title')).to.have.length(0);
      const titles = [...el.shadowRoot!.querySelectorAll('p.title[role="heading"][aria-level="7"]')];
      expect(titles).to.have.length(3);
      await expect(el).to.be.accessible();
      el.headingLevel = 9;
      await el.updateComplete;
      const track = el.shadowRoot!.querySelector('[part="heading"]')!;
      expect([track.localName, track.getAttribute('role'), track.getAttribute('aria-level'), track.id]).to.deep.equal(['p', 'heading', '9', 'heading']);
      expect(el.shadowRoot!.querySelectorAll('.title[aria-level="10"]')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('leaves the heading to the parent with hide-heading and names the list instead', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track hide-heading .track=${timedTrack()}></cluster-agenda-track>`);
      expect(el.hideHeading).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="heading"]') === null).to.equal(true);
      expect(el.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Green Ports');
      expect(text(el.shadowRoot!.querySelector('.track__description'))).to.equal('Cleaner ports.');
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('still understands the deprecated no-heading and no-day, warning once per page for each', async () => {
      const track = timedTrack();
      track.sessions.push({ id: 'd2', title: 'Day two', start: '2026-06-18T09:30:00+03:00', end: '2026-06-18T10:00:00+03:00' });
      let first!: ClusterAgendaTrack;
      let second!: ClusterAgendaTrack;
      const warnings = await captureWarnings(async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <cluster-agenda-track no-heading no-day .track=${track}></cluster-agenda-track
            ><cluster-agenda-track no-heading no-day .track=${track}></cluster-agenda-track>
          </div>`,
        );
        const tracks = wrapper.querySelectorAll('cluster-agenda-track');
        expect(tracks).to.have.length(2);
        [first, second] = [tracks[0]!, tracks[1]!];
        await first.updateComplete;
        await second.updateComplete;
      });
      expect([first.hideHeading, first.hideDay, second.noHeading, second.noDay]).to.deep.equal([true, true, true, true]);
      expect(first.shadowRoot!.querySelector('[part="heading"]') === null).to.equal(true);
      expect(first.shadowRoot!.querySelector('.when__day') === null).to.equal(true);
      expect(warnings.filter((w) => / no-(heading|day) /.test(w)).sort()).to.deep.equal([
        '<cluster-agenda-track> no-day is deprecated (it will be removed before 1.0): use hide-day, which does the same.',
        '<cluster-agenda-track> no-heading is deprecated (it will be removed before 1.0): use hide-heading, which does the same.',
      ]);
      first.noHeading = false;
      first.removeAttribute('no-day');
      await first.updateComplete;
      expect([first.hideHeading, first.hideDay]).to.deep.equal([false, false]);
      expect(text(first.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Green Ports');
      expect(first.shadowRoot!.querySelector('.when__day')).to.exist;
      await expect(first).to.be.accessible();
    });
  });

  describe('abstract disclosure', () => {
    it('opens and closes with the keyboard and names the session', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${timedTrack()}></cluster-agenda-track>`);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!;
      const abstract = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect([symbolOf(button), shown(button), nameOf(button)]).to.deep.equal(['▸', 'Abstract', 'Abstract: Opening']);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      // Collapsed until found: find-in-page can reach it where the browser supports that.
      expect(abstract.getAttribute('hidden')).to.equal('until-found');
      expect(abstract.getBoundingClientRect().height).to.equal(0);
      expect(abstract.textContent).to.equal('Why ports matter.');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(abstract.hasAttribute('hidden')).to.equal(false);
      expect(abstract.getBoundingClientRect().height).to.be.greaterThan(0);
      await settled(el);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(abstract.getAttribute('hidden')).to.equal('until-found');
    });

    it('opens the abstract find-in-page reveals (beforematch), and its button says so', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${timedTrack()}></cluster-agenda-track>`);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!;
      const abstract = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      // What the browser fires before it removes hidden="until-found" to show a match.
      abstract.removeAttribute('hidden');
      abstract.dispatchEvent(new Event('beforematch', { bubbles: true }));
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(abstract.hasAttribute('hidden')).to.equal(false);
      // Anything else that bubbles the same event changes nothing.
      el.shadowRoot!.querySelector('.title')!.dispatchEvent(new Event('beforematch', { bubbles: true }));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('button[aria-expanded="true"]')).to.have.length(1);
    });
  });

  describe('the clock', () => {
    it('marks the session in progress at `now` and the finished ones', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track now="2026-06-17T11:40:00+03:00" .track=${timedTrack()}></cluster-agenda-track>`);
      const [opening, shore, corridors] = sessionItems(el);
      expect(text(opening!.querySelector('.finished'))).to.equal('Finished');
      expect(opening!.hasAttribute('aria-current')).to.equal(false);
      expect(shore!.getAttribute('aria-current')).to.equal('time');
      expect(text(shore!.querySelector('.badge--now'))).to.equal('Now');
      expect(shore!.querySelector('.finished') === null).to.equal(true);
      expect(corridors!.querySelector('.badge--now, .finished') === null).to.equal(true);
      await settled(el);
      await expect(el).to.be.accessible();

      el.now = '2026-06-17T14:00:00+03:00';
      await el.updateComplete;
      expect(sessionItems(el).map((li) => li.querySelector('.badge--now') !== null)).to.deep.equal([false, false, true]);
      expect(el.getAttribute('now')).to.equal('2026-06-17T11:40:00+03:00');
      el.setAttribute('now', '2026-06-17T10:10:00+03:00');
      await el.updateComplete;
      expect(el.now).to.equal('2026-06-17T10:10:00+03:00');
      expect(sessionItems(el).map((li) => li.querySelector('.badge--now') !== null)).to.deep.equal([true, false, false]);
    });

    it('uses the real clock without `now`', async () => {
      const minutes = (n: number): string =>
        new Date(Date.now() + n * 60_000)
          .toISOString()
          .replace('.000Z', 'Z')
          .replace(/\.\d+Z$/, 'Z');
      const track: AgendaTrackView = {
        name: 'Live',
        timeZone: 'Europe/Sofia',
        sessions: [
          { id: 'was', title: 'Earlier', start: minutes(-120), end: minutes(-60) },
          { id: 'is', title: 'Happening', start: minutes(-10), end: minutes(20) },
          { id: 'will', title: 'Later', start: minutes(60), end: minutes(90) },
        ],
      };
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${track}></cluster-agenda-track>`);
      const [was, is, will] = sessionItems(el);
      expect(was!.querySelector('.finished')).to.exist;
      expect(is!.getAttribute('aria-current')).to.equal('time');
      expect(will!.querySelector('.badge--now, .finished') === null).to.equal(true);
    });

    it('hides finished sessions behind a keyboard-operable button with hide-past', async () => {
      const el = await fixture<ClusterAgendaTrack>(
        html`<cluster-agenda-track hide-past now="2026-06-17T13:00:00+03:00" .track=${timedTrack()}></cluster-agenda-track>`,
      );
      expect(el.hidePast).to.equal(true);
      const visible = (): string[] =>
        sessionItems(el)
          .filter((li) => !li.hidden && li.offsetHeight > 0)
          .map((li) => li.id);
      expect(visible()).to.deep.equal(['session-c']);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.past-toggle')!;
      expect(text(button)).to.equal('Show 2 finished sessions');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('sessions');
      await settled(el);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === button).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(button)).to.equal('Hide 2 finished sessions');
      expect(visible()).to.deep.equal(['session-a', 'session-b', 'session-c']);
      expect(text(sessionItems(el)[0]!.querySelector('.finished'))).to.equal('Finished');
      await settled(el);
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(visible()).to.deep.equal(['session-c']);
    });

    it('moves a session from "Now" to "Finished" when it ends on the real clock', async () => {
      // The element's own clock (no now attribute), on a fake clock that the test moves.
      const clock = fakeTimers({ date: true });
      try {
        const iso = (ms: number): string => new Date(ms).toISOString();
        const now = clock.time;
        const track: AgendaTrackView = {
          name: 'Ending',
          timeZone: 'Europe/Sofia',
          sessions: [{ id: 'ending', title: 'Ending soon', start: iso(now - 600_000), end: iso(now + 400) }],
        };
        const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${track}></cluster-agenda-track>`);
        const item = (): HTMLLIElement => el.shadowRoot!.getElementById('session-ending') as HTMLLIElement;
        expect(item().getAttribute('aria-current')).to.equal('time');
        clock.tick(399);
        await el.updateComplete;
        expect(item().getAttribute('aria-current')).to.equal('time');
        // It looks at the clock again a moment after the end (a timer never fires early).
        clock.tick(101);
        await el.updateComplete;
        expect(item().hasAttribute('aria-current')).to.equal(false);
        expect(text(item().querySelector('.finished'))).to.equal('Finished');
      } finally {
        clock.restore();
      }
    });

    it('has no finished-sessions button without hide-past or without finished sessions', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track now="2026-06-17T13:00:00+03:00" .track=${timedTrack()}></cluster-agenda-track>`);
      expect(el.shadowRoot!.querySelector('.past-toggle') === null).to.equal(true);
      el.hidePast = true;
      el.now = '2026-06-17T08:00:00+03:00';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.past-toggle') === null).to.equal(true);
      expect(sessionItems(el).every((li) => !li.hidden)).to.equal(true);
    });

    it('reveals a hidden finished session for a deep link', async () => {
      const el = await fixture<ClusterAgendaTrack>(
        html`<cluster-agenda-track hide-past now="2026-06-17T13:00:00+03:00" .track=${timedTrack()}></cluster-agenda-track>`,
      );
      expect(el.shadowRoot!.getElementById('session-a')!.hidden).to.equal(true);
      const item = await el.revealSession('a');
      expect(item === el.shadowRoot!.getElementById('session-a')).to.equal(true);
      expect(item!.hidden).to.equal(false);
      expect(el.shadowRoot!.querySelector('.past-toggle')!.getAttribute('aria-expanded')).to.equal('true');
      expect((await el.revealSession('nope')) === null).to.equal(true);
    });

    it('highlights a session by id', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track highlighted-session="b" .track=${timedTrack()}></cluster-agenda-track>`);
      expect(el.shadowRoot!.getElementById('session-b')!.getAttribute('part')).to.equal('session session-highlighted');
      expect(el.shadowRoot!.getElementById('session-a')!.getAttribute('part')).to.equal('session');
    });
  });

  describe('favourites', () => {
    it('toggles with Space and Enter, fires cluster-favorite-change and flips aria-pressed', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track show-favorites .track=${timedTrack()}></cluster-agenda-track>`);
      expect(el.showFavorites).to.equal(true);
      const buttons = (): HTMLButtonElement[] => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-pressed]')];
      expect(buttons()).to.have.length(3);
      const opening = buttons()[0]!;
      expect([symbolOf(opening), shown(opening), nameOf(opening)]).to.deep.equal(['☆', 'Favourite', 'Favourite: Opening']);
      expect(opening.getAttribute('aria-pressed')).to.equal('false');
      await settled(el);
      await expect(el).to.be.accessible();

      const details: FavoriteChangeDetail[] = [];
      el.addEventListener('cluster-favorite-change', (e) => {
        expect(e.bubbles && e.composed).to.equal(true);
        details.push(e.detail);
      });
      // Tab: abstract button of "Opening", then its favourite button.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === opening).to.equal(true);
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(details).to.deep.equal([{ sessionId: 'a', favorite: true }]);
      expect(opening.getAttribute('aria-pressed')).to.equal('true');
      expect([symbolOf(opening), shown(opening), nameOf(opening)]).to.deep.equal(['★', 'Favourite', 'Favourite: Opening']);
      await settled(el);
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(details).to.deep.equal([
        { sessionId: 'a', favorite: true },
        { sessionId: 'a', favorite: false },
      ]);
      expect(opening.getAttribute('aria-pressed')).to.equal('false');
    });

    it('shows the favorites property without firing events', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track show-favorites .track=${timedTrack()}></cluster-agenda-track>`);
      let fired = 0;
      el.addEventListener('cluster-favorite-change', () => fired++);
      el.favorites = new Set(['b', 'c']);
      await el.updateComplete;
      const pressed = [...el.shadowRoot!.querySelectorAll('button[aria-pressed]')].map((b) => b.getAttribute('aria-pressed'));
      expect(pressed).to.deep.equal(['false', 'true', 'true']);
      el.favorites = new Set();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('button[aria-pressed="true"]')).to.have.length(0);
      expect(fired).to.equal(0);
    });

    it('lets a parent own the state: its favorites win, preventDefault keeps the button as it was', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track show-favorites .track=${timedTrack()}></cluster-agenda-track>`);
      const store = new Set<string>(['c']);
      el.favorites = new Set(store);
      el.addEventListener('cluster-favorite-change', (e) => {
        if (e.detail.sessionId === 'b') {
          e.preventDefault();
          return;
        }
        if (e.detail.favorite) store.add(e.detail.sessionId);
        else store.delete(e.detail.sessionId);
        el.favorites = new Set(store);
      });
      const button = (id: string): HTMLButtonElement => el.shadowRoot!.querySelector<HTMLButtonElement>(`#session-${id} button[aria-pressed]`)!;
      button('a').click();
      await el.updateComplete;
      expect([...el.favorites].sort()).to.deep.equal(['a', 'c']);
      expect(button('a').getAttribute('aria-pressed')).to.equal('true');
      button('b').click();
      await el.updateComplete;
      expect(button('b').getAttribute('aria-pressed')).to.equal('false');
      button('c').click();
      await el.updateComplete;
      expect(button('c').getAttribute('aria-pressed')).to.equal('false');
      expect([...store]).to.deep.equal(['a']);
    });

    it('accepts an array of ids and ignores a favorites value that is neither', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track show-favorites .track=${timedTrack()}></cluster-agenda-track>`);
      el.favorites = ['a'] as unknown as ReadonlySet<string>;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#session-a button[aria-pressed]')!.getAttribute('aria-pressed')).to.equal('true');
      el.favorites = 'a' as unknown as ReadonlySet<string>;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('button[aria-pressed="true"]')).to.have.length(0);
    });

    it('renders no favourite buttons without show-favorites', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${timedTrack()}></cluster-agenda-track>`);
      expect(el.shadowRoot!.querySelector('button[aria-pressed]') === null).to.equal(true);
    });
  });

  describe('add to calendar', () => {
    /** The accessible name of a button made of text: its text without the parts hidden from assistive tech. */
    const calendarButtons = (el: ClusterAgendaTrack): HTMLButtonElement[] =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter((b) => /calendar|календар/.test(b.textContent!));

    const captureDownloads = downloadsDuring;

    /** The track's calendar menu, once open. */
    const menuOf = (el: ClusterAgendaTrack): HTMLElement | null => el.shadowRoot!.getElementById('calendar-menu');

    /** Waits until the calendar menu is open (the writer and the menu load on first use). */
    const opened = openedCalendarMenu;

    /** Opens a session's calendar menu with a click and chooses the `.ics` file in it. */
    async function chooseFile(el: ClusterAgendaTrack, button: HTMLButtonElement): Promise<void> {
      button.click();
      const menu = await opened(el);
      menu.querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
    }

    function mixedTrack(): AgendaTrackView {
      const track = timedTrack();
      track.sessions.push({ id: 'later', title: 'Announced later', speakers: [{ name: 'Elena Dimitrova' }] });
      return track;
    }

    it('names one button per timed session "Add to calendar: <title>" and none for untimed sessions', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track show-calendar .track=${mixedTrack()}></cluster-agenda-track>`);
      expect(el.showCalendar).to.equal(true);
      expect(calendarButtons(el).map(nameOf)).to.deep.equal([
        'Add to calendar: Opening',
        'Add to calendar: Shore power in practice',
        'Add to calendar: Green corridors',
      ]);
      // Sighted readers see the short label; the title is in the list item already.
      expect([symbolOf(calendarButtons(el)[0]!), text(calendarButtons(el)[0])]).to.deep.equal(['+', 'Add to calendar']);
      expect(el.shadowRoot!.querySelector('#session-later button') === null).to.equal(true);
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('shows no calendar buttons without show-calendar, and none in the untimed Varna programme', async () => {
      const plain = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${timedTrack()}></cluster-agenda-track>`);
      expect(calendarButtons(plain)).to.have.length(0);
      const varna = await fixture<ClusterAgendaTrack>(
        html`<cluster-agenda-track show-calendar .track=${trackOf(varna2018, 'innovative-growth')}></cluster-agenda-track>`,
      );
      expect(varna.shadowRoot!.querySelectorAll('li[id^="session-"]').length).to.be.greaterThan(0);
      expect(calendarButtons(varna)).to.have.length(0);
      plain.setAttribute('show-calendar', '');
      await plain.updateComplete;
      expect(plain.showCalendar).to.equal(true);
      expect(calendarButtons(plain)).to.have.length(3);
    });

    it('fires cluster-calendar-request when the .ics file is chosen with Enter and, with no one answering, downloads a one-session .ics', async () => {
      const el = await fixture<ClusterAgendaTrack>(
        html`<cluster-agenda-track show-calendar now="2026-06-01T09:00:00Z" .track=${timedTrack()}></cluster-agenda-track>`,
      );
      const details: unknown[] = [];
      el.addEventListener('cluster-calendar-request', (e) => {
        expect(e.bubbles && e.composed && e.cancelable).to.equal(true);
        details.push(e.detail);
      });
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('#session-b button')!;
      expect(nameOf(button)).to.equal('Add to calendar: Shore power in practice');
      const files = await captureDownloads(async () => {
        button.focus();
        await sendKeys({ press: 'Enter' });
        await opened(el); // The calendar writer and the menu load on first use.
        expect(details, 'opening the menu asks for no file').to.deep.equal([]);
        expect(deepActive()?.textContent).to.equal('Calendar file (.ics)');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      });
      expect(details).to.deep.equal([{ sessionId: 'b' }]);
      expect(deepActive(), "focus returns to the session's button").to.equal(button);
      expect(files).to.have.length(1);
      const file = files[0]!;
      expect(file.name).to.equal('Shore power in practice.ics');
      expect(file.type).to.contain('text/calendar');
      // Long lines are folded (CRLF + space); read the content unfolded.
      const ics = file.text.replace(/\r\n /g, '');
      expect(file.text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).to.equal(true);
      expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
      expect(ics).to.match(/END:VCALENDAR\r\n$/);
      expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
      expect(ics).to.contain('BEGIN:VTIMEZONE\r\nTZID:Europe/Sofia');
      expect(ics).to.contain('UID:b@cluster-events');
      expect(ics).to.contain('DTSTAMP:20260601T090000Z');
      expect(ics).to.contain('DTSTART;TZID=Europe/Sofia:20260617T113000');
      expect(ics).to.contain('DTEND;TZID=Europe/Sofia:20260617T121500');
      expect(ics).to.contain('SUMMARY:Shore power in practice');
      expect(ics).to.contain('LOCATION:Seagull Room');
      expect(ics).to.contain('CATEGORIES:Green Ports');
      expect(ics).to.contain('DESCRIPTION:Speakers: Maria Petrova (Port Engineer\\, Example Port Authority)');
      expect(ics).to.contain('URL:https://example.org/shore-power');
      expect(ics).to.contain('STATUS:CANCELLED');
      expect(ics).not.to.contain('Opening');
    });

    it("writes a Markdown track's abstract as plain text in its .ics file and web calendar links, a plain one as it is", async () => {
      const abstract = 'Why **ports** matter: [the plan](https://example.org/plan)';
      const exported = async (textFormat: 'markdown' | 'plain'): Promise<{ ics: string; details: string }> => {
        const track = timedTrack();
        track.textFormat = textFormat;
        track.sessions.find((session) => session.id === 'a')!.abstract = abstract;
        const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track show-calendar .track=${track}></cluster-agenda-track>`);
        let details = '';
        const files = await captureDownloads(async () => {
          el.shadowRoot!.querySelector<HTMLButtonElement>('#session-a button[data-action="calendar"]')!.click();
          const menu = await opened(el);
          details = new URL(menu.querySelector<HTMLAnchorElement>('a')!.href).searchParams.get('details') ?? '';
          menu.querySelector<HTMLButtonElement>('button')!.click();
          await el.updateComplete;
        });
        expect(files).to.have.length(1);
        return { ics: files[0]!.text.replace(/\r\n /g, ''), details };
      };
      const markdown = await exported('markdown');
      expect(markdown.ics).to.contain('DESCRIPTION:Why ports matter: the plan (https://example.org/plan)');
      expect(markdown.details).to.contain('Why ports matter: the plan (https://example.org/plan)');
      const plain = await exported('plain');
      expect(plain.ics).to.contain(`DESCRIPTION:${abstract}`);
      expect(plain.details).to.contain(abstract);
    });

    describe('the calendar menu', () => {
      /** Instants of Google's `dates` (`YYYYMMDDTHHMMSSZ/…`). */
      const googleInstants = (href: string): string[] =>
        new URL(href).searchParams
          .get('dates')!
          .split('/')
          .map((s) => new Date(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`).toISOString());
      const items = (menu: HTMLElement): HTMLElement[] => [...menu.querySelectorAll<HTMLElement>('a, button')];

      it("opens on Enter under the session's button with the .ics file, Google Calendar and Outlook.com; Tab moves through them; Escape closes it and returns focus", async () => {
        const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track show-calendar .track=${timedTrack()}></cluster-agenda-track>`);
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>('#session-a button[data-action="calendar"]')!;
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.getAttribute('aria-controls')).to.equal('calendar-menu');
        expect(menuOf(el)).to.equal(null);
        await expect(el).to.be.accessible();
        button.focus();
        await sendKeys({ press: 'Enter' });
        const menu = await opened(el);
        expect(button.getAttribute('aria-expanded')).to.equal('true');
        expect(menu.getAttribute('aria-label')).to.equal('Add to calendar: Opening');
        expect(items(menu).map(text)).to.deep.equal(['Calendar file (.ics)', 'Google Calendar (opens in a new tab)', 'Outlook.com (opens in a new tab)']);
        const [, google, outlook] = items(menu) as [HTMLButtonElement, HTMLAnchorElement, HTMLAnchorElement];
        expect([google.target, google.rel, outlook.target, outlook.rel]).to.deep.equal(['_blank', 'noopener', '_blank', 'noopener']);
        expect(googleInstants(google.href)).to.deep.equal([
          new Date('2026-06-17T10:00:00+03:00').toISOString(),
          new Date('2026-06-17T10:45:00+03:00').toISOString(),
        ]);
        expect(new URL(google.href).searchParams.get('ctz')).to.equal('Europe/Sofia');
        expect(new URL(google.href).searchParams.get('details')).to.contain('Why ports matter.');
        expect(new URL(outlook.href).searchParams.get('startdt')).to.equal('2026-06-17T07:00:00Z');
        // The menu sits under the button that opened it.
        const b = button.getBoundingClientRect();
        const m = menu.getBoundingClientRect();
        expect(m.top).to.be.within(b.bottom - 1, b.bottom + 12);
        expect(getComputedStyle(menu).position).to.equal('absolute');
        await settled(el);
        await expect(el).to.be.accessible();
        expect(deepActive()).to.equal(items(menu)[0]);
        await sendKeys({ press: 'Tab' });
        expect(deepActive()).to.equal(google);
        await sendKeys({ press: 'Tab' });
        expect(deepActive()).to.equal(outlook);
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(menuOf(el)).to.equal(null);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(deepActive()).to.equal(button);
        // Space opens it too.
        await sendKeys({ press: 'Space' });
        await opened(el);
        expect(button.getAttribute('aria-expanded')).to.equal('true');
      });

      it('closes when Tab leaves its last item, going on from the button, and on Shift+Tab from its first item, back to the button', async () => {
        const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track show-calendar show-favorites .track=${timedTrack()}></cluster-agenda-track>`);
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>('#session-a button[data-action="calendar"]')!;
        button.focus();
        await sendKeys({ press: 'Enter' });
        await opened(el);
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        expect(menuOf(el)).to.equal(null);
        // The next control after the button: the title link of the next session.
        expect(deepActive()!.localName).to.equal('a');
        expect(text(deepActive())).to.equal('Shore power in practice');
        button.focus();
        await sendKeys({ press: 'Enter' });
        await opened(el);
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        await el.updateComplete;
        expect(menuOf(el)).to.equal(null);
        expect(deepActive()).to.equal(button);
      });

      it('closes on a click outside it without taking focus, and on a second press of its button', async () => {
        const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track show-calendar .track=${timedTrack()}></cluster-agenda-track>`);
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>('#session-b button[data-action="calendar"]')!;
        button.click();
        await opened(el);
        el.shadowRoot!.querySelector('.track__description')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(menuOf(el)).to.equal(null);
        button.click();
        await opened(el);
        button.click();
        await el.updateComplete;
        expect(menuOf(el)).to.equal(null);
      });

      it('closes when its button goes away (show-calendar removed) or the track changes', async () => {
        const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track show-calendar .track=${timedTrack()}></cluster-agenda-track>`);
        el.shadowRoot!.querySelector<HTMLButtonElement>('#session-a button[data-action="calendar"]')!.click();
        await opened(el);
        el.showCalendar = false;
        await el.updateComplete;
        await el.updateComplete;
        expect(menuOf(el)).to.equal(null);
        el.showCalendar = true;
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLButtonElement>('#session-a button[data-action="calendar"]')!.click();
        await opened(el);
        el.track = timedTrack();
        await el.updateComplete;
        expect(menuOf(el)).to.equal(null);
        expect(el.shadowRoot!.querySelector('#session-a button[data-action="calendar"]')!.getAttribute('aria-expanded')).to.equal('false');
      });

      it('is one menu for the whole track: opening it for another session moves it there', async () => {
        const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track show-calendar .track=${timedTrack()}></cluster-agenda-track>`);
        const [first, second] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-action="calendar"]')];
        first!.click();
        await opened(el);
        second!.click();
        await el.updateComplete;
        await waitUntil(() => menuOf(el)?.getAttribute('aria-label') === second!.getAttribute('aria-label'), 'the menu moved to the second session');
        expect(el.shadowRoot!.querySelectorAll('.calendar-menu')).to.have.length(1);
        expect(menuOf(el)!.getAttribute('aria-label')).to.equal(second!.getAttribute('aria-label'));
        expect([first!.getAttribute('aria-expanded'), second!.getAttribute('aria-expanded')]).to.deep.equal(['false', 'true']);
      });

      it('adds no node to a session: the track has the same nodes before the menu opens and after it closes', async () => {
        const el = await fixture<ClusterAgendaTrack>(
          html`<cluster-agenda-track
            show-calendar
            show-favorites
            .track=${trackOf(blueSummit2026, blueSummit2026.event.tracks![0]!.id)}
          ></cluster-agenda-track>`,
        );
        const before = nodeCount(el.shadowRoot!);
        const sessions = nodeCount(el.shadowRoot!.querySelector('ol')!);
        const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="calendar"]')!;
        button.click();
        const menu = await opened(el);
        expect(nodeCount(el.shadowRoot!.querySelector('ol')!), 'the sessions while the menu is open').to.equal(sessions);
        expect(nodeCount(el.shadowRoot!)).to.equal(before + 1 + nodeCount(menu));
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(nodeCount(el.shadowRoot!)).to.equal(before);
      });

      it('links a session of an agenda from the whole document (the venue, the session on the page) when calendarDocument is set', async () => {
        const doc = structuredClone(blueSummit2026) as EventDocument;
        const trackId = doc.event.tracks![0]!.id;
        const track = trackOf(doc, trackId);
        const session = track.sessions.find((s) => s.start)!;
        const el = await fixture<ClusterAgendaTrack>(
          html`<cluster-agenda-track show-calendar .track=${track} .calendarDocument=${doc}></cluster-agenda-track>`,
        );
        el.shadowRoot!.querySelector<HTMLButtonElement>(`#session-${session.id} button[data-action="calendar"]`)!.click();
        const menu = await opened(el);
        const google = new URL(menu.querySelector<HTMLAnchorElement>('a')!.href);
        expect(google.searchParams.get('location')).to.contain('Sandbar Congress Centre (fictional), 1 Example Quay, 8000 Burgas, Bulgaria');
        expect(googleInstants(google.href)[0]).to.equal(new Date(session.start!).toISOString());
      });

      it('names its items in Bulgarian', async () => {
        const el = await fixture<ClusterAgendaTrack>(
          html`<div lang="bg"><cluster-agenda-track show-calendar .track=${timedTrack()}></cluster-agenda-track></div>`,
        ).then((div) => div.querySelector('cluster-agenda-track')!);
        await el.updateComplete;
        el.shadowRoot!.querySelector<HTMLButtonElement>('#session-a button[data-action="calendar"]')!.click();
        const menu = await opened(el);
        expect(menu.getAttribute('aria-label')).to.equal('Добавяне в календара: Opening');
        expect(items(menu).map(text)).to.deep.equal([
          'Файл за календар (.ics)',
          'Google Календар (отваря се в нов раздел)',
          'Outlook.com (отваря се в нов раздел)',
        ]);
        await settled(el);
        await expect(el).to.be.accessible();
      });
    });

    it('writes the speakers by role and the session in the element language', async () => {
      const track = timedTrack();
      track.sessions[1]!.title = { en: 'Opening', bg: 'Откриване' };
      const el = await fixture<ClusterAgendaTrack>(html`<div lang="bg"><cluster-agenda-track show-calendar .track=${track}></cluster-agenda-track></div>`).then(
        (div) => div.querySelector('cluster-agenda-track')!,
      );
      await el.updateComplete;
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('#session-a button[data-action="calendar"]')!;
      expect(nameOf(button)).to.equal('Добавяне в календара: Откриване');
      await settled(el);
      await expect(el).to.be.accessible();
      const files = await captureDownloads(() => chooseFile(el, button));
      expect(files.map((f) => f.name)).to.deep.equal(['Откриване.ics']);
      const ics = files[0]!.text.replace(/\r\n /g, '');
      expect(ics).to.contain('SUMMARY:Откриване');
      expect(ics).to.contain('DTSTART;TZID=Europe/Sofia:20260617T100000');
      expect(ics).to.contain('Why ports matter.');
      expect(ics).to.contain('Ivan Georgiev');
      expect(ics).to.contain('Representative\\, Example Cluster');
    });

    it('downloads nothing when a listener calls preventDefault(), and fires nothing on property changes', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${timedTrack()}></cluster-agenda-track>`);
      let fired = 0;
      el.addEventListener('cluster-calendar-request', (e) => {
        fired++;
        e.preventDefault();
      });
      el.showCalendar = true;
      el.track = mixedTrack();
      await el.updateComplete;
      expect(fired).to.equal(0);
      const files = await captureDownloads(() => chooseFile(el, el.shadowRoot!.querySelector<HTMLButtonElement>('#session-c button')!));
      expect(fired).to.equal(1);
      expect(files).to.have.length(0);
    });
  });

  describe('print', () => {
    afterEach(async () => {
      if (canEmulateMedia) await emulateMedia({ media: 'screen' });
    });

    onlyIn(['chromium'], 'print media is emulated through the DevTools protocol')(
      'prints abstracts and hidden finished sessions, without buttons',
      async () => {
        const el = await fixture<ClusterAgendaTrack>(
          html`<cluster-agenda-track show-favorites hide-past now="2026-06-17T13:00:00+03:00" .track=${timedTrack()}></cluster-agenda-track>`,
        );
        const opening = el.shadowRoot!.getElementById('session-a')!;
        const abstract = opening.querySelector<HTMLElement>('.abstract')!;
        expect(opening.offsetHeight).to.equal(0);
        await emulateMedia({ media: 'print' });
        expect(opening.offsetHeight).to.be.greaterThan(0);
        expect(abstract.offsetHeight).to.be.greaterThan(0);
        for (const button of el.shadowRoot!.querySelectorAll('button')) {
          expect(getComputedStyle(button).display).to.equal('none');
        }
      },
    );
  });

  describe('a long track', () => {
    /** A track of `n` timed sessions, 15 minutes apart. */
    function longTrack(n: number): AgendaTrackView {
      const sessions: AgendaSessionView[] = Array.from({ length: n }, (_, i) => {
        const start = new Date(Date.UTC(2026, 5, 17, 6) + i * 15 * 60_000);
        const end = new Date(start.getTime() + 10 * 60_000);
        const iso = (d: Date): string => d.toISOString().replace('.000Z', 'Z');
        return { id: `s${i}`, title: `Session ${i}`, start: iso(start), end: iso(end), speakers: [{ name: 'Ana Example' }, { name: 'Bo Sample' }] };
      });
      return { name: 'Long', timeZone: 'Europe/Sofia', sessions };
    }

    it('leaves the sessions of a long list unrendered until they come near, and renders a short list whole', async () => {
      const long = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track show-favorites show-calendar .track=${longTrack(31)}></cluster-agenda-track>`);
      const short = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${longTrack(30)}></cluster-agenda-track>`);
      const items = (el: ClusterAgendaTrack) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.session')];
      expect(items(long)).to.have.length(31);
      expect(items(long).every((li) => getComputedStyle(li).contentVisibility === 'auto')).to.equal(true);
      expect(items(short).every((li) => getComputedStyle(li).contentVisibility === 'visible')).to.equal(true);
      // Plain names on one line, by commas; every session's text is in the DOM (find-in-page).
      expect(text(items(long)[30]!.querySelector('[part="speakers"]'))).to.equal('Ana Example, Bo Sample');
      expect(long.shadowRoot!.textContent).to.include('Session 30');
      // A session that has focus is rendered whole, so its focus ring is not clipped.
      const last = items(long)[30]!;
      last.querySelector('button')!.focus();
      expect(getComputedStyle(last).contentVisibility).to.equal('visible');
    });

    it('renders every session at once with --cluster-session-visibility: visible, and passes axe so', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="--cluster-session-visibility: visible">
          <cluster-agenda-track show-favorites show-calendar .track=${longTrack(40)}></cluster-agenda-track>
        </div>`,
      );
      const el = wrapper.querySelector('cluster-agenda-track')!;
      await el.updateComplete;
      const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.session')];
      expect(items.every((li) => getComputedStyle(li).contentVisibility === 'visible')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    onlyIn(['chromium'], 'print media is emulated through the DevTools protocol')('prints every session', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${longTrack(40)}></cluster-agenda-track>`);
      await emulateMedia({ media: 'print' });
      try {
        const items = [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.session')];
        expect(items.every((li) => getComputedStyle(li).contentVisibility === 'visible')).to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('track colour', () => {
    it('uses a valid colour as the border accent only', async () => {
      const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${timedTrack()}></cluster-agenda-track>`);
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(base.style.getPropertyValue('--_track-accent')).to.equal('#2e7d32');
      expect(getComputedStyle(base).borderInlineStartColor).to.equal('rgb(46, 125, 50)');
      expect(getComputedStyle(base).backgroundColor).to.not.equal('rgb(46, 125, 50)');
    });

    it('refuses a colour that is not one and says so', async () => {
      const track = { ...timedTrack(), color: 'red; background: url(https://example.org/x.png)' };
      let problems: { path: string; message: string }[] = [];
      const warnings = await captureWarnings(async () => {
        const el = await fixture<ClusterAgendaTrack>(
          html`<cluster-agenda-track @cluster-data-error=${(e: CustomEvent) => (problems = e.detail.problems)} .track=${track}></cluster-agenda-track>`,
        );
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
        expect(base.getAttribute('style') ?? '').to.equal('');
        expect(titles(el)).to.have.length(3);
      });
      expect(problems.map((p) => p.path)).to.deep.equal(['track.color']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^<cluster-agenda-track> track\.color: .* is not a colour/);
    });
  });

  describe('bad input', () => {
    it('does not link an unsafe URL and reports it', async () => {
      const track = timedTrack();
      track.sessions[0]!.url = 'javascript:alert(1)';
      let problems: { path: string; message: string }[] = [];
      await captureWarnings(async () => {
        const el = await fixture<ClusterAgendaTrack>(
          html`<cluster-agenda-track @cluster-data-error=${(e: CustomEvent) => (problems = e.detail.problems)} .track=${track}></cluster-agenda-track>`,
        );
        const shore = el.shadowRoot!.getElementById('session-b')!;
        expect(shore.querySelector('a') === null).to.equal(true);
        expect(text(shore.querySelector('.title'))).to.equal('Shore power in practice');
        expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
      });
      expect(problems).to.deep.equal([
        {
          path: 'track.sessions[0].url',
          message: '"javascript:alert(1)" is not a safe link (only http, https, mailto, tel or relative)',
        },
      ]);
    });

    it('shows an accessible error state for a null track and warns once', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track .track=${null}></cluster-agenda-track>`);
        const status = el.shadowRoot!.querySelector('[role="status"]')!;
        expect(text(status)).to.contain('could not be shown');
        await settled(el);
        await expect(el).to.be.accessible();
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.deep.equal(['<cluster-agenda-track> track: expected a track (an object), got null']);
    });

    it('fires cluster-data-error with paths when sessions is not a list', async () => {
      const el = document.createElement('cluster-agenda-track');
      const bad = { name: 'Broken', timeZone: 'Europe/Sofia', sessions: 'soon' } as unknown as AgendaTrackView;
      const warnings = await captureWarnings(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const reported = oneEvent(el, 'cluster-data-error');
        el.track = bad;
        wrapper.append(el);
        const event = await reported;
        expect(event.detail.problems).to.deep.equal([{ path: 'track.sessions', message: 'expected a list, got the text "soon"' }]);
        // The warning comes once its module has loaded (on demand); updateComplete waits for it.
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Broken');
      expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.contain('The sessions of this topic could not be shown: the data is not valid.');
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('shows a session with start "tomorrow" without times, as a document does, and reports the path', async () => {
      const track = timedTrack();
      track.sessions[1]!.start = 'tomorrow';
      let problems: { path: string; message: string }[] = [];
      const warnings = await captureWarnings(async () => {
        const el = await fixture<ClusterAgendaTrack>(
          html`<cluster-agenda-track @cluster-data-error=${(e: CustomEvent) => (problems = e.detail.problems)} .track=${track}></cluster-agenda-track>`,
        );
        expect(titles(el)).to.deep.equal(['Shore power in practice', 'Green corridors', 'Opening']);
        expect(el.shadowRoot!.querySelector('#session-a time') === null).to.equal(true);
        await settled(el);
        await expect(el).to.be.accessible();
      });
      expect(problems).to.deep.equal([
        {
          path: 'track.sessions[1].start',
          message: '"tomorrow" is not an RFC 3339 date-time',
        },
      ]);
      expect(warnings).to.have.length(1);
    });

    it('survives hostile sessions and speakers without throwing', async () => {
      const track = {
        name: 'Odd',
        timeZone: 'Mars/Olympus',
        sessions: [
          null,
          42,
          { id: 'ok', title: 'Fine', start: '2026-06-17T10:00:00', end: '2026-06-17T11:00:00+03:00' },
          { id: 'fine', title: { en: 'Kept' }, kind: 'lecture', status: 'maybe', speakers: [null, {}, { name: 'Real Person', role: 'host' }] },
          { id: 'fine', title: 'Duplicate id' },
          { title: 'No id' },
          { id: 'late', title: 'Ends first', start: '2026-06-17T12:00:00+03:00', end: '2026-06-17T11:00:00+03:00' },
          {
            id: 'getter',
            get title(): string {
              throw new Error('boom');
            },
          },
          { id: 'end-only', title: 'End only', end: '2026-06-17T11:00:00+03:00', speakers: 'Ana' },
        ],
      } as unknown as AgendaTrackView;
      let problems: { path: string; message: string }[] = [];
      await captureWarnings(async () => {
        const el = await fixture<ClusterAgendaTrack>(
          html`<cluster-agenda-track @cluster-data-error=${(e: CustomEvent) => (problems = e.detail.problems)} .track=${track}></cluster-agenda-track>`,
        );
        expect(titles(el)).to.deep.equal(['Ends first', 'Fine', 'Kept', 'End only']);
        expect(el.shadowRoot!.querySelector('#session-end-only time') === null).to.equal(true);
        const ends = el.shadowRoot!.getElementById('session-late')!;
        expect(text(ends.querySelector('.when__range'))).to.match(/^9:00\sAM UTC$/);
        expect(text(el.shadowRoot!.querySelector('#session-fine [part="speakers"]'))).to.equal('Real Person');
        expect(el.shadowRoot!.querySelector('#session-fine [part="badge"]') === null).to.equal(true);
        await settled(el);
        await expect(el).to.be.accessible();
      });
      const paths = problems.map((p) => p.path);
      expect(paths).to.include.members([
        'track.timeZone',
        'track.sessions[0]',
        'track.sessions[1]',
        'track.sessions[2].start',
        'track.sessions[3].kind',
        'track.sessions[3].status',
        'track.sessions[3].speakers[0]',
        'track.sessions[3].speakers[1]',
        'track.sessions[3].speakers[2].role',
        'track.sessions[4].id',
        'track.sessions[5].id',
        'track.sessions[6].end',
        'track.sessions[7].title',
        'track.sessions[8].end',
        'track.sessions[8].speakers',
      ]);
      const zone = problems.find((p) => p.path === 'track.timeZone')!;
      expect(zone.message).to.equal('"Mars/Olympus" is not a known IANA time zone (like "Europe/Sofia"); times are shown in UTC');
      const offsetless = problems.find((p) => p.path === 'track.sessions[2].start')!;
      expect(offsetless.message).to.contain('has no UTC offset');
    });

    it('shows an empty state for a track without sessions and before a track is set', async () => {
      const empty = await fixture<ClusterAgendaTrack>(
        html`<cluster-agenda-track .track=${{ name: 'Soon', timeZone: 'Europe/Sofia', sessions: [] }}></cluster-agenda-track>`,
      );
      expect(text(empty.shadowRoot!.querySelector('[role="status"]'))).to.equal('No sessions in this topic yet.');
      await expect(empty).to.be.accessible();
      const unset = await fixture<ClusterAgendaTrack>(html`<cluster-agenda-track></cluster-agenda-track>`);
      expect(text(unset.shadowRoot!.querySelector('[role="status"]'))).to.equal('Nothing to show yet.');
      await expect(unset).to.be.accessible();
    });

    it('reports a malformed now and an unknown time-display, then falls back', async () => {
      let problems: { path: string; message: string }[] = [];
      await captureWarnings(async () => {
        const el = await fixture<ClusterAgendaTrack>(
          html`<cluster-agenda-track
            now="teatime"
            time-display="local"
            @cluster-data-error=${(e: CustomEvent) => (problems = e.detail.problems)}
            .track=${timedTrack()}
          ></cluster-agenda-track>`,
        );
        expect(text(sessionItems(el)[0]!.querySelector('.when__range'))).to.contain('GMT+3');
      });
      expect(problems.map((p) => p.path)).to.deep.equal(['now', 'time-display']);
    });
  });

  describe('Bulgarian and narrow layouts', () => {
    it('uses Bulgarian UI strings and Intl formats', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="bg">
          <cluster-agenda-track show-favorites hide-past now="2026-06-17T11:40:00+03:00" .track=${timedTrack()}></cluster-agenda-track>
        </div>`,
      );
      const el = wrapper.querySelector('cluster-agenda-track')!;
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Зелени пристанища');
      // Buttons in the verbal-noun form; session statuses agree with "сесия" (feminine).
      expect(text(el.shadowRoot!.querySelector('.past-toggle'))).to.equal('Показване на 1 приключила сесия');
      const [, shore] = sessionItems(el);
      expect(text(shore!.querySelector('.badge--now'))).to.equal('Сега');
      expect([...shore!.querySelectorAll('[part="badge"]')].map((b) => text(b))).to.deep.equal(['Сега', 'Отменена', 'Доклад']);
      expect(text(shore!.querySelector('.when__range'))).to.match(/^11:30\sч\.\s–\s12:15\sч\.\sГринуич\+3$/);
      expect(text(shore!.querySelector('.when__duration'))).to.equal('45 мин');
      expect(text(shore!.querySelector('.room'))).to.equal('Място: Seagull Room');
      const favorite = shore!.querySelector('button[aria-pressed]')!;
      expect([symbolOf(favorite), shown(favorite), nameOf(favorite)]).to.deep.equal(['☆', 'Моя сесия', 'Моя сесия: Shore power in practice']);
      await settled(el);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.past-toggle')!.click();
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('.past-toggle'))).to.equal('Скриване на 1 приключила сесия');
      // The other statuses, also feminine.
      const track = timedTrack();
      track.sessions = track.sessions.map((session, i) => ({ ...session, status: (['postponed', 'moved-online', 'rescheduled'] as const)[i]! }));
      el.track = track;
      await el.updateComplete;
      expect([...el.shadowRoot!.querySelectorAll('.badge[class*="badge--"]:not(.badge--now)')].map((b) => text(b))).to.have.members([
        'Отложена',
        'Преместена онлайн',
        'С нова дата',
      ]);
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('wraps long Bulgarian titles without horizontal overflow at 320px', async () => {
      const long =
        'Възможности за финансиране на клъстерни организации по Оперативна програма „Иновации и конкурентоспособност“ 2014–2020 и тяхното приложение в малките и средните предприятия';
      const track: AgendaTrackView = {
        name: 'Финансова подкрепа за клъстерите в Югоизточна Европа и Черноморския регион',
        timeZone: 'Europe/Sofia',
        sessions: [
          {
            id: 'long',
            title: long,
            start: '2026-06-17T10:00:00+03:00',
            end: '2026-06-17T11:30:00+03:00',
            kind: 'discussion',
            room: 'Конгресен център „Пясъчна коса“, зала „Пеликан“',
            abstract: 'Научноизследователскаиразвойнадейностбезинтервали'.repeat(3),
            speakers: [{ jobTitle: 'Представител', organization: 'Асоциация на бизнес клъстерите' }],
          },
        ],
      };
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="bg" style="inline-size: 320px"><cluster-agenda-track show-favorites .track=${track}></cluster-agenda-track></div>`,
      );
      const el = wrapper.querySelector('cluster-agenda-track')!;
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!.click();
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(el.getBoundingClientRect().width).to.equal(320);
      const visible = [...base.querySelectorAll<HTMLElement>('*')].filter((n) => !n.closest('.visually-hidden'));
      for (const node of [base, ...visible]) {
        expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth || node.scrollWidth);
      }
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const title = el.shadowRoot!.querySelector<HTMLElement>('.title')!;
      expect(title.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
      // Narrow: time stacked above the content, not beside it.
      const item = sessionItems(el)[0]!;
      expect(getComputedStyle(item).gridTemplateColumns.split(' ')).to.have.length(1);
    });

    it('lays out time and content side by side when wide', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 900px"><cluster-agenda-track .track=${timedTrack()}></cluster-agenda-track></div>`,
      );
      const el = wrapper.querySelector('cluster-agenda-track')!;
      await el.updateComplete;
      const item = sessionItems(el)[0]!;
      expect(getComputedStyle(item).gridTemplateColumns.split(' ')).to.have.length(2);
      const when = item.querySelector('.when')!.getBoundingClientRect();
      const body = item.querySelector('.body')!.getBoundingClientRect();
      expect(body.left).to.be.greaterThan(when.right - 1);
    });

    it('follows a language change of the page', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><cluster-agenda-track .track=${timedTrack()}></cluster-agenda-track></div>`);
      const el = wrapper.querySelector('cluster-agenda-track')!;
      wrapper.setAttribute('lang', 'bg');
      await waitUntil(() => text(el.shadowRoot!.querySelector('[part="heading"]')) === 'Зелени пристанища', 'the track follows the page into Bulgarian');
      await el.updateComplete;
      expect(text(sessionItems(el)[0]!.querySelector('[part="badge"]'))).to.equal('Основен доклад');
    });
  });

  describe('the view model (pure functions)', () => {
    it('compares zones per session: Europe/London and a UTC+0 viewer in the EU daylight-saving week', () => {
      const { track, problems } = checkTrack({
        name: 'DST',
        timeZone: 'Europe/London',
        sessions: [
          { id: 'before', title: 'Before the change', start: '2026-03-29T00:30:00Z', end: '2026-03-29T00:45:00Z' },
          { id: 'after', title: 'After the change', start: '2026-03-29T10:00:00+01:00', end: '2026-03-29T10:30:00+01:00' },
        ],
      });
      expect(problems).to.deep.equal([]);
      const model = buildTrackModel(track!, {
        lang: 'en-GB',
        locale: 'en-GB',
        display: 'both',
        viewerZone: 'Africa/Abidjan',
        strings: agendaStrings('en'),
      });
      const [before, after] = model.rows.map((r) => r.session.when!);
      expect(before!.range).to.match(/^00:30–00:45 GMT$/);
      expect(before!.viewerRange).to.equal('');
      expect(after!.range).to.match(/^10:00–10:30 BST$/);
      expect(after!.viewerRange).to.match(/^09:00–09:30 GMT$/);
    });

    it('labels Sofia times with the offset that applies on each side of the change', () => {
      const { track } = checkTrack({
        name: 'DST',
        timeZone: 'Europe/Sofia',
        sessions: [
          { id: 'x', title: 'Night before', start: '2026-03-29T02:30:00+02:00', end: '2026-03-29T02:50:00+02:00' },
          { id: 'y', title: 'Morning after', start: '2026-03-29T09:00:00+03:00', end: '2026-03-29T09:20:00+03:00' },
        ],
      });
      const model = buildTrackModel(track!, {
        lang: 'en',
        locale: 'en',
        display: 'both',
        viewerZone: 'Europe/London',
        strings: agendaStrings('en'),
      });
      const [x, y] = model.rows.map((r) => r.session.when!);
      expect(x!.range).to.match(/GMT\+2$/);
      expect(x!.viewerRange).to.match(/^12:30\s*–\s*12:50\sAM GMT$/);
      expect(y!.range).to.match(/GMT\+3$/);
      expect(y!.viewerRange).to.match(/^7:00\s*–\s*7:20\sAM GMT\+1$/);
    });

    it('writes ISO 8601 durations', () => {
      expect(isoDuration(45)).to.equal('PT45M');
      expect(isoDuration(90)).to.equal('PT1H30M');
      expect(isoDuration(120)).to.equal('PT2H');
      expect(isoDuration(0)).to.equal('PT0M');
    });
  });
});
