/**
 * Shared by the agreement tests: where a value's fields are (sites), what to put there (a
 * catalogue of valid and invalid values per kind), and which runtime problems only the runtime
 * can see (RUNTIME_ONLY, excluded explicitly).
 */
import fc from 'fast-check';
import type { Entity, Field, Kind } from '../../src/data/entities.js';
import type { RUNTIME_ONLY } from '../../src/data/json-schema.js';
import type { DataProblem } from '../../src/data/types.js';

/** A runtime problem path (`event.sessions[3].start`, `event["odd key"]`) as a JSON pointer (`/event/sessions/3/start`). */
export function pointer(path: string): string {
  if (path === 'document') return '';
  const parts: string[] = [];
  for (const [, name, index, quoted] of path.matchAll(/(?:^|\.)([^.[\]]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    const part = name ?? index ?? (JSON.parse(quoted!) as string);
    parts.push(part.replace(/~/g, '~0').replace(/\//g, '~1'));
  }
  return parts.map((p) => `/${p}`).join('');
}

/** True when one of the two pointers is the other or contains it. */
export function related(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A place in a document where a field of an entity is, or could be. */
export interface Site {
  path: (string | number)[];
  key: string;
  field: Field | null;
  entity: Entity;
}

/** Every field slot of `value` read as `entity`, present or not, down the tree (three items a list). */
export function sites(entity: Entity, value: Json, path: (string | number)[], out: Site[]): Site[] {
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
export const CATALOGUE: Record<Kind, Json[]> = {
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
  num: [0, 1, -1, 1.5, 14, 90, 90.5, -180.5, 366, 367, '5', ...bad],
  bool: [true, false, 'true', 0, 1, ...bad],
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
export interface Mutation {
  site: Site;
  op: 'set' | 'delete' | 'unknown';
  value?: Json;
  name?: string;
}

export function apply(doc: Json, m: Mutation): Json {
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
  ['places', /is more than the capacity/],
];

export function runtimeOnly(problem: DataProblem, all: DataProblem[]): boolean {
  if (RUNTIME_ONLY_MESSAGES.some(([, re]) => re.test(problem.message))) return true;
  // A "left out" or "without times" consequence of a runtime-only problem below or beside it.
  if (/^left out:|shown without times|only the start time|is required for sessions with times/.test(problem.message)) {
    const base = problem.path.replace(/\.(start|end|timeZone)$/, '');
    return all.some((p) => p !== problem && p.path.startsWith(base) && RUNTIME_ONLY_MESSAGES.some(([, re]) => re.test(p.message)));
  }
  return false;
}

/** Why this mutation is excluded from the comparison (a named difference), or null. */
export function excluded(m: Mutation): keyof typeof RUNTIME_ONLY | null {
  if (m.op !== 'set' || !m.site.field) return null;
  const v = m.value;
  if (v === null && !m.site.field.r) return 'null';
  // eslint-disable-next-line no-control-regex -- the C0 controls and spaces that safeUrl() strips from a URL's ends
  if (typeof v === 'string' && m.site.field.k === 'url' && (/^[\u0000-\u0020]|[\u0000-\u0020]$/.test(v) || /[\t\n\r]/.test(v))) return 'cleanup';
  return null;
}

/** Mutations of a value read as `entity`: set a field to a catalogue or random value, delete it, or add a key. */
export function mutations(entity: Entity, base: Json): fc.Arbitrary<Mutation> {
  return fc.constantFrom(...sites(entity, base, [], [])).chain((site): fc.Arbitrary<Mutation> => {
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
  });
}

/** Where a mutation happened, for messages. */
export function describeMutation(m: Mutation): string {
  return `${m.op} ${[...m.site.path, m.site.key || m.name].join('.')} = ${JSON.stringify(m.value)}`;
}
