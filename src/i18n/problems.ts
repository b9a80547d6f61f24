import type { UiLocale } from './locale.js';

interface ProblemStrings {
  count: (n: number) => string;
  note: string;
}

/**
 * The frame of the `show-problems` list (the problems themselves are in English, with their data
 * paths), by UI locale. Not through `defineStrings` and `pluralCategory`, on purpose: this catalog
 * travels in the on-demand problems chunk, which must import nothing the page has already loaded,
 * or a bundler splits those modules off into a chunk of their own and the page load grows (by
 * 0.3 kB gzip in an esbuild site build). The element resolves the locale (`uiLocale`) and passes
 * it; `satisfies` checks that both languages have every key, as `defineStrings` does.
 */
export const problemStrings = {
  en: {
    count: (n: number) => (n === 1 ? '1 problem in the data' : `${n} problems in the data`),
    note: 'Listed because this element has the show-problems attribute; without it, readers do not see this list.',
  },
  bg: {
    count: (n: number) => (new Intl.PluralRules('bg').select(n) === 'one' ? `${n} проблем в данните` : `${n} проблема в данните`),
    note: 'Списъкът се показва, защото елементът има атрибута show-problems; без него читателите не го виждат.',
  },
} satisfies Record<UiLocale, ProblemStrings>;
