import { defineStrings } from './strings.js';
import { pluralCategory } from './locale.js';

/** UI strings of `<cluster-funding-call-banner>`. */
export const fundingStrings = defineStrings({
  en: {
    forthcoming: 'Forthcoming',
    open: 'Open',
    closingSoon: 'Closing soon',
    closed: 'Closed',
    suspended: 'Suspended',
    cancelled: 'Cancelled',
    status: 'Status',
    /** Announced once in the live region when the status changes while the banner is shown. */
    announceForthcoming: (title: string) => `The call “${title}” is forthcoming.`,
    announceOpen: (title: string) => `The call “${title}” is now open.`,
    announceClosingSoon: (title: string) => `The call “${title}” is closing soon.`,
    announceClosed: (title: string) => `The call “${title}” is now closed.`,
    announceSuspended: (title: string) => `The call “${title}” has been suspended.`,
    announceCancelled: (title: string) => `The call “${title}” has been cancelled.`,
    daysLeft: (n: string, count: number) => (pluralCategory(count, 'en') === 'one' ? `${n} day left` : `${n} days left`),
    hoursLeft: (n: string, count: number) =>
      pluralCategory(count, 'en') === 'one' ? `${n} hour left` : `${n} hours left`,
    minutesLeft: (n: string, count: number) =>
      pluralCategory(count, 'en') === 'one' ? `${n} minute left` : `${n} minutes left`,
    opens: 'Opens',
    opened: 'Opened',
    opening: 'Opening',
    deadline: 'Deadline',
    deadlines: 'Deadlines',
    nextDeadline: 'Next deadline',
    cutOff: (n: number) => `Cut-off ${n}`,
    noDeadline: 'Not announced yet',
    passed: 'passed',
    extendedFrom: (date: string) => `extended from ${date}`,
    /** A date and time followed by the zone they are given in. */
    zonedDateTime: (dateTime: string, zone: string) => `${dateTime} ${zone}`,
    /**
     * How a zone is named: `city` takes the city of the IANA id ("Brussels time"), `generic` the
     * localized generic zone name from Intl, for languages whose city names Intl does not know.
     */
    zoneNaming: 'city',
    cityTime: (city: string) => `${city} time`,
    yourTime: (dateTime: string) => `${dateTime} your time`,
    budget: 'Budget',
    perProjectMax: (amount: string) => `up to ${amount} per project`,
    identifier: 'Reference',
    apply: 'Apply',
    moreInformation: 'More information',
    addDeadline: 'Add deadline to calendar',
    addCutOff: 'Add to calendar',
    dismiss: (title: string) => `Dismiss ${title}`,
    /** Announced politely when the reader dismisses the banner. */
    dismissed: (title: string) => `The call “${title}” was hidden.`,
    fileName: 'deadline',
  },
  bg: {
    forthcoming: 'Предстояща',
    open: 'Отворена',
    closingSoon: 'Изтича скоро',
    closed: 'Затворена',
    suspended: 'Спряна',
    cancelled: 'Отменена',
    status: 'Статус',
    announceForthcoming: (title: string) => `Поканата „${title}“ предстои.`,
    announceOpen: (title: string) => `Поканата „${title}“ вече е отворена.`,
    announceClosingSoon: (title: string) => `Срокът на поканата „${title}“ изтича скоро.`,
    announceClosed: (title: string) => `Поканата „${title}“ вече е затворена.`,
    announceSuspended: (title: string) => `Поканата „${title}“ е спряна.`,
    announceCancelled: (title: string) => `Поканата „${title}“ е отменена.`,
    daysLeft: (n: string, count: number) =>
      pluralCategory(count, 'bg') === 'one' ? `Остава ${n} ден` : `Остават ${n} дни`,
    hoursLeft: (n: string, count: number) =>
      pluralCategory(count, 'bg') === 'one' ? `Остава ${n} час` : `Остават ${n} часа`,
    minutesLeft: (n: string, count: number) =>
      pluralCategory(count, 'bg') === 'one' ? `Остава ${n} минута` : `Остават ${n} минути`,
    opens: 'Отваря се на',
    opened: 'Отворена на',
    opening: 'Откриване',
    deadline: 'Краен срок',
    deadlines: 'Крайни срокове',
    nextDeadline: 'Следващ краен срок',
    cutOff: (n: number) => `Краен срок ${n}`,
    noDeadline: 'Все още не е обявен',
    passed: 'изтекъл',
    extendedFrom: (date: string) => `удължен от ${date}`,
    zonedDateTime: (dateTime: string, zone: string) => `${dateTime} (${zone})`,
    zoneNaming: 'generic',
    cityTime: (city: string) => city,
    yourTime: (dateTime: string) => `${dateTime} по вашето време`,
    budget: 'Бюджет',
    perProjectMax: (amount: string) => `до ${amount} на проект`,
    identifier: 'Номер',
    // Actions are verbal nouns ("Кандидатстване", "Добавяне…", "Скриване…"), the usual form of
    // Bulgarian buttons, never imperatives ("Добави", "Скрий").
    apply: 'Кандидатстване',
    moreInformation: 'Повече информация',
    addDeadline: 'Добавяне на срока в календара',
    addCutOff: 'Добавяне в календара',
    dismiss: (title: string) => `Скриване на поканата „${title}“`,
    dismissed: (title: string) => `Поканата „${title}“ е скрита.`,
    fileName: 'kraen-srok',
  },
});
