import { defineStrings } from './strings.js';
import { pluralCategory } from './locale.js';

const bgSessions = (n: number): string => (pluralCategory(n, 'bg') === 'one' ? 'сесия' : 'сесии');

/** UI strings of `<cluster-agenda>`: filters, favourites, calendar download, day headings. */
export const agendaFilterStrings = defineStrings({
  en: {
    filters: 'Filter the programme',
    search: 'Search sessions',
    searchHint: 'Title, description or speaker',
    tracks: 'Topics',
    rooms: 'Rooms',
    onlyFavorites: 'Only my sessions',
    favoritesCount: (n: number) => (n === 1 ? '(1 marked)' : `(${n} marked)`),
    clearFilters: 'Clear filters',
    downloadCalendar: 'Download calendar (.ics)',
    downloadCalendarHint: (n: number) =>
      n === 1 ? 'Contains the 1 session shown.' : `Contains the ${n} sessions shown.`,
    downloadEventHint: 'The sessions shown have no times, so the file contains only the event with its dates.',
    sessionCount: (shown: number, total: number) =>
      shown === total
        ? total === 1
          ? '1 session'
          : `${total} sessions`
        : `${shown} of ${total} ${total === 1 ? 'session' : 'sessions'} shown`,
    noMatches: 'No sessions match these filters.',
    noFavorites: 'You have not marked any sessions as yours yet.',
    storageUnavailable: 'Your sessions are kept only until you leave this page: this browser does not let the page store them.',
    otherSessions: 'Other sessions',
    programme: 'Programme',
    untimed: 'Time to be announced',
    finished: 'finished',
    showFinishedDay: 'Show this finished day',
  },
  bg: {
    filters: 'Филтриране на програмата',
    search: 'Търсене в сесиите',
    searchHint: 'Заглавие, описание или лектор',
    tracks: 'Теми',
    rooms: 'Зали',
    onlyFavorites: 'Само моите сесии',
    favoritesCount: (n: number) => (pluralCategory(n, 'bg') === 'one' ? '(1 отбелязана)' : `(${n} отбелязани)`),
    clearFilters: 'Изчистване на филтрите',
    downloadCalendar: 'Изтегляне на календар (.ics)',
    downloadCalendarHint: (n: number) =>
      pluralCategory(n, 'bg') === 'one' ? 'Съдържа показаната 1 сесия.' : `Съдържа показаните ${n} сесии.`,
    downloadEventHint: 'Показаните сесии нямат часове, затова файлът съдържа само събитието с неговите дати.',
    sessionCount: (shown: number, total: number) =>
      shown === total
        ? `${total} ${bgSessions(total)}`
        : `${pluralCategory(shown, 'bg') === 'one' ? 'Показана е' : 'Показани са'} ${shown} от ${total} ${bgSessions(total)}`,
    noMatches: 'Няма сесии, които отговарят на тези филтри.',
    noFavorites: 'Все още не сте отбелязали свои сесии.',
    storageUnavailable:
      'Вашите сесии се пазят само докато сте на тази страница: браузърът не позволява на страницата да ги запази.',
    otherSessions: 'Други сесии',
    programme: 'Програма',
    untimed: 'Часът предстои да бъде обявен',
    finished: 'приключил',
    showFinishedDay: 'Показване на приключилия ден',
  },
});
