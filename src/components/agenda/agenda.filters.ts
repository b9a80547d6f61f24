import type { LitElement, ReactiveController } from 'lit';
import { emptyFilterState, fragmentKey, type FragmentFilterState } from '../../data/fragment.js';
import { storeFilterState } from './agenda.url.js';

/** How long typing or ticking must pause before the count is announced and the URL updated. */
const SETTLE_MS = 300;

/** What the filters need from the agenda that holds them. */
export interface AgendaFiltersOptions {
  /** The sentence announcing how many sessions the filters leave ("12 of 40 sessions"). */
  countText: () => string;
  /** Called when the reader changed a filter (not on restore), before the pause starts. */
  changed: (next: FragmentFilterState) => void;
}

/**
 * The reader's filters of an agenda and the filter form's handlers. A change by the reader is
 * reported at once; after the reader pauses ({@link SETTLE_MS}) the number of sessions shown is
 * announced and the filters are put in the page address, so the announcement does not chatter
 * while someone types. Leaving the page settles a pending change straight away.
 */
export class AgendaFilters implements ReactiveController {
  private current: FragmentFilterState = emptyFilterState();
  private said = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: LitElement,
    private readonly options: AgendaFiltersOptions,
  ) {
    host.addController(this);
  }

  /** The filters in effect (a new object on every change, so it can be compared by identity). */
  get state(): FragmentFilterState {
    return this.current;
  }

  /** The text of the count's live region. */
  get announcement(): string {
    return this.said;
  }

  hostDisconnected(): void {
    if (this.timer !== undefined) this.settle();
  }

  /** Sets the filters without reporting or storing them (restored from the address, cleared to reveal a session). */
  restore(next: FragmentFilterState): void {
    this.current = next;
    this.host.requestUpdate();
  }

  /** Announces the count of the current view, unless the reader is still changing filters. */
  announceCount(): void {
    if (this.timer === undefined) this.said = this.options.countText();
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
    if (said !== this.said) {
      this.said = said;
      this.host.requestUpdate();
    }
    storeFilterState(fragmentKey(this.host.id), this.current);
  }

  readonly onQuery = (event: Event): void => {
    this.change({ ...this.current, query: (event.target as HTMLInputElement).value });
  };

  readonly onChoice = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const key = input.name === 'room' ? 'rooms' : 'tracks';
    const others = this.current[key].filter((id) => id !== input.value);
    this.change({ ...this.current, [key]: input.checked ? [...others, input.value] : others });
  };

  readonly onOnlyFavorites = (event: Event): void => {
    this.change({ ...this.current, onlyFavorites: (event.target as HTMLInputElement).checked });
  };

  readonly onClear = (): void => {
    this.change(emptyFilterState());
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLInputElement>('#query')?.focus());
  };
}
