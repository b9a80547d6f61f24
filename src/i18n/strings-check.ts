/**
 * Checks the UI strings a site registered, and warns once about each problem: keys a new language
 * lacks (they show in English), keys English does not have and values of another type (ignored).
 * Loaded on demand by strings.ts, only in pages that register strings; it imports nothing, so a
 * bundler never splits modules of the page load off into a chunk of their own for it.
 */
import type { RegisteredStrings } from './registry.js';
import type { Message } from './strings.js';

/** What strings.ts knows, handed over rather than imported (see above). */
export interface StringsState {
  /** The English strings of every area defined so far. */
  english: ReadonlyMap<string, Record<string, Message>>;
  /** The registered strings, by lower-case tag. */
  languages: ReadonlyMap<string, RegisteredStrings>;
  /** The strings given for a tag in an area: the library's own, then the site's. */
  layers: (tag: string, area: string) => (Record<string, unknown> | undefined)[];
  /** True for the languages the library ships (complete catalogs). */
  shipped: (tag: string) => boolean;
  /** True when `value` can stand for the English `key`. */
  usable: (en: Record<string, Message>, key: string, value: unknown) => boolean;
}

/** What was warned about (`<tag> <area>.<key>`), so each problem is told once. */
const warned = new Set<string>();

/**
 * Warns about the strings registered for `tags` (`en`, `ro`, `ro-ro`: an element's language, least
 * specific first), in every area defined so far: what the language lacks, under the tag registered
 * (`ro` for an element in `ro-RO`), unless it is English or a language the library ships; and what
 * any of the tags holds that cannot be used.
 */
export function checkRegistered(tags: readonly string[], { english, languages, layers, shipped, usable }: StringsState): void {
  const own = tags.slice(1);
  const lang = [...own].reverse().find((tag) => languages.has(tag));
  const complete = !lang || !own[0] || own[0].startsWith('en-') || shipped(own[0]);
  const missing: string[] = [];
  const ignored: string[] = [];
  const once = (list: string[], tag: string, key: string) => {
    if (warned.has(`${tag} ${key}`)) return;
    warned.add(`${tag} ${key}`);
    list.push(key);
  };
  for (const [area, en] of english) {
    if (!complete)
      for (const key of Object.keys(en))
        if (!own.some((tag) => layers(tag, area).some((layer) => layer && key in layer))) once(missing, lang, `${area}.${key}`);
    for (const tag of tags)
      for (const [key, value] of Object.entries(languages.get(tag)?.[area] ?? {})) if (!usable(en, key, value)) once(ignored, tag, `${tag}: ${area}.${key}`);
  }
  if (missing.length) console.warn(`UI strings "${lang}" lack ${missing.length} labels, shown in English: ${missing.join(', ')}`);
  if (ignored.length) console.warn(`UI strings ignored (English has no such label, or one of another type): ${ignored.join(', ')}`);
}
