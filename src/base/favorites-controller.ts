import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FavoritesStore } from '../data/favorites.js';

/**
 * The reader's own sessions of one event ("favourites"), kept in `localStorage` (in memory where
 * storage fails) and followed across tabs through `storage` events. The host calls {@link follow}
 * from `willUpdate` with its document's event id; a change from another tab or through
 * {@link toggle} requests an update.
 */
export class FavoritesController implements ReactiveController {
  /** The marked session ids: a new set on every change, so it can be compared by identity. */
  ids: ReadonlySet<string> = new Set();
  private store: FavoritesStore | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** True when the ids could be kept in memory only (no storage, or it refused the write). */
  get unsaved(): boolean {
    return this.store?.persistent === false;
  }

  /** Reads the favourites of the event with this id (`null`: no event) when it is another event. */
  follow(eventId: string | null): void {
    if (eventId === (this.store?.eventId ?? null)) return;
    this.store = eventId === null ? null : new FavoritesStore(eventId);
    this.ids = this.store?.load() ?? new Set();
  }

  /** Marks or unmarks a session and stores the result; false when there is no event to store it for. */
  toggle(sessionId: string, favorite: boolean): boolean {
    if (!this.store) return false;
    this.ids = this.store.toggle(this.ids, sessionId, favorite);
    this.host.requestUpdate();
    return true;
  }

  private onStorage = (event: StorageEvent): void => {
    if (!this.store?.concerns(event)) return;
    this.ids = this.store.load();
    this.host.requestUpdate();
  };
}
