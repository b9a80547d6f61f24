// The CDN builds on plain pages (run with `node --test test/cdn.test.mjs` after `npm run build`):
// a site holding only HTML pages, the JavaScript of dist/cdn/ (hosted in a subfolder,
// /assets/cluster-events/, as a site would) and the JSON files of test/fixtures/cdn/ is served over
// http. Each page loads one script, the bundle (cluster-events.js) or the autoloader, and uses every
// element, from attributes, from `src`, from an inline JSON document, and (for the two elements
// that only take objects) from a JSON file the page fetches. Chromium must render them all,
// fetching the on-demand chunks (JSON-LD writer, schedule converter, calendar writer) from the
// bundle's folder only when they are needed. A page with one element and the autoloader must load
// that element's code and not the others'.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const ASSETS = '/assets/cluster-events';
const fixtures = new URL('./fixtures/cdn/', import.meta.url);
const site = new URL('../.tmp/cdn-site/', import.meta.url);
const NOW = '2027-03-10T12:00:00+02:00';

const inlineDocument = JSON.stringify({
  lang: 'en',
  event: { id: 'inline-day', name: 'Inline Document Day', timeZone: 'Europe/Sofia', start: '2027-10-02' },
});

const page = (script) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Cluster events without a build step</title>
<link rel="icon" href="data:,">
<script type="module" src="${ASSETS}/${script}"></script>
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
  [
    '#from-src',
    [
      'Static Page Forum 2027',
      'Keynote: one script tag is enough',
      'Lena Sample',
      'STATIC-WEB',
      'Publish every member event without a build step',
      'Web vouchers for members',
    ],
  ],
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

/** A new tab that collects page errors, console errors and warnings, failed responses and requested paths. */
async function watchedTab(browser) {
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
  return { tab, problems, requests };
}

describe('the CDN builds on plain HTML pages', () => {
  let server;
  let browser;
  before(async () => {
    await rm(site, { recursive: true, force: true });
    await mkdir(new URL(`.${ASSETS}/`, site), { recursive: true });
    try {
      // The JavaScript of dist/cdn/ with its chunk folders, as a host serving the folder has it.
      await cp(cdn, new URL(`.${ASSETS}`, site), { recursive: true, filter: (path) => !path.endsWith('.map') });
    } catch {
      throw new Error(`No CDN build in ${cdn}: run "npm run build" first.`);
    }
    for (const file of await readdir(fixtures)) await cp(new URL(file, fixtures), new URL(file, site));
    await writeFile(new URL('index.html', site), page('cluster-events.js'));
    await writeFile(new URL('autoloaded.html', site), page('autoloader.js'));
    await writeFile(
      new URL('one-banner.html', site),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One banner</title><link rel="icon" href="data:,">
<script type="module" src="${ASSETS}/autoloader.js"></script></head><body><main>
<cluster-funding-call-banner heading="Call given by attributes" deadline="2027-04-30T17:00:00+03:00" time-zone="Europe/Sofia" now="${NOW}">
Small grants for cluster websites.</cluster-funding-call-banner></main></body></html>`,
    );
    server = await serve(fileURLToPath(site));
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [file, script] of [
    ['index.html', 'cluster-events.js'],
    ['autoloaded.html', 'autoloader.js'],
  ]) {
    it(`renders every element from attributes, src, an inline document and fetched JSON (${script})`, async () => {
      const { tab, problems, requests } = await watchedTab(browser);
      await tab.goto(`${server.url}/${file}`, { waitUntil: 'networkidle0' });
      // The autoloader defines the elements as it finds them: wait until all are.
      await tab.evaluate(() =>
        Promise.all([...new Set([...document.querySelectorAll('main > *')].map((el) => el.localName))].map((tag) => customElements.whenDefined(tag))),
      );
      await tab.waitForFunction('window.pageReady === true', { timeout: 10000 });
      const seen = await tab.evaluate(
        async (selectors) => {
          const all = (node, out = []) => {
            for (const el of node.querySelectorAll('*')) {
              out.push(el);
              if (el.shadowRoot) all(el.shadowRoot, out);
            }
            return out;
          };
          for (let i = 0; i < 5; i++) {
            await Promise.all(
              all(document)
                .map((el) => el.updateComplete)
                .filter(Boolean),
            );
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
            // Inline runs as a reader sees them: text nodes joined as they are, without added separators.
            inline: [
              ...new Set(
                all(document)
                  .filter((el) => el.matches('dd, .cutoff__main'))
                  .map((el) => el.textContent.replace(/\s+/g, ' ').trim()),
              ),
            ],
          };
        },
        expectations.map(([selector]) => selector),
      );
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
      const folder = script === 'autoloader.js' ? 'autoloader' : 'chunks';
      const chunk = (name) => new RegExp(`^${ASSETS}/${folder}/${name}-[\\w-]+\\.js$`);
      const pages = beforeClick.filter((path) => !path.startsWith(`${ASSETS}/${folder}/`)).sort();
      assert.deepEqual(
        pages,
        [`${ASSETS}/${script}`, '/event.json', `/${file}`, '/schedule.json', '/speakers.json', '/track.json'].sort(),
        'the page loads only the bundle (and its chunks) and its JSON files',
      );
      const chunks = beforeClick.filter((path) => path.startsWith(`${ASSETS}/${folder}/`));
      assert.ok(
        chunks.some((path) => chunk('jsonld').test(path)),
        `the JSON-LD writer is loaded for the event (got ${chunks.join(', ')})`,
      );
      assert.ok(
        chunks.some((path) => chunk('frab').test(path)),
        `the schedule converter is loaded for schedule.json (got ${chunks.join(', ')})`,
      );
      assert.ok(!chunks.some((path) => chunk('calendar-writer').test(path)), 'the calendar writer is not loaded before a reader asks for a file');
      assert.ok(
        afterClick.some((path) => chunk('calendar-writer').test(path)),
        `"Add to calendar" loads the calendar writer (got ${afterClick.join(', ')})`,
      );
      assert.deepEqual(seen.undefinedTags, [], 'the bundle defines every element on the page');
      for (const [i, [selector, expected]] of expectations.entries()) {
        const text = seen.texts[i];
        assert.ok(text, `${selector} rendered`);
        for (const e of expected) assert.ok(text.includes(e), `${selector} shows "${e}" (got: ${text.slice(0, 200)})`);
      }
      assert.deepEqual(seen.jsonLd, ['Static Page Forum 2027'], 'one JSON-LD script in the light DOM of the event loaded from src');
      // The built templates keep the spaces the source has where a template starts or ends beside
      // inline text (the minifier once dropped them: "First cut-off:December 15", "€340,000(85% of the budget)").
      for (const pattern of [/^Single cut-off: April 30, 2027/, /^Example Programme \(ERDF, 2021-2027\)$/, /^€340,000 \(85%/]) {
        assert.ok(
          seen.inline.some((text) => pattern.test(text)),
          `a run reads ${pattern} (got: ${seen.inline.join(' | ')})`,
        );
      }
    });
  }

  it('with the autoloader, a page with one banner loads the banner and what it needs, not the other elements', async () => {
    const { tab, problems, requests } = await watchedTab(browser);
    await tab.goto(`${server.url}/one-banner.html`, { waitUntil: 'networkidle0' });
    const text = await tab.evaluate(async () => {
      await customElements.whenDefined('cluster-funding-call-banner');
      const el = document.querySelector('cluster-funding-call-banner');
      await el.updateComplete;
      return el.shadowRoot.textContent.replace(/\s+/g, ' ');
    });
    const defined = await tab.evaluate(() => ['cluster-agenda', 'cluster-event', 'cluster-speaker-list'].filter((tag) => customElements.get(tag)));
    // An element the page adds later (a CMS widget, a script) is found and registered too.
    const added = await tab.evaluate(async () => {
      const list = document.createElement('cluster-objective-list');
      list.setAttribute('heading', 'Added later');
      list.innerHTML = '<ol><li>Found by the autoloader</li></ol>';
      document.querySelector('main').append(list);
      await customElements.whenDefined('cluster-objective-list');
      await list.updateComplete;
      return list.shadowRoot.textContent.replace(/\s+/g, ' ');
    });
    // The chunks each element's chunk imports were asked for beside it, up front (modulepreload).
    const preloads = await tab.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => new URL(l.href).pathname));
    const beforeClick = [...new Set(requests)];
    // "Add deadline to calendar" loads the calendar writer, and no element comes along with it.
    const client = await tab.createCDPSession();
    await client.send('Browser.setDownloadBehavior', { behavior: 'deny' });
    const definedAfterClick = await tab.evaluate(async () => {
      const el = document.querySelector('cluster-funding-call-banner');
      el.shadowRoot.querySelector('button[data-calendar]').click();
      await el.updateComplete;
      return ['cluster-agenda', 'cluster-agenda-track', 'cluster-event'].filter((tag) => customElements.get(tag));
    });
    const afterClick = [...new Set(requests)].filter((path) => !beforeClick.includes(path));
    await tab.close();
    assert.deepEqual(problems, []);
    assert.ok(text.includes('Call given by attributes'), `the banner rendered (got: ${text.slice(0, 200)})`);
    assert.deepEqual(defined, [], 'elements the page does not use stay undefined');
    assert.ok(added.includes('Added later') && added.includes('Found by the autoloader'), `a later element rendered (got: ${added.slice(0, 200)})`);
    const loaded = beforeClick.filter((path) => path.startsWith(`${ASSETS}/autoloader/`));
    assert.ok(
      loaded.some((path) => /\/cluster-funding-call-banner-/.test(path)),
      `the banner's chunk is loaded (got ${loaded.join(', ')})`,
    );
    assert.ok(
      preloads.length > 0 && preloads.every((path) => loaded.includes(path) && /\/shared-/.test(path)),
      `the shared chunks are preloaded (got ${preloads.join(', ')})`,
    );
    assert.ok(
      loaded.filter((path) => /\/shared-/.test(path)).every((path) => preloads.includes(path)),
      `every shared chunk loaded was preloaded (preloaded ${preloads.join(', ')})`,
    );
    for (const other of ['cluster-agenda-', 'cluster-event-', 'cluster-project-card-', 'frab-', 'jsonld-', 'calendar-writer-']) {
      assert.ok(!loaded.some((path) => path.includes(`/${other}`)), `${other}* is not loaded for a banner (got ${loaded.join(', ')})`);
    }
    assert.ok(
      afterClick.some((path) => /\/autoloader\/calendar-writer-/.test(path)),
      `the click loads the calendar writer (got ${afterClick.join(', ')})`,
    );
    assert.ok(!afterClick.some((path) => /\/autoloader\/cluster-/.test(path)), `the calendar writer brings no element along (got ${afterClick.join(', ')})`);
    assert.deepEqual(definedAfterClick, [], 'no other element is registered after the click');
  });
});
