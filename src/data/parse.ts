/**
 * Parsing and validation of the event document (see types.ts for the shape and its rules).
 *
 * `parseEventDocument` never throws: it keeps what is valid, leaves out what is not and says why
 * in a `DataProblem` per drop or repair, with the JSON path of the offending value
 * (`event.sessions[3].start`). Output objects are fresh: only known fields are copied, so the
 * result never shares getters, prototypes or unknown fields with the input.
 *
 * The per-entity parsers (`parseSession`, `parsePerson`, ...) apply the same rules to one object,
 * for components that take a view object instead of a whole document. Given `refs`, they also
 * remove references to ids the document does not define.
 */
import type {
  ClusterEvent,
  DataProblem,
  Deadline,
  EventDocument,
  FundingCall,
  Image,
  Link,
  LocalizedText,
  ObjectiveIndicator,
  ObjectiveItem,
  ObjectiveList,
  Organization,
  Participant,
  Person,
  PostalAddress,
  Programme,
  Project,
  ProjectPartner,
  Room,
  Session,
  Track,
  Venue,
} from './types.js';
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
import { calendarDay, isCalendarDate, parseInstant } from './time.js';
import {
  LANGUAGE_TAG,
  checkArray,
  checkColor,
  checkCountry,
  checkDate,
  checkId,
  checkInstant,
  checkMoney,
  checkNumber,
  checkString,
  checkStringList,
  checkText,
  checkTimeZone,
  checkUrl,
  describeValue,
  errorText,
  quote,
  readField,
  type Problems,
  checkRecord,
  compact,
  fieldsOf,
} from './validate.js';

/** What `parseEventDocument` returns: the valid part of the document (or `null`) and every problem found. */
export interface EventDocumentResult {
  document: EventDocument | null;
  problems: DataProblem[];
}

/**
 * Ids a document defines, against which references are checked. A kind that is left out is not
 * checked (its references are kept as they are).
 */
export interface DocumentRefs {
  tracks?: ReadonlySet<string>;
  rooms?: ReadonlySet<string>;
  people?: ReadonlySet<string>;
  organizations?: ReadonlySet<string>;
  projects?: ReadonlySet<string>;
  objectiveLists?: ReadonlySet<string>;
}

/** How deep objective items may nest (an item at level 1 may have children down to level 6). */
export const MAX_OBJECTIVE_DEPTH = 6;

/** Default content language when the document names none. */
export const DEFAULT_LANG = 'en';

// ---------------------------------------------------------------------------------------------
// Small helpers

const fields = fieldsOf;
const record = checkRecord;

function leftOut(path: string, problems: Problems, what: string, needs: string): undefined {
  problems.push({ path, message: `left out: ${what} needs ${needs}` });
  return undefined;
}

/** Checks one reference; pushes a problem and returns `undefined` when the id is unknown. */
function ref(
  id: string | undefined,
  known: ReadonlySet<string> | undefined,
  path: string,
  problems: Problems,
  kind: string,
): string | undefined {
  if (id === undefined || !known || known.has(id)) return id;
  problems.push({ path, message: `${quote(id)} is not the id of any ${kind}; the reference is removed` });
  return undefined;
}

/** Filters a list of references; each unknown id is reported and removed. */
function refList(
  ids: string[] | undefined,
  known: ReadonlySet<string> | undefined,
  path: string,
  problems: Problems,
  kind: string,
): string[] | undefined {
  if (!ids || !known) return ids;
  return ids.filter((id) => ref(id, known, path, problems, kind) !== undefined);
}

/**
 * Parses a list of entities with ids; later duplicates of an id are left out with a problem.
 * Returns the clean items and the path each came from.
 */
function parseEntities<T extends { id: string }>(
  v: unknown,
  path: string,
  problems: Problems,
  what: string,
  parse: (item: unknown, path: string, problems: Problems) => T | undefined,
): { items: T[]; paths: string[] } {
  const items: T[] = [];
  const paths: string[] = [];
  const seen = new Map<string, string>();
  checkArray(v, path, problems, (item, itemPath, pr) => {
    const parsed = parse(item, itemPath, pr);
    if (!parsed) return undefined;
    const first = seen.get(parsed.id);
    if (first !== undefined) {
      pr.push({ path: `${itemPath}.id`, message: `duplicate id ${quote(parsed.id)} (first used at ${first}); this ${what} is left out` });
      return undefined;
    }
    seen.set(parsed.id, itemPath);
    items.push(parsed);
    paths.push(itemPath);
    return parsed;
  });
  return { items, paths };
}

function ids(items: readonly { id: string }[] | undefined): Set<string> {
  return new Set((items ?? []).map((i) => i.id));
}

/** The ids a parsed document defines, to check a component's own view objects against it. */
export function documentRefs(doc: EventDocument): DocumentRefs {
  return {
    tracks: ids(doc.event.tracks),
    rooms: ids(doc.event.rooms),
    people: ids(doc.people),
    organizations: ids(doc.organizations),
    projects: ids(doc.projects),
    objectiveLists: ids(doc.objectiveLists),
  };
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** An object with a safe `url` and an optional text (`alt` of an image, `label` of a link). */
function urlAndText(
  v: unknown,
  path: string,
  problems: Problems,
  what: string,
  textKey: 'alt' | 'label',
  quiet: boolean | undefined,
): { url: string; alt?: LocalizedText; label?: LocalizedText } | undefined {
  const r = record(v, path, problems, what);
  if (!r) return undefined;
  const { get, at, check } = fields(r, path, problems);
  const url = check(checkUrl, 'url', { required: true });
  if (url === undefined) return quiet ? undefined : leftOut(path, problems, what, 'a safe url');
  return compact({ url, [textKey]: checkText(get(textKey), at(textKey), problems) });
}

/**
 * An image (`{ url, alt }`); absent stays `undefined` without a problem. One without a safe url is
 * left out; `quiet` (for views) reports only the url's own problem, not the leaving out.
 */
export function parseImage(v: unknown, path: string, problems: Problems, quiet?: boolean): Image | undefined {
  return v == null ? undefined : urlAndText(v, path, problems, 'an image', 'alt', quiet);
}

/** A link (`{ url, label }`); `quiet` as for {@link parseImage}. */
export function parseLink(v: unknown, path: string, problems: Problems, quiet?: boolean): Link | undefined {
  return urlAndText(v, path, problems, 'a link', 'label', quiet);
}

function parseProgramme(v: unknown, path: string, problems: Problems): Programme | undefined {
  if (v == null) return undefined;
  const r = record(v, path, problems, 'a programme');
  if (!r) return undefined;
  const { check } = fields(r, path, problems);
  const name = check(checkText, 'name', { required: true });
  if (name === undefined) return leftOut(path, problems, 'a programme', 'a name');
  return compact({
    name,
    fund: check(checkString, 'fund'),
    period: check(checkString, 'period'),
    url: check(checkUrl, 'url'),
  });
}

/**
 * A postal address; absent stays `undefined` without a problem. It needs a country, except with
 * `partial` (for views), where any valid field is enough.
 */
function parseAddress(v: unknown, path: string, problems: Problems, partial?: boolean): Partial<PostalAddress> | undefined {
  if (v == null) return undefined;
  const r = record(v, path, problems, 'an address');
  if (!r) return undefined;
  const { check } = fields(r, path, problems);
  const addressCountry = check(checkCountry, 'addressCountry', { required: !partial });
  if (addressCountry === undefined && !partial) return leftOut(path, problems, 'an address', 'an addressCountry');
  const address = compact({
    streetAddress: check(checkString, 'streetAddress'),
    addressLocality: check(checkString, 'addressLocality'),
    postalCode: check(checkString, 'postalCode'),
    addressCountry,
  });
  return Object.keys(address).length > 0 ? address : undefined;
}

/**
 * A venue; absent stays `undefined` without a problem. It needs a name, except with `partial` (for
 * views: a name and address as in {@link parseAddress}), where a name or an address is enough.
 */
export function parseVenue(v: unknown, path: string, problems: Problems): Venue | undefined;
export function parseVenue(
  v: unknown,
  path: string,
  problems: Problems,
  partial: true,
): { name?: LocalizedText; address?: Partial<PostalAddress> } | undefined;
export function parseVenue(
  v: unknown,
  path: string,
  problems: Problems,
  partial?: boolean,
): { name?: LocalizedText; address?: Partial<PostalAddress> } | undefined {
  if (v == null) return undefined;
  const r = record(v, path, problems, 'a venue');
  if (!r) return undefined;
  const { check } = fields(r, path, problems);
  const name = check(checkText, 'name', { required: !partial });
  if (name === undefined && !partial) return leftOut(path, problems, 'a venue', 'a name');
  const venue = compact({ name, address: check(parseAddress, 'address', partial) });
  return venue.name || venue.address ? venue : undefined;
}

function parseTrack(v: unknown, path: string, problems: Problems): Track | undefined {
  const r = record(v, path, problems, 'a track');
  if (!r) return undefined;
  const { check } = fields(r, path, problems);
  const id = check(checkId, 'id', { required: true });
  const name = check(checkText, 'name', { required: true });
  if (id === undefined || name === undefined) return leftOut(path, problems, 'a track', 'an id and a name');
  return compact({
    id,
    name,
    description: check(checkText, 'description'),
    color: check(checkColor, 'color'),
  });
}

function parseRoom(v: unknown, path: string, problems: Problems): Room | undefined {
  const r = record(v, path, problems, 'a room');
  if (!r) return undefined;
  const { check } = fields(r, path, problems);
  const id = check(checkId, 'id', { required: true });
  const name = check(checkText, 'name', { required: true });
  if (id === undefined || name === undefined) return leftOut(path, problems, 'a room', 'an id and a name');
  return { id, name };
}

// ---------------------------------------------------------------------------------------------
// Sessions

function parseParticipant(v: unknown, path: string, problems: Problems, refs?: DocumentRefs): Participant | undefined {
  const r = record(v, path, problems, 'a participant');
  if (!r) return undefined;
  const { at, check, oneOf } = fields(r, path, problems);
  const personId = ref(
    check(checkId, 'personId', { required: true }),
    refs?.people,
    at('personId'),
    problems,
    'person in people',
  );
  const role = oneOf('role', PARTICIPANT_ROLES, { required: true });
  if (personId === undefined || role === undefined) {
    return leftOut(path, problems, 'a participant', 'a known personId and a role');
  }
  return { personId, role };
}

/**
 * The `start` and `end` of a session (read with `get`, reported at `at(key)`): both valid, or
 * neither. One alone, or an end before the start, leaves the session untimed, with a problem;
 * `quiet` (for views) says nothing more when the other one was present but invalid (its own
 * problem says why).
 */
export function sessionTimes(
  get: (key: string) => unknown,
  at: (key: string) => string,
  problems: Problems,
  quiet?: boolean,
): { start?: string; end?: string } {
  const rawStart = get('start');
  const rawEnd = get('end');
  const start = checkInstant(rawStart, at('start'), problems);
  const end = checkInstant(rawEnd, at('end'), problems);
  const untimed = (key: string, why: string): {} => {
    problems.push({ path: at(key), message: `${why}; the session is shown without times` });
    return {};
  };
  if (start === undefined || end === undefined) {
    // One alone: say which is missing, or (unless quiet) that the other was unusable.
    if (start !== undefined) {
      if (rawEnd == null) return untimed('end', 'is missing while start is set');
      return quiet ? {} : untimed('start', 'has no valid end');
    }
    if (end !== undefined) {
      if (rawStart == null) return untimed('start', 'is missing while end is set');
      return quiet ? {} : untimed('end', 'has no valid start');
    }
    return {};
  }
  if (parseInstant(end)!.getTime() < parseInstant(start)!.getTime()) {
    return untimed('end', `${quote(end)} is before the start ${quote(start)}`);
  }
  return { start, end };
}

/**
 * A session. Start and end come both or neither: one alone, or an end before the start, leaves
 * the session untimed (it keeps its place in the list) with a problem.
 */
export function parseSession(v: unknown, path: string, problems: Problems, refs?: DocumentRefs): Session | undefined {
  const r = record(v, path, problems, 'a session');
  if (!r) return undefined;
  const { get, at, check, oneOf, list } = fields(r, path, problems);
  const id = check(checkId, 'id', { required: true });
  const title = check(checkText, 'title', { required: true });
  if (id === undefined || title === undefined) return leftOut(path, problems, 'a session', 'an id and a title');

  const { start, end } = sessionTimes(get, at, problems);

  return compact({
    id,
    title,
    abstract: check(checkText, 'abstract'),
    kind: oneOf('kind', SESSION_KINDS),
    start,
    end,
    trackId: ref(check(checkId, 'trackId'), refs?.tracks, at('trackId'), problems, 'track in event.tracks'),
    roomId: ref(check(checkId, 'roomId'), refs?.rooms, at('roomId'), problems, 'room in event.rooms'),
    tags: check(checkStringList, 'tags'),
    participants: list('participants', (item, p, pr) =>
      parseParticipant(item, p, pr, refs),
    ),
    projectIds: refList(check(checkStringList, 'projectIds'), refs?.projects, at('projectIds'), problems, 'project in projects'),
    url: check(checkUrl, 'url'),
    status: oneOf('status', EVENT_STATUSES),
  });
}

// ---------------------------------------------------------------------------------------------
// People, organisations, projects

/** A person; `name` is optional (someone may be known only by role and organisation). */
export function parsePerson(v: unknown, path: string, problems: Problems, refs?: DocumentRefs): Person | undefined {
  const r = record(v, path, problems, 'a person');
  if (!r) return undefined;
  const { at, check, list } = fields(r, path, problems);
  const id = check(checkId, 'id', { required: true });
  if (id === undefined) return leftOut(path, problems, 'a person', 'an id');
  return compact({
    id,
    name: check(checkString, 'name'),
    jobTitle: check(checkText, 'jobTitle'),
    organizationId: ref(
      check(checkId, 'organizationId'),
      refs?.organizations,
      at('organizationId'),
      problems,
      'organization in organizations',
    ),
    affiliation: check(checkText, 'affiliation'),
    photo: check(parseImage, 'photo'),
    bio: check(checkText, 'bio'),
    links: list('links', parseLink),
  });
}

export function parseOrganization(v: unknown, path: string, problems: Problems): Organization | undefined {
  return parseOrganizationView(v, path, problems, false) as Organization | undefined;
}

/**
 * An organisation as a view takes it: like {@link parseOrganization}, but the id is optional and
 * one without a name is dropped with only the name's own problem (unless `view` is false).
 */
export function parseOrganizationView(
  v: unknown,
  path: string,
  problems: Problems,
  view = true,
): (Omit<Organization, 'id'> & { id?: string }) | undefined {
  const r = record(v, path, problems, 'an organization');
  if (!r) return undefined;
  const { check } = fields(r, path, problems);
  const id = check(checkId, 'id', { required: !view });
  const name = check(checkText, 'name', { required: true });
  if (name === undefined || (id === undefined && !view)) {
    return view ? undefined : leftOut(path, problems, 'an organization', 'an id and a name');
  }
  return compact({
    id,
    name,
    shortName: check(checkString, 'shortName'),
    url: check(checkUrl, 'url'),
    logo: check(parseImage, 'logo', view),
  });
}

function parsePartner(v: unknown, path: string, problems: Problems, refs?: DocumentRefs): ProjectPartner | undefined {
  const r = record(v, path, problems, 'a project partner');
  if (!r) return undefined;
  const { at, check, oneOf } = fields(r, path, problems);
  const organizationId = ref(
    check(checkId, 'organizationId', { required: true }),
    refs?.organizations,
    at('organizationId'),
    problems,
    'organization in organizations',
  );
  const role = oneOf('role', PARTNER_ROLES, { required: true });
  if (organizationId === undefined || role === undefined) {
    return leftOut(path, problems, 'a partner', 'a known organizationId and a role');
  }
  return compact({
    organizationId,
    role,
    country: check(checkCountry, 'country'),
  });
}

function parseBudget(v: unknown, path: string, problems: Problems): Project['budget'] {
  if (v == null) return undefined;
  const r = record(v, path, problems, 'a budget');
  if (!r) return undefined;
  const { check } = fields(r, path, problems);
  const budget = compact({
    total: check(checkMoney, 'total'),
    euContribution: check(checkMoney, 'euContribution'),
  });
  return Object.keys(budget).length > 0 ? budget : undefined;
}

/** A project. An end date before the start date drops both dates (the status cannot be derived). */
export function parseProject(v: unknown, path: string, problems: Problems, refs?: DocumentRefs): Project | undefined {
  const r = record(v, path, problems, 'a project');
  if (!r) return undefined;
  const { get, at, check, list } = fields(r, path, problems);
  const id = check(checkId, 'id', { required: true });
  const acronym = check(checkString, 'acronym', { required: true });
  const title = check(checkText, 'title', { required: true });
  if (id === undefined || acronym === undefined || title === undefined) {
    return leftOut(path, problems, 'a project', 'an id, an acronym and a title');
  }
  let startDate = check(checkDate, 'startDate');
  let endDate = check(checkDate, 'endDate');
  if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
    problems.push({ path: at('endDate'), message: `${quote(endDate)} is before the start date ${quote(startDate)}; both dates are ignored` });
    startDate = undefined;
    endDate = undefined;
  }
  let fundingNotice: Project['fundingNotice'];
  const rawNotice = get('fundingNotice');
  if (rawNotice != null) {
    const n = record(rawNotice, at('fundingNotice'), problems, 'a funding notice');
    if (n) {
      const nf = fields(n, at('fundingNotice'), problems);
      fundingNotice = compact({
        text: nf.check(checkText, 'text'),
        emblem: nf.oneOf('emblem', FUNDING_EMBLEMS),
      });
      if (Object.keys(fundingNotice).length === 0) fundingNotice = undefined;
    }
  }
  return compact({
    id,
    acronym,
    title,
    summary: check(checkText, 'summary'),
    programme: check(parseProgramme, 'programme'),
    startDate,
    endDate,
    budget: check(parseBudget, 'budget'),
    partners: list('partners', (item, p, pr) => parsePartner(item, p, pr, refs)),
    objectiveListId: ref(
      check(checkId, 'objectiveListId'),
      refs?.objectiveLists,
      at('objectiveListId'),
      problems,
      'objective list in objectiveLists',
    ),
    url: check(checkUrl, 'url'),
    logo: check(parseImage, 'logo'),
    fundingNotice,
  });
}

// ---------------------------------------------------------------------------------------------
// Objectives

function parseIndicator(v: unknown, path: string, problems: Problems): ObjectiveIndicator | undefined {
  if (v == null) return undefined;
  const r = record(v, path, problems, 'an indicator');
  if (!r) return undefined;
  const { check } = fields(r, path, problems);
  const name = check(checkText, 'name', { required: true });
  if (name === undefined) return leftOut(path, problems, 'an indicator', 'a name');
  return compact({
    name,
    unit: check(checkString, 'unit'),
    target: check(checkNumber, 'target'),
    achieved: check(checkNumber, 'achieved'),
  });
}

function parseObjectiveItem(v: unknown, path: string, problems: Problems, depth: number): ObjectiveItem | undefined {
  const r = record(v, path, problems, 'an objective');
  if (!r) return undefined;
  const { get, at, check, oneOf } = fields(r, path, problems);
  const text = check(checkText, 'text', { required: true });
  if (text === undefined) return leftOut(path, problems, 'an objective', 'a text');
  const rawChildren = get('children');
  let children: ObjectiveItem[] | undefined;
  if (rawChildren != null) {
    if (depth >= MAX_OBJECTIVE_DEPTH) {
      problems.push({ path: at('children'), message: `nested more than ${MAX_OBJECTIVE_DEPTH} levels deep; these items are left out` });
    } else {
      children = parseObjectiveItems(rawChildren, at('children'), problems, depth + 1);
    }
  }
  return compact({
    id: check(checkId, 'id'),
    text,
    detail: check(checkText, 'detail'),
    status: oneOf('status', OBJECTIVE_STATUSES),
    indicator: check(parseIndicator, 'indicator'),
    children: children && children.length > 0 ? children : undefined,
  });
}

/**
 * A list of objective items with nested children, at most {@link MAX_OBJECTIVE_DEPTH} levels deep
 * (`depth` is the level of these items, 1 for the top). Deeper items are left out with a problem,
 * which also stops cyclic input.
 */
export function parseObjectiveItems(v: unknown, path: string, problems: Problems, depth = 1): ObjectiveItem[] | undefined {
  return checkArray(v, path, problems, (item, p, pr) => parseObjectiveItem(item, p, pr, depth));
}

export function parseObjectiveList(v: unknown, path: string, problems: Problems, refs?: DocumentRefs): ObjectiveList | undefined {
  const r = record(v, path, problems, 'an objective list');
  if (!r) return undefined;
  const { at, check, oneOf } = fields(r, path, problems);
  const id = check(checkId, 'id', { required: true });
  const items = check(parseObjectiveItems, 'items');
  if (id === undefined || items === undefined) return leftOut(path, problems, 'an objective list', 'an id and a list of items');
  return compact({
    id,
    title: check(checkText, 'title'),
    kind: oneOf('kind', OBJECTIVE_LIST_KINDS),
    projectId: ref(check(checkId, 'projectId'), refs?.projects, at('projectId'), problems, 'project in projects'),
    numbering: oneOf('numbering', NUMBERING_STYLES),
    items,
  });
}

// ---------------------------------------------------------------------------------------------
// Funding calls

function parseDeadline(v: unknown, path: string, problems: Problems): Deadline | undefined {
  const r = record(v, path, problems, 'a deadline');
  if (!r) return undefined;
  const { check } = fields(r, path, problems);
  const when = check(checkInstant, 'at', { required: true });
  if (when === undefined) return leftOut(path, problems, 'a deadline', 'a valid "at" date-time');
  return compact({
    at: when,
    label: check(checkText, 'label'),
    previousAt: check(checkInstant, 'previousAt'),
  });
}

function parseCallBudget(v: unknown, path: string, problems: Problems): FundingCall['budget'] {
  if (v == null) return undefined;
  const r = record(v, path, problems, 'a budget');
  if (!r) return undefined;
  const { check, list } = fields(r, path, problems);
  const budget = compact({
    total: check(checkMoney, 'total'),
    alternate: list('alternate', checkMoney),
    perProjectMax: check(checkMoney, 'perProjectMax'),
  });
  return Object.keys(budget).length > 0 ? budget : undefined;
}

/**
 * The deadline, or `undefined` with a problem at `path.at` when it is before the call opens
 * (`opens` is a valid date-time, or a date meaning midnight in the call's zone).
 */
function deadlineAfterOpening(
  deadline: Deadline | undefined,
  opens: string | undefined,
  timeZone: string | undefined,
  path: string,
  problems: Problems,
): Deadline | undefined {
  if (!deadline || opens === undefined) return deadline;
  const at = parseInstant(deadline.at)!;
  const before = isCalendarDate(opens)
    ? timeZone !== undefined && calendarDay(at, timeZone) < opens
    : at.getTime() < parseInstant(opens)!.getTime();
  if (!before) return deadline;
  problems.push({ path: `${path}.at`, message: `${quote(deadline.at)} is before the opening ${quote(opens)}; it is ignored` });
  return undefined;
}

/**
 * A funding call. Deadlines are sorted by `at`; one before the opening is ignored. A call without
 * any valid deadline is kept only when it says when it opens (`opens` or `opensEstimate`), since it
 * is then forthcoming. Every field is checked even when the call is left out, so that an editor
 * sees all its problems at once.
 */
export function parseFundingCall(v: unknown, path: string, problems: Problems): FundingCall | undefined {
  const r = record(v, path, problems, 'a funding call');
  if (!r) return undefined;
  const { check, oneOf, list } = fields(r, path, problems);
  const id = check(checkId, 'id', { required: true });
  const title = check(checkText, 'title', { required: true });
  const timeZone = check(checkTimeZone, 'timeZone', { required: true });
  const opens = check(checkInstant, 'opens', { allowDate: true });
  const opensEstimate = check(checkText, 'opensEstimate');
  const deadline = (item: unknown, p: string, pr: Problems): Deadline | undefined =>
    deadlineAfterOpening(parseDeadline(item, p, pr), opens, timeZone, p, pr);
  const deadlines = (list('deadlines', deadline) ?? [])
    .map((d, index) => ({ d, index, t: parseInstant(d.at)!.getTime() }))
    .sort((a, b) => a.t - b.t || a.index - b.index)
    .map((x) => x.d);
  const call = {
    identifier: check(checkString, 'identifier'),
    summary: check(checkText, 'summary'),
    programme: check(parseProgramme, 'programme'),
    statusOverride: oneOf('statusOverride', CALL_STATUS_OVERRIDES),
    closingSoonDays: check(checkNumber, 'closingSoonDays', { min: 0, max: 366 }),
    budget: check(parseCallBudget, 'budget'),
    applyUrl: check(checkUrl, 'applyUrl'),
    infoUrl: check(checkUrl, 'infoUrl'),
  };
  // Checked last so that an unusable call still gets all its other problems reported.
  const named = id !== undefined && title !== undefined && timeZone !== undefined;
  if (!named) leftOut(path, problems, 'a funding call', 'an id, a title and a timeZone');
  const dated = deadlines.length > 0 || opens !== undefined || opensEstimate !== undefined;
  if (!dated) leftOut(path, problems, 'a funding call', 'at least one valid deadline, or opens or opensEstimate');
  if (id === undefined || title === undefined || timeZone === undefined || !dated) return undefined;
  return compact({
    id,
    identifier: call.identifier,
    title,
    summary: call.summary,
    programme: call.programme,
    timeZone,
    opens,
    opensEstimate,
    deadlines,
    statusOverride: call.statusOverride,
    closingSoonDays: call.closingSoonDays,
    budget: call.budget,
    applyUrl: call.applyUrl,
    infoUrl: call.infoUrl,
  });
}

// ---------------------------------------------------------------------------------------------
// The event and the document

/**
 * The `end` of an event, given its valid `start` (both from `checkInstant` with `allowDate`):
 * `undefined`, with a problem at `path`, when it is not of the same kind as the start (both dates
 * or both date-times) or is before it.
 */
export function checkEventEnd(start: string | undefined, end: string | undefined, path: string, problems: Problems): string | undefined {
  if (start === undefined || end === undefined) return end;
  const date = isCalendarDate(start);
  const why =
    isCalendarDate(end) !== date
      ? `should be ${date ? 'a date' : 'a date-time with offset'}, like start`
      : (date ? end < start : parseInstant(end)!.getTime() < parseInstant(start)!.getTime())
        ? `is before the start ${quote(start)}`
        : '';
  if (!why) return end;
  problems.push({ path, message: `${quote(end)} ${why}; it is ignored` });
  return undefined;
}

/**
 * The event. Without a valid id, name, start and timeZone it is unusable and `undefined` is
 * returned. `refs` checks organizer/partner ids and the people and projects sessions name;
 * track and room ids are always checked against the event's own lists.
 */
export function parseEvent(v: unknown, path: string, problems: Problems, refs?: DocumentRefs): ClusterEvent | undefined {
  const r = record(v, path, problems, 'the event');
  if (!r) return undefined;
  const { get, at, check, oneOf } = fields(r, path, problems);
  const id = check(checkId, 'id', { required: true });
  const name = check(checkText, 'name', { required: true });
  const timeZone = check(checkTimeZone, 'timeZone', { required: true });
  const start = check(checkInstant, 'start', { required: true, allowDate: true });
  const end = checkEventEnd(start, check(checkInstant, 'end', { allowDate: true }), at('end'), problems);
  const rawTracks = get('tracks');
  const rawRooms = get('rooms');
  const rawSessions = get('sessions');
  const tracks = parseEntities(rawTracks, at('tracks'), problems, 'track', parseTrack).items;
  const rooms = parseEntities(rawRooms, at('rooms'), problems, 'room', parseRoom).items;
  const sessionRefs: DocumentRefs = { ...refs, tracks: ids(tracks), rooms: ids(rooms) };
  const sessions = parseEntities(rawSessions, at('sessions'), problems, 'session', (item, p, pr) =>
    parseSession(item, p, pr, sessionRefs),
  ).items;
  const orgs = refs?.organizations;
  const event = {
    id,
    name,
    description: check(checkText, 'description'),
    url: check(checkUrl, 'url'),
    timeZone,
    start,
    end,
    status: oneOf('status', EVENT_STATUSES),
    previousStart: check(checkInstant, 'previousStart', { allowDate: true }),
    attendanceMode: oneOf('attendanceMode', ATTENDANCE_MODES),
    venue: parseVenue(get('venue'), at('venue'), problems),
    organizerIds: refList(check(checkStringList, 'organizerIds'), orgs, at('organizerIds'), problems, 'organization in organizations'),
    partnerIds: refList(check(checkStringList, 'partnerIds'), orgs, at('partnerIds'), problems, 'organization in organizations'),
    tracks: rawTracks == null ? undefined : tracks,
    rooms: rawRooms == null ? undefined : rooms,
    sessions: rawSessions == null ? undefined : sessions,
  };
  // Checked last so that an unusable event still gets all its other problems reported.
  if (id === undefined || name === undefined || timeZone === undefined || start === undefined) {
    return leftOut(path, problems, 'the event', 'a valid id, name, start and timeZone');
  }
  return compact({ ...event, id, name, timeZone, start });
}

function parseLang(v: unknown, problems: Problems): string {
  if (typeof v === 'string' && LANGUAGE_TAG.test(v.trim())) return v.trim();
  const what = v == null ? 'is missing' : `${typeof v === 'string' ? quote(v) : describeValue(v)} is not a language code`;
  problems.push({ path: 'lang', message: `${what}; "${DEFAULT_LANG}" is assumed` });
  return DEFAULT_LANG;
}

function parseJson(input: string, problems: Problems): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(input) as unknown };
  } catch (error) {
    problems.push({ path: 'document', message: `not valid JSON (${errorText(error)})` });
    return { ok: false };
  }
}

/**
 * A string given as the document: its JSON text, or a string value that a loader already read
 * from a file whose JSON is a string (`"just a string"`). Text that starts like an object or a
 * list is JSON text and must parse; any other text that does not parse is such a string value,
 * which is then reported as not an event document rather than as broken JSON.
 */
function readText(input: string, problems: Problems): { ok: true; value: unknown } | { ok: false } {
  if (/^[{[]/.test(input.trimStart())) return parseJson(input, problems);
  try {
    return { ok: true, value: JSON.parse(input) as unknown };
  } catch {
    return { ok: true, value: input };
  }
}

function parseDocument(input: unknown, problems: Problems): EventDocument | null {
  let value = input;
  if (typeof input === 'string') {
    const parsed = readText(input, problems);
    if (!parsed.ok) return null;
    value = parsed.value;
  }
  const r = record(value, 'document', problems, 'an event document');
  if (!r) return null;
  const raw: Record<string, unknown> = {};
  for (const key of ['lang', 'baseUrl', 'event', 'people', 'organizations', 'projects', 'objectiveLists', 'fundingCalls']) {
    raw[key] = readField(r, key, key, problems);
  }
  const field = (key: string): unknown => raw[key];

  const lang = parseLang(field('lang'), problems);
  const baseUrl = checkUrl(field('baseUrl'), 'baseUrl', problems);
  // Order matters: each list is parsed after the lists it refers to. Objective lists and projects
  // refer to each other, so lists come first and their projectId is checked once projects are known.
  const organizations = parseEntities(field('organizations'), 'organizations', problems, 'organization', parseOrganization);
  const orgIds = ids(organizations.items);
  const people = parseEntities(field('people'), 'people', problems, 'person', (v, p, pr) =>
    parsePerson(v, p, pr, { organizations: orgIds }),
  );
  const lists = parseEntities(field('objectiveLists'), 'objectiveLists', problems, 'objective list', parseObjectiveList);
  const projects = parseEntities(field('projects'), 'projects', problems, 'project', (v, p, pr) =>
    parseProject(v, p, pr, { organizations: orgIds, objectiveLists: ids(lists.items) }),
  );
  const projectIds = ids(projects.items);
  lists.items.forEach((list, i) => {
    if (ref(list.projectId, projectIds, `${lists.paths[i]}.projectId`, problems, 'project in projects') === undefined) {
      delete list.projectId;
    }
  });
  const fundingCalls = parseEntities(field('fundingCalls'), 'fundingCalls', problems, 'funding call', parseFundingCall);

  const rawEvent = field('event');
  const event =
    rawEvent == null
      ? (problems.push({ path: 'event', message: 'is required but missing' }), undefined)
      : parseEvent(rawEvent, 'event', problems, {
          organizations: orgIds,
          people: ids(people.items),
          projects: projectIds,
        });
  if (!event) return null;

  const present = (key: string): boolean => field(key) != null;
  return compact({
    lang,
    baseUrl,
    event,
    people: present('people') ? people.items : undefined,
    organizations: present('organizations') ? organizations.items : undefined,
    projects: present('projects') ? projects.items : undefined,
    objectiveLists: present('objectiveLists') ? lists.items : undefined,
    fundingCalls: present('fundingCalls') ? fundingCalls.items : undefined,
  });
}

/**
 * Parses an event document (an object, or its JSON text; a string that is not JSON text of an
 * object or a list counts as a string value, as read from a file whose JSON is a string). Never throws: the result holds the
 * valid part (or `null` when there is no usable event) and every problem found, with paths.
 */
export function parseEventDocument(input: unknown): EventDocumentResult {
  const problems: Problems = [];
  try {
    return { document: parseDocument(input, problems), problems };
  } catch (error) {
    // Last line of defence (an exotic proxy, a stack overflow): report, never throw.
    problems.push({ path: 'document', message: `could not be read (${errorText(error)})` });
    return { document: null, problems };
  }
}
