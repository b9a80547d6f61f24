/**
 * The public API except the exporters, name by name: what the root entry (`src/index.ts`) and the
 * CDN bundle (`src/cdn.ts`) export. Not an entry point of the package; import
 * `@cluster-events/components`. Every name here is a promise to users: add one on purpose, and
 * `npm run api` shows it in api/public-api.md for review. Helpers the elements share stay internal.
 */

// Elements (classes only: define/ registers them) and the details of the events they fire.
export type { ClusterElement } from './base/cluster-element.js';
export { ClusterAgenda, type AgendaFilterChangeDetail } from './components/agenda/agenda.js';
export { ClusterAgendaTrack, type CalendarRequestDetail, type FavoriteChangeDetail } from './components/agenda-track/agenda-track.js';
export { ClusterEvent } from './components/event/event.js';
export { ClusterEventHeader } from './components/event-header/event-header.js';
export { ClusterEventList } from './components/event-list/event-list.js';
export { ClusterFundingCallBanner, type CallStatusChangeDetail, type DismissDetail } from './components/funding-call-banner/funding-call-banner.js';
export { ClusterObjectiveList } from './components/objective-list/objective-list.js';
export { ClusterProjectCard } from './components/project-card/project-card.js';
export { ClusterSpeakerBlock } from './components/speaker-block/speaker-block.js';
export { ClusterSpeakerList } from './components/speaker-list/speaker-list.js';
export type { DataErrorDetail } from './base/problems.js';

// Values of element properties and attributes.
export { EVENT_SECTIONS, type EventSection } from './data/event-view.js';
export { EVENT_LIST_SHOWS, type EventListShow } from './data/event-list-view.js';
export { SPEAKER_SORTS, type SpeakerSort } from './components/speaker-list/speaker-list.view.js';
export { TIME_DISPLAYS, type TimeDisplay } from './data/time.js';
export { UI_LOCALES, type UiLocale } from './i18n/locale.js';
// The attribute of the JSON-LD script an element adopts instead of writing its own (docs/ssr.md).
export { JSON_LD_MARKER } from './base/json-ld.js';
export { preloadScheduleConverter } from './base/load.js';
// Loads a UI language ahead (server rendering, hydration); elements load theirs by themselves.
export { preloadStrings } from './i18n/strings.js';
// UI strings of a site: a language the library does not ship, or labels changed (docs/i18n.md).
export { registerStrings } from './i18n/register.js';
export type { UiStringsOverride } from './i18n/registry.js';
export type { UiStrings } from './i18n/ui-strings.js';
export type { ExportStrings } from './i18n/export.js';

// The event document: its types, parsing and validation, and values derived from it.
export { parseEventDocument, type EventDocumentResult } from './data/parse.js';
export {
  ATTENDANCE_MODES,
  CALL_STATUSES,
  CALL_STATUS_OVERRIDES,
  EVENT_STATUSES,
  FUNDING_EMBLEMS,
  NUMBERING_STYLES,
  OBJECTIVE_LIST_KINDS,
  OBJECTIVE_STATUSES,
  PARTICIPANT_ROLES,
  PARTNER_ROLES,
  PROJECT_STATUSES,
  SESSION_KINDS,
  TEXT_FORMATS,
  type AttendanceMode,
  type CallStatus,
  type CallStatusOverride,
  type DataProblem,
  type Deadline,
  type EventDocument,
  type EventStatus,
  type FundingCall,
  type FundingEmblem,
  type GeoCoordinates,
  type Image,
  type Link,
  type LocalizedText,
  type Money,
  type NumberingStyle,
  type ObjectiveIndicator,
  type ObjectiveItem,
  type ObjectiveList,
  type ObjectiveListKind,
  type ObjectiveStatus,
  type Organization,
  type ParseResult,
  type Participant,
  type ParticipantRole,
  type PartnerRole,
  type Person,
  type PostalAddress,
  type Programme,
  type Project,
  type ProjectPartner,
  type ProjectStatus,
  type Registration,
  type Room,
  type Session,
  type SessionKind,
  type TextFormat,
  type Track,
  type Venue,
} from './data/types.js';
export { resolveText } from './data/text.js';
export { callStatus, projectStatus } from './data/status.js';
export { REGISTRATION_STATES, registrationStatus, type RegistrationEvent, type RegistrationState, type RegistrationStatus } from './data/registration-view.js';

// View objects: what the elements that take objects take, and how to make them from a document.
export { buildAgenda, type AgendaChoice, type AgendaDayView, type AgendaFilters, type AgendaOptions, type AgendaView } from './data/agenda-view.js';
export type { AgendaSessionView, AgendaTrackView, SpeakerRef } from './data/views.js';
export {
  eventHeaderViewFromDocument,
  speakerViewFromPerson,
  speakerViewsFromDocument,
  type EventHeaderView,
  type OrganizationRef,
  type OrganizationView,
  type SpeakerSessionView,
  type SpeakerView,
  type VenueView,
} from './data/people-view.js';
export {
  objectiveListViewFromDocument,
  objectiveListViewsFromDocument,
  projectCardViewFromDocument,
  projectCardViewsFromDocument,
  type ObjectiveListView,
  type ProjectCardView,
  type ProjectPartnerView,
} from './data/project-view.js';
