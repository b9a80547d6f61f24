/**
 * Documents for the gates: hostile versions of the demo documents (every text, URL, colour or id
 * field replaced by a payload) and fast-check arbitraries for arbitrary JSON and for mutations of
 * valid documents.
 */
import fc from 'fast-check';

/** Keys whose values are free text (plain or per language). */
export const TEXT_KEYS = new Set([
  'name',
  'title',
  'description',
  'abstract',
  'jobTitle',
  'affiliation',
  'bio',
  'label',
  'alt',
  'text',
  'summary',
  'acronym',
  'shortName',
  'opensEstimate',
  'detail',
  'unit',
  'streetAddress',
  'addressLocality',
  'postalCode',
  'identifier',
  'fund',
  'period',
  'tags',
  'heading',
]);
/** Keys whose values are links or image sources. */
export const URL_KEYS = new Set(['url', 'applyUrl', 'infoUrl', 'baseUrl', 'objectivesHref', 'href']);
/** Keys whose values are ids or references to ids. */
export const ID_KEYS = new Set([
  'id',
  'trackId',
  'roomId',
  'personId',
  'organizationId',
  'objectiveListId',
  'projectId',
  'organizerIds',
  'partnerIds',
  'projectIds',
]);

export interface Injection {
  text?: string;
  url?: string;
  color?: string;
  /** Prefixed to every id and reference (so references still resolve). */
  idPrefix?: string;
}

/** A deep copy of `value` with every text / URL / colour / id field rewritten as `injection` says. */
export function inject<T>(value: T, injection: Injection): T {
  const walk = (v: unknown, key: string | null, kind: 'text' | 'url' | 'color' | 'id' | null): unknown => {
    if (Array.isArray(v)) return v.map((item) => walk(item, key, kind));
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
        // Inside a per-language text object, the keys are languages: keep the parent's kind.
        const langKey = kind === 'text' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(k);
        out[k] = walk(child, langKey ? key : k, langKey ? kind : kindOf(k));
      }
      return out;
    }
    if (typeof v !== 'string') return v;
    switch (kind) {
      case 'text':
        return injection.text ?? v;
      case 'url':
        return injection.url ?? v;
      case 'color':
        return injection.color ?? v;
      case 'id':
        return injection.idPrefix === undefined ? v : `${injection.idPrefix}${v}`;
      default:
        return v;
    }
  };
  return walk(value, null, null) as T;
}

function kindOf(key: string): 'text' | 'url' | 'color' | 'id' | null {
  if (TEXT_KEYS.has(key)) return 'text';
  if (URL_KEYS.has(key)) return 'url';
  if (key === 'color') return 'color';
  if (ID_KEYS.has(key)) return 'id';
  return null;
}

/** A deep copy through JSON (the demo documents are JSON). */
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

// ---------------------------------------------------------------------------------------------
// Arbitraries

/** Strings that look like what a CMS produces when it goes wrong: dates, zones, numbers, markup, empties. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    '',
    ' ',
    'tomorrow',
    '2018-07-06',
    '2018-07-06T10:00:00',
    '2018-07-06T10:00:00+03:00',
    '2018-02-30T10:00:00Z',
    '9999-12-31T23:59:59+14:00',
    '0000-01-01T00:00:00Z',
    '2026-03-29T03:30:00+03:00',
    'Europe/Sofia',
    'Mars/Olympus',
    'UTC',
    'EUR',
    'BGN',
    'XXX',
    'NaN',
    '-1',
    '1e309',
    'javascript:void(0)',
    'https://example.org/',
    '#top',
    'mailto:',
    'en',
    'bg',
    'zz-ZZ-x-private',
    '__proto__',
    'constructor',
    'toString',
    '\u202E',
    '\uD800',
  ),
);

/** Arbitrary JSON values, with the nasty strings mixed in and deep nesting allowed. */
export const jsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double(),
    nastyString,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(nastyString, fc.constantFrom('event', 'sessions', 'id', 'start', 'name', 'lang')), tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** Values of the wrong kind for any field: what a mutation puts in place of a valid value. */
export const replacement: fc.Arbitrary<unknown> = fc.oneof(
  jsonValue,
  nastyString,
  fc.constantFrom(undefined, null, NaN, Infinity, -Infinity, -0, 2 ** 53, [], {}, [[[]]], { en: '' }, { '': 'x' }, true),
);

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  out.push(prefix);
  if (depth > 12) return out;
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out, depth + 1));
  else if (value !== null && typeof value === 'object') {
    for (const [k, child] of Object.entries(value as Record<string, unknown>)) pathsOf(child, [...prefix, k], out, depth + 1);
  }
  return out;
}

type Mutation =
  | { op: 'replace'; at: number; with: unknown }
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'wrap'; at: number }
  | { op: 'stringify'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), with: replacement }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('wrap' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('stringify' as const), at: fc.nat() }),
);

/**
 * A fresh copy of a replacement: `fc.constantFrom` gives the same object each time, and putting
 * one instance inside itself (a `[[[]]]` placed again below where it was placed) made a cycle
 * that the next mutation's JSON copy could not take.
 */
const fresh = (value: unknown): unknown => (typeof value === 'object' && value !== null ? structuredClone(value) : value);

function applyMutation(root: unknown, m: Mutation): unknown {
  const paths = pathsOf(root);
  const path = paths[m.at % paths.length]!;
  if (path.length === 0) {
    if (m.op === 'replace') return fresh(m.with);
    if (m.op === 'wrap') return [root];
    if (m.op === 'stringify') return JSON.stringify(root);
    return root;
  }
  let parent = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const current = parent[last];
  switch (m.op) {
    case 'replace':
      parent[last] = fresh(m.with);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(last as number, 0, clone(current ?? null));
      else parent[last] = Array.isArray(current) ? [...current, ...clone(current)] : current;
      break;
    case 'wrap':
      parent[last] = [current];
      break;
    case 'stringify':
      parent[last] = current === undefined ? 'undefined' : JSON.stringify(current);
      break;
  }
  return root;
}

/** Mutated copies of a valid value: 1-4 edits anywhere (replace, delete, duplicate, wrap in an array, stringify). */
export function mutated<T>(valid: T): fc.Arbitrary<unknown> {
  return fc.array(mutationArb, { minLength: 1, maxLength: 4 }).map((mutations) => {
    let value: unknown = clone(valid);
    for (const m of mutations) value = applyMutation(value, m);
    return value;
  });
}
