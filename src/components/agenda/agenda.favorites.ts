import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FavoritesStore } from '../../data/favorites.js';

/**
 * The sessions the reader marked in an agenda, kept per event id in storage and followed across
 * tabs (the `storage` event). When storage is refused the marks live as long as the page.
 */
export class AgendaFavorites implements ReactiveController {
  private store: FavoritesStore | null = null;
  private marked: ReadonlySet<string> = new Set();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The marked session ids (a new set on every change, so it can be compared by identity). */
  get ids(): ReadonlySet<string> {
    return this.marked;
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** Follows the event shown: another event id (or none) loads that event's marks. Call before building the view. */
  follow(eventId: string | null): void {
    if (eventId === (this.store?.eventId ?? null)) return;
    this.store = eventId === null ? null : new FavoritesStore(eventId);
    this.set(this.store?.load() ?? new Set());
  }

  /** Marks or unmarks a session and stores the marks; false when there is no event to keep them for. */
  toggle(sessionId: unknown, favorite: boolean): boolean {
    if (!this.store || typeof sessionId !== 'string') return false;
    this.set(this.store.toggle(this.marked, sessionId, favorite));
    return true;
  }

  /** True when there are marks that storage refused: they are lost when the page closes. */
  get unsaved(): boolean {
    return this.store !== null && !this.store.persistent && this.marked.size > 0;
  }

  private set(ids: ReadonlySet<string>): void {
    this.marked = ids;
    this.host.requestUpdate();
  }

  private readonly onStorage = (event: StorageEvent): void => {
    if (this.store?.concerns(event)) this.set(this.store.load());
  };
}
