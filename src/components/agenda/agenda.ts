import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClusterElement } from '../../base/cluster-element.js';
import { JsonLdController } from '../../base/json-ld.js';
import { AgendaViewBuilder, CHECKED_DOCUMENTS, agendaDays, withFilterChoice, type AgendaView } from '../../data/agenda-view.js';
import { programmeCalendar, sessionCalendar } from '../../data/agenda-calendar.js';
import { loadFailureText } from '../../data/event-load.js';
import { readTrackAttributes, toggledId, type TrackAttributes } from '../../data/agenda-track-view.js';
import { FavoritesStore } from '../../data/favorites.js';
import {
  deepLinkedSession,
  emptyFilterState,
  fragmentKey,
  readFilterState,
  type FragmentFilterState,
} from '../../data/fragment.js';
import { viewerTimeZone, type TimeDisplay } from '../../data/time.js';
import type { DataProblem, EventDocument } from '../../data/types.js';
import { offerICalendar } from '../../base/calendar.js';
import { agendaFilterStrings } from '../../i18n/agenda-filters.js';
import { uiLocale } from '../../i18n/locale.js';
import type { CalendarRequestDetail, ClusterAgendaTrack, FavoriteChangeDetail } from '../agenda-track/agenda-track.js';
import { DocumentReader } from './agenda.reader.js';
import { SourceLoader, type LoadResult } from '../../base/load.js';
import { styles } from './agenda.styles.js';
import { agendaTemplate } from './agenda.templates.js';
import { storeFilterState } from './agenda.url.js';
import { headingLevelOf } from '../../base/heading.js';
import { Pause } from '../../base/pause.js';

/** Detail of `cluster-filter-change`: the filters the reader set. */
export type AgendaFilterChangeDetail = FragmentFilterState;

declare global {
  interface HTMLElementEventMap {
    'cluster-filter-change': CustomEvent<AgendaFilterChangeDetail>;
  }
}


type Source = { document: EventDocument | null; problems: DataProblem[]; failure?: LoadResult | 'loading' };

/**
 * The whole programme of an event: days, and within each day its topics (tracks) side by side when
 * the element is wide, with filters, the reader's own sessions and a calendar download.
 *
 * @summary An event programme with filters, favourites, deep links and calendar export.
 * @status experimental
 * @since 0.1.0
 *
 * @event cluster-data-error - Fired when the data or `src` has problems; `detail.problems` lists them with paths.
 * @event cluster-filter-change - Fired when the reader changes a filter; `detail` is `{ tracks, rooms, query, onlyFavorites }`.
 * @event cluster-favorite-change - Fired (from a track, through this element) when the reader marks or unmarks a session; `detail` is `{ sessionId, favorite }`.
 * @event cluster-calendar-request - Fired (from a track, through this element) when the reader presses a session's "Add to calendar" button; `detail` is `{ sessionId }`. The element answers it (the event arrives already default-prevented) with a one-session `.ics` from the whole document.
 *
 * @csspart base - The component's wrapper.
 * @csspart controls - The filter form.
 * @csspart filter-group - A group of checkboxes (topics, rooms).
 * @csspart button - The "Clear filters" and calendar buttons.
 * @csspart count - The number of sessions shown.
 * @csspart day - One day of the programme.
 * @csspart heading - A day heading.
 * @csspart state - The loading, empty or error message shown instead of the programme.
 *
 * @cssproperty --cluster-color-text - Text colour.
 * @cssproperty --cluster-color-text-muted - Counts and hints.
 * @cssproperty --cluster-color-surface - Search field background.
 * @cssproperty --cluster-color-surface-raised - Filter form background.
 * @cssproperty --cluster-color-border - Filter form and group borders.
 * @cssproperty --cluster-color-accent - Buttons and checkboxes.
 * @cssproperty --cluster-color-warning - The note shown when the reader's sessions cannot be stored.
 * @cssproperty --cluster-radius - Corners.
 * @cssproperty --cluster-session-visibility - `content-visibility` of the sessions of a long topic (more than 30 in a day): `auto` (default) renders those off screen when they come near; `visible` renders all at once, for a contrast audit (axe cannot see the colours of sessions not rendered yet).
 */
export class ClusterAgenda extends ClusterElement {
  static override styles = styles;

  /** The event document (or raw JSON to validate, or a frab / pretalx schedule); wins over `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** URL of an event document or of a frab / pretalx `schedule.json`, loaded when `data` is not set. */
  @property() src?: string;

  /** Which zone times are shown in: `event` (default), `viewer` (the browser's) or `both`. Days follow the zone shown. Another value is reported and `event` is used. */
  @property({ attribute: 'time-display' }) timeDisplay: TimeDisplay = 'event';

  /** Pins the clock to this RFC 3339 instant (for tests and screenshots); without it the real clock runs. */
  @property() now?: string;

  /** Collapses finished days (and finished sessions within a day) behind a button. */
  @property({ type: Boolean, attribute: 'hide-past' }) hidePast = false;

  /**
   * Level of the day headings (1 or more; default 2); topic headings are one level below and session
   * titles two, so the agenda nests 3 levels deep. Levels above 6 are `role="heading"` with `aria-level`.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Adds the programme as schema.org JSON-LD in a `<script>` in this element's light DOM, for search engines. */
  @property({ type: Boolean, attribute: 'emit-json-ld' }) emitJsonLd = false;

  @state() private loaded: Source | null = null;
  @state() private filters: FragmentFilterState = emptyFilterState();
  @state() private favorites: ReadonlySet<string> = new Set();
  @state() private expandedDays: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  @state() private highlighted = '';

  private parsed: Source | null = null;
  private source: Source | null = null;
  /** `now` and `time-display` as understood; only these valid values reach the tracks. */
  private attrs: TrackAttributes = readTrackAttributes(undefined, 'event');
  private view: AgendaView | null = null;
  private viewInputs: unknown[] = [];
  /** Builds from the documents this element validated, so its track views are not checked again. */
  private readonly builder = new AgendaViewBuilder(CHECKED_DOCUMENTS);
  private readonly reader = new DocumentReader();
  private readonly loader = new SourceLoader((result) => {
    this.loaded = result.ok ? { document: result.document, problems: result.problems } : { document: null, problems: result.problems, failure: result };
  });
  private readonly jsonLd = new JsonLdController(this);
  /** The document and language last published as JSON-LD; `null` while nothing is (emit-json-ld off). */
  private jsonLdInputs: unknown[] = [null, ''];
  private jsonLdProblems: DataProblem[] = [];
  private store: FavoritesStore | null = null;
  /** Announces the count and puts the filters in the URL once typing or ticking pauses. */
  private readonly settling = new Pause(() => this.settle());
  private pendingDeepLink: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('storage', this.onStorage);
    this.applyHash(true);
    // Back in the page after a move: resume a load that the disconnection aborted (the JSON-LD
    // controller puts its script back by itself).
    if (this.hasUpdated && this.src && this.loaded?.failure === 'loading') this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('storage', this.onStorage);
    this.loader.abort();
    this.settling.flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('data')) {
      if (this.data != null || !this.src) {
        this.loader.abort();
        this.loaded = null;
      } else if (changed.has('src') || this.loaded === null) this.load();
    }
    if (changed.has('data')) this.parsed = this.data == null ? null : this.readData(this.data);
    if (changed.has('now') || changed.has('timeDisplay')) this.attrs = readTrackAttributes(this.now, this.timeDisplay);
    this.source = this.parsed ?? (this.src ? this.loaded : null);
    const document = this.source?.document ?? null;
    const eventId = document?.event.id ?? null;
    if (eventId !== (this.store?.eventId ?? null)) {
      this.store = eventId === null ? null : new FavoritesStore(eventId);
      this.favorites = this.store?.load() ?? new Set();
    }
    const zone = document ? this.displayZone(document) : '';
    const inputs = [document, this.filters, this.favorites, zone, this.language];
    if (document && inputs.some((v, i) => v !== this.viewInputs[i])) {
      this.viewInputs = inputs;
      const t = agendaFilterStrings(this.language);
      this.view = this.builder.build(document, {
        timeZone: zone,
        lang: this.language,
        filters: this.filters,
        favorites: this.favorites,
        onlyFavorites: this.filters.onlyFavorites,
        // Keyed by the language of the UI strings, so the track marks it as that language (WCAG 3.1.2).
        otherName: { [uiLocale(this.language)]: (document.event.tracks ?? []).length > 0 ? t.otherSessions : t.programme },
      });
      if (!this.settling.pending) this.announcement = this.countText();
    } else if (!document) {
      this.view = null;
      this.viewInputs = [];
    }
  }

  protected override updated(): void {
    this.publishJsonLd();
    this.reportProblems([...(this.source?.problems ?? []), ...this.jsonLdProblems, ...this.attrs.problems]);
    if (this.pendingDeepLink && this.view) void this.revealSession(this.pendingDeepLink);
  }

  /**
   * Writes the programme's schema.org graph into the light-DOM script when the document or the
   * language changed (not on every render: the graph of a large programme is costly), or removes
   * it when `emit-json-ld` is turned off. While `src` loads, the script already there stays.
   */
  private publishJsonLd(): void {
    const document = this.emitJsonLd ? (this.source?.document ?? null) : null;
    const inputs = [document, document ? this.language : ''];
    if (this.source?.failure === 'loading' || inputs.every((v, i) => v === this.jsonLdInputs[i])) return;
    this.jsonLdInputs = inputs;
    void this.trackWork(
      this.jsonLd.publish(document, this.language).then((problems) => {
        // null: a newer publish superseded this one and reports instead.
        if (problems === null || (problems.length === 0 && this.jsonLdProblems.length === 0)) return;
        this.jsonLdProblems = problems;
        this.requestUpdate();
      }),
    );
  }

  /** Validates `data`; a schedule shows the loading state until its converter has loaded. */
  private readData(data: unknown): Source {
    return this.nowOrLater<Source>(this.reader.read(data), { document: null, problems: [], failure: 'loading' }, (read) => {
      if (this.data !== data) return;
      this.parsed = read;
      this.requestUpdate();
    });
  }

  private displayZone(document: EventDocument): string {
    return this.attrs.display === 'viewer' ? viewerTimeZone() : document.event.timeZone;
  }

  /** `now` when it is a valid instant (what the tracks and calendar files get), else undefined. */
  private validNow(): string | undefined {
    return this.attrs.pinned ? this.now : undefined;
  }

  private load(): void {
    this.loaded = { document: null, problems: [], failure: 'loading' };
    this.loader.load(this.src!);
  }

  // Filters -----------------------------------------------------------------------------------

  private setFilters(next: FragmentFilterState): void {
    this.filters = next;
    this.dispatchEvent(
      new CustomEvent<AgendaFilterChangeDetail>('cluster-filter-change', {
        bubbles: true,
        composed: true,
        detail: { ...next, tracks: [...next.tracks], rooms: [...next.rooms] },
      }),
    );
    this.settling.restart();
  }

  /** After the reader paused: announce the count and put the filters in the URL. */
  private settle(): void {
    this.announcement = this.countText();
    storeFilterState(fragmentKey(this.id), this.filters);
  }

  private countText(): string {
    const view = this.view;
    return view ? agendaFilterStrings(this.language).sessionCount(view.matching, view.total) : '';
  }

  private onQuery = (event: Event): void => {
    this.setFilters({ ...this.filters, query: (event.target as HTMLInputElement).value });
  };

  private onChoice = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    this.setFilters(withFilterChoice(this.filters, input.name === 'room' ? 'rooms' : 'tracks', input.value, input.checked));
  };

  private onOnlyFavorites = (event: Event): void => {
    this.setFilters({ ...this.filters, onlyFavorites: (event.target as HTMLInputElement).checked });
  };

  private onClear = (): void => {
    this.setFilters(emptyFilterState());
    void this.rendered().then(() => this.renderRoot.querySelector<HTMLInputElement>('#query')?.focus());
  };

  private onDownload = (): void => {
    const document = this.source?.document;
    if (document && this.view) void this.trackWork(offerICalendar(this.localName, programmeCalendar(document, this.view.sessionIds, this.language, this.validNow())));
  };

  private onCalendarRequest = (event: CustomEvent<CalendarRequestDetail>): void => {
    // This element has the whole document (venue, people, base URL): it answers instead of the track.
    event.preventDefault();
    const document = this.source?.document;
    const job = document && sessionCalendar(document, event.detail.sessionId, this.language, this.validNow());
    if (job) void this.trackWork(offerICalendar(this.localName, job));
  };

  // Favourites, days, hash --------------------------------------------------------------------

  private onFavoriteChange = (event: CustomEvent<FavoriteChangeDetail>): void => {
    // The track's event is composed: it reaches the page through this element by itself.
    const { sessionId, favorite } = event.detail;
    if (!this.store || typeof sessionId !== 'string') return;
    this.favorites = this.store.toggle(this.favorites, sessionId, favorite);
    if (this.filters.onlyFavorites && !favorite) {
      // The session leaves the list with the button that had focus: keep focus in the element.
      void this.rendered().then(() => this.renderRoot.querySelector<HTMLInputElement>('input[name="favorites"]')?.focus());
    }
  };

  private onStorage = (event: StorageEvent): void => {
    if (this.store?.concerns(event)) this.favorites = this.store.load();
  };

  private onHashChange = (): void => this.applyHash(false);

  private applyHash(initial: boolean): void {
    const restored = readFilterState(location.hash, fragmentKey(this.id));
    if (restored) this.filters = restored;
    const target = deepLinkedSession(location.hash);
    if (target) this.pendingDeepLink = target;
    if (!initial && target && this.hasUpdated) void this.revealSession(target);
  }

  private toggleDay = (day: string): void => {
    this.expandedDays = toggledId(this.expandedDays, day);
  };

  /**
   * Shows a session: clears filters that hide it, expands its day, scrolls to it (without
   * animation when the reader asks for reduced motion), focuses and highlights it. Resolves to
   * false when the programme has no such session.
   */
  async revealSession(sessionId: string): Promise<boolean> {
    this.pendingDeepLink = null;
    const document = this.source?.document;
    if (!document || !(document.event.sessions ?? []).some((s) => s.id === sessionId)) return false;
    if (this.view && !this.view.sessionIds.includes(sessionId)) this.filters = emptyFilterState();
    await this.rendered();
    const day = this.view?.days.find((d) => d.tracks.some((t) => t.sessions.some((s) => s.id === sessionId)));
    if (day && !this.expandedDays.has(day.day)) this.expandedDays = toggledId(this.expandedDays, day.day, true);
    await this.rendered();
    this.highlighted = sessionId;
    await this.rendered();
    for (const track of this.renderRoot.querySelectorAll<ClusterAgendaTrack>('cluster-agenda-track')) {
      const item = await track.revealSession(sessionId);
      if (!item) continue;
      await track.updateComplete;
      const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      item.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'start' });
      item.focus({ preventScroll: true });
      return true;
    }
    return false;
  }

  // Rendering ---------------------------------------------------------------------------------

  override render(): TemplateResult {
    const source = this.source;
    const wrap = (content: unknown): TemplateResult => html`<div part="base" class="agenda">${this.renderProblems()}${content}</div>`;
    if (!source) return wrap(this.renderState('empty'));
    const failure = source.failure;
    if (failure === 'loading') return wrap(this.renderState('loading'));
    if (failure && !failure.ok) return wrap(this.renderState('error', loadFailureText(failure, this.language)));
    const document = source.document;
    const view = this.view;
    if (!document || !view) return wrap(this.renderState('error'));
    if (view.total === 0) return wrap(this.renderState('empty'));
    const clock = this.attrs.pinned?.getTime() ?? Date.now();
    const { locale, expandedDays: expanded, hidePast } = this;
    return wrap(
      agendaTemplate({
        lang: this.language,
        documentLang: document.lang,
        view,
        days: agendaDays(view, document, { locale, words: agendaFilterStrings(this.language), hidePast, clock, expanded }),
        filters: this.filters,
        favorites: this.favorites,
        announcement: this.announcement,
        unsaved: this.store?.persistent === false,
        headingLevel: headingLevelOf(this.headingLevel, 2),
        timeDisplay: this.attrs.display,
        now: this.validNow(),
        hidePast,
        highlighted: this.highlighted,
        onQuery: this.onQuery,
        onChoice: this.onChoice,
        onOnlyFavorites: this.onOnlyFavorites,
        onClear: this.onClear,
        onDownload: this.onDownload,
        onToggle: this.toggleDay,
        onFavoriteChange: this.onFavoriteChange,
        onCalendarRequest: this.onCalendarRequest,
      }),
    );
  }
}
