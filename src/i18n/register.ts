import { stringsRegistry, type RegisteredStrings, type UiStringsOverride } from './registry.js';

/**
 * Adds UI strings for `lang` (a BCP 47 tag: `ro`, `pt-BR`), or changes some of the library's own
 * (`en`, `bg`). Registrations for one language merge, key by key, over the earlier ones. An element
 * uses them when its nearest `lang` attribute is `lang` or starts with it (`ro-RO` uses `ro`, and
 * `ro-RO` over it when both are registered); elements already shown render again with them. Keys a
 * new language lacks show in English, with one console warning that names them; keys English does
 * not have, and values of another type than the English one (text for a label that takes
 * arguments), are ignored with a warning. Works in the browser and on the server (docs/i18n.md).
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
