import type { ReactiveController, ReactiveElement } from 'lit';
import { deepLinkedSession, emptyFilterState, fragmentKey, readFilterState, writeFilterState, type FragmentFilterState } from '../data/fragment.js';
import { withFilterChoice } from '../data/agenda-view.js';
import { Pause } from './pause.js';

/** Detail of `cluster-filter-change`: the filters the reader set. */
export type FilterChangeDetail = FragmentFilterState;

/**
 * The filters of `<cluster-agenda>`'s programme: the handlers of its filter form (each change of
 * the reader fires `cluster-filter-change` on the host), and the filters kept in the page address
 * (`#agenda=track:sea;q=reef`, keyed by the host's `id`) with the session a link points to
 * (`#session-…`), restored when the host connects and whenever the fragment changes. Filters the
 * reader sets reach the address (with `history.replaceState`, no new history entry) once typing
 * or ticking pauses, when `settled` runs as well (the host announces the count then); `reveal` is
 * called for a link followed while the host is on the page.
 */
export class FilterController implements ReactiveController {
  /** The filters in effect; a new object on every change. */
  filters: FragmentFilterState = emptyFilterState();
  /** A session the address points to, waiting for the content it is in. */
  pendingDeepLink: string | null = null;
  private readonly settling = new Pause(() => this.settle());

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: { settled(): void; reveal(sessionId: string): void },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.applyHash(true);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.settling.flush();
  }

  /** True while the reader's last change waits for a pause. */
  get pending(): boolean {
    return this.settling.pending;
  }

  /** Sets the filters the reader chose and fires `cluster-filter-change`; they reach the address once the reader pauses. */
  choose(next: FragmentFilterState): void {
    this.set(next);
    this.host.dispatchEvent(
      new CustomEvent<FilterChangeDetail>('cluster-filter-change', {
        bubbles: true,
        composed: true,
        detail: { ...next, tracks: [...next.tracks], rooms: [...next.rooms] },
      }),
    );
    this.settling.restart();
  }

  /** Sets the filters (no pause, the address keeps what it has). */
  set(next: FragmentFilterState): void {
    this.filters = next;
    this.host.requestUpdate();
  }

  /** The search field's `input`. */
  onQuery = (event: Event): void => {
    this.choose({ ...this.filters, query: (event.target as HTMLInputElement).value });
  };

  /** A topic or room checkbox's `change` (its `name` is `room` for rooms). */
  onChoice = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.choose(withFilterChoice(this.filters, input.name === 'room' ? 'rooms' : 'tracks', input.value, input.checked));
  };

  /** The "only my sessions" checkbox's `change`. */
  onOnlyFavorites = (event: Event): void => {
    this.choose({ ...this.filters, onlyFavorites: (event.target as HTMLInputElement).checked });
  };

  private settle(): void {
    this.options.settled();
    storeFilterState(fragmentKey(this.host.id), this.filters);
  }

  private onHashChange = (): void => this.applyHash(false);

  private applyHash(initial: boolean): void {
    const restored = readFilterState(location.hash, fragmentKey(this.host.id));
    if (restored) this.set(restored);
    const target = deepLinkedSession(location.hash);
    if (target) this.pendingDeepLink = target;
    if (!initial && target && this.host.hasUpdated) this.options.reveal(target);
  }
}

/**
 * Puts filters into the page address under `key` with `history.replaceState` (no new history
 * entry, no `hashchange`), keeping every other part of the fragment.
 */
function storeFilterState(key: string, filters: FragmentFilterState): void {
  const hash = writeFilterState(location.hash, key, filters);
  if (hash === location.hash || (hash === '' && location.hash === '#')) return;
  const url = new URL(location.href);
  url.hash = hash;
  try {
    history.replaceState(history.state, '', hash === '' ? url.href.replace(/#$/, '') : url.href);
  } catch {
    // Too many replaceState calls in a short time (Safari throws): the next change retries.
  }
}
