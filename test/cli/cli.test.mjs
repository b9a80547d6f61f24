// The command line as users run it: the BUILT dist/cli.js (run `npm run build` first), in a child
// process, on the demo document, broken copies of it in a temporary folder, and the real schedules
// in ../shared/fixtures/ (skipped when that folder is absent).   npm run test:cli
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli.js');
const varna = join(root, 'stories/data/varna-2018.json');
const fixtures = join(root, '../shared/fixtures');
const schedules = ['schedule-frab-camp2019.json', 'schedule-pretalx-rc3.json', 'schedule-invalid-example.json'];

if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');

/** Runs `node dist/cli.js ...args` and returns its exit code, standard output and standard error. */
function run(args, { input, env } = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The 1-based line and column of an offset in a text. */
function position(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1).length + 1}`;
}

let work;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'cluster-events-cli-'));
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('cluster-events (dist/cli.js)', () => {
  it('is a Node script with a shebang, executable, that imports only Node modules (no Lit, no element)', () => {
    const text = readFileSync(cli, 'utf8');
    assert.ok(text.startsWith('#!/usr/bin/env node\n'), 'shebang on the first line');
    accessSync(cli, constants.X_OK);
    const imports = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s*["']([^"']+)["']/gm)].map((m) => m[1]);
    assert.deepEqual(
      imports.filter((spec) => !spec.startsWith('node:')),
      [],
    );
    assert.doesNotMatch(text, /customElements\.define|LitElement|from ["']lit/);
  });

  it('says its version, its usage, and exits 2 on usage errors', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.deepEqual(run(['--version']), { code: 0, out: `${pkg.version}\n`, err: '' });
    const help = run(['--help']);
    assert.equal(help.code, 0);
    for (const command of ['validate', 'convert', 'ics']) assert.match(help.out, new RegExp(`^  ${command} `, 'm'));
    for (const args of [
      [],
      ['frobnicate', varna],
      ['validate'],
      ['validate', '--lang', 'bg', varna],
      ['validate', '--bogus', varna],
      ['convert', 'a.json', 'b.json'],
    ]) {
      const result = run(args);
      assert.equal(result.code, 2, `exit code of ${args.join(' ')}`);
      assert.equal(result.out, '', `nothing on stdout for ${args.join(' ')}`);
      assert.notEqual(result.err, '');
    }
  });

  it('exits 2 for a file it cannot read', () => {
    const result = run(['validate', join(work, 'no-such-file.json')]);
    assert.equal(result.code, 2);
    assert.match(result.err, /cannot read .*no-such-file\.json: no such file/);
  });
});

describe('cluster-events validate', () => {
  it('accepts the Varna document: exit 0 and one OK line', () => {
    const result = run(['validate', varna]);
    assert.equal(result.err, '');
    assert.equal(result.code, 0);
    assert.match(result.out, /^.*varna-2018\.json: OK, event "Innovative Growth through Cluster Cooperation" with 8 sessions, .*\n$/);
    assert.deepEqual(JSON.parse(run(['validate', '--json', varna]).out), []);
  });

  /** A copy of the Varna text with a bad kind, a session without id (renamed key), and where each problem is. */
  function brokenCopy() {
    const original = readFileSync(varna, 'utf8');
    const text = original
      .replace('"kind": "presentation"', '"kind": "speech"')
      .replace('"id": "sea-harmony-artificial-reefs"', '"identifier": "sea-harmony-artificial-reefs"');
    assert.notEqual(text, original);
    const file = join(work, 'broken.json');
    writeFileSync(file, text);
    const renamed = text.indexOf('"identifier"');
    return {
      file,
      // The bad value itself...
      kind: position(text, text.indexOf('"speech"')),
      // ...and for a missing field, the object that lacks it (its opening brace).
      missingId: position(text, text.lastIndexOf('{', renamed)),
    };
  }

  it('prints file:line:column: path: message for each problem, exit 1', () => {
    const { file, kind, missingId } = brokenCopy();
    const result = run(['validate', file]);
    assert.equal(result.code, 1);
    const lines = result.out.trimEnd().split('\n');
    for (const line of lines) assert.match(line, /^.+broken\.json:\d+:\d+: [\w.[\]"]+: .+$/, line);
    assert.ok(
      lines.some((l) => l.startsWith(`${file}:${kind}: event.sessions[0].kind: "speech"`)),
      `kind at ${kind}:\n${result.out}`,
    );
    assert.ok(
      lines.some((l) => l.startsWith(`${file}:${missingId}: event.sessions[2].id: `)),
      `missing id at ${missingId}:\n${result.out}`,
    );
    assert.match(result.err, /^\d+ problems? in 1 file\n$/);
  });

  it('prints the same problems as JSON with --json', () => {
    const { file, kind, missingId } = brokenCopy();
    const result = run(['validate', '--json', file]);
    assert.equal(result.code, 1);
    const problems = JSON.parse(result.out);
    assert.equal(problems.length, run(['validate', file]).out.trimEnd().split('\n').length);
    for (const p of problems) {
      assert.deepEqual(Object.keys(p).sort(), ['column', 'file', 'line', 'message', 'path']);
      assert.ok(Number.isInteger(p.line) && Number.isInteger(p.column) && p.message);
    }
    const at = (path) => problems.find((p) => p.path === path);
    assert.equal(`${at('event.sessions[0].kind').line}:${at('event.sessions[0].kind').column}`, kind);
    assert.equal(`${at('event.sessions[2].id').line}:${at('event.sessions[2].id').column}`, missingId);
  });

  it('checks several files at once: OK lines for good ones, problems for the others, exit 1 if any', () => {
    const { file, kind } = brokenCopy();
    const result = run(['validate', varna, file]);
    assert.equal(result.code, 1);
    assert.match(result.out, /varna-2018\.json: OK, /);
    assert.ok(result.out.includes(`${file}:${kind}: event.sessions[0].kind: `));
    assert.match(result.err, / in 1 file\n$/);
  });

  it('gives the line and column of a JSON syntax error, with the reason the elements give for a src file', async () => {
    const { jsonSyntaxError } = await import(join(root, 'dist/data/json-position.js'));
    const text = '{\n  "lang": "en",\n  "event": {\n    "id": "x",\n  }\n}\n';
    const file = join(work, 'syntax.json');
    writeFileSync(file, text);
    const result = run(['validate', file]);
    assert.equal(result.code, 1);
    const { line, column, reason } = jsonSyntaxError(text);
    assert.deepEqual([line, column], [4, 14], 'the trailing comma');
    assert.equal(result.out, `${file}:4:14: document: not valid JSON: ${reason}\n`);
    const [problem] = JSON.parse(run(['validate', '--json', file]).out);
    assert.deepEqual([problem.line, problem.column, problem.path], [4, 14, 'document']);
    // Strict JSON: comments are errors too, and standard input is read for "-".
    const comment = run(['validate', '-'], { input: '{\n  // a comment\n  "lang": "en"\n}' });
    assert.equal(comment.code, 1);
    assert.match(comment.out, /^-:2:3: document: not valid JSON: .*\(JSON allows no comments\)\n$/);
    // A column counts characters, also after one outside the BMP.
    const emoji = run(['validate', '-'], { input: '{ "lang": "😀", "event": 1 }' });
    assert.match(emoji.out, /^-:1:25: event: /m); // 26 if the emoji counted twice
  });

  it('says that a frab / pretalx schedule is not an event document and suggests convert', { skip: !existsSync(fixtures) && 'no ../shared/fixtures' }, () => {
    const result = run(['validate', join(fixtures, 'schedule-pretalx-rc3.json')]);
    assert.equal(result.code, 1);
    assert.match(result.out, /:1:1: document: this is a frab \/ pretalx schedule, not an event document; make one with: cluster-events convert /);
    const ics = run(['ics', join(fixtures, 'schedule-pretalx-rc3.json')]);
    assert.equal(ics.code, 1);
    assert.match(ics.err, /:1:1: document: this is a frab \/ pretalx schedule, not an event document; make one with: cluster-events convert /);
  });
});

describe('cluster-events convert', { skip: !existsSync(fixtures) && 'no ../shared/fixtures' }, () => {
  for (const name of schedules) {
    it(`writes an event document for ${name} that the elements accept without problems`, async () => {
      const { parseEventDocument } = await import(join(root, 'dist/data/parse.js'));
      const result = run(['convert', join(fixtures, name)]);
      assert.equal(result.code, 0, result.err);
      const json = JSON.parse(result.out);
      assert.ok(result.out.startsWith('{\n  "'), 'pretty-printed');
      const { document, problems } = parseEventDocument(json);
      assert.ok(document, 'a document');
      // Measured: the converter's output has no problems for any of the three real schedules.
      assert.deepEqual(problems, []);
      assert.ok(document.event.sessions.length > 0);
      // Conversion notes go to standard error, each as file:line:column: path: message (a group's
      // further lines, indented, list its first problems).
      for (const line of result.err
        .trimEnd()
        .split('\n')
        .filter((l) => l && !/^\s/.test(l)))
        assert.match(line, /\.json:\d+:\d+: .+/, line);
    });
  }

  it('places conversion problems in the schedule, also under room names (rooms["Winterchaos"][0].id)', () => {
    const file = join(fixtures, 'schedule-invalid-example.json');
    const text = readFileSync(file, 'utf8');
    const room = text.indexOf('"Winterchaos": [');
    const id = text.indexOf('"2814"', room);
    const result = run(['convert', file]);
    assert.ok(room > 0 && id > room);
    assert.match(result.err, new RegExp(`:${position(text, id)}: schedule\\.conference\\.days\\[0\\]\\.rooms\\["Winterchaos"\\]\\[0\\]\\.id: `));
  });

  it('reports a systematic mistake once on standard error (a wrong time_zone_name for 48 sessions)', () => {
    const json = JSON.parse(readFileSync(join(fixtures, 'schedule-pretalx-rc3.json'), 'utf8'));
    json.schedule.conference.time_zone_name = 'Europe/London';
    const file = join(work, 'rc3-london.json');
    writeFileSync(file, JSON.stringify(json, null, 2));
    const result = run(['convert', file]);
    assert.equal(result.code, 0);
    const lines = result.err.trimEnd().split('\n');
    assert.equal(lines.length, 1, result.err);
    assert.match(lines[0], /rc3-london\.json:\d+:\d+: schedule\.conference\.time_zone_name: 48 of 48 event dates/);
  });

  it('groups problems of the same kind with different values, as the console does (48 text ids)', () => {
    const json = JSON.parse(readFileSync(join(fixtures, 'schedule-pretalx-rc3.json'), 'utf8'));
    for (const day of json.schedule.conference.days) for (const events of Object.values(day.rooms)) for (const e of events) e.id = String(e.id);
    const file = join(work, 'rc3-text-ids.json');
    writeFileSync(file, JSON.stringify(json, null, 2));
    const result = run(['convert', file]);
    assert.equal(result.code, 0);
    const heads = result.err
      .trimEnd()
      .split('\n')
      .filter((l) => !/^\s/.test(l));
    const ids = heads.filter((l) => l.includes('is text'));
    assert.equal(ids.length, 1, result.err);
    assert.match(ids[0], /rc3-text-ids\.json:\d+:\d+: 48 × schedule\.conference\.days\[…\]\.rooms\["…"\]\[…\]\.id: The id "…" is text/);
    assert.match(result.err, /\n {2}and 45 more\n/);
  });

  it('exits 1 with nothing on stdout when no document can be made', () => {
    const result = run(['convert', join(fixtures, 'schedule-schema.json')]);
    assert.equal(result.code, 1);
    assert.equal(result.out, '');
    assert.match(result.err, /schedule-schema\.json:1:1: schedule: This is not a frab\/pretalx schedule/);
    const document = run(['convert', varna]);
    assert.equal(document.code, 1);
    assert.match(document.err, /is already an event document; check it with: cluster-events validate /);
  });
});

describe('cluster-events ics', () => {
  /** The lines of a calendar, checking that every line ends with CRLF. */
  function calendarLines(text) {
    assert.ok(text.endsWith('\r\n'), 'ends with CRLF');
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
    return text.slice(0, -2).split('\r\n');
  }

  it('writes the Varna event as a calendar with CRLF line ends (no session has a time, so one entry: the event)', () => {
    const result = run(['ics', varna]);
    assert.equal(result.code, 0, result.err);
    const lines = calendarLines(result.out);
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.equal(lines.at(-1), 'END:VCALENDAR');
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 1);
    assert.ok(lines.includes('SUMMARY:Innovative Growth through Cluster Cooperation'));
    assert.ok(lines.includes('BEGIN:VEVENT') && lines.includes('UID:varna-2018@example.org'));
  });

  it('writes one entry per timed session of a programme, or only the event with --event', { skip: !existsSync(fixtures) && 'no ../shared/fixtures' }, () => {
    const converted = run(['convert', join(fixtures, 'schedule-frab-camp2019.json')]);
    const file = join(work, 'camp2019.json');
    writeFileSync(file, converted.out);
    const timed = JSON.parse(converted.out).event.sessions.filter((s) => s.start && s.end).length;
    assert.equal(timed, 79);
    const programme = run(['ics', '--name', 'Camp 2019', file]);
    assert.equal(programme.code, 0, programme.err);
    const lines = calendarLines(programme.out);
    assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, timed);
    assert.ok(lines.includes('X-WR-CALNAME:Camp 2019'));
    assert.ok(lines.includes('BEGIN:VTIMEZONE'));
    const event = run(['ics', '--event', file]);
    assert.equal(calendarLines(event.out).filter((l) => l === 'BEGIN:VEVENT').length, 1);
  });

  it('writes the same file twice when SOURCE_DATE_EPOCH is set', () => {
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const first = run(['ics', varna], { env });
    assert.equal(first.out, run(['ics', varna], { env }).out);
    assert.ok(calendarLines(first.out).includes('DTSTAMP:20231114T221320Z'));
  });

  it('exits 1 for a document without a usable event, with its problems on stderr', () => {
    const file = join(work, 'no-event.json');
    writeFileSync(file, '{\n  "lang": "en"\n}\n');
    const result = run(['ics', file]);
    assert.equal(result.code, 1);
    assert.equal(result.out, '');
    assert.match(result.err, /no-event\.json:1:1: event: /);
  });
});
