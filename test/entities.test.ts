/**
 * One rule per entity, whatever the entry point: the same data given inside a whole document and
 * given to an element's property gives the same problems (after the path prefix) and keeps the
 * same fields. Per entity: a session (document vs <cluster-agenda-track> .track), a person
 * (document vs <cluster-speaker-block> .speaker), a project (document vs <cluster-project-card>
 * .project), objectives (document vs <cluster-objective-list> .items), a funding call (document vs
 * <cluster-funding-call-banner> .call) and the event (document vs <cluster-event-header> .event).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import { parseEventDocument } from '../src/data/parse.js';
import { rememberingResults } from '../src/data/walk-memo.js';
import type { DataProblem } from '../src/data/types.js';
import { checkTrack } from '../src/data/agenda-track-view.js';
import { checkSpeakerView } from '../src/data/people-view.js';
import { checkProjectCardView } from '../src/data/project-view.js';

type Json = Record<string, unknown>;

/** A minimal valid document holding `extra` (the entity under test) where it belongs. */
function documentWith(extra: Json, event: Json = {}): Json {
  return {
    lang: 'en',
    event: { id: 'e', name: 'Meeting', timeZone: 'Europe/Sofia', start: '2018-07-06', ...event },
    ...extra,
  };
}

/**
 * The problems under `prefix`, with the prefix cut (`event.sessions[0].end` -> `end`). What a
 * left-out entity needed is cut too: a view needs no id where a document does.
 */
function under(problems: readonly DataProblem[], prefix: string): string[] {
  return problems
    .filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`))
    .map((p) => `${p.path.slice(prefix.length).replace(/^\./, '') || '(itself)'}: ${p.message.replace(/^(left out: .+?) needs .*/, '$1 needs …')}`);
}

/** The problems an element reports for what it was given, from its cluster-data-error event. */
async function elementProblems(make: (onError: (e: CustomEvent<{ problems: DataProblem[] }>) => void) => Promise<Element>): Promise<DataProblem[]> {
  let problems: DataProblem[] = [];
  const original = console.warn;
  console.warn = () => {};
  try {
    const el = await make((e) => (problems = e.detail.problems));
    await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
  } finally {
    console.warn = original;
  }
  return problems;
}

const SESSIONS: Record<string, Json> = {
  valid: { id: 's', title: 'Opening', kind: 'talk', start: '2018-07-06T10:00:00+03:00', end: '2018-07-06T10:30:00+03:00', url: '/s' },
  'start alone': { id: 's', title: 'Opening', start: '2018-07-06T10:00:00+03:00' },
  'end alone': { id: 's', title: 'Opening', end: '2018-07-06T10:00:00+03:00' },
  'end before start': { id: 's', title: 'Opening', start: '2018-07-06T11:00:00+03:00', end: '2018-07-06T10:00:00+03:00' },
  'start without offset': { id: 's', title: 'Opening', start: '2018-07-06T10:00', end: '2018-07-06T10:30:00+03:00' },
  'start "tomorrow"': { id: 's', title: 'Opening', start: 'tomorrow' },
  'unsafe link, unknown kind and status': { id: 's', title: 'Opening', url: 'javascript:alert(1)', kind: 'lecture', status: 'maybe' },
  'misspelt key': { id: 's', title: 'Opening', abstarct: 'Typo' },
  'no title': { id: 's', abstract: 'Nameless' },
  'title of another type': { id: 's', title: 42 },
};

describe('one rule per entity on every entry point', () => {
  describe('a session: in a document and in a <cluster-agenda-track> track', () => {
    for (const [name, session] of Object.entries(SESSIONS)) {
      it(name, async () => {
        const fromDocument = parseEventDocument(documentWith({}, { sessions: [session] }));
        const track = { name: 'Topic', timeZone: 'Europe/Sofia', sessions: [session] };
        const fromView = checkTrack(track, 'track');
        expect(under(fromView.problems, 'track.sessions[0]')).to.deep.equal(under(fromDocument.problems, 'event.sessions[0]'));
        const kept = fromDocument.document!.event.sessions?.[0];
        const shown = fromView.track!.sessions![0];
        expect(shown?.id).to.equal(kept?.id);
        expect(shown?.startText).to.equal(kept?.start);
        expect(shown?.endText).to.equal(kept?.end);
        expect(shown?.kind).to.equal(kept?.kind);
        expect(shown?.url).to.equal(kept?.url);
        // And the element reports exactly what the checker found.
        const problems = await elementProblems((onError) =>
          fixture(html`<cluster-agenda-track @cluster-data-error=${onError} .track=${track}></cluster-agenda-track>`),
        );
        expect(under(problems, 'track.sessions[0]')).to.deep.equal(under(fromView.problems, 'track.sessions[0]'));
      });
    }
  });

  const PEOPLE: Record<string, Json> = {
    valid: { name: 'Maria Petrova', jobTitle: { en: 'Manager' }, photo: { url: '/m.jpg', alt: 'Maria' }, links: [{ url: 'https://example.org' }] },
    'unsafe photo and link': { name: 'Maria', photo: { url: 'javascript:x' }, links: [{ url: 'data:text/html,x', label: 'x' }] },
    'misspelt key and empty bio': { name: 'Maria', jobtitle: 'Manager', bio: '  ' },
    'name of another type': { name: ['Maria'], jobTitle: 'Manager' },
  };
  describe('a person: in a document and in a <cluster-speaker-block> speaker', () => {
    for (const [name, person] of Object.entries(PEOPLE)) {
      it(name, async () => {
        const fromDocument = parseEventDocument(documentWith({ people: [{ id: 'p', ...person }] }));
        const fromView = checkSpeakerView(person, 'speaker');
        expect(under(fromView.problems, 'speaker')).to.deep.equal(under(fromDocument.problems, 'people[0]'));
        const { id: _id, ...kept } = fromDocument.document!.people![0]!;
        expect(fromView.value).to.deep.equal(kept);
        const problems = await elementProblems((onError) =>
          fixture(html`<cluster-speaker-block @cluster-data-error=${onError} .speaker=${person}></cluster-speaker-block>`),
        );
        expect(under(problems, 'speaker')).to.deep.equal(under(fromView.problems, 'speaker'));
      });
    }
  });

  const PROJECTS: Record<string, Json> = {
    valid: { acronym: 'FORESDA', title: 'Forest-based industries', startDate: '2017-01-01', endDate: '2019-06-30', url: 'https://example.org/f' },
    'end date before start date': { acronym: 'X', title: 'Backwards', startDate: '2019-01-01', endDate: '2018-01-01' },
    'bad budget and emblem': { acronym: 'X', title: 'Money', budget: { total: { amount: -1, currency: 'euro' } }, fundingNotice: { emblem: 'eu' } },
    'misspelt key': { acronym: 'X', title: 'Typo', sumary: 'A typo' },
    'no acronym': { title: 'Nameless' },
  };
  describe('a project: in a document and in a <cluster-project-card> project', () => {
    for (const [name, project] of Object.entries(PROJECTS)) {
      it(name, async () => {
        const fromDocument = parseEventDocument(documentWith({ projects: [{ id: 'p', ...project }] }));
        const fromView = checkProjectCardView({ id: 'p', ...project }, 'project');
        expect(under(fromView.problems, 'project')).to.deep.equal(under(fromDocument.problems, 'projects[0]'));
        expect(fromView.value).to.deep.equal(fromDocument.document!.projects![0] ?? null);
        const problems = await elementProblems((onError) =>
          fixture(html`<cluster-project-card @cluster-data-error=${onError} .project=${{ id: 'p', ...project }}></cluster-project-card>`),
        );
        expect(under(problems, 'project')).to.deep.equal(under(fromView.problems, 'project'));
      });
    }
  });

  const ITEMS: Record<string, Json[]> = {
    valid: [{ text: 'Map the needs' }, { text: 'Act', status: 'achieved', children: [{ text: 'Step' }] }],
    'bad status, indicator and misspelt key': [{ text: 'A', status: 'done', indicator: { target: 5 }, detial: 'x' }, { detail: 'no text' }],
  };
  describe('objectives: in a document and in a <cluster-objective-list> items', () => {
    for (const [name, items] of Object.entries(ITEMS)) {
      it(name, async () => {
        const fromDocument = parseEventDocument(documentWith({ objectiveLists: [{ id: 'l', items }] }));
        const problems = await elementProblems((onError) =>
          fixture(html`<cluster-objective-list @cluster-data-error=${onError} .items=${items}></cluster-objective-list>`),
        );
        expect(under(problems, 'items')).to.deep.equal(under(fromDocument.problems, 'objectiveLists[0].items'));
      });
    }
  });

  const CALLS: Record<string, Json> = {
    valid: { id: 'c', title: 'Call', timeZone: 'Europe/Sofia', deadlines: [{ at: '2026-10-30T17:00:00+02:00' }] },
    'deadline before opening': {
      id: 'c',
      title: 'Call',
      timeZone: 'Europe/Sofia',
      opens: '2026-11-01',
      deadlines: [{ at: '2026-10-30T17:00:00+02:00' }, { at: '2026-12-30T17:00:00+02:00' }],
    },
    'no date at all': { id: 'c', title: 'Call', timeZone: 'Europe/Sofia', deadlines: [{ at: 'soon' }] },
    'misspelt key and unknown zone': { id: 'c', title: 'Call', timeZone: 'Europe/Varna', opensEstimate: 'Later', aplyUrl: '/apply' },
  };
  describe('a funding call: in a document and in a <cluster-funding-call-banner> call', () => {
    for (const [name, call] of Object.entries(CALLS)) {
      it(name, async () => {
        const fromDocument = parseEventDocument(documentWith({ fundingCalls: [call] }));
        const problems = await elementProblems((onError) =>
          fixture(html`<cluster-funding-call-banner @cluster-data-error=${onError} .call=${call}></cluster-funding-call-banner>`),
        );
        expect(under(problems, 'call')).to.deep.equal(under(fromDocument.problems, 'fundingCalls[0]'));
      });
    }
  });

  const EVENTS: Record<string, Json> = {
    valid: { id: 'e', name: 'Meeting', timeZone: 'Europe/Sofia', start: '2018-07-06T10:00:00+03:00', end: '2018-07-06T17:00:00+03:00' },
    'end of another kind': { id: 'e', name: 'Meeting', timeZone: 'Europe/Sofia', start: '2018-07-06', end: '2018-07-06T17:00:00+03:00' },
    'bad status and misspelt key': { id: 'e', name: 'Meeting', timeZone: 'Europe/Sofia', start: '2018-07-06', status: 'done', atendanceMode: 'online' },
  };
  describe('the event: in a document and in a <cluster-event-header> event', () => {
    for (const [name, event] of Object.entries(EVENTS)) {
      it(name, async () => {
        const fromDocument = parseEventDocument({ lang: 'en', event });
        const problems = await elementProblems((onError) =>
          fixture(html`<cluster-event-header @cluster-data-error=${onError} .event=${event}></cluster-event-header>`),
        );
        expect(under(problems, 'event')).to.deep.equal(under(fromDocument.problems, 'event'));
      });
    }
  });
});

describe('results remembered by content (Entity.memo), for the elements', () => {
  /** How the elements read documents: remembered results, shared between reads. */
  const parseRemembered = (input: unknown): ReturnType<typeof parseEventDocument> => rememberingResults(() => parseEventDocument(input));
  const session = (i: number, extra: Json = {}): Json => ({
    id: `s${i}`,
    title: `Session ${i}`,
    start: '2018-07-06T10:00:00+03:00',
    participants: [{ personId: 'p1', role: 'speaker' }],
    ...extra,
  });
  const doc = (sessions: Json[]): Json => ({
    ...documentWith({ people: [{ id: 'p1', name: 'Ana' }] }),
    event: { ...(documentWith({}).event as Json), sessions },
  });

  it('gives an unchanged session of a new copy of the document the same result object, and re-checks a changed one', () => {
    const first = parseRemembered(doc([session(1), session(2)]));
    const copy = parseRemembered(structuredClone(doc([session(1), session(2, { title: 'Changed' })])));
    const [a1, b1] = first.document!.event.sessions!;
    const [a2, b2] = copy.document!.event.sessions!;
    expect(a2 === a1, 'unchanged session reused').to.equal(true);
    expect(b2 === b1, 'changed session checked again').to.equal(false);
    expect(b2!.title).to.equal('Changed');
  });

  it('sees a nested value changed in place since the last check, and values that are not plain data', () => {
    const input = doc([session(3)]);
    const before = parseRemembered(input).document!.event.sessions![0]!;
    // Changed in place, then a copy given: the copy equals the changed input, not what was checked.
    (((input.event as Json).sessions as Json[])[0]!.participants as Json[])[0]!.role = 'moderator';
    const after = parseRemembered(structuredClone(input)).document!.event.sessions![0]!;
    expect(after === before).to.equal(false);
    expect(after.participants![0]!.role).to.equal('moderator');
    // A function where text belongs is a problem every time, even after a clean copy was checked.
    const odd = parseRemembered(doc([session(3, { participants: [{ personId: 'p1', role: 'moderator' }], abstract: () => 'x' })]));
    expect(odd.problems.map((p) => p.path)).to.include('event.sessions[0].abstract');
  });

  it('checks again when the ids a session refers to change', () => {
    parseRemembered(doc([session(4)]));
    const withoutPerson = parseRemembered({ ...doc([session(4)]), people: [{ id: 'p2', name: 'Bo' }] });
    expect(withoutPerson.problems.map((p) => p.path)).to.include('event.sessions[0].participants[0].personId');
  });

  it('hands out fresh objects through the public parseEventDocument, so a caller that changes them changes nothing an element shows', () => {
    const input = doc([session(5)]);
    const shown = parseRemembered(input).document!.event.sessions![0]!;
    const mine = parseEventDocument(structuredClone(input)).document!.event.sessions![0]!;
    expect(mine === shown).to.equal(false);
    (mine as { url?: string }).url = 'javascript:alert(1)';
    expect(parseEventDocument(structuredClone(input)).document!.event.sessions![0]!.url).to.equal(undefined);
    expect(parseRemembered(structuredClone(input)).document!.event.sessions![0]!.url).to.equal(undefined);
  });
});
