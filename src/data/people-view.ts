/**
 * People and event-header views: what `<cluster-speaker-block>`, `<cluster-speaker-list>` and
 * `<cluster-event-header>` take as properties, the builders that make them from an event document
 * (references resolved) and the checkers that clean hand-written views, reporting every problem
 * with its path instead of throwing. The speaker views' builders and checkers are in
 * speaker-view.ts (re-exported here), so that each element's page loads only its own.
 */
import { isCalendarDate, isValidTimeZone } from './time.js';
import { EVENT_HEADER_VIEW } from './entities-people.js';
import { parseWith } from './walk.js';
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
  type PostalAddress,
  type Registration,
  type TextFormat,
} from './types.js';
import { compact, isRecord, readField, type Problems } from './validate.js';

// The speaker views' builders and checkers are in speaker-view.ts, so that the speaker block's page
// does not load the event header's (and the event header's not the speaker's).
export { checkSpeakerView, checkSpeakerViews, speakerViewFromPerson, speakerViewsFromDocument } from './speaker-view.js';

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
