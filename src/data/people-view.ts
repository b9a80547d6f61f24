/**
 * People and event-header views: what `<cluster-speaker-block>`, `<cluster-speaker-list>` and
 * `<cluster-event-header>` take as properties, the builders that make them from an event document
 * (references resolved) and the checkers that clean hand-written views, reporting every problem
 * with its path instead of throwing.
 */
import { isCalendarDate, parseCalendarDate, parseInstant } from './time.js';
import {
  ATTENDANCE_MODES,
  EVENT_STATUSES,
  PARTICIPANT_ROLES,
  type AttendanceMode,
  type EventDocument,
  type EventStatus,
  type Image,
  type Link,
  type LocalizedText,
  type Organization,
  type ParseResult,
  type ParticipantRole,
  type Person,
  type PostalAddress,
} from './types.js';
import {
  LANGUAGE_TAG,
  checkArray,
  checkEnum,
  checkId,
  checkInstant,
  checkString,
  checkText,
  checkTimeZone,
  checkUrl,
  quote,
  type Problems,
  checkRecord,
  fieldsOf,
} from './validate.js';

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
}

/** Where an event takes place: a name and/or an address (a document's `Venue` fits). */
export interface VenueView {
  name?: LocalizedText;
  address?: Partial<PostalAddress>;
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
    sessions.push({
      id: session.id,
      title: session.title,
      ...(session.start && session.end ? { start: session.start, end: session.end } : {}),
      timeZone: event.timeZone,
      ...(session.url ? { url: session.url } : {}),
      role: part.role,
    });
  }
  const organization = organizationRef(person, organizations);
  return {
    id: person.id,
    ...(person.name ? { name: person.name } : {}),
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    ...(organization ? { organization } : {}),
    ...(person.photo ? { photo: person.photo } : {}),
    ...(person.bio ? { bio: person.bio } : {}),
    ...(person.links?.length ? { links: person.links } : {}),
    ...(sessions.length ? { sessions } : {}),
    lang: document.lang,
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
  return (document.people ?? [])
    .filter((person) => options.allPeople || taking.has(person.id))
    .map((person) => buildSpeaker(person, document, organizations));
}

function organizationView(org: Organization): OrganizationView {
  return {
    id: org.id,
    name: org.name,
    ...(org.shortName ? { shortName: org.shortName } : {}),
    ...(org.url ? { url: org.url } : {}),
    ...(org.logo ? { logo: org.logo } : {}),
  };
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
  const organizers = resolve(event.organizerIds);
  const partners = resolve(event.partnerIds);
  return {
    id: event.id,
    name: event.name,
    ...(event.url ? { url: event.url } : {}),
    timeZone: event.timeZone,
    start: event.start,
    ...(event.end ? { end: event.end } : {}),
    ...(event.status ? { status: event.status } : {}),
    ...(event.previousStart ? { previousStart: event.previousStart } : {}),
    ...(event.attendanceMode ? { attendanceMode: event.attendanceMode } : {}),
    ...(event.venue ? { venue: event.venue } : {}),
    ...(organizers.length ? { organizers } : {}),
    ...(partners.length ? { partners } : {}),
    lang: document.lang,
    ...(document.baseUrl ? { baseUrl: document.baseUrl } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Checkers (hand-written views: keep what is valid, report the rest)

const fields = fieldsOf;
const record = checkRecord;

function image(v: unknown, path: string, problems: Problems): Image | undefined {
  if (v == null) return undefined;
  const r = record(v, path, problems, 'an image');
  if (!r) return undefined;
  const { get, at } = fields(r, path, problems);
  const url = checkUrl(get('url'), at('url'), problems, { required: true });
  if (!url) return undefined;
  const alt = checkText(get('alt'), at('alt'), problems);
  return alt === undefined ? { url } : { url, alt };
}

function link(v: unknown, path: string, problems: Problems): Link | undefined {
  if (typeof v === 'string') {
    const url = checkUrl(v, path, problems);
    return url ? { url } : undefined;
  }
  const r = record(v, path, problems, 'a link');
  if (!r) return undefined;
  const { get, at } = fields(r, path, problems);
  const url = checkUrl(get('url'), at('url'), problems, { required: true });
  if (!url) return undefined;
  const label = checkText(get('label'), at('label'), problems);
  return label === undefined ? { url } : { url, label };
}

/** Start and end of a session: both valid, or neither (with a problem when only one is usable). */
function instantPair(get: (key: string) => unknown, at: (key: string) => string, problems: Problems) {
  const rawStart = get('start');
  const rawEnd = get('end');
  const start = checkInstant(rawStart, at('start'), problems);
  const end = checkInstant(rawEnd, at('end'), problems);
  if (start === undefined || end === undefined) {
    if (start !== undefined && rawEnd == null) {
      problems.push({ path: at('end'), message: 'is missing while start is set; the session is shown without times' });
    } else if (end !== undefined && rawStart == null) {
      problems.push({ path: at('start'), message: 'is missing while end is set; the session is shown without times' });
    }
    return undefined;
  }
  if (parseInstant(end)!.getTime() < parseInstant(start)!.getTime()) {
    problems.push({ path: at('end'), message: `${quote(end)} is before the start ${quote(start)}; the session is shown without times` });
    return undefined;
  }
  return { start, end };
}

function session(v: unknown, path: string, problems: Problems, fallbackZone: string | undefined): SpeakerSessionView | undefined {
  const r = record(v, path, problems, 'a session');
  if (!r) return undefined;
  const { get, at } = fields(r, path, problems);
  const title = checkText(get('title'), at('title'), problems, { required: true });
  if (title === undefined) return undefined;
  const result: SpeakerSessionView = { title };
  const id = checkId(get('id'), at('id'), problems);
  if (id) result.id = id;
  const url = checkUrl(get('url'), at('url'), problems);
  if (url) result.url = url;
  const role = checkEnum(get('role'), PARTICIPANT_ROLES, at('role'), problems);
  if (role) result.role = role;
  const timeZone = checkTimeZone(get('timeZone'), at('timeZone'), problems) ?? fallbackZone;
  const times = instantPair(get, at, problems);
  if (times) {
    result.start = times.start;
    result.end = times.end;
    if (!timeZone) {
      problems.push({ path: at('timeZone'), message: 'is missing while the session has times; they are shown in UTC' });
    }
    result.timeZone = timeZone ?? 'UTC';
  } else if (timeZone) result.timeZone = timeZone;
  return result;
}

function organizationRefOf(v: unknown, path: string, problems: Problems): OrganizationRef | string | undefined {
  if (v == null) return undefined;
  if (typeof v === 'string') return checkString(v, path, problems);
  const r = record(v, path, problems, 'an organisation');
  if (!r) return undefined;
  const { get, at } = fields(r, path, problems);
  const name = checkText(get('name'), at('name'), problems, { required: true });
  const url = checkUrl(get('url'), at('url'), problems);
  if (name === undefined) return undefined;
  return url ? { name, url } : { name };
}

/**
 * Checks a hand-written speaker view. Unusable fields are dropped and reported; the value is
 * `null` when it is not an object or (unless `requireIdentity` is false) has nothing to show a
 * person by: no name, job title or organisation. `fallbackZone` is used for sessions without a zone.
 */
export function checkSpeakerView(
  value: unknown,
  path = 'speaker',
  options: { fallbackZone?: string; requireIdentity?: boolean } = {},
): ParseResult<SpeakerView> {
  const { fallbackZone, requireIdentity = true } = options;
  const problems: Problems = [];
  const r = record(value, path, problems, 'a person');
  if (!r) return { value: null, problems };
  const { get, at } = fields(r, path, problems);
  const result: SpeakerView = {};
  const id = checkId(get('id'), at('id'), problems);
  if (id) result.id = id;
  const name = checkString(get('name'), at('name'), problems);
  if (name) result.name = name;
  const jobTitle = checkText(get('jobTitle'), at('jobTitle'), problems);
  if (jobTitle) result.jobTitle = jobTitle;
  const organization = organizationRefOf(get('organization'), at('organization'), problems);
  if (organization) result.organization = organization;
  const url = checkUrl(get('url'), at('url'), problems);
  if (url) result.url = url;
  const photo = image(get('photo'), at('photo'), problems);
  if (photo) result.photo = photo;
  const bio = checkText(get('bio'), at('bio'), problems);
  if (bio) result.bio = bio;
  const links = checkArray(get('links'), at('links'), problems, link);
  if (links?.length) result.links = links;
  const sessions = checkArray(get('sessions'), at('sessions'), problems, (v, p, pr) => session(v, p, pr, fallbackZone));
  if (sessions?.length) result.sessions = sessions;
  const lang = checkString(get('lang'), at('lang'), problems, { pattern: LANGUAGE_TAG, patternHint: 'a language code (like "en" or "bg")' });
  if (lang) result.lang = lang;
  if (requireIdentity && !result.name && !result.jobTitle && !result.organization) {
    problems.push({ path, message: 'has no name, job title or organisation to show; the person is left out' });
    return { value: null, problems };
  }
  return { value: result, problems };
}

/** Checks a list of speaker views; unusable entries are left out and reported. */
export function checkSpeakerViews(value: unknown, path = 'speakers'): ParseResult<SpeakerView[]> {
  const problems: Problems = [];
  const speakers = checkArray(value, path, problems, (v, p, pr) => {
    const checked = checkSpeakerView(v, p);
    pr.push(...checked.problems);
    return checked.value ?? undefined;
  });
  return { value: speakers ?? null, problems };
}

function organization(v: unknown, path: string, problems: Problems): OrganizationView | undefined {
  const r = record(v, path, problems, 'an organisation');
  if (!r) return undefined;
  const { get, at } = fields(r, path, problems);
  const name = checkText(get('name'), at('name'), problems, { required: true });
  if (name === undefined) return undefined;
  const result: OrganizationView = { name };
  const id = checkId(get('id'), at('id'), problems);
  if (id) result.id = id;
  const shortName = checkString(get('shortName'), at('shortName'), problems);
  if (shortName) result.shortName = shortName;
  const url = checkUrl(get('url'), at('url'), problems);
  if (url) result.url = url;
  const logo = image(get('logo'), at('logo'), problems);
  if (logo) result.logo = logo;
  return result;
}

const COUNTRY = /^[A-Z]{2}$/;

function venue(v: unknown, path: string, problems: Problems): VenueView | undefined {
  if (v == null) return undefined;
  const r = record(v, path, problems, 'a venue');
  if (!r) return undefined;
  const { get, at } = fields(r, path, problems);
  const result: VenueView = {};
  const name = checkText(get('name'), at('name'), problems);
  if (name) result.name = name;
  const raw = get('address');
  const a = raw == null ? undefined : record(raw, at('address'), problems, 'an address');
  if (a) {
    const f = fields(a, at('address'), problems);
    const address: Partial<PostalAddress> = {};
    for (const key of ['streetAddress', 'addressLocality', 'postalCode'] as const) {
      const value = checkString(f.get(key), f.at(key), problems);
      if (value) address[key] = value;
    }
    const country = checkString(f.get('addressCountry'), f.at('addressCountry'), problems, {
      pattern: COUNTRY,
      patternHint: 'a two-letter ISO 3166 country code (like "BG")',
    });
    if (country) address.addressCountry = country;
    if (Object.keys(address).length) result.address = address;
  }
  return result.name || result.address ? result : undefined;
}

/** The first instant of an event time (a calendar date counts from its midnight UTC), or `null`. */
function eventTimeValue(value: string): number | null {
  const date = parseInstant(value) ?? parseCalendarDate(value);
  return date ? date.getTime() : null;
}

/**
 * Checks a hand-written event-header view. Unusable fields are dropped and reported; the value
 * is `null` when it is not an object or has no name. A missing or bad start leaves the view
 * without dates (`start: ''`); a missing zone shows times in UTC, with a problem.
 */
export function checkEventHeaderView(value: unknown, path = 'event'): ParseResult<EventHeaderView> {
  const problems: Problems = [];
  const r = record(value, path, problems, 'an event');
  if (!r) return { value: null, problems };
  const { get, at } = fields(r, path, problems);
  const name = checkText(get('name'), at('name'), problems, { required: true });
  if (name === undefined) return { value: null, problems };
  const rawZone = get('timeZone');
  const timeZone = checkTimeZone(rawZone, at('timeZone'), problems);
  const start = checkInstant(get('start'), at('start'), problems, { required: true, allowDate: true });
  const result: EventHeaderView = { name, timeZone: timeZone ?? 'UTC', start: start ?? '' };
  if (rawZone == null && start && !isCalendarDate(start)) {
    problems.push({ path: at('timeZone'), message: 'is missing while the start has a time; times are shown in UTC' });
  }
  const end = checkInstant(get('end'), at('end'), problems, { allowDate: true });
  if (end !== undefined) {
    const a = start ? eventTimeValue(start) : null;
    const b = eventTimeValue(end);
    if (start && isCalendarDate(end) !== isCalendarDate(start)) {
      const kinds = isCalendarDate(start) ? 'a date, like start' : 'a date-time with offset, like start';
      problems.push({ path: at('end'), message: `${quote(end)} should be ${kinds}; it is ignored` });
    } else if (a !== null && b !== null && b < a) {
      problems.push({ path: at('end'), message: `${quote(end)} is before the start ${quote(start!)}; it is ignored` });
    } else result.end = end;
  }
  const previousStart = checkInstant(get('previousStart'), at('previousStart'), problems, { allowDate: true });
  if (previousStart) result.previousStart = previousStart;
  const id = checkId(get('id'), at('id'), problems);
  if (id) result.id = id;
  const url = checkUrl(get('url'), at('url'), problems);
  if (url) result.url = url;
  const status = checkEnum(get('status'), EVENT_STATUSES, at('status'), problems);
  if (status) result.status = status;
  const mode = checkEnum(get('attendanceMode'), ATTENDANCE_MODES, at('attendanceMode'), problems);
  if (mode) result.attendanceMode = mode;
  const place = venue(get('venue'), at('venue'), problems);
  if (place) result.venue = place;
  const organizers = checkArray(get('organizers'), at('organizers'), problems, organization);
  if (organizers?.length) result.organizers = organizers;
  const partners = checkArray(get('partners'), at('partners'), problems, organization);
  if (partners?.length) result.partners = partners;
  const lang = checkString(get('lang'), at('lang'), problems, { pattern: LANGUAGE_TAG, patternHint: 'a language code (like "en" or "bg")' });
  if (lang) result.lang = lang;
  const baseUrl = checkUrl(get('baseUrl'), at('baseUrl'), problems);
  if (baseUrl) result.baseUrl = baseUrl;
  return { value: result, problems };
}
