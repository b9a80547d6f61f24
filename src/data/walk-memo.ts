/**
 * The memo of the walker (walk.ts) for the elements: results of memo entities (`Entity.memo`: a
 * session, a person) remembered by where they are in the document and reused when the content
 * there is unchanged, so an edited programme of thousands of sessions re-checks only what
 * changed. Only elements that read whole documents load it (see `rememberingResults`).
 */
import type { DocumentRefs, Entity } from './entities.js';
import type { Problems } from './validate.js';
import { check, checkingWith, type MemoList, type Rememberer } from './walk.js';

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
  /** The path the result was checked at (an item found by its index is still compared by path). */
  path: string;
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
 * by where they are and reused when the content there is the same. Items of a list are kept in
 * one array per list path, by index (see `Rememberer` in walk.ts): finding the memo of each of
 * 5000 sessions by its path as text cost more than comparing the session. Bounded; any page holds
 * a few documents at most.
 */
const memos = new Map<Entity, Map<string, Memo>>();
const lists = new Map<Entity, Map<string, MemoList>>();
const MEMO_LIMIT = 50_000;
const LIST_LIMIT = 1000;
/** Memos kept in {@link lists}, to bound them like each map of {@link memos}. */
let listed = 0;

function listOf(entity: Entity, path: string): MemoList {
  let byList = lists.get(entity);
  if (!byList) lists.set(entity, (byList = new Map<string, MemoList>()));
  let list = byList.get(path);
  if (!list) {
    // Empty lists add no slots to count: their number is bounded too.
    if (byList.size >= LIST_LIMIT) byList.clear();
    byList.set(path, (list = { slots: [] }));
  }
  return list;
}

/**
 * {@link check} once per unchanged input (see `Entity.memo`): at the same path, with the same
 * references and the same keys, whose values are the same objects as last time (like any Lit
 * property: a value changed in place is not seen) or equal plain data.
 */
const remembered: Rememberer = {
  list: listOf,
  check(entity, r, path, problems, refs, depth, slots, index) {
    let byPath: Map<string, Memo> | undefined;
    if (!slots) {
      byPath = memos.get(entity);
      if (!byPath) memos.set(entity, (byPath = new Map<string, Memo>()));
    }
    const refsText = refsKey(refs);
    const memo = slots ? (slots[index] as Memo | undefined) : byPath!.get(path);
    let keys: string[];
    let values: unknown[];
    try {
      if (memo && memo.refs === refsText && memo.path === path && sameInput(memo, r)) {
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
    // Copies too: a new copy of a value changed in place since must not match what was checked.
    const next: Memo = { path, refs: refsText, keys, values, copies: values.map((v) => copyData(v)), result, problems: local };
    if (slots) {
      if (slots[index] === undefined && ++listed > MEMO_LIMIT) {
        // Forget every list but this one (whose array the walker holds).
        lists.clear();
        listed = 1;
      }
      slots[index] = next;
    } else {
      if (byPath!.size >= MEMO_LIMIT) byPath!.clear();
      byPath!.set(path, next);
    }
    problems.push(...local);
    return result;
  },
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
    if (value !== memo.values[i] && !sameAsCopy(memo.copies[i], value)) return false;
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

/**
 * A plain object as it was when checked: its own keys in order, copies of their values (see
 * {@link copyData}), and its prototype (`Object.prototype` or `null`).
 */
class PlainCopy {
  constructor(
    readonly proto: object | null,
    readonly keys: string[],
    readonly copies: unknown[],
  ) {}
}

/** What a value too deeply nested to copy becomes: it matches nothing, so its owner is checked again. */
const UNCOPIED = new PlainCopy(null, [], []);

/**
 * A deep copy of plain objects (as {@link PlainCopy}) and arrays; anything else (a Date, a class
 * instance) as it is, which only that same object matches. What cannot be read matches nothing.
 */
function copyData(v: unknown, depth = 0): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (depth > 16) return UNCOPIED;
  try {
    if (Array.isArray(v)) return v.map((item) => copyData(item, depth + 1));
    const proto: unknown = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return v;
    const keys = Object.keys(v);
    return new PlainCopy(
      proto,
      keys,
      keys.map((key) => copyData((v as Record<string, unknown>)[key], depth + 1)),
    );
  } catch {
    return UNCOPIED;
  }
}

/**
 * Whether `v` is the data `copy` was made of (see {@link copyData}): the same value, or a plain
 * object with the same own keys in the same order and an array of the same length, whose entries
 * are the same data. One pass over each object and no arrays made: this compares every nested
 * value of every session of a programme on every update.
 */
function sameAsCopy(copy: unknown, v: unknown): boolean {
  if (copy === v) return true;
  if (typeof v !== 'object' || v === null || typeof copy !== 'object' || copy === null) return false;
  if (copy instanceof PlainCopy) {
    if (copy === UNCOPIED || Object.getPrototypeOf(v) !== copy.proto) return false;
    const { keys, copies } = copy;
    let i = 0;
    for (const key in v) {
      if (!hasOwn.call(v, key)) continue;
      if (key !== keys[i] || !sameAsCopy(copies[i], (v as Record<string, unknown>)[key])) return false;
      i++;
    }
    return i === keys.length;
  }
  if (!Array.isArray(copy) || !Array.isArray(v) || v.length !== copy.length) return false;
  for (let i = 0; i < copy.length; i++) if (!sameAsCopy(copy[i], v[i])) return false;
  return true;
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
