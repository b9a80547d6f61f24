/**
 * The public API except the exporters: what `src/index.ts` and the CDN entry `src/cdn.ts` share.
 * Not an entry point of the package; import `@cluster-events/components`.
 */
export * from './data/index.js';
export { ClusterElement, VIEW_STATES, type ViewState } from './base/cluster-element.js';
export type { DataErrorDetail } from './base/problems.js';
export { JsonLdController, JSON_LD_MARKER } from './base/json-ld.js';
export { preloadScheduleConverter } from './base/load.js';
export { UI_LOCALES, type UiLocale } from './i18n/locale.js';

// Elements (classes only: see define/ for registration).
export { ClusterAgendaTrack, type FavoriteChangeDetail, type CalendarRequestDetail } from './components/agenda-track/agenda-track.js';
export { ClusterAgenda, type AgendaFilterChangeDetail } from './components/agenda/agenda.js';
export { ClusterSpeakerBlock } from './components/speaker-block/speaker-block.js';
export { ClusterSpeakerList, SPEAKER_FILTER_THRESHOLD } from './components/speaker-list/speaker-list.js';
export { SPEAKER_SORTS, type SpeakerSort } from './components/speaker-list/speaker-list.view.js';
export { ClusterEventHeader } from './components/event-header/event-header.js';
export { ClusterProjectCard } from './components/project-card/project-card.js';
export { ClusterObjectiveList } from './components/objective-list/objective-list.js';
export {
  ClusterFundingCallBanner,
  type CallStatusChangeDetail,
  type DismissDetail,
} from './components/funding-call-banner/funding-call-banner.js';
export { ClusterEvent } from './components/event/event.js';

// View builders: documents -> the objects the elements take.
export * from './data/views.js';
export * from './data/people-view.js';
export * from './data/project-view.js';
export {
  AgendaViewBuilder,
  buildAgenda,
  type AgendaView,
  type AgendaDayView,
  type AgendaChoice,
  type AgendaFilters,
  type AgendaOptions,
} from './data/agenda-view.js';
export { FavoritesStore, favoritesKey } from './data/favorites.js';
export { readFilterState, writeFilterState, deepLinkedSession, type FragmentFilterState } from './data/fragment.js';
export {
  EVENT_SECTIONS,
  buildEventPage,
  parseSections,
  sectionsToShow,
  type EventSection,
  type EventPageView,
  type EventProjectView,
  type EventPageOptions,
} from './data/event-view.js';
