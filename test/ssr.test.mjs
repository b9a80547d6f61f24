// Server rendering (run with `node --test test/ssr.test.mjs` after `npm run build`):
// 1. every element, given the Varna 2018 demo, renders in Node with @lit-labs/ssr to declarative
//    shadow DOM whose visible text holds the content; so does the agenda given a frab schedule, once
//    the schedule converter is preloaded (server rendering does not wait for modules);
// 2. the server HTML, served over http with the built modules, hydrates in Chromium without errors:
//    the server's DOM is adopted (not rendered again), nothing waits for hydration any more, and the
//    elements then react to changes (the page language switches to Bulgarian).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';
import { readdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { defineElements, renderToString, visibleText } from '../scripts/ssr-render.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const doc = JSON.parse(await readFile(new URL('../stories/data/varna-2018.json', import.meta.url), 'utf8'));
const schedule = JSON.parse(await readFile(new URL('./fixtures/cdn/schedule.json', import.meta.url), 'utf8'));
const tags = await defineElements();
const { preloadScheduleConverter, preloadStrings } = await import('../dist/index.js');
await preloadScheduleConverter();
await preloadStrings('bg'); // server rendering does not wait for modules (defineElements does it too)
const { templates } = await import('./ssr/templates.mjs');
const entries = templates(doc, schedule);

/** Lit, its hydration support and the built package, resolved by the browser without a bundler. */
const importMap = {
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit-labs/ssr-client': '/node_modules/@lit-labs/ssr-client/index.js',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
  },
};

describe('server rendering', () => {
  it('defines every element of the package on the server', () => {
    assert.deepEqual([...new Set(entries.map((e) => e.tag))].sort(), [...tags].sort(), 'the SSR test covers exactly the elements in dist/define');
  });

  for (const entry of entries) {
    it(`renders <${entry.tag}> with ${entry.label ?? 'the Varna demo'} to declarative shadow DOM`, async () => {
      const markup = await renderToString(entry.template);
      assert.match(markup, new RegExp(`<${entry.tag}[^>]*defer-hydration[^>]*>\\s*<template shadowroot(mode)?="open"`));
      const text = visibleText(markup);
      for (const expected of entry.expected) assert.ok(text.includes(expected), `"${expected}" is in the HTML of <${entry.tag}>`);
      for (const absent of entry.absent ?? []) assert.ok(!text.includes(absent), `"${absent}" is not in the HTML of <${entry.tag}> ${entry.label}`);
      assert.ok(!/\bundefined\b|\[object Object\]/.test(text), `no "undefined" or "[object Object]" in <${entry.tag}>`);
    });
  }
});

/** The fixed UI labels (texts, not functions) of each language: English from the area modules, the others from their catalogs. */
async function fixedLabels() {
  const english = [];
  for (const file of (await readdir(new URL('../dist/i18n/', import.meta.url))).filter((f) => f.endsWith('.js'))) {
    const module = await import(new URL(`../dist/i18n/${file}`, import.meta.url).href);
    for (const [name, accessor] of Object.entries(module)) {
      // The catalogs' accessors (defineStrings), not the functions that load or register strings.
      if (!/^[a-z][A-Za-z]*Strings$/.test(name) || /^(define|register|preload)Strings$/.test(name) || typeof accessor !== 'function') continue;
      const strings = accessor('en');
      if (strings && typeof strings === 'object') english.push(...Object.values(strings).filter((v) => typeof v === 'string'));
    }
  }
  const texts = async (lang) =>
    Object.values((await import(`../dist/i18n/locales/${lang}.js`)).default).flatMap((area) => Object.values(area).filter((v) => typeof v === 'string'));
  return { en: new Set(english), bg: new Set(await texts('bg')), ro: new Set(await texts('ro')) };
}

/** What server HTML shows a reader: each run of text between tags, and the names given in attributes. */
function perceivedChunks(markup) {
  const text = markup
    .replace(/<style[\s\S]*?<\/style>/g, '<>')
    .replace(/<script[\s\S]*?<\/script>/g, '<>')
    .replace(/<!--[\s\S]*?-->|<\?>/g, '');
  const chunks = text
    .split(/<[^>]*>/)
    .map((c) => visibleText(c))
    .filter(Boolean);
  for (const [, value] of markup.matchAll(/\s(?:aria-label|title|placeholder)="([^"]*)"/g)) chunks.push(visibleText(value));
  return chunks;
}

describe("server rendering in the element's language", () => {
  it('leaves no fixed UI label of another language in a page rendered in English, Bulgarian or Romanian', async () => {
    const labels = await fixedLabels();
    assert.ok(labels.en.size > 100 && labels.bg.size > 100 && labels.ro.size > 100, 'the catalogs were read');
    const checked = entries.filter((entry) => entry.language);
    assert.deepEqual(checked.map((e) => e.language).sort(), ['bg', 'en', 'ro']);
    for (const entry of checked) {
      const own = labels[entry.language];
      const foreign = Object.entries(labels)
        .filter(([lang]) => lang !== entry.language)
        .flatMap(([, set]) => [...set])
        .filter((label) => !own.has(label) && label.length > 2);
      const chunks = perceivedChunks(await renderToString(entry.template));
      const left = foreign.filter((label) => chunks.some((c) => c === label || c === label.replace(/:$/, '') || c.startsWith(`${label.replace(/:$/, '')}: `)));
      assert.deepEqual([...new Set(left)], [], `labels of another language in <${entry.tag}> ${entry.label ?? ''}`);
      const owned = [...own].filter((label) => chunks.some((c) => c === label || c.startsWith(`${label.replace(/:$/, '')}: `)));
      assert.ok(owned.length >= 20, `<${entry.tag}> ${entry.label ?? ''} shows many labels of its own language (${owned.length})`);
    }
  });

  it('warns once when a language of the library was not preloaded (English shows), and is whole once it is', () => {
    const run = spawnSync(process.execPath, [fileURLToPath(new URL('./ssr/not-preloaded.mjs', import.meta.url))], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const { warnings, before, after } = JSON.parse(run.stdout);
    assert.equal(warnings.length, 1, `one warning for two renders: ${warnings.join('\n')}`);
    assert.match(warnings[0], /preloadStrings\('bg'\)/);
    assert.ok(visibleText(before).includes('When'), 'English before the strings are loaded');
    assert.ok(visibleText(after).includes('Кога') && !visibleText(after).includes('When'), 'Bulgarian once they are');
  });
});

describe('hydration in Chromium', () => {
  let server;
  let browser;
  before(async () => {
    server = await serve(root);
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adopts the server DOM of every element without errors and stays live', async () => {
    const parts = [];
    for (const [i, entry] of entries.entries()) parts.push(`<div id="ssr-${i}">${await renderToString(entry.template)}</div>`);
    const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Server-rendered elements</title>
<link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify(importMap)}</script>
<link rel="stylesheet" href="/dist/themes/default.css">
</head>
<body>
<main>
${parts.join('\n')}
</main>
<script>
  // Before any element is defined: remember the server's nodes, to check hydration keeps them.
  window.serverBases = [...document.querySelectorAll('main > div > *')].map((el) => el.shadowRoot && el.shadowRoot.querySelector('[part~="base"]'));
</script>
<script type="module">
  import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
  import { hydrate } from '@lit-labs/ssr-client';
  import { templates } from '/test/ssr/templates.mjs';
  ${tags.map((t) => `import '/dist/define/${t}.js';`).join('\n  ')}
  import { preloadScheduleConverter } from '/dist/base/load.js';
  import { preloadStrings } from '/dist/i18n/strings.js';
  const doc = await (await fetch('/stories/data/varna-2018.json')).json();
  const schedule = await (await fetch('/test/fixtures/cdn/schedule.json')).json();
  await preloadScheduleConverter(); // as on the server: the schedule must render at once to match its HTML
  await preloadStrings('bg'); // as on the server: the Bulgarian entries hydrate at once
  templates(doc, schedule).forEach((entry, i) => hydrate(entry.template, document.getElementById('ssr-' + i)));
  window.hydrated = true;
</script>
</body>
</html>
`;
    await mkdir(new URL('../.tmp/ssr/', import.meta.url), { recursive: true });
    await writeFile(new URL('../.tmp/ssr/index.html', import.meta.url), page);

    const tab = await browser.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    tab.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
    });
    await tab.goto(`${server.url}/.tmp/ssr/index.html`, { waitUntil: 'load' });
    await tab.waitForFunction('window.hydrated === true', { timeout: 10000 });
    const result = await tab.evaluate(async () => {
      const all = (node, out = []) => {
        for (const el of node.querySelectorAll('*')) {
          out.push(el);
          if (el.shadowRoot) all(el.shadowRoot, out);
        }
        return out;
      };
      const settle = async () => {
        for (let i = 0; i < 4; i++)
          await Promise.all(
            all(document)
              .map((el) => el.updateComplete)
              .filter(Boolean),
          );
      };
      await settle();
      const tops = [...document.querySelectorAll('main > div > *')];
      const text = (el) => {
        const parts = [];
        const walk = (n) => {
          if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return;
          if (n.nodeType === 3) parts.push(n.textContent);
          for (const c of (n.shadowRoot ?? n).childNodes) walk(c);
        };
        walk(el);
        return parts.join(' ').replace(/\s+/g, ' ').trim();
      };
      const before = tops.map((el, i) => ({
        tag: el.localName,
        kept: window.serverBases[i] !== null && el.shadowRoot.querySelector('[part~="base"]') === window.serverBases[i],
        bases: [...el.shadowRoot.children].filter((child) => child.matches('[part~="base"]')).length,
        text: text(el),
      }));
      const waiting = all(document)
        .filter((el) => el.hasAttribute('defer-hydration'))
        .map((el) => el.localName);
      document.documentElement.lang = 'bg';
      await new Promise((r) => setTimeout(r, 50));
      await settle();
      const event = document.querySelector('cluster-event');
      const headings = [...event.shadowRoot.querySelectorAll('[part="section-heading"]')].map((h) => h.textContent.trim());
      // Hydrated: release the pinned clocks, as docs/ssr.md tells pages to.
      for (const el of tops) el.removeAttribute('now');
      await settle();
      const clockless = tops.filter((el) => el.shadowRoot.querySelector('[part~="base"]') === null).map((el) => el.localName);
      return { before, waiting, headings, clockless };
    });
    await tab.close();

    assert.deepEqual(problems, [], 'no errors, warnings or failed requests while hydrating');
    assert.deepEqual(result.waiting, [], 'no element still waits for hydration');
    for (const [i, entry] of entries.entries()) {
      const seen = result.before[i];
      assert.equal(seen.tag, entry.tag);
      assert.ok(seen.kept, `<${entry.tag}> kept the server's DOM (hydrated, not rendered again)`);
      assert.equal(seen.bases, 1, `<${entry.tag}> has its content once`);
      for (const expected of entry.expected) assert.ok(seen.text.includes(expected), `"${expected}" shows in <${entry.tag}> after hydration`);
      for (const absent of entry.absent ?? [])
        assert.ok(!seen.text.includes(absent), `"${absent}" does not show in <${entry.tag}> ${entry.label} after hydration`);
    }
    assert.deepEqual(result.headings, ['Програма', 'Лектори', 'Проекти', 'Покани за финансиране'], 'hydrated elements follow a language change');
    assert.deepEqual(result.clockless, [], 'every element still renders once its pinned clock is released');
  });
});
