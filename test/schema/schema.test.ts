/**
 * The shipped JSON Schema against the runtime validator (Node, vitest; `npm run test:schema`):
 * ajv (draft 2020-12) accepts every demo document and the converter's output for every real
 * schedule in ../shared/fixtures/, the committed schema is the one the sources give, and a property
 * test of valid and mutated documents, and of the views elements take as properties, shows ajv
 * and the runtime validator agreeing on every field's acceptance, with each difference named in
 * RUNTIME_ONLY excluded explicitly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { eventDocumentSchema, SCHEMA_ID } from '../../src/data/json-schema.js';
import type { Entity } from '../../src/data/entities.js';
import { ENTITIES } from '../../src/data/entities-document.js';
import { parseEventDocument, parseFundingCall } from '../../src/data/parse.js';
import { buildAgenda } from '../../src/data/agenda-view.js';
import { checkTrack } from '../../src/data/agenda-track-view.js';
import { checkEventHeaderView, checkSpeakerView, eventHeaderViewFromDocument, speakerViewsFromDocument } from '../../src/data/people-view.js';
import { checkProjectCardView, projectCardViewsFromDocument } from '../../src/data/project-view.js';
import { fromFrabSchedule } from '../../src/export/frab.js';
import type { DataProblem } from '../../src/data/types.js';
import { apply, describeMutation, excluded, mutations, pointer, related, runtimeOnly, type Json } from './agreement.js';

const schema = eventDocumentSchema(JSON.parse(readFileSync('package.json', 'utf8')).version);
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
const validate = ajv.compile(schema);

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const demoDocuments = readdirSync('stories/data')
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, read(`stories/data/${f}`)] as const);
const FIXTURES = '../shared/fixtures';

function ajvErrors(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

describe('event-document.schema.json', () => {
  it('is the schema the sources give (npm run schema writes it)', () => {
    expect(readFileSync('event-document.schema.json', 'utf8')).toBe(`${JSON.stringify(schema, null, 2)}\n`);
  });

  it('describes every field of every entity', () => {
    const defs = schema.$defs as Record<string, { properties?: Record<string, { description?: string }> }>;
    for (const [name, def] of Object.entries(defs)) {
      for (const [key, property] of Object.entries(def.properties ?? {})) {
        expect(property.description, `${name}.${key}`).toMatch(/\S/);
      }
    }
  });

  for (const [file, doc] of demoDocuments) {
    it(`accepts stories/data/${file}, which the elements read without a problem`, () => {
      expect(ajvErrors(doc)).toEqual([]);
      expect(parseEventDocument(doc).problems).toEqual([]);
    });
  }

  const fixtures = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => f.startsWith('schedule-') && f !== 'schedule-schema.json') : [];
  it('finds the real schedules of ../shared/fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(2);
  });
  for (const file of fixtures) {
    it(`accepts the converter's output for ${file}`, () => {
      const result = fromFrabSchedule(read(`${FIXTURES}/${file}`));
      if (file.includes('invalid')) {
        // The validator's invalid example still converts in part; what converts is valid.
        if (!result.document) return;
      }
      expect(result.document).not.toBeNull();
      expect(ajvErrors(result.document)).toEqual([]);
      expect(parseEventDocument(result.document).problems).toEqual([]);
    });
  }

  it('allows $schema and x- keys, and refuses misspelt ones like the runtime', () => {
    const [, varna] = demoDocuments.find(([f]) => f === 'varna-2018.json')!;
    const doc = structuredClone(varna) as { event: Record<string, unknown> } & Record<string, unknown>;
    doc.$schema = './event-document.schema.json';
    doc['x-cms-id'] = 42;
    doc.event['x-note'] = { any: 'thing' };
    expect(ajvErrors(doc)).toEqual([]);
    expect(parseEventDocument(doc).problems).toEqual([]);
    doc.event.organiserIds = doc.event.organizerIds;
    delete doc.event.organizerIds;
    expect(ajvErrors(doc)).not.toEqual([]);
    expect(parseEventDocument(doc).problems).toContainEqual({
      path: 'event.organiserIds',
      message: 'unknown field; did you mean "organizerIds"?',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Agreement: mutate one field of a valid value at a time; ajv and the runtime must agree

interface Subject {
  /** What is checked: a document, or a view an element takes as a property. */
  name: string;
  bases: Json[];
  entity: Entity;
  /** The runtime's problems for a value. */
  runtime: (value: Json) => DataProblem[];
  /** ajv's schema for it. */
  check: ValidateFunction;
}

const documents = demoDocuments.map(([, doc]) => doc as Json);
const summit = parseEventDocument(demoDocuments.find(([f]) => f === 'blue-summit-2026.json')![1]).document!;
const json = (value: unknown): Json => JSON.parse(JSON.stringify(value)) as Json;
const def = (name: string): ValidateFunction => ajv.getSchema(`${SCHEMA_ID}#/$defs/${name}`)!;

const SUBJECTS: Subject[] = [
  { name: 'event document', bases: documents, entity: ENTITIES.EventDocument, runtime: (v) => parseEventDocument(v).problems, check: validate },
  {
    name: '<cluster-agenda-track> track',
    bases: buildAgenda(summit, { timeZone: summit.event.timeZone, lang: 'en' })
      .days.flatMap((d) => d.tracks)
      .slice(0, 3)
      .map(json),
    entity: ENTITIES.AgendaTrackView,
    runtime: (v) => checkTrack(v, 'track').problems,
    check: def('AgendaTrackView'),
  },
  {
    name: '<cluster-speaker-list> speaker',
    bases: speakerViewsFromDocument(summit).slice(0, 3).map(json),
    entity: ENTITIES.SpeakerView,
    runtime: (v) => checkSpeakerView(v, 'speaker').problems,
    check: def('SpeakerView'),
  },
  {
    name: '<cluster-project-card> project',
    bases: projectCardViewsFromDocument(summit).map(json),
    entity: ENTITIES.ProjectCardView,
    runtime: (v) => checkProjectCardView(v, 'project').problems,
    check: def('ProjectCardView'),
  },
  {
    name: '<cluster-event-header> event',
    bases: [json(eventHeaderViewFromDocument(summit))],
    entity: ENTITIES.EventHeaderView,
    runtime: (v) => checkEventHeaderView(v, 'event').problems,
    check: def('EventHeaderView'),
  },
  {
    name: '<cluster-funding-call-banner> call',
    bases: summit.fundingCalls!.map(json),
    entity: ENTITIES.FundingCall,
    runtime: (v) => {
      const problems: DataProblem[] = [];
      parseFundingCall(v, 'call', problems);
      return problems;
    },
    check: def('FundingCall'),
  },
];

describe('ajv and the runtime validator agree, field by field (fast-check)', () => {
  for (const subject of SUBJECTS) {
    const runs = subject.entity === ENTITIES.EventDocument ? 3000 : 1000;
    it(`on valid and mutated values of the ${subject.name} (${runs} cases)`, () => {
      expect(subject.bases.length).toBeGreaterThan(0);
      for (const base of subject.bases) expect([subject.runtime(base), subject.check(base)]).toEqual([[], true]);
      const seen = { compared: 0, excluded: 0, invalid: 0 };
      const cases = fc
        .integer({ min: 0, max: subject.bases.length - 1 })
        .chain((base) => fc.record({ base: fc.constant(base), m: mutations(subject.entity, subject.bases[base]!) }));
      fc.assert(
        fc.property(cases, ({ base, m }) => {
          if (excluded(m)) {
            seen.excluded++;
            return;
          }
          const value = apply(subject.bases[base]!, m);
          const problems = subject.runtime(value);
          const counted = problems.filter((p) => !runtimeOnly(p, problems));
          const valid = subject.check(value);
          const errors = valid ? [] : (subject.check.errors ?? []);
          const why = `${describeMutation(m)}\nruntime: ${JSON.stringify(problems)}\najv: ${errors.map((e) => `${e.instancePath} ${e.message}`).join('; ')}`;
          expect(counted.length === 0, why).toBe(valid);
          seen.compared++;
          if (valid) return;
          seen.invalid++;
          // Both name a place in the object the mutation changed (a rule across fields reports the
          // other field: an end missing when a start was added), or around it. Runtime paths start
          // with the element's property name, ajv's at the value itself.
          const at = m.site.path.length ? `/${m.site.path.join('/')}` : '';
          const prefix = subject.entity === ENTITIES.EventDocument ? '' : `/${subject.name.split(' ').pop()}`;
          expect(
            counted.some((p) => related(pointer(p.path).slice(prefix.length), at)),
            why,
          ).toBe(true);
          expect(
            errors.some((e) => related(e.instancePath, at)),
            why,
          ).toBe(true);
        }),
        { numRuns: runs, seed: 20261205 },
      );
      console.info(`schema agreement, ${subject.name}: ${seen.compared} compared (${seen.invalid} invalid), ${seen.excluded} excluded as named differences`);
      // The test means something only if it compared many cases of both kinds.
      expect(seen.compared).toBeGreaterThan(runs * 0.9);
      expect(seen.invalid).toBeGreaterThan(runs * 0.25);
      expect(seen.compared - seen.invalid).toBeGreaterThan(runs * 0.08);
    });
  }
});
