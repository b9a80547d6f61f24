/** UI languages with a full string catalog. Content may be in any language; UI strings fall back to English. */
export const UI_LOCALES = ['en', 'bg'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** `bg-BG` -> `bg`; anything without a catalog -> `en`. */
export function uiLocale(lang: string | null | undefined): UiLocale {
  const base = (lang ?? '').split('-')[0]!.toLowerCase();
  return (UI_LOCALES as readonly string[]).includes(base) ? (base as UiLocale) : 'en';
}

/**
 * A valid BCP 47 tag for `Intl` from a `lang` attribute (`bg`, `en-GB`), or `en` when the value is
 * empty or not a language tag, so a typo in a page never breaks formatting.
 */
export function intlLocale(lang: string | null | undefined): string {
  if (!lang) return 'en';
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The CLDR plural category of `n` in `locale` (cached). */
export function pluralCategory(n: number, locale: string): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(n);
}
