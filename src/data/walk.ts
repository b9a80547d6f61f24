/**
 * The runtime side of entities.ts: checks an untrusted value against an entity, field by field,
 * each with the checker its kind carries (`Field.c`: no table of kinds here, so a page loads only
 * the checkers of its entities' kinds). What is valid is kept (in fresh objects: no getters,
 * prototypes or unknown fields of the input survive), what is not is dropped and reported with
 * its JSON path, unknown keys are reported with a did-you-mean suggestion, and the entity's rule
 * repairs what spans several fields. Never throws.
 */
import type { DocumentRefs, Entity, Field } from './entities.js';
import { MAX_NESTING } from './entities.js';
import { checkArray, checkRecord, checkString, checkUrl, errorText, quote, readField, type Problems } from './validate.js';

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

/** Unknown keys reported per object at most; the rest are counted in one problem. */
const MAX_UNKNOWN = 10;

/** The path of `key` under `path` (the document root has the empty path). */
export function childPath(path: string, key: string): string {
  return path ? (key ? `${path}.${key}` : path) : key;
}

/**
 * Checks `value` against `entity` at `path`. Returns the clean object, or `undefined` when it is
 * unusable (not an object, a required field missing or invalid, or its rule says so), after
 * reporting why. `refs` are the ids references are checked against (by the kinds of the fields
 * that refer, see `refTo` in entities-document.ts); `depth` is the nesting level of nested items.
 */
export function parseWith<T>(
  entity: Entity,
  value: unknown,
  path: string,
  problems: Problems,
  refs?: DocumentRefs,
  depth = 1,
  slots?: unknown[],
  index = 0,
): T | undefined {
  const r = checkRecord(value, path || 'document', problems, entity.name);
  if (!r) return undefined;
  // An item of a list of memo entities comes with the list's slots and its index (see Rememberer).
  return (
    entity.memo && rememberer ? rememberer.check(entity, r, path, problems, refs, depth, slots, index) : check(entity, r, path, problems, refs, depth)
  ) as T | undefined;
}

/**
 * How memo entities are checked while `rememberingResults` (walk-memo.ts) runs: `check` is
 * {@link check} with a memo; an item of a list comes with the slots `list` gave that list (by the
 * list's path, fetched once per list) and its index in it, so that the memo of each of thousands of
 * sessions is found by index rather than by its path as text.
 */
export interface Rememberer {
  check(
    entity: Entity,
    r: Record<string, unknown>,
    path: string,
    problems: Problems,
    refs: DocumentRefs | undefined,
    depth: number,
    slots: unknown[] | undefined,
    index: number,
  ): unknown;
  list(entity: Entity, path: string): MemoList;
}

/** What the memo keeps of a list of memo entities at one path between reads (see {@link Rememberer}). */
export interface MemoList {
  /** The memos of its items by index (walk-memo.ts's). */
  readonly slots: unknown[];
  /** Where this read's items take their ids, knowing the last read's (walk-memo.ts). */
  ids(): Ids;
}

/** The ids of a list's items so far, to leave out an item whose id an earlier item has. */
export interface Ids {
  /** The index of an earlier item with `id`, else undefined: the item at `index` has it then. */
  take(id: string, index: number): number | undefined;
  /** The item at `index` has no id: none, or it is left out as a duplicate. */
  skip(index: number): void;
  /** Every item was read. */
  done(): void;
}

/** {@link Ids} of a list read once. */
function idsOnce(): Ids {
  const first = new Map<string, number>();
  return {
    take(id, index) {
      const at = first.get(id);
      if (at === undefined) first.set(id, index);
      return at;
    },
    skip() {},
    done() {},
  };
}

/**
 * What checks memo entities while `rememberingResults` (walk-memo.ts) runs, else nothing. The memo
 * lives in its own module so that pages whose elements never remember results (a banner, a card)
 * do not load it.
 */
let rememberer: Rememberer | undefined;

/** Runs `read` with memo entities checked by `how` (for walk-memo.ts only). */
export function checkingWith<T>(how: Rememberer, read: () => T): T {
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
  return field.c!(v, path, problems, field.r ? REQUIRED : OPTIONAL, field, refs);
}

function checkList(field: Field, v: unknown, path: string, problems: Problems, refs: DocumentRefs | undefined, depth: number): unknown[] | undefined {
  if (field.nest && v != null && depth >= MAX_NESTING) {
    problems.push({ path, message: `nested more than ${MAX_NESTING} levels deep; these items are left out` });
    return undefined;
  }
  const noun = field.e!.name.replace(/^(an?|the) /, '');
  const list = rememberer && field.e!.memo && v != null ? rememberer.list(field.e!, path) : undefined;
  const ids = field.u || field.defines ? (list ? list.ids() : idsOnce()) : undefined;
  // checkArray calls the function once per item, in order: its index.
  let index = 0;
  const items = checkArray(
    v,
    path,
    problems,
    (item, itemPath, pr) => {
      const at = index++;
      const parsed =
        field.or && typeof item === 'string'
          ? orString(field, item, itemPath, pr)
          : parseWith<{ id?: string }>(field.e!, item, itemPath, pr, refs, field.nest ? depth + 1 : depth, list?.slots, at);
      if (!ids) return parsed;
      const id = (parsed as { id?: unknown } | undefined)?.id;
      if (typeof id !== 'string' || (field.or && typeof item === 'string')) {
        ids.skip(at);
        return parsed;
      }
      const first = ids.take(id, at);
      if (first !== undefined) {
        pr.push({ path: `${itemPath}.id`, message: `duplicate id ${quote(id)} (first used at ${path}[${first}]); this ${noun} is left out` });
        return undefined;
      }
      return parsed;
    },
    { required: !!field.r },
  );
  ids?.done();
  return field.ne && items?.length === 0 ? undefined : items;
}

/** The options of a required and of an optional field, made once (this runs for every field of every entity). */
const REQUIRED = Object.freeze({ required: true });
const OPTIONAL = Object.freeze({ required: false });

/** A plain string standing for the object (see `Field.or`), wrapped as `{ [wrap]: value }` when asked. */
function orString(field: Field, v: string, path: string, problems: Problems): unknown {
  const value = field.or === 'url' ? checkUrl(v, path, problems) : checkString(v, path, problems);
  return value === undefined || !field.wrap ? value : { [field.wrap]: value };
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
