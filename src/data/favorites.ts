/**
 * The reader's own sessions ("favourites") per event, kept in `localStorage` under
 * `cluster-events:favorites:<event id>` as a JSON array of session ids.
 *
 * Storage may be missing, disabled (SecurityError when reading `window.localStorage`), full
 * (QuotaExceededError) or hold garbage; none of that is fatal: the ids are then kept in memory
 * for the life of the page, and {@link FavoritesStore.persistent} tells the caller so it can say so.
 */

/** The `localStorage` key of an event's favourites. */
export function favoritesKey(eventId: string): string {
  return `cluster-events:favorites:${eventId}`;
}

/** Ids held in memory when storage fails, shared by every element of the page. */
const memory = new Map<string, Set<string>>();

/** The page's localStorage, or `undefined` when reading it throws or it does not exist. */
function defaultStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** Session ids from a stored value: a JSON array of strings; anything else is an empty list. */
export function parseFavorites(value: string | null): Set<string> {
  if (!value) return new Set();
  try {
    const parsed: unknown = JSON.parse(value);
    if (!Array.isArray(parsed)) return new Set();
    return new Set(parsed.filter((id): id is string => typeof id === 'string' && id !== ''));
  } catch {
    return new Set();
  }
}

/** Reads and writes one event's favourites. */
export class FavoritesStore {
  /** False once storage failed (or was never there): the ids live only as long as the page. */
  persistent = true;

  constructor(
    readonly eventId: string,
    private readonly storage: () => Storage | undefined = defaultStorage,
  ) {}

  /** The stored ids (a new Set each call). */
  load(): Set<string> {
    const key = favoritesKey(this.eventId);
    const inMemory = memory.get(key);
    const storage = this.storage();
    if (!storage) {
      this.persistent = false;
      return new Set(inMemory ?? []);
    }
    try {
      const stored = parseFavorites(storage.getItem(key));
      // Ids saved in memory after a failed write are newer than what storage holds.
      return inMemory ? new Set(inMemory) : stored;
    } catch {
      this.persistent = false;
      return new Set(inMemory ?? []);
    }
  }

  /** Stores the ids; returns false when they could be kept in memory only. */
  save(ids: ReadonlySet<string>): boolean {
    const key = favoritesKey(this.eventId);
    const storage = this.storage();
    try {
      if (!storage) throw new Error('no storage');
      if (ids.size === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify([...ids]));
      memory.delete(key);
      this.persistent = true;
      return true;
    } catch {
      memory.set(key, new Set(ids));
      this.persistent = false;
      return false;
    }
  }

  /** Adds or removes one id and stores the result; returns the new set. */
  toggle(ids: ReadonlySet<string>, sessionId: string, favorite: boolean): Set<string> {
    const next = new Set(ids);
    if (favorite) next.add(sessionId);
    else next.delete(sessionId);
    this.save(next);
    return next;
  }

  /** True when a `storage` event (another tab) concerns this event's favourites. */
  concerns(event: StorageEvent): boolean {
    return event.key === null || event.key === favoritesKey(this.eventId);
  }
}
