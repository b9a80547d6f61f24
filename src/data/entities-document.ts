/**
 * The whole event document: the event and its programme, people, organisations, projects,
 * objective lists and funding calls, and {@link ENTITIES}, every entity by the name of its JSON
 * Schema definition: see entities.ts.
 */
import {
  ANY_ID,
  COUNTRY,
  DEFAULT_LANG,
  entity,
  ID,
  IMAGE,
  LANG,
  LINK,
  NAME,
  oneOf,
  sessionTimes,
  STR,
  TEXT,
  MONEY,
  PROGRAMME,
  URL,
  WHEN,
  ZONE,
  type KindCheck,
  type RefKind,
  type Rule,
} from './entities.js';
import { COLOR, SESSION_COMMON, STRS } from './entities-programme.js';
import { SESSION_VIEW, SPEAKER_REF, TRACK_VIEW } from './entities-agenda.js';
import {
  ADDRESS,
  ADDRESS_VIEW,
  EVENT_COMMON,
  EVENT_HEADER_VIEW,
  eventEnd,
  GEO,
  ORGANIZATION_REF,
  REGISTRATION,
  ORGANIZATION_VIEW,
  SPEAKER_SESSION,
  SPEAKER_VIEW,
  VENUE_VIEW,
} from './entities-people.js';
import { FUNDING_NOTICE, INDICATOR, OBJECTIVE_ITEM, PARTNER_VIEW, PROJECT_BUDGET, PROJECT_COMMON, PROJECT_VIEW, projectDates } from './entities-project.js';
import { CALL_BUDGET, DEADLINE, FUNDING_CALL } from './entities-funding.js';
import { quote, type Problems } from './validate.js';
import { pathOf } from './walk.js';
import { OBJECTIVE_LIST_KINDS, NUMBERING_STYLES, PARTICIPANT_ROLES, PARTNER_ROLES, TEXT_FORMATS } from './types.js';

const REF_NAMES: Readonly<Record<RefKind, string>> = {
  tracks: 'track in event.tracks',
  rooms: 'room in event.rooms',
  people: 'person in people',
  organizations: 'organization in organizations',
  projects: 'project in projects',
  objectiveLists: 'objective list in objectiveLists',
};

/**
 * Ids (`ANY_ID`) or lists of ids (`STRS`) of `ref`: checked by their kind, then against the ids
 * the document defines (`refs`, when it defines that kind), an id it does not define removed with
 * a problem. Only a whole document has references (a view is read without its document), so the
 * pages of elements that read views do not load this.
 */
/* @__NO_SIDE_EFFECTS__ */
function refTo<const K extends typeof ANY_ID | typeof STRS, const R extends RefKind>(
  kind: K,
  ref: R,
): { readonly k: K['k']; readonly ref: R; readonly c: KindCheck } {
  const known = (id: string, ids: ReadonlySet<string>, path: string, problems: Problems): boolean => {
    if (ids.has(id)) return true;
    problems.push({ path, message: `${quote(id)} is not the id of any ${REF_NAMES[ref]}; the reference is removed` });
    return false;
  };
  const c: KindCheck = (v, path, problems, options, field, refs) => {
    const value = kind.c(v, path, problems, options, field) as string | string[] | undefined;
    const ids = refs?.[ref];
    if (value === undefined || !ids) return value;
    if (typeof value === 'string') return known(value, ids, path, problems) ? value : undefined;
    return value.filter((id) => known(id, ids, path, problems));
  };
  return { k: kind.k, ref, c };
}

export const VENUE = entity('a venue', { name: NAME, address: { k: 'obj', e: ADDRESS }, geo: { k: 'obj', e: GEO } }, { needs: 'a name' });

// ---------------------------------------------------------------------------------------------
// The event and its programme

export const TRACK = entity('a track', { id: ID, name: NAME, description: TEXT, color: COLOR }, { needs: 'an id and a name' });

export const ROOM = entity('a room', { id: ID, name: NAME }, { needs: 'an id and a name' });

export const PARTICIPANT = entity(
  'a participant',
  {
    personId: { ...refTo(ANY_ID, 'people'), r: 1 },
    role: { ...oneOf(PARTICIPANT_ROLES), r: 1 },
  },
  { needs: 'a known personId and a role' },
);

export const SESSION = entity(
  'a session',
  {
    ...SESSION_COMMON,
    trackId: refTo(ANY_ID, 'tracks'),
    roomId: refTo(ANY_ID, 'rooms'),
    participants: { k: 'list', e: PARTICIPANT },
    projectIds: refTo(STRS, 'projects'),
  },
  { needs: 'an id and a title', rule: sessionTimes, memo: 1 },
);

export const EVENT = entity(
  'the event',
  {
    id: ID,
    name: NAME,
    description: TEXT,
    url: URL,
    timeZone: { ...ZONE, r: 1 },
    start: { ...WHEN, r: 1 },
    ...EVENT_COMMON,
    venue: { k: 'obj', e: VENUE },
    organizerIds: refTo(STRS, 'organizations'),
    partnerIds: refTo(STRS, 'organizations'),
    tracks: { k: 'list', e: TRACK, defines: 'tracks' },
    rooms: { k: 'list', e: ROOM, defines: 'rooms' },
    sessions: { k: 'list', e: SESSION, u: 1 },
  },
  { needs: 'a valid id, name, start and timeZone', rule: eventEnd },
);

// ---------------------------------------------------------------------------------------------
// People, organisations, projects, objectives, funding calls

export const PERSON = entity(
  'a person',
  {
    id: ID,
    name: STR,
    jobTitle: TEXT,
    organizationId: refTo(ANY_ID, 'organizations'),
    affiliation: TEXT,
    photo: { k: 'obj', e: IMAGE },
    bio: TEXT,
    links: { k: 'list', e: LINK, ne: 1 },
  },
  { needs: 'an id', memo: 1 },
);

export const ORGANIZATION = entity(
  'an organization',
  {
    id: ID,
    name: NAME,
    shortName: STR,
    url: URL,
    logo: { k: 'obj', e: IMAGE },
  },
  { needs: 'an id and a name', memo: 1 },
);

export const PARTNER = entity(
  'a partner',
  {
    organizationId: { ...refTo(ANY_ID, 'organizations'), r: 1 },
    role: { ...oneOf(PARTNER_ROLES), r: 1 },
    country: COUNTRY,
  },
  { needs: 'a known organizationId and a role' },
);

export const PROJECT = entity(
  'a project',
  {
    id: ID,
    ...PROJECT_COMMON,
    objectiveListId: refTo(ANY_ID, 'objectiveLists'),
    partners: { k: 'list', e: PARTNER },
  },
  { needs: 'an id, an acronym and a title', rule: projectDates },
);

export const OBJECTIVE_LIST = entity(
  'an objective list',
  {
    id: ID,
    title: TEXT,
    kind: oneOf(OBJECTIVE_LIST_KINDS),
    projectId: refTo(ANY_ID, 'projects'),
    numbering: oneOf(NUMBERING_STYLES),
    items: { k: 'list', e: OBJECTIVE_ITEM, r: 1 },
  },
  { needs: 'an id and a list of items' },
);

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
export const EVENT_DOCUMENT = entity(
  'an event document',
  {
    lang: { ...LANG, r: 2 },
    textFormat: oneOf(TEXT_FORMATS),
    baseUrl: URL,
    organizations: { k: 'list', e: ORGANIZATION, defines: 'organizations' },
    people: { k: 'list', e: PERSON, defines: 'people' },
    objectiveLists: { k: 'list', e: OBJECTIVE_LIST, defines: 'objectiveLists' },
    projects: { k: 'list', e: PROJECT, defines: 'projects' },
    fundingCalls: { k: 'list', e: FUNDING_CALL, u: 1 },
    event: { k: 'obj', e: EVENT, r: 1 },
  },
  { root: 1, rule: documentRule },
);

/** Every entity by the name its JSON Schema definition has (`#/$defs/Session`). */
export const ENTITIES = {
  EventDocument: EVENT_DOCUMENT,
  Event: EVENT,
  Venue: VENUE,
  PostalAddress: ADDRESS,
  GeoCoordinates: GEO,
  Registration: REGISTRATION,
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
