import { defineStrings } from './strings.js';
import { pluralCategory } from './locale.js';

/** Strings shared by several elements: states, generic actions, statuses in words. */
export const commonStrings = defineStrings({
  en: {
    loading: 'Loading…',
    empty: 'Nothing to show yet.',
    invalidData: 'This content could not be shown: the data is not valid.',
    loadError: (detail: string) => `This content could not be loaded (${detail}).`,
    notJson: 'the file is not valid JSON',
    networkError: 'network error',
    httpError: (status: number) => `HTTP ${status}`,
    someSkipped: (n: number) => (n === 1 ? '1 item could not be shown.' : `${n} items could not be shown.`),
    addToCalendar: 'Add to calendar',
    moreInformation: 'More information',
    opensInNewTab: '(opens in a new tab)',
    showMore: 'Show more',
    showLess: 'Show less',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
    rescheduled: 'Rescheduled',
    movedOnline: 'Moved online',
    scheduled: 'Scheduled',
    timeZoneNote: (zone: string) => `Times are in ${zone}.`,
  },
  bg: {
    loading: 'Зареждане…',
    empty: 'Все още няма какво да се покаже.',
    invalidData: 'Съдържанието не може да бъде показано: данните не са валидни.',
    loadError: (detail: string) => `Съдържанието не може да бъде заредено (${detail}).`,
    notJson: 'файлът не е валиден JSON',
    networkError: 'мрежова грешка',
    httpError: (status: number) => `HTTP ${status}`,
    someSkipped: (n: number) =>
      pluralCategory(n, 'bg') === 'one' ? '1 елемент не може да бъде показан.' : `${n} елемента не могат да бъдат показани.`,
    addToCalendar: 'Добавяне в календара',
    moreInformation: 'Повече информация',
    opensInNewTab: '(отваря се в нов раздел)',
    showMore: 'Покажи още',
    showLess: 'Покажи по-малко',
    cancelled: 'Отменено',
    postponed: 'Отложено',
    rescheduled: 'С нова дата',
    movedOnline: 'Преместено онлайн',
    scheduled: 'По график',
    timeZoneNote: (zone: string) => `Часовете са в ${zone}.`,
  },
});
