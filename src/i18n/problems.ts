/**
 * The frame of the `show-problems` list, in English (the problems themselves are English, with
 * their data paths, like the console warnings): the `problems` area of the UI strings, whose other
 * languages are in the language catalogs (locales/bg.ts, locales/ro.ts, or registered by a site).
 *
 * Not through `defineStrings`, on purpose: these strings travel in the on-demand problems chunk,
 * which must import nothing the page has already loaded, or a bundler splits those modules off
 * into a chunk of their own and the page load grows (by 0.3 kB gzip in an esbuild site build). The
 * element hands the list a function that resolves them in its language (`stringsOf` of
 * strings.ts), with the language's catalog and registered strings over them.
 */
export const problemStrings = {
  count: (n: number) => (n === 1 ? '1 problem in the data' : `${n} problems in the data`),
  note: 'Listed because this element has the show-problems attribute; without it, readers do not see this list.',
};

/** The strings of the `show-problems` list. */
export type ProblemStrings = typeof problemStrings;
