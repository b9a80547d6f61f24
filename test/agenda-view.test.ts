import { expect } from '@open-wc/testing';
import { AgendaViewBuilder, agendaDays, buildAgenda, foldForSearch, withFilterChoice } from '../src/data/agenda-view.js';
import type { EventDocument, Session } from '../src/data/types.js';
import { resolveText } from '../src/data/text.js';
import { blueSummit2026, generateEvent, varna2018 } from '../stories/data/index.js';
import { DocumentReader } from '../src/components/agenda/agenda.view.js';
import { parseEventDocument } from '../src/data/parse.js';
import { deepLinkedSession, emptyFilterState, fragmentKey, isEmptyFilterState, readFilterState, writeFilterState } from '../src/data/fragment.js';
import { FavoritesStore, favoritesKey, parseFavorites } from '../src/data/favorites.js';

function doc(sessions: Session[], extra: Partial<EventDocument['event']> = {}): EventDocument {
  return {
    lang: 'en',
    people: [
      { id: 'ana', name: 'Ana Ştefănescu', jobTitle: { en: 'Cluster manager', bg: 'Клъстерен мениджър' }, organizationId: 'org' },
      { id: 'ivo', name: 'Иво Петров', affiliation: 'Free-lance' },
      { id: 'anon', jobTitle: 'Representative', organizationId: 'org' },
    ],
    organizations: [{ id: 'org', name: { en: 'Marine Cluster', bg: 'Морски клъстер' } }],
    event: {
      id: 'ev',
      name: 'Event',
      timeZone: 'Europe/Sofia',
      start: '2026-06-16T09:00:00+03:00',
      tracks: [
        { id: 'blue', name: { en: 'Blue economy', bg: 'Синя икономика' }, color: '#0b6e99' },
        { id: 'green', name: 'Green transition' },
        { id: 'unused', name: 'Unused' },
      ],
      rooms: [
        { id: 'hall', name: { en: 'Hall A', bg: 'Зала А' } },
        { id: 'lab', name: 'Lab' },
      ],
      sessions,
      ...extra,
    },
  };
}

const sessions: Session[] = [
  {
    id: 'green-late',
    title: 'Green hydrogen',
    start: '2026-06-16T15:00:00+03:00',
    end: '2026-06-16T16:00:00+03:00',
    trackId: 'green',
    roomId: 'lab',
  },
  {
    id: 'reef',
    title: { en: 'Coral reef protection', bg: 'Опазване на кораловите рифове' },
    abstract: { en: 'How ports can help.', bg: 'Как могат да помогнат пристанищата.' },
    start: '2026-06-16T10:00:00+03:00',
    end: '2026-06-16T10:45:00+03:00',
    trackId: 'blue',
    roomId: 'hall',
    participants: [
      { personId: 'ana', role: 'speaker' },
      { personId: 'ivo', role: 'moderator' },
      { personId: 'ghost', role: 'speaker' },
    ],
  },
  {
    id: 'night',
    title: 'Night networking',
    start: '2026-06-17T00:30:00+03:00',
    end: '2026-06-17T02:00:00+03:00',
    trackId: 'blue',
    roomId: 'hall',
  },
  { id: 'loose', title: 'Café chat', start: '2026-06-16T09:00:00+03:00', end: '2026-06-16T09:30:00+03:00' },
  { id: 'tba-1', title: 'Closing words', trackId: 'green', participants: [{ personId: 'anon', role: 'chair' }] },
  { id: 'tba-2', title: 'Afterthoughts', trackId: 'green' },
];

const ids = (view: ReturnType<typeof buildAgenda>) =>
  view.days.map((d) => ({ day: d.day, tracks: d.tracks.map((t) => [resolveText(t.name, 'en'), t.sessions.map((s) => s.id)]) }));

describe('buildAgenda', () => {
  it('groups sessions by day in the displayed zone, tracks in document order, untimed ones last in their order', () => {
    const view = buildAgenda(doc(sessions), { timeZone: 'Europe/Sofia', lang: 'en' });
    expect(ids(view)).to.deep.equal([
      {
        day: '2026-06-16',
        tracks: [
          ['Blue economy', ['reef']],
          ['Green transition', ['green-late']],
          ['Other sessions', ['loose']],
        ],
      },
      { day: '2026-06-17', tracks: [['Blue economy', ['night']]] },
      { day: '', tracks: [['Green transition', ['tba-1', 'tba-2']]] },
    ]);
    expect(view.days[0]!.lastEnd).to.equal(Date.parse('2026-06-16T16:00:00+03:00'));
    expect(view.days[2]!.lastEnd).to.equal(null);
    expect(view.total).to.equal(6);
    expect(view.matching).to.equal(6);
    expect(view.timed).to.equal(4);
    expect(view.sessionIds).to.deep.equal(sessions.map((s) => s.id));
  });

  it('moves sessions to the previous day for a viewer far west and the next day far east', () => {
    const west = buildAgenda(doc(sessions), { timeZone: 'America/New_York', lang: 'en' });
    // 00:30 in Sofia on the 17th is 17:30 on the 16th in New York: one timed day only.
    expect(west.days.map((d) => d.day)).to.deep.equal(['2026-06-16', '']);
    expect(west.days[0]!.tracks[0]!.sessions.map((s) => s.id)).to.deep.equal(['reef', 'night']);
    const east = buildAgenda(doc(sessions), { timeZone: 'Pacific/Auckland', lang: 'en' });
    // 15:00 in Sofia is 00:00 on the 17th in Auckland (UTC+12 in June).
    expect(east.days.map((d) => [d.day, d.count])).to.deep.equal([
      ['2026-06-16', 2],
      ['2026-06-17', 2],
      ['', 2],
    ]);
  });

  it('embeds speakers with role and organisation, rooms by name, and the event zone and language', () => {
    const view = buildAgenda(doc(sessions), { timeZone: 'Europe/Sofia', lang: 'en' });
    const blue = view.days[0]!.tracks[0]!;
    expect(blue.id).to.equal('blue');
    expect(blue.color).to.equal('#0b6e99');
    expect(blue.timeZone).to.equal('Europe/Sofia');
    expect(blue.lang).to.equal('en');
    const reef = blue.sessions[0]!;
    expect(reef.room).to.deep.equal({ en: 'Hall A', bg: 'Зала А' });
    expect(reef.start).to.equal('2026-06-16T10:00:00+03:00');
    expect(reef.speakers).to.deep.equal([
      {
        id: 'ana',
        name: 'Ana Ştefănescu',
        role: 'speaker',
        jobTitle: { en: 'Cluster manager', bg: 'Клъстерен мениджър' },
        organization: { en: 'Marine Cluster', bg: 'Морски клъстер' },
      },
      { id: 'ivo', name: 'Иво Петров', role: 'moderator', organization: 'Free-lance' },
    ]);
    const tba = view.days[2]!.tracks[0]!.sessions[0]!;
    expect(tba.start).to.equal(undefined);
    expect(tba.speakers).to.deep.equal([
      { id: 'anon', role: 'chair', jobTitle: 'Representative', organization: { en: 'Marine Cluster', bg: 'Морски клъстер' } },
    ]);
  });

  it('lists the tracks and rooms that have sessions, with counts, for the filters', () => {
    const view = buildAgenda(doc(sessions), { timeZone: 'Europe/Sofia', lang: 'en' });
    expect(view.tracks.map((t) => [t.id, t.count])).to.deep.equal([
      ['blue', 2],
      ['green', 3],
    ]);
    expect(view.rooms.map((r) => [r.id, r.count])).to.deep.equal([
      ['hall', 2],
      ['lab', 1],
    ]);
  });

  it('filters by tracks and rooms (any of each, both combined) and ignores unknown ids', () => {
    const build = (tracks: string[], rooms: string[]) =>
      buildAgenda(doc(sessions), { timeZone: 'Europe/Sofia', lang: 'en', filters: { tracks, rooms } }).sessionIds;
    expect(build(['green'], [])).to.deep.equal(['green-late', 'tba-1', 'tba-2']);
    expect(build(['green', 'blue'], [])).to.deep.equal(['green-late', 'reef', 'night', 'tba-1', 'tba-2']);
    expect(build([], ['hall'])).to.deep.equal(['reef', 'night']);
    expect(build(['green'], ['hall'])).to.deep.equal([]);
    expect(build(['blue'], ['hall', 'lab'])).to.deep.equal(['reef', 'night']);
    expect(build(['nope'], ['nowhere'])).to.have.length(6);
  });

  it('matches words in titles, abstracts and speaker names in every language, ignoring case and accents', () => {
    const q = (query: string) => buildAgenda(doc(sessions), { timeZone: 'Europe/Sofia', lang: 'bg', filters: { query } }).sessionIds;
    expect(q('CORAL')).to.deep.equal(['reef']);
    expect(q('кораловите')).to.deep.equal(['reef']);
    expect(q('пристанищата')).to.deep.equal(['reef']);
    expect(q('stefanescu')).to.deep.equal(['reef']);
    expect(q('ИВО')).to.deep.equal(['reef']);
    expect(q('cafe')).to.deep.equal(['loose']);
    expect(q('  reef   ports ')).to.deep.equal(['reef']);
    expect(q('"coral", (ports)')).to.deep.equal(['reef']);
    expect(q('reef hydrogen')).to.deep.equal([]);
    expect(q('')).to.have.length(6);
    expect(foldForSearch('Ştefănescu ÉCO')).to.equal('stefanescu eco');
  });

  it('keeps only the reader’s sessions when asked', () => {
    const favorites = new Set(['night', 'tba-2', 'not-there']);
    const view = buildAgenda(doc(sessions), { timeZone: 'Europe/Sofia', lang: 'en', favorites, onlyFavorites: true });
    expect(view.sessionIds).to.deep.equal(['night', 'tba-2']);
    expect(view.matching).to.equal(2);
    expect(view.total).to.equal(6);
    const none = buildAgenda(doc(sessions), { timeZone: 'Europe/Sofia', lang: 'en', onlyFavorites: true });
    expect(none.days).to.deep.equal([]);
  });

  it('names the single group "Programme" when the event has no tracks, and handles an empty programme', () => {
    const noTracks = buildAgenda(doc([{ id: 'a', title: 'A' }], { tracks: [] }), { timeZone: 'UTC', lang: 'en' });
    expect(noTracks.days[0]!.tracks[0]!.name).to.deep.equal({ en: 'Programme' });
    const empty = buildAgenda(doc([]), { timeZone: 'UTC', lang: 'en' });
    expect(empty).to.deep.equal({ days: [], tracks: [], rooms: [], total: 0, matching: 0, timed: 0, sessionIds: [] });
  });

  it('builds the Varna demo: one undated group, two topics, the release order kept', () => {
    const view = buildAgenda(varna2018, { timeZone: 'Europe/Sofia', lang: 'en' });
    expect(view.days.map((d) => d.day)).to.deep.equal(['']);
    expect(view.days[0]!.tracks.map((t) => t.id)).to.deep.equal(['innovative-growth', 'financial-support']);
    const order = view.days[0]!.tracks.flatMap((t) => t.sessions.map((s) => s.id));
    expect(order).to.deep.equal(varna2018.event.sessions!.map((s) => s.id));
  });

  it('reuses the views of what did not change, so only the edited track renders again', () => {
    const builder = new AgendaViewBuilder();
    const first = doc(sessions);
    const a = builder.build(first, { timeZone: 'Europe/Sofia', lang: 'en' });
    const edited: EventDocument = {
      ...first,
      event: {
        ...first.event,
        sessions: first.event.sessions!.map((s) => (s.id === 'green-late' ? { ...s, title: 'Green ammonia' } : s)),
      },
    };
    const b = builder.build(edited, { timeZone: 'Europe/Sofia', lang: 'en' });
    expect(b.days[0]!.tracks[0]).to.equal(a.days[0]!.tracks[0]);
    expect(b.days[0]!.tracks[2]).to.equal(a.days[0]!.tracks[2]);
    expect(b.days[1]!.tracks[0]).to.equal(a.days[1]!.tracks[0]);
    expect(b.days[0]!.tracks[1]).to.not.equal(a.days[0]!.tracks[1]);
    expect(b.days[0]!.tracks[1]!.sessions[0]!.title).to.equal('Green ammonia');
    // Validation copies every object: views are reused by content, not only by identity.
    const copied = JSON.parse(JSON.stringify(edited)) as EventDocument;
    copied.event.sessions![1]!.abstract = { en: 'How harbours can help.' };
    const d = builder.build(copied, { timeZone: 'Europe/Sofia', lang: 'en' });
    expect(d.days[0]!.tracks[1]).to.equal(b.days[0]!.tracks[1]);
    expect(d.days[0]!.tracks[2]).to.equal(a.days[0]!.tracks[2]);
    expect(d.days[0]!.tracks[0]).to.not.equal(a.days[0]!.tracks[0]);
    expect(d.days[1]!.tracks[0]).to.equal(a.days[1]!.tracks[0]);
    expect(d.days[0]!.tracks[0]!.sessions[0]!.abstract).to.deep.equal({ en: 'How harbours can help.' });
    // A filter that keeps a track's sessions as they were keeps its view too.
    const c = builder.build(copied, { timeZone: 'Europe/Sofia', lang: 'en', filters: { tracks: ['green'] } });
    expect(c.days[0]!.tracks[0]).to.equal(d.days[0]!.tracks[1]);
  });

  it('builds what a fresh builder builds after sessions change, go and come back with other content, and ids come and go', () => {
    const builder = new AgendaViewBuilder();
    const options = { timeZone: 'Europe/Sofia', lang: 'en' };
    const check = (list: Session[], step: string): void => {
      const document = JSON.parse(JSON.stringify(doc(list))) as EventDocument;
      expect(JSON.stringify(builder.build(document, options)), step).to.equal(JSON.stringify(buildAgenda(document, options)));
    };
    const renamed = (id: string, title: string): Session[] => sessions.map((s) => (s.id === id ? { ...s, title } : s));
    check(sessions, 'first');
    check(renamed('reef', 'Reefs'), 'a title');
    check(
      sessions.filter((s) => s.id !== 'reef'),
      'a session gone',
    );
    check(renamed('reef', 'Reefs again'), 'back with another title');
    check(
      sessions.map((s) => (s.id === 'night' ? { ...s, participants: [{ personId: 'ivo', role: 'speaker' }] } : s)),
      'a speaker added',
    );
    check(
      sessions.map((s) => (s.id === 'loose' ? { ...s, id: 'reef' } : s.id === 'reef' ? { ...s, id: 'loose' } : s)),
      'two ids swapped',
    );
    // Many ids that come once and go: the builder forgets them now and then, and stays exact.
    for (let i = 0; i < 100; i++) check([...sessions, { id: `once-${i}`, title: `Once ${i}`, trackId: 'green' }], `one-off session ${i}`);
    check(renamed('green-late', 'Green ammonia'), 'after the one-off sessions');
  });
});

describe('agendaDays', () => {
  const words = { untimed: 'Time to be announced', programme: 'Programme' };
  const view = buildAgenda(doc(sessions), { timeZone: 'Europe/Sofia', lang: 'en' });

  it('heads timed days with their date in the locale and the untimed group with its word', () => {
    const days = agendaDays(view, doc(sessions), { locale: 'en', words, hidePast: false, clock: 0, expanded: new Set() });
    expect(days.map((d) => d.label)).to.deep.equal(['Tuesday, June 16, 2026', 'Wednesday, June 17, 2026', 'Time to be announced']);
    expect(days.map((d) => d.day)).to.deep.equal(view.days);
    const bg = agendaDays(view, doc(sessions), { locale: 'bg', words, hidePast: false, clock: 0, expanded: new Set() });
    expect(bg[0]!.label).to.match(/^вторник, 16 юни 2026/);
  });

  it('collapses the finished days with hide-past, unless the reader opened them; never the untimed group', () => {
    // 03:00 on the 17th in Sofia: the 16th ended at 16:00, the night session on the 17th at 02:00.
    const clock = Date.parse('2026-06-17T03:00:00+03:00');
    const days = agendaDays(view, doc(sessions), { locale: 'en', words, hidePast: true, clock, expanded: new Set(['2026-06-17']) });
    expect(days.map((d) => [d.day.day, d.collapsible, d.expanded])).to.deep.equal([
      ['2026-06-16', true, false],
      ['2026-06-17', true, true],
      ['', false, true],
    ]);
    // The night session ends at 02:00: its day is finished from that instant on, not a millisecond before.
    const end = Date.parse('2026-06-17T02:00:00+03:00');
    const before = agendaDays(view, doc(sessions), { locale: 'en', words, hidePast: true, clock: end - 1, expanded: new Set() });
    expect(before.map((d) => d.collapsible)).to.deep.equal([true, false, false]);
    const atEnd = agendaDays(view, doc(sessions), { locale: 'en', words, hidePast: true, clock: end, expanded: new Set() });
    expect(atEnd.map((d) => d.collapsible)).to.deep.equal([true, true, false]);
    const shown = agendaDays(view, doc(sessions), { locale: 'en', words, hidePast: false, clock, expanded: new Set() });
    expect(shown.every((d) => !d.collapsible && d.expanded)).to.equal(true);
  });

  it('heads a programme without any time with the event dates, or "Programme" when those are unknown too', () => {
    const untimed = sessions.filter((s) => !s.start);
    const dated = doc(untimed, { end: '2026-06-18T17:00:00+03:00' });
    const days = agendaDays(buildAgenda(dated, { timeZone: 'Europe/Sofia', lang: 'en' }), dated, {
      locale: 'en',
      words,
      hidePast: true,
      clock: Date.now(),
      expanded: new Set(),
    });
    expect(days).to.have.length(1);
    expect(days[0]!.label).to.match(/^June 16\s–\s18, 2026$/);
    expect(days[0]!.collapsible).to.equal(false);
    const undated = doc(untimed, { start: '' });
    const fallback = agendaDays(buildAgenda(undated, { timeZone: 'Europe/Sofia', lang: 'en' }), undated, {
      locale: 'en',
      words,
      hidePast: false,
      clock: 0,
      expanded: new Set(),
    });
    expect(fallback.map((d) => d.label)).to.deep.equal(['Programme']);
  });
});

describe('withFilterChoice', () => {
  const filters = { tracks: ['blue', 'green'], rooms: ['hall'], query: 'reef', onlyFavorites: true };

  it('adds a ticked id at the end of its list, once, and removes an unticked one, keeping the other fields', () => {
    expect(withFilterChoice(filters, 'rooms', 'lab', true)).to.deep.equal({ ...filters, rooms: ['hall', 'lab'] });
    expect(withFilterChoice(filters, 'tracks', 'blue', true)).to.deep.equal({ ...filters, tracks: ['green', 'blue'] });
    expect(withFilterChoice(filters, 'tracks', 'blue', false)).to.deep.equal({ ...filters, tracks: ['green'] });
    expect(withFilterChoice(filters, 'rooms', 'nowhere', false)).to.deep.equal(filters);
    expect(filters.tracks).to.deep.equal(['blue', 'green']);
  });
});

describe('DocumentReader', () => {
  type Raw = { event: { sessions: Record<string, unknown>[] } & Record<string, unknown> } & Record<string, unknown>;
  const edit = (doc: Raw, i: number, change: Record<string, unknown>): Raw => ({
    ...doc,
    event: { ...doc.event, sessions: doc.event.sessions.map((s, k) => (k === i ? { ...s, ...change } : s)) },
  });

  it('re-validates only edited sessions, keeping the others, with the result of a full parse', async () => {
    const reader = new DocumentReader();
    const first = generateEvent({ sessions: 60, days: 2, tracks: 3, seed: 4 }) as unknown as Raw;
    expect(new DocumentReader().read(first), 'an event document is read at once, not later').not.to.be.instanceOf(Promise);
    const a = await reader.read(first);
    expect(a).to.deep.equal(parseEventDocument(first));
    const second = edit(first, 7, { title: { en: 'Edited', bg: 'Променено' } });
    const b = await reader.read(second);
    expect(b).to.deep.equal(parseEventDocument(second));
    expect(b.document!.event.sessions![7]!.title).to.deep.equal({ en: 'Edited', bg: 'Променено' });
    expect(b.document!.event.sessions![6]).to.equal(a.document!.event.sessions![6]);
    expect(b.document!.people).to.equal(a.document!.people);
    expect(reader.read(second)).to.equal(b);
  });

  it('falls back to a full parse for any other edit, so problems and results stay exact', () => {
    const reader = new DocumentReader();
    const base = structuredClone(blueSummit2026) as unknown as Raw;
    void reader.read(base);
    const steps: Raw[] = [];
    steps.push(edit(base, 2, { start: 'tomorrow' }));
    steps.push(edit(steps[0]!, 2, { start: base.event.sessions[2]!['start'] }));
    steps.push(edit(steps[1]!, 3, { id: 'renamed' }));
    steps.push(edit(steps[2]!, 4, { id: steps[2]!.event.sessions[5]!['id'] }));
    steps.push(edit(steps[3]!, 4, { trackId: 'no-such-track' }));
    steps.push({ ...steps[4]!, event: { ...steps[4]!.event, sessions: [...steps[4]!.event.sessions, { id: 'new', title: 'New' }] } });
    steps.push({ ...steps[5]!, lang: 'bg' });
    steps.push({ ...steps[6]!, event: { ...steps[6]!.event, name: 'Renamed' } });
    steps.push(edit(steps[7]!, 0, { title: 'Retitled after a left-out session' }));
    for (const step of steps) expect(reader.read(step)).to.deep.equal(parseEventDocument(step));
    expect(reader.read(JSON.stringify(steps[0]))).to.deep.equal(parseEventDocument(steps[0]));
  });
});

describe('URL fragment filter state', () => {
  it('round-trips tracks, rooms, words and "only mine", encoding separators inside values', () => {
    const state = { tracks: ['a,b', 'c;d'], rooms: ['x=y&z'], query: 'reef: 50% off', onlyFavorites: true };
    const hash = writeFilterState('', 'agenda', state);
    expect(hash).to.equal('#agenda=track:a%2Cb,c%3Bd;room:x%3Dy%26z;q:reef%3A%2050%25%20off;fav:1');
    expect(readFilterState(hash, 'agenda')).to.deep.equal(state);
    expect(readFilterState(hash, 'other')).to.equal(null);
  });

  it('keeps other parts of the fragment in place and removes its own part when nothing is filtered', () => {
    const hash = writeFilterState('#session-42&one=q:x', 'two', { ...emptyFilterState(), query: 'port' });
    expect(hash).to.equal('#session-42&one=q:x&two=q:port');
    expect(writeFilterState(hash, 'one', { ...emptyFilterState(), rooms: ['hall'] })).to.equal('#session-42&one=room:hall&two=q:port');
    expect(writeFilterState(hash, 'two', emptyFilterState())).to.equal('#session-42&one=q:x');
    expect(writeFilterState('#agenda=q:x', 'agenda', emptyFilterState())).to.equal('');
    expect(isEmptyFilterState({ ...emptyFilterState(), query: '   ' })).to.equal(true);
  });

  it('finds a session deep link anywhere in the fragment and ignores broken encodings', () => {
    expect(deepLinkedSession('#session-d1-opening')).to.equal('d1-opening');
    expect(deepLinkedSession('#agenda=q:x&session-caf%C3%A9')).to.equal('café');
    expect(deepLinkedSession('#agenda=q:x')).to.equal(null);
    expect(deepLinkedSession('#session-')).to.equal(null);
    expect(readFilterState('#agenda=q:%E0%A4%A;track:,a,,a;fav:yes;junk', 'agenda')).to.deep.equal({
      tracks: ['a'],
      rooms: [],
      query: '%E0%A4%A',
      onlyFavorites: false,
    });
    expect(fragmentKey('')).to.equal('agenda');
    expect(fragmentKey('programme')).to.equal('programme');
  });
});

describe('FavoritesStore', () => {
  function memoryStorage(overrides: Partial<Storage> = {}): Storage {
    const data = new Map<string, string>();
    return {
      get length() {
        return data.size;
      },
      clear: () => data.clear(),
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => data.get(k) ?? null,
      setItem: (k: string, v: string) => void data.set(k, v),
      removeItem: (k: string) => void data.delete(k),
      ...overrides,
    };
  }

  it('stores ids per event under cluster-events:favorites:<event id>', () => {
    const storage = memoryStorage();
    const store = new FavoritesStore('ev-1', () => storage);
    const ids = store.toggle(new Set(), 'a', true);
    store.toggle(ids, 'b', true);
    expect(storage.getItem(favoritesKey('ev-1'))).to.equal('["a","b"]');
    expect([...new FavoritesStore('ev-1', () => storage).load()]).to.deep.equal(['a', 'b']);
    expect([...new FavoritesStore('ev-2', () => storage).load()]).to.deep.equal([]);
    store.save(new Set());
    expect(storage.getItem(favoritesKey('ev-1'))).to.equal(null);
    expect(store.persistent).to.equal(true);
  });

  it('reads garbage as no favourites', () => {
    expect([...parseFavorites('{"a":1}')]).to.deep.equal([]);
    expect([...parseFavorites('not json')]).to.deep.equal([]);
    expect([...parseFavorites('["a", 3, "", "b", "a"]')]).to.deep.equal(['a', 'b']);
  });

  it('keeps ids in memory when storage is full, disabled or missing', () => {
    const full = memoryStorage({
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    const eventId = `quota-${Math.random()}`;
    const store = new FavoritesStore(eventId, () => full);
    expect(store.save(new Set(['a']))).to.equal(false);
    expect(store.persistent).to.equal(false);
    expect([...new FavoritesStore(eventId, () => full).load()]).to.deep.equal(['a']);
    const denied = new FavoritesStore(`denied-${Math.random()}`, () =>
      memoryStorage({
        getItem: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      }),
    );
    expect([...denied.load()]).to.deep.equal([]);
    expect(denied.persistent).to.equal(false);
    const none = new FavoritesStore(`none-${Math.random()}`, () => undefined);
    expect(none.toggle(new Set(), 'x', true).has('x')).to.equal(true);
    expect([...none.load()]).to.deep.equal(['x']);
  });
});
