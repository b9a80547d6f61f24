import { type UiLocale, uiLocale } from './locale.js';
import type { UiArea, UiStrings } from './ui-strings.js';

/** A catalog entry: a fixed string, or a function of typed arguments (plurals, interpolation). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);

/**
 * The languages other than English that the library ships, each one module loaded the first time
 * an element resolves to it (a static `import()` per language, so every bundler makes it a chunk of
 * its own). A page in English never downloads them.
 */
const LANGUAGES: Record<Exclude<UiLocale, 'en'>, () => Promise<{ default: UiStrings }>> = {
  bg: () => import('./locales/bg.js'),
};

/** The strings of each loaded language, by area. */
const loaded = new Map<string, Partial<UiStrings>>();
/** Languages being loaded (or that failed to: then the promise rejects, and English is shown). */
const loading = new Map<string, Promise<void>>();

/**
 * Declares one area's UI strings, in English. Other languages live in their own modules
 * (`locales/bg.ts`), which TypeScript checks against these keys and arguments (`UiStrings`) and
 * which load on demand; the function returned gives the strings of a `lang` when that language is
 * loaded, else English. Elements never render before the strings of their language have loaded
 * (`ClusterElement` waits for {@link stringsReady}); elsewhere, call {@link preloadStrings} first.
 *
 * Why a typed catalog rather than `@lit/localize`: lit-localize switches one global locale per page,
 * while these elements follow the nearest `lang` attribute, so two elements on one page may speak
 * different languages.
 *
 * ```ts
 * export const fundingStrings = defineStrings('funding', { apply: 'Apply', … }); // src/i18n/funding.ts
 * const bg = { funding: { apply: 'Кандидатстване', … }, … } satisfies UiStrings; // src/i18n/locales/bg.ts
 * fundingStrings('bg-BG').apply; // 'Кандидатстване' once Bulgarian is loaded, 'Apply' before
 * ```
 */
export function defineStrings<T extends Record<string, Message>>(area: UiArea, en: T) {
  return (lang: string | null | undefined): T => (loaded.get(uiLocale(lang))?.[area] as T | undefined) ?? en;
}

/**
 * Loads the UI strings of `lang` (`bg`, `bg-BG`) if the library has them and they are not loaded
 * yet; resolves at once for English and for languages without strings (they show English).
 * Elements load their language by themselves before they first render in it. Call it where that
 * cannot wait: on the server before rendering an element in Bulgarian (server rendering does not
 * wait for modules), and in the browser before hydrating one. Rejects when the module cannot load.
 */
export function preloadStrings(lang: string): Promise<void> {
  return stringsReady(lang, false) ?? Promise.resolve();
}

/**
 * `undefined` when the strings of `lang` can be used now (English, a loaded language, a language
 * without strings); else a promise that resolves once they are loaded. With `quiet` (what elements
 * use) the promise never rejects: a module that cannot load is warned about once, and English shows.
 */
export function stringsReady(lang: string | null | undefined, quiet = true): Promise<void> | undefined {
  const locale = uiLocale(lang);
  if (locale === 'en' || loaded.has(locale)) return undefined;
  let promise = loading.get(locale);
  if (!promise) {
    promise = LANGUAGES[locale]().then((module) => {
      loaded.set(locale, module.default);
    });
    promise.catch((error: unknown) => {
      console.warn(`The ${locale} UI strings could not be loaded; English is shown (${error instanceof Error ? error.message : String(error)})`);
    });
    loading.set(locale, promise);
  }
  return quiet ? promise.catch(() => undefined) : promise;
}
