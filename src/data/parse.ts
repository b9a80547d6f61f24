/**
 * Parsing and validation of the event document: the entry points over the single description in
 * entities.ts (see walk.ts for how it is applied, types.ts for the shape and its rules).
 *
 * `parseEventDocument` never throws: it keeps what is valid, leaves out what is not and says why
 * in a `DataProblem` per drop or repair, with the JSON path of the offending value
 * (`event.sessions[3].start`). Output objects are fresh: only known fields are copied, so the
 * result never shares getters, prototypes or unknown fields with the input. Unknown keys are
 * reported with a did-you-mean suggestion (`$schema` and `x-` keys are allowed).
 *
 * The per-entity parsers (`parseSession`, `parsePerson`, ...) apply the same rules to one object,
 * for components that take a view object instead of a whole document. Given `refs`, they also
 * remove references to ids the document does not define.
 */
import type { ClusterEvent, DataProblem, EventDocument, Image, Link, ObjectiveList, Organization, Person, Project, Session, Venue } from './types.js';
import { IMAGE, LINK, MAX_NESTING, type DocumentRefs } from './entities.js';
import { EVENT, EVENT_DOCUMENT, OBJECTIVE_LIST, ORGANIZATION, PERSON, PROJECT, SESSION, VENUE } from './entities-document.js';
import { ORGANIZATION_VIEW, VENUE_VIEW } from './entities-people.js';
import { parseWith } from './walk.js';
import { errorText, type Problems, checkRecord } from './validate.js';
import type { VenueView } from './people-view.js';

export type { DocumentRefs } from './entities.js';
export { DEFAULT_LANG } from './entities.js';
// The parsers of the parts that elements take on their own live with their entities, so that an
// element's page does not load the whole document's description (see entities.ts).
export { parseFundingCall } from './entities-funding.js';
export { parseObjectiveItems } from './entities-project.js';

/** What `parseEventDocument` returns: the valid part of the document (or `null`) and every problem found. */
export interface EventDocumentResult {
  document: EventDocument | null;
  problems: DataProblem[];
}

/** How deep objective items may nest (an item at level 1 may have children down to level 6). */
export const MAX_OBJECTIVE_DEPTH = MAX_NESTING;

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

/** An image (`{ url, alt }`); absent stays `undefined` without a problem; one without a safe url is left out. */
export function parseImage(v: unknown, path: string, problems: Problems): Image | undefined {
  return v == null ? undefined : parseWith(IMAGE, v, path, problems);
}

/** A link (`{ url, label }`); one without a safe url is left out. */
export function parseLink(v: unknown, path: string, problems: Problems): Link | undefined {
  return parseWith(LINK, v, path, problems);
}

/**
 * A venue; absent stays `undefined` without a problem. It needs a name (and its address a
 * country), except with `partial` (for views), where any valid field is enough.
 */
export function parseVenue(v: unknown, path: string, problems: Problems): Venue | undefined;
export function parseVenue(v: unknown, path: string, problems: Problems, partial: true): VenueView | undefined;
export function parseVenue(v: unknown, path: string, problems: Problems, partial?: boolean): VenueView | undefined {
  return v == null ? undefined : parseWith(partial ? VENUE_VIEW : VENUE, v, path, problems);
}

/**
 * A session. Start and end come both or neither (see `sessionTimes` in entities.ts for the
 * repairs: an unusable start leaves the session untimed, a start alone is kept as a start time).
 */
export function parseSession(v: unknown, path: string, problems: Problems, refs?: DocumentRefs): Session | undefined {
  return parseWith(SESSION, v, path, problems, refs);
}

/** A person; `name` is optional (someone may be known only by role and organisation). */
export function parsePerson(v: unknown, path: string, problems: Problems, refs?: DocumentRefs): Person | undefined {
  return parseWith(PERSON, v, path, problems, refs);
}

export function parseOrganization(v: unknown, path: string, problems: Problems): Organization | undefined {
  return parseWith(ORGANIZATION, v, path, problems);
}

/** An organisation as a view takes it: like {@link parseOrganization}, but the id is optional. */
export function parseOrganizationView(v: unknown, path: string, problems: Problems): (Omit<Organization, 'id'> & { id?: string }) | undefined {
  return parseWith(ORGANIZATION_VIEW, v, path, problems);
}

/** A project. An end date before the start date drops both dates (the status cannot be derived). */
export function parseProject(v: unknown, path: string, problems: Problems, refs?: DocumentRefs): Project | undefined {
  return parseWith(PROJECT, v, path, problems, refs);
}

export function parseObjectiveList(v: unknown, path: string, problems: Problems, refs?: DocumentRefs): ObjectiveList | undefined {
  return parseWith(OBJECTIVE_LIST, v, path, problems, refs);
}

/**
 * The event. Without a valid id, name, start and timeZone it is unusable and `undefined` is
 * returned. `refs` checks organizer/partner ids and the people and projects sessions name;
 * track and room ids are always checked against the event's own lists.
 */
export function parseEvent(v: unknown, path: string, problems: Problems, refs?: DocumentRefs): ClusterEvent | undefined {
  return parseWith(EVENT, v, path, problems, refs);
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
  if (!checkRecord(value, 'document', problems, 'an event document')) return null;
  return parseWith<EventDocument>(EVENT_DOCUMENT, value, '', problems) ?? null;
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
