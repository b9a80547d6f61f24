// UI strings a site registers (registerStrings): a whole language (Romanian, the optional module
// src/locales/ro.ts), single labels changed, a partial language with one warning naming what it
// lacks, registrations after elements rendered, and bad input. A page of its own (module state is
// fresh); each test registers its own language tag, or restores what it changed.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/cluster-event.js';
import '../src/define/cluster-event-header.js';
import '../src/define/cluster-agenda.js';
import '../src/define/cluster-agenda-track.js';
import '../src/define/cluster-funding-call-banner.js';
import ro from '../src/locales/ro.js';
import { registerStrings, type UiStrings, type UiStringsOverride } from '../src/index.js';
import { preloadStrings, stringsChecked, stringsLanguage, stringsOf } from '../src/i18n/strings.js';
import { problemStrings } from '../src/i18n/problems.js';
import { exportStrings, type ExportStrings } from '../src/i18n/export.js';
import { icsForEvent, toICalendar, toJsonLd, webCalendarLinks } from '../src/export/index.js';
import type { EventDocument } from '../src/data/types.js';
import { agendaStrings } from '../src/i18n/agenda.js';
import { agendaFilterStrings } from '../src/i18n/agenda-filters.js';
import { calendarMenuStrings } from '../src/i18n/calendar-menu.js';
import { commonStrings } from '../src/i18n/common.js';
import { eventStrings } from '../src/i18n/event.js';
import { eventListStrings } from '../src/i18n/event-list.js';
import { eventPageStrings } from '../src/i18n/event-page.js';
import { fundingStrings } from '../src/i18n/funding.js';
import { peopleStrings } from '../src/i18n/people.js';
import { objectiveListStrings, projectCardStrings } from '../src/i18n/projects.js';
import { buildAgenda } from '../src/data/agenda-view.js';
import { varna2018 } from '../stories/data/index.js';
import type { ClusterEvent } from '../src/define/cluster-event.js';
import type { ClusterEventHeader } from '../src/define/cluster-event-header.js';
import type { ClusterAgendaTrack } from '../src/define/cluster-agenda-track.js';

/** Every area's accessor; the type makes sure no area is left out of the walks below. */
const AREAS: { [A in keyof UiStrings]: (lang: string) => UiStrings[A] } = {
  common: commonStrings,
  calendarMenu: calendarMenuStrings,
  funding: fundingStrings,
  event: eventStrings,
  eventPage: eventPageStrings,
  eventList: eventListStrings,
  people: peopleStrings,
  projectCard: projectCardStrings,
  objectiveList: objectiveListStrings,
  agenda: agendaStrings,
  agendaFilter: agendaFilterStrings,
  problems: (lang) => stringsOf('problems', problemStrings, lang),
};

/** Collects console warnings while `run` runs. */
async function warningsOf(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
    await stringsChecked(); // registered strings are checked by a module loaded on demand
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Every element below `root`, through shadow roots. */
function allElements(root: Element | ShadowRoot, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) allElements(el.shadowRoot, out);
  }
  return out;
}

/** Settles nested elements (the event renders the others inside itself). */
async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await Promise.all([el, ...allElements(el)].map((e) => (e as Partial<ClusterEvent>).updateComplete).filter(Boolean));
  }
}

/** What a reader perceives: each text node (trimmed), and the accessible names given as attributes. */
function perceived(el: Element): string[] {
  const texts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (text) texts.push(text);
    }
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = node.getAttribute(name);
        if (value) texts.push(value.trim());
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(walk);
    }
    node.childNodes.forEach(walk);
  };
  walk(el);
  return texts;
}

const text = (el: Element) => perceived(el).join(' ');

describe('registerStrings: Romanian, the optional language module', () => {
  it('is registered by importing the module, and every label of every area is the Romanian one (ro and ro-RO)', () => {
    let walked = 0;
    for (const [area, strings] of Object.entries(AREAS) as [keyof UiStrings, (lang: string) => Record<string, unknown>][]) {
      const romanian = ro[area] as Record<string, unknown>;
      expect(Object.keys(romanian).sort(), `the keys of ${area}`).to.deep.equal(Object.keys(strings('en')).sort());
      for (const lang of ['ro', 'ro-RO', 'RO-md']) {
        const shown = strings(lang);
        for (const key of Object.keys(romanian)) {
          expect(shown[key], `${lang} ${area}.${key}`).to.equal(romanian[key]);
          walked++;
        }
      }
    }
    expect(walked).to.be.greaterThan(3 * 200);
    expect(stringsLanguage('ro-RO')).to.equal('ro');
    expect(stringsLanguage('fr')).to.equal('en');
  });

  it('writes Romanian with its diacritics (ș ț with comma below, ă î â) and counts with "de" from 20 on', () => {
    const all = JSON.stringify(ro);
    expect(all).to.match(/ș/).and.match(/ț/).and.match(/ă/).and.match(/î/).and.match(/â/);
    expect(all, 'no cedilla forms ş ţ').to.not.match(/[şţŞŢ]/);
    expect(ro.agendaFilter.sessionCount(1, 1)).to.equal('1 sesiune');
    expect(ro.agendaFilter.sessionCount(3, 3)).to.equal('3 sesiuni');
    expect(ro.agendaFilter.sessionCount(20, 20)).to.equal('20 de sesiuni');
    expect(ro.agendaFilter.sessionCount(2, 101)).to.equal('Se afișează 2 din 101 sesiuni');
    expect(ro.funding.daysLeft('1', 1)).to.equal('Mai este 1 zi');
    expect(ro.funding.daysLeft('25', 25)).to.equal('Mai sunt 25 de zile');
    expect(ro.agenda.showFinished(2)).to.equal('Afișează 2 sesiuni încheiate');
  });

  it('renders the Varna event page in Romanian: no English label left, accessibly', async function () {
    this.timeout(60_000); // the whole event page, every element in it, and axe over all of it
    const el = await fixture<ClusterEvent>(html`<cluster-event lang="ro" .data=${varna2018} now="2018-07-01T12:00:00+03:00"></cluster-event>`);
    await settle(el);
    const shown = new Set(perceived(el));
    // Every fixed English label that Romanian says differently (names of formats and brands, like
    // "Online" or "Networking", are the same in both).
    const english = Object.entries(AREAS).flatMap(([area, strings]) =>
      Object.entries(strings('en') as Record<string, unknown>)
        .filter(([key, value]) => typeof value === 'string' && value !== (ro[area as keyof UiStrings] as Record<string, unknown>)[key])
        .map(([, value]) => value as string),
    );
    expect(english.length).to.be.greaterThan(100);
    const left = english.filter((label) => shown.has(label) || shown.has(label.replace(/:$/, '')));
    expect(left, 'English labels in the Romanian page').to.deep.equal([]);
    for (const romanian of ['Când', 'Unde', 'Program', 'Vorbitori', 'Proiecte', 'Apeluri de finanțare', 'Caută în sesiuni', 'Adaugă în calendar']) {
      expect(
        [...shown].some((t) => t.includes(romanian)),
        romanian,
      ).to.equal(true);
    }
    await expect(el).to.be.accessible();
  });
});

describe('registerStrings: the agenda', () => {
  it('names the group of sessions without a topic in the registered language, marked as that language', async () => {
    const { tracks: _tracks, ...event } = varna2018.event;
    const untracked = { ...varna2018, event: { ...event, sessions: (event.sessions ?? []).map(({ trackId: _t, ...s }) => s) } };
    const el = await fixture(html`<cluster-agenda lang="ro" .data=${untracked} now="2018-07-01T12:00:00+03:00"></cluster-agenda>`);
    await settle(el);
    const headings = allElements(el.shadowRoot!)
      .filter((e) => /^H[2-6]$/.test(e.tagName))
      .map((h) => h.textContent!.trim());
    expect(headings).to.include('Program');
    const marked = allElements(el.shadowRoot!).filter((e) => e.getAttribute('lang') === 'en' && e.textContent!.trim() === 'Program');
    expect(marked, 'not marked as English').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('registerStrings: the words of the exports and the show-problems list', () => {
  /** One timed session with a speaker and a moderator, an EU-funded project and a registration page. */
  function doc(): EventDocument {
    return {
      lang: 'en',
      baseUrl: 'https://example.org/e',
      event: {
        id: 'e',
        name: 'Day',
        timeZone: 'Europe/Sofia',
        start: '2026-06-16',
        status: 'postponed',
        registration: { url: 'https://example.org/register' },
        sessions: [
          {
            id: 's',
            title: 'Talk',
            start: '2026-06-16T10:00:00+03:00',
            participants: [
              { personId: 'p', role: 'speaker' },
              { personId: 'p', role: 'moderator' },
            ],
          },
        ],
      },
      people: [{ id: 'p', name: 'Ana' }],
      projects: [{ id: 'pr', acronym: 'PR', title: 'Project', programme: { name: 'Interreg', fund: 'ERDF' } }],
    };
  }
  const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

  it('writes calendar files, calendar links and JSON-LD in Romanian without the language module, in every key', () => {
    const ro = exportStrings('ro-RO');
    const en = exportStrings('en');
    for (const key of Object.keys(en) as (keyof ExportStrings)[]) {
      const [r, e] = [ro[key], en[key]];
      expect(typeof r, key).to.equal(typeof e);
      // "Panel" is Romanian too (as the agenda's session kind).
      if (typeof r === 'string') expect(r, key).to.not.equal(key === 'panelists' ? '' : e);
      else expect((r as (s: string) => string)('X'), key).to.not.equal((e as (s: string) => string)('X'));
    }
    expect(unfolded(toICalendar(doc(), { lang: 'ro' }))).to.contain('DESCRIPTION:Vorbitori: Ana\\nModerare: Ana');
    expect(unfolded(icsForEvent({ ...doc(), event: { ...doc().event, sessions: [] } }, { lang: 'ro' }))).to.contain(
      'DESCRIPTION:Înscriere: https://example.org/register',
    );
    expect(new URL(webCalendarLinks(doc(), { lang: 'ro', sessionId: 's' })!.google).searchParams.get('details')).to.contain('Vorbitori: Ana');
    expect(new URL(webCalendarLinks(doc(), { lang: 'ro' })!.google).searchParams.get('text')).to.equal('Amânat: Day');
    expect(JSON.stringify(toJsonLd(doc(), { lang: 'ro' }))).to.contain('"name":"Uniunea Europeană"');
  });

  it('takes the export words a site registers: changed labels over the built-in ones, and a language of its own', () => {
    try {
      registerStrings('ro', { export: { speakers: 'Prezentatori' } });
      registerStrings('el', { export: { speakers: 'Ομιλητές', europeanUnion: 'Ευρωπαϊκή Ένωση', deadlineTomorrow: (title) => `Αύριο: ${title}` } });
      expect(unfolded(toICalendar(doc(), { lang: 'ro' }))).to.contain('DESCRIPTION:Prezentatori: Ana\\nModerare: Ana');
      expect(unfolded(toICalendar(doc(), { lang: 'el-GR' })), 'what Greek lacks is English').to.contain('DESCRIPTION:Ομιλητές: Ana\\nModeration: Ana');
      expect(JSON.stringify(toJsonLd(doc(), { lang: 'el' }))).to.contain('"name":"Ευρωπαϊκή Ένωση"');
      expect(exportStrings('el').deadlineTomorrow('X')).to.equal('Αύριο: X');
      // A value of another type than the English one is not used.
      registerStrings('el', { export: { deadlineIn7Days: 'soon' as unknown as (title: string) => string } });
      expect(exportStrings('el').deadlineIn7Days('X')).to.equal('Deadline in 7 days: X');
      expect(exportStrings('fr').speakers, 'a language nobody registered').to.equal('Speakers');
    } finally {
      registerStrings('ro', { export: { speakers: 'Vorbitori' } });
    }
    expect(exportStrings('ro').speakers).to.equal('Vorbitori');
  });

  it('shows the show-problems list in Romanian, and in a registered language with its labels over English', async () => {
    const unsafe = { ...varna2018, event: { ...varna2018.event, url: 'javascript:alert(1)' } };
    const summary = async (lang: string) => {
      const el = await fixture<ClusterEventHeader>(html`<cluster-event-header lang=${lang} show-problems .data=${unsafe}></cluster-event-header>`);
      await settle(el);
      const panel = el.shadowRoot!.querySelector('details.problems')!;
      expect(panel.querySelector('ul')!.getAttribute('lang'), 'the messages stay English, marked so').to.equal('en');
      await expect(el).to.be.accessible();
      return [panel.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim(), panel.querySelector('.problems__note')!.textContent!];
    };
    expect(await summary('ro')).to.deep.equal(['⚠ 1 problemă în date', ro.problems.note]);
    expect(ro.problems.count(3)).to.equal('3 probleme în date');
    expect(ro.problems.count(20)).to.equal('20 de probleme în date');
    let serbian: string[] = [];
    // A partial language: what it lacks is English (and warned about, as for any area).
    const warnings = await warningsOf(async () => {
      registerStrings('sr', { problems: { count: (n) => `Проблема у подацима: ${n}` } });
      serbian = await summary('sr');
    });
    expect(serbian).to.deep.equal(['⚠ Проблема у подацима: 1', problemStrings.note]);
    expect(warnings.find((w) => w.includes('"sr"'))).to.contain('problems.note');
  });

  it('names the group of sessions without a topic in the language buildAgenda is given, when not told otherwise', async () => {
    const { tracks: _tracks, ...event } = varna2018.event;
    const untracked = { ...varna2018, event: { ...event, sessions: (event.sessions ?? []).map(({ trackId: _t, ...s }) => s) } };
    const name = (lang: string) => buildAgenda(untracked, { timeZone: event.timeZone, lang }).days[0]!.tracks[0]!.name;
    expect(name('ro-RO')).to.deep.equal({ ro: 'Program' });
    expect(name('en')).to.deep.equal({ en: 'Programme' });
    await preloadStrings('bg');
    expect(name('bg')).to.deep.equal({ bg: 'Програма' });
    const mixed = {
      ...varna2018,
      event: { ...varna2018.event, sessions: [...(varna2018.event.sessions ?? []), { id: 'x', title: 'Loose', start: '2018-07-06T18:00:00+03:00' }] },
    };
    const other = buildAgenda(mixed, { timeZone: event.timeZone, lang: 'ro' }).days[0]!.tracks.at(-1)!.name;
    expect(other).to.deep.equal({ ro: 'Alte sesiuni' });
  });
});

describe('registerStrings: labels changed, partial languages, late registration', () => {
  it('changes one English label, deep-merged with the others, and back', async () => {
    const original = agendaFilterStrings('en').search;
    registerStrings('en', { agendaFilter: { search: 'Find a session' } });
    try {
      expect(agendaFilterStrings('en').search).to.equal('Find a session');
      expect(agendaFilterStrings('en-GB').search, 'en-GB uses en').to.equal('Find a session');
      expect(agendaFilterStrings('en').searchHint, 'the other keys stay').to.equal('Title, description or speaker');
      expect(agendaFilterStrings('fr').search, 'a language without strings shows English as the site set it').to.equal('Find a session');
      const el = await fixture(html`<cluster-agenda lang="en" .data=${varna2018} now="2018-07-01T12:00:00+03:00"></cluster-agenda>`);
      await settle(el);
      expect(text(el)).to.contain('Find a session');
      expect(text(el)).to.not.contain('Search sessions');
      await expect(el).to.be.accessible();
    } finally {
      registerStrings('en', { agendaFilter: { search: original } });
    }
    expect(agendaFilterStrings('en').search).to.equal('Search sessions');
  });

  it('changes one Bulgarian label over the built-in Bulgarian, without a warning', async () => {
    const warnings = await warningsOf(async () => {
      registerStrings('bg', { event: { when: 'Дата' } });
      const el = await fixture<ClusterEventHeader>(html`<cluster-event-header lang="bg" .data=${varna2018}></cluster-event-header>`);
      expect(text(el)).to.contain('Дата');
      expect(text(el)).to.contain('Къде');
      expect(text(el)).to.not.contain('Where');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('shows a partial language with English for the rest, and warns once naming the missing keys', async () => {
    const warnings = await warningsOf(async () => {
      registerStrings('eo', { event: { when: 'Kiam', where: 'Kie' } });
      const a = await fixture<ClusterEventHeader>(html`<cluster-event-header lang="eo" .data=${varna2018}></cluster-event-header>`);
      const b = await fixture<ClusterEventHeader>(html`<cluster-event-header lang="eo-XX" .data=${varna2018}></cluster-event-header>`);
      for (const el of [a, b]) {
        expect(text(el)).to.contain('Kiam');
        expect(text(el)).to.contain('Kie');
        expect(text(el), 'a missing key in English').to.contain('Add to calendar');
        await expect(el).to.be.accessible();
      }
      a.requestUpdate();
      await a.updateComplete;
    });
    const lacking = warnings.filter((w) => w.includes('"eo'));
    expect(lacking, warnings.join('\n')).to.have.length(1);
    expect(lacking[0]).to.contain('common.addToCalendar');
    expect(lacking[0]).to.contain('event.organizers');
    expect(lacking[0]).to.not.contain('event.when');
  });

  it('re-renders elements already shown when their language is registered later', async () => {
    const header = await fixture<ClusterEventHeader>(html`<cluster-event-header lang="el" .data=${varna2018}></cluster-event-header>`);
    const track = buildAgenda(varna2018, { timeZone: varna2018.event.timeZone, lang: 'en' }).days[0]!.tracks[0]!;
    const agendaTrack = await fixture<ClusterAgendaTrack>(
      html`<cluster-agenda-track lang="el" .track=${track} now="2018-07-01T12:00:00+03:00"></cluster-agenda-track>`,
    );
    expect(text(header)).to.contain('When');
    expect(text(agendaTrack)).to.contain('Abstract');
    await warningsOf(async () => {
      registerStrings('el', { event: { when: 'Πότε' }, agenda: { abstract: 'Περίληψη' } });
      await header.updateComplete;
      await agendaTrack.updateComplete;
    });
    expect(text(header)).to.contain('Πότε');
    expect(text(header)).to.not.contain('When');
    expect(text(agendaTrack)).to.contain('Περίληψη');
    expect(text(agendaTrack)).to.not.contain('Abstract');
    await expect(header).to.be.accessible();
  });

  it('follows the element when its lang changes to a registered language', async () => {
    const header = await fixture<ClusterEventHeader>(html`<cluster-event-header lang="en" .data=${varna2018}></cluster-event-header>`);
    header.setAttribute('lang', 'ro-RO');
    await waitUntil(() => text(header).includes('Când'), 'the header follows its lang into Romanian');
    await header.updateComplete;
    expect(text(header)).to.not.contain('When');
  });

  it('ignores bad input with a warning, never throwing: not a tag, not an object, wrong types, unknown keys', async () => {
    const warnings = await warningsOf(async () => {
      registerStrings('not a tag!', { event: { when: 'x' } });
      registerStrings('it', null as unknown as UiStringsOverride);
      registerStrings('it', {
        event: { when: 'Quando', where: 42 as unknown as string, nosuch: 'x' } as unknown as UiStringsOverride['event'],
        agenda: { showFinished: 'Mostra' as unknown as (n: number) => string },
        common: 'nothing' as unknown as UiStringsOverride['common'],
      });
      const el = await fixture<ClusterEventHeader>(html`<cluster-event-header lang="it" .data=${varna2018}></cluster-event-header>`);
      expect(text(el)).to.contain('Quando');
      expect(text(el), 'where: a number is ignored').to.contain('Where');
      expect(agendaStrings('it').showFinished(2), 'a text for a function is ignored').to.equal('Show 2 finished sessions');
      expect((eventStrings('it') as Record<string, unknown>).nosuch).to.equal(undefined);
    });
    expect(warnings.filter((w) => w.startsWith('registerStrings'))).to.have.length(2);
    const ignored = warnings.find((w) => w.includes('ignored'));
    expect(ignored).to.contain('it: event.where');
    expect(ignored).to.contain('it: event.nosuch');
    expect(ignored).to.contain('it: agenda.showFinished');
  });
});
