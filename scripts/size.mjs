// Size budget of the built output (run after `npm run build`). Prints a table (gzip and brotli) and
// exits non-zero when over budget:
// - dist/cdn/cluster-events.js (every element + Lit): at most 35 kB gzip;
// - each element's own code (its src/components/<name>/ folder, minified, without Lit and shared
//   code): at most 6 kB gzip;
// - importing one define/ module pulls in no other element than those it renders (the define
//   modules it imports itself).
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';

const BUNDLE_BUDGET = 35 * 1024;
const ELEMENT_BUDGET = 6 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const sizes = (buf) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, brotli: brotliCompressSync(buf).length });

const rows = [];
const failures = [];

const bundle = sizes(readFileSync('dist/cdn/cluster-events.js'));
rows.push(['dist/cdn/cluster-events.js (all + Lit)', bundle, BUNDLE_BUDGET]);
if (bundle.gzip > BUNDLE_BUDGET) failures.push(`CDN bundle is ${kb(bundle.gzip)} gzip, budget ${kb(BUNDLE_BUDGET)}`);

const defines = readdirSync('dist/define').filter((f) => f.endsWith('.js'));
for (const file of defines) {
  const tag = file.replace(/\.js$/, '');
  const name = tag.replace(/^cluster-/, '');
  const source = readFileSync(`src/define/${tag}.ts`, 'utf8');
  const allowed = new Set([name, ...[...source.matchAll(/from '\.\/cluster-([a-z-]+)\.js'|import '\.\/cluster-([a-z-]+)\.js'/g)].map((m) => m[1] ?? m[2])]);

  // Everything one define module pulls in, Lit external.
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
  const pulled = new Set(inputs.map((p) => /dist\/components\/([a-z-]+)\//.exec(p)?.[1]).filter(Boolean));
  const foreign = [...pulled].filter((c) => !allowed.has(c) && !c.startsWith('eu-'));
  if (foreign.length) failures.push(`define/${file} pulls in other elements: ${foreign.join(', ')}`);

  // The element's own code: its component folder bundled alone, everything outside it external.
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
            return path.startsWith(folder) ? undefined : { path: args.path, external: true };
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

const pad = (s, n) => String(s).padEnd(n);
console.log(`${pad('output', 52)}${pad('raw', 11)}${pad('gzip', 11)}${pad('brotli', 11)}budget (gzip)`);
for (const [label, s, budget] of rows) {
  console.log(`${pad(label, 52)}${pad(kb(s.raw), 11)}${pad(kb(s.gzip), 11)}${pad(kb(s.brotli), 11)}${budget ? kb(budget) : '-'}`);
}
if (failures.length) {
  console.error(`\nSize budget exceeded:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nSize budget: all within budget.');
