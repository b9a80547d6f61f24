/**
 * The calendar files an agenda offers, as the `write` step of `offerICalendar`: the options
 * are fixed when the reader presses the button; the writer itself loads on first use.
 */
import type { ICalendarFile, ICalendarWriter } from '../../base/calendar.js';
import { resolveText } from '../../data/text.js';
import type { EventDocument } from '../../data/types.js';

type Write = (writer: ICalendarWriter) => ICalendarFile;

/** The sessions shown (`sessionIds`, the filtered programme) as one calendar named after the event. */
export function programmeCalendar(document: EventDocument, sessionIds: readonly string[], lang: string, now: Date | null): Write {
  const options = {
    sessionIds,
    lang,
    calendarName: resolveText(document.event.name, lang, document.lang),
    ...(now ? { now } : {}),
  };
  return ({ toICalendar }) => ({ ics: toICalendar(document, options), filename: document.event.id });
}

/**
 * One session, with the whole document's venue, people and base URL, in a file named after its
 * title; `null` when the document has no session with that id.
 */
export function sessionCalendar(document: EventDocument, sessionId: string, lang: string, now: Date | null): Write | null {
  const session = document.event.sessions?.find((s) => s.id === sessionId);
  if (!session) return null;
  const options = { sessionIds: [sessionId], lang, ...(now ? { now } : {}) };
  const filename = resolveText(session.title, lang, document.lang) || sessionId;
  return ({ toICalendar }) => ({ ics: toICalendar(document, options), filename });
}
