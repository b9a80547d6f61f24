/**
 * What an element needs to offer an `.ics` file (the iCalendar writer and the download) and the web
 * calendars' links, which are made from the same entries. Loaded on
 * first use through {@link offerICalendar}, so pages whose readers never ask for a calendar file
 * never download the writer (and its VTIMEZONE generator).
 */
export { icsForDeadline, icsForEvent, toICalendar } from '../export/ical.js';
export { downloadICalendar } from '../export/download.js';
export { deadlineWebCalendarLinks, webCalendarLinks } from '../export/web-calendars.js';
