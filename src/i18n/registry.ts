/**
 * The UI strings a site registers (`registerStrings`): a new language, or labels changed in one the
 * library has. Kept apart from the catalogs and the language loader (strings.ts) so that a language
 * module (`@cluster-events/components/locales/ro.js`, `dist/cdn/locales/ro.js`) can register itself
 * with this file alone, without the library's other languages or any element.
 *
 * The registry lives on `globalThis` under a `Symbol.for` key, created on first use: every copy of
 * the library in a page (the npm modules, the CDN bundle, the CDN autoloader, a language module
 * built on its own) reads and writes the same one, so a language registered through any of them
 * reaches every element.
 */
import type { UiArea, UiStrings } from './ui-strings.js';

/**
 * UI strings for one language: any areas, and in each any of the English keys, with the English
 * arguments for the labels that take some. A complete catalog (`satisfies UiStrings`) is one too.
 */
export type UiStringsOverride = { readonly [A in UiArea]?: Partial<UiStrings[A]> };

/** What a registered language holds: its labels by area and key, as given (checked when used). */
export type RegisteredStrings = Record<string, Record<string, unknown>>;

interface Registry {
  /** Registered strings by lower-case language tag (`ro`, `pt-br`). */
  readonly languages: Map<string, RegisteredStrings>;
  /** Called after every registration (each copy of the library re-renders its elements). */
  readonly listeners: Set<() => void>;
  /** Counts registrations: what was built from the strings of an earlier count is out of date. */
  version: number;
}

const KEY = Symbol.for('@cluster-events/components/ui-strings');

/** The page's registry of UI strings (shared by every copy of the library in the page). */
export function stringsRegistry(): Registry {
  const global = globalThis as { [KEY]?: Registry };
  return (global[KEY] ??= { languages: new Map(), listeners: new Set(), version: 0 });
}

/**
 * Adds UI strings for `lang` (a BCP 47 tag: `ro`, `pt-BR`), or changes some of the library's own
 * (`en`, `bg`). Registrations for one language merge, key by key, over the earlier ones. An element
 * uses them when its nearest `lang` attribute is `lang` or starts with it (`ro-RO` uses `ro`, and
 * `ro-RO` over it when both are registered); elements already shown render again with them. Keys a
 * new language lacks show in English, with one console warning that names them; keys English does
 * not have, and values of another type than the English one (text for a label that takes
 * arguments), are ignored with a warning. Works in the browser and on the server.
 *
 * ```ts
 * import { registerStrings, type UiStrings } from '@cluster-events/components';
 * registerStrings('en', { agendaFilter: { search: 'Find a session' } }); // one label changed
 * registerStrings('el', greek satisfies UiStrings); // a whole language
 * ```
 */
export function registerStrings(lang: string, strings: UiStringsOverride): void {
  let tag: string | undefined;
  try {
    tag = Intl.getCanonicalLocales(lang)[0]?.toLowerCase();
  } catch {
    // not a language tag: warned below
  }
  if (!tag || typeof strings !== 'object' || strings === null) {
    console.warn(`registerStrings: expected a language tag and an object of UI strings by area, got ${JSON.stringify(lang)}`);
    return;
  }
  const registry = stringsRegistry();
  const known: RegisteredStrings = registry.languages.get(tag) ?? {};
  for (const [area, entries] of Object.entries(strings as Record<string, unknown>)) {
    if (typeof entries === 'object' && entries !== null) known[area] = { ...known[area], ...entries };
  }
  registry.languages.set(tag, known);
  registry.version++;
  for (const listener of registry.listeners) listener();
}
