import { expect } from '@open-wc/testing';
import {
  documentRefs,
  parseEventDocument,
  parseFundingCall,
  parseObjectiveItems,
  parseObjectiveList,
  parseOrganization,
  parsePerson,
  parseProject,
  parseSession,
} from '../src/data/parse.js';
import type { DataProblem, EventDocument, ObjectiveItem } from '../src/data/types.js';
import { readEventData } from '../src/base/load.js';
import { blueSummit2026, generateEvent, varna2018 } from '../stories/data/index.js';

/** A realistic, fully valid document: a one-day cluster meeting in Varna with two tracks. */
function validDocument(): EventDocument {
  return {
    lang: 'bg',
    baseUrl: 'https://example.org/events/varna-2018',
    event: {
      id: 'varna-2018',
      name: { bg: 'Иновативен растеж чрез клъстерно сътрудничество', en: 'Innovative Growth through Cluster Cooperation' },
      description: { en: 'A regional meeting of business clusters.' },
      url: 'https://example.org/events/varna-2018',
      timeZone: 'Europe/Sofia',
      start: '2018-07-06T09:30:00+03:00',
      end: '2018-07-06T17:00:00+03:00',
      status: 'scheduled',
      attendanceMode: 'offline',
      venue: { name: { bg: 'Варна', en: 'Varna' }, address: { addressLocality: 'Varna', addressCountry: 'BG' } },
      organizerIds: ['abc'],
      partnerIds: ['bfc'],
      tracks: [
        { id: 'growth', name: { en: 'Innovative growth' }, color: '#1e6fba' },
        { id: 'finance', name: { en: 'Financial support' }, color: 'hsl(150, 60%, 35%)' },
      ],
      rooms: [{ id: 'hall', name: 'Main hall' }],
      sessions: [
        {
          id: 'opening',
          title: { en: 'Opening', bg: 'Откриване' },
          kind: 'talk',
          start: '2018-07-06T09:30:00+03:00',
          end: '2018-07-06T10:00:00+03:00',
          trackId: 'growth',
          roomId: 'hall',
          participants: [{ personId: 'p-abc', role: 'speaker' }],
        },
        {
          id: 'foresda',
          title: 'FORESDA',
          abstract: { en: 'Forest-based industries in the Danube region.' },
          kind: 'presentation',
          start: '2018-07-06T10:00:00+03:00',
          end: '2018-07-06T10:45:00+03:00',
          trackId: 'growth',
          tags: ['wood', 'danube'],
          projectIds: ['foresda'],
          participants: [{ personId: 'p-bfc', role: 'speaker' }],
        },
        { id: 'lunch', title: { en: 'Lunch' }, kind: 'break', start: '2018-07-06T13:00:00+03:00', end: '2018-07-06T14:00:00+03:00' },
        { id: 'opic', title: { en: 'The OPIC call' }, kind: 'discussion', trackId: 'finance', url: '/calls/opic' },
      ],
    },
    organizations: [
      { id: 'abc', name: { en: 'Association of Business Clusters' }, shortName: 'ABC', url: 'https://example.org/abc' },
      { id: 'bfc', name: { en: 'Bulgarian Furniture Cluster' }, logo: { url: '/logos/bfc.svg', alt: { en: 'BFC logo' } } },
    ],
    people: [
      { id: 'p-abc', jobTitle: { en: 'Representative' }, organizationId: 'abc' },
      {
        id: 'p-bfc',
        name: 'Maria Petrova',
        organizationId: 'bfc',
        photo: { url: 'https://example.org/maria.jpg', alt: 'Maria Petrova' },
        links: [{ url: 'mailto:maria@example.org', label: 'E-mail' }],
      },
    ],
    projects: [
      {
        id: 'foresda',
        acronym: 'FORESDA',
        title: { en: 'Forest-based Cluster Development in the Danube Region' },
        programme: { name: { en: 'Interreg Danube Transnational Programme' }, fund: 'ERDF', period: '2014-2020' },
        startDate: '2017-01-01',
        endDate: '2019-06-30',
        budget: { total: { amount: 1_980_000, currency: 'EUR' }, euContribution: { amount: 1_683_000, currency: 'EUR' } },
        partners: [{ organizationId: 'bfc', role: 'partner', country: 'BG' }],
        objectiveListId: 'foresda-objectives',
        fundingNotice: { text: { en: 'Co-funded by the European Union' }, emblem: 'eu-cofunded' },
      },
    ],
    objectiveLists: [
      {
        id: 'foresda-objectives',
        title: { en: 'Objectives' },
        kind: 'objectives',
        projectId: 'foresda',
        numbering: 'decimal-nested',
        items: [
          { text: { en: 'Map the forest-based value chains' }, status: 'achieved', children: [{ id: 'o-1-1', text: 'Survey' }] },
          { text: 'Train cluster managers', indicator: { name: 'managers trained', unit: 'people', target: 40, achieved: 28 } },
        ],
      },
    ],
    fundingCalls: [
      {
        id: 'opic-2018',
        identifier: 'BG16RFOP002-1.001',
        title: { en: 'Support for clusters' },
        timeZone: 'Europe/Sofia',
        opensEstimate: { en: 'by the end of 2018' },
        deadlines: [],
        budget: { total: { amount: 10_000_000, currency: 'BGN' }, alternate: [{ amount: 5_112_919, currency: 'EUR' }] },
        infoUrl: 'https://example.org/opic',
      },
    ],
  };
}

const paths = (problems: DataProblem[]) => problems.map((p) => p.path);
const find = (problems: DataProblem[], path: string) => problems.find((p) => p.path === path)?.message;

describe('parseEventDocument: valid documents', () => {
  it('parses a realistic document with zero problems and keeps it as it is', () => {
    const input = validDocument();
    const { document, problems } = parseEventDocument(input);
    expect(problems).to.deep.equal([]);
    expect(document).to.deep.equal(validDocument());
    expect(document).not.to.equal(input);
    expect(document!.event.sessions).not.to.equal(input.event.sessions);
  });

  it('accepts the same document as JSON text', () => {
    const { document, problems } = parseEventDocument(JSON.stringify(validDocument()));
    expect(problems).to.deep.equal([]);
    expect(document).to.deep.equal(validDocument());
  });

  it('parses the demo documents of the stories with zero problems', () => {
    for (const [name, doc] of [
      ['varna2018', varna2018],
      ['blueSummit2026', blueSummit2026],
      ['generated', generateEvent({ sessions: 300, days: 3 })],
    ] as const) {
      const { document, problems } = parseEventDocument(doc);
      expect(problems, name).to.deep.equal([]);
      expect(document, name).to.deep.equal(doc);
    }
  });

  it('accepts a calendar date as event start and an object with a null prototype', () => {
    const bare = Object.assign(Object.create(null) as object, {
      lang: 'en',
      event: Object.assign(Object.create(null) as object, { id: 'e', name: 'Meeting', start: '2018-07-06', end: '2018-07-07', timeZone: 'Europe/Sofia' }),
    });
    const { document, problems } = parseEventDocument(bare);
    expect(problems).to.deep.equal([]);
    expect(document?.event.start).to.equal('2018-07-06');
    expect(document?.event.end).to.equal('2018-07-07');
  });
});

describe('parseEventDocument: garbage never throws', () => {
  const garbage: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', 'x'],
    ['broken JSON', '{'],
    ['an array', []],
    ['JSON null', 'null'],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['an empty object', {}],
  ];
  for (const [name, input] of garbage) {
    it(`returns no document and says why for ${name}`, () => {
      const { document, problems } = parseEventDocument(input);
      expect(document).to.equal(null);
      expect(problems.length).to.be.greaterThan(0);
      for (const p of problems) {
        expect(p.path).to.be.a('string').and.not.equal('');
        expect(p.message).to.be.a('string').and.not.equal('');
      }
    });
  }

  it('explains broken JSON and non-objects', () => {
    expect(parseEventDocument('{').problems[0]!.path).to.equal('document');
    expect(parseEventDocument('{').problems[0]!.message).to.match(/^not valid JSON \(.+\)$/);
    expect(parseEventDocument(42).problems).to.deep.equal([{ path: 'document', message: 'expected an event document (an object), got the number 42' }]);
    expect(parseEventDocument([]).problems[0]!.message).to.equal('expected an event document (an object), got a list');
    expect(paths(parseEventDocument({}).problems)).to.deep.equal(['lang', 'event']);
  });

  it('reports a file whose JSON is a string as not an event document, not as broken JSON', async () => {
    const notADocument = [{ path: 'document', message: 'expected an event document (an object), got the text "just a string"' }];
    // JSON text of a string, and the string a loader hands over once it has read such a file.
    expect(parseEventDocument('"just a string"').problems).to.deep.equal(notADocument);
    expect(parseEventDocument('just a string').problems).to.deep.equal(notADocument);
    expect((await readEventData(JSON.parse('"just a string"'))).problems).to.deep.equal(notADocument);
    // Text that starts like a document and is cut short is still broken JSON.
    expect(parseEventDocument('  {"lang": "en",').problems[0]!.message).to.match(/^not valid JSON \(.+\)$/);
    expect(parseEventDocument('[1, 2').problems[0]!.message).to.match(/^not valid JSON \(.+\)$/);
  });

  it('survives 100000 levels of nesting, as JSON text and as objects', () => {
    const depth = 100_000;
    const json = `{"lang":"en","event":{"id":"e","name":${'{"en":'.repeat(depth)}"x"${'}'.repeat(depth)},"start":"2018-07-06","timeZone":"UTC"}}`;
    const fromText = parseEventDocument(json);
    expect(fromText.document).to.equal(null);
    expect(fromText.problems.length).to.be.greaterThan(0);

    let deep: unknown = 'x';
    for (let i = 0; i < depth; i++) deep = { children: [{ text: 'x', children: [deep] }] };
    const fromObjects = parseEventDocument({
      lang: 'en',
      event: { id: 'e', name: 'n', start: '2018-07-06', timeZone: 'UTC', sessions: [deep] },
      objectiveLists: [{ id: 'l', items: [deep] }],
    });
    expect(fromObjects.document?.event.id).to.equal('e');
    expect(paths(fromObjects.problems)).to.include('objectiveLists[0].items[0].text');
  });

  it('survives 10 MB of JSON text nested 1.5 million levels deep', function () {
    // A few seconds in Chromium and Firefox; WebKit (JavaScriptCore) took over 20 s on a busy two-core machine.
    this.timeout(90_000);
    const depth = 1_500_000;
    const json = `{"lang":"en","event":{"id":"e","name":${'{"en":'.repeat(depth)}"x"${'}'.repeat(depth)},"start":"2018-07-06","timeZone":"UTC"}}`;
    expect(json.length).to.be.greaterThan(10_000_000);
    const { document, problems } = parseEventDocument(json);
    expect(document).to.equal(null);
    expect(problems).to.deep.equal([
      { path: 'event.name.en', message: 'expected text, got an object' },
      { path: 'event.name', message: 'is required but has no text in any language' },
      { path: 'event', message: 'left out: the event needs a valid id, name, start and timeZone' },
    ]);
  });

  it('survives an array nested 100000 levels deep as the whole input', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const { document, problems } = parseEventDocument(text);
    expect(document).to.equal(null);
    expect(problems).to.have.length(1);
    expect(problems[0]!.path).to.equal('document');
  });

  it('survives cyclic objects', () => {
    const item: Record<string, unknown> = { text: 'loop' };
    item.children = [item];
    const event: Record<string, unknown> = { id: 'e', name: 'n', start: '2018-07-06', timeZone: 'UTC' };
    event.self = event;
    event.sessions = [{ id: 's', title: 't', parent: event }];
    const doc: Record<string, unknown> = { lang: 'en', event, objectiveLists: [{ id: 'l', items: [item] }] };
    doc.doc = doc;
    const { document, problems } = parseEventDocument(doc);
    expect(document?.event.sessions).to.deep.equal([{ id: 's', title: 't' }]);
    // The loop is cut at the depth limit: 6 levels kept.
    let level: ObjectiveItem | undefined = document?.objectiveLists?.[0]?.items[0];
    let count = 0;
    while (level) {
      count++;
      level = level.children?.[0];
    }
    expect(count).to.equal(6);
    // The loop's own keys are unknown fields, reported once each; the loop itself is cut.
    expect(problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal([
      'objectiveLists[0].items[0].children[0].children[0].children[0].children[0].children[0].children: nested more than 6 levels deep; these items are left out',
      'event.sessions[0].parent: unknown field; it is ignored',
      'event.self: unknown field; it is ignored',
      'doc: unknown field; it is ignored',
    ]);
  });

  it('survives getters that throw, and reports them with paths', () => {
    const session = { id: 's2', title: 't' };
    Object.defineProperty(session, 'start', {
      enumerable: true,
      get() {
        throw new Error('no time');
      },
    });
    const event = { id: 'e', start: '2018-07-06', timeZone: 'UTC', sessions: [{ id: 's1', title: 't' }, session] };
    Object.defineProperty(event, 'name', {
      enumerable: true,
      get() {
        throw new TypeError('nope');
      },
    });
    const { document, problems } = parseEventDocument({ lang: 'en', event });
    expect(document).to.equal(null);
    expect(find(problems, 'event.name')).to.equal('could not be read (nope)');
    expect(find(problems, 'event.sessions[1].start')).to.equal('could not be read (no time)');

    const doc = { lang: 'en' };
    Object.defineProperty(doc, 'event', {
      get() {
        throw new Error('gone');
      },
    });
    const second = parseEventDocument(doc);
    expect(second.document).to.equal(null);
    expect(find(second.problems, 'event')).to.equal('could not be read (gone)');
  });

  it('survives proxies whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
        ownKeys() {
          throw new Error('trap');
        },
        getPrototypeOf() {
          throw new Error('trap');
        },
      },
    );
    const { document, problems } = parseEventDocument(hostile);
    expect(document).to.equal(null);
    expect(problems.length).to.be.greaterThan(0);
    const list = new Proxy([], {
      get(_t, key) {
        if (key === 'length') return 3;
        throw new Error('item trap');
      },
    });
    const r = parseEventDocument({ lang: 'en', event: { id: 'e', name: 'n', start: '2018-07-06', timeZone: 'UTC', sessions: list } });
    expect(r.document?.event.sessions).to.deep.equal([]);
    expect(paths(r.problems)).to.include('event.sessions[2]');
  });
});

describe('parseEventDocument: partly invalid documents', () => {
  it('needs an event with a valid id, name, start and time zone', () => {
    const { document, problems } = parseEventDocument({
      lang: 'en',
      event: { id: '', name: { en: 42 }, start: 'tomorrow', timeZone: 'Europe/Varna' },
    });
    expect(document).to.equal(null);
    expect(paths(problems)).to.deep.equal(['event.id', 'event.name.en', 'event.name', 'event.timeZone', 'event.start', 'event']);
    expect(find(problems, 'event.start')).to.equal('"tomorrow" is not an RFC 3339 date-time or a date (YYYY-MM-DD)');
    expect(find(problems, 'event.timeZone')).to.equal('"Europe/Varna" is not a known IANA time zone (like "Europe/Sofia")');
  });

  it('assumes English when lang is missing or not a language code', () => {
    const doc = validDocument() as unknown as Record<string, unknown>;
    delete doc.lang;
    const missing = parseEventDocument(doc);
    expect(missing.document?.lang).to.equal('en');
    expect(missing.problems).to.deep.equal([{ path: 'lang', message: 'is required but missing; "en" is assumed' }]);
    const wrong = parseEventDocument({ ...doc, lang: 'Bulgarian language' });
    expect(wrong.document?.lang).to.equal('en');
    expect(wrong.problems).to.deep.equal([{ path: 'lang', message: '"Bulgarian language" is not a language code (like "en" or "bg"); "en" is assumed' }]);
  });

  it('keeps the valid sessions and drops the invalid ones, one problem each with a path', () => {
    const doc = validDocument();
    const sessions = doc.event.sessions as unknown[];
    sessions.push(
      { title: 'No id' },
      'not a session',
      { id: 'opening', title: 'Duplicate of the first' },
      { id: 'late', title: 'Fine', start: '2018-07-06T16:00:00+03:00', end: '2018-07-06T17:00:00+03:00' },
    );
    const { document, problems } = parseEventDocument(doc);
    expect(document!.event.sessions!.map((s) => s.id)).to.deep.equal(['opening', 'foresda', 'lunch', 'opic', 'late']);
    expect(problems).to.deep.equal([
      { path: 'event.sessions[4].id', message: 'is required but missing' },
      { path: 'event.sessions[4]', message: 'left out: a session needs an id and a title' },
      { path: 'event.sessions[5]', message: 'expected a session (an object), got the text "not a session"' },
      {
        path: 'event.sessions[6].id',
        message: 'duplicate id "opening" (first used at event.sessions[0]); this session is left out',
      },
    ]);
  });

  it('keeps a start alone (start times only), drops an end without a usable start or before it, and leaves a session without a usable start untimed', () => {
    const doc = validDocument();
    doc.event.sessions = [
      { id: 'a', title: 'Only start', start: '2018-07-06T10:00:00+03:00' },
      { id: 'b', title: 'Only end', end: '2018-07-06T10:00:00+03:00' },
      { id: 'c', title: 'Backwards', start: '2018-07-06T11:00:00+03:00', end: '2018-07-06T10:00:00+03:00' },
      { id: 'd', title: 'No offset', start: '2018-07-06T10:00', end: '2018-07-06T11:00:00+03:00' },
      { id: 'e', title: 'Bad end', start: '2018-07-06T10:00:00+03:00', end: 'later' },
      { id: 'f', title: 'Zero length', start: '2018-07-06T10:00:00+03:00', end: '2018-07-06T10:00:00+03:00' },
      // Across midnight and across the autumn DST change: end is later in time although earlier on the clock.
      { id: 'g', title: 'Night', start: '2026-10-25T03:45:00+03:00', end: '2026-10-25T03:15:00+02:00' },
    ];
    const { document, problems } = parseEventDocument(doc);
    const byId = new Map(document!.event.sessions!.map((s) => [s.id, s]));
    expect(byId.size).to.equal(7);
    for (const id of ['a', 'c', 'e']) {
      expect(byId.get(id)?.start, id).to.equal(id === 'c' ? '2018-07-06T11:00:00+03:00' : '2018-07-06T10:00:00+03:00');
      expect(byId.get(id)?.end, id).to.equal(undefined);
    }
    for (const id of ['b', 'd']) {
      expect(byId.get(id)?.start, id).to.equal(undefined);
      expect(byId.get(id)?.end, id).to.equal(undefined);
    }
    expect(byId.get('f')?.start).to.equal('2018-07-06T10:00:00+03:00');
    expect(byId.get('g')?.end).to.equal('2026-10-25T03:15:00+02:00');
    expect(problems).to.deep.equal([
      { path: 'event.sessions[1].end', message: 'is given without a start; it is ignored' },
      { path: 'event.sessions[2].end', message: '"2018-07-06T10:00:00+03:00" is before the start "2018-07-06T11:00:00+03:00"; it is ignored' },
      { path: 'event.sessions[3].start', message: '"2018-07-06T10:00" has no UTC offset (add Z or one like +03:00)' },
      { path: 'event.sessions[4].end', message: '"later" is not an RFC 3339 date-time' },
    ]);
    // What was kept is valid: parsing it again finds nothing.
    expect(parseEventDocument(document).problems).to.deep.equal([]);
  });

  it('removes unknown references and says which', () => {
    const doc = validDocument();
    doc.event.sessions = [
      {
        id: 's',
        title: 't',
        trackId: 'nope',
        roomId: 'attic',
        projectIds: ['foresda', 'ghost'],
        participants: [
          { personId: 'p-abc', role: 'speaker' },
          { personId: 'stranger', role: 'speaker' },
          { personId: 'p-bfc', role: 'juggler' as 'speaker' }, // invalid on purpose
        ],
      },
    ];
    doc.event.organizerIds = ['abc', 'xyz'];
    doc.people![0]!.organizationId = 'acme';
    doc.projects![0]!.objectiveListId = 'missing-list';
    doc.projects![0]!.partners!.push({ organizationId: 'acme', role: 'lead' });
    doc.objectiveLists![0]!.projectId = 'other-project';
    const { document, problems } = parseEventDocument(doc);
    const s = document!.event.sessions![0]!;
    expect(s.trackId).to.equal(undefined);
    expect(s.roomId).to.equal(undefined);
    expect(s.projectIds).to.deep.equal(['foresda']);
    expect(s.participants).to.deep.equal([{ personId: 'p-abc', role: 'speaker' }]);
    expect(document!.event.organizerIds).to.deep.equal(['abc']);
    expect(document!.people![0]!.organizationId).to.equal(undefined);
    expect(document!.projects![0]!.objectiveListId).to.equal(undefined);
    expect(document!.projects![0]!.partners).to.have.length(1);
    expect(document!.objectiveLists![0]!.projectId).to.equal(undefined);
    expect(find(problems, 'event.sessions[0].trackId')).to.equal('"nope" is not the id of any track in event.tracks; the reference is removed');
    expect(paths(problems)).to.include.members([
      'event.sessions[0].roomId',
      'event.sessions[0].projectIds',
      'event.sessions[0].participants[1].personId',
      'event.sessions[0].participants[1]',
      'event.sessions[0].participants[2].role',
      'event.organizerIds',
      'people[0].organizationId',
      'projects[0].objectiveListId',
      'projects[0].partners[1].organizationId',
      'objectiveLists[0].projectId',
    ]);
    expect(find(problems, 'event.sessions[0].participants[2].role')).to.equal('"juggler" is not one of: speaker, moderator, panelist, chair');
  });

  it('drops unsafe links, bad colours and bad money but keeps their owners', () => {
    const doc = validDocument();
    doc.event.url = 'javascript:alert(1)';
    doc.event.tracks![0]!.color = 'red; background: url(https://example.org/x)';
    doc.organizations![0]!.url = 'data:text/html,<script>alert(1)</script>';
    doc.projects![0]!.budget = { total: { amount: -1, currency: 'EUR' }, euContribution: { amount: 5, currency: 'euro' } };
    const { document, problems } = parseEventDocument(doc);
    expect(document!.event.url).to.equal(undefined);
    expect(document!.event.tracks![0]).to.deep.equal({ id: 'growth', name: { en: 'Innovative growth' } });
    expect(document!.organizations![0]!.url).to.equal(undefined);
    expect(document!.projects![0]!.budget).to.equal(undefined);
    expect(find(problems, 'event.url')).to.equal('"javascript:alert(1)" is not a safe link (only http, https, mailto, tel or relative)');
    expect(paths(problems)).to.include.members([
      'event.tracks[0].color',
      'organizations[0].url',
      'projects[0].budget.total.amount',
      'projects[0].budget.euContribution.currency',
    ]);
  });

  it('checks the event end against its start', () => {
    const base = { id: 'e', name: 'n', timeZone: 'Europe/Sofia' };
    const mixed = parseEventDocument({ lang: 'en', event: { ...base, start: '2018-07-06', end: '2018-07-06T18:00:00+03:00' } });
    expect(mixed.document!.event.end).to.equal(undefined);
    expect(find(mixed.problems, 'event.end')).to.equal('"2018-07-06T18:00:00+03:00" should be a date, like start; it is ignored');
    const backwards = parseEventDocument({ lang: 'en', event: { ...base, start: '2018-07-06', end: '2018-07-05' } });
    expect(backwards.document!.event.end).to.equal(undefined);
    expect(find(backwards.problems, 'event.end')).to.equal('"2018-07-05" is before the start "2018-07-06"; it is ignored');
    const instants = parseEventDocument({
      lang: 'en',
      event: { ...base, start: '2018-07-06T10:00:00+03:00', end: '2018-07-06T09:00:00+03:00' },
    });
    expect(instants.document!.event.end).to.equal(undefined);
    const otherKind = parseEventDocument({ lang: 'en', event: { ...base, start: '2018-07-06T10:00:00+03:00', end: '2018-07-07' } });
    expect(find(otherKind.problems, 'event.end')).to.match(/should be a date-time with offset, like start/);
  });

  it('drops invalid items of the other lists with a problem each', () => {
    const doc = validDocument() as unknown as Record<string, unknown[]>;
    doc.organizations!.push({ id: 'nameless' }, { id: 'abc', name: 'Duplicate' });
    doc.people!.push({ name: 'No id' }, { id: 'p-abc', name: 'Duplicate' });
    doc.projects!.push({ id: 'x', title: 'No acronym' });
    doc.objectiveLists!.push({ id: 'no-items' });
    doc.fundingCalls!.push({ id: 'c', title: 'No zone', deadlines: [{ at: '2026-01-01T00:00:00Z' }] });
    const { document, problems } = parseEventDocument(doc);
    expect(document!.organizations).to.have.length(2);
    expect(document!.people).to.have.length(2);
    expect(document!.projects).to.have.length(1);
    expect(document!.objectiveLists).to.have.length(1);
    expect(document!.fundingCalls).to.have.length(1);
    expect(paths(problems).filter((p) => !p.endsWith('.id') && !/\.\w+$/.test(p))).to.deep.equal([
      'organizations[2]',
      'people[2]',
      'objectiveLists[1]', // lists come before projects: projects refer to them
      'projects[1]',
      'fundingCalls[1]',
    ]);
    expect(find(problems, 'organizations[3].id')).to.match(/^duplicate id "abc"/);
    expect(find(problems, 'people[3].id')).to.match(/^duplicate id "p-abc"/);
  });

  it('reports a list that is not a list', () => {
    const doc = { ...validDocument(), people: { 'p-1': { name: 'x' } } };
    const { document, problems } = parseEventDocument(doc);
    expect(document!.people).to.equal(undefined);
    expect(find(problems, 'people')).to.equal('expected a list, got an object');
  });
});

describe('per-entity parsers', () => {
  it('parse a session like the document does, with or without references', () => {
    const problems: DataProblem[] = [];
    const session = { id: 's', title: { en: 'Talk' }, trackId: 't9', participants: [{ personId: 'p1', role: 'moderator' }] };
    expect(parseSession(session, 'session', problems)).to.deep.equal(session);
    expect(problems).to.deep.equal([]);
    const refs = documentRefs(parseEventDocument(validDocument()).document!);
    const checked = parseSession(session, 'session', problems, refs);
    expect(checked).to.deep.equal({ id: 's', title: { en: 'Talk' }, participants: [] });
    expect(paths(problems)).to.deep.equal(['session.trackId', 'session.participants[0].personId', 'session.participants[0]']);
    expect(parseSession(null, 'session', problems)).to.equal(undefined);
  });

  it('parse people (known only by role), organisations and projects', () => {
    const problems: DataProblem[] = [];
    expect(parsePerson({ id: 'p', jobTitle: 'Representative', affiliation: { bg: 'АБК' } }, 'p', problems)).to.deep.equal({
      id: 'p',
      jobTitle: 'Representative',
      affiliation: { bg: 'АБК' },
    });
    expect(parsePerson({ id: 'p', photo: { url: 'javascript:x' } }, 'p', problems)).to.deep.equal({ id: 'p' });
    expect(paths(problems)).to.deep.equal(['p.photo.url', 'p.photo']);
    expect(parseOrganization({ id: 'o' }, 'o', [])).to.equal(undefined);
    const project = parseProject(
      { id: 'x', acronym: 'X', title: 'X', startDate: '2020-02-29', endDate: '2019-02-28' },
      'project',
      ((problems.length = 0), problems),
    );
    expect(project).to.deep.equal({ id: 'x', acronym: 'X', title: 'X' });
    expect(problems).to.deep.equal([{ path: 'project.endDate', message: '"2019-02-28" is before the start date "2020-02-29"; both dates are ignored' }]);
    problems.length = 0;
    expect(parseProject({ id: 'x', acronym: 'X', title: 'X', startDate: '2023-02-29' }, 'project', problems)).to.deep.equal({
      id: 'x',
      acronym: 'X',
      title: 'X',
    });
    expect(problems).to.deep.equal([{ path: 'project.startDate', message: '"2023-02-29" is not a real date' }]);
  });

  it('parse nested objective items up to six levels', () => {
    const nest = (levels: number): unknown => ({ text: `level ${levels}`, children: levels > 1 ? [nest(levels - 1)] : undefined });
    const problems: DataProblem[] = [];
    const items = parseObjectiveItems([nest(7)], 'items', problems)!;
    let depth = 0;
    for (let item: ObjectiveItem | undefined = items[0]; item; item = item.children?.[0]) depth++;
    expect(depth).to.equal(6);
    expect(problems).to.deep.equal([
      {
        path: 'items[0].children[0].children[0].children[0].children[0].children[0].children',
        message: 'nested more than 6 levels deep; these items are left out',
      },
    ]);
    problems.length = 0;
    expect(parseObjectiveItems([nest(6)], 'items', problems)).to.have.length(1);
    expect(problems).to.deep.equal([]);
    expect(parseObjectiveList({ id: 'l', items: [{ text: '' }, { text: 'ok', status: 'done' }] }, 'l', problems)).to.deep.equal({
      id: 'l',
      items: [{ text: 'ok' }],
    });
    expect(paths(problems)).to.deep.equal(['l.items[0].text', 'l.items[0]', 'l.items[1].status']);
  });

  it('parse funding calls: deadlines sorted, calls without dates kept only when they say when they open', () => {
    const problems: DataProblem[] = [];
    const call = parseFundingCall(
      {
        id: 'c',
        title: 'Call',
        timeZone: 'Europe/Brussels',
        opens: '2026-03-01',
        deadlines: [
          { at: '2026-09-30T17:00:00+02:00', label: 'Final', previousAt: '2026-09-15T17:00:00+02:00' },
          { at: 'end of April' },
          { at: '2026-04-15T17:00:00+02:00' },
        ],
        closingSoonDays: 7,
        statusOverride: 'suspended',
        applyUrl: 'https://example.org/apply',
      },
      'fundingCalls[0]',
      problems,
    );
    expect(call!.deadlines.map((d) => d.at)).to.deep.equal(['2026-04-15T17:00:00+02:00', '2026-09-30T17:00:00+02:00']);
    expect(call!.deadlines[1]!.previousAt).to.equal('2026-09-15T17:00:00+02:00');
    expect(call!.opens).to.equal('2026-03-01');
    expect(paths(problems)).to.deep.equal(['fundingCalls[0].deadlines[1].at', 'fundingCalls[0].deadlines[1]']);

    problems.length = 0;
    expect(parseFundingCall({ id: 'c', title: 'Call', timeZone: 'UTC', deadlines: [{ at: 'soon' }] }, 'c', problems)).to.equal(undefined);
    expect(problems.at(-1)).to.deep.equal({
      path: 'c',
      message: 'left out: a funding call needs at least one valid deadline, or opens, opensEstimate or opensBy',
    });
    expect(parseFundingCall({ id: 'c', title: 'Call', timeZone: 'UTC', opensEstimate: 'Autumn' }, 'c', [])).to.deep.equal({
      id: 'c',
      title: 'Call',
      timeZone: 'UTC',
      opensEstimate: 'Autumn',
      deadlines: [],
    });
    // A date to open by is enough on its own; a bad one is reported with its path, and the call
    // with nothing else to go by is left out.
    expect(parseFundingCall({ id: 'c', title: 'Call', timeZone: 'UTC', opensBy: '2018-12-31' }, 'c', [])).to.deep.equal({
      id: 'c',
      title: 'Call',
      timeZone: 'UTC',
      opensBy: '2018-12-31',
      deadlines: [],
    });
    problems.length = 0;
    expect(parseFundingCall({ id: 'c', title: 'Call', timeZone: 'UTC', opensBy: '31.12.2018' }, 'c', problems)).to.equal(undefined);
    expect(problems).to.deep.equal([
      { path: 'c.opensBy', message: '"31.12.2018" is not a date (YYYY-MM-DD)' },
      { path: 'c', message: 'left out: a funding call needs at least one valid deadline, or opens, opensEstimate or opensBy' },
    ]);
    problems.length = 0;
    parseFundingCall(
      { id: 'c', title: 'Call', timeZone: 'UTC', opens: '2026-01-01T00:00:00Z', closingSoonDays: -3, budget: { perProjectMax: 5 } },
      'c',
      problems,
    );
    expect(paths(problems)).to.deep.equal(['c.closingSoonDays', 'c.budget.perProjectMax']);
  });

  it('parse funding calls: every field is checked even when the call is left out', () => {
    const problems: DataProblem[] = [];
    const call = parseFundingCall(
      {
        id: 'c',
        title: 'Bad call',
        timeZone: 'Mars/Olympus',
        opens: 'soon',
        deadlines: [{ at: '30.10.2026' }],
        budget: { total: { amount: 'a lot', currency: 'euro' } },
        applyUrl: 'javascript:alert(3)',
        infoUrl: 'javascript:alert(4)',
      },
      'c',
      problems,
    );
    expect(call).to.equal(undefined);
    expect(paths(problems)).to.deep.equal([
      'c.timeZone',
      'c.opens',
      'c.deadlines[0].at',
      'c.deadlines[0]',
      'c.budget.total.amount',
      'c.budget.total.currency',
      'c.applyUrl',
      'c.infoUrl',
      'c',
      'c',
    ]);
    expect(problems.slice(-2).map((p) => p.message)).to.deep.equal([
      'left out: a funding call needs an id, a title and a timeZone',
      'left out: a funding call needs at least one valid deadline, or opens, opensEstimate or opensBy',
    ]);
  });

  it('parse funding calls: a deadline before the opening is reported and ignored', () => {
    const problems: DataProblem[] = [];
    const call = parseFundingCall(
      {
        id: 'c',
        title: 'Call',
        timeZone: 'Europe/Sofia',
        opens: '2027-06-01T10:00:00+03:00',
        deadlines: [{ at: '2027-05-01T17:00:00+03:00' }, { at: '2027-06-01T10:00:00+03:00' }, { at: '2027-09-01T17:00:00+03:00' }],
      },
      'c',
      problems,
    );
    expect(problems).to.deep.equal([
      {
        path: 'c.deadlines[0].at',
        message: '"2027-05-01T17:00:00+03:00" is before the opening "2027-06-01T10:00:00+03:00"; it is ignored',
      },
    ]);
    // A deadline at the very opening instant is odd but not contradictory.
    expect(call!.deadlines.map((d) => d.at)).to.deep.equal(['2027-06-01T10:00:00+03:00', '2027-09-01T17:00:00+03:00']);

    // An opening date means midnight in the call's zone: a deadline that evening is fine, the evening before is not.
    problems.length = 0;
    const byDate = parseFundingCall(
      {
        id: 'd',
        title: 'Call',
        timeZone: 'Europe/Sofia',
        opens: '2027-06-01',
        deadlines: [{ at: '2027-05-31T23:30:00+03:00' }, { at: '2027-05-31T21:30:00Z' }],
      },
      'd',
      problems,
    );
    expect(problems).to.deep.equal([{ path: 'd.deadlines[0].at', message: '"2027-05-31T23:30:00+03:00" is before the opening "2027-06-01"; it is ignored' }]);
    expect(byDate!.deadlines.map((d) => d.at)).to.deep.equal(['2027-05-31T21:30:00Z']);

    // With its only deadline ignored, a call that says when it opens is still kept (forthcoming).
    problems.length = 0;
    const only = parseFundingCall(
      { id: 'e', title: 'Call', timeZone: 'Europe/Sofia', opens: '2027-06-01T10:00:00+03:00', deadlines: [{ at: '2027-05-01T17:00:00+03:00' }] },
      'e',
      problems,
    );
    expect(paths(problems)).to.deep.equal(['e.deadlines[0].at']);
    expect(only!.deadlines).to.deep.equal([]);
  });
});
