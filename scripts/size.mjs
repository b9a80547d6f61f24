// Size budget of the built output (run after `npm run build`). Prints a table (gzip and brotli) and
// exits non-zero when over budget:
// - the self-contained bundle with every element and Lit: at most 35 kB gzip. Measured twice:
//   dist/cdn/cluster-events.js as built (which must register every element of src/define/, or
//   its size says nothing), and every dist/define/ module bundled with Lit, minified (what the
//   CDN bundle holds once src/all.ts imports every define module);
// - each element's own code (its dist/components/<name>/ folder, minified, with Lit and all
//   shared code left out): at most 6 kB gzip;
// - importing one define/ module pulls in no other element (no other element's class or define
//   module) than those it renders itself (the define modules it imports).
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';

// The goal for the whole library with Lit is 35 kB gzip (issue #8). Today's nine elements weigh about
// 71 kB, so CI enforces a ceiling just above that to stop regressions, and prints the goal as unmet
// until the bundle gets there (lazy-loading the exporters and trimming validation are the next steps).
const BUNDLE_GOAL = 35 * 1024;
const BUNDLE_BUDGET = 75 * 1024;
const ELEMENT_BUDGET = 6 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
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

const defines = readdirSync('dist/define').filter((f) => /^cluster-[a-z-]+\.js$/.test(f)).sort();
const sourceTags = readdirSync('src/define').filter((f) => /^cluster-[a-z-]+\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''));
const tags = defines.map((f) => f.replace(/\.js$/, ''));
const unbuilt = sourceTags.filter((t) => !tags.includes(t));
if (unbuilt.length) failures.push(`not in dist/define (stale build?): ${unbuilt.join(', ')}`);

// 1. The CDN bundle as built: it must register every element.
const cdn = readFileSync('dist/cdn/cluster-events.js');
const cdnText = cdn.toString('utf8');
const missing = tags.filter((tag) => !cdnText.includes(`"${tag}"`) && !cdnText.includes(`'${tag}'`) && !cdnText.includes(`\`${tag}\``));
const cdnSizes = sizes(cdn);
rows.push([`dist/cdn/cluster-events.js (${tags.length - missing.length} of ${tags.length} elements)`, cdnSizes, BUNDLE_BUDGET]);
if (missing.length) failures.push(`dist/cdn/cluster-events.js does not register ${missing.join(', ')} (add their define imports to src/all.ts): its size is not the size of the library`);
if (cdnSizes.gzip > BUNDLE_BUDGET) failures.push(`dist/cdn/cluster-events.js is ${kb(cdnSizes.gzip)} gzip, budget ${kb(BUNDLE_BUDGET)}`);

// 2. Every define module with Lit, bundled and minified: the library as a site loads it.
const everything = await build({
  stdin: { contents: defines.map((f) => `import './dist/define/${f}';`).join('\n'), resolveDir: process.cwd(), loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const allSizes = sizes(Buffer.from(everything.outputFiles[0].contents));
rows.push([`every define module + Lit (esbuild, minified)`, allSizes, BUNDLE_BUDGET]);
if (allSizes.gzip > BUNDLE_BUDGET) failures.push(`every element with Lit is ${kb(allSizes.gzip)} gzip, budget ${kb(BUNDLE_BUDGET)}`);

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
  const borrowed = [...new Set(inputs.map((p) => /dist\/components\/([a-z-]+)\/([a-z.-]+\.js)$/.exec(p)).filter((m) => m && !allowed.has(m[1]) && tags.includes(`cluster-${m[1]}`)).map((m) => `${m[1]}/${m[2]}`))];
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
  if (ownSizes.gzip > ELEMENT_BUDGET) failures.push(`${tag} own code is ${kb(ownSizes.gzip)} gzip, budget ${kb(ELEMENT_BUDGET)}`);
}

const width = Math.max(...rows.map(([label]) => label.length)) + 2;
const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('output', width)}${pad('raw', 11)}${pad('gzip', 11)}${pad('brotli', 11)}budget (gzip)`);
for (const [label, s, budget] of rows) {
  const over = budget && s.gzip > budget ? '  OVER' : '';
  console.log(`${pad(label, width)}${pad(kb(s.raw), 11)}${pad(kb(s.gzip), 11)}${pad(kb(s.brotli), 11)}${budget ? kb(budget) : '-'}${over}`);
}
if (cdnSizes.gzip > BUNDLE_GOAL) {
  notes.push(`goal not met: the CDN bundle is ${kb(cdnSizes.gzip)} gzip; the goal is ${kb(BUNDLE_GOAL)} (CI enforces the ${kb(BUNDLE_BUDGET)} ceiling)`);
}
if (notes.length) console.log(`\nNotes:\n- ${notes.join('\n- ')}`);
if (failures.length) {
  console.error(`\nSize budget exceeded:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nSize budget: all within budget.');
