import { expect } from '@open-wc/testing';
import {
  ATTENDANCE_MODES,
  EVENT_STATUSES,
  FUNDING_EMBLEMS,
  CALL_STATUS_OVERRIDES,
  NUMBERING_STYLES,
  OBJECTIVE_LIST_KINDS,
  OBJECTIVE_STATUSES,
  PARTICIPANT_ROLES,
  PARTNER_ROLES,
  SESSION_KINDS,
  type EventDocument,
  type ObjectiveItem,
  type Session,
} from '../src/data/types.js';
import { isLocalizedText } from '../src/data/text.js';
import { safeUrl } from '../src/data/url.js';
import { isCalendarDate, isValidTimeZone, parseInstant, zoneOffsetMinutes } from '../src/data/time.js';
import { parseEventDocument } from '../src/data/parse.js';
import { blueSummit2026, generateEvent, varna2018 } from '../stories/data/index.js';

// ---------------------------------------------------------------------------------------------
// A strict structural check of a demo document: only keys of the data model (types.ts), values of
// the right shape, unique ids, references that resolve, consistent times. Returns "path: message".

type Rule = (v: unknown, path: string, out: string[]) => void;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function obj(fields: Record<string, Rule>, required: readonly string[] = []): Rule {
  return (v, path, out) => {
    if (!isRecord(v)) return void out.push(`${path}: expected an object`);
    for (const key of required) if (v[key] === undefined) out.push(`${path}.${key}: missing`);
    for (const [key, value] of Object.entries(v)) {
      const rule = fields[key];
      if (rule) rule(value, `${path}.${key}`, out);
      else out.push(`${path}.${key}: not a field of the data model`);
    }
  };
}
function list(item: Rule): Rule {
  return (v, path, out) => {
    if (!Array.isArray(v)) return void out.push(`${path}: expected a list`);
    v.forEach((x, i) => item(x, `${path}[${i}]`, out));
  };
}
function test(ok: (v: unknown) => boolean, what: string): Rule {
  return (v, path, out) => {
    if (!ok(v)) out.push(`${path}: ${JSON.stringify(v)} is not ${what}`);
  };
}
const oneOf = (values: readonly string[]) => test((v) => values.includes(v as string), values.join('|'));
const str = test((v) => typeof v === 'string' && v.trim() !== '', 'non-empty text');
const id = test((v) => typeof v === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(v), 'a kebab-case id');
const text = test((v) => isLocalizedText(v) && (typeof v === 'string' || Object.keys(v).every((k) => k === 'en' || k === 'bg')), 'localized text in en/bg');
const instant = test((v) => typeof v === 'string' && parseInstant(v) !== null, 'an RFC 3339 date-time with offset');
const instantOrDate = test((v) => typeof v === 'string' && (parseInstant(v) !== null || isCalendarDate(v)), 'an instant or a date');
const date = test((v) => isCalendarDate(v), 'a calendar date');
// Links go to example.org; images may be demo assets that Storybook serves (stories/assets/, at assets/).
const url = test(
  (v) => typeof v === 'string' && safeUrl(v) === v && (v.startsWith('https://example.org/') || /^assets\/[a-z0-9-]+\.svg$/.test(v)),
  'an example.org URL or a demo asset (assets/<name>.svg)',
);
const zone = test((v) => isValidTimeZone(v), 'an IANA zone');
const country = test((v) => typeof v === 'string' && /^[A-Z]{2}$/.test(v), 'a country code');
const num = test((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, 'a number >= 0');
const color = test((v) => typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v), 'a hex colour');
const ids = list(id);
const image = obj({ url, alt: text }, ['url']);
const money = obj({ amount: num, currency: test((v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v), 'a currency code') }, ['amount', 'currency']);
const programme = obj({ name: text, fund: str, period: str, url }, ['name']);
const objectiveItem: Rule = (v, path, out) =>
  obj(
    {
      id,
      text,
      detail: text,
      status: oneOf(OBJECTIVE_STATUSES),
      indicator: obj({ name: text, unit: str, target: num, achieved: num }, ['name']),
      children: list(objectiveItem),
    },
    ['text'],
  )(v, path, out);

const documentRule = obj(
  {
    lang: oneOf(['en', 'bg']),
    baseUrl: url,
    event: obj(
      {
        id,
        name: text,
        description: text,
        url,
        timeZone: zone,
        start: instantOrDate,
        end: instantOrDate,
        status: oneOf(EVENT_STATUSES),
        previousStart: instantOrDate,
        attendanceMode: oneOf(ATTENDANCE_MODES),
        registration: obj(
          {
            url,
            opens: instant,
            closes: instant,
            capacity: test((v) => Number.isInteger(v) && (v as number) >= 0, 'a whole number of places'),
            remaining: test((v) => Number.isInteger(v) && (v as number) >= 0, 'a whole number of places'),
            price: money,
            free: test((v) => v === true, 'true'),
          },
          ['url'],
        ),
        venue: obj(
          {
            name: text,
            address: obj({ streetAddress: str, addressLocality: str, postalCode: str, addressCountry: country }, ['addressCountry']),
            geo: obj(
              {
                latitude: test((v) => typeof v === 'number' && v >= -90 && v <= 90, 'a latitude'),
                longitude: test((v) => typeof v === 'number' && v >= -180 && v <= 180, 'a longitude'),
              },
              ['latitude', 'longitude'],
            ),
          },
          ['name'],
        ),
        organizerIds: ids,
        partnerIds: ids,
        tracks: list(obj({ id, name: text, description: text, color }, ['id', 'name'])),
        rooms: list(obj({ id, name: text }, ['id', 'name'])),
        sessions: list(
          obj(
            {
              id,
              title: text,
              abstract: text,
              kind: oneOf(SESSION_KINDS),
              start: instant,
              end: instant,
              trackId: id,
              roomId: id,
              tags: list(id),
              participants: list(obj({ personId: id, role: oneOf(PARTICIPANT_ROLES) }, ['personId', 'role'])),
              projectIds: ids,
              url,
              status: oneOf(EVENT_STATUSES),
            },
            ['id', 'title'],
          ),
        ),
      },
      ['id', 'name', 'timeZone', 'start'],
    ),
    people: list(
      obj({ id, name: str, jobTitle: text, organizationId: id, affiliation: text, photo: image, bio: text, links: list(obj({ url, label: text }, ['url'])) }, [
        'id',
      ]),
    ),
    organizations: list(obj({ id, name: text, shortName: str, url, logo: image }, ['id', 'name'])),
    projects: list(
      obj(
        {
          id,
          acronym: str,
          title: text,
          summary: text,
          programme,
          startDate: date,
          endDate: date,
          budget: obj({ total: money, euContribution: money }),
          partners: list(obj({ organizationId: id, role: oneOf(PARTNER_ROLES), country }, ['organizationId', 'role'])),
          objectiveListId: id,
          url,
          logo: image,
          fundingNotice: obj({ text, emblem: oneOf(FUNDING_EMBLEMS) }),
        },
        ['id', 'acronym', 'title'],
      ),
    ),
    objectiveLists: list(
      obj({ id, title: text, kind: oneOf(OBJECTIVE_LIST_KINDS), projectId: id, numbering: oneOf(NUMBERING_STYLES), items: list(objectiveItem) }, [
        'id',
        'items',
      ]),
    ),
    fundingCalls: list(
      obj(
        {
          id,
          identifier: str,
          title: text,
          summary: text,
          programme,
          timeZone: zone,
          opens: instant,
          opensEstimate: text,
          opensBy: date,
          deadlines: list(obj({ at: instant, label: text, previousAt: instant }, ['at'])),
          statusOverride: oneOf(CALL_STATUS_OVERRIDES),
          closingSoonDays: num,
          budget: obj({ total: money, alternate: list(money), perProjectMax: money }),
          applyUrl: url,
          infoUrl: url,
        },
        ['id', 'title', 'timeZone', 'deadlines'],
      ),
    ),
  },
  ['lang', 'event'],
);

const ms = (s: string | undefined) => (s ? (parseInstant(s)?.getTime() ?? Number.NaN) : Number.NaN);

/** Shape problems plus cross-references, unique ids and time order. Empty means valid. */
function documentProblems(doc: EventDocument): string[] {
  const out: string[] = [];
  documentRule(doc, 'document', out);
  if (out.length > 0) return out;
  const e = doc.event;
  const unique = (items: readonly { id: string }[] | undefined, what: string) => {
    const seen = new Set<string>();
    for (const item of items ?? []) {
      if (seen.has(item.id)) out.push(`${what}: duplicate id ${item.id}`);
      seen.add(item.id);
    }
    return seen;
  };
  const people = unique(doc.people, 'people');
  const orgs = unique(doc.organizations, 'organizations');
  const projects = unique(doc.projects, 'projects');
  const lists = unique(doc.objectiveLists, 'objectiveLists');
  const tracks = unique(e.tracks, 'tracks');
  const rooms = unique(e.rooms, 'rooms');
  unique(e.sessions, 'sessions');
  unique(doc.fundingCalls, 'fundingCalls');
  const ref = (set: Set<string>, value: string | undefined, path: string) => {
    if (value !== undefined && !set.has(value)) out.push(`${path}: ${value} does not resolve`);
  };
  [...(e.organizerIds ?? []), ...(e.partnerIds ?? [])].forEach((o) => ref(orgs, o, 'event organiser/partner'));
  (doc.people ?? []).forEach((p, i) => {
    ref(orgs, p.organizationId, `people[${i}].organizationId`);
    if (!p.name && !p.jobTitle) out.push(`people[${i}]: neither a name nor a role`);
  });
  const eventStart = ms(e.start) || Date.parse(`${e.start}T00:00:00Z`);
  (e.sessions ?? []).forEach((s, i) => {
    const path = `event.sessions[${i}]`;
    ref(tracks, s.trackId, `${path}.trackId`);
    ref(rooms, s.roomId, `${path}.roomId`);
    s.participants?.forEach((p, j) => ref(people, p.personId, `${path}.participants[${j}]`));
    s.projectIds?.forEach((p) => ref(projects, p, `${path}.projectIds`));
    if ((s.start === undefined) !== (s.end === undefined)) out.push(`${path}: start and end must come together`);
    if (s.start && s.end && !(ms(s.start) < ms(s.end))) out.push(`${path}: ends before it starts`);
    if (s.start && parseInstant(e.start) && ms(s.start) < eventStart) out.push(`${path}: starts before the event`);
  });
  (doc.projects ?? []).forEach((p, i) => {
    ref(lists, p.objectiveListId, `projects[${i}].objectiveListId`);
    p.partners?.forEach((x, j) => ref(orgs, x.organizationId, `projects[${i}].partners[${j}]`));
    if (p.startDate && p.endDate && !(p.startDate < p.endDate)) out.push(`projects[${i}]: ends before it starts`);
    const { total, euContribution } = p.budget ?? {};
    if (total && euContribution && euContribution.amount > total.amount) out.push(`projects[${i}]: EU share above total`);
  });
  (doc.objectiveLists ?? []).forEach((l, i) => ref(projects, l.projectId, `objectiveLists[${i}].projectId`));
  (doc.fundingCalls ?? []).forEach((c, i) => {
    let previous = ms(c.opens);
    c.deadlines.forEach((d, j) => {
      if (ms(d.at) <= previous) out.push(`fundingCalls[${i}].deadlines[${j}]: not after the previous date`);
      if (d.previousAt && !(ms(d.previousAt) < ms(d.at))) out.push(`fundingCalls[${i}].deadlines[${j}]: extension is earlier`);
      previous = ms(d.at);
    });
    if (!c.opens && !c.opensEstimate && c.deadlines.length === 0) out.push(`fundingCalls[${i}]: no date at all`);
  });
  return out;
}

/** Every RFC 3339 time in a document with the offset its zone really has then (checked with Intl). */
function offsetMismatches(doc: EventDocument): string[] {
  const out: string[] = [];
  const check = (value: string | undefined, timeZone: string, path: string) => {
    const date = value ? parseInstant(value) : null;
    if (!value || !date) return;
    const minutes = zoneOffsetMinutes(date, timeZone);
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    const expected = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    if (!value.endsWith(expected)) out.push(`${path}: ${value} should end in ${expected} in ${timeZone}`);
  };
  const e = doc.event;
  check(e.start, e.timeZone, 'event.start');
  check(e.end, e.timeZone, 'event.end');
  e.sessions?.forEach((s, i) => {
    check(s.start, e.timeZone, `event.sessions[${i}].start`);
    check(s.end, e.timeZone, `event.sessions[${i}].end`);
  });
  doc.fundingCalls?.forEach((c, i) => {
    check(c.opens, c.timeZone, `fundingCalls[${i}].opens`);
    c.deadlines.forEach((d, j) => {
      check(d.at, c.timeZone, `fundingCalls[${i}].deadlines[${j}].at`);
      check(d.previousAt, c.timeZone, `fundingCalls[${i}].deadlines[${j}].previousAt`);
    });
  });
  return out;
}

/** The local calendar date of an instant in a zone, `YYYY-MM-DD` (from the parts: en-CA's pattern differs between ICU versions). */
function localDate(value: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(parseInstant(value)!);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function depth(items: readonly ObjectiveItem[] | undefined): number {
  return items && items.length > 0 ? 1 + Math.max(...items.map((i) => depth(i.children))) : 0;
}

function en(value: unknown): string {
  return typeof value === 'string' ? value : ((value as Record<string, string>).en ?? '');
}

// ---------------------------------------------------------------------------------------------

describe('the structural check itself', () => {
  it('catches unknown keys, bad times, dangling references and inverted times', () => {
    const broken = structuredClone(varna2018) as EventDocument & { event: { _comment?: string } };
    broken.event._comment = 'no';
    const sessions = broken.event.sessions as Session[];
    sessions[0]!.start = '2018-07-06T10:00:00';
    sessions[1]!.trackId = 'nope';
    expect(documentProblems(broken)).to.include.members([
      'document.event._comment: not a field of the data model',
      'document.event.sessions[0].start: "2018-07-06T10:00:00" is not an RFC 3339 date-time with offset',
    ]);
    const dangling = structuredClone(varna2018);
    (dangling.event.sessions as Session[])[1]!.trackId = 'nope';
    (dangling.event.sessions as Session[])[2]!.start = '2018-07-06T12:00:00+03:00';
    expect(documentProblems(dangling)).to.deep.equal([
      'event.sessions[1].trackId: nope does not resolve',
      'event.sessions[2]: start and end must come together',
    ]);
    const wrongOffset = structuredClone(blueSummit2026);
    (wrongOffset.event.sessions as Session[])[0]!.start = '2026-06-17T09:00:00+02:00';
    expect(offsetMismatches(wrongOffset)).to.deep.equal(['event.sessions[0].start: 2026-06-17T09:00:00+02:00 should end in +03:00 in Europe/Sofia']);
  });
});

describe('demo document: Varna 2018 (real meeting)', () => {
  const doc = varna2018;
  const e = doc.event;

  it('is a valid document in every detail', () => {
    expect(documentProblems(doc)).to.deep.equal([]);
  });

  it('happened on 6 July 2018 in Varna, Bulgaria, hours unknown', () => {
    expect(doc.lang).to.equal('en');
    expect(e.start).to.equal('2018-07-06');
    expect(e.end).to.equal(undefined);
    expect(e.timeZone).to.equal('Europe/Sofia');
    expect(e.venue?.address?.addressLocality).to.equal('Varna');
    expect(e.venue?.address?.addressCountry).to.equal('BG');
    expect(e.venue?.address?.streetAddress).to.equal(undefined);
    expect(e.name).to.deep.equal({
      en: 'Innovative Growth through Cluster Cooperation',
      bg: 'Иновативен растеж чрез клъстерно сътрудничество',
    });
    expect(doc.baseUrl).to.equal('https://example.org/events/varna-2018');
  });

  it('was organised by the three clusters named in the release', () => {
    const names = e.organizerIds!.map((o) => en(doc.organizations!.find((x) => x.id === o)!.name));
    expect(names).to.deep.equal(['Marine Cluster Bulgaria', 'Green Synergy Cluster', 'Association of Business Clusters']);
  });

  it('has the two programme topics as tracks, each translated', () => {
    expect(e.tracks!.map((t) => en(t.name))).to.deep.equal(['Innovative Growth: New Business Opportunities', 'Financial Support for Clusters']);
    for (const t of e.tracks!) expect(t.name).to.have.property('bg').that.is.a('string').and.not.empty;
  });

  it('lists the eight items of the release in order, untimed, four per topic', () => {
    const sessions = e.sessions!;
    expect(sessions).to.have.length(8);
    for (const s of sessions) {
      expect(s.start, s.id).to.equal(undefined);
      expect(s.end, s.id).to.equal(undefined);
      expect(['presentation', 'discussion']).to.include(s.kind);
    }
    const order = ['BLUE NET', 'Enterprise Europe Network', 'Sea Harmony', 'FORESDA', 'TRACE-KEI', 'Grow Your Region', 'Cluster Development Policy', 'OPIC'];
    order.forEach((needle, i) => {
      const s = sessions[i]!;
      expect(`${en(s.title)} ${en(s.abstract)}`, s.id).to.include(needle);
    });
    expect(sessions.map((s) => s.trackId)).to.deep.equal([...Array<string>(4).fill('innovative-growth'), ...Array<string>(4).fill('financial-support')]);
    expect(sessions.filter((s) => s.kind === 'discussion').map((s) => s.id)).to.deep.equal(['grow-your-region-findings-discussion', 'opic-call-discussion']);
  });

  it('knows its two speakers only by role and organisation', () => {
    expect(doc.people).to.have.length(2);
    for (const p of doc.people!) {
      expect(p.name, p.id).to.equal(undefined);
      expect(p.photo, p.id).to.equal(undefined);
      expect(p.jobTitle).to.deep.equal({ en: 'Representative', bg: 'Представител' });
    }
    expect(doc.people!.map((p) => p.organizationId)).to.deep.equal(['bulgarian-furniture-cluster', 'association-of-business-clusters']);
    const speakerOf = (sessionId: string) => e.sessions!.find((s) => s.id === sessionId)!.participants;
    expect(speakerOf('foresda-presentation')).to.deep.equal([{ personId: 'rep-bulgarian-furniture-cluster', role: 'speaker' }]);
    expect(speakerOf('european-cluster-policy-news')).to.deep.equal([{ personId: 'rep-abc', role: 'speaker' }]);
  });

  it('has three projects with no invented dates, budgets or programmes', () => {
    expect(doc.projects!.map((p) => p.acronym)).to.deep.equal(['BLUE NET', 'FORESDA', 'TRACE-KEI']);
    for (const p of doc.projects!) {
      expect(p.startDate, p.id).to.equal(undefined);
      expect(p.endDate, p.id).to.equal(undefined);
      expect(p.budget, p.id).to.equal(undefined);
      expect(p.programme, p.id).to.equal(undefined);
    }
    expect(doc.projects![1]!.partners).to.deep.equal([{ organizationId: 'bulgarian-furniture-cluster', role: 'partner', country: 'BG' }]);
    expect(doc.projects![2]!.objectiveListId).to.equal('trace-kei-objectives');
  });

  it('has the three lists of the release: 4 objectives, 5 steps, 4 findings', () => {
    const lists = doc.objectiveLists!;
    expect(lists.map((l) => [l.kind, l.items.length])).to.deep.equal([
      ['objectives', 4],
      ['steps', 5],
      ['findings', 4],
    ]);
    expect(lists.map((l) => l.projectId)).to.deep.equal(['trace-kei', 'trace-kei', undefined]);
    expect(en(lists[1]!.items[4]!.text)).to.equal('Identify the role of clusters in the implementation of ISIS');
    expect(en(lists[2]!.items[2]!.text)).to.equal('Cluster organizations are crucial to the implementation of smart specialization strategies');
    for (const item of lists.flatMap((l) => l.items)) {
      expect(item.text, item.id).to.have.all.keys('en', 'bg');
      expect(item.children, item.id).to.equal(undefined);
    }
  });

  it('has the OPIC call as forthcoming with only an estimate', () => {
    expect(doc.fundingCalls).to.have.length(1);
    const call = doc.fundingCalls![0]!;
    expect(call.opens).to.equal(undefined);
    expect(call.deadlines).to.deep.equal([]);
    expect(call.statusOverride).to.equal(undefined);
    expect(call.timeZone).to.equal('Europe/Sofia');
    expect(en(call.opensEstimate)).to.equal('Expected to open by the end of 2018');
    // "By the end of 2018" as a date, so that the call does not stay forthcoming for ever.
    expect(call.opensBy).to.equal('2018-12-31');
    expect(en(call.programme!.name)).to.equal('Operational Programme Innovation and Competitiveness');
  });
});

describe('demo document: Blue Economy Cluster Summit 2026 (fictional)', () => {
  const doc = blueSummit2026;
  const e = doc.event;
  const sessions = e.sessions!;

  it('is a valid document with the right offsets everywhere', () => {
    expect(documentProblems(doc)).to.deep.equal([]);
    expect(offsetMismatches(doc)).to.deep.equal([]);
  });

  it('says it is fictional wherever a real-looking name could mislead', () => {
    expect(en(e.name)).to.match(/fictional/i);
    expect(en(e.venue!.name)).to.match(/fictional/i);
    for (const o of doc.organizations!) expect(en(o.name), o.id).to.match(/\(fictional/);
    for (const p of doc.projects!) expect(en(p.title), p.id).to.match(/\(fictional\)/);
    for (const c of doc.fundingCalls!) expect(en(c.title), c.id).to.match(/\(fictional\)/);
  });

  it('is a timed two-day, four-track programme in Burgas', () => {
    expect(e.venue!.address!.addressLocality).to.equal('Burgas');
    expect(e.tracks).to.have.length(4);
    expect(e.rooms).to.have.length(4);
    expect(sessions.length).to.be.within(22, 26);
    for (const s of sessions) expect(s.start, s.id).to.match(/^2026-06-1[78]T.*\+03:00$/);
    const days = new Set(sessions.map((s) => localDate(s.start!, e.timeZone)));
    expect([...days]).to.deep.equal(['2026-06-17', '2026-06-18']);
    for (const t of e.tracks!) expect(sessions.filter((s) => s.trackId === t.id).length, t.id).to.be.at.least(4);
  });

  it('never puts two sessions in one room at the same time', () => {
    const byRoom = new Map<string, Session[]>();
    for (const s of sessions) if (s.roomId) byRoom.set(s.roomId, [...(byRoom.get(s.roomId) ?? []), s]);
    for (const [room, list] of byRoom) {
      const sorted = [...list].sort((a, b) => ms(a.start) - ms(b.start));
      sorted.slice(1).forEach((s, i) => expect(ms(s.start), `${room}: ${s.id}`).to.be.at.least(ms(sorted[i]!.end)));
    }
  });

  it('has an evening session across midnight, a cancelled one and one moved online', () => {
    const evening = sessions.find((s) => localDate(s.start!, e.timeZone) !== localDate(s.end!, e.timeZone));
    expect(evening?.start).to.equal('2026-06-17T21:00:00+03:00');
    expect(evening?.end).to.equal('2026-06-18T00:30:00+03:00');
    expect(sessions.filter((s) => s.status === 'cancelled')).to.have.length(1);
    const online = sessions.filter((s) => s.status === 'moved-online');
    expect(online).to.have.length(1);
    expect(online[0]!.roomId).to.equal(undefined);
    expect(online[0]!.url).to.match(/^https:\/\/example\.org\//);
  });

  it('has named people with titles, organisations or affiliations, and one known by role only', () => {
    const named = doc.people!.filter((p) => p.name);
    expect(named.length).to.be.at.least(8);
    for (const p of named) {
      expect(p.jobTitle, p.id).to.exist;
      expect(p.organizationId ?? p.affiliation, p.id).to.exist;
    }
    expect(doc.people!.filter((p) => !p.name)).to.have.length(1);
  });

  it('has one project with every field filled and a consistent budget', () => {
    const project = doc.projects![0]!;
    const fields = [
      'id',
      'acronym',
      'title',
      'summary',
      'programme',
      'startDate',
      'endDate',
      'budget',
      'partners',
      'objectiveListId',
      'url',
      'logo',
      'fundingNotice',
    ];
    expect(project).to.have.all.keys(...fields);
    expect(project.programme).to.have.all.keys('name', 'fund', 'period', 'url');
    expect(project.fundingNotice!.emblem).to.equal('eu-cofunded');
    expect(project.budget!.total).to.deep.equal({ amount: 1850000, currency: 'EUR' });
    expect(project.budget!.euContribution!.amount / project.budget!.total!.amount).to.equal(0.85);
    expect(new Set(project.partners!.map((p) => p.role))).to.deep.equal(new Set(['lead', 'partner', 'associated']));
    expect(new Set(project.partners!.map((p) => p.country))).to.deep.equal(new Set(['BG', 'RO', 'GR']));
  });

  it('has objectives nested three levels deep with statuses and indicators', () => {
    const list = doc.objectiveLists!.find((l) => l.id === doc.projects![0]!.objectiveListId)!;
    expect(depth(list.items)).to.equal(3);
    const all: ObjectiveItem[] = [];
    const walk = (items: readonly ObjectiveItem[] | undefined) => items?.forEach((i) => (all.push(i), walk(i.children)));
    walk(list.items);
    expect(new Set(all.map((i) => i.status))).to.deep.equal(new Set(OBJECTIVE_STATUSES));
    expect(all.filter((i) => i.indicator).length).to.be.at.least(3);
  });

  it('has an open call with two cut-offs, one extended, and BGN at the fixed rate', () => {
    const call = doc.fundingCalls![0]!;
    expect(call.deadlines).to.have.length(2);
    expect(call.deadlines.filter((d) => d.previousAt)).to.have.length(1);
    expect(call.opens).to.equal('2026-05-04T10:00:00+03:00');
    // Winter-time cut-off: the offset follows the date, not the season the call opened in.
    expect(call.deadlines[0]!.at).to.equal('2026-12-15T17:00:00+02:00');
    for (const c of doc.fundingCalls!) {
      const eur = c.budget?.total;
      for (const alt of c.budget?.alternate ?? []) {
        expect(alt.currency).to.equal('BGN');
        expect(alt.amount, c.id).to.equal(Math.round(eur!.amount * 1.95583));
      }
    }
    expect(doc.fundingCalls!.some((c) => c.statusOverride === 'suspended')).to.equal(true);
  });
});

describe('generateEvent', () => {
  it('produces valid documents of the requested size with correct Sofia offsets', () => {
    for (const n of [100, 1000]) {
      const doc = generateEvent({ sessions: n });
      expect(documentProblems(doc), `N=${n}`).to.deep.equal([]);
      expect(offsetMismatches(doc), `N=${n}`).to.deep.equal([]);
      expect(doc.event.sessions, `N=${n}`).to.have.length(n);
      expect(doc.event.tracks, `N=${n}`).to.have.length(4);
    }
  });

  it('is deterministic: the same seed gives the same document, another seed another', () => {
    const a = JSON.stringify(generateEvent({ sessions: 1000, seed: 7 }));
    const b = JSON.stringify(generateEvent({ sessions: 1000, seed: 7 }));
    const c = JSON.stringify(generateEvent({ sessions: 1000, seed: 8 }));
    expect(a).to.equal(b);
    expect(a).to.not.equal(c);
    expect(JSON.stringify(generateEvent({ sessions: 100 }))).to.equal(JSON.stringify(generateEvent({ sessions: 100, days: 2, tracks: 4, seed: 1 })));
  });

  it('spreads sessions over the days and tracks, within the day, with 1-3 speakers and no room clash', () => {
    const doc = generateEvent({ sessions: 300, days: 3, tracks: 5, seed: 3 });
    const e = doc.event;
    const sessions = e.sessions!;
    const perDay = new Map<string, number>();
    for (const s of sessions) {
      const day = localDate(s.start!, e.timeZone);
      expect(localDate(s.end!, e.timeZone), s.id).to.equal(day);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
      expect(s.participants!.length, s.id).to.be.within(1, 3);
      expect(new Set(s.participants!.map((p) => p.personId)).size, s.id).to.equal(s.participants!.length);
    }
    expect([...perDay]).to.deep.equal([
      ['2026-06-16', 100],
      ['2026-06-17', 100],
      ['2026-06-18', 100],
    ]);
    expect(new Set(sessions.map((s) => s.trackId)).size).to.equal(5);
    const byRoom = new Map<string, number[][]>();
    for (const s of sessions) byRoom.set(s.roomId!, [...(byRoom.get(s.roomId!) ?? []), [ms(s.start), ms(s.end)]]);
    for (const [room, spans] of byRoom) {
      spans.sort((x, y) => x[0]! - y[0]!);
      spans.slice(1).forEach((span, i) => expect(span[0], room).to.be.at.least(spans[i]![1]!));
    }
    const titles = new Set(sessions.map((s) => en(s.title)));
    expect(titles.size, 'varied titles').to.be.above(200);
    expect(sessions.map((s) => ms(s.start))).to.deep.equal(sessions.map((s) => ms(s.start)).sort((x, y) => x - y));
  });

  it('writes +03:00 in summer time and +02:00 after the October change', () => {
    const autumn = generateEvent({ sessions: 40, startDate: '2026-10-24' }).event.sessions!;
    expect(new Set(autumn.filter((s) => s.start!.startsWith('2026-10-24')).map((s) => s.start!.slice(-6)))).to.deep.equal(new Set(['+03:00']));
    expect(new Set(autumn.filter((s) => s.start!.startsWith('2026-10-25')).map((s) => s.start!.slice(-6)))).to.deep.equal(new Set(['+02:00']));
    const spring = generateEvent({ sessions: 40, startDate: '2027-03-27' });
    expect(offsetMismatches(spring)).to.deep.equal([]);
    expect(spring.event.sessions!.at(-1)!.start!.slice(-6)).to.equal('+03:00');
    expect(spring.event.sessions![0]!.start!.slice(-6)).to.equal('+02:00');
  });

  it('spans the event over its sessions and handles zero sessions', () => {
    const doc = generateEvent({ sessions: 10, days: 1 });
    expect(doc.event.start).to.equal(doc.event.sessions![0]!.start);
    const empty = generateEvent({ sessions: 0 });
    expect(empty.event.sessions).to.deep.equal([]);
    expect(empty.event.start).to.equal('2026-06-16');
    expect(empty.event.end).to.equal('2026-06-17');
    expect(documentProblems(empty)).to.deep.equal([]);
  });
});

describe('demo documents through the data layer (parseEventDocument)', () => {
  const documents: [string, () => EventDocument][] = [
    ['Varna 2018', () => varna2018],
    ['the fictional summit', () => blueSummit2026],
    ['generated, N=100', () => generateEvent({ sessions: 100 })],
    ['generated, N=1000', () => generateEvent({ sessions: 1000 })],
  ];
  for (const [name, make] of documents) {
    it(`parses ${name} with zero problems and keeps every field`, () => {
      const doc = make();
      const result = parseEventDocument(doc);
      expect(result.problems).to.deep.equal([]);
      expect(result.document).to.deep.equal(doc);
    });
  }

  it('gives the same parsed document for the same seed, N=100 and N=1000', () => {
    for (const sessions of [100, 1000]) {
      const a = parseEventDocument(generateEvent({ sessions, seed: 42 }));
      const b = parseEventDocument(generateEvent({ sessions, seed: 42 }));
      expect(a.problems).to.deep.equal([]);
      expect(JSON.stringify(a.document), `N=${sessions}`).to.equal(JSON.stringify(b.document));
    }
  });

  it('reports the problems the structural check would find (it is not silently lenient)', () => {
    const broken = structuredClone(varna2018);
    (broken.event.sessions as Session[])[0]!.start = '2018-07-06T10:00:00';
    const paths = parseEventDocument(broken).problems.map((p) => p.path);
    expect(paths).to.include('event.sessions[0].start');
  });
});
