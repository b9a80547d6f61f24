/**
 * The walker's memo (walk-memo.ts), as the elements use it: every read of a new copy of a document
 * through `rememberingResults` must give what a fresh parse gives (the same document, the same
 * problems at the same paths, in the same order), whatever changed since the last read. Each
 * test reads a sequence of edits, each as all-new objects (as a framework's immutable update or
 * the shared benchmark's adapter gives them), and compares every read with a fresh parse.
 */
import { expect } from '@open-wc/testing';
import { parseEventDocument } from '../src/data/parse.js';
import { rememberingResults } from '../src/data/walk-memo.js';
import { pathOf } from '../src/data/walk.js';
import { checkTrack } from '../src/data/agenda-track-view.js';

type Json = Record<string, unknown>;

const people = (): Json[] => [
  { id: 'p1', name: 'Ana' },
  { id: 'p2', name: 'Bo' },
];

const sessions = (): Json[] => [
  { id: 's1', title: 'One', start: '2018-07-06T10:00:00+03:00', participants: [{ personId: 'p1', role: 'speaker' }] },
  { id: 's2', title: 'Two', start: '2018-07-06T11:00:00+03:00', participants: [{ personId: 'p1', role: 'speaker' }] },
  { id: 's3', title: { en: 'Three', bg: 'Три' }, start: '2018-07-06T12:00:00+03:00' },
  { id: 's4', title: 'Four', start: '2018-07-06T13:00:00+03:00', participants: [{ personId: 'p2', role: 'moderator' }] },
  // Problems of their own, which a reused result must report at the session's present path.
  { id: 's5', title: 'Five', titel: 'Fife', start: '2018-07-06T14:00:00+03:00' },
  { id: 's6', title: 'Six', start: '2018-07-06T16:00:00+03:00', end: '2018-07-06T15:00:00+03:00' },
];

const doc = (list: unknown[], persons: Json[] = people()): Json => ({
  lang: 'en',
  event: { id: 'e', name: 'Meeting', timeZone: 'Europe/Sofia', start: '2018-07-06', sessions: list },
  people: persons,
});

/** Reads `input` as the elements do and as a fresh parse does, and expects the same. */
function expectFresh(input: Json, step: string): void {
  const fresh = parseEventDocument(structuredClone(input));
  const remembered = rememberingResults(() => parseEventDocument(structuredClone(input)));
  expect(remembered.problems, `${step}: problems`).to.deep.equal(fresh.problems);
  expect(JSON.stringify(remembered.document), `${step}: document`).to.equal(JSON.stringify(fresh.document));
  const paths = (d: typeof fresh.document): unknown[] => (d?.event.sessions ?? []).map((s) => pathOf(s));
  expect(paths(remembered.document), `${step}: paths of the sessions`).to.deep.equal(paths(fresh.document));
}

/** `sessions()` with `edit` applied to a copy. */
function edited(edit: (list: Json[]) => void): Json[] {
  const list = sessions();
  edit(list);
  return list;
}

describe('walker memo: a new copy of a document reads as a fresh parse', () => {
  it('sees a changed title, speakers list, localized text and session times', () => {
    const steps: [string, unknown[]][] = [
      ['first read', sessions()],
      ['unchanged copy', sessions()],
      ['title', edited((l) => (l[2]!.title = { en: 'Three', bg: 'Три!' }))],
      ['localized text with a language more', edited((l) => (l[2]!.title = { en: 'Three', bg: 'Три', ro: 'Trei' }))],
      ['localized text with a language less', edited((l) => (l[2]!.title = { en: 'Three' }))],
      ['localized text, languages swapped', edited((l) => (l[2]!.title = { bg: 'Три', en: 'Three' }))],
      [
        'a speaker more',
        edited(
          (l) =>
            (l[1]!.participants = [
              { personId: 'p1', role: 'speaker' },
              { personId: 'p2', role: 'speaker' },
            ]),
        ),
      ],
      [
        'speakers swapped',
        edited(
          (l) =>
            (l[1]!.participants = [
              { personId: 'p2', role: 'speaker' },
              { personId: 'p1', role: 'speaker' },
            ]),
        ),
      ],
      ['a role', edited((l) => (l[1]!.participants = [{ personId: 'p1', role: 'chair' }]))],
      ['a speaker without a role', edited((l) => (l[1]!.participants = [{ personId: 'p1' }]))],
      ['back', sessions()],
      ['an end before the start fixed', edited((l) => (l[5]!.end = '2018-07-06T17:00:00+03:00'))],
      ['the unknown field gone', edited((l) => delete l[4]!.titel)],
      [
        'the same fields in another order',
        edited((l) => (l[0] = { title: 'One', id: 's1', start: '2018-07-06T10:00:00+03:00', participants: [{ role: 'speaker', personId: 'p1' }] })),
      ],
      ['back again', sessions()],
    ];
    for (const [step, list] of steps) expectFresh(doc(list), step);
  });

  it('checks a reference again when the id it names is missing, in the session or in the document', () => {
    expectFresh(doc(sessions()), 'first read');
    expectFresh(doc(edited((l) => (l[3]!.participants = [{ personId: 'p9', role: 'moderator' }]))), 'a speaker that does not exist');
    const fresh = parseEventDocument(doc(edited((l) => (l[3]!.participants = [{ personId: 'p9', role: 'moderator' }]))));
    expect(fresh.problems.map((p) => p.path)).to.include('event.sessions[3].participants[0].personId');
    expectFresh(doc(sessions()), 'the speaker back');
    // The people change, the sessions do not: those that name Bo are wrong now.
    expectFresh(doc(sessions(), [{ id: 'p1', name: 'Ana' }]), 'Bo gone from the people');
    expectFresh(
      doc(sessions(), [
        { id: 'p1', name: 'Ana' },
        { id: 'p3', name: 'Cy' },
      ]),
      'another person instead',
    );
    expectFresh(doc(sessions()), 'Bo back');
    expectFresh(
      doc(sessions(), [
        { id: 'p2', name: 'Bo' },
        { id: 'p1', name: 'Ana' },
      ]),
      'the people in another order',
    );
    expectFresh(
      doc(sessions(), [
        { id: 'p1', name: 'Ana' },
        { id: 'p2', name: 'Bo', jobTitle: { en: 'Chair' } },
      ]),
      'a person changed',
    );
  });

  it('reports the problems of an unchanged session at its new place when sessions are added, removed or replaced', () => {
    const steps: [string, unknown[]][] = [
      ['first read', sessions()],
      ['one added first', [{ id: 's0', title: 'Zero' }, ...sessions()]],
      ['one removed', sessions().slice(1)],
      ['the last two removed', sessions().slice(0, 4)],
      ['all back', sessions()],
      ['one not an object', edited((l) => l.splice(2, 1, 'Three' as unknown as Json))],
      ['one null', edited((l) => l.splice(2, 1, null as unknown as Json))],
      ['one without a title', edited((l) => delete l[1]!.title)],
      ['swapped', edited((l) => l.reverse())],
      ['back', sessions()],
      ['none', []],
      ['all again', sessions()],
    ];
    for (const [step, list] of steps) expectFresh(doc(list), step);
  });

  it('finds duplicate ids among changed and unchanged sessions, first used where a fresh parse says', () => {
    const steps: [string, unknown[]][] = [
      ['first read', sessions()],
      ['a later session takes an earlier id', edited((l) => (l[5]!.id = 's2'))],
      ['fixed', sessions()],
      ['an earlier session takes a later id', edited((l) => (l[0]!.id = 's4'))],
      ['fixed again', sessions()],
      ['two sessions take one new id', edited((l) => (l[1]!.id = l[4]!.id = 'x'))],
      ['ids swapped', edited((l) => ([l[1]!.id, l[3]!.id] = [l[3]!.id, l[1]!.id]))],
      ['an id moved to a new session', edited((l) => ((l[2]!.id = 'moved'), l.push({ id: 's3', title: 'Three again' })))],
      ['back', sessions()],
      ['the list cut short', sessions().slice(0, 2)],
      ['grown again with the id of a session that was cut', [...sessions().slice(0, 2), null, { id: 's3', title: 'Three' }]],
      ['cut again', sessions().slice(0, 2)],
      ['grown again with other ids of cut sessions', [...sessions().slice(0, 2), null, { id: 's5', title: 'Five' }, { id: 's4', title: 'Four' }]],
      ['an id that the cut list had', [...sessions().slice(0, 2), { id: 's1', title: 'Not one' }]],
      ['the id of a session that is now left out', edited((l) => ((l[1]!.title = ''), (l[3]!.id = 's2')))],
      ['a left-out session with the id of a later one', edited((l) => ((l[0]!.id = 's6'), delete l[0]!.title))],
      ['back again', sessions()],
      ['all one id', sessions().map((s) => ({ ...s, id: 'same' }))],
      ['all one id but the last', sessions().map((s, i) => ({ ...s, id: i < 5 ? 'same' : 's6' }))],
      ['the first one of them fixed', sessions().map((s, i) => ({ ...s, id: i > 0 && i < 5 ? 'same' : s.id }))],
      ['a duplicate kept from the last read', sessions().map((s, i) => ({ ...s, id: i > 0 && i < 5 ? 'same' : i === 5 ? 's2' : s.id }))],
      ['back once more', sessions()],
    ];
    for (const [step, list] of steps) expectFresh(doc(list), step);
    const dup = parseEventDocument(doc(edited((l) => (l[5]!.id = 's2')))).problems;
    expect(dup).to.deep.include({
      path: 'event.sessions[5].id',
      message: 'duplicate id "s2" (first used at event.sessions[1]); this session is left out',
    });
  });

  it('reads a track given to <cluster-agenda-track> as a fresh check does', () => {
    const track = (list: unknown[]): Json => ({ name: 'Main', timeZone: 'Europe/Sofia', sessions: list });
    const view = (id: string, title: unknown, extra: Json = {}): Json => ({ id, title, start: '2018-07-06T10:00:00+03:00', ...extra });
    const steps: [string, Json][] = [
      ['first read', track([view('a', 'A'), view('b', 'B', { speakers: [{ name: 'Ana' }] })])],
      ['a title', track([view('a', 'A!'), view('b', 'B', { speakers: [{ name: 'Ana' }] })])],
      ['a speaker', track([view('a', 'A!'), view('b', 'B', { speakers: [{ name: 'Ana' }, { name: 'Bo' }] })])],
      ['a bad speaker', track([view('a', 'A!'), view('b', 'B', { speakers: [{ name: 7 }] })])],
      ['swapped', track([view('b', 'B', { speakers: [{ name: 'Ana' }] }), view('a', 'A!', { colour: 'red' })])],
    ];
    for (const [step, input] of steps) {
      const fresh = checkTrack(structuredClone(input));
      const remembered = rememberingResults(() => checkTrack(structuredClone(input)));
      expect(remembered.problems, `${step}: problems`).to.deep.equal(fresh.problems);
      expect(JSON.stringify(remembered.track), `${step}: track`).to.equal(JSON.stringify(fresh.track));
    }
  });

  it('reuses the result of an unchanged session of a new copy (the memo is used at all)', () => {
    const first = rememberingResults(() => parseEventDocument(doc(sessions())));
    const second = rememberingResults(() => parseEventDocument(doc(edited((l) => (l[2]!.title = 'Changed')))));
    const [a, b] = [first.document!.event.sessions!, second.document!.event.sessions!];
    expect(b[0] === a[0] && b[5] === a[5], 'unchanged sessions reused').to.equal(true);
    expect(b[2] === a[2], 'the changed session checked again').to.equal(false);
  });
});
