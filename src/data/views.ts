import type { EventStatus, LocalizedText, ParticipantRole, SessionKind, TextFormat } from './types.js';

/**
 * View objects: what elements take as properties. They are plain, self-contained slices of an
 * event document with references resolved (speakers embedded in sessions, rooms by name), so an
 * author can also write them by hand. `<cluster-agenda>` and `<cluster-event>` build them from a
 * document with the builders in src/data/.
 */

/** A person as shown next to a session. */
export interface SpeakerRef {
  id?: string;
  /** May be absent: a person known only by job title and organisation. */
  name?: string;
  jobTitle?: LocalizedText;
  organization?: LocalizedText;
  role?: ParticipantRole;
}

/** One session as `<cluster-agenda-track>` shows it. */
export interface AgendaSessionView {
  id: string;
  title: LocalizedText;
  /** RFC 3339 with offset; both or neither. Untimed sessions keep their given order. */
  start?: string;
  end?: string;
  kind?: SessionKind;
  /** Room name. */
  room?: LocalizedText;
  status?: EventStatus;
  abstract?: LocalizedText;
  url?: string;
  speakers?: SpeakerRef[];
  tags?: string[];
}

/** One topic of a programme as `<cluster-agenda-track>` shows it. */
export interface AgendaTrackView {
  id?: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** Accent colour (validated with checkColor); never the only carrier of meaning. */
  color?: string;
  /** IANA zone of the event: authoritative for display. */
  timeZone: string;
  sessions: AgendaSessionView[];
  /** Default content language of the document the view came from. */
  lang?: string;
  /** How the document's prose is written (`markdown`, else plain text); see TEXT_FORMATS. */
  textFormat?: TextFormat;
}
