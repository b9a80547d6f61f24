import { type UiLocale, uiLocale } from './locale.js';

/** A catalog entry: a fixed string, or a function of typed arguments (plurals, interpolation). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);

/**
 * Declares one area's UI strings in every UI language. TypeScript checks that the Bulgarian catalog
 * has exactly the keys and argument types of the English one.
 *
 * Why a typed catalog rather than `@lit/localize`: lit-localize switches one global locale per page,
 * while these elements follow the nearest `lang` attribute, so two elements on one page may speak
 * different languages.
 *
 * ```ts
 * const strings = defineStrings({ en: { more: 'More' }, bg: { more: 'Още' } });
 * strings('bg-BG').more; // 'Още'
 * ```
 */
export function defineStrings<T extends Record<string, Message>>(catalog: { en: T } & Record<Exclude<UiLocale, 'en'>, T>) {
  return (lang: string | null | undefined): T => catalog[uiLocale(lang)];
}
