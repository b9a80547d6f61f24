import type { LitElement, ReactiveController } from 'lit';
import { deepLinkedSession, emptyFilterState, fragmentKey, readFilterState, type FragmentFilterState } from '../../data/fragment.js';
import { storeFilterState } from './agenda.url.js';

/** How long typing or ticking must pause before the count is announced and the URL updated. */
const SETTLE_MS = 300;

/** What the filters need from the agenda that holds them. */
export interface AgendaFiltersOptions {
  /** The sentence announcing how many sessions the filters leave ("12 of 40 sessions"). */
  countText: () => string;
  /** Called when the reader changed a filter (not on restore), before the pause starts. */
  changed: (next: FragmentFilterState) => void;
  /** Shows a session a deep link names. */
  reveal: (sessionId: string) => Promise<boolean>;
}

/**
 * The reader's filters of an agenda, kept in the page address, and the filter form's handlers.
 *
 * A change by the reader is reported at once; after the reader pauses ({@link SETTLE_MS}) the
 * number of sessions shown is announced and the filters are put in the address, so the
 * announcement does not chatter while someone types. Leaving the page settles a pending change.
 *
 * When the element connects and on every `hashchange`, the filters stored under the element's key
 * are restored, and a `#session-…` deep link (which arrives the same way) is noted: the agenda
 * reveals it as soon as it shows a programme, at once on a later `hashchange`.
 */
export class AgendaFilters implements ReactiveController {
  /** The filters in effect (a new object on every change, so it can be compared by identity). */
  state: FragmentFilterState = emptyFilterState();
  /** The text of the count's live region. */
  announcement = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pendingLink: string | null = null;

  constructor(
    private readonly host: LitElement,
    private readonly options: AgendaFiltersOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.readAddress(true);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    if (this.timer !== undefined) this.settle();
  }

  /** Clears the filters without reporting or storing that (to reveal a session they hide). */
  reset(): void {
    this.restore(emptyFilterState());
  }

  /** Announces the count of the current view, unless the reader is still changing filters. */
  announceCount(): void {
    if (this.timer === undefined) this.announcement = this.options.countText();
  }

  /** Reveals the session a deep link named, if one waits and `ready` (a programme is shown). Call after each update. */
  revealPending(ready: boolean): void {
    if (this.pendingLink && ready) void this.options.reveal(this.pendingLink);
  }

  /** Drops the deep link waiting to be revealed (a session is being revealed now). */
  forgetPending(): void {
    this.pendingLink = null;
  }

  private readonly onHashChange = (): void => this.readAddress(false);

  private readAddress(initial: boolean): void {
    const restored = readFilterState(location.hash, fragmentKey(this.host.id));
    if (restored) this.restore(restored);
    const target = deepLinkedSession(location.hash);
    if (target) this.pendingLink = target;
    if (!initial && target && this.host.hasUpdated) void this.options.reveal(target);
  }

  private restore(next: FragmentFilterState): void {
    this.state = next;
    this.host.requestUpdate();
  }

  private change(next: FragmentFilterState): void {
    this.restore(next);
    this.options.changed(next);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settle(), SETTLE_MS);
  }

  /** After the reader paused: announce the count and put the filters in the URL. */
  private settle(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const said = this.options.countText();
    if (said !== this.announcement) {
      this.announcement = said;
      this.host.requestUpdate();
    }
    storeFilterState(fragmentKey(this.host.id), this.state);
  }

  readonly onQuery = (event: Event): void => {
    this.change({ ...this.state, query: (event.target as HTMLInputElement).value });
  };

  readonly onChoice = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const key = input.name === 'room' ? 'rooms' : 'tracks';
    const others = this.state[key].filter((id) => id !== input.value);
    this.change({ ...this.state, [key]: input.checked ? [...others, input.value] : others });
  };

  readonly onOnlyFavorites = (event: Event): void => {
    this.change({ ...this.state, onlyFavorites: (event.target as HTMLInputElement).checked });
  };

  readonly onClear = (): void => {
    this.change(emptyFilterState());
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLInputElement>('#query')?.focus());
  };
}
