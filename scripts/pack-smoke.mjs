// Packaging smoke test: `npm pack`, check the file list, install the tarball into a throwaway
// consumer, bundle it with Vite (as a site would), and check in headless Chromium that importing
// `./all.js` defines every element and importing one `./define/` module defines that element only.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
for (const needed of ['dist/index.js', 'dist/all.js', 'dist/cdn/cluster-events.js', 'dist/cdn/export.js', 'dist/cdn/autoloader.js', 'custom-elements.json', 'package.json', 'README.md', 'LICENSE']) {
  if (!paths.includes(needed)) throw new Error(`tarball lacks ${needed}`);
}
// Every chunk the CDN entries import, statically or on demand, ships with them.
for (const entry of paths.filter((p) => /^dist\/cdn\/[^/]+\.js$/.test(p))) {
  for (const [, chunk] of readFileSync(entry, 'utf8').matchAll(/["'`]\.\/((?:chunks|autoloader)\/[^"'`]+\.js)["'`]/g)) {
    if (!paths.includes(`dist/cdn/${chunk}`)) throw new Error(`tarball lacks dist/cdn/${chunk}, which ${entry} imports`);
  }
}
console.log(`pack: ${filename}, ${paths.length} files, none of them tests, stories or sources`);

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName);
if (tags.length === 0) throw new Error('custom-elements.json lists no elements');
const one = tags.includes('cluster-agenda') ? 'cluster-agenda' : tags[0];

const consumer = join(work, 'consumer');
mkdirSync(consumer, { recursive: true });
writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', join(work, filename)], { cwd: consumer, stdio: 'inherit' });

const pages = {
  all: `import '@cluster-events/components/all.js';\nimport { parseEventDocument } from '@cluster-events/components';\nwindow.__parse = typeof parseEventDocument;`,
  one: `import '@cluster-events/components/define/${one}.js';`,
};
for (const [name, code] of Object.entries(pages)) {
  mkdirSync(join(consumer, name), { recursive: true });
  writeFileSync(join(consumer, name, 'main.js'), code);
  writeFileSync(join(consumer, name, 'index.html'), `<!doctype html><html lang="en"><body><script type="module" src="./main.js"></script></body></html>`);
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn', '--outDir', join(consumer, 'out', name), '--base', './', join(consumer, name)], { cwd: consumer, stdio: 'inherit' });
}

const server = await serve(join(consumer, 'out'));
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}/all/index.html`);
  await page.waitForFunction(() => window.__parse !== undefined);
  const definedAll = await page.evaluate((t) => t.filter((tag) => customElements.get(tag)), tags);
  if (definedAll.length !== tags.length) throw new Error(`all.js defined ${definedAll.length}/${tags.length}: missing ${tags.filter((t) => !definedAll.includes(t))}`);
  await page.goto(`${server.url}/one/index.html`);
  await page.waitForFunction((t) => customElements.get(t), {}, one);
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log(`pack: a bundled consumer defines all ${tags.length} elements via all.js, and ${one} via its define module`);
} finally {
  await browser.close();
  await server.close();
}
