/**
 * The event document: one JSON document describing an event and everything a cluster website
 * shows around it (people, organisations, EU projects, objective lists, funding calls).
 *
 * Rules (the single description, field by field, is src/data/entities.ts; the shipped JSON Schema
 * event-document.schema.json and the Storybook page "Event document" are generated from it):
 * - Instants are RFC 3339 date-times WITH an offset (`2018-07-06T10:00:00+03:00`). An event whose
 *   hours are unknown may give a calendar date (`2018-07-06`) as `start`/`end`. Offset-less or
 *   unparsable times are invalid data, reported as problems, never guessed.
 * - Every event and funding call names an IANA zone (`Europe/Sofia`), authoritative for display
 *   and calendar export.
 * - Localized text is a plain string or an object keyed by BCP 47 language (`{ en, bg }`). Prose
 *   (abstracts, biographies, descriptions, summaries, objectives' details) is plain text unless the
 *   document says `textFormat: "markdown"`; the views built from it carry the same `textFormat`.
 * - Ids are stable strings; they become iCalendar UIDs, JSON-LD `@id`s and deep-link anchors.
 * - People and organisations are listed once and referenced by id.
 * - URLs are rendered as links only for http, https, mailto, tel or relative URLs. A relative URL is
 *   relative to the page that shows it (like the page's own HTML), not to the JSON file it came
 *   from; the exports make it absolute against `baseUrl`, the canonical URL of that page.
 */

/** A string, or one string per language (`{ "bg": "...", "en": "..." }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * How a document's prose (abstracts, biographies, descriptions, summaries, objectives' details) is
 * written: `plain` text (the default), or `markdown`, of which a safe subset is shown (paragraphs,
 * line breaks, emphasis, links, lists, inline code; raw HTML stays text).
 */
export const TEXT_FORMATS = ['plain', 'markdown'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const ATTENDANCE_MODES = ['offline', 'online', 'mixed'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export const SESSION_KINDS = ['talk', 'keynote', 'panel', 'workshop', 'presentation', 'discussion', 'break', 'networking', 'other'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const PARTICIPANT_ROLES = ['speaker', 'moderator', 'panelist', 'chair'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const PARTNER_ROLES = ['lead', 'partner', 'associated'] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const NUMBERING_STYLES = ['none', 'decimal', 'decimal-nested', 'lower-alpha', 'upper-roman'] as const;
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];

export const OBJECTIVE_STATUSES = ['planned', 'in-progress', 'achieved', 'delayed', 'cancelled'] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

export const FUNDING_EMBLEMS = ['eu-cofunded', 'eu-funded'] as const;
export type FundingEmblem = (typeof FUNDING_EMBLEMS)[number];

export const CALL_STATUS_OVERRIDES = ['suspended', 'cancelled'] as const;
export type CallStatusOverride = (typeof CALL_STATUS_OVERRIDES)[number];

/**
 * Derived status of a funding call at an instant. `unconfirmed`: the call was expected to open by
 * its `opensBy` date, that day is over in the call's zone, and no opening date has been given.
 */
export const CALL_STATUSES = ['forthcoming', 'unconfirmed', 'open', 'closing-soon', 'closed', 'suspended', 'cancelled'] as const;
export type CallStatus = (typeof CALL_STATUSES)[number];

/** Derived status of a project at an instant. */
export const PROJECT_STATUSES = ['planned', 'ongoing', 'closed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** An amount of money in an ISO 4217 currency (`EUR`, `BGN`). */
export interface Money {
  amount: number;
  currency: string;
}

export interface Image {
  url: string;
  alt?: LocalizedText;
}

export interface Link {
  url: string;
  label?: LocalizedText;
}

export interface PostalAddress {
  streetAddress?: string;
  addressLocality?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2 code (`BG`). */
  addressCountry: string;
}

/** A point on the Earth in WGS 84 degrees (as GPS, OpenStreetMap and schema.org give it). */
export interface GeoCoordinates {
  /** Degrees north (negative: south), from -90 to 90. */
  latitude: number;
  /** Degrees east (negative: west), from -180 to 180. */
  longitude: number;
}

export interface Venue {
  name: LocalizedText;
  address?: PostalAddress;
  /** The venue's position: a "Map" link and JSON-LD `Place.geo`. */
  geo?: GeoCoordinates;
}

/**
 * How to register for an event. Its state at an instant (opens on…, open, full, closed) derives
 * from `opens`, `closes` (else the event's end) and `remaining` (see registration-view.ts).
 */
export interface Registration {
  /** The registration page or form. */
  url: string;
  /** When registration opens: an RFC 3339 date-time with offset. */
  opens?: string;
  /** When registration closes: an RFC 3339 date-time with offset, not before `opens`. */
  closes?: string;
  /** Places in all (a whole number). */
  capacity?: number;
  /** Places still free (a whole number, not more than `capacity`); 0 means full. */
  remaining?: number;
  /** The price of a place. */
  price?: Money;
  /** Attendance is free of charge (not with a price other than 0). */
  free?: boolean;
}

export interface Track {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** A CSS colour (hex, rgb(), hsl() or a named colour); only an accent, never the only carrier of meaning. */
  color?: string;
}

export interface Room {
  id: string;
  name: LocalizedText;
}

export interface Participant {
  personId: string;
  role: ParticipantRole;
}

export interface Session {
  id: string;
  title: LocalizedText;
  abstract?: LocalizedText;
  kind?: SessionKind;
  /** Both or neither. Neither = untimed: the session keeps its position in the list. */
  start?: string;
  end?: string;
  trackId?: string;
  roomId?: string;
  tags?: string[];
  participants?: Participant[];
  projectIds?: string[];
  url?: string;
  status?: EventStatus;
}

export interface ClusterEvent {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  url?: string;
  /** IANA zone, authoritative for display and export (`Europe/Sofia`). */
  timeZone: string;
  /** RFC 3339 instant with offset, or a calendar date (`2018-07-06`) when hours are unknown. */
  start: string;
  /**
   * Of the same kind as `start`, not before it. The event is over at its end (a date: the midnight
   * after it, in `timeZone`), else at the midnight after the day it starts (`eventOverAt`,
   * event-over.ts): event lists and a registration without `closes` follow that one rule.
   */
  end?: string;
  status?: EventStatus;
  /** The date before a postponement or rescheduling, when known. */
  previousStart?: string;
  attendanceMode?: AttendanceMode;
  /** How to register, when registration is needed. */
  registration?: Registration;
  venue?: Venue;
  organizerIds?: string[];
  partnerIds?: string[];
  tracks?: Track[];
  rooms?: Room[];
  sessions?: Session[];
}

export interface Person {
  id: string;
  /** Optional: a person may be known only by role and organisation. */
  name?: string;
  jobTitle?: LocalizedText;
  organizationId?: string;
  /** Free-text affiliation when the organisation is not listed. */
  affiliation?: LocalizedText;
  photo?: Image;
  bio?: LocalizedText;
  links?: Link[];
}

export interface Organization {
  id: string;
  name: LocalizedText;
  shortName?: string;
  url?: string;
  logo?: Image;
}

export interface Programme {
  name: LocalizedText;
  /** Fund, e.g. `ERDF`, `ESF+`. */
  fund?: string;
  /** Programming period, e.g. `2014-2020`. */
  period?: string;
  url?: string;
}

export interface ProjectPartner {
  organizationId: string;
  role: PartnerRole;
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
}

export interface Project {
  id: string;
  acronym: string;
  title: LocalizedText;
  summary?: LocalizedText;
  programme?: Programme;
  /** ISO calendar dates (`2016-01-01`); the status (planned, ongoing, closed) derives from them. */
  startDate?: string;
  endDate?: string;
  budget?: { total?: Money; euContribution?: Money };
  partners?: ProjectPartner[];
  /** Id of the project's objective list on the page (a card links to `#<id>`). */
  objectiveListId?: string;
  /** The project's website. */
  url?: string;
  logo?: Image;
  /** EU funding acknowledgement: the emblem and/or a statement (default statement per emblem). */
  fundingNotice?: { text?: LocalizedText; emblem?: FundingEmblem };
}

export interface ObjectiveIndicator {
  name: LocalizedText;
  unit?: string;
  target?: number;
  achieved?: number;
}

export interface ObjectiveItem {
  id?: string;
  text: LocalizedText;
  detail?: LocalizedText;
  status?: ObjectiveStatus;
  indicator?: ObjectiveIndicator;
  children?: ObjectiveItem[];
}

export const OBJECTIVE_LIST_KINDS = ['objectives', 'steps', 'findings'] as const;
export type ObjectiveListKind = (typeof OBJECTIVE_LIST_KINDS)[number];

export interface ObjectiveList {
  id: string;
  title?: LocalizedText;
  kind?: ObjectiveListKind;
  /** The project these objectives belong to, when any. */
  projectId?: string;
  numbering?: NumberingStyle;
  items: ObjectiveItem[];
}

export interface Deadline {
  /** RFC 3339 instant with offset. */
  at: string;
  label?: LocalizedText;
  /** The earlier deadline this one extends. */
  previousAt?: string;
}

export interface FundingCall {
  id: string;
  identifier?: string;
  title: LocalizedText;
  summary?: LocalizedText;
  programme?: Programme;
  /** IANA zone in which the call's dates are given (`Europe/Brussels`). */
  timeZone: string;
  opens?: string;
  /** Free-text opening estimate ("expected by the end of the year") when no date is known. */
  opensEstimate?: LocalizedText;
  /**
   * The calendar date (`2018-12-31`) by which the call is expected to open, when no `opens` date is
   * known: once that day is over in the call's zone, the call is `unconfirmed` instead of `forthcoming`.
   */
  opensBy?: string;
  deadlines: Deadline[];
  statusOverride?: CallStatusOverride;
  /** Days before the next deadline from which the call is "closing soon" (default 14). */
  closingSoonDays?: number;
  budget?: { total?: Money; alternate?: Money[]; perProjectMax?: Money };
  applyUrl?: string;
  infoUrl?: string;
}

export interface EventDocument {
  /** Default content language (`en`). */
  lang: string;
  /** How the document's prose is written: `plain` (the default) or `markdown` (see {@link TEXT_FORMATS}). */
  textFormat?: TextFormat;
  /** Canonical URL of the page that shows the event: JSON-LD `@id`s, iCalendar UIDs, and the base for relative URLs in exports. */
  baseUrl?: string;
  event: ClusterEvent;
  people?: Person[];
  organizations?: Organization[];
  projects?: Project[];
  objectiveLists?: ObjectiveList[];
  fundingCalls?: FundingCall[];
}

/** One thing wrong with input data: where (a JSON path) and what, in words a CMS editor understands. */
export interface DataProblem {
  /** JSON path of the offending value, e.g. `event.sessions[3].start`. */
  path: string;
  /** What is wrong, e.g. `"tomorrow" is not an RFC 3339 date-time`. */
  message: string;
}

/** The result of parsing: what was valid, and what was dropped or repaired. */
export interface ParseResult<T> {
  /** The valid part, or `null` when nothing usable was found. */
  value: T | null;
  problems: DataProblem[];
}
