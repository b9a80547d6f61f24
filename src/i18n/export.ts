/**
 * The words the exporters write into their output (iCalendar DESCRIPTION and alarms, the web
 * calendars' titles, JSON-LD names), in English, Bulgarian and Romanian, with what a site
 * registered for the `export` area over them (`registerStrings('ro', { export: { … } })`, or a
 * language of its own: `registerStrings('el', { export: { … } })`).
 *
 * Unlike the elements' UI strings, every built-in language is here and none is loaded on demand:
 * the exporters are synchronous functions of the public API and the command line
 * (`toICalendar(doc, { lang: 'bg' })` works without `preloadStrings`), and this module travels only
 * in the chunks they are in (the calendar and JSON-LD writers), never in a page's load. It reads
 * the registry of registered strings directly (registry.ts), so it imports nothing else.
 * `satisfies` checks that each language has exactly the English keys and arguments.
 */
import { stringsRegistry } from './registry.js';

/** The words of the exports, by key (the `export` area of `registerStrings`). */
export interface ExportStrings {
  /** Heading of a session's speakers in a calendar entry's description: `Speakers: Ana; Ivan`. */
  speakers: string;
  /** Heading of its moderators. */
  moderators: string;
  /** Heading of its panellists. */
  panelists: string;
  /** Heading of its chairs. */
  chairs: string;
  /** Start of a deadline's calendar entry: `Deadline: <call>`. */
  deadline: string;
  /** The reminder a week before a deadline. */
  deadlineIn7Days: (title: string) => string;
  /** The reminder a day before a deadline. */
  deadlineTomorrow: (title: string) => string;
  /** A deadline moved later, with the earlier date. */
  extendedFrom: (date: string) => string;
  /** The funder of an EU-funded project in JSON-LD. */
  europeanUnion: string;
  /** Before the registration page in an event's calendar entry: `Registration: <URL>`. */
  registration: string;
  /** Before a cancelled entry's title in a web calendar link. */
  cancelled: string;
  /** Before a postponed entry's title in a web calendar link. */
  postponed: string;
}

const en: ExportStrings = {
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

/** The languages built in: English and the languages the library has UI strings for, Bulgarian and Romanian. */
const BUILT_IN = {
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
  ro: {
    speakers: 'Vorbitori',
    moderators: 'Moderare',
    panelists: 'Panel',
    chairs: 'Președinte de sesiune',
    deadline: 'Termen-limită',
    deadlineIn7Days: (title: string) => `Termen-limită peste 7 zile: ${title}`,
    deadlineTomorrow: (title: string) => `Termen-limită mâine: ${title}`,
    extendedFrom: (date: string) => `Prelungit de la ${date}`,
    europeanUnion: 'Uniunea Europeană',
    registration: 'Înscriere',
    cancelled: 'Anulat',
    postponed: 'Amânat',
  },
} satisfies Record<string, ExportStrings>;

/** Merged words by most specific tag, for the registry's version `cachedFor`. */
const cache = new Map<string, ExportStrings>();
let cachedFor = -1;

/**
 * The words the exports write in `lang` (`ro-RO`): English, then for each tag from the least to
 * the most specific (`ro`, `ro-ro`) the built-in words of that language and what a site
 * registered for it in the `export` area. A registered value is used only when English has its
 * key with a value of the same type (text, or a function); anything missing is English. Pure of
 * side effects but for a cache, emptied whenever strings are registered.
 */
export function exportStrings(lang: string | null | undefined): ExportStrings {
  const { languages, version } = stringsRegistry();
  if (version !== cachedFor) {
    cache.clear();
    cachedFor = version;
  }
  const tags = ['en'];
  let tag = '';
  for (const part of (lang || 'en').toLowerCase().split('-')) {
    tag = tag ? `${tag}-${part}` : part;
    if (tag !== 'en') tags.push(tag);
  }
  const key = tags[tags.length - 1]!;
  let words = cache.get(key);
  if (!words) {
    words = { ...en };
    const target = words as unknown as Record<string, unknown>;
    for (const t of tags) {
      const layers = [Object.hasOwn(BUILT_IN, t) ? BUILT_IN[t as keyof typeof BUILT_IN] : undefined, languages.get(t)?.['export']];
      for (const layer of layers)
        for (const [name, value] of Object.entries(layer ?? {}))
          if (Object.hasOwn(en, name) && typeof value === typeof en[name as keyof ExportStrings]) target[name] = value;
    }
    cache.set(key, words);
  }
  return words;
}
