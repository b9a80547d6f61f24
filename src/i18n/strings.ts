import { type UiLocale } from './locale.js';
import { stringsRegistry, type RegisteredStrings } from './registry.js';
import type { UiArea, UiStrings } from './ui-strings.js';

/** A catalog entry: a fixed string, or a function of typed arguments (plurals, interpolation). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any function of typed arguments: `unknown[]` would refuse `(n: number) => string`
export type Message = string | ((...args: any[]) => string);

/**
 * The languages other than English that the library ships, each one module loaded the first time
 * an element resolves to it (a static `import()` per language, so every bundler makes it a chunk of
 * its own). A page in English never downloads them. Other languages are registered by the site
 * (`registerStrings`, registry.ts), or by an optional language module (`locales/ro.js`).
 */
const LANGUAGES: Record<Exclude<UiLocale, 'en'>, () => Promise<{ default: UiStrings }>> = {
  bg: () => import('./locales/bg.js'),
};

/** The English strings of every area defined so far (the areas of the elements a page loaded). */
const english = new Map<string, Record<string, Message>>();
/** The strings of each loaded built-in language, by area. */
const loaded = new Map<string, RegisteredStrings>();
/** Languages being loaded (or that failed to: then the promise rejects, and English is shown). */
const loading = new Map<string, Promise<void>>();
/** The strings of one area for one language tag, merged; for the registry version `mergedFor`. */
const merged = new Map<string, Record<string, Message>>();
let mergedFor = 0;
/** Loads of built-in languages so far (see {@link stringsGeneration}). */
let loads = 0;
/** The check of registered strings last started (strings-check.ts). */
let checked: Promise<void> = Promise.resolve();
const changeListeners = new Set<() => void>();
const notify = () => changeListeners.forEach((listener) => listener());

/** True for the languages the library ships (complete catalogs). */
const shipped = (tag: string): boolean => Object.hasOwn(LANGUAGES, tag);
/** A value can stand for `key` when English has that key, with a value of the same type (text, or a function). */
const usable = (en: Record<string, Message>, key: string, value: unknown): boolean => Object.hasOwn(en, key) && typeof value === typeof en[key];

/** The registry, after emptying what was merged from an older state of it. */
function registry() {
  const current = stringsRegistry();
  if (current.version !== mergedFor) {
    mergedFor = current.version;
    merged.clear();
  }
  return current;
}

/**
 * Calls `listener` after each registration of UI strings (`registerStrings`, through any copy of
 * the library in the page): elements render again (lang.ts), and caches of what they built from
 * the strings compare {@link stringsGeneration}.
 */
export function onStringsChange(listener: () => void): void {
  changeListeners.add(listener);
  stringsRegistry().listeners.add(notify);
}

/** A number that grows whenever UI strings change (registered, or a language loaded), for caches of what was built from them. */
export function stringsGeneration(): number {
  return stringsRegistry().version + loads;
}

/** `ro-RO` -> `en`, `ro`, `ro-ro`: the tags whose strings apply, English first, most specific last. */
function languageTags(lang: string | null | undefined): string[] {
  const tags = ['en'];
  let tag = '';
  for (const part of (lang || 'en').toLowerCase().split('-')) {
    tag = tag ? `${tag}-${part}` : part;
    if (tag !== 'en') tags.push(tag);
  }
  return tags;
}

/** The strings given for `tag` in `area`: the library's own (once loaded), then the site's. */
function layers(tag: string, area: string): (Record<string, unknown> | undefined)[] {
  return [loaded.get(tag)?.[area], stringsRegistry().languages.get(tag)?.[area]];
}

/**
 * The language whose UI strings `lang` shows: its most specific tag with strings (registered, or
 * a language of the library), else `en`. For marking a UI text with its language (WCAG 3.1.2).
 */
export function stringsLanguage(lang: string | null | undefined): string {
  const { languages } = stringsRegistry();
  return (
    languageTags(lang)
      .reverse()
      .find((tag) => languages.has(tag) || shipped(tag)) ?? 'en'
  );
}

/** The strings of `area` in `lang`: English, then each tag's strings over it, checked key by key. */
function areaStrings(lang: string | null | undefined, area: string, en: Record<string, Message>): Record<string, Message> {
  const tags = languageTags(lang);
  const cacheKey = `${tags[tags.length - 1]} ${area}`;
  const { languages } = registry();
  let strings = merged.get(cacheKey);
  if (!strings) {
    if (!tags.some((tag) => loaded.has(tag) || languages.has(tag))) return en;
    strings = { ...en };
    for (const tag of tags)
      for (const layer of layers(tag, area))
        for (const [key, value] of Object.entries(layer ?? {})) if (usable(en, key, value)) strings[key] = value as Message;
    merged.set(cacheKey, strings);
    // Registered strings are checked (and what they lack warned about) by a module of their own,
    // loaded only by pages that register some.
    if (tags.some((tag) => languages.has(tag))) {
      checked = checked
        .then(() => import('./strings-check.js'))
        .then(
          ({ checkRegistered }) => checkRegistered(tags, { english, languages, layers, shipped, usable }),
          () => undefined,
        );
    }
  }
  return strings;
}

/**
 * The strings of `area` in `lang`, as the function that {@link defineStrings} returns gives them, for an
 * area whose English is not part of the page load but handed in by the on-demand chunk that shows
 * it (the `show-problems` list: problems.ts).
 */
export function stringsOf<T extends Record<string, Message>>(area: UiArea, en: T, lang: string | null | undefined): T {
  english.set(area, en);
  return areaStrings(lang, area, en) as T;
}

/** Resolves once registered strings used so far have been checked and warned about (for tests). */
export function stringsChecked(): Promise<void> {
  return checked;
}

/**
 * Declares one area's UI strings, in English. Other languages live in their own modules
 * (`locales/bg.ts`), which TypeScript checks against these keys and arguments (`UiStrings`) and
 * which load on demand, or are registered by the site (`registerStrings`); the function returned
 * gives the strings of a `lang`: English, with the language's own over it (`ro-RO`: `ro`, then
 * `ro-RO`) once loaded or registered. Elements never render before the strings of their language
 * have loaded (`ClusterElement` waits for {@link stringsReady}); elsewhere, call
 * {@link preloadStrings} first.
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
  english.set(area, en);
  return (lang: string | null | undefined): T => areaStrings(lang, area, en) as T;
}

/**
 * Loads the UI strings of each language in `langs` (`bg`, `bg-BG`) that the library has and that
 * are not loaded yet; resolves at once for English and for other languages (registered ones are
 * there already; others show English). Elements load their language by themselves before they
 * first render in it. Call it where that cannot wait: on the server before rendering an element in
 * Bulgarian (server rendering does not wait for modules), and in the browser before hydrating one.
 * Rejects when a module cannot load.
 */
export async function preloadStrings(langs: string | readonly string[]): Promise<void> {
  await Promise.all((typeof langs === 'string' ? [langs] : langs).map((lang) => stringsReady(lang, false)));
}

/**
 * `undefined` when the strings of `lang` can be used now (English, a loaded language, a language
 * the library does not ship); else a promise that resolves once they are loaded. With `quiet` (what
 * elements use) the promise never rejects: a module that cannot load is warned about once, and
 * English shows (with whatever the site registered for the language).
 */
export function stringsReady(lang: string | null | undefined, quiet = true): Promise<void> | undefined {
  const locale = languageTags(lang)[1] as Exclude<UiLocale, 'en'> | undefined;
  if (!locale || !shipped(locale) || loaded.has(locale)) return undefined;
  let promise = loading.get(locale);
  if (!promise) {
    promise = LANGUAGES[locale]().then((module) => {
      loaded.set(locale, module.default as unknown as RegisteredStrings);
      loads++;
      merged.clear();
    });
    promise.catch((error: unknown) => {
      console.warn(`The ${locale} UI strings could not be loaded; English is shown (${error instanceof Error ? error.message : String(error)})`);
    });
    loading.set(locale, promise);
  }
  return quiet ? promise.catch(() => undefined) : promise;
}
