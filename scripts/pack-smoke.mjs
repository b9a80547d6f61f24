// Packaging smoke test: `npm pack`, check the file list, install the tarball into a throwaway
// consumer, and there: run the command line (`npx cluster-events validate / convert / ics`),
// type-check a file that imports every public entry point with `skipLibCheck: false` (the
// published declarations may import only dependencies, and optional peers in dist/types/), bundle
// it with Vite (as a site would), and check in headless Chromium that importing `./all.js` defines
// every element and importing one `./define/` module defines that element only.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from './chrome.mjs';
import { serve } from './serve.mjs';

const root = resolve('.');
const work = resolve('.tmp/pack-smoke');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const [{ filename, files }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { encoding: 'utf8' }));
const paths = files.map((f) => f.path);
const forbidden = paths.filter((p) => /^(test|stories|bench|scripts|src|\.storybook|\.changeset|\.ci|coverage)\//.test(p) || /\.(test|stories)\./.test(p));
if (forbidden.length) throw new Error(`tarball ships files it should not: ${forbidden.join(', ')}`);
for (const needed of [
  'dist/index.js',
  'dist/all.js',
  'dist/cli.js',
  'dist/cdn/cluster-events.js',
  'dist/cdn/export.js',
  'dist/cdn/autoloader.js',
  'custom-elements.json',
  'package.json',
  'README.md',
  'LICENSE',
]) {
  if (!paths.includes(needed)) throw new Error(`tarball lacks ${needed}`);
}
// Every chunk the CDN entries import, statically or on demand, ships with them.
for (const entry of paths.filter((p) => /^dist\/cdn\/[^/]+\.js$/.test(p))) {
  for (const [, chunk] of readFileSync(entry, 'utf8').matchAll(/["'`]\.\/((?:chunks|autoloader)\/[^"'`]+\.js)["'`]/g)) {
    if (!paths.includes(`dist/cdn/${chunk}`)) throw new Error(`tarball lacks dist/cdn/${chunk}, which ${entry} imports`);
  }
}
console.log(`pack: ${filename}, ${paths.length} files, none of them tests, stories or sources`);

// --- `files` names only what exists. CHANGELOG.md is written by `changeset version`, which
// `npm run release` runs before publishing: absent only while no release was versioned.
const own = JSON.parse(readFileSync('package.json', 'utf8'));
for (const entry of own.files.filter((f) => !f.startsWith('!'))) {
  const matched = entry.includes('*')
    ? paths.some((p) => p.startsWith(entry.slice(0, entry.indexOf('*'))))
    : paths.some((p) => p === entry || p.startsWith(entry));
  if (matched) continue;
  if (entry === 'CHANGELOG.md' && own.version === '0.0.0') continue;
  throw new Error(`package.json "files" lists ${entry}, which is not in the tarball`);
}
if (own.version !== '0.0.0' && !paths.includes('CHANGELOG.md')) throw new Error(`version ${own.version} is published without its CHANGELOG.md`);
// --- The README's relative links resolve inside the package, so they work wherever the package is
// read (an editor, node_modules, a CDN's file browser). The screenshots are the exception: 2 MB of
// PNG stay out of the tarball; they must exist in the repository.
const readme = readFileSync('README.md', 'utf8');
const relative = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((href) => !/^([a-z]+:|#|\/)/i.test(href));
const screenshots = relative.filter((href) => href.startsWith('docs/screenshots/'));
const unresolved = relative.filter((href) => !screenshots.includes(href) && !paths.includes(href.split('#')[0]));
if (unresolved.length) throw new Error(`README links to files the package does not ship: ${unresolved.join(', ')}`);
const missingImages = screenshots.filter((href) => !existsSync(href));
if (missingImages.length) throw new Error(`README shows screenshots that do not exist: ${missingImages.join(', ')}`);
console.log(
  `pack: every "files" entry exists; the README's ${relative.length - screenshots.length} relative links resolve in the package (its ${screenshots.length} screenshots in the repository)`,
);

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => d.tagName);
if (tags.length === 0) throw new Error('custom-elements.json lists no elements');
const one = tags.includes('cluster-agenda') ? 'cluster-agenda' : tags[0];

const consumer = join(work, 'consumer');
mkdirSync(consumer, { recursive: true });
writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', join(work, filename)], { cwd: consumer, stdio: 'inherit' });
const installed = join(consumer, 'node_modules/@cluster-events/components');
const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));

// --- The command line, as `npx` runs it from the installed tarball (`--no`: never from a registry).
function npx(args) {
  const result = spawnSync('npx', ['--no', ...args], { cwd: consumer, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
function expectExit(result, code, what) {
  if (result.code !== code) throw new Error(`${what}: exit code ${result.code}, expected ${code}\n${result.out}${result.err}`);
}
copyFileSync('stories/data/varna-2018.json', join(consumer, 'event.json'));
const broken = JSON.parse(readFileSync('stories/data/varna-2018.json', 'utf8'));
broken.event.sessions[0].kind = 'speech';
delete broken.event.sessions[1].id;
writeFileSync(join(consumer, 'broken.json'), JSON.stringify(broken, null, 2));
const ok = npx(['cluster-events', 'validate', 'event.json']);
expectExit(ok, 0, 'cluster-events validate event.json');
expectExit(npx(['@cluster-events/components', 'validate', 'event.json']), 0, 'npx @cluster-events/components validate event.json');
const bad = npx(['cluster-events', 'validate', 'broken.json']);
expectExit(bad, 1, 'cluster-events validate broken.json');
if (!/^broken\.json:\d+:\d+: event\.sessions\[0\]\.kind: /m.test(bad.out)) throw new Error(`validate broken.json does not name the bad kind:\n${bad.out}`);
const ics = npx(['cluster-events', 'ics', 'event.json']);
expectExit(ics, 0, 'cluster-events ics event.json');
if (!ics.out.startsWith('BEGIN:VCALENDAR\r\n') || !ics.out.includes('BEGIN:VEVENT\r\n')) throw new Error(`ics wrote no calendar:\n${ics.out.slice(0, 300)}`);
const schedule = resolve('../shared/fixtures/schedule-pretalx-rc3.json');
let converted = 'convert skipped (no ../shared/fixtures)';
if (existsSync(schedule)) {
  copyFileSync(schedule, join(consumer, 'schedule.json'));
  const result = npx(['cluster-events', 'convert', 'schedule.json']);
  expectExit(result, 0, 'cluster-events convert schedule.json');
  const sessions = JSON.parse(result.out).event?.sessions?.length;
  if (!sessions) throw new Error(`convert wrote no sessions:\n${result.out.slice(0, 300)}`);
  writeFileSync(join(consumer, 'converted.json'), result.out);
  expectExit(npx(['cluster-events', 'validate', 'converted.json']), 0, 'cluster-events validate converted.json');
  converted = `convert made ${sessions} sessions of the rC3 schedule, which validate accepts`;
}
console.log(`pack: npx cluster-events ${pkg.version}: validate exits 0 on the Varna document and 1 on a broken copy, ics writes a calendar; ${converted}`);

// --- The published declarations import only what a consumer has: dependencies, and in
// dist/types/ (for projects with React or Vue) the optional peers.
const allowed = new Set(Object.keys(pkg.dependencies ?? {}));
const optionalPeers = new Set(Object.keys(pkg.peerDependenciesMeta ?? {}).filter((name) => pkg.peerDependenciesMeta[name].optional));
const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const typeImports =
  /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]|^\s*\}\s*from\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|^\/\/\/\s*<reference\s+types=['"]([^'"]+)['"]/gm;
const strays = [];
for (const file of paths.filter((p) => p.endsWith('.d.ts'))) {
  for (const match of readFileSync(join(installed, file), 'utf8').matchAll(typeImports)) {
    const spec = match.slice(1).find(Boolean);
    if (spec.startsWith('.')) continue;
    const name = packageName(spec);
    // `react` types come from the optional peer @types/react.
    const peer = optionalPeers.has(name) || optionalPeers.has(`@types/${name}`);
    if (!allowed.has(name) && !(peer && file.startsWith('dist/types/'))) strays.push(`${file}: ${spec}`);
  }
}
if (strays.length) throw new Error(`published declarations import packages that are not dependencies:\n${strays.join('\n')}`);

// --- A consumer's strict type-check of every public entry point with types, skipLibCheck off,
// with the project's own tsc (no extra install).
const tsc = join(root, 'node_modules/.bin/tsc');
const typesDir = join(consumer, 'types-check');
mkdirSync(typesDir, { recursive: true });
const defineImports = tags.map((tag) => `import '@cluster-events/components/define/${tag}.js';`).join('\n');
writeFileSync(
  join(typesDir, 'entries.ts'),
  `// Every public entry point with types, as a consumer imports them.
import { parseEventDocument, toICalendar, toJsonLd, ClusterAgenda, type EventDocument, type JsonLdGraph } from '@cluster-events/components';
import { registerStrings, type UiStrings } from '@cluster-events/components';
import ro from '@cluster-events/components/locales/ro.js';
import '@cluster-events/components/all.js';
${defineImports}
import { ClusterEvent } from '@cluster-events/components/define/cluster-event.js';

const romanian: UiStrings = ro;
registerStrings('ro-MD', { agendaFilter: { search: romanian.agendaFilter.search } });
registerStrings('en', { agendaFilter: { sessionCount: (shown: number, total: number) => \`\${shown}/\${total}\` } });
// @ts-expect-error a label that takes arguments is not a text
registerStrings('en', { agendaFilter: { sessionCount: 'sessions' } });
// @ts-expect-error no such area
registerStrings('en', { agendaFilters: { search: 'x' } });

export function check(input: unknown): string | null {
  const { document: doc, problems } = parseEventDocument(input);
  if (!doc) return problems.map((p) => \`\${p.path}: \${p.message}\`).join('\\n');
  const typed: EventDocument = doc;
  const graph = toJsonLd(typed);
  const kept: JsonLdGraph = graph;
  // @ts-expect-error toJsonLd returns a typed graph, not any: a graph is not a number.
  const notANumber: number = graph;
  const first = kept['@graph'][0];
  const kind: 'Event' | 'ResearchProject' | 'ItemList' | undefined = first?.['@type'];
  const agenda: ClusterAgenda = document.createElement('cluster-agenda');
  const event: ClusterEvent | null = document.querySelector('cluster-event');
  return \`\${kind} \${agenda.localName} \${event?.localName} \${notANumber} \${toICalendar(typed).length}\`;
}
`,
);
const compilerOptions = {
  target: 'ES2022',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  strict: true,
  skipLibCheck: false,
  noEmit: true,
  types: [],
};
function typeCheck(name, options, files) {
  writeFileSync(join(typesDir, `tsconfig.${name}.json`), JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, files }, null, 2));
  const result = spawnSync(tsc, ['-p', join(typesDir, `tsconfig.${name}.json`)], { cwd: consumer, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tsc (${name}) on the installed package failed:\n${result.stdout}${result.stderr}`);
}
typeCheck('bundler', { module: 'ESNext', moduleResolution: 'bundler' }, ['entries.ts']);
typeCheck('nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext' }, ['entries.ts']);
// The React and Vue entry points, with their peers taken from this project's node_modules.
writeFileSync(
  join(typesDir, 'frameworks.ts'),
  `import type {} from '@cluster-events/components/types/jsx';
import type {} from '@cluster-events/components/types/vue';
import type { GlobalComponents } from 'vue';
import type { JSX } from 'react';

export type VueAgenda = GlobalComponents['cluster-agenda'];
export const reactAgenda: JSX.IntrinsicElements['cluster-agenda'] = { 'heading-level': '3' };
`,
);
typeCheck(
  'frameworks',
  {
    module: 'ESNext',
    moduleResolution: 'bundler',
    paths: { vue: [join(root, 'node_modules/vue')], react: [join(root, 'node_modules/@types/react')] },
  },
  ['frameworks.ts'],
);
console.log(
  `pack: the declarations import only ${[...allowed].join(', ')} (and ${[...optionalPeers].join(', ')} in dist/types/); ` +
    'every entry point type-checks in a consumer with skipLibCheck false (bundler and nodenext resolution; types/jsx and types/vue with their peers), and toJsonLd is not any',
);

const pages = {
  all: `import '@cluster-events/components/all.js';\nimport { parseEventDocument } from '@cluster-events/components';\nwindow.__parse = typeof parseEventDocument;`,
  one: `import '@cluster-events/components/define/${one}.js';`,
  // The language module is imported for its side effect only: the bundler must keep it (sideEffects).
  ro: `import '@cluster-events/components/locales/ro.js';\nimport '@cluster-events/components/define/cluster-event-header.js';\ndocument.body.innerHTML = '<cluster-event-header lang="ro-RO" heading="Târg" start="2027-05-12" time-zone="Europe/Bucharest" locality="Constanța" country="RO"></cluster-event-header>';`,
};
for (const [name, code] of Object.entries(pages)) {
  mkdirSync(join(consumer, name), { recursive: true });
  writeFileSync(join(consumer, name, 'main.js'), code);
  writeFileSync(join(consumer, name, 'index.html'), `<!doctype html><html lang="en"><body><script type="module" src="./main.js"></script></body></html>`);
  execFileSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--logLevel', 'warn', '--outDir', join(consumer, 'out', name), '--base', './', join(consumer, name)],
    { cwd: consumer, stdio: 'inherit' },
  );
}

mkdirSync(join(consumer, 'out', 'cdn'), { recursive: true });
cpSync(join(installed, 'dist/cdn'), join(consumer, 'out', 'cdn', 'assets'), { recursive: true });
writeFileSync(
  join(consumer, 'out', 'cdn', 'index.html'),
  `<!doctype html><html lang="en"><body>
<script type="module" src="./assets/autoloader.js"></script>
<script type="module" src="./assets/locales/ro.js"></script>
<cluster-event-header lang="ro" heading="Târg" start="2027-05-12" time-zone="Europe/Bucharest" locality="Constanța" country="RO"></cluster-event-header>
</body></html>`,
);
const server = await serve(join(consumer, 'out'));
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/all/index.html`);
  await page.waitForFunction(() => window.__parse !== undefined);
  const definedAll = await page.evaluate((t) => t.filter((tag) => customElements.get(tag)), tags);
  if (definedAll.length !== tags.length)
    throw new Error(`all.js defined ${definedAll.length}/${tags.length}: missing ${tags.filter((t) => !definedAll.includes(t))}`);
  await page.goto(`${server.url}/one/index.html`);
  await page.waitForFunction((t) => customElements.get(t), {}, one);
  const romanian = async () => {
    await page.waitForFunction(() => document.querySelector('cluster-event-header')?.shadowRoot?.textContent?.includes('Târg'));
    return page.evaluate(async () => {
      const el = document.querySelector('cluster-event-header');
      await el.updateComplete;
      return el.shadowRoot.textContent.replace(/\s+/g, ' ');
    });
  };
  await page.goto(`${server.url}/ro/index.html`);
  const bundled = await romanian();
  if (!bundled.includes('Când') || bundled.includes('When')) throw new Error(`the bundled page with locales/ro.js is not in Romanian: ${bundled}`);
  // Without a build: the CDN autoloader and the CDN language module (each its own copy of the
  // registry code, one registry in the page), served from the installed package.
  await page.goto(`${server.url}/cdn/index.html`);
  const cdn = await romanian();
  if (!cdn.includes('Când') || cdn.includes('When')) throw new Error(`the CDN page with dist/cdn/locales/ro.js is not in Romanian: ${cdn}`);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log(
    `pack: a bundled consumer defines all ${tags.length} elements via all.js, and ${one} via its define module; locales/ro.js turns an element Romanian in a bundled page and, from dist/cdn/, beside the autoloader`,
  );
} finally {
  await browser.close();
  await server.close();
}
