import type { LocalizedText } from './types.js';

/**
 * Picks the string of a localized text for a language.
 *
 * Order: the exact language (`bg-BG`), its base language (`bg`), the document's default language,
 * English, then the first non-empty value. A plain string is returned as it is. Returns `''` when
 * nothing usable is there, so callers can test for emptiness.
 */
export function resolveText(
  text: LocalizedText | null | undefined,
  lang: string,
  fallbackLang?: string,
): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  if (typeof text !== 'object') return '';
  const candidates = [lang, baseLanguage(lang), fallbackLang, fallbackLang && baseLanguage(fallbackLang), 'en'];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const exact = pick(text, candidate);
    if (exact) return exact;
  }
  for (const value of Object.values(text)) {
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return '';
}

/** `bg-BG` -> `bg`; lower-cased. */
export function baseLanguage(lang: string): string {
  return lang.split('-')[0]!.toLowerCase();
}

function pick(text: Readonly<Record<string, string>>, lang: string): string {
  const wanted = lang.toLowerCase();
  for (const [key, value] of Object.entries(text)) {
    if (key.toLowerCase() === wanted && typeof value === 'string' && value.trim() !== '') return value;
  }
  return '';
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
