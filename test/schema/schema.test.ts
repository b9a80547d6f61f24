/**
 * The shipped JSON Schema against the runtime validator (Node, vitest; `npm run test:schema`):
 * ajv (draft 2020-12) accepts every demo document and the converter's output for every real
 * schedule in ../shared/fixtures/, the committed schema is the one the sources give, and a property
 * test of valid and mutated documents shows ajv and parseEventDocument agreeing on every field's
 * acceptance, with each difference named in RUNTIME_ONLY excluded explicitly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { eventDocumentSchema, RUNTIME_ONLY } from '../../src/data/json-schema.js';
import { ENTITIES, type Entity, type Field, type Kind } from '../../src/data/entities.js';
import { parseEventDocument } from '../../src/data/parse.js';
import { fromFrabSchedule } from '../../src/export/frab.js';
import type { DataProblem } from '../../src/data/types.js';

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

/** A runtime problem path (`event.sessions[3].start`, `event["odd key"]`) as a JSON pointer (`/event/sessions/3/start`). */
function pointer(path: string): string {
  if (path === 'document') return '';
  const parts: string[] = [];
  for (const [, name, index, quoted] of path.matchAll(/(?:^|\.)([^.[\]]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    const part = name ?? index ?? (JSON.parse(quoted!) as string);
    parts.push(part.replace(/~/g, '~0').replace(/\//g, '~1'));
  }
  return parts.map((p) => `/${p}`).join('');
}

/** True when one of the two pointers is the other or contains it. */
function related(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
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
// Agreement: mutate one field of a valid document at a time; ajv and the runtime must agree

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A place in a document where a field of an entity is, or could be. */
interface Site {
  path: (string | number)[];
  key: string;
  field: Field | null;
  entity: Entity;
}

/** Every field slot of `value` read as `entity`, present or not, down the tree (three items a list). */
function sites(entity: Entity, value: Json, path: (string | number)[], out: Site[]): Site[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [key, field] of Object.entries(entity.fields)) {
    out.push({ path, key, field, entity });
    const child = value[key];
    if (child === undefined || !field.e) continue;
    if (field.k === 'obj') sites(field.e, child, [...path, key], out);
    else if (Array.isArray(child)) child.slice(0, 3).forEach((item, i) => sites(field.e!, item, [...path, key, i], out));
  }
  out.push({ path, key: '', field: null, entity });
  return out;
}

const bad = [42, true, [], {}, '', '   ', 'tomorrow'];
const CATALOGUE: Record<Kind, Json[]> = {
  id: ['abc', 'x'.repeat(200), 'x'.repeat(201), ' padded ', '\uD800x', ...bad],
  str: ['Varna', ' spaced ', ...bad],
  text: ['Hello', { en: 'Hi' }, { en: 'Hi', bg: '' }, { en: '' }, { english: 'x' }, { en: 5 }, { 'pt-BR': 'Olá' }, ...bad],
  instant: [
    '2018-07-06T10:00:00+03:00',
    '2018-07-06T07:00:00Z',
    '2018-07-06T10:00:00.5+03:00',
    ' 2018-07-06T10:00:00+03:00 ',
    '2018-07-06T10:00',
    '2018-07-06',
    '2019-02-29T10:00:00+02:00',
    '2020-02-29T10:00:00+02:00',
    '2018-07-06T24:00:00+03:00',
    '2018-07-06 10:00:00+03:00',
    '2018-07-06T10:00:00+24:00',
    1530860400000,
    ...bad,
  ],
  when: ['2018-07-06', '2018-07-06T10:00:00+03:00', '2019-02-29', '2000-02-29', '1900-02-29', '2018-07-06T10:00', '06.07.2018', ...bad],
  date: ['2018-07-06', '2019-02-29', '2020-02-29', '2018-13-01', '2018-04-31', '06.07.2018', 20180706, ...bad],
  url: [
    'https://example.org/x',
    'HTTPS://EXAMPLE.ORG',
    '/relative/page',
    'page.html',
    '#anchor',
    '//example.org/x',
    'mailto:info@example.org',
    'tel:+35952000000',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,x',
    'ftp://example.org',
    'http:/example.org',
    'http://',
    'http:///x',
    '1abc:x',
    ...bad,
  ],
  enum: ['unknown', 'Talk', ...bad],
  num: [0, 1, -1, 1.5, 14, 366, 367, '5', ...bad],
  country: ['BG', 'bg', 'BGR', ' BG ', ...bad],
  currency: ['EUR', 'eur', 'EURO', ...bad],
  lang: ['en', 'pt-BR', 'english', 'e', ' bg ', ...bad],
  zone: ['Europe/Sofia', 'UTC', 'europe/sofia', 'Etc/GMT+3', 'Europe/ Sofia', '3Europe', ...bad],
  color: ['#1e6fba', '#12', '#12345', 'rgb(1,2,3)', 'RGB(1 2 3 / 50%)', 'hsl(1deg, 2%, 3%)', 'url(x)', 'inherit', 'var(--x)', 'red;x', ...bad],
  strs: [['a'], [], ['a', 'a'], [''], 'a', [5], ...bad],
  obj: [{}, 'text', 5, [], null],
  list: [[], {}, 'x', [5], [{}], [null]],
};

/** What a mutation did, to name an excluded difference. */
interface Mutation {
  site: Site;
  op: 'set' | 'delete' | 'unknown';
  value?: Json;
  name?: string;
}

function apply(doc: Json, m: Mutation): Json {
  const copy = structuredClone(doc) as Json;
  let target = copy as Record<string, Json>;
  for (const step of m.site.path) target = (target as unknown as Record<string | number, Json>)[step] as Record<string, Json>;
  if (m.op === 'delete') delete target[m.site.key];
  else if (m.op === 'unknown') target[m.name!] = 'x';
  else target[m.site.key] = m.value!;
  return JSON.parse(JSON.stringify(copy)) as Json;
}

/**
 * Runtime problems that only the runtime can see (RUNTIME_ONLY), by their wording. `colorName`
 * cannot occur here: Node has no CSS.supports, so the runtime accepts every colour word the
 * schema's shape accepts. `lengths` does not either: no catalogue value has characters outside
 * the Basic Multilingual Plane near a length limit.
 */
const RUNTIME_ONLY_MESSAGES: [keyof typeof RUNTIME_ONLY, RegExp][] = [
  ['zone', /^"\s*[A-Za-z][A-Za-z0-9_+\-/]{0,63}\s*" is not a known IANA time zone/],
  ['references', /is not the id of any|^duplicate id/],
  ['order', /is before the (start|opening)|should be a date|is before the start date/],
  ['nesting', /nested more than/],
];

function runtimeOnly(problem: DataProblem, all: DataProblem[]): boolean {
  if (RUNTIME_ONLY_MESSAGES.some(([, re]) => re.test(problem.message))) return true;
  // A "left out" or "without times" consequence of a runtime-only problem below or beside it.
  if (/^left out:|shown without times|only the start time|is required for sessions with times/.test(problem.message)) {
    const base = problem.path.replace(/\.(start|end|timeZone)$/, '');
    return all.some((p) => p !== problem && p.path.startsWith(base) && RUNTIME_ONLY_MESSAGES.some(([, re]) => re.test(p.message)));
  }
  return false;
}

/** Why this mutation is excluded from the comparison (a named difference), or null. */
function excluded(m: Mutation): keyof typeof RUNTIME_ONLY | null {
  if (m.op !== 'set' || !m.site.field) return null;
  const v = m.value;
  if (v === null && !m.site.field.r) return 'null';
  if (typeof v === 'string' && m.site.field.k === 'url' && (/^[\u0000-\u0020]|[\u0000-\u0020]$/.test(v) || /[\t\n\r]/.test(v))) return 'cleanup';
  return null;
}

const BASES: Json[] = demoDocuments.map(([, doc]) => doc as Json);
const ALL_SITES = BASES.map((doc) => sites(ENTITIES.EventDocument, doc, [], []));

const mutation: fc.Arbitrary<{ base: number; m: Mutation }> = fc
  .integer({ min: 0, max: BASES.length - 1 })
  .chain((base) =>
    fc.record({
      base: fc.constant(base),
      m: fc.constantFrom(...ALL_SITES[base]!).chain((site): fc.Arbitrary<Mutation> => {
        const known = Object.keys(site.entity.fields);
        const misspelt = fc.constantFrom(...known).map((k) => (k.length > 3 ? k.slice(0, -2) + k.slice(-1) + k.slice(-2, -1) : `${k}x`));
        const unknown: fc.Arbitrary<Mutation> = fc
          .oneof(misspelt, fc.string({ minLength: 1, maxLength: 12 }), fc.constant('x-note'), fc.constant('$schema'))
          .map((name) => ({ site, op: 'unknown', name }));
        if (!site.field) return unknown;
        const field = site.field;
        const values = field.k === 'enum' ? [...field.of!, ...CATALOGUE.enum] : CATALOGUE[field.k];
        return fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...values).map((value): Mutation => ({ site, op: 'set', value })) },
          { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value): Mutation => ({ site, op: 'set', value: value as Json })) },
          { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((value): Mutation => ({ site, op: 'set', value })) },
          { weight: 1, arbitrary: fc.constant<Mutation>({ site, op: 'delete' }) },
          { weight: 1, arbitrary: unknown },
        );
      }),
    }),
  );

describe('ajv and the runtime validator agree', () => {
  it('on every field of valid and mutated documents (fast-check, 3000 cases)', () => {
    const seen = { compared: 0, excluded: 0, invalid: 0 };
    fc.assert(
      fc.property(mutation, ({ base, m }) => {
        const doc = apply(BASES[base]!, m);
        if (excluded(m)) {
          seen.excluded++;
          return;
        }
        const problems = parseEventDocument(doc).problems;
        const counted = problems.filter((p) => !runtimeOnly(p, problems));
        const errors = ajvErrors(doc);
        const where = `${m.op} ${[...m.site.path, m.site.key || m.name].join('.')} = ${JSON.stringify(m.value)}`;
        const why = `${where}\nruntime: ${JSON.stringify(problems)}\najv: ${errors.join('; ')}`;
        expect(counted.length === 0, why).toBe(errors.length === 0);
        seen.compared++;
        if (errors.length === 0) return;
        seen.invalid++;
        // Both name a place in the object the mutation changed (a rule across fields reports the
        // other field: an end missing when a start was added), or around it.
        const at = m.site.path.length ? `/${m.site.path.join('/')}` : '';
        expect(counted.some((p) => related(pointer(p.path), at)), why).toBe(true);
        expect(validate.errors!.some((e) => related(e.instancePath, at)), why).toBe(true);
      }),
      { numRuns: 3000, seed: 20261205 },
    );
    console.info(`schema agreement: ${seen.compared} compared (${seen.invalid} invalid), ${seen.excluded} excluded as named differences`);
    // The test means something only if it compared many cases of both kinds.
    expect(seen.compared).toBeGreaterThan(2500);
    expect(seen.invalid).toBeGreaterThan(800);
    expect(seen.compared - seen.invalid).toBeGreaterThan(300);
  });
});
