/**
 * Inputs and checks shared by the data robustness gates (robustness-data, robustness-export).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseEventDocument } from '../../src/data/parse.js';
import type { DataProblem, EventDocument } from '../../src/data/types.js';
import { toJsonLd } from '../../src/export/jsonld-markdown.js';
import { jsonLdScriptText } from '../../src/export/script-text.js';
import { blueSummit2026, generateEvent, varna2018 } from '../../stories/data/index.js';
import { engine } from '../helpers/engine.js';
import { clone, jsonValue, mutated, nastyString } from './documents.js';
import { validateICalendar } from './ical-validate.js';

/**
 * Runs per property; the issue asks for at least 1000 per target, which Chromium runs. Firefox and
 * WebKit run a quarter (the properties check JavaScript that every engine runs alike; the CI time of
 * three engines stays bounded).
 */
export const RUNS = engine === 'chromium' ? 1000 : 250;
export const NOW = new Date('2026-06-16T09:00:00Z');

/** A small frab/pretalx schedule written for the gates. */
export const frabSchedule = {
  schedule: {
    version: 'gate-1',
    base_url: 'https://example.org/coastal-days/',
    conference: {
      acronym: 'coastal26',
      title: 'Coastal Innovation Days',
      start: '2026-09-10',
      end: '2026-09-11',
      daysCount: 2,
      timeslot_duration: '00:15',
      time_zone_name: 'Europe/Sofia',
      tracks: [
        { name: 'Ports', color: '#0b6e99' },
        { name: 'Skills', color: '#2e7d32' },
      ],
      days: [
        {
          index: 1,
          date: '2026-09-10',
          day_start: '2026-09-10T09:00:00+03:00',
          day_end: '2026-09-10T18:00:00+03:00',
          rooms: {
            'Hall A': [
              {
                id: 1,
                guid: '6a1f0c1e-0000-4000-8000-000000000001',
                date: '2026-09-10T09:30:00+03:00',
                start: '09:30',
                duration: '00:45',
                room: 'Hall A',
                title: 'Smart berths',
                subtitle: '',
                track: 'Ports',
                type: 'talk',
                language: 'en',
                abstract: 'Sensors along the quay.',
                description: 'A pilot in two ports.',
                url: 'https://example.org/coastal-days/1',
                persons: [{ id: 11, public_name: 'Dana Coastwise' }],
              },
            ],
            'Зала Б': [
              {
                id: 2,
                date: '2026-09-10T11:00:00+03:00',
                start: '11:00',
                duration: '01:30',
                room: 'Зала Б',
                title: 'Умения за синя икономика',
                track: 'Skills',
                type: 'workshop',
                language: 'bg',
                persons: [
                  { id: 12, public_name: 'Калин Морски' },
                  { id: 11, public_name: 'Dana Coastwise' },
                ],
              },
            ],
          },
        },
      ],
    },
  },
};

export function expectProblemsWithPaths(problems: readonly DataProblem[]): void {
  expect(problems).to.be.an('array');
  for (const p of problems) {
    expect(p.path, `problem without a path: ${JSON.stringify(p)}`)
      .to.be.a('string')
      .and.not.equal('');
    expect(p.message, `problem without a message: ${JSON.stringify(p)}`)
      .to.be.a('string')
      .and.not.equal('');
  }
}

/** Inputs for the parser: arbitrary JSON (as values and as text) and mutations of the demo documents. */
export const documentInputs = fc.oneof(
  jsonValue,
  jsonValue.map((v) => JSON.stringify(v) ?? 'undefined'),
  mutated(varna2018),
  mutated(blueSummit2026),
  mutated(generateEvent({ sessions: 12, days: 2, tracks: 2 })),
  mutated(blueSummit2026).map((v) => JSON.stringify(v) ?? ''),
);

/** A timed document small enough to export a thousand times: the summit with its first six sessions. */
export const compactSummit = ((): EventDocument => {
  const doc = clone(blueSummit2026);
  doc.event.sessions = doc.event.sessions!.slice(0, 6);
  return doc;
})();

/** Documents that parse to something: the valid part of mutated demo documents. */
export const acceptedDocuments = fc
  .oneof(mutated(varna2018), mutated(compactSummit), mutated(generateEvent({ sessions: 4, days: 2, tracks: 2 })), fc.constantFrom(varna2018, compactSummit))
  .map((v) => parseEventDocument(v).document)
  .filter((d): d is EventDocument => d !== null);

/**
 * Well-typed documents whose strings are arbitrary: every string leaf of the summit may be
 * replaced (ids, zones, instants, URLs, colours, texts), structure kept.
 */
export interface HostileDocument {
  doc: EventDocument;
  /** What was changed (path = value), for the failure message. */
  edits: string[];
}
export const typedHostileDocuments: fc.Arbitrary<HostileDocument> = (() => {
  const leaves: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (typeof v === 'string') leaves.push(path);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(compactSummit, []);
  const text = fc.oneof(
    nastyString,
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom('a\r\nBEGIN:VEVENT', 'x\nATTENDEE:mailto:a@example.org', '\r', '\\', ';,'),
  );
  return fc.array(fc.tuple(fc.nat(leaves.length - 1), text), { minLength: 1, maxLength: 12 }).map((edits) => {
    const doc = clone(compactSummit) as unknown as Record<string, unknown>;
    const described: string[] = [];
    for (const [index, value] of edits) {
      const path = leaves[index]!;
      let parent = doc as Record<string | number, unknown>;
      for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
      parent[path[path.length - 1]!] = value;
      described.push(`${path.join('.')} = ${JSON.stringify(value)}`);
    }
    return { doc: doc as unknown as EventDocument, edits: described };
  });
})();

export function expectValidCalendar(ics: string): void {
  const errors = validateICalendar(ics);
  expect(errors, `invalid iCalendar:\n${errors.slice(0, 8).join('\n')}\n---\n${ics.slice(0, 2000)}`).to.deep.equal([]);
}

export function expectInertJsonLd(doc: EventDocument): void {
  const graph = toJsonLd(doc, { lang: 'en' });
  const text = jsonLdScriptText(graph);
  expect(text, 'JSON-LD text could close the script element').not.to.match(/<\/script|<!--|<script/i);
  expect(JSON.parse(text)).to.deep.equal(JSON.parse(JSON.stringify(graph)));
}

export const timings: string[] = [];

/** Runs a property and records its time; fails with the counterexample (not shrunk: a DOM-free but large value). */
// eslint-disable-next-line @typescript-eslint/require-await -- a promise by contract: callers await it, and a failure rejects it
export async function check<T>(name: string, arb: fc.Arbitrary<T>, predicate: (value: T) => void, runs = RUNS): Promise<void> {
  const start = performance.now();
  const details = fc.check(fc.property(arb, predicate), { numRuns: runs, endOnFailure: true });
  const timing = `${name}: ${details.numRuns} runs in ${Math.round(performance.now() - start)} ms`;
  timings.push(timing);
  console.log(`[gate] ${timing}`);
  if (details.failed) {
    const value = details.counterexample?.[0] as unknown;
    const example =
      value && typeof value === 'object' && 'edits' in value
        ? `the summit (first six sessions) with ${(value as HostileDocument).edits.join('; ')}`
        : JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…` : v))?.slice(0, 3000);
    const error = details.errorInstance;
    const message = error instanceof Error ? `${error.message.split('\n')[0]}\n${error.stack?.split('\n').slice(1, 5).join('\n') ?? ''}` : String(error);
    throw new Error(`${name} failed after ${details.numRuns} runs (seed ${details.seed}):\n${message}\ninput: ${example}`);
  }
  expect(details.numRuns).to.be.at.least(runs);
}
