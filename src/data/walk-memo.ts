/**
 * The memo of the walker (walk.ts) for the elements: results of memo entities (`Entity.memo`: a
 * session, a person) remembered by where they are in the document and reused when the content
 * there is unchanged, so an edited programme of thousands of sessions re-checks only what
 * changed. Only elements that read whole documents load it (see `rememberingResults`).
 */
import type { DocumentRefs, Entity } from './entities.js';
import type { Problems } from './validate.js';
import { check, checkingWith, type Ids, type MemoList, type Rememberer } from './walk.js';

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
  /**
   * A copy of the input (see {@link copyData}): a new copy of a value changed in place since must
   * not match what was checked.
   */
  input: unknown;
  result: unknown;
  problems: Problems;
}

/**
 * The last result of each memo entity at each place in its list (`event.sessions[17]`): an edited
 * document arrives as new objects (a form, a fetch, a framework's immutable update), so results
 * are kept by where they are and reused when the content there is the same. One array per list
 * path, by index (see `Rememberer` in walk.ts): finding the memo of each of 5000 sessions by its
 * path as text cost more than comparing the session. Bounded by the lists kept per entity and the
 * items read per list (validate.ts); any page holds a few documents at most.
 */
const lists = new Map<Entity, Map<string, MemoList>>();
const LIST_LIMIT = 8;

function listOf(entity: Entity, path: string): MemoList {
  let byList = lists.get(entity);
  if (!byList) lists.set(entity, (byList = new Map<string, MemoList>()));
  let list = byList.get(path);
  if (!list) {
    if (byList.size >= LIST_LIMIT) byList.clear();
    byList.set(path, (list = listMemo()));
  }
  return list;
}

/**
 * The memo of one list: its items' memos by index, and the ids its items had in the last read (by
 * index, `undefined` for none or a duplicate left out, so all different) with each one's index.
 * With those, the ids of a new copy are compared by index (the same strings, for items whose
 * results the memo reused), and only the ids that are not where they were go into a map: inserting
 * the ids of thousands of unchanged sessions into a new map cost more than all the rest of reading
 * them.
 */
function listMemo(): MemoList {
  let lastAt: (string | undefined)[] | undefined;
  let lastFirst = new Map<string, number>();
  return {
    slots: [],
    ids(): Ids {
      const was = lastAt;
      // Nothing to trust until this read is done.
      lastAt = undefined;
      const at: (string | undefined)[] = [];
      /** Where each id is first used: every id without a last read, else those not where they were. */
      const added = new Map<string, number>();
      /** Indices whose id is not the last read's. */
      const changed = new Set<number>();
      const skip = (index: number): void => {
        at[index] = undefined;
        if (was?.[index] !== undefined) changed.add(index);
      };
      return {
        skip,
        take(id, index) {
          let first = added.size > 0 ? added.get(id) : undefined;
          // With a last read, an item whose id is where it was can only meet it in `added` (the
          // last read's ids were all different); else an earlier item that still has its id.
          if (first === undefined && was && id !== was[index]) {
            const then = lastFirst.get(id);
            if (then !== undefined && then < index && !changed.has(then)) first = then;
          }
          if (first !== undefined) {
            skip(index);
            return first;
          }
          at[index] = id;
          if (!was || id !== was[index]) {
            added.set(id, index);
            if (was) changed.add(index);
          }
          return undefined;
        },
        done() {
          if (was) {
            const forget = (i: number): void => {
              const id = was[i];
              if (id !== undefined && lastFirst.get(id) === i) lastFirst.delete(id);
            };
            for (let i = at.length; i < was.length; i++) forget(i);
            for (const i of changed) forget(i);
            for (const [id, i] of added) lastFirst.set(id, i);
          } else lastFirst = added;
          lastAt = at;
        },
      };
    },
  };
}

/**
 * {@link check} once per unchanged input (see `Entity.memo`): at the same place in the same list,
 * with the same references and the same plain data (compared with a copy of what was checked, so a
 * value changed in place and given again is checked again). Anything else (a Date, a class
 * instance, a getter that throws) is the same only when it is the same object.
 */
const remembered: Rememberer = {
  list: listOf,
  check(entity, r, path, problems, refs, depth, slots, index) {
    // Memo entities are items of lists; one read on its own is only checked.
    if (!slots) return check(entity, r, path, problems, refs, depth);
    const refsText = refsKey(refs);
    const memo = slots[index] as Memo | undefined;
    if (memo && memo.refs === refsText && memo.path === path && sameData(memo.input, r)) {
      if (memo.problems.length > 0) problems.push(...memo.problems);
      return memo.result;
    }
    const local: Problems = [];
    const result = check(entity, r, path, local, refs, depth);
    slots[index] = { path, refs: refsText, input: copyData(r), result, problems: local };
    problems.push(...local);
    return result;
  },
};

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
 * Whether `b` is the same data as `a`: the same value, or plain objects with the same own keys in
 * the same order and arrays of the same length, whose entries are the same data. Anything else (a
 * Date, a Map, a class instance, a getter that throws) counts as the same only when it is the same
 * object, so a memo hit never hides a difference (not even of order: a localized text whose
 * languages were reordered is checked again, as its result keeps the order given).
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
    // One pass over `b` (this compares every nested value of every session on every update).
    const keys = Object.keys(a);
    let i = 0;
    for (const key in b) {
      if (!hasOwn.call(b, key)) continue;
      if (key !== keys[i] || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1)) return false;
      i++;
    }
    return i === keys.length;
  } catch {
    return false;
  }
}
