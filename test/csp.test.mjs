// The CDN bundle under a strict Content-Security-Policy with Trusted Types, as institutional sites
// serve their pages (run with `node --test test/csp.test.mjs` after `npm run build`): a page that
// loads only dist/cdn/cluster-events.js and its own module script, served with
//
//   default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script';
//   trusted-types lit-html cluster-events
//
// renders every element with the Varna 2018 demo data (stories/data/varna-2018.json) and writes its
// JSON-LD through the `cluster-events` policy (src/base/trusted-script.ts), with no CSP or Trusted
// Types violation and no console error. A second page leaves the policy out of `trusted-types`: the
// browser must then refuse it (which shows the first page's silence is not an accident), and the
// elements still render and report the missing JSON-LD.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from '../scripts/chrome.mjs';
import { serve } from '../scripts/serve.mjs';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const varna = new URL('../stories/data/varna-2018.json', import.meta.url);
const ASSETS = '/assets/cluster-events';
const POLICY = `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`;
const NOW = '2018-07-06T09:00:00+03:00';

/** Every element the package defines (src/define/cluster-<name>.ts). */
const TAGS = (await readdir(new URL('../src/define/', import.meta.url))).map((file) => file.replace(/\.ts$/, '')).sort();

// No inline script, style or data: URL anywhere: the policy allows none of them.
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Cluster events under a strict Content-Security-Policy</title>
<link rel="icon" href="favicon.ico">
<script type="module" src="${ASSETS}/cluster-events.js"></script>
<script type="module" src="page.js"></script>
</head>
<body>
<main>
<cluster-event id="event" src="varna-2018.json" now="${NOW}"></cluster-event>
<cluster-agenda id="agenda" show-json-ld now="${NOW}"></cluster-agenda>
<cluster-agenda-track id="track" now="${NOW}"></cluster-agenda-track>
<cluster-event-header id="header"></cluster-event-header>
<cluster-event-list id="events" now="${NOW}"></cluster-event-list>
<cluster-speaker-block id="speaker"></cluster-speaker-block>
<cluster-speaker-list id="speakers"></cluster-speaker-list>
<cluster-project-card id="project" now="${NOW}"></cluster-project-card>
<cluster-objective-list id="objectives"></cluster-objective-list>
<cluster-funding-call-banner id="call" now="${NOW}"></cluster-funding-call-banner>
</main>
</body>
</html>
`;

// The page's own module: gives the elements that take objects the demo document and views made from
// it with the bundle's exports, as a CMS page without a build step would.
const pageScript = `import {
  buildAgenda,
  objectiveListViewsFromDocument,
  projectCardViewsFromDocument,
  resolveText,
  speakerViewsFromDocument,
} from '${ASSETS}/cluster-events.js';

const doc = await (await fetch('varna-2018.json')).json();
const byId = (id) => document.getElementById(id);
// Varna's tracks have no colour: the agenda and the track get one, so their accent (set through
// CSSOM, never an inline style attribute, which style-src 'self' refuses) is drawn.
const colours = ['#0b6e4f', '#8a3b12'];
const coloured = { ...doc, event: { ...doc.event, tracks: doc.event.tracks.map((t, i) => ({ ...t, color: colours[i % 2] })) } };
byId('agenda').data = coloured;
byId('track').track = buildAgenda(coloured, { timeZone: doc.event.timeZone, lang: doc.lang }).days[0].tracks[0];
byId('header').data = doc;
byId('events').data = [doc];
byId('speaker').speaker = speakerViewsFromDocument(doc)[0];
byId('speakers').data = doc;
byId('project').project = projectCardViewsFromDocument(doc)[0];
const list = objectiveListViewsFromDocument(doc)[0];
Object.assign(byId('objectives'), { items: list.items, heading: resolveText(list.heading ?? 'Objectives', 'en'), kind: list.kind });
byId('call').call = doc.fundingCalls[0];
window.pageReady = true;
`;

/** Opens `path` in a new tab and collects violations, page errors and console errors and warnings. */
async function visit(browser, url) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  // Listening from the first line of the document (DevTools injects this; the page's CSP does not apply to it).
  await tab.evaluateOnNewDocument(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.violations.push(`${e.effectiveDirective}: ${e.blockedURI || '(inline)'} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
  });
  await tab.goto(url, { waitUntil: 'networkidle0' });
  await tab.waitForFunction('window.pageReady === true', { timeout: 10000 });
  const seen = await tab.evaluate(async (tags) => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const elements = [...document.querySelectorAll('main > *')];
    for (let i = 0; i < 5; i++) {
      await Promise.all(elements.map((el) => el.updateComplete));
      await new Promise((r) => setTimeout(r, 50));
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
    // The header's calendar menu, opened: its styles are adopted and it is placed through CSSOM.
    const header = document.getElementById('header');
    header.shadowRoot.querySelector('button[data-calendar]').click();
    for (let i = 0; i < 100 && !header.shadowRoot.getElementById('calendar-menu'); i++) await new Promise((r) => setTimeout(r, 20));
    const menu = header.shadowRoot.getElementById('calendar-menu');
    const calendarMenu = menu ? { text: text(menu), position: getComputedStyle(menu).position } : null;
    const jsonLd = (id) =>
      [...document.getElementById(id).querySelectorAll(':scope > script[type="application/ld+json"][data-cluster-json-ld]')].map(
        (s) => JSON.parse(s.textContent)['@graph']?.[0]?.name ?? null,
      );
    return {
      tags: elements.map((el) => el.localName),
      undefinedTags: tags.filter((tag) => !customElements.get(tag)),
      texts: Object.fromEntries(elements.map((el) => [el.id, text(el)])),
      jsonLd: { event: jsonLd('event'), agenda: jsonLd('agenda') },
      calendarMenu,
      violations: window.violations,
    };
  }, TAGS);
  await tab.close();
  return { ...seen, problems };
}

/** What must show in each element: text of the Varna 2018 meeting. */
const expectations = {
  event: ['Innovative Growth through Cluster Cooperation', 'TRACE-KEI'],
  agenda: ['Innovative Growth: New Business Opportunities', 'Financial Support for Clusters'],
  track: ['Innovative Growth: New Business Opportunities'],
  header: ['Innovative Growth through Cluster Cooperation', 'Varna'],
  speaker: ['Bulgarian Furniture Cluster'],
  speakers: ['Bulgarian Furniture Cluster'],
  project: ['BLUE NET', 'Cluster cooperation project in South East Europe'],
  objectives: ["Enhancement of partners' management capacity"],
  call: ['Call for innovative clusters under OPIC'],
};

describe('the CDN bundle under a strict Content-Security-Policy with Trusted Types', () => {
  const site = new URL('../.tmp/csp-site/', import.meta.url);
  let allowed;
  let refused;
  let browser;
  before(async () => {
    await rm(site, { recursive: true, force: true });
    await mkdir(new URL(`.${ASSETS}/`, site), { recursive: true });
    try {
      await cp(cdn, new URL(`.${ASSETS}`, site), { recursive: true, filter: (path) => !path.endsWith('.map') });
    } catch {
      throw new Error(`No CDN build in ${cdn}: run "npm run build" first.`);
    }
    await writeFile(new URL('index.html', site), html);
    await writeFile(new URL('page.js', site), pageScript);
    await writeFile(new URL('varna-2018.json', site), await readFile(varna));
    await writeFile(new URL('favicon.ico', site), '');
    const root = fileURLToPath(site);
    allowed = await serve(root, { headers: { 'content-security-policy': `${POLICY} cluster-events` } });
    refused = await serve(root, { headers: { 'content-security-policy': POLICY } });
    browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: chromeFlags });
  });
  after(async () => {
    await browser?.close();
    await allowed?.close();
    await refused?.close();
  });

  it('renders every element and writes the JSON-LD with the cluster-events policy allowed, without a violation or console error', async () => {
    const seen = await visit(browser, `${allowed.url}/index.html`);
    assert.deepEqual([...seen.tags].sort(), TAGS, 'the page uses every element');
    assert.deepEqual(seen.undefinedTags, []);
    for (const [id, texts] of Object.entries(expectations)) {
      assert.ok(seen.texts[id], `<${id}> renders text`);
      for (const text of texts) assert.ok(seen.texts[id].includes(text), `<${id}> shows "${text}"; it shows: ${seen.texts[id]}`);
    }
    assert.deepEqual(seen.jsonLd.event, ['Innovative Growth through Cluster Cooperation'], 'one JSON-LD script in <cluster-event>');
    assert.deepEqual(seen.jsonLd.agenda, ['Innovative Growth through Cluster Cooperation'], 'one JSON-LD script in <cluster-agenda show-json-ld>');
    assert.ok(seen.calendarMenu?.text.includes('Google Calendar'), `the header's calendar menu opens: ${JSON.stringify(seen.calendarMenu)}`);
    assert.equal(seen.calendarMenu.position, 'absolute', 'the calendar menu is styled (its adopted style sheet applies)');
    assert.deepEqual(seen.violations, [], 'no securitypolicyviolation event');
    assert.deepEqual(seen.problems, [], 'no console error or warning');
  });

  it('is refused by a page whose trusted-types directive leaves the policy out, and the elements still render and say why', async () => {
    const seen = await visit(browser, `${refused.url}/index.html`);
    assert.deepEqual(seen.undefinedTags, []);
    assert.ok(seen.texts.event.includes('Innovative Growth through Cluster Cooperation'), seen.texts.event);
    assert.deepEqual(seen.jsonLd, { event: [], agenda: [] }, 'no JSON-LD script without the policy');
    assert.ok(
      seen.violations.some((v) => v.startsWith('trusted-types')),
      `the browser reports the refused policy: ${seen.violations.join(' | ')}`,
    );
    assert.ok(
      seen.problems.some((p) => p.includes('JSON-LD for search engines could not be written')),
      `the element warns that its JSON-LD is missing: ${seen.problems.join(' | ')}`,
    );
  });
});
