// Size budgets of the built output (run after `npm run build`), the pages people load (issue #14).
// Prints a table (gzip and brotli) and exits non-zero when over budget (a budget not met yet is
// printed as such and its ceiling in UNMET_CEILINGS is enforced instead, so nothing grows):
// - the CDN bundle's page load: dist/cdn/cluster-events.js with the chunks it imports statically
//   (it must register every element of src/define/, or its size says nothing) at most 60 kB gzip;
//   the on-demand chunks (calendar writer, JSON-LD writer, schedule converter, Markdown prose, problem reports,
//   UI strings of each language other than English) are listed apart;
// - with dist/cdn/autoloader.js, a page with one funding call banner, one speaker block or one
//   project card at most 25 kB gzip; the other elements' pages are listed with regression ceilings
//   (PAGE_CEILINGS, else 35 kB; the event page renders every element); the autoloader
//   must be able to load every element, and no chunk it loads on demand may bring an element along;
// - UI strings only for the languages a page shows: the strings of a language other than English
//   are a chunk of their own (strings-<lang>-*.js) in both builds, loaded on demand, never in a
//   page load (checked by chunk name and by the texts of src/i18n/locales/bg.ts);
// - every dist/define/ module bundled with Lit by esbuild with code splitting (a site's own
//   build): printed, for comparison;
// - each element's own code (its dist/components/<name>/ folder, minified, with Lit and all
//   shared code left out): at most 6 kB gzip;
// - importing one define/ module pulls in no other element (no other element's class or define
//   module) than those it renders itself (the define modules it imports).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';

/** The CDN bundle's page load (issue #14; the 35 kB goal of issue #8 is withdrawn). */
const BUNDLE_BUDGET = 60 * 1024;
/**
 * Not met yet (issue #14 stays open for them): until a budget is met, CI enforces a ceiling just
 * above today's size so nothing grows, and prints how far the budget is. Lower a ceiling whenever
 * a change makes a page smaller; delete it once the page is within its budget.
 * Measured 2026-12-05 (fifth session): bundle 61.1 kB, banner 28.4, project card 25.5, speaker block 25.5.
 * Raised on 2026-12-05 (sixth session) to what the features added that day weigh, measured and
 * named in its closing note: <cluster-event-list> (about 5 kB in the bundle), registration and the
 * venue's map link, the calendar menu (Google Calendar, Outlook.com), registerStrings, the Markdown
 * hooks (the parser itself is an on-demand chunk) and opensBy. Measured then: bundle 71.5 kB,
 * banner 30.4, project card 26.1, speaker block 26.4.
 * Lowered on 2026-12-06 (seventh session) to the sizes measured then plus 0.3 kB, after the data
 * layer was split by reader (time formats, field kinds with their checkers, references, speaker
 * and event header views), the autoloader got one common chunk and the bundle's entry holds what
 * its on-demand chunks share with it: bundle 71.0 kB, banner 29.9; the project card (24.8) and the
 * speaker block (24.3) are within their budgets.
 * Banner lowered on 2026-12-06 (eighth session) to 28.4 kB plus 0.3: its calendar menu and the
 * focus after a dismissal load on first use (the banner-actions part), its status words come from
 * one table, its attribute problems from one map of fields, and its view takes the deadlines'
 * order and the opening instant from status.ts instead of copies. Bundle lowered the same day to
 * 70.5 kB plus 0.3 (the banner's part above is on demand in the bundle too).
 */
const UNMET_CEILINGS = {
  bundle: 70.8 * 1024,
  'cluster-funding-call-banner': 28.7 * 1024,
};
const ELEMENT_BUDGET = 6 * 1024;
/**
 * Own code over ELEMENT_BUDGET, held at a ceiling until trimmed (the banner gained the calendar menu
 * and opensBy: 6.1 kB; then 6.4 kB on 2026-12-06, when its calendar menu and dismissal focus became
 * the on-demand banner-actions part, which its own code still counts: 1.3 kB gzip less per page).
 */
const OWN_CEILINGS = { 'cluster-funding-call-banner': 6.5 * 1024 };
/** A page with one of these elements through the autoloader (issue #14). */
const PAGE_BUDGETS = {
  'cluster-funding-call-banner': 25 * 1024,
  'cluster-speaker-block': 25 * 1024,
  'cluster-project-card': 25 * 1024,
};
/**
 * Regression ceilings for the other elements' autoloader pages (no budget of their own yet): the
 * agenda renders its tracks, the event page every element. Lowered on 2026-12-06 to the sizes
 * measured then plus 0.3 kB (agenda 45.5 kB, agenda track 30.2, event 82.8, event header 30.9,
 * event list 35.2, objective list 22.5, speaker list 31.5); the event page keeps 83 kB.
 */
const PAGE_CEILINGS = {
  'cluster-agenda': 45.8 * 1024,
  'cluster-agenda-track': 30.5 * 1024,
  'cluster-event': 83 * 1024,
  'cluster-event-header': 31.2 * 1024,
  'cluster-event-list': 35.5 * 1024,
  'cluster-objective-list': 22.8 * 1024,
  'cluster-speaker-list': 31.8 * 1024,
};
const PAGE_CEILING = 35 * 1024;
/** The on-demand parts, by the names vite.config.ts gives their chunks. */
const PART = /(?:^|\/)(calendar-writer|banner-actions|jsonld|frab|markdown|problems|strings-[a-z-]+)-[\w-]+\.js$/;
/**
 * The Bulgarian UI strings (fixed texts of src/i18n/locales/bg.ts of 10 characters or more, as
 * minifiers keep them): none may be in a page load, whatever languages the page shows.
 */
const BULGARIAN = [...readFileSync('src/i18n/locales/bg.ts', 'utf8').matchAll(/'([^'\n]*[\u0400-\u04ff][^'\n]*)'/g)]
  .map((m) => m[1])
  .filter((text) => text.length >= 10);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
/** Budgets not met yet: printed as such, and the ceiling enforced instead (see UNMET_CEILINGS). */
const unmet = [];
function checkBudget(what, gzip, budget, ceiling) {
  if (gzip <= budget) {
    if (ceiling !== undefined) notes.push(`${what} is within its budget now (${kb(gzip)}): delete its entry in UNMET_CEILINGS`);
    return;
  }
  if (ceiling !== undefined && gzip <= ceiling)
    unmet.push(`${what}: ${kb(gzip)} gzip, budget ${kb(budget)} (${kb(gzip - budget)} over; ceiling ${kb(ceiling)} holds)`);
  else failures.push(`${what} is ${kb(gzip)} gzip, budget ${kb(budget)}${ceiling !== undefined ? `, ceiling ${kb(ceiling)}` : ''}`);
}
const sizes = (buf) => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

if (!existsSync('dist/define') || !existsSync('dist/cdn/cluster-events.js')) {
  console.error('No build output: run `npm run build` first.');
  process.exit(1);
}

const rows = [];
const failures = [];
const notes = [];

const defines = readdirSync('dist/define')
  .filter((f) => /^cluster-[a-z-]+\.js$/.test(f))
  .sort();
const sourceTags = readdirSync('src/define')
  .filter((f) => /^cluster-[a-z-]+\.ts$/.test(f))
  .map((f) => f.replace(/\.ts$/, ''));
const tags = defines.map((f) => f.replace(/\.js$/, ''));
const unbuilt = sourceTags.filter((t) => !tags.includes(t));
if (unbuilt.length) failures.push(`not in dist/define (stale build?): ${unbuilt.join(', ')}`);

// 1. The CDN bundle as built. What a page pays up front is the entry and every chunk it imports
// statically (transitively); the chunks it imports with import() load only on demand (the calendar
// writer on a click, the JSON-LD writer after rendering, the schedule converter for a schedule).
// Sizes of several files are the sum of each file's own compressed size, as they travel.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'`();=]*?from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const closure = (entry) => {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) visit(resolve(dirname(file), m[1]));
  };
  visit(resolve(entry));
  return [...seen];
};
const sumSizes = (files) =>
  files
    .map((f) => sizes(readFileSync(f)))
    .reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const cdnFiles = readdirSync('dist/cdn', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.js') && !/^autoloader/.test(f))
  .map((f) => resolve('dist/cdn', f));
const initial = closure('dist/cdn/cluster-events.js');
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
const onDemand = [
  ...new Set(initial.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(DYNAMIC_IMPORT)].flatMap((m) => closure(resolve(dirname(file), m[1]))))),
].filter((f) => !initial.includes(f));
const cdnText = initial.map((f) => readFileSync(f, 'utf8')).join('\n');
const missing = tags.filter((tag) => !cdnText.includes(`"${tag}"`) && !cdnText.includes(`'${tag}'`) && !cdnText.includes(`\`${tag}\``));
const cdnSizes = sumSizes(initial);
rows.push([
  `dist/cdn/cluster-events.js + ${initial.length - 1} static chunk(s): page load, ${tags.length - missing.length} of ${tags.length} elements`,
  cdnSizes,
  BUNDLE_BUDGET,
]);
const partNames = [...new Set(onDemand.map((f) => PART.exec(f)?.[1] ?? (/\/shared-[\w-]+\.js$/.test(f) ? 'shared' : f)))];
rows.push([`dist/cdn chunks loaded after rendering or on request (${partNames.join(', ')})`, sumSizes(onDemand), null]);
rows.push([`dist/cdn bundle build, all of it (with export.js and on-demand chunks)`, sumSizes(cdnFiles), null]);
// Markdown prose (src/base/markdown.ts with its parser, marked) is a chunk of its own, loaded only
// when a document says textFormat "markdown": printed apart, and never in a page load (below).
const MARKDOWN_CHUNK = /\/markdown-[\w-]+\.js$/;
const markdownChunks = onDemand.filter((f) => MARKDOWN_CHUNK.test(f));
if (markdownChunks.length === 0)
  failures.push('no markdown chunk among the on-demand chunks of dist/cdn: the Markdown renderer must be loaded with import() (src/base/prose.ts)');
else rows.push([`dist/cdn markdown chunk (Markdown prose and its parser, for documents with textFormat "markdown" only)`, sumSizes(markdownChunks), null]);
if (missing.length)
  failures.push(
    `dist/cdn/cluster-events.js does not register ${missing.join(', ')} (add their define imports to src/all.ts): its size is not the size of the library`,
  );
checkBudget('dist/cdn/cluster-events.js with its static chunks', cdnSizes.gzip, BUNDLE_BUDGET, UNMET_CEILINGS.bundle);

// The optional languages (dist/cdn/locales/<lang>.js, src/locales/): a page imports one only to
// speak it, beside either entry; listed apart, never in a page load (nothing imports them).
const languageModules = existsSync('dist/cdn/locales')
  ? readdirSync('dist/cdn/locales')
      .filter((f) => f.endsWith('.js'))
      .map((f) => `locales/${f}`)
  : [];
for (const file of languageModules)
  rows.push([`dist/cdn/${file}: optional UI language, registers itself when a page imports it`, sumSizes(closure(`dist/cdn/${file}`)), null]);

// UI strings only for the languages a page shows: each language other than English is a chunk of
// its own, loaded on demand, in both builds; never part of a page load.
const pageLoads = new Map([['dist/cdn/cluster-events.js', initial]]);
const stringChunks = (folder) => readdirSync(folder).filter((f) => /^strings-[a-z-]+-[\w-]+\.js$/.test(f));
for (const folder of ['dist/cdn/chunks', 'dist/cdn/autoloader']) {
  if (existsSync(folder) && !stringChunks(folder).some((f) => f.startsWith('strings-bg-'))) {
    failures.push(`no strings-bg chunk in ${folder}: the Bulgarian UI strings must be a chunk of their own (src/i18n/locales/bg.ts loaded with import())`);
  }
}

// The import patterns above must see every import, or the sums are silently too small: every
// JavaScript file of dist/cdn/ must be reachable from the entries through them.
{
  const everyFile = readdirSync('dist/cdn', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .map((f) => resolve('dist/cdn', f));
  const reached = new Set();
  const reach = (file) => {
    if (reached.has(file)) return;
    reached.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of [...code.matchAll(STATIC_IMPORT), ...code.matchAll(DYNAMIC_IMPORT)]) reach(resolve(dirname(file), m[1]));
  };
  for (const entry of ['cluster-events.js', 'export.js', 'autoloader.js', ...languageModules])
    if (existsSync(`dist/cdn/${entry}`)) reach(resolve('dist/cdn', entry));
  const unseen = everyFile.filter((f) => !reached.has(f));
  if (unseen.length)
    failures.push(
      `size.mjs does not see how these are imported (an import form its patterns miss?): ${unseen.map((f) => f.slice(resolve('dist/cdn').length + 1)).join(', ')}`,
    );
}

// 1b. The autoloader: what a page that uses one element pays (the autoloader, that element's chunk
// and every chunk those import statically; the element's on-demand parts are not counted).
if (existsSync('dist/cdn/autoloader.js')) {
  const loader = readFileSync('dist/cdn/autoloader.js', 'utf8');
  const loaderFiles = closure('dist/cdn/autoloader.js');
  const chunkOf = new Map([...loader.matchAll(/["'`](cluster-[a-z-]+)["'`]:\(\)=>[^`"']*?import\(\s*["'`](\.\/[^"'`]+)["'`]/g)].map((m) => [m[1], m[2]]));
  const untracked = tags.filter((tag) => !chunkOf.has(tag));
  if (untracked.length) failures.push(`dist/cdn/autoloader.js cannot load ${untracked.join(', ')}`);
  // A part loaded on demand must not bring an element along (which would register it on any page).
  for (const part of readdirSync('dist/cdn/autoloader').filter((f) => PART.test(f))) {
    const elements = closure(resolve('dist/cdn/autoloader', part))
      .map((f) => /\/(cluster-[a-z-]+)-[\w-]+\.js$/.exec(f)?.[1])
      .filter(Boolean);
    if (elements.length) failures.push(`dist/cdn/autoloader/${part} (loaded on demand) imports the chunk of ${elements.join(', ')}`);
  }
  for (const tag of tags.filter((t) => chunkOf.has(t))) {
    const files = [...new Set([...loaderFiles, ...closure(resolve('dist/cdn', chunkOf.get(tag)))])];
    const page = sumSizes(files);
    pageLoads.set(`autoloader page with only <${tag}>`, files);
    const budget = PAGE_BUDGETS[tag];
    const ceiling = budget ?? PAGE_CEILINGS[tag] ?? PAGE_CEILING;
    rows.push([`autoloader page with only <${tag}>${budget ? '' : ' (ceiling)'}`, page, ceiling]);
    if (budget) checkBudget(`a page with only <${tag}> through the autoloader`, page.gzip, budget, UNMET_CEILINGS[tag]);
    else if (page.gzip > ceiling) failures.push(`a page with only <${tag}> loads ${kb(page.gzip)} gzip through the autoloader, ceiling ${kb(ceiling)}`);
  }
} else failures.push('no dist/cdn/autoloader.js (stale build?)');

for (const [page, files] of pageLoads) {
  const markdown = files.filter((f) => MARKDOWN_CHUNK.test(f));
  if (markdown.length) failures.push(`${page} loads the Markdown chunk up front: ${markdown.map((f) => f.replace(/^.*\/dist\/cdn\//, '')).join(', ')}`);
  const strings = files.filter((f) => /\/strings-[a-z-]+-[\w-]+\.js$/.test(f));
  if (strings.length)
    failures.push(`${page} loads UI strings of another language up front: ${strings.map((f) => f.replace(/^.*\/dist\/cdn\//, '')).join(', ')}`);
  const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const bulgarian = BULGARIAN.filter((text) => code.includes(text));
  if (bulgarian.length)
    failures.push(
      `${page} loads Bulgarian UI strings up front: ${bulgarian
        .slice(0, 3)
        .map((t) => `"${t}"`)
        .join(', ')}${bulgarian.length > 3 ? ', ...' : ''}`,
    );
}

// 2. Every define module with Lit, bundled, split and minified by another bundler (esbuild): what a
// site's own build makes of the library. Counted up front: the entry and its static chunks.
mkdirSync('.tmp/size', { recursive: true });
writeFileSync('.tmp/size/entry.js', defines.map((f) => `import '../../dist/define/${f}';`).join('\n'));
const everything = await build({
  entryPoints: ['.tmp/size/entry.js'],
  bundle: true,
  splitting: true,
  outdir: '.tmp/size/out',
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  logLevel: 'silent',
});
const outputs = everything.metafile.outputs;
const upFront = new Set();
const walk = (out) => {
  if (upFront.has(out)) return;
  upFront.add(out);
  for (const i of outputs[out].imports) if (i.kind === 'import-statement') walk(i.path);
};
walk(Object.keys(outputs).find((o) => outputs[o].entryPoint));
const allSizes = everything.outputFiles
  .filter((f) => [...upFront].some((o) => f.path.endsWith(o.replace(/^\.tmp\/size\/out/, ''))))
  .map((f) => sizes(Buffer.from(f.contents)))
  .reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
rows.push([`every define module + Lit (esbuild, split, minified): page load`, allSizes, null]);

for (const file of defines) {
  const tag = file.replace(/\.js$/, '');
  const name = tag.replace(/^cluster-/, '');
  const source = readFileSync(`src/define/${tag}.ts`, 'utf8');
  const rendered = [...source.matchAll(/(?:from|import) '\.\/cluster-([a-z-]+)\.js'/g)].map((m) => m[1]);
  const allowed = new Set([name, ...rendered]);

  // 3. Everything one define module pulls in, Lit external: which other elements come along?
  const result = await build({
    entryPoints: [`dist/define/${file}`],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    external: ['lit', 'lit/*', '@lit/*'],
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const elementModules = inputs
    .map((p) => /dist\/components\/([a-z-]+)\/\1\.js$/.exec(p)?.[1] ?? /dist\/define\/cluster-([a-z-]+)\.js$/.exec(p)?.[1])
    .filter((c) => c && tags.includes(`cluster-${c}`));
  const foreign = [...new Set(elementModules)].filter((c) => !allowed.has(c));
  if (foreign.length) failures.push(`define/${file} pulls in other elements: ${foreign.join(', ')}`);
  const borrowed = [
    ...new Set(
      inputs
        .map((p) => /dist\/components\/([a-z-]+)\/([a-z.-]+\.js)$/.exec(p))
        .filter((m) => m && !allowed.has(m[1]) && tags.includes(`cluster-${m[1]}`))
        .map((m) => `${m[1]}/${m[2]}`),
    ),
  ];
  if (borrowed.length) notes.push(`define/${file} uses helpers from other elements' folders (not the elements): ${borrowed.join(', ')}`);

  // 4. The element's own code: its component folder bundled alone, everything outside it external.
  const folder = resolve(`dist/components/${name}`);
  const ownBuild = await build({
    entryPoints: [`${folder}/${name}.js`],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'own-folder-only',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (args) => {
            if (args.kind === 'entry-point') return undefined;
            const path = args.path.startsWith('.') ? resolve(dirname(args.importer), args.path) : args.path;
            return path.startsWith(`${folder}/`) ? undefined : { path: args.path, external: true };
          });
        },
      },
    ],
  });
  const ownSizes = sizes(Buffer.from(ownBuild.outputFiles[0].contents));
  const whole = sizes(Buffer.from(result.outputFiles[0].contents));
  rows.push([`${tag}: own code`, ownSizes, ELEMENT_BUDGET]);
  rows.push([`${tag}: with shared code (no Lit)`, whole, null]);
  const ownCeiling = OWN_CEILINGS[tag];
  if (ownSizes.gzip > ELEMENT_BUDGET && ownCeiling !== undefined && ownSizes.gzip <= ownCeiling)
    unmet.push(`${tag} own code: ${kb(ownSizes.gzip)} gzip, budget ${kb(ELEMENT_BUDGET)} (ceiling ${kb(ownCeiling)} holds)`);
  else if (ownSizes.gzip > ELEMENT_BUDGET) failures.push(`${tag} own code is ${kb(ownSizes.gzip)} gzip, budget ${kb(ELEMENT_BUDGET)}`);
}

const width = Math.max(...rows.map(([label]) => label.length)) + 2;
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('output', width)}${pad('raw', 11)}${pad('gzip', 11)}${pad('brotli', 11)}budget (gzip)`);
for (const [label, s, budget] of rows) {
  const over = budget && s.gzip > budget ? '  OVER' : '';
  console.log(`${pad(label, width)}${pad(kb(s.raw), 11)}${pad(kb(s.gzip), 11)}${pad(kb(s.brotli), 11)}${budget ? kb(budget) : '-'}${over}`);
}
if (notes.length) console.log(`\nNotes:\n- ${notes.join('\n- ')}`);
if (unmet.length) console.log(`\nBudgets of issue #14 NOT MET yet (CI holds their ceilings):\n- ${unmet.join('\n- ')}`);
if (failures.length) {
  console.error(`\nSize budget exceeded:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(
  unmet.length ? `\nSize: every ceiling holds; ${unmet.length} budget(s) of issue #14 not met yet (listed above).` : '\nSize budget: all within budget.',
);
