import { defineStrings } from './strings.js';

/** UI strings of `<cluster-agenda>`: filters, favourites, calendar download, day headings. */
export const agendaFilterStrings = defineStrings('agendaFilter', {
  filters: 'Filter the programme',
  search: 'Search sessions',
  searchHint: 'Title, description or speaker',
  tracks: 'Topics',
  rooms: 'Rooms',
  onlyFavorites: 'Only my sessions',
  favoritesCount: (n: number) => (n === 1 ? '(1 marked)' : `(${n} marked)`),
  clearFilters: 'Clear filters',
  downloadCalendar: 'Download calendar (.ics)',
  downloadCalendarHint: (n: number) => (n === 1 ? 'Contains the 1 session shown.' : `Contains the ${n} sessions shown.`),
  downloadEventHint: 'The sessions shown have no times, so the file contains only the event with its dates.',
  sessionCount: (shown: number, total: number) =>
    shown === total ? (total === 1 ? '1 session' : `${total} sessions`) : `${shown} of ${total} ${total === 1 ? 'session' : 'sessions'} shown`,
  noMatches: 'No sessions match these filters.',
  noFavorites: 'You have not marked any sessions as yours yet.',
  storageUnavailable: 'Your sessions are kept only until you leave this page: this browser does not let the page store them.',
  otherSessions: 'Other sessions',
  programme: 'Programme',
  untimed: 'Time to be announced',
  finished: 'finished',
  showFinishedDay: 'Show this finished day',
});
