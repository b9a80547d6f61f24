/**
 * The Bulgarian UI strings of every area, in one module that a page loads only when an element
 * resolves to Bulgarian (its nearest `lang`): see `defineStrings` in ../strings.ts. `satisfies
 * UiStrings` makes TypeScript check that every area has exactly the English keys, each with the
 * English arguments.
 *
 * Bulgarian buttons use the verbal noun ("Добавяне в календара", "Показване на …"), never the
 * imperative ("Добави").
 */
import { pluralCategory } from '../locale.js';
import type { UiStrings } from '../ui-strings.js';

const bgSessions = (n: number): string => (pluralCategory(n, 'bg') === 'one' ? 'сесия' : 'сесии');

const bg = {
  /** common.ts */
  common: {
    loading: 'Зареждане…',
    empty: 'Все още няма какво да се покаже.',
    invalidData: 'Съдържанието не може да бъде показано: данните не са валидни.',
    loadError: (detail: string) => `Съдържанието не може да бъде заредено (${detail}).`,
    notJson: 'файлът не е валиден JSON',
    notAnEventDocument: 'файлът не е нито документ за събитие, нито програма',
    unsafeSrc: 'адресът не е безопасна връзка',
    networkError: 'мрежова грешка',
    httpError: (status: number) => `HTTP ${status}`,
    someSkipped: (n: number) => (pluralCategory(n, 'bg') === 'one' ? '1 елемент не може да бъде показан.' : `${n} елемента не могат да бъдат показани.`),
    addToCalendar: 'Добавяне в календара',
    moreInformation: 'Повече информация',
    opensInNewTab: '(отваря се в нов раздел)',
    showMore: 'Още',
    showLess: 'По-малко',
    cancelled: 'Отменено',
    postponed: 'Отложено',
    rescheduled: 'С нова дата',
    movedOnline: 'Преместено онлайн',
    scheduled: 'По график',
  },
  /** calendar-menu.ts */
  calendarMenu: {
    calendarFile: 'Файл за календар (.ics)',
    googleCalendar: 'Google Календар',
    outlookCalendar: 'Outlook.com',
  },
  /** funding.ts */
  funding: {
    forthcoming: 'Предстояща',
    unconfirmed: 'Откриването не е потвърдено',
    open: 'Отворена',
    closingSoon: 'Изтича скоро',
    closed: 'Затворена',
    suspended: 'Спряна',
    cancelled: 'Отменена',
    status: 'Статус',
    announceForthcoming: (title: string) => `Поканата „${title}“ предстои.`,
    announceUnconfirmed: (title: string) => `Очакваната дата на откриване на поканата „${title}“ отмина без потвърдени дати.`,
    announceOpen: (title: string) => `Поканата „${title}“ вече е отворена.`,
    announceClosingSoon: (title: string) => `Срокът на поканата „${title}“ изтича скоро.`,
    announceClosed: (title: string) => `Поканата „${title}“ вече е затворена.`,
    announceSuspended: (title: string) => `Поканата „${title}“ е спряна.`,
    announceCancelled: (title: string) => `Поканата „${title}“ е отменена.`,
    daysLeft: (n: string, count: number) => (pluralCategory(count, 'bg') === 'one' ? `Остава ${n} ден` : `Остават ${n} дни`),
    hoursLeft: (n: string, count: number) => (pluralCategory(count, 'bg') === 'one' ? `Остава ${n} час` : `Остават ${n} часа`),
    minutesLeft: (n: string, count: number) => (pluralCategory(count, 'bg') === 'one' ? `Остава ${n} минута` : `Остават ${n} минути`),
    opens: 'Отваря се на',
    opened: 'Отворена на',
    opening: 'Откриване',
    opensBy: (date: string) => `Очаква се до ${date}`,
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
  /** event.ts */
  event: {
    when: 'Кога',
    where: 'Къде',
    format: 'Формат',
    offline: 'Присъствено',
    online: 'Онлайн',
    mixed: 'Присъствено и онлайн',
    organizers: 'Организатори',
    partners: 'Партньори',
    previously: (date: string) => `Първоначално планирано за ${date}`,
    register: 'Регистрация',
    registrationOpen: 'Регистрацията е отворена',
    registrationOpensOn: (when: string) => `Регистрацията започва на ${when}`,
    registrationFull: 'Регистрацията е запълнена: няма свободни места',
    registrationClosed: 'Регистрацията е приключила',
    registrationCloses: (relative: string, when: string) => `приключва ${relative} (${when})`,
    placesLeft: (n: string, count: number) => (pluralCategory(count, 'bg') === 'one' ? `Остава ${n} свободно място` : `Остават ${n} свободни места`),
    placesLeftOf: (n: string, total: string, count: number) =>
      pluralCategory(count, 'bg') === 'one' ? `Остава ${n} свободно място от ${total}` : `Остават ${n} свободни места от ${total}`,
    free: 'Безплатно',
    map: 'Карта',
    mapOnOpenStreetMap: 'в OpenStreetMap',
    mapApp: 'Отвори в приложение за карти',
  },
  /** event-page.ts */
  eventPage: {
    agenda: 'Програма',
    speakers: 'Лектори',
    projects: 'Проекти',
    calls: 'Покани за финансиране',
    otherLists: 'Изводи и други списъци',
    inlineNotJson: 'вграденият документ не е валиден JSON',
    loadingEvent: 'Събитието се зарежда…',
  },
  /** event-list.ts */
  eventList: {
    upcoming: 'Предстоящи събития',
    past: 'Минали събития',
    noUpcoming: 'Няма предстоящи събития',
    noPast: 'Няма минали събития',
    loadingEvents: 'Събитията се зареждат…',
    ongoing: 'Тече в момента',
    moreUpcoming: (n: number) => (pluralCategory(n, 'bg') === 'one' ? 'Показване на още 1 предстоящо събитие' : `Показване на още ${n} предстоящи събития`),
    morePast: (n: number) => (pluralCategory(n, 'bg') === 'one' ? 'Показване на още 1 минало събитие' : `Показване на още ${n} минали събития`),
    notShown: (n: number) => (pluralCategory(n, 'bg') === 'one' ? '1 събитие не може да бъде показано.' : `${n} събития не могат да бъдат показани.`),
  },
  /** people.ts */
  people: {
    sessions: 'Сесии',
    profiles: 'Профили',
    website: 'Уебсайт',
    speaker: 'Лектор',
    moderator: 'Модератор',
    panelist: 'Участник в дискусия',
    chair: 'Председател',
    about: (name: string) => `за ${name}`,
    speakers: 'Лектори',
    noSpeakers: 'Все още няма обявени лектори.',
    filterLabel: 'Търсене на лектор по име или организация',
    filterCount: (shown: number, total: number) =>
      shown === total
        ? `Показани са всички ${total} лектори`
        : pluralCategory(shown, 'bg') === 'one'
          ? `Показан е ${shown} от ${total} лектори`
          : `Показани са ${shown} от ${total} лектори`,
    noMatch: (query: string) => `Няма лектори, които отговарят на „${query}“.`,
  },
  /** projects.ts */
  projectCard: {
    status: 'Статус:',
    planned: 'Предстоящ',
    ongoing: 'В изпълнение',
    closed: 'Приключил',
    programme: 'Програма',
    period: 'Период на изпълнение',
    from: (date: string) => `От ${date}`,
    until: (date: string) => `До ${date}`,
    budget: 'Общ бюджет',
    euContribution: 'Принос на ЕС',
    shareOfBudget: (percent: string) => `${percent} от бюджета`,
    partners: 'Партньори',
    leadPartner: 'Водещ партньор',
    associatedPartner: 'Асоцииран партньор',
    website: 'Уебсайт на проекта',
    objectives: 'Цели',
    objectiveCount: (n: string, count: number) => (pluralCategory(count, 'bg') === 'one' ? `${n} цел` : `${n} цели`),
    allObjectives: (n: string) => `Всички ${n} цели`,
    seeObjectives: 'Вижте целите',
    cofunded: 'Съфинансирано от Европейския съюз',
    funded: 'Финансирано от Европейския съюз',
    emblem: 'Знаме на Европейския съюз',
    noProject: 'Няма проект за показване.',
  },
  /** projects.ts */
  objectiveList: {
    headingObjectives: 'Цели',
    headingSteps: 'Ключови стъпки',
    headingFindings: 'Изводи',
    emptyObjectives: 'Все още няма цели за показване.',
    emptySteps: 'Все още няма стъпки за показване.',
    emptyFindings: 'Все още няма изводи за показване.',
    status: 'Статус:',
    planned: 'Планирано',
    inProgress: 'В изпълнение',
    achieved: 'Постигнато',
    delayed: 'Със закъснение',
    cancelled: 'Отменено',
    progress: (achieved: string, target: string, name: string) => `${achieved} от ${target} ${name}`,
    progressWithUnit: (name: string, achieved: string, target: string, unit: string) => `${name}: ${achieved} от ${target} ${unit}`,
    target: (name: string, quantity: string) => `${name} (целева стойност: ${quantity})`,
    achievedOnly: (name: string, quantity: string) => `${name}: ${quantity}`,
  },
  /** agenda.ts */
  agenda: {
    kindTalk: 'Доклад',
    kindKeynote: 'Основен доклад',
    kindPanel: 'Панелна дискусия',
    kindWorkshop: 'Работилница',
    kindPresentation: 'Презентация',
    kindDiscussion: 'Дискусия',
    kindBreak: 'Почивка',
    kindNetworking: 'Нетуъркинг',

    roleSpeaker: 'Лектор',
    roleModerator: 'Модератор',
    rolePanelist: 'Панелист',
    roleChair: 'Председател',

    statusCancelled: 'Отменена',
    statusPostponed: 'Отложена',
    statusRescheduled: 'С нова дата',
    statusMovedOnline: 'Преместена онлайн',
    now: 'Сега',
    finished: 'Приключила',
    showFinished: (n: number) => (pluralCategory(n, 'bg') === 'one' ? 'Показване на 1 приключила сесия' : `Показване на ${n} приключили сесии`),
    hideFinished: (n: number) => (pluralCategory(n, 'bg') === 'one' ? 'Скриване на 1 приключила сесия' : `Скриване на ${n} приключили сесии`),

    yourTime: 'По вашето време:',

    room: 'Място:',
    speakers: 'Лектори',
    abstract: 'Резюме',
    // "Моя сесия", pressed: the session is the reader's (as in the filter "Само моите сесии").
    favorite: 'Моя сесия',
    calendar: 'Добавяне в календара',

    sessions: 'Сесии',
    noSessions: 'В тази тема все още няма сесии.',
    noValidSessions: 'Сесиите в тази тема не могат да бъдат показани: данните не са валидни.',
  },
  /** agenda-filters.ts */
  agendaFilter: {
    filters: 'Филтриране на програмата',
    search: 'Търсене в сесиите',
    searchHint: 'Заглавие, описание или лектор',
    tracks: 'Теми',
    rooms: 'Зали',
    onlyFavorites: 'Само моите сесии',
    favoritesCount: (n: number) => (pluralCategory(n, 'bg') === 'one' ? '(1 отбелязана)' : `(${n} отбелязани)`),
    clearFilters: 'Изчистване на филтрите',
    downloadCalendar: 'Изтегляне на календар (.ics)',
    downloadCalendarHint: (n: number) => (pluralCategory(n, 'bg') === 'one' ? 'Съдържа показаната 1 сесия.' : `Съдържа показаните ${n} сесии.`),
    downloadEventHint: 'Показаните сесии нямат часове, затова файлът съдържа само събитието с неговите дати.',
    sessionCount: (shown: number, total: number) =>
      shown === total
        ? `${total} ${bgSessions(total)}`
        : `${pluralCategory(shown, 'bg') === 'one' ? 'Показана е' : 'Показани са'} ${shown} от ${total} ${bgSessions(total)}`,
    noMatches: 'Няма сесии, които отговарят на тези филтри.',
    noFavorites: 'Все още не сте отбелязали свои сесии.',
    storageUnavailable: 'Вашите сесии се пазят само докато сте на тази страница: браузърът не позволява на страницата да ги запази.',
    otherSessions: 'Други сесии',
    programme: 'Програма',
    untimed: 'Часът предстои да бъде обявен',
    finished: 'приключил',
    showFinishedDay: 'Показване на приключилия ден',
  },
  /** problems.ts */
  problems: {
    count: (n: number) => (pluralCategory(n, 'bg') === 'one' ? `${n} проблем в данните` : `${n} проблема в данните`),
    note: 'Списъкът се показва, защото елементът има атрибута show-problems; без него читателите не го виждат.',
  },
} satisfies UiStrings;

export default bg;
