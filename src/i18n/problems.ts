import { defineStrings } from './strings.js';
import { pluralCategory } from './locale.js';

/** The frame of the `show-problems` list (the problems themselves are in English, with their data paths). */
export const problemStrings = defineStrings({
  en: {
    count: (n: number) => (n === 1 ? '1 problem in the data' : `${n} problems in the data`),
    note: 'Listed because this element has the show-problems attribute; without it, readers do not see this list.',
  },
  bg: {
    count: (n: number) => (pluralCategory(n, 'bg') === 'one' ? `${n} проблем в данните` : `${n} проблема в данните`),
    note: 'Списъкът се показва, защото елементът има атрибута show-problems; без него читателите не го виждат.',
  },
});
