/** Exports (iCalendar, JSON-LD, file download) and importers (frab / pretalx schedule.json). */
export {
  ICAL_PRODID,
  escapeText,
  foldLine,
  icsForDeadline,
  icsForEvent,
  toICalendar,
  type DeadlineICalendarOptions,
  type ICalendarOptions,
} from './ical.js';
export { formatUtcOffset, isUtcZone, vtimezoneLines, zoneTransitions, type ZoneTransition } from './vtimezone.js';
export {
  toJsonLd,
  type JsonLdAttendanceMode,
  type JsonLdEvent,
  type JsonLdEventStatus,
  type JsonLdGraph,
  type JsonLdImageObject,
  type JsonLdItemList,
  type JsonLdListItem,
  type JsonLdMonetaryAmount,
  type JsonLdMonetaryGrant,
  type JsonLdNode,
  type JsonLdOptions,
  type JsonLdOrganization,
  type JsonLdPerson,
  type JsonLdPlace,
  type JsonLdPostalAddress,
  type JsonLdResearchProject,
  type JsonLdVirtualLocation,
} from './jsonld.js';
// Kept out of jsonld.ts and frab.ts: the elements use them without loading those (src/base/).
export { jsonLdScriptText } from './script-text.js';
export { fromFrabSchedule, type FrabImportResult } from './frab.js';
export { isFrabSchedule } from './frab-shape.js';
export { downloadFile, downloadICalendar, sanitizeFilename } from './download.js';
export { exportStrings } from './strings.js';
