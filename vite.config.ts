import { defineConfig, type Plugin } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Three builds (scripts/build.mjs runs them, library first because it empties dist/):
 * - `vite build`: the npm ES modules, one output module per source module, lit external.
 * - `vite build --mode cdn` and `--mode cdn-autoloader`: for `<script type="module">` on sites
 *   without a build step, with Lit inside: dist/cdn/cluster-events.js registers every element and
 *   exports the data API; dist/cdn/autoloader.js registers each element when the page uses it;
 *   dist/cdn/export.js exports the iCalendar, JSON-LD and frab functions. What the elements load
 *   only on demand (the calendar writer on a click, the JSON-LD writer after rendering, the
 *   schedule converter when a schedule arrives) and what both entries share are chunks in
 *   dist/cdn/chunks/, fetched relative to the entry, so the folder is hosted as a whole.
 * - `vite build --mode cdn-locales`: the optional languages, dist/cdn/locales/<lang>.js (src/locales/).
 * - `vite build --mode cli`: the command line, dist/cli.js (see src/cli/cli.ts).
 */
const root = fileURLToPath(new URL('.', import.meta.url));

/** The parts the elements load on demand, by the source modules that make them (scripts/size.mjs counts them apart). */
const LAZY_CHUNKS: [string, RegExp][] = [
  ['calendar-writer', /src[\\/](base[\\/]calendar-writer|export[\\/](ical|vtimezone|download))\.ts$/],
  // The JSON-LD writers: an event page's graph, and a list page's ItemList (which uses the former).
  ['jsonld', /src[\\/]export[\\/]jsonld(-list)?\.ts$/],
  ['frab', /src[\\/]export[\\/]frab\.ts$/],
  // Markdown prose with its parser (marked), for documents with textFormat "markdown" only.
  ['markdown', /src[\\/](base|data)[\\/]markdown\.ts$|node_modules[\\/]marked[\\/]/],
  // What is needed only once data has problems: grouped warnings, the show-problems list, JSON positions.
  ['problems', /src[\\/]base[\\/]problems-report\.ts$/],
  // The UI strings of one language other than English (src/i18n/locales/<lang>.ts): strings-<lang>.
  ['strings', /src[\\/]i18n[\\/]locales[\\/][a-z-]+\.ts$/],
  // What the funding call banner does only when asked: its calendar menu and the focus after a dismissal.
  ['banner-actions', /src[\\/]components[\\/]funding-call-banner[\\/]funding-call-banner-actions\.controller\.ts$/],
];

/** The name of an on-demand part's chunk: the part's, with the language for UI strings. */
const partName = (part: string, moduleIds: readonly string[]): string =>
  part === 'strings' ? `strings-${moduleIds.map((id) => /locales[\\/]([a-z-]+)\.ts$/.exec(id)?.[1]).find(Boolean)}` : part;

/** The elements' define modules (src/define/cluster-*.ts): one chunk each in the autoloader build. */
const DEFINE = /src[\\/]define[\\/]cluster-[a-z-]+\.ts$/;
const ELEMENTS = readdirSync(`${root}src/define`).filter((file) => /^cluster-[a-z-]+\.ts$/.test(file)).length;

/**
 * Small modules most elements use, placed in the autoloader's common chunk (the one every element's
 * page loads) instead of chunks of their own: a chunk costs each page that loads it about 0.2 kB
 * gzip beyond its code (compressed on its own, with its imports and exports), more than these
 * weigh on the pages that do not use them (`npm run size` measures both).
 */
const COMMON = /src[\\/](base[\\/](prose|named-label)|data[\\/]entities-programme)\.ts$/;
/**
 * Modules reached only through Lit's decorators module, which re-exports every decorator: walking
 * up from them finds every element, though only the speaker block uses `@query` (Rolldown itself
 * sees which decorator each element imports, so these are left to it).
 */
const REEXPORTED_ONLY = /@lit[\\/]reactive-element[\\/]decorators[\\/](query|base)\.js$/;

/**
 * The autoloader's common chunk: the modules every element uses (Lit, the base class, the data
 * walker, ...: found by walking up the static imports to the define modules) and {@link COMMON}.
 * Everything else is left to Rolldown, which makes one chunk per set of elements that share code.
 */
const commonChunk = (id: string, ctx: { getModuleInfo(id: string): { importers: readonly string[] } | null }): string | null => {
  if (REEXPORTED_ONLY.test(id)) return null;
  const seen = new Set<string>();
  const elements = new Set<string>();
  const up = (module: string): void => {
    if (seen.has(module)) return;
    seen.add(module);
    if (DEFINE.test(module)) elements.add(module);
    for (const importer of ctx.getModuleInfo(module)?.importers ?? []) up(importer);
  };
  up(id);
  return elements.size > 0 && (elements.size === ELEMENTS || COMMON.test(id)) ? 'shared' : null;
};

/**
 * For the autoloader: writes `__CLUSTER_PRELOAD__` (src/autoloader.ts), each element's chunk's
 * static imports, transitively (chunk names relative to autoloader.js, by index), as one line
 * before the code (the source map gains an empty line).
 * Library mode emits no preloading of its own: it would wrap every import() in Vite's preload
 * helper, which every page then downloads.
 */
const autoloaderPreload = (): Plugin => ({
  name: 'cluster-autoloader-preload',
  generateBundle(_options, bundle) {
    const entry = bundle['autoloader.js'];
    if (entry?.type !== 'chunk') return;
    // The common chunk (commonChunk) imports no other chunk, or every page would load that one too.
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && chunk.name === 'shared' && chunk.moduleIds.some((id) => COMMON.test(id)) && chunk.imports.length > 0)
        this.error(
          `the autoloader's common chunk ${chunk.fileName} imports ${chunk.imports.join(', ')}: a module of COMMON imports one that not every element uses`,
        );
    }
    const chunksOf = (file: string, seen = new Set<string>()): Set<string> => {
      const chunk = bundle[file];
      if (chunk?.type === 'chunk') for (const i of chunk.imports) if (!seen.has(i)) chunksOf(i, seen.add(i));
      return seen;
    };
    // Each chunk's name once, and by tag the indexes of the chunks to preload.
    const files: string[] = [];
    const index = (file: string) => (files.includes(file) ? files : files.push(file) && files).indexOf(file);
    const deps = Object.fromEntries(
      [...entry.code.matchAll(/["'`](cluster-[a-z-]+)["'`]:\(\)=>import\(["'`]\.\/([^"'`]+)["'`]\)/g)].map(([, tag, file]) => [
        tag,
        [...chunksOf(file!)].map(index),
      ]),
    );
    entry.code = `const __CLUSTER_PRELOAD__=${JSON.stringify({ files, deps })};\n${entry.code}`;
    if (entry.map) entry.map.mappings = `;${entry.map.mappings}`;
  },
});

export default defineConfig(({ mode }) => {
  // Collapses whitespace and comments inside html`` and css`` templates (Lit's own plugin).
  // Conservatively: a run of whitespace becomes one space, never nothing, because a template may
  // start or end beside inline text (`html\` <span>(…)</span>\``) and the reader must still see
  // that space (test/cdn.test.mjs checks such runs in the built output).
  const plugins = [minifyHTML({ options: { minifyOptions: { conservativeCollapse: true } } })];
  if (mode === 'cdn' || mode === 'cdn-autoloader') {
    // Two separate builds into dist/cdn/, because a page uses one or the other and each gets the
    // chunks that suit it: the bundle (few requests, everything up front), and the autoloader
    // (one chunk per element and per group of shared modules, in dist/cdn/autoloader/).
    const autoloader = mode === 'cdn-autoloader';
    return {
      plugins: autoloader ? [...plugins, autoloaderPreload()] : plugins,
      // Relative: chunks are found next to the entry wherever a site hosts the folder.
      base: './',
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: !autoloader,
        target: 'es2022',
        sourcemap: true,
        // Library mode, so that Vite does not wrap every import() in its preload helper (0.8 kB
        // gzip in every page load; the autoloader preloads an element's chunks itself, see
        // autoloaderPreload); minified by Rolldown (Vite keeps whitespace in ES library output).
        lib: {
          entry: autoloader ? { autoloader: 'src/autoloader.ts' } : { 'cluster-events': 'src/cdn.ts', export: 'src/cdn-export.ts' },
          formats: ['es'],
        },
        rolldownOptions: {
          // The entries keep their exports and may gain more (short internal names, not in their
          // declarations): what the on-demand chunks share with the bundle's entry (Lit, the data
          // helpers) is then in the entry, which a page loads as one file, not in a chunk beside it
          // (only what the bundle shares with export.js is); and the autoloader's common chunk can
          // be made by hand (commonChunk), which Rolldown allows only so.
          preserveEntrySignatures: 'allow-extension',
          output: {
            minify: true,
            format: 'es',
            entryFileNames: '[name].js',
            // The autoloader's common chunk (commonChunk); the modules it takes are all it needs.
            ...(autoloader ? { codeSplitting: { groups: [{ name: commonChunk, debugName: 'common', includeDependenciesRecursively: false }] } } : {}),
            // Rolldown splits the on-demand parts off by itself; their chunks are named after them,
            // chunks of code that several parts share are "shared".
            chunkFileNames: (chunk) => {
              const part = LAZY_CHUNKS.find(([, test]) => chunk.moduleIds.some((id) => test.test(id)));
              const folder = autoloader ? 'autoloader' : 'chunks';
              const element = autoloader ? /src[\\/]define[\\/](cluster-[a-z-]+)\.ts$/.exec(chunk.facadeModuleId ?? '')?.[1] : undefined;
              return `${folder}/${element ?? (part ? partName(part[0], chunk.moduleIds) : 'shared')}-[hash].js`;
            },
          },
        },
      },
    };
  }
  if (mode === 'cdn-locales') {
    // The optional languages for pages without a build step: dist/cdn/locales/<lang>.js, each one
    // self-contained file (its strings and the few lines that register them) that a page imports
    // beside either CDN entry. Both read the registry on globalThis (src/i18n/registry.ts), so a
    // language registered by this file reaches the elements of the bundle and of the autoloader.
    const languages = readdirSync(`${root}src/locales`).filter((file) => file.endsWith('.ts'));
    return {
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: false,
        target: 'es2022',
        sourcemap: true,
        copyPublicDir: false,
        lib: {
          entry: Object.fromEntries(languages.map((file) => [`locales/${file.slice(0, -'.ts'.length)}`, `src/locales/${file}`])),
          formats: ['es'],
        },
        rolldownOptions: { output: { minify: true, format: 'es', entryFileNames: '[name].js', chunkFileNames: 'locales/shared-[hash].js' } },
      },
    };
  }
  if (mode === 'cli') {
    // The command line (bin `cluster-events`): one Node module, dist/cli.js, with what it uses of
    // src/ and jsonc-parser (a devDependency) inside, Node's own modules imported, and no Lit.
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'node20',
        minify: false,
        sourcemap: false,
        copyPublicDir: false,
        lib: { entry: 'src/cli/cli.ts', formats: ['es'], fileName: () => 'cli.js' },
        rolldownOptions: {
          external: [/^node:/],
          output: { banner: '#!/usr/bin/env node' },
        },
      },
    };
  }
  const entries = Object.fromEntries(
    readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' })
      .map((file) => `src/${file.replaceAll('\\', '/')}`)
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => !file.endsWith('.d.ts') && !['src/cdn.ts', 'src/cdn-export.ts', 'src/autoloader.ts'].includes(file))
      .filter((file) => !file.startsWith('src/cli/'))
      .map((file) => [file.slice('src/'.length, -'.ts'.length), file]),
  );
  return {
    plugins,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        // Dependencies stay imports (a site's bundler dedupes them): Lit, and marked, the Markdown parser.
        external: [/^lit($|\/)/, /^@lit\//, /^marked$/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
