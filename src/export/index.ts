/**
 * The public exporters (iCalendar, JSON-LD, file download) and importer (frab / pretalx
 * schedule.json), name by name: what the root entry (`src/index.ts`) and the CDN entry
 * `dist/cdn/export.js` (`src/cdn-export.ts`) export. The line-level helpers (folding, escaping,
 * VTIMEZONE rules) stay internal.
 */
export { type DeadlineICalendarOptions, type ICalendarOptions } from './ical.js';
// The writers with the Markdown parser (a Markdown document's prose as plain text): kept out of
// ical.ts, jsonld.ts, jsonld-list.ts and web-calendars.ts, which the elements load without it.
export { icsForDeadline, icsForEvent, toICalendar } from './ical-markdown.js';
export { toJsonLd, toJsonLdEventList } from './jsonld-markdown.js';
export {
  type JsonLdAttendanceMode,
  type JsonLdAvailability,
  type JsonLdEvent,
  type JsonLdEventStatus,
  type JsonLdGeoCoordinates,
  type JsonLdGraph,
  type JsonLdImageObject,
  type JsonLdItemList,
  type JsonLdListItem,
  type JsonLdMonetaryAmount,
  type JsonLdMonetaryGrant,
  type JsonLdNode,
  type JsonLdOffer,
  type JsonLdOptions,
  type JsonLdOrganization,
  type JsonLdPerson,
  type JsonLdPlace,
  type JsonLdPostalAddress,
  type JsonLdQuantitativeValue,
  type JsonLdResearchProject,
  type JsonLdVirtualLocation,
} from './jsonld.js';
export { type JsonLdEventList, type JsonLdEventListItem, type JsonLdEventListOptions } from './jsonld-list.js';
// Kept out of jsonld.ts and frab.ts: the elements use them without loading those (src/base/).
export { jsonLdScriptText } from './script-text.js';
export { fromFrabSchedule, type FrabImportResult } from './frab.js';
export { isFrabSchedule } from './frab-shape.js';
export { downloadICalendar } from './download.js';
export { deadlineWebCalendarLinks, webCalendarLinks } from './web-calendars-markdown.js';
export { WEB_CALENDARS, WEB_CALENDAR_URL_LIMIT, type WebCalendar, type WebCalendarLinks, type WebCalendarOptions } from './web-calendars.js';
