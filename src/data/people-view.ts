/**
 * People and event-header views: what `<cluster-speaker-block>`, `<cluster-speaker-list>` and
 * `<cluster-event-header>` take as properties, the builders that make them from an event document
 * (references resolved) and the checkers that clean hand-written views, reporting every problem
 * with its path instead of throwing.
 */
import { isCalendarDate, isValidTimeZone } from './time.js';
import type { Entity } from './entities.js';
import { EVENT_HEADER_VIEW, SPEAKER_VIEW } from './entities-people.js';
import { parseListWith, parseWith, pathOf } from './walk.js';
import {
  type AttendanceMode,
  type EventDocument,
  type EventStatus,
  type GeoCoordinates,
  type Image,
  type Link,
  type LocalizedText,
  type Organization,
  type ParseResult,
  type ParticipantRole,
  type Person,
  type PostalAddress,
  type Registration,
  type TextFormat,
} from './types.js';
import { compact, isRecord, readField, type Problems } from './validate.js';

/** An organisation as shown next to a person: its name and, when known, its website. */
export interface OrganizationRef {
  name: LocalizedText;
  url?: string;
}

/** A session a person takes part in, with its times and the zone to show them in. */
export interface SpeakerSessionView {
  id?: string;
  title: LocalizedText;
  /** RFC 3339 with offset; both or neither. */
  start?: string;
  end?: string;
  /** IANA zone of the event, authoritative for display (`Europe/Sofia`). */
  timeZone?: string;
  url?: string;
  /** The person's part in the session; `speaker` when absent. */
  role?: ParticipantRole;
}

/** A person as `<cluster-speaker-block>` shows them. */
export interface SpeakerView {
  id?: string;
  /** May be absent: a person known only by job title and organisation. */
  name?: string;
  jobTitle?: LocalizedText;
  /** An organisation with an optional website, or just its name. */
  organization?: OrganizationRef | string;
  /** The person's own page. */
  url?: string;
  photo?: Image;
  bio?: LocalizedText;
  links?: Link[];
  sessions?: SpeakerSessionView[];
  /** Default content language of the document the view came from. */
  lang?: string;
  /** How the document's prose is written (`markdown`, else plain text); see TEXT_FORMATS. */
  textFormat?: TextFormat;
}

/** Where an event takes place: a name and/or an address (a document's `Venue` fits). */
export interface VenueView {
  name?: LocalizedText;
  address?: Partial<PostalAddress>;
  /** The venue's position, for the "Map" link. */
  geo?: GeoCoordinates;
}

/** An organiser or partner as `<cluster-event-header>` shows it. */
export interface OrganizationView {
  id?: string;
  name: LocalizedText;
  shortName?: string;
  url?: string;
  logo?: Image;
}

/** The event as `<cluster-event-header>` shows it, with organisers and partners resolved. */
export interface EventHeaderView {
  /** Stable id: the calendar entry's UID. */
  id?: string;
  name: LocalizedText;
  url?: string;
  /** IANA zone, authoritative for display and export. */
  timeZone: string;
  /** RFC 3339 instant with offset, or a calendar date (`2018-07-06`) when hours are unknown. */
  start: string;
  end?: string;
  status?: EventStatus;
  /** The start before a postponement or rescheduling, when known. */
  previousStart?: string;
  attendanceMode?: AttendanceMode;
  /** How to register: the Register action and its state. */
  registration?: Registration;
  venue?: VenueView;
  organizers?: OrganizationView[];
  partners?: OrganizationView[];
  /** Default content language of the document the view came from. */
  lang?: string;
  /** Canonical page URL, for the calendar entry's UID. */
  baseUrl?: string;
}

// ---------------------------------------------------------------------------------------------
// Builders (from a parsed event document)

function organizationRef(person: Person, organizations: Map<string, Organization>): OrganizationRef | undefined {
  const org = person.organizationId ? organizations.get(person.organizationId) : undefined;
  if (org) return org.url ? { name: org.name, url: org.url } : { name: org.name };
  if (person.affiliation) return { name: person.affiliation };
  return undefined;
}

/** One person of a document with their organisation and the sessions they take part in resolved. */
export function speakerViewFromPerson(person: Person, document: EventDocument): SpeakerView {
  const organizations = new Map((document.organizations ?? []).map((o) => [o.id, o]));
  return buildSpeaker(person, document, organizations);
}

function buildSpeaker(person: Person, document: EventDocument, organizations: Map<string, Organization>): SpeakerView {
  const event = document.event;
  const sessions: SpeakerSessionView[] = [];
  for (const session of event.sessions ?? []) {
    const part = session.participants?.find((p) => p.personId === person.id);
    if (!part) continue;
    const timed = session.start && session.end;
    sessions.push({
      id: session.id,
      title: session.title,
      ...compact({ start: timed && session.start, end: timed && session.end, url: session.url }, true),
      timeZone: event.timeZone,
      role: part.role,
    });
  }
  return {
    id: person.id,
    ...compact(
      {
        name: person.name,
        jobTitle: person.jobTitle,
        organization: organizationRef(person, organizations),
        photo: person.photo,
        bio: person.bio,
        links: person.links,
        sessions,
      },
      true,
    ),
    lang: document.lang,
    ...(document.textFormat ? { textFormat: document.textFormat } : {}),
  };
}

/**
 * The people of a document as speaker views, in the document's order: those who take part in at
 * least one session (any role), or everyone with `allPeople`.
 */
export function speakerViewsFromDocument(document: EventDocument, options: { allPeople?: boolean } = {}): SpeakerView[] {
  const organizations = new Map((document.organizations ?? []).map((o) => [o.id, o]));
  const taking = new Set<string>();
  for (const session of document.event.sessions ?? []) {
    for (const p of session.participants ?? []) taking.add(p.personId);
  }
  return (document.people ?? []).filter((person) => options.allPeople || taking.has(person.id)).map((person) => buildSpeaker(person, document, organizations));
}

function organizationView(org: Organization): OrganizationView {
  return { id: org.id, name: org.name, ...compact({ shortName: org.shortName, url: org.url, logo: org.logo }, true) };
}

/** The event of a document with its organisers and partners resolved (unknown ids are skipped). */
export function eventHeaderViewFromDocument(document: EventDocument): EventHeaderView {
  const event = document.event;
  const organizations = new Map((document.organizations ?? []).map((o) => [o.id, o]));
  const resolve = (ids: readonly string[] | undefined): OrganizationView[] =>
    (ids ?? []).flatMap((id) => {
      const org = organizations.get(id);
      return org ? [organizationView(org)] : [];
    });
  return {
    id: event.id,
    name: event.name,
    timeZone: event.timeZone,
    start: event.start,
    ...compact(
      {
        url: event.url,
        end: event.end,
        status: event.status,
        previousStart: event.previousStart,
        attendanceMode: event.attendanceMode,
        registration: event.registration,
        venue: event.venue,
        organizers: resolve(event.organizerIds),
        partners: resolve(event.partnerIds),
        baseUrl: document.baseUrl,
      },
      true,
    ),
    lang: document.lang,
  };
}

// ---------------------------------------------------------------------------------------------
// Checkers (hand-written views: keep what is valid, report the rest)

/**
 * Gives each timed session of a speaker view its zone: its own, else `fallbackZone`, else UTC
 * (reported). Rule of the speaker view, in one place for a document's people and hand-written ones.
 */
function sessionZones(view: SpeakerView, fallbackZone: string | undefined, problems: Problems): void {
  for (const session of view.sessions ?? []) {
    session.timeZone ??= fallbackZone;
    if (session.start === undefined || session.timeZone !== undefined) continue;
    const path = `${pathOf(session)}.timeZone`;
    const unusable = problems.find((p) => p.path === path);
    if (unusable) unusable.message += '; times are shown in UTC';
    else problems.push({ path, message: 'is missing while the session has times; they are shown in UTC' });
    session.timeZone = 'UTC';
  }
}

/** The speaker view without the need for a name, job title or organisation (attributes may give them). */
const SPEAKER_VIEW_PARTIAL: Entity = { ...SPEAKER_VIEW, any: undefined, needs: undefined };

/**
 * Checks a hand-written speaker view against the speaker view of entities.ts. Unusable fields
 * are dropped and reported; the value is `null` when it is not an object or (unless
 * `requireIdentity` is false) has nothing to show a person by: no name, job title or
 * organisation. `fallbackZone` is used for sessions without a zone.
 */
export function checkSpeakerView(
  value: unknown,
  path = 'speaker',
  options: { fallbackZone?: string; requireIdentity?: boolean } = {},
): ParseResult<SpeakerView> {
  const { fallbackZone, requireIdentity = true } = options;
  const problems: Problems = [];
  const entity = requireIdentity ? SPEAKER_VIEW : SPEAKER_VIEW_PARTIAL;
  const view = parseWith<SpeakerView>(entity, value, path, problems);
  if (!view) return { value: isRecord(value) && !requireIdentity ? {} : null, problems };
  sessionZones(view, fallbackZone, problems);
  return { value: view, problems };
}

/**
 * The zone that shows times at the UTC offset an RFC 3339 date-time was written with, for data
 * without a zone: `Etc/GMT-3` for `+03:00` (the IANA `Etc` names reverse the sign; they exist for
 * whole hours from -12 to +14). `UTC` for `Z`, `+00:00` and offsets with minutes (`+05:30`),
 * which no zone without rules stands for (the formatters in time.ts refuse bare offsets).
 * Such a zone has no daylight-saving rules: a stand-in for the missing zone, never a guess of it.
 */
export function zoneOfOffset(instant: string): string {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(instant.trim());
  if (!m || m[3] !== '00') return 'UTC';
  const hours = Number(m[2]);
  if (hours === 0) return 'UTC';
  const etc = `Etc/GMT${m[1] === '+' ? '-' : '+'}${hours}`;
  return isValidTimeZone(etc) ? etc : 'UTC';
}

/** Checks a list of speaker views; unusable entries are left out and reported. */
export function checkSpeakerViews(value: unknown, path = 'speakers'): ParseResult<SpeakerView[]> {
  const problems: Problems = [];
  const speakers = parseListWith<SpeakerView>(SPEAKER_VIEW, value, path, problems);
  for (const view of speakers ?? []) sessionZones(view, undefined, problems);
  return { value: speakers ?? null, problems };
}

/**
 * Checks a hand-written event-header view. Unusable fields are dropped and reported; the value
 * is `null` when it is not an object or has no name. A missing or bad start leaves the view
 * without dates (`start: ''`); without a zone, times are shown at the start's UTC offset (see
 * zoneOfOffset), with a problem.
 */
export function checkEventHeaderView(value: unknown, path = 'event'): ParseResult<EventHeaderView> {
  const problems: Problems = [];
  const view = parseWith<EventHeaderView>(EVENT_HEADER_VIEW, value, path, problems);
  if (!view) return { value: null, problems };
  const rawZone = isRecord(value) ? readField(value, 'timeZone') : undefined;
  const start = view.start as string | undefined;
  // Without a zone, times are shown at the offset the start was written with (10:00+03:00 shows
  // "10:00 GMT+3", not "7:00 UTC"); the missing zone is still reported (no daylight-saving rules).
  const offsetZone = rawZone == null && start && !isCalendarDate(start) ? zoneOfOffset(start) : undefined;
  if (offsetZone) {
    const offset = /[+-]\d{2}:\d{2}$/.exec(start!)?.[0];
    const shown = offsetZone === 'UTC' ? 'in UTC' : `at the offset of the start (${offset})`;
    problems.push({ path: `${path}.timeZone`, message: `is missing while the start has a time; times are shown ${shown}` });
  }
  view.timeZone ??= offsetZone ?? 'UTC';
  view.start ??= '';
  return { value: view, problems };
}
