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
export { jsonLdScriptText, toJsonLd, type JsonLdOptions } from './jsonld.js';
export { fromFrabSchedule, isFrabSchedule, type FrabImportResult } from './frab.js';
export { downloadFile, downloadICalendar, sanitizeFilename } from './download.js';
export { exportStrings } from './strings.js';
