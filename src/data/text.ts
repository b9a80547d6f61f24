import type { LocalizedText } from './types.js';

/**
 * Picks the string of a localized text for a language.
 *
 * Order: the exact language (`bg-BG`), its base language (`bg`), the document's default language,
 * English, then the first non-empty value. A plain string is returned as it is. Returns `''` when
 * nothing usable is there, so callers can test for emptiness.
 *
 * To show the text, prefer {@link resolveTextIn}, which also says which language the text is in.
 */
export function resolveText(text: LocalizedText | null | undefined, lang: string, fallbackLang?: string): string {
  return resolveTextIn(text, lang, fallbackLang).text;
}

/** A text picked for display and the language it is written in. */
export interface ResolvedText {
  /** The string to show; `''` when there is nothing usable. */
  text: string;
  /**
   * The language `text` is in: the key that was picked from a localized text (`en`, `bg-BG`), the
   * document's language for a plain string, `undefined` when that is not known (a plain string
   * without a document language, such as an attribute written in the page) or `text` is `''`.
   */
  lang?: string;
}

/**
 * Like {@link resolveText}, and says which language the picked string is in, so the element that
 * shows it can mark it (WCAG 3.1.2 Language of Parts).
 *
 * The rule for every element that shows content (not UI strings):
 * - a plain string is in the document's language (`documentLang`, the document's `lang`);
 * - a localized text is in the language whose entry was picked, which may be a fallback
 *   (`en` on a `lang="bg"` page when the text has no `bg` entry);
 * - the element wrapping the text gets `lang=${ifDefined(langAttribute(picked.lang, this.language))}`:
 *   the content's language when its primary subtag differs from the element's language, and no
 *   attribute otherwise (the text inherits). Text without a known language is not marked.
 *
 * So an English document on a `lang="bg"` page marks all of its content `lang="en"`, and a
 * Bulgarian entry shown on that page is not marked at all.
 *
 * @param text - The text: a plain string or an object of language -> string.
 * @param lang - The language wanted: the element's language (nearest `lang`).
 * @param documentLang - The document's default language: the language of plain strings and the
 *   first fallback after `lang`.
 */
export function resolveTextIn(text: LocalizedText | null | undefined, lang: string, documentLang?: string): ResolvedText {
  if (text == null) return { text: '' };
  if (typeof text === 'string') return text !== '' && documentLang ? { text, lang: documentLang } : { text };
  if (typeof text !== 'object') return { text: '' };
  const candidates = [lang, baseLanguage(lang), documentLang, documentLang && baseLanguage(documentLang), 'en'];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const found = pick(text, candidate);
    if (found) return found;
  }
  for (const [key, value] of Object.entries(text)) {
    if (typeof value === 'string' && value.trim() !== '') return { text: value, lang: key };
  }
  return { text: '' };
}

/** True when two language tags have the same primary subtag (`en-GB` and `en`), ignoring case. */
export function sameLanguage(a: string, b: string): boolean {
  return baseLanguage(a) === baseLanguage(b);
}

/**
 * The value of a `lang` attribute for an element showing content in `contentLang` inside an
 * element whose language is `uiLanguage`: `contentLang` when it is another language (by primary
 * subtag) and a well-formed tag, `undefined` (no attribute: the content inherits) otherwise.
 * Use with Lit's `ifDefined`.
 */
export function langAttribute(contentLang: string | undefined, uiLanguage: string): string | undefined {
  if (!contentLang || sameLanguage(contentLang, uiLanguage)) return undefined;
  try {
    return Intl.getCanonicalLocales(contentLang).length ? contentLang : undefined;
  } catch {
    return undefined;
  }
}

/** `bg-BG` -> `bg`; lower-cased. */
export function baseLanguage(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}

function pick(text: Readonly<Record<string, string>>, lang: string): ResolvedText | undefined {
  const wanted = lang.toLowerCase();
  for (const [key, value] of Object.entries(text)) {
    if (key.toLowerCase() === wanted && typeof value === 'string' && value.trim() !== '') return { text: value, lang: key };
  }
  return undefined;
}

/** True when a value is a usable localized text: a non-empty string or an object with a non-empty string value. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return value.trim() !== '';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.values(value).some((v) => typeof v === 'string' && v.trim() !== '');
}

/**
 * Folds text for search: lower case in the given language, accents removed ("José" finds "jose",
 * "Ştefănescu" finds "stefanescu"), but й and ё kept, which are letters of their own in Bulgarian
 * and Russian rather than и/е with an accent.
 */
export function foldForSearch(text: string, locale?: string): string {
  let lower: string;
  try {
    lower = locale ? text.toLocaleLowerCase(locale) : text.toLowerCase();
  } catch {
    lower = text.toLowerCase();
  }
  return lower
    .normalize('NFD')
    .replace(/(?<![иеИЕ])\p{M}+/gu, '')
    .normalize('NFC');
}

const regionNames = new Map<string, Intl.DisplayNames | null>();

/**
 * A country's name in the locale through Intl.DisplayNames (`BG` -> "Bulgaria" / "България"), or
 * the code when Intl cannot name it. One DisplayNames per locale, kept.
 */
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale, 'en'], { type: 'region', fallback: 'code' });
    } catch {
      names = null;
    }
    regionNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}
