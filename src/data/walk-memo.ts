/**
 * The memo of the walker (walk.ts) for the elements: results of memo entities (`Entity.memo`: a
 * session, a person) remembered by where they are in the document and reused when the content
 * there is unchanged, so an edited programme of thousands of sessions re-checks only what
 * changed. Only elements that read whole documents load it (see `rememberingResults`).
 */
import type { DocumentRefs, Entity } from './entities.js';
import type { Problems } from './validate.js';
import { check, checkingWith, type EntityCheck } from './walk.js';

/**
 * Runs `read` with the results of memo entities remembered and shared between checks (see
 * `Entity.memo`): for the elements, which only read what they get. A result handed out through
 * the public API (`parseEventDocument`) is always a fresh object, so a caller that changes it
 * cannot change what an element shows for the same data later.
 */
export function rememberingResults<T>(read: () => T): T {
  return checkingWith(remembered, read);
}

interface Memo {
  /** The references the result was checked against, as text (see {@link refsKey}). */
  refs: string;
  keys: string[];
  /** The values as given, and copies of them (see {@link copyData}). */
  values: unknown[];
  copies: unknown[];
  result: unknown;
  problems: Problems;
}

/**
 * The last result of each memo entity at each path (`event.sessions[17]`): an edited document
 * arrives as new objects (a form, a fetch, a framework's immutable update), so results are kept
 * by where they are and reused when the content there is the same. Bounded; any page holds a few
 * documents at most.
 */
const memos = new Map<Entity, Map<string, Memo>>();
const MEMO_LIMIT = 50_000;

/**
 * {@link check} once per unchanged input (see `Entity.memo`): at the same path, with the same
 * references and the same keys, whose values are the same objects as last time (like any Lit
 * property: a value changed in place is not seen) or equal plain data.
 */
const remembered: EntityCheck = (entity, r, path, problems, refs, depth) => {
  let byPath = memos.get(entity);
  if (!byPath) memos.set(entity, (byPath = new Map<string, Memo>()));
  const refsText = refsKey(refs);
  const memo = byPath.get(path);
  let keys: string[];
  let values: unknown[];
  try {
    if (memo && memo.refs === refsText && sameInput(memo, r)) {
      if (memo.problems.length > 0) problems.push(...memo.problems);
      return memo.result;
    }
    keys = Object.keys(r);
    values = keys.map((key) => r[key]);
  } catch {
    return check(entity, r, path, problems, refs, depth);
  }
  const local: Problems = [];
  const result = check(entity, r, path, local, refs, depth);
  if (byPath.size >= MEMO_LIMIT) byPath.clear();
  // Copies too: a new copy of a value changed in place since must not match what was checked.
  byPath.set(path, { refs: refsText, keys, values, copies: values.map((v) => copyData(v)), result, problems: local });
  problems.push(...local);
  return result;
};

/**
 * Whether `r` has the memo's own keys in the same order with the same values (the same objects,
 * or equal plain data), read without making arrays: this runs for every session of a programme
 * on every update. May throw (a getter); the caller then checks afresh.
 */
function sameInput(memo: Memo, r: Record<string, unknown>): boolean {
  let i = 0;
  for (const key in r) {
    if (!hasOwn.call(r, key)) continue;
    if (key !== memo.keys[i]) return false;
    const value = r[key];
    if (value !== memo.values[i] && !sameData(memo.copies[i], value)) return false;
    i++;
  }
  return i === memo.keys.length;
}

const refsInterned = new Map<string, string>();

/** The ids a result was checked against, as one string: a check uses one `refs` for all the items of a list, so the last one is kept. */
let lastRefs: DocumentRefs | undefined;
let lastRefsKey = '';

function refsKey(refs: DocumentRefs | undefined): string {
  if (!refs) return '';
  if (refs === lastRefs) return lastRefsKey;
  let key = Object.entries(refs)
    .map(([kind, ids]) => `${kind}\u0000${ids ? [...ids].join('\u0000') : ''}`)
    .join('\u0001');
  // One string object per distinct key: results compare it by reference, not character by
  // character (the ids of a large programme make it tens of kilobytes).
  const known = refsInterned.get(key);
  if (known !== undefined) key = known;
  else {
    if (refsInterned.size >= 64) refsInterned.clear();
    refsInterned.set(key, key);
  }
  lastRefs = refs;
  lastRefsKey = key;
  return key;
}

/** A deep copy of plain objects and arrays; anything else (a Date, a class instance) as it is. */
function copyData(v: unknown, depth = 0): unknown {
  if (typeof v !== 'object' || v === null || depth > 16) return v;
  try {
    if (Array.isArray(v)) return v.map((item) => copyData(item, depth + 1));
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return v;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      // An own "__proto__" key cannot be copied by assignment: such an object matches only itself.
      if (key === '__proto__') return v;
      copy[key] = copyData((v as Record<string, unknown>)[key], depth + 1);
    }
    return copy;
  } catch {
    return v;
  }
}

// eslint-disable-next-line @typescript-eslint/unbound-method -- only ever called as hasOwn.call(object, key)
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Whether `b` is the same data as `a`: the same value, or plain objects and arrays whose entries
 * are the same data. Anything else (a Date, a Map, a class instance, a getter that throws) counts
 * as the same only when it is the same object, so a memo hit never hides a difference.
 */
export function sameData(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 16) return false;
  try {
    if (Array.isArray(a)) {
      if (!Array.isArray(b) || a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i], depth + 1)) return false;
      return true;
    }
    const proto: unknown = Object.getPrototypeOf(a);
    if ((proto !== Object.prototype && proto !== null) || Object.getPrototypeOf(b) !== proto) return false;
    // The same own keys (in any order) with the same data; no arrays of keys are made.
    let count = 0;
    for (const key in a) {
      if (!hasOwn.call(b, key) || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1)) return false;
      count++;
    }
    for (const key in b) if (hasOwn.call(b, key)) count--;
    return count === 0;
  } catch {
    return false;
  }
}
