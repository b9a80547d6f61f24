// Node benchmark of <cluster-agenda>'s own work when its `data` is replaced by a copy in which one
// session title changed (issue #14): `node bench/update.mjs [--against <git ref>] [--updates 40]`.
//
// What it times is what the element does before Lit renders: reading the new document
// (DocumentReader, with the walker's memo) and building the programme's view (AgendaViewBuilder).
// Like the shared benchmark's adapter, every update is a new document of new objects (made outside
// the timed part), with the title of one session changed; N = 1000 and 5000 sessions over 2 days and
// 4 tracks (stories/data/generate.ts). With --harness <path of the shared benchmark's lib/data.mjs>,
// the harness's own sessions instead, mapped as its adapter for <cluster-agenda> maps them (the
// mapping is not timed). With --against, the src/ of that git ref is bundled too and measured
// interleaved with the working tree's, in the same process, on the same documents.
// Prints the minimum and the median per update; compare figures from one run only.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { against: { type: 'string' }, harness: { type: 'string' }, updates: { type: 'string', default: '40' } } });
const harness = values.harness ? await import(pathToFileURL(values.harness).href) : null;

/** The event document of the shared benchmark's sessions, as its adapter for <cluster-agenda> (ours/cluster-agenda.template.js) makes it. */
function harnessDocument(sessions) {
  const tracks = [...new Set(sessions.map((s) => s.track))].map((name, i) => ({ id: 't' + i, name }));
  const trackId = new Map(tracks.map((t) => [t.name, t.id]));
  const people = new Map();
  for (const s of sessions) for (const name of s.speakers) if (!people.has(name)) people.set(name, { id: 'p' + people.size, name });
  return {
    lang: 'en',
    event: {
      id: 'bench',
      name: 'Benchmark event',
      timeZone: 'Europe/Sofia',
      start: sessions[0].start + '+02:00',
      tracks,
      sessions: sessions.map((s) => ({
        id: s.id,
        title: s.title,
        start: s.start + '+02:00',
        end: s.end + '+02:00',
        trackId: trackId.get(s.track),
        participants: s.speakers.map((name) => ({ personId: people.get(name).id, role: 'speaker' })),
      })),
    },
    people: [...people.values()],
  };
}
const UPDATES = Math.max(30, Number(values.updates));
const WARMUP = 5;
const SIZES = [1000, 5000];

const work = mkdtempSync(join(tmpdir(), 'cluster-update-'));
/** Bundles the reader and the builder of the src/ under `base` (production Lit, no DOM needed). */
async function bundle(name, base) {
  const entry = join(work, `${name}-entry.ts`);
  writeFileSync(
    entry,
    `export { DocumentReader, programmeView } from ${JSON.stringify(join(base, 'src/components/agenda/agenda.view.js'))};
export { AgendaViewBuilder, CHECKED_DOCUMENTS } from ${JSON.stringify(join(base, 'src/data/agenda-view.js'))};
export { generateEvent } from ${JSON.stringify(join(root, 'stories/data/generate.js'))};`,
  );
  const outfile = join(work, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return import(pathToFileURL(outfile).href);
}

try {
  const impls = { now: await bundle('now', root) };
  if (values.against) {
    const base = join(work, 'against');
    mkdirSync(base);
    execFileSync('sh', ['-c', `git -C "$1" archive "$2" src | tar -x -C "$3"`, 'sh', root, values.against, base]);
    impls[values.against] = await bundle('against', base);
  }
  const names = Object.keys(impls);
  const stat = (a) => {
    const s = [...a].sort((x, y) => x - y);
    return `min ${s[0].toFixed(2)}, median ${s[s.length >> 1].toFixed(2)}`;
  };
  for (const n of SIZES) {
    let harnessSessions = harness?.generateSessions(n, 42);
    const original = harness ? harnessDocument(harnessSessions) : impls.now.generateEvent({ sessions: n, days: 2, tracks: 4, seed: 7 });
    const count = original.event.sessions.length;
    /** A new document of new objects with the title of session `index` changed. */
    const next = (current, index, title) => {
      if (harness) {
        harnessSessions = harnessSessions.slice();
        harnessSessions[index] = { ...harnessSessions[index], title };
        return harnessDocument(harnessSessions);
      }
      const sessions = current.event.sessions.slice();
      sessions[index] = { ...sessions[index], title };
      return { ...current, event: { ...current.event, sessions } };
    };
    const state = {};
    for (const name of names) {
      const m = impls[name];
      const reader = new m.DocumentReader();
      const builder = new m.AgendaViewBuilder(m.CHECKED_DOCUMENTS);
      const filters = { tracks: [], rooms: [], query: '', onlyFavorites: false };
      const view = (document) => m.programmeView(builder, document, { zone: document.event.timeZone, lang: 'en', filters, favorites: new Set() });
      view(reader.read(harness ? harnessDocument(harnessSessions) : structuredClone(original)).document);
      state[name] = { reader, view, read: [], build: [] };
    }
    let current = original;
    for (let u = 0; u < UPDATES + WARMUP; u++) {
      const index = Math.floor(((u % 5) + 0.5) * (count / 5));
      current = next(current, index, `Changed ${u}`);
      // Interleaved, the order alternating; each gets its own new objects, as from the adapter.
      for (const name of u % 2 ? [...names].reverse() : names) {
        // The adapter maps the harness's sessions anew on every update.
        const input = harness ? harnessDocument(harnessSessions) : structuredClone(current);
        const s = state[name];
        const t0 = performance.now();
        const { document, problems } = s.reader.read(input);
        const t1 = performance.now();
        const view = s.view(document);
        const t2 = performance.now();
        if (problems.length > 0 || document.event.sessions[index].title !== `Changed ${u}`) throw new Error(`${name}: the update was not read`);
        if (!view.days.some((d) => d.tracks.some((t) => t.sessions.some((v) => v.title === `Changed ${u}`))))
          throw new Error(`${name}: the view misses the update`);
        if (u >= WARMUP) {
          s.read.push(t1 - t0);
          s.build.push(t2 - t1);
        }
      }
    }
    console.log(`N = ${count}: ${UPDATES} updates of one title, ms per update`);
    for (const name of names) {
      const s = state[name];
      const total = s.read.map((r, i) => r + s.build[i]);
      console.log(`  ${name.padEnd(12)} read ${stat(s.read)} · view ${stat(s.build)} · both ${stat(total)}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
