/**
 * The public web calendar links: those of web-calendars.ts with the Markdown parser, so that the
 * prose of a document with `textFormat: "markdown"` (and a call's summary given
 * `textFormat: "markdown"`) is always written as plain text. Kept apart from web-calendars.ts,
 * which does not import the parser: the elements' calendar writer (src/base/calendar-writer.ts)
 * loads it only for a Markdown document.
 */
import { markdownPlainText } from '../data/markdown.js';
import type { Deadline, EventDocument, FundingCall } from '../data/types.js';
import type { DeadlineICalendarOptions } from './ical.js';
import { calendarLinks, deadlineCalendarLinks, type WebCalendarLinks, type WebCalendarOptions } from './web-calendars.js';

/**
 * Google Calendar and Outlook.com links for the event, or for one of its sessions
 * (`options.sessionId`); `null` when there is no time to put in a calendar (a session without a
 * start, an unknown session, an event whose start cannot be read). Markdown prose becomes plain text.
 */
export function webCalendarLinks(document: EventDocument, options: WebCalendarOptions = {}): WebCalendarLinks | null {
  return calendarLinks(document, options, markdownPlainText);
}

/**
 * Links for one deadline of a funding call (a moment at the deadline's instant), or `null` when its
 * time cannot be read. The call's summary is plain text when `options.textFormat` is `markdown`.
 */
export function deadlineWebCalendarLinks(call: FundingCall, deadline: Deadline, options: Omit<DeadlineICalendarOptions, 'now'>): WebCalendarLinks | null {
  return deadlineCalendarLinks(call, deadline, options, markdownPlainText);
}
