/**
 * What an element needs to offer an `.ics` file (the iCalendar writer and the download), the web
 * calendars' links (made from the same entries) and the calendar menu's panel. Loaded on first use
 * through {@link offerICalendar} or `CalendarMenu`, so pages whose readers never ask for a calendar
 * never download the writer (and its VTIMEZONE generator).
 */
export { icsForDeadline, icsForEvent, toICalendar } from '../export/ical.js';
export { downloadICalendar } from '../export/download.js';
export { deadlineWebCalendarLinks, webCalendarLinks } from '../export/web-calendars.js';
export { calendarPanel } from './calendar-menu-panel.js';
