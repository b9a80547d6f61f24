/**
 * The public iCalendar writers: those of ical.ts with the Markdown parser, so that the prose of a
 * document with `textFormat: "markdown"` (and a call's summary given `textFormat: "markdown"`) is
 * always written as plain text. Kept apart from ical.ts, which does not import the parser: the
 * elements' calendar writer (src/base/calendar-writer.ts) loads the parser only for a Markdown
 * document.
 */
import { markdownPlainText } from '../data/markdown.js';
import type { Deadline, EventDocument, FundingCall } from '../data/types.js';
import { deadlineICalendar, eventICalendar, programmeICalendar, type DeadlineICalendarOptions, type ICalendarOptions } from './ical.js';

/**
 * The whole programme as an iCalendar: one VEVENT per timed session (only those in
 * `options.sessionIds` when given). When no selected session has a time, the event itself is
 * exported as one VEVENT instead, all-day when its start is a calendar date. Markdown prose becomes
 * plain text: words without marks, links as `words (URL)`, list items as lines.
 */
export function toICalendar(document: EventDocument, options: ICalendarOptions = {}): string {
  return programmeICalendar(document, options, markdownPlainText);
}

/** The event itself (not its sessions) as a calendar with one VEVENT; Markdown prose becomes plain text. */
export function icsForEvent(document: EventDocument, options: Omit<ICalendarOptions, 'sessionIds'> = {}): string {
  return eventICalendar(document, options, markdownPlainText);
}

/**
 * One deadline of a funding call as a calendar entry at the deadline's instant, with reminders
 * 7 days and 1 day before. A deadline whose time cannot be read gives a calendar without entries.
 * The call's summary is plain text when `options.textFormat` is `markdown`.
 */
export function icsForDeadline(call: FundingCall, deadline: Deadline, options: DeadlineICalendarOptions): string {
  return deadlineICalendar(call, deadline, options, markdownPlainText);
}
