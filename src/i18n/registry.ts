/**
 * Where the UI strings a site registers (`registerStrings`, register.ts) are kept: a new language,
 * or labels changed in one the library has. Only the store, so that every page load carries no
 * more than it; registering and checking live in modules of their own.
 *
 * The registry lives on `globalThis` under a `Symbol.for` key, created on first use: every copy of
 * the library in a page (the npm modules, the CDN bundle, the CDN autoloader, a language module
 * built on its own, `dist/cdn/locales/ro.js`) reads and writes the same one, so a language
 * registered through any of them reaches every element.
 */
import type { ExportStrings } from './export.js';
import type { UiArea, UiStrings } from './ui-strings.js';

/**
 * UI strings for one language: any areas, and in each any of the English keys, with the English
 * arguments for the labels that take some. A complete catalog (`satisfies UiStrings`) is one too.
 * The `export` area holds the words of calendar files, calendar links and JSON-LD (src/i18n/export.ts).
 */
export type UiStringsOverride = { readonly [A in UiArea]?: Partial<UiStrings[A]> } & { readonly export?: Partial<ExportStrings> };

/** What a registered language holds: its labels by area and key, as given (checked when used). */
export type RegisteredStrings = Record<string, Record<string, unknown>>;

export interface Registry {
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
