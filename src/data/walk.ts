/**
 * The runtime side of entities.ts: checks an untrusted value against an entity, field by field,
 * with the checkers of validate.ts. What is valid is kept (in fresh objects: no getters,
 * prototypes or unknown fields of the input survive), what is not is dropped and reported with
 * its JSON path, unknown keys are reported with a did-you-mean suggestion, and the entity's rule
 * repairs what spans several fields. Never throws.
 */
import type { DocumentRefs, Entity, Field, Kind, RefKind } from './entities.js';
import { MAX_NESTING } from './entities.js';
import {
  checkArray,
  checkBoolean,
  checkColor,
  checkCountry,
  checkDate,
  checkEnum,
  checkId,
  checkInstant,
  checkNumber,
  checkRecord,
  checkString,
  checkStringList,
  checkText,
  checkTimeZone,
  checkUrl,
  errorText,
  LANGUAGE_TAG,
  quote,
  readField,
  type Problems,
} from './validate.js';

/**
 * Where each checked object came from, for rules that report on items after the list was read: a
 * non-enumerable symbol property (invisible to JSON, `Object.keys` and deep equality). A WeakMap
 * of every checked object cost a large programme more in garbage collection than all the checks.
 */
const PATH = Symbol('path');

/** The JSON path a checked entity object came from. */
export function pathOf(item: object): string | undefined {
  return (item as { [PATH]?: string })[PATH];
}

const REF_NAMES: Readonly<Record<RefKind, string>> = {
  tracks: 'track in event.tracks',
  rooms: 'room in event.rooms',
  people: 'person in people',
  organizations: 'organization in organizations',
  projects: 'project in projects',
  objectiveLists: 'objective list in objectiveLists',
};

/** Unknown keys reported per object at most; the rest are counted in one problem. */
const MAX_UNKNOWN = 10;

/** The path of `key` under `path` (the document root has the empty path). */
export function childPath(path: string, key: string): string {
  return path ? (key ? `${path}.${key}` : path) : key;
}

/**
 * Checks `value` against `entity` at `path`. Returns the clean object, or `undefined` when it is
 * unusable (not an object, a required field missing or invalid, or its rule says so), after
 * reporting why. `refs` checks references to ids; `depth` is the nesting level of nested items.
 */
export function parseWith<T>(entity: Entity, value: unknown, path: string, problems: Problems, refs?: DocumentRefs, depth = 1): T | undefined {
  const r = checkRecord(value, path || 'document', problems, entity.name);
  if (!r) return undefined;
  return (entity.memo && rememberer ? rememberer(entity, r, path, problems, refs, depth) : check(entity, r, path, problems, refs, depth)) as T | undefined;
}

/** How a check of an entity's object runs: {@link check} itself, or a memo of it (walk-memo.ts). */
export type EntityCheck = (
  entity: Entity,
  r: Record<string, unknown>,
  path: string,
  problems: Problems,
  refs: DocumentRefs | undefined,
  depth: number,
) => unknown;

/**
 * What checks memo entities while `rememberingResults` (walk-memo.ts) runs, else nothing. The memo
 * lives in its own module so that pages whose elements never remember results (a banner, a card)
 * do not load it.
 */
let rememberer: EntityCheck | undefined;

/** Runs `read` with memo entities checked by `how` (for walk-memo.ts only). */
export function checkingWith<T>(how: EntityCheck, read: () => T): T {
  const before = rememberer;
  rememberer = how;
  try {
    return read();
  } finally {
    rememberer = before;
  }
}

/** Per entity, computed once: its field names, and whether it has no required field. */
interface Shape {
  keys: string[];
  known: ReadonlySet<string>;
  fields: Field[];
  optional: boolean;
}

const shapes = new WeakMap<Entity, Shape>();

function shapeOf(entity: Entity): Shape {
  let shape = shapes.get(entity);
  if (!shape) {
    const keys = Object.keys(entity.fields);
    const fields = keys.map((key) => entity.fields[key]!);
    shape = { keys, known: new Set(keys), fields, optional: fields.every((field) => !field.r) };
    shapes.set(entity, shape);
  }
  return shape;
}

/** Checks the object `r` against `entity` (see {@link parseWith}). */
export function check(entity: Entity, r: Record<string, unknown>, path: string, problems: Problems, refs: DocumentRefs | undefined, depth: number): unknown {
  const at = (key: string): string => childPath(path, key);
  const { keys, fields, optional } = shapeOf(entity);
  const out: Record<string, unknown> = {};
  let scope = refs;
  let required = false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const field = fields[i]!;
    const fieldPath = at(key);
    const checked = checkField(field, readField(r, key, fieldPath, problems), fieldPath, problems, scope, depth);
    if (checked !== undefined) out[key] = checked;
    else if (field.r === 1) required = true;
    if (field.defines) {
      scope = { ...scope, [field.defines]: new Set(((checked ?? []) as { id: string }[]).map((i) => i.id)) };
    }
  }
  unknownKeys(entity, r, path, problems);
  const usable = !required && (entity.any ? entity.any.some((key) => out[key] !== undefined) : true);
  if (!usable && entity.needs) problems.push({ path: path || 'document', message: `left out: ${entity.name} needs ${entity.needs}` });
  // The rule runs on an unusable entity too, so that an editor sees all its problems at once.
  const kept = entity.rule?.({ out, raw: (key) => readField(r, key), at, path, problems, refs: scope }) !== false;
  if (!kept || !usable) return undefined;
  if (optional && Object.keys(out).length === 0) return undefined;
  Object.defineProperty(out, PATH, { value: path });
  return out;
}

/** Checks a list of entities at `path` (an objective list's `items`, a page's `speakers`). */
export function parseListWith<T>(entity: Entity, value: unknown, path: string, problems: Problems, refs?: DocumentRefs, depth = 1): T[] | undefined {
  return checkField({ k: 'list', e: entity }, value, path, problems, refs, depth) as T[] | undefined;
}

function checkField(field: Field, v: unknown, path: string, problems: Problems, refs: DocumentRefs | undefined, depth: number): unknown {
  if (field.k === 'obj') {
    if (v == null) {
      if (field.r) problems.push({ path, message: 'is required but missing' });
      return undefined;
    }
    if (field.or && typeof v === 'string') return orString(field, v, path, problems);
    return parseWith(field.e!, v, path, problems, refs, depth);
  }
  if (field.k === 'list') return checkList(field, v, path, problems, refs, depth);
  const value = checkKind(field.k, v, path, problems, !!field.r, field);
  const known = field.ref && refs?.[field.ref];
  if (value === undefined || !known) return value;
  const what = REF_NAMES[field.ref];
  if (typeof value === 'string') {
    if (known.has(value)) return value;
    problems.push({ path, message: `${quote(value)} is not the id of any ${what}; the reference is removed` });
    return undefined;
  }
  return (value as string[]).filter((id) => {
    if (known.has(id)) return true;
    problems.push({ path, message: `${quote(id)} is not the id of any ${what}; the reference is removed` });
    return false;
  });
}

function checkList(field: Field, v: unknown, path: string, problems: Problems, refs: DocumentRefs | undefined, depth: number): unknown[] | undefined {
  if (field.nest && v != null && depth >= MAX_NESTING) {
    problems.push({ path, message: `nested more than ${MAX_NESTING} levels deep; these items are left out` });
    return undefined;
  }
  const unique = field.u || field.defines;
  const seen = new Map<string, string>();
  const noun = field.e!.name.replace(/^(an?|the) /, '');
  const items = checkArray(
    v,
    path,
    problems,
    (item, itemPath, pr) => {
      if (field.or && typeof item === 'string') return orString(field, item, itemPath, pr);
      const parsed = parseWith<{ id?: string }>(field.e!, item, itemPath, pr, refs, field.nest ? depth + 1 : depth);
      if (!parsed || !unique || parsed.id === undefined) return parsed;
      const first = seen.get(parsed.id);
      if (first !== undefined) {
        pr.push({ path: `${itemPath}.id`, message: `duplicate id ${quote(parsed.id)} (first used at ${first}); this ${noun} is left out` });
        return undefined;
      }
      seen.set(parsed.id, itemPath);
      return parsed;
    },
    { required: !!field.r },
  );
  return field.ne && items?.length === 0 ? undefined : items;
}

/** A plain string standing for the object (see `Field.or`), wrapped as `{ [wrap]: value }` when asked. */
function orString(field: Field, v: string, path: string, problems: Problems): unknown {
  const value = checkKind(field.or!, v, path, problems, false);
  return value === undefined || !field.wrap ? value : { [field.wrap]: value };
}

const CURRENCY = { pattern: /^[A-Z]{3}$/, patternHint: 'a three-letter ISO 4217 currency code (like "EUR")' };
const LANG = { pattern: LANGUAGE_TAG, patternHint: 'a language code (like "en" or "bg")' };

/** The options of a required and of an optional field, made once (this runs for every field of every entity). */
const REQUIRED = Object.freeze({ required: true });
const OPTIONAL = Object.freeze({ required: false });

function checkKind(kind: Kind, v: unknown, path: string, problems: Problems, required: boolean, field?: Field): unknown {
  const o = required ? REQUIRED : OPTIONAL;
  switch (kind) {
    case 'id':
      return checkId(v, path, problems, o);
    case 'str':
      return checkString(v, path, problems, o);
    case 'text':
      return checkText(v, path, problems, o);
    case 'instant':
      return checkInstant(v, path, problems, o);
    case 'when':
      return checkInstant(v, path, problems, { required, allowDate: true });
    case 'date':
      return checkDate(v, path, problems, o);
    case 'url':
      return checkUrl(v, path, problems, o);
    case 'enum':
      return checkEnum(v, field!.of!, path, problems, o);
    case 'num':
      return checkNumber(v, path, problems, { required, min: field?.min, max: field?.max, integer: field?.int === 1 });
    case 'bool':
      return checkBoolean(v, path, problems, o);
    case 'country':
      return checkCountry(v, path, problems, o);
    case 'currency':
      return checkString(v, path, problems, { required, ...CURRENCY });
    case 'lang':
      return checkString(v, path, problems, { required, ...LANG });
    case 'zone':
      return checkTimeZone(v, path, problems, o);
    case 'color':
      return checkColor(v, path, problems, o);
    case 'strs':
      return checkStringList(v, path, problems);
    default:
      return undefined;
  }
}

/**
 * Reports keys the entity does not define, once each, with the closest known field as a
 * suggestion. `$schema` (on the document) and keys starting with `x-` (extensions) are allowed.
 */
function unknownKeys(entity: Entity, r: Record<string, unknown>, path: string, problems: Problems): void {
  let keys: string[];
  try {
    keys = Object.keys(r);
  } catch (error) {
    problems.push({ path: path || 'document', message: `could not be read (${errorText(error)})` });
    return;
  }
  const { keys: known, known: isKnown } = shapeOf(entity);
  const unknown = keys.filter((key) => !isKnown.has(key) && !key.startsWith('x-') && !(entity.root && key === '$schema'));
  if (unknown.length === 0) return;
  for (const key of unknown.slice(0, MAX_UNKNOWN)) {
    const guess = suggest(key, known);
    // A key that is not a plain name (empty, with spaces or dots) is written as ["…"].
    const shown = /^[A-Za-z_$][\w$-]{0,39}$/.test(key) ? key : `[${quote(key)}]`;
    problems.push({
      path: shown.startsWith('[') ? `${path}${shown}` : childPath(path, shown),
      message: guess ? `unknown field; did you mean ${quote(guess)}?` : 'unknown field; it is ignored',
    });
  }
  if (unknown.length > MAX_UNKNOWN) {
    problems.push({ path: path || 'document', message: `has ${unknown.length - MAX_UNKNOWN} more unknown fields; they are ignored` });
  }
}

/**
 * The known name closest to `key` (case-insensitive optimal string alignment distance: edits and
 * swaps of neighbours), when it is close enough to be a slip: one edit for short names, two up to
 * eight letters, three beyond.
 */
export function suggest(key: string, known: readonly string[]): string | undefined {
  const a = key.toLowerCase();
  if (a.length > 64) return undefined;
  const limit = a.length <= 4 ? 1 : a.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of known) {
    const d = distance(a, name.toLowerCase());
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
