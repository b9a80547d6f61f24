import { uiLocale, type UiLocale } from '../i18n/locale.js';

const en = {
  speakers: 'Speakers',
  moderators: 'Moderation',
  panelists: 'Panel',
  chairs: 'Chair',
  deadline: 'Deadline',
  deadlineIn7Days: (title: string) => `Deadline in 7 days: ${title}`,
  deadlineTomorrow: (title: string) => `Deadline tomorrow: ${title}`,
  extendedFrom: (date: string) => `Extended from ${date}`,
  europeanUnion: 'European Union',
  registration: 'Registration',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
};

/**
 * The words of {@link exportStrings} in every language. Unlike the elements' UI strings, they are
 * all here: the exporters are synchronous functions of the public API and the command line
 * (`toICalendar(doc, { lang: 'bg' })`), and they travel only in the chunks loaded on demand (the
 * calendar and JSON-LD writers), never in a page's load.
 */
const EXPORT_STRINGS = {
  en,
  bg: {
    speakers: 'Лектори',
    moderators: 'Модератор',
    panelists: 'Панел',
    chairs: 'Председател',
    deadline: 'Краен срок',
    deadlineIn7Days: (title: string) => `Краен срок след 7 дни: ${title}`,
    deadlineTomorrow: (title: string) => `Краен срок утре: ${title}`,
    extendedFrom: (date: string) => `Удължен от ${date}`,
    europeanUnion: 'Европейски съюз',
    registration: 'Регистрация',
    cancelled: 'Отменено',
    postponed: 'Отложено',
  },
} satisfies Record<UiLocale, typeof en>;

/** Words that exports write into their output (iCalendar DESCRIPTION and alarms, JSON-LD names), by `lang`. */
export function exportStrings(lang: string | null | undefined): typeof en {
  return EXPORT_STRINGS[uiLocale(lang)];
}
