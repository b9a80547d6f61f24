import { defineStrings } from '../i18n/strings.js';

/** Words that exports write into their output (iCalendar DESCRIPTION and alarms, JSON-LD names). */
export const exportStrings = defineStrings({
  en: {
    speakers: 'Speakers',
    moderators: 'Moderation',
    panelists: 'Panel',
    chairs: 'Chair',
    deadline: 'Deadline',
    deadlineIn7Days: (title: string) => `Deadline in 7 days: ${title}`,
    deadlineTomorrow: (title: string) => `Deadline tomorrow: ${title}`,
    extendedFrom: (date: string) => `Extended from ${date}`,
    europeanUnion: 'European Union',
  },
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
  },
});
