/**
 * The calendar files `<cluster-agenda>` offers: the sessions shown, or one session, each with the
 * name to save it under. Free of Lit and of the iCalendar writer itself: each function returns a
 * job that the element runs with the writer once it has loaded it (on the reader's request).
 */
import { parseInstant } from './time.js';
import { resolveText } from './text.js';
import type { EventDocument } from './types.js';

/** The part of the iCalendar writer these functions use (`toICalendar` of the package's exporter). */
export interface AgendaCalendarWriter {
  toICalendar(document: EventDocument, options: { sessionIds: readonly string[]; lang: string; calendarName?: string; now?: Date }): string;
}

/** An `.ics` text and the name to offer it under, without extension (the download sanitises it). */
export interface AgendaCalendarFile {
  ics: string;
  filename: string;
}

/** The pinned clock as the writer's DTSTAMP: `{ now }` for a valid `now`, nothing for the real clock. */
function stamp(now: string | undefined): { now?: Date } {
  const date = now ? parseInstant(now) : null;
  return date ? { now: date } : {};
}

/** Makes a calendar file with the writer once it has loaded. */
export type AgendaCalendarJob = (writer: AgendaCalendarWriter) => AgendaCalendarFile;

/**
 * The calendar of the sessions shown (`sessionIds`, in programme order; the event itself when
 * none has a time) in `lang`, named after the event and saved under the event's id. `now` is the
 * element's `now` attribute: when it is a valid instant, it is written as the time stamp.
 */
export function programmeCalendar(document: EventDocument, sessionIds: readonly string[], lang: string, now: string | undefined): AgendaCalendarJob {
  const options = { sessionIds, lang, calendarName: resolveText(document.event.name, lang, document.lang), ...stamp(now) };
  return (writer) => ({ ics: writer.toICalendar(document, options), filename: document.event.id });
}

/**
 * The calendar of one session of the document in `lang`, saved under its title (its id when the
 * title is empty); `null` when the document has no such session (nothing to load the writer for).
 */
export function sessionCalendar(document: EventDocument, sessionId: string, lang: string, now: string | undefined): AgendaCalendarJob | null {
  const session = document.event.sessions?.find((s) => s.id === sessionId);
  if (!session) return null;
  const options = { sessionIds: [sessionId], lang, ...stamp(now) };
  const filename = resolveText(session.title, lang, document.lang) || sessionId;
  return (writer) => ({ ics: writer.toICalendar(document, options), filename });
}
