/**
 * The event document as one declarative description: every entity (the whole document, the event,
 * a session, a person, ...) and every view an element takes as a property (a track, a speaker, a
 * project card), field by field. It is the single source of
 *
 * - runtime validation with repair (`parseWith` in walk.ts: keep what is valid, drop the bad
 *   field or item, report each problem with its JSON path, report unknown keys);
 * - the TypeScript types in types.ts and views.ts, checked against it at compile time
 *   (entities.check.ts);
 * - the JSON Schema shipped as `event-document.schema.json` and the "Event document" docs page,
 *   both generated from it with the descriptions in entities.docs.ts (build time only, so the
 *   descriptions cost the browser nothing).
 *
 * Rules a field kind cannot say (an end after its start, a deadline after the opening) are
 * `rule`s of their entity, written once here and documented next to the code.
 */
import { quote, type Problems } from './validate.js';
import { calendarDay, parseInstant } from './time.js';
import { pathOf } from './walk.js';
import {
  ATTENDANCE_MODES,
  CALL_STATUS_OVERRIDES,
  EVENT_STATUSES,
  FUNDING_EMBLEMS,
  NUMBERING_STYLES,
  OBJECTIVE_LIST_KINDS,
  OBJECTIVE_STATUSES,
  PARTICIPANT_ROLES,
  PARTNER_ROLES,
  SESSION_KINDS,
} from './types.js';

/**
 * What a field holds. Each kind has one checker (walk.ts) and one JSON Schema (json-schema.ts):
 * - `id`: a non-empty string of at most 200 characters, no broken Unicode;
 * - `str`: non-empty text in one language (a name, an acronym); `text`: localized text;
 * - `instant`: an RFC 3339 date-time with offset; `when`: an instant or a calendar date;
 *   `date`: a calendar date `YYYY-MM-DD`;
 * - `url`: a link that may be shown (http, https, mailto, tel or relative);
 * - `enum` (with `of`), `num` (with `min`/`max`), `country` (ISO 3166 alpha-2), `currency`
 *   (ISO 4217), `lang` (BCP 47), `zone` (IANA), `color` (a CSS colour without tricks);
 * - `strs`: a list of non-empty strings (duplicates dropped);
 * - `obj` / `list`: one / a list of the entity `e`; with `or`, a plain string of that kind is
 *   accepted instead of the object (an organisation by name, a link by URL).
 */
export type Kind =
  | 'id'
  | 'str'
  | 'text'
  | 'instant'
  | 'when'
  | 'date'
  | 'url'
  | 'enum'
  | 'num'
  | 'country'
  | 'currency'
  | 'lang'
  | 'zone'
  | 'color'
  | 'strs'
  | 'obj'
  | 'list';

/** Kinds of ids that other fields refer to, see {@link DocumentRefs}. */
export type RefKind = 'tracks' | 'rooms' | 'people' | 'organizations' | 'projects' | 'objectiveLists';

export interface Field {
  readonly k: Kind;
  /**
   * Required: `1` when the entity cannot be used without it (it is left out, with a problem);
   * `2` when it is reported as missing but the entity is kept and repaired by its rule.
   */
  readonly r?: 1 | 2;
  /** Allowed values of an `enum`. */
  readonly of?: readonly string[];
  /** The entity of an `obj` or the items of a `list`. */
  readonly e?: Entity;
  /** For `obj`/`list`: a plain string of this kind stands for the object. */
  readonly or?: 'str' | 'url';
  /** With `or`: the string becomes the object `{ [wrap]: string }` (a link given by its URL). */
  readonly wrap?: string;
  readonly min?: number;
  readonly max?: number;
  /** An id (or, for `strs`, ids) of this kind, checked when the document defines that kind. */
  readonly ref?: RefKind;
  /** For a `list`: the items' ids are unique (later duplicates are left out). */
  readonly u?: 1;
  /** For a `list`: the items' ids are unique and define this kind of reference for the fields after it. */
  readonly defines?: RefKind;
  /** For a `list`: an empty list counts as absent. */
  readonly ne?: 1;
  /** For a `list` of nested items: one level deeper (see MAX_NESTING). */
  readonly nest?: 1;
}

/** Ids a document defines, against which references are checked; a kind left out is not checked. */
export type DocumentRefs = { [K in RefKind]?: ReadonlySet<string> };

/** What a rule sees of the entity being checked. */
export interface RuleContext {
  /** The checked fields so far (a rule may change or delete them). */
  out: Record<string, unknown>;
  /** The raw value of a field as given. */
  raw: (key: string) => unknown;
  /** The JSON path of a field. */
  at: (key: string) => string;
  /** The path of the entity. */
  path: string;
  problems: Problems;
  refs: DocumentRefs | undefined;
}

/** A rule across fields; returns `false` to leave the entity out (after reporting why). */
export type Rule = (ctx: RuleContext) => boolean | void;

export interface Entity {
  /** Name for messages, with its article: `a session`. */
  readonly name: string;
  /** What a usable one needs, for the "left out" message: `an id and a title`. */
  readonly needs?: string;
  /** At least one of these fields must be present (a person known by name, job title or organisation). */
  readonly any?: readonly string[];
  readonly fields: Readonly<Record<string, Field>>;
  readonly rule?: Rule;
  /** The root: `$schema` is allowed there. */
  readonly root?: 1;
  /**
   * Remember the result per input object: an object whose keys and top-level values are the same
   * (by reference) as last time, at the same path and with the same references, is not checked
   * again (a programme re-rendered after one session changed). Like any Lit property, change data
   * by replacing objects: a nested value mutated in place is not seen as changed.
   */
  readonly memo?: 1;
}

/** Makes an entity, keeping the literal field specs for the compile-time checks. */
function entity<const F extends Readonly<Record<string, Field>>>(
  name: string,
  fields: F,
  options: Omit<Entity, 'name' | 'fields'> = {},
): Omit<Entity, 'fields'> & { readonly fields: F } {
  return { name, fields, ...options };
}

/** How deep objective items may nest (an item at level 1 may have children down to level 6). */
export const MAX_NESTING = 6;

/** Default content language when the document names none. */
export const DEFAULT_LANG = 'en';

// ---------------------------------------------------------------------------------------------
// Field shorthands

const ID = { k: 'id', r: 1 } as const;
const NAME = { k: 'text', r: 1 } as const;
const TEXT = { k: 'text' } as const;
const STR = { k: 'str' } as const;
const URL = { k: 'url' } as const;
const oneOf = <const T extends readonly string[]>(of: T) => ({ k: 'enum', of }) as const;

// ---------------------------------------------------------------------------------------------
// Rules (each written once, for every entry point)

/**
 * Session times: a start alone (a programme that gives only start times) or a start and an end,
 * or neither (untimed: the session keeps its place in the list). The same on every path, a
 * document or a track view: an invalid start leaves the session untimed (its end is dropped);
 * an end without a start, or before the start, is dropped with a problem (the start is kept).
 */
const sessionTimes: Rule = ({ out, raw, at, problems }) => {
  const { start, end } = out as { start?: string; end?: string };
  if (end === undefined) return;
  if (start === undefined) {
    if (raw('start') == null) problems.push({ path: at('end'), message: 'is given without a start; it is ignored' });
    delete out.end;
  } else if (instantMs(end) < instantMs(start)) {
    problems.push({ path: at('end'), message: `${quote(end)} is before the start ${quote(start)}; it is ignored` });
    delete out.end;
  }
};

/** Milliseconds of an instant that passed its check. */
const instantMs = (s: string): number => parseInstant(s)!.getTime();

/**
 * An event's end must be of the same kind as its start (both calendar dates, or both date-times)
 * and not before it; otherwise it is ignored.
 */
const eventEnd: Rule = ({ out, at, problems }) => {
  const { start, end } = out as { start?: string; end?: string };
  if (start === undefined || end === undefined) return;
  const date = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
  const why =
    date(end) !== date(start)
      ? `should be ${date(start) ? 'a date' : 'a date-time with offset'}, like start`
      : (date(start) ? end < start : instantMs(end) < instantMs(start))
        ? `is before the start ${quote(start)}`
        : '';
  if (!why) return;
  problems.push({ path: at('end'), message: `${quote(end)} ${why}; it is ignored` });
  delete out.end;
};

/** A project's end date before its start date drops both (its status cannot be derived). */
const projectDates: Rule = ({ out, at, problems }) => {
  const { startDate, endDate } = out as { startDate?: string; endDate?: string };
  if (startDate === undefined || endDate === undefined || endDate >= startDate) return;
  problems.push({
    path: at('endDate'),
    message: `${quote(endDate)} is before the start date ${quote(startDate)}; both dates are ignored`,
  });
  delete out.startDate;
  delete out.endDate;
};

// ---------------------------------------------------------------------------------------------
// Shared pieces

export const MONEY = entity('an amount of money', {
  amount: { k: 'num', r: 1, min: 0 },
  currency: { k: 'currency', r: 1 },
});

export const IMAGE = entity('an image', { url: { k: 'url', r: 1 }, alt: TEXT }, { needs: 'a safe url' });

export const LINK = entity('a link', { url: { k: 'url', r: 1 }, label: TEXT }, { needs: 'a safe url' });

export const PROGRAMME = entity('a programme', { name: NAME, fund: STR, period: STR, url: URL }, { needs: 'a name' });

export const ADDRESS = entity('an address', {
  streetAddress: STR,
  addressLocality: STR,
  postalCode: STR,
  addressCountry: { k: 'country', r: 1 },
}, { needs: 'an addressCountry' });

export const VENUE = entity('a venue', { name: NAME, address: { k: 'obj', e: ADDRESS } }, { needs: 'a name' });

// ---------------------------------------------------------------------------------------------
// The event and its programme

export const TRACK = entity('a track', { id: ID, name: NAME, description: TEXT, color: { k: 'color' } }, { needs: 'an id and a name' });

export const ROOM = entity('a room', { id: ID, name: NAME }, { needs: 'an id and a name' });

export const PARTICIPANT = entity('a participant', {
  personId: { k: 'id', r: 1, ref: 'people' },
  role: { k: 'enum', of: PARTICIPANT_ROLES, r: 1 },
}, { needs: 'a known personId and a role' });

/** Fields a session has in a document and in a track view alike. */
const SESSION_COMMON = {
  id: ID,
  title: NAME,
  abstract: TEXT,
  kind: oneOf(SESSION_KINDS),
  start: { k: 'instant' },
  end: { k: 'instant' },
  tags: { k: 'strs' },
  url: URL,
  status: oneOf(EVENT_STATUSES),
} as const;

export const SESSION = entity('a session', {
  ...SESSION_COMMON,
  trackId: { k: 'id', ref: 'tracks' },
  roomId: { k: 'id', ref: 'rooms' },
  participants: { k: 'list', e: PARTICIPANT },
  projectIds: { k: 'strs', ref: 'projects' },
}, { needs: 'an id and a title', rule: sessionTimes });

/** Fields an event has in a document and in an event header view alike. */
const EVENT_COMMON = {
  end: { k: 'when' },
  status: oneOf(EVENT_STATUSES),
  previousStart: { k: 'when' },
  attendanceMode: oneOf(ATTENDANCE_MODES),
} as const;

export const EVENT = entity('the event', {
  id: ID,
  name: NAME,
  description: TEXT,
  url: URL,
  timeZone: { k: 'zone', r: 1 },
  start: { k: 'when', r: 1 },
  ...EVENT_COMMON,
  venue: { k: 'obj', e: VENUE },
  organizerIds: { k: 'strs', ref: 'organizations' },
  partnerIds: { k: 'strs', ref: 'organizations' },
  tracks: { k: 'list', e: TRACK, defines: 'tracks' },
  rooms: { k: 'list', e: ROOM, defines: 'rooms' },
  sessions: { k: 'list', e: SESSION, u: 1 },
}, { needs: 'a valid id, name, start and timeZone', rule: eventEnd });

// ---------------------------------------------------------------------------------------------
// People, organisations, projects, objectives, funding calls

export const PERSON = entity('a person', {
  id: ID,
  name: STR,
  jobTitle: TEXT,
  organizationId: { k: 'id', ref: 'organizations' },
  affiliation: TEXT,
  photo: { k: 'obj', e: IMAGE },
  bio: TEXT,
  links: { k: 'list', e: LINK, ne: 1 },
}, { needs: 'an id' });

export const ORGANIZATION = entity('an organization', {
  id: ID,
  name: NAME,
  shortName: STR,
  url: URL,
  logo: { k: 'obj', e: IMAGE },
}, { needs: 'an id and a name' });

export const PARTNER = entity('a partner', {
  organizationId: { k: 'id', r: 1, ref: 'organizations' },
  role: { k: 'enum', of: PARTNER_ROLES, r: 1 },
  country: { k: 'country' },
}, { needs: 'a known organizationId and a role' });

export const PROJECT_BUDGET = entity('a budget', { total: { k: 'obj', e: MONEY }, euContribution: { k: 'obj', e: MONEY } });

export const FUNDING_NOTICE = entity('a funding notice', { text: TEXT, emblem: oneOf(FUNDING_EMBLEMS) });

/** Fields a project has in a document and in a project card view alike. */
const PROJECT_COMMON = {
  acronym: { k: 'str', r: 1 },
  title: NAME,
  summary: TEXT,
  programme: { k: 'obj', e: PROGRAMME },
  startDate: { k: 'date' },
  endDate: { k: 'date' },
  budget: { k: 'obj', e: PROJECT_BUDGET },
  url: URL,
  logo: { k: 'obj', e: IMAGE },
  fundingNotice: { k: 'obj', e: FUNDING_NOTICE },
  objectiveListId: { k: 'id', ref: 'objectiveLists' },
} as const;

export const PROJECT = entity('a project', {
  id: ID,
  ...PROJECT_COMMON,
  partners: { k: 'list', e: PARTNER },
}, { needs: 'an id, an acronym and a title', rule: projectDates });

export const INDICATOR = entity('an indicator', {
  name: NAME,
  unit: STR,
  target: { k: 'num' },
  achieved: { k: 'num' },
}, { needs: 'a name' });

interface ObjectiveItemEntity extends Entity {
  readonly fields: {
    readonly id: { readonly k: 'id' };
    readonly text: typeof NAME;
    readonly detail: typeof TEXT;
    readonly status: { readonly k: 'enum'; readonly of: typeof OBJECTIVE_STATUSES };
    readonly indicator: { readonly k: 'obj'; readonly e: typeof INDICATOR };
    readonly children: { readonly k: 'list'; readonly e: ObjectiveItemEntity; readonly ne: 1; readonly nest: 1 };
  };
}

/** An objective, step or finding; `children` nest at most {@link MAX_NESTING} levels deep. */
export const OBJECTIVE_ITEM: ObjectiveItemEntity = {
  name: 'an objective',
  needs: 'a text',
  fields: {
    id: { k: 'id' },
    text: NAME,
    detail: TEXT,
    status: oneOf(OBJECTIVE_STATUSES),
    indicator: { k: 'obj', e: INDICATOR },
    get children() {
      return { k: 'list', e: OBJECTIVE_ITEM, ne: 1, nest: 1 } as const;
    },
  },
};

export const OBJECTIVE_LIST = entity('an objective list', {
  id: ID,
  title: TEXT,
  kind: oneOf(OBJECTIVE_LIST_KINDS),
  projectId: { k: 'id', ref: 'projects' },
  numbering: oneOf(NUMBERING_STYLES),
  items: { k: 'list', e: OBJECTIVE_ITEM, r: 1 },
}, { needs: 'an id and a list of items' });

export const DEADLINE = entity('a deadline', {
  at: { k: 'instant', r: 1 },
  label: TEXT,
  previousAt: { k: 'instant' },
}, { needs: 'a valid "at" date-time' });

export const CALL_BUDGET = entity('a budget', {
  total: { k: 'obj', e: MONEY },
  alternate: { k: 'list', e: MONEY },
  perProjectMax: { k: 'obj', e: MONEY },
});

/**
 * A funding call's dates. Deadlines are sorted by time; one before the opening is ignored (an
 * `opens` date means midnight in the call's zone). A call without a valid deadline is kept only
 * when it says when it opens (`opens` or `opensEstimate`): it is then forthcoming.
 */
const callDates: Rule = ({ out, at, problems }) => {
  const { opens, timeZone } = out as { opens?: string; timeZone?: string };
  const deadlines = ((out.deadlines ?? []) as { at: string }[])
    .filter((d, i) => {
      if (opens === undefined) return true;
      const before = /^\d{4}-\d{2}-\d{2}$/.test(opens)
        ? timeZone !== undefined && calendarDay(parseInstant(d.at)!, timeZone) < opens
        : instantMs(d.at) < instantMs(opens);
      if (before) {
        problems.push({ path: `${pathOf(d) ?? `${at('deadlines')}[${i}]`}.at`, message: `${quote(d.at)} is before the opening ${quote(opens)}; it is ignored` });
      }
      return !before;
    })
    .map((d, index) => ({ d, index, t: instantMs(d.at) }))
    .sort((a, b) => a.t - b.t || a.index - b.index)
    .map((x) => x.d);
  out.deadlines = deadlines;
  if (deadlines.length > 0 || opens !== undefined || out.opensEstimate !== undefined) return;
  problems.push({ path: at(''), message: 'left out: a funding call needs at least one valid deadline, or opens or opensEstimate' });
  return false;
};

export const FUNDING_CALL = entity('a funding call', {
  id: ID,
  identifier: STR,
  title: NAME,
  summary: TEXT,
  programme: { k: 'obj', e: PROGRAMME },
  timeZone: { k: 'zone', r: 1 },
  opens: { k: 'when' },
  opensEstimate: TEXT,
  deadlines: { k: 'list', e: DEADLINE },
  statusOverride: oneOf(CALL_STATUS_OVERRIDES),
  closingSoonDays: { k: 'num', min: 0, max: 366 },
  budget: { k: 'obj', e: CALL_BUDGET },
  applyUrl: URL,
  infoUrl: URL,
}, { needs: 'an id, a title and a timeZone', rule: callDates });

/**
 * The document's language (that of every text that names none): a missing or invalid one is
 * reported and `en` is assumed. An objective list's `projectId` is checked here, once projects
 * are known (projects and objective lists refer to each other).
 */
const documentRule: Rule = ({ out, at, problems, refs }) => {
  if (out.lang === undefined) {
    const problem = problems.find((p) => p.path === at('lang'));
    if (problem) problem.message += `; "${DEFAULT_LANG}" is assumed`;
    out.lang = DEFAULT_LANG;
  }
  for (const list of (out.objectiveLists ?? []) as { projectId?: string }[]) {
    if (list.projectId === undefined || refs?.projects?.has(list.projectId)) continue;
    problems.push({
      path: `${pathOf(list)}.projectId`,
      message: `${quote(list.projectId)} is not the id of any project in projects; the reference is removed`,
    });
    delete list.projectId;
  }
};

/**
 * The whole document. Lists are checked in an order where each comes after those it refers to;
 * objective lists and projects refer to each other, so an objective list's `projectId` is checked
 * by the document's rule once projects are known.
 */
export const EVENT_DOCUMENT = entity('an event document', {
  lang: { k: 'lang', r: 2 },
  baseUrl: URL,
  organizations: { k: 'list', e: ORGANIZATION, defines: 'organizations' },
  people: { k: 'list', e: PERSON, defines: 'people' },
  objectiveLists: { k: 'list', e: OBJECTIVE_LIST, defines: 'objectiveLists' },
  projects: { k: 'list', e: PROJECT, defines: 'projects' },
  fundingCalls: { k: 'list', e: FUNDING_CALL, u: 1 },
  event: { k: 'obj', e: EVENT, r: 1 },
}, { root: 1, rule: documentRule });

// ---------------------------------------------------------------------------------------------
// Views: what elements take as properties (references resolved, so a page can write them by hand)

/** A person as shown next to a session in a track: at least a name, a job title or an organisation. */
export const SPEAKER_REF = entity('a person', {
  id: { k: 'id' },
  name: STR,
  jobTitle: TEXT,
  organization: TEXT,
  role: oneOf(PARTICIPANT_ROLES),
}, { needs: 'a name, a job title or an organisation', any: ['name', 'jobTitle', 'organization'] });

/** A session of a track view: a document's session with its room by name and its speakers embedded. */
export const SESSION_VIEW = entity('a session', {
  ...SESSION_COMMON,
  room: TEXT,
  speakers: { k: 'list', e: SPEAKER_REF },
}, { needs: 'an id and a title', rule: sessionTimes, memo: 1 });

/**
 * A track view's zone: required once a session has a time (a programme without a timetable needs
 * none); without it times are shown in UTC.
 */
const trackZone: Rule = ({ out, at, problems }) => {
  if (out.timeZone !== undefined) return;
  const problem = problems.find((p) => p.path === at('timeZone'));
  if (problem) problem.message += '; times are shown in UTC';
  else if (((out.sessions ?? []) as { start?: string }[]).some((s) => s.start !== undefined)) {
    problems.push({ path: at('timeZone'), message: 'is required for sessions with times but missing; times are shown in UTC' });
  }
};

export const TRACK_VIEW = entity('a track', {
  id: { k: 'id' },
  name: { k: 'text', r: 2 },
  description: TEXT,
  color: { k: 'color' },
  timeZone: { k: 'zone' },
  sessions: { k: 'list', e: SESSION_VIEW, r: 2, u: 1 },
  lang: { k: 'lang' },
}, { rule: trackZone });

export const ORGANIZATION_REF = entity('an organization', { name: NAME, url: URL }, { needs: 'a name' });

export const SPEAKER_SESSION = entity('a session', {
  id: { k: 'id' },
  title: NAME,
  start: { k: 'instant' },
  end: { k: 'instant' },
  timeZone: { k: 'zone' },
  url: URL,
  role: oneOf(PARTICIPANT_ROLES),
}, { needs: 'a title', rule: sessionTimes });

export const SPEAKER_VIEW = entity('a person', {
  id: { k: 'id' },
  name: STR,
  jobTitle: TEXT,
  organization: { k: 'obj', e: ORGANIZATION_REF, or: 'str' },
  url: URL,
  photo: { k: 'obj', e: IMAGE },
  bio: TEXT,
  links: { k: 'list', e: LINK, or: 'url', wrap: 'url', ne: 1 },
  sessions: { k: 'list', e: SPEAKER_SESSION, ne: 1 },
  lang: { k: 'lang' },
}, { needs: 'a name, a job title or an organisation', any: ['name', 'jobTitle', 'organization'] });

export const ORGANIZATION_VIEW = entity('an organization', {
  id: { k: 'id' },
  name: NAME,
  shortName: STR,
  url: URL,
  logo: { k: 'obj', e: IMAGE },
}, { needs: 'a name' });

/** An address as a view takes it: any of its fields is enough. */
export const ADDRESS_VIEW = entity('an address', { ...ADDRESS.fields, addressCountry: { k: 'country' } });

/** A venue as a view takes it: a name or an address is enough. */
export const VENUE_VIEW = entity('a venue', { name: TEXT, address: { k: 'obj', e: ADDRESS_VIEW } });

export const EVENT_HEADER_VIEW = entity('an event', {
  id: { k: 'id' },
  name: NAME,
  url: URL,
  timeZone: { k: 'zone' },
  start: { k: 'when', r: 2 },
  ...EVENT_COMMON,
  venue: { k: 'obj', e: VENUE_VIEW },
  organizers: { k: 'list', e: ORGANIZATION_VIEW, ne: 1 },
  partners: { k: 'list', e: ORGANIZATION_VIEW, ne: 1 },
  lang: { k: 'lang' },
  baseUrl: URL,
}, { needs: 'a name', rule: eventEnd });

export const PARTNER_VIEW = entity('a partner', {
  id: { k: 'id' },
  name: NAME,
  shortName: STR,
  url: URL,
  role: { k: 'enum', of: PARTNER_ROLES, r: 1 },
  country: { k: 'country' },
}, { needs: 'a name and a role' });

export const PROJECT_VIEW = entity('a project', {
  id: { k: 'id' },
  ...PROJECT_COMMON,
  partners: { k: 'list', e: PARTNER_VIEW, ne: 1 },
  objectives: { k: 'list', e: OBJECTIVE_ITEM, ne: 1 },
  objectivesHref: URL,
  lang: { k: 'lang' },
}, { needs: 'an acronym and a title', rule: projectDates });

/** Every entity by the name its JSON Schema definition has (`#/$defs/Session`). */
export const ENTITIES = {
  EventDocument: EVENT_DOCUMENT,
  Event: EVENT,
  Venue: VENUE,
  PostalAddress: ADDRESS,
  Track: TRACK,
  Room: ROOM,
  Session: SESSION,
  Participant: PARTICIPANT,
  Person: PERSON,
  Organization: ORGANIZATION,
  Image: IMAGE,
  Link: LINK,
  Programme: PROGRAMME,
  Money: MONEY,
  Project: PROJECT,
  ProjectBudget: PROJECT_BUDGET,
  ProjectPartner: PARTNER,
  FundingNotice: FUNDING_NOTICE,
  ObjectiveList: OBJECTIVE_LIST,
  ObjectiveItem: OBJECTIVE_ITEM,
  ObjectiveIndicator: INDICATOR,
  FundingCall: FUNDING_CALL,
  Deadline: DEADLINE,
  CallBudget: CALL_BUDGET,
  AgendaTrackView: TRACK_VIEW,
  AgendaSessionView: SESSION_VIEW,
  SpeakerRef: SPEAKER_REF,
  SpeakerView: SPEAKER_VIEW,
  SpeakerSessionView: SPEAKER_SESSION,
  OrganizationRef: ORGANIZATION_REF,
  EventHeaderView: EVENT_HEADER_VIEW,
  OrganizationView: ORGANIZATION_VIEW,
  VenueView: VENUE_VIEW,
  PostalAddressView: ADDRESS_VIEW,
  ProjectCardView: PROJECT_VIEW,
  ProjectPartnerView: PARTNER_VIEW,
} as const;
export type EntityName = keyof typeof ENTITIES;
