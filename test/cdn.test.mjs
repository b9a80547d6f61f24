// The CDN bundle on a plain page (run with `node --test test/cdn.test.mjs` after `npm run build`):
// a folder holding only an HTML page, the JavaScript of dist/cdn/ (cluster-events.js and its chunks)
// and the JSON files of test/fixtures/cdn/ is served over http; the page loads nothing but the
// bundle and uses every element, from attributes, from `src`, from an inline JSON document, and
// (for the two elements that only take objects) from a JSON file the page fetches. Chromium must
// render them all, fetching the on-demand chunks (JSON-LD writer, schedule converter, calendar
// writer) from the bundle's folder only when they are needed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';

const bundle = fileURLToPath(new URL(process.env.CDN_BUNDLE ?? '../dist/cdn/cluster-events.js', import.meta.url));
const fixtures = new URL('./fixtures/cdn/', import.meta.url);
const site = new URL('../.tmp/cdn-site/', import.meta.url);
const NOW = '2027-03-10T12:00:00+02:00';

const inlineDocument = JSON.stringify({
  lang: 'en',
  event: { id: 'inline-day', name: 'Inline Document Day', timeZone: 'Europe/Sofia', start: '2027-10-02' },
});

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Cluster events without a build step</title>
<link rel="icon" href="data:,">
<script type="module" src="cluster-events.js"></script>
</head>
<body>
<main>
<cluster-event id="from-src" src="event.json" now="${NOW}"></cluster-event>

<cluster-event id="from-inline" sections="header">
  <script type="application/json">${inlineDocument}</script>
</cluster-event>

<cluster-agenda id="agenda-from-src" src="schedule.json" now="${NOW}"></cluster-agenda>

<cluster-event-header heading="Attribute Fair 2027" start="2027-05-12" end="2027-05-13" time-zone="Europe/Sofia"
  venue="Example Hall" locality="Varna" country="BG"></cluster-event-header>

<cluster-speaker-block name="Desi Example" job-title="Cluster coordinator" organization="Example Wood Cluster"
  organization-url="https://example.org/wood">Desi coordinates the members' joint stands at fairs.</cluster-speaker-block>

<cluster-speaker-list id="speakers"></cluster-speaker-list>

<cluster-agenda-track id="track"></cluster-agenda-track>

<cluster-project-card acronym="ATTR-LINK" heading="Projects described by attributes" programme="Example Programme 2021-2027"
  start="2026-01-01" end="2028-06-30" href="https://example.org/attr-link" emblem="eu-cofunded" now="${NOW}">
  A card set up with attributes only.
</cluster-project-card>

<cluster-objective-list heading="Objectives written as a list" kind="objectives">
  <ol>
    <li data-status="achieved">Write the list in the page</li>
    <li data-status="planned">Let the element number and label it</li>
  </ol>
</cluster-objective-list>

<cluster-funding-call-banner heading="Call given by attributes" identifier="EX-2027-01" programme="Example Programme"
  opens="2027-02-01T09:00:00+02:00" deadline="2027-04-30T17:00:00+03:00" time-zone="Europe/Sofia"
  href="https://example.org/apply" budget="250000" currency="EUR" now="${NOW}">
  Small grants for cluster websites.
</cluster-funding-call-banner>
</main>
<script type="module">
  // The two elements that take only objects get them from JSON files, as a CMS page would.
  const load = async (file) => (await fetch(file)).json();
  document.getElementById('speakers').speakers = await load('speakers.json');
  document.getElementById('track').track = await load('track.json');
  window.pageReady = true;
</script>
</body>
</html>
`;

/** What must show in each element (its shadow trees' text). */
const expectations = [
  ['#from-src', ['Static Page Forum 2027', 'Keynote: one script tag is enough', 'Lena Sample', 'STATIC-WEB', 'Publish every member event without a build step', 'Web vouchers for members']],
  ['#from-inline', ['Inline Document Day']],
  ['#agenda-from-src', ['Schedules from frab, shown without a build', 'Rada Example']],
  ['cluster-event-header', ['Attribute Fair 2027', 'Varna', 'Bulgaria']],
  ['cluster-speaker-block', ['Desi Example', 'Cluster coordinator', 'Example Wood Cluster']],
  ['#speakers', ['Nia Placeholder', 'Representative, Example Food Cluster']],
  ['#track', ['Tools for editors', 'Forms that members fill in', 'Toma Example']],
  ['cluster-project-card', ['ATTR-LINK', 'Projects described by attributes', 'Example Programme 2021-2027']],
  ['cluster-objective-list', ['Objectives written as a list', 'Write the list in the page', 'Achieved']],
  ['cluster-funding-call-banner', ['Call given by attributes', 'EX-2027-01', 'Open']],
];

describe('the CDN bundle on a plain HTML page', () => {
  let server;
  let browser;
  before(async () => {
    await rm(site, { recursive: true, force: true });
    await mkdir(site, { recursive: true });
    try {
      await cp(bundle, new URL('cluster-events.js', site));
      // The chunks the bundle imports (statically or on demand), as a host serving the folder has them.
      await cp(`${dirname(bundle)}/chunks`, new URL('chunks', site), { recursive: true, filter: (path) => !path.endsWith('.map') });
    } catch {
      throw new Error(`No bundle at ${bundle}: run "npm run build" first.`);
    }
    for (const file of await readdir(fixtures)) await cp(new URL(file, fixtures), new URL(file, site));
    await writeFile(new URL('index.html', site), page);
    server = await serve(fileURLToPath(site));
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders every element from attributes, src, an inline document and fetched JSON', async () => {
    const tab = await browser.newPage();
    const problems = [];
    const requests = [];
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
    tab.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
    });
    await tab.goto(`${server.url}/index.html`, { waitUntil: 'networkidle0' });
    await tab.waitForFunction('window.pageReady === true', { timeout: 10000 });
    const seen = await tab.evaluate(async (selectors) => {
      const all = (node, out = []) => {
        for (const el of node.querySelectorAll('*')) {
          out.push(el);
          if (el.shadowRoot) all(el.shadowRoot, out);
        }
        return out;
      };
      for (let i = 0; i < 5; i++) {
        await Promise.all(all(document).map((el) => el.updateComplete).filter(Boolean));
        await new Promise((r) => setTimeout(r, 20));
      }
      const text = (el) => {
        const parts = [];
        const walk = (n) => {
          if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return;
          if (n.nodeType === 3) parts.push(n.textContent);
          for (const c of (n.shadowRoot ?? n).childNodes) walk(c);
        };
        walk(el.shadowRoot ?? el);
        return parts.join(' ').replace(/\s+/g, ' ').trim();
      };
      const tags = [...new Set([...document.querySelectorAll('main > *')].map((el) => el.localName))];
      return {
        undefinedTags: tags.filter((tag) => !customElements.get(tag)),
        texts: selectors.map((selector) => {
          const el = document.querySelector(selector);
          return el ? text(el) : null;
        }),
        jsonLd: [...document.querySelectorAll('#from-src > script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)['@graph'][0].name),
      };
    }, expectations.map(([selector]) => selector));
    const beforeClick = [...new Set(requests)];
    // "Add to calendar" loads the calendar writer from the bundle's folder and offers the file.
    const client = await tab.createCDPSession();
    await client.send('Browser.setDownloadBehavior', { behavior: 'deny' });
    await tab.evaluate(async () => {
      const header = document.querySelector('cluster-event-header');
      const button = [...header.shadowRoot.querySelectorAll('button')].find((b) => /calendar/i.test(b.textContent));
      button.click();
      await header.updateComplete;
    });
    const afterClick = [...new Set(requests)].filter((path) => !beforeClick.includes(path));
    await tab.close();

    assert.deepEqual(problems, [], 'no errors, warnings or failed requests');
    const chunk = (name) => new RegExp(`^/chunks/${name}-[\\w-]+\\.js$`);
    const pages = beforeClick.filter((path) => !path.startsWith('/chunks/')).sort();
    assert.deepEqual(
      pages,
      ['/cluster-events.js', '/event.json', '/index.html', '/schedule.json', '/speakers.json', '/track.json'],
      'the page loads only the bundle and its JSON files',
    );
    const chunks = beforeClick.filter((path) => path.startsWith('/chunks/'));
    assert.ok(chunks.some((path) => chunk('jsonld').test(path)), `the JSON-LD writer is loaded for the event (got ${chunks.join(', ')})`);
    assert.ok(chunks.some((path) => chunk('frab').test(path)), `the schedule converter is loaded for schedule.json (got ${chunks.join(', ')})`);
    assert.ok(!chunks.some((path) => chunk('calendar-writer').test(path)), 'the calendar writer is not loaded before a reader asks for a file');
    assert.ok(afterClick.some((path) => chunk('calendar-writer').test(path)), `"Add to calendar" loads the calendar writer (got ${afterClick.join(', ')})`);
    assert.deepEqual(seen.undefinedTags, [], 'the bundle defines every element on the page');
    for (const [i, [selector, expected]] of expectations.entries()) {
      const text = seen.texts[i];
      assert.ok(text, `${selector} rendered`);
      for (const e of expected) assert.ok(text.includes(e), `${selector} shows "${e}" (got: ${text.slice(0, 200)})`);
    }
    assert.deepEqual(seen.jsonLd, ['Static Page Forum 2027'], 'one JSON-LD script in the light DOM of the event loaded from src');
  });
});
