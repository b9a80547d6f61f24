import { defineStrings } from './strings.js';
import { pluralCategory } from './locale.js';

/** UI strings of `<cluster-speaker-block>` and `<cluster-speaker-list>`. */
export const peopleStrings = defineStrings({
  en: {
    sessions: 'Sessions',
    profiles: 'Profiles',
    website: 'Website',
    speaker: 'Speaker',
    moderator: 'Moderator',
    panelist: 'Panellist',
    chair: 'Chair',
    /** Completes "Show more" / "Show less" for screen readers: "Show more about Maria Ivanova". */
    about: (name: string) => `about ${name}`,
    speakers: 'Speakers',
    noSpeakers: 'No speakers have been announced yet.',
    filterLabel: 'Filter speakers by name or organisation',
    filterCount: (shown: number, total: number) =>
      shown === total ? `Showing all ${total} speakers` : `Showing ${shown} of ${total} speakers`,
    noMatch: (query: string) => `No speakers match “${query}”.`,
  },
  bg: {
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
});
