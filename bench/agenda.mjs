// Render benchmark of <cluster-agenda>: `node bench/agenda.mjs` (see bench/README.md).
//
// 1. Bundles an entry that registers the elements and the demo generator (esbuild, production Lit).
// 2. Serves it on 127.0.0.1 (random port) and opens it in the system Chromium (puppeteer-core).
// 3. For N = 100 and 1000 sessions (2 days, 4 tracks), interleaves first renders of <cluster-agenda>
//    with a baseline that puts the element's own final DOM (captured once, nested track shadow roots
//    as declarative <template shadowrootmode>) into a fresh shadow root with one setHTMLUnsafe call,
//    and prints the medians and the ratio; then the median re-render after one title changes.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from '../scripts/chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [100, 1000];
const WARMUP = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const TITLE_RUNS = Number(process.env.BENCH_TITLE_RUNS ?? 31);
const TARGET_RATIO = 2.5;
const TARGET_TITLE_MS = 5;

// Runs in the page. Every measurement ends when the DOM is complete (updateComplete of the agenda and
// of every track); "+ layout" also forces style and layout. No garbage collection is forced between
// runs: a forced full GC throws away V8's warm code state and made every JS-heavy path several times
// slower right after it, which no real page sees; medians over many runs absorb ordinary GC pauses.
const entry = /* ts */ `
import './src/define/cluster-agenda.js';
import { generateEvent } from './stories/data/generate.js';

const stage = document.getElementById('stage');
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
const tracksOf = (el) => [...el.shadowRoot.querySelectorAll('cluster-agenda-track')];
async function settle(el) {
  await el.updateComplete;
  await Promise.all(tracksOf(el).map((t) => t.updateComplete));
}

let doc = null;
/** Every node under \`root\` (not counted itself), through open shadow roots. */
function countNodes(root) {
  let n = 0;
  const walk = (node) => {
    for (const child of node.childNodes) {
      n++;
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return n;
}
let markup = '';
let agendaSheets = [];
let trackSheets = [];
let current = null;

window.bench = {
  makeDoc(n, seed) {
    doc = generateEvent({ sessions: n, days: 2, tracks: 4, seed });
    return doc.event.sessions.length;
  },
  async agenda() {
    stage.replaceChildren();
    const el = document.createElement('cluster-agenda');
    el.setAttribute('now', '2026-01-01T00:00:00Z');
    stage.append(el);
    await el.updateComplete;
    await pause();
    const t0 = performance.now();
    el.data = doc;
    await settle(el);
    const t1 = performance.now();
    void document.body.offsetHeight;
    const t2 = performance.now();
    current = { el, doc };
    return { dom: t1 - t0, layout: t2 - t0, sessions: el.shadowRoot.querySelectorAll('cluster-agenda-track').length };
  },
  /**
   * A plain list of the same sessions, as the shared agenda benchmark's limit builds it: one
   * innerHTML assignment into a fresh shadow root, per session an li with its time, title,
   * speakers and track (9 nodes). Its ratio cannot hide the weight of the agenda's own DOM.
   */
  async plain() {
    stage.replaceChildren();
    const host = document.createElement('div');
    stage.append(host);
    await pause();
    const t0 = performance.now();
    const people = new Map((doc.people ?? []).map((p) => [p.id, p.name ?? '']));
    const tracks = new Map((doc.event.tracks ?? []).map((t) => [t.id, typeof t.name === 'string' ? t.name : Object.values(t.name)[0]]));
    const esc = (v) => String(v ?? '').replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
    const text = (v) => (typeof v === 'string' ? v : v ? Object.values(v)[0] : '');
    let h = '<ul>';
    for (const s of doc.event.sessions) {
      const speakers = (s.participants ?? []).map((p) => people.get(p.personId)).filter(Boolean).join(', ');
      h += '<li class="session" id="' + esc(s.id) + '"><time>' + esc((s.start ?? '').slice(11, 16)) + '–' + esc((s.end ?? '').slice(11, 16)) +
        '</time><span class="title">' + esc(text(s.title)) + '</span><span class="speakers">' + esc(speakers) + '</span><span class="track">' + esc(tracks.get(s.trackId) ?? '') + '</span></li>';
    }
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = h + '</ul>';
    const t1 = performance.now();
    void document.body.offsetHeight;
    const t2 = performance.now();
    return { dom: t1 - t0, layout: t2 - t0, nodes: countNodes(host) };
  },
  /** Nodes of the agenda's DOM through its shadow roots (elements, text, comments), for nodes per session. */
  nodes() {
    return countNodes(current.el);
  },
  /** Captures the DOM the agenda rendered: its shadow root with each track's as a declarative template. */
  capture() {
    const el = current.el;
    const tracks = tracksOf(el);
    agendaSheets = el.shadowRoot.adoptedStyleSheets;
    trackSheets = tracks[0].shadowRoot.adoptedStyleSheets;
    markup = el.shadowRoot
      .getHTML({ shadowRoots: tracks.map((t) => t.shadowRoot) })
      .replace(/<(\\/?)cluster-agenda-track\\b/g, '<$1bench-track');
    const probe = document.createElement('div');
    probe.attachShadow({ mode: 'open' }).setHTMLUnsafe(markup);
    const items = [...probe.shadowRoot.querySelectorAll('bench-track')].reduce(
      (sum, t) => sum + (t.shadowRoot ? t.shadowRoot.querySelectorAll('li[id^="session-"]').length : 0),
      0,
    );
    const rendered = tracks.reduce((sum, t) => sum + t.shadowRoot.querySelectorAll('li[id^="session-"]').length, 0);
    return { bytes: markup.length, items, rendered };
  },
  async baseline() {
    stage.replaceChildren();
    const host = document.createElement('div');
    stage.append(host);
    await pause();
    const t0 = performance.now();
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = agendaSheets;
    shadow.setHTMLUnsafe(markup);
    for (const t of shadow.querySelectorAll('bench-track')) t.shadowRoot.adoptedStyleSheets = trackSheets;
    const t1 = performance.now();
    void document.body.offsetHeight;
    const t2 = performance.now();
    return { dom: t1 - t0, layout: t2 - t0 };
  },
  /** Changes one session's title (a new document, other objects shared) and times the re-render. */
  async retitle(run) {
    const { el, doc: before } = current;
    const sessions = before.event.sessions;
    const k = Math.abs(run * 37) % sessions.length;
    const title = 'Updated title ' + run;
    const next = {
      ...before,
      event: { ...before.event, sessions: sessions.map((s, i) => (i === k ? { ...s, title } : s)) },
    };
    await pause();
    const t0 = performance.now();
    el.data = next;
    await settle(el);
    const t1 = performance.now();
    current = { el, doc: next };
    const shown = tracksOf(el).some((t) => t.shadowRoot.getElementById('session-' + sessions[k].id)?.textContent.includes(title));
    return { dom: t1 - t0, shown };
  },
};
`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => value.toFixed(2).padStart(8);

async function bundle(dir) {
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    tsconfig: join(root, 'tsconfig.json'),
    outfile: join(dir, 'bench.js'),
    logLevel: 'warning',
  });
}

function serve(dir) {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>agenda bench</title></head>
<body style="margin:0"><main id="stage" style="inline-size:1200px"></main><script type="module" src="/bench.js"></script></body></html>`;
  const server = createServer(async (req, res) => {
    if (req.url === '/bench.js') {
      const { readFile } = await import('node:fs/promises');
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(await readFile(join(dir, 'bench.js')));
    } else if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
    } else if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-bench-'));
  let server;
  let browser;
  try {
    await bundle(dir);
    server = await serve(dir);
    const { port } = server.address();
    browser = await puppeteer.launch({
      executablePath: findChrome(),
      headless: true,
      args: chromeFlags,
    });
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => 'bench' in window);
    const version = await browser.version();

    const rows = [];
    let titles = [];
    let shownAll = true;
    for (const n of SIZES) {
      await page.evaluate((count) => window.bench.makeDoc(count, 7), n);
      await page.evaluate(() => window.bench.agenda());
      const captured = await page.evaluate(() => window.bench.capture());
      const nodes = await page.evaluate(() => window.bench.nodes());
      if (captured.items !== captured.rendered) throw new Error(`baseline markup has ${captured.items} sessions, the agenda ${captured.rendered}`);
      for (let i = 0; i < WARMUP; i++) {
        await page.evaluate(() => window.bench.agenda());
        await page.evaluate(() => window.bench.baseline());
        await page.evaluate(() => window.bench.plain());
      }
      const agenda = [];
      const baseline = [];
      const plain = [];
      for (let i = 0; i < RUNS; i++) {
        // Interleaved, alternating which goes first, so drift affects both alike.
        const order = [
          ['agenda', 'baseline', 'plain'],
          ['baseline', 'plain', 'agenda'],
          ['plain', 'agenda', 'baseline'],
        ][i % 3];
        for (const which of order) {
          const result = await page.evaluate((w) => window.bench[w](), which);
          ({ agenda, baseline, plain })[which].push(result);
        }
      }
      rows.push({ n, captured, nodes, agenda, baseline, plain });
      if (n === 1000) {
        await page.evaluate(() => window.bench.agenda());
        for (let i = 0; i < WARMUP; i++) await page.evaluate((r) => window.bench.retitle(r), -1 - i);
        for (let i = 0; i < TITLE_RUNS; i++) {
          const result = await page.evaluate((r) => window.bench.retitle(r), i);
          titles.push(result.dom);
          shownAll &&= result.shown;
        }
      }
    }

    console.log(
      `<cluster-agenda> first render vs. innerHTML of its own final DOM (${version}, ${RUNS} interleaved runs each after ${WARMUP} warm-up runs, medians in ms)`,
    );
    console.log('');
    console.log('     N | sessions | agenda DOM | baseline DOM | ratio | agenda +layout | baseline +layout | ratio | markup KB');
    console.log('-------|----------|------------|--------------|-------|----------------|------------------|-------|----------');
    const plainRows = [];
    for (const { n, captured, nodes, agenda, plain } of rows) {
      const a = median(agenda.map((r) => r.dom));
      const al = median(agenda.map((r) => r.layout));
      const p = median(plain.map((r) => r.dom));
      const pl = median(plain.map((r) => r.layout));
      plainRows.push(
        `${String(n).padStart(6)} | ${ms(p)}  | ${(a / p).toFixed(2).padStart(5)} | ${ms(pl)}      | ${(al / pl).toFixed(2).padStart(5)} | ${(nodes / captured.rendered).toFixed(1).padStart(14)} | ${(plain[0].nodes / captured.rendered).toFixed(1).padStart(13)} | ${(nodes / plain[0].nodes).toFixed(2).padStart(5)}`,
      );
    }
    for (const { n, captured, agenda, baseline } of rows) {
      const a = median(agenda.map((r) => r.dom));
      const b = median(baseline.map((r) => r.dom));
      const al = median(agenda.map((r) => r.layout));
      const bl = median(baseline.map((r) => r.layout));
      console.log(
        `${String(n).padStart(6)} | ${String(captured.rendered).padStart(8)} | ${ms(a)}   | ${ms(b)}     | ${(a / b).toFixed(2).padStart(5)} | ${ms(al)}       | ${ms(bl)}         | ${(al / bl).toFixed(2).padStart(5)} | ${(captured.bytes / 1024).toFixed(0).padStart(8)}`,
      );
    }
    console.log('');
    console.log(
      "The same first renders beside a plain list of the same sessions (one innerHTML, 9 nodes per session: time, title, speakers, track), which does not grow with the agenda's DOM:",
    );
    console.log('');
    console.log('     N | plain DOM | ratio | plain +layout | ratio | agenda nodes/session | plain nodes/session | nodes ratio');
    console.log('-------|-----------|-------|---------------|-------|----------------------|---------------------|------------');
    for (const line of plainRows) console.log(line);
    const big = rows.find((r) => r.n === 1000);
    const ratio = median(big.agenda.map((r) => r.dom)) / median(big.baseline.map((r) => r.dom));
    const title = median(titles);
    console.log('');
    console.log(
      `Re-render after changing one session's title at N=1000: median ${title.toFixed(2)} ms over ${TITLE_RUNS} runs (min ${Math.min(...titles).toFixed(2)}, max ${Math.max(...titles).toFixed(2)})${shownAll ? '' : ' — WARNING: the new title was not always shown'}`,
    );
    console.log('');
    console.log(
      `Target: first render at N=1000 within ${TARGET_RATIO}x the baseline (DOM): ${ratio.toFixed(2)}x — ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}`,
    );
    console.log(
      `Target: one-title update under ${TARGET_TITLE_MS} ms median at N=1000: ${title.toFixed(2)} ms — ${title < TARGET_TITLE_MS ? 'met' : 'NOT met'}`,
    );
    if (errors.length > 0) {
      console.log('');
      console.log(`Page errors or warnings (${errors.length}):`);
      for (const e of [...new Set(errors)].slice(0, 10)) console.log(`  ${e}`);
    }
  } finally {
    await browser?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
