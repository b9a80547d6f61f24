/**
 * A one-session `.ics` from what `<cluster-agenda-track>` knows about a session, for the calendar
 * button when no `<cluster-agenda>` (or page) answers `cluster-calendar-request`. The track has no
 * event document, so it builds the smallest one that holds the session (its track, room and
 * speakers) and hands it to the package's iCalendar writer, which does the escaping, folding,
 * VTIMEZONE and UID.
 */
import type { EventDocument, Person, Session } from '../../data/types.js';
import type { ICalendarFile, ICalendarWriter } from '../../base/calendar.js';
import { resolveText } from '../../data/text.js';
import type { CheckedSession, CheckedTrack } from '../../data/agenda-track-view.js';

/**
 * The minimal event document for one timed session of a checked track: the session (with its
 * room and track, and its speakers as people), the event's zone, and the session's own times as
 * the event's. `null` for a session without a start, which no calendar can hold.
 */
export function sessionDocument(track: CheckedTrack, session: CheckedSession): EventDocument | null {
  if (!session.startText) return null;
  const people: Person[] = [];
  const entry: Session = { id: session.id, title: session.title, start: session.startText };
  if (session.endText) entry.end = session.endText;
  if (session.abstract !== undefined) entry.abstract = session.abstract;
  if (session.kind !== undefined) entry.kind = session.kind;
  if (session.status !== undefined) entry.status = session.status;
  if (session.url !== undefined) entry.url = session.url;
  if (session.speakers.length > 0) {
    entry.participants = session.speakers.map((speaker, i) => {
      const person: Person = { id: `speaker-${i}` };
      if (speaker.name !== undefined) person.name = speaker.name;
      if (speaker.jobTitle !== undefined) person.jobTitle = speaker.jobTitle;
      if (speaker.organization !== undefined) person.affiliation = speaker.organization;
      people.push(person);
      return { personId: person.id, role: speaker.role ?? 'speaker' };
    });
  }
  const event: EventDocument['event'] = {
    id: session.id,
    name: session.title,
    timeZone: track.timeZone,
    start: session.startText,
    sessions: [entry],
  };
  if (session.room !== undefined) {
    entry.roomId = 'room';
    event.rooms = [{ id: 'room', name: session.room }];
  }
  if (track.name !== undefined) {
    entry.trackId = 'track';
    event.tracks = [{ id: 'track', name: track.name }];
  }
  const document: EventDocument = { lang: track.lang ?? 'en', event };
  // The track's prose is written as its document wrote it: a Markdown abstract becomes plain text.
  if (track.textFormat) document.textFormat = track.textFormat;
  if (people.length > 0) document.people = people;
  return document;
}

/** The `.ics` text of one timed session in `lang`, or `null` when the session has no start. */
export function sessionICalendar(writer: ICalendarWriter, track: CheckedTrack, session: CheckedSession, options: { lang: string; now?: Date }): string | null {
  const document = sessionDocument(track, session);
  if (!document) return null;
  return writer.toICalendar(document, { sessionIds: [session.id], lang: options.lang, ...(options.now ? { now: options.now } : {}) });
}

/**
 * How to make the `.ics` of the track's session `sessionId` in `lang` once the writer has loaded
 * (saved under the session's title, or its id when the title is empty; no file for a session
 * without a start); `null` when the track has no such session. `now` is the pinned clock, if any.
 */
export function sessionCalendarJob(
  track: CheckedTrack,
  sessionId: string,
  lang: string,
  now: Date | null,
): ((writer: ICalendarWriter) => ICalendarFile | null) | null {
  const session = track.sessions?.find((s) => s.id === sessionId);
  if (!session) return null;
  const options = { lang, ...(now ? { now } : {}) };
  const filename = resolveText(session.title, lang, track.lang) || session.id;
  return (writer) => {
    const ics = sessionICalendar(writer, track, session, options);
    return ics ? { ics, filename } : null;
  };
}
