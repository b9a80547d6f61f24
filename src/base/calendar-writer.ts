/**
 * What an element needs to offer an `.ics` file: the iCalendar writer and the download. Loaded on
 * first use through {@link offerICalendar}, so pages whose readers never ask for a calendar file
 * never download the writer (and its VTIMEZONE generator).
 */
export { icsForDeadline, icsForEvent, toICalendar } from '../export/ical.js';
export { downloadICalendar } from '../export/download.js';
