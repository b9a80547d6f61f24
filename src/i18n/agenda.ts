import { defineStrings } from './strings.js';

/**
 * UI strings of the agenda elements, `<cluster-agenda-track>` and `<cluster-agenda>`.
 *
 * Sections, in this order: session kinds, participant roles, session states and markers, time
 * display, the parts of a session, the track. Keys of `<cluster-agenda>` go in sections of their
 * own after these. Session statuses are the agenda's own: in Bulgarian they agree with "сесия"
 * (feminine), while the shared event statuses in `common.ts` agree with "събитие" (neuter).
 *
 * Bulgarian buttons use the verbal noun ("Добавяне в календара", "Показване на …"), never the
 * imperative, like the other elements.
 */
export const agendaStrings = defineStrings('agenda', {
  // Session kinds, shown as a badge in words (`other` has no badge).
  kindTalk: 'Talk',
  kindKeynote: 'Keynote',
  kindPanel: 'Panel',
  kindWorkshop: 'Workshop',
  kindPresentation: 'Presentation',
  kindDiscussion: 'Discussion',
  kindBreak: 'Break',
  kindNetworking: 'Networking',

  // Participant roles, shown before a name (`speaker` is the default and goes unsaid).
  roleSpeaker: 'Speaker',
  roleModerator: 'Moderator',
  rolePanelist: 'Panellist',
  roleChair: 'Chair',

  // Session states and markers.
  statusCancelled: 'Cancelled',
  statusPostponed: 'Postponed',
  statusRescheduled: 'Rescheduled',
  statusMovedOnline: 'Moved online',
  now: 'Now',
  finished: 'Finished',
  showFinished: (n: number) => (n === 1 ? 'Show 1 finished session' : `Show ${n} finished sessions`),
  hideFinished: (n: number) => (n === 1 ? 'Hide 1 finished session' : `Hide ${n} finished sessions`),

  // Time display.
  yourTime: 'Your time:',

  // Parts of a session.
  room: 'Room:',
  speakers: 'Speakers',
  abstract: 'Abstract',
  // A toggle (aria-pressed): pressed means the session is one of the reader's own.
  favorite: 'Favourite',
  // The calendar button reads "Add to calendar: <title>"; the title is hidden from sight, and the
  // visible words start the accessible name so voice-control users can say them (WCAG 2.5.3).
  calendar: 'Add to calendar',

  // The track.
  sessions: 'Sessions',
  noSessions: 'No sessions in this topic yet.',
  noValidSessions: 'The sessions of this topic could not be shown: the data is not valid.',
});

export type AgendaStrings = ReturnType<typeof agendaStrings>;
