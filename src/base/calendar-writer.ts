/**
 * What an element needs to offer an `.ics` file (the iCalendar writer and the download), the web
 * calendars' links (made from the same entries) and the calendar menu's panel. Loaded on first use
 * through `offerICalendar` or `CalendarMenu`, so pages whose readers never ask for a calendar never
 * download the writer (and its VTIMEZONE generator). The Markdown parser is not part of it:
 * {@link calendarWriters} loads it only for prose written in Markdown.
 */
import type { MarkdownText } from '../data/markdown.js';
import type { TextFormat } from '../data/types.js';
import type { icsForDeadline, icsForEvent, toICalendar } from '../export/ical-markdown.js';
import { deadlineICalendar, eventICalendar, programmeICalendar } from '../export/ical.js';
import type { deadlineWebCalendarLinks, webCalendarLinks } from '../export/web-calendars-markdown.js';
import { calendarLinks, deadlineCalendarLinks } from '../export/web-calendars.js';
import { downloadICalendar } from '../export/download.js';
import type { ICalendarFile } from './calendar.js';

export { calendarPanel } from './calendar-menu-panel.js';

/** The writers as the package exports them (`toICalendar`, …), which an element's calendar jobs are given. */
export interface CalendarWriters {
  toICalendar: typeof toICalendar;
  icsForEvent: typeof icsForEvent;
  icsForDeadline: typeof icsForDeadline;
  webCalendarLinks: typeof webCalendarLinks;
  deadlineWebCalendarLinks: typeof deadlineWebCalendarLinks;
}

/**
 * The writers for prose written in `textFormat` (the document's, or the call's): for `markdown`,
 * with the Markdown parser (loaded now, a chunk of its own) writing it as plain text; otherwise
 * without it, writing exactly as the package's exporters do, so a page of plain documents never
 * downloads the parser for a calendar.
 */
export async function calendarWriters(textFormat: TextFormat | undefined): Promise<CalendarWriters> {
  return writersWith(textFormat === 'markdown' ? (await import('../data/markdown.js')).markdownPlainText : undefined);
}

/** `offerICalendar`'s work once this chunk has loaded: the writers for `textFormat`, the file `write` makes with them, its download. */
export async function offerFile(textFormat: TextFormat | undefined, write: (writers: CalendarWriters) => ICalendarFile | null): Promise<void> {
  const file = write(await calendarWriters(textFormat));
  if (file) downloadICalendar(file.ics, file.filename);
}

function writersWith(markdownText: MarkdownText | undefined): CalendarWriters {
  return {
    toICalendar: (document, options = {}) => programmeICalendar(document, options, markdownText),
    icsForEvent: (document, options = {}) => eventICalendar(document, options, markdownText),
    icsForDeadline: (call, deadline, options) => deadlineICalendar(call, deadline, options, markdownText),
    webCalendarLinks: (document, options = {}) => calendarLinks(document, options, markdownText),
    deadlineWebCalendarLinks: (call, deadline, options) => deadlineCalendarLinks(call, deadline, options, markdownText),
  };
}
