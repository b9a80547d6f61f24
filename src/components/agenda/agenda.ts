import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClusterElement } from '../../base/cluster-element.js';
import { JsonLdPublisher } from '../../base/json-ld-publisher.js';
import { Inputs } from '../../base/inputs.js';
import { SourceController, type SourceState } from '../../base/source-controller.js';
import { AgendaViewBuilder, CHECKED_DOCUMENTS, agendaDays, type AgendaView } from '../../data/agenda-view.js';
import { programmeCalendar, sessionCalendar } from '../../data/agenda-calendar.js';
import { loadFailureText } from '../../data/event-load.js';
import { readTrackAttributes, toggledId, type TrackAttributes } from '../../data/agenda-track-view.js';
import { emptyFilterState } from '../../data/fragment.js';
import { FavoritesController } from '../../base/favorites-controller.js';
import { FilterController, type FilterChangeDetail } from '../../base/filter-controller.js';
import { viewerTimeZone, type TimeDisplay } from '../../data/time.js';
import type { EventDocument } from '../../data/types.js';
import { offerICalendar } from '../../base/calendar.js';
import { agendaFilterStrings } from '../../i18n/agenda-filters.js';
import { stringsGeneration } from '../../i18n/strings.js';
import type { CalendarRequestDetail, ClusterAgendaTrack, FavoriteChangeDetail } from '../agenda-track/agenda-track.js';
import { styles } from './agenda.styles.js';
import { DocumentReader, programmeView } from './agenda.view.js';
import { agendaTemplate } from './agenda.templates.js';
import { headingLevelOf } from '../../base/heading.js';
import { scrollToAndFocus } from '../../base/reveal.js';
import { renamedBoolean } from '../../base/deprecated.js';

/** Detail of `cluster-filter-change`: the filters the reader set. */
export type AgendaFilterChangeDetail = FilterChangeDetail;

declare global {
  interface HTMLElementEventMap {
    'cluster-filter-change': CustomEvent<AgendaFilterChangeDetail>;
  }
}

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
 * @event cluster-calendar-request - Fired (from a track, through this element) when the reader chooses the `.ics` file in a session's calendar menu; `detail` is `{ sessionId }`. The element answers it (the event arrives already default-prevented) with a one-session `.ics` from the whole document.
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
  @property({ type: Boolean, attribute: 'show-json-ld' }) showJsonLd = false;
  /** @deprecated Renamed `showJsonLd` (attribute `show-json-ld`); warns once. @internal */
  declare emitJsonLd: boolean;

  @state() private expandedDays: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  @state() private highlighted = '';

  private source: SourceState | null = null;
  /** `now` and `time-display` as understood; only these valid values reach the tracks. */
  private attrs: TrackAttributes = readTrackAttributes(undefined, 'event');
  private view: AgendaView | null = null;
  private readonly viewInputs = new Inputs();
  /** Builds from the documents this element validated, so its track views are not checked again. */
  private readonly builder = new AgendaViewBuilder(CHECKED_DOCUMENTS);
  private readonly reader = new DocumentReader();
  private readonly sources = new SourceController(this, { read: (data) => this.reader.read(data), track: (work) => void this.trackWork(work) });
  private readonly jsonLd = new JsonLdPublisher(this, (work) => void this.trackWork(work), { optIn: true });
  private readonly favorites = new FavoritesController(this);
  /** The filters, kept in the URL; the count is announced once typing or ticking pauses. */
  private readonly fragment = new FilterController(this, {
    settled: () => (this.announcement = this.countText()),
    reveal: (sessionId) => void this.revealSession(sessionId),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('now') || changed.has('timeDisplay')) this.attrs = readTrackAttributes(this.now, this.timeDisplay);
    this.source = this.sources.update(changed);
    const document = this.source?.document ?? null;
    this.favorites.follow(document?.event.id ?? null);
    const { filters } = this.fragment;
    const favorites = this.favorites.ids;
    const zone = document ? this.displayZone(document) : '';
    const lang = this.language;
    // The strings' generation too: the name of the group without a topic comes from the UI strings.
    if (document && this.viewInputs.changed([document, filters, favorites, zone, lang, stringsGeneration()])) {
      this.view = programmeView(this.builder, document, { zone, lang, filters, favorites });
      if (!this.fragment.pending) this.announcement = this.countText();
    } else if (!document) {
      this.view = null;
      this.viewInputs.forget();
    }
  }

  protected override updated(): void {
    // Written again only when the document or the language changed, not on every render.
    this.jsonLd.update(this.showJsonLd ? (this.source?.document ?? null) : null, this.language, this.source?.failure === 'loading');
    this.reportProblems([...(this.source?.problems ?? []), ...this.jsonLd.problems, ...this.attrs.problems]);
    if (this.fragment.pendingDeepLink && this.view) void this.revealSession(this.fragment.pendingDeepLink);
  }

  private displayZone(document: EventDocument): string {
    return this.attrs.display === 'viewer' ? viewerTimeZone() : document.event.timeZone;
  }

  /** `now` when it is a valid instant (what the tracks and calendar files get), else undefined. */
  private validNow(): string | undefined {
    return this.attrs.pinned ? this.now : undefined;
  }

  private countText(): string {
    const view = this.view;
    return view ? agendaFilterStrings(this.language).sessionCount(view.matching, view.total) : '';
  }

  private onClear = (): void => {
    this.fragment.choose(emptyFilterState());
    void this.rendered().then(() => this.renderRoot.querySelector<HTMLInputElement>('#query')?.focus());
  };

  private onDownload = (): void => {
    const document = this.source?.document;
    if (document && this.view)
      void this.trackWork(
        offerICalendar(this.localName, document.textFormat, programmeCalendar(document, this.view.sessionIds, this.language, this.validNow())),
      );
  };

  private onCalendarRequest = (event: CustomEvent<CalendarRequestDetail>): void => {
    // This element has the whole document (venue, people, base URL): it answers instead of the track.
    event.preventDefault();
    const document = this.source?.document;
    const job = document && sessionCalendar(document, event.detail.sessionId, this.language, this.validNow());
    if (job) void this.trackWork(offerICalendar(this.localName, document?.textFormat, job));
  };

  private onFavoriteChange = (event: CustomEvent<FavoriteChangeDetail>): void => {
    // The track's event is composed: it reaches the page through this element by itself.
    const { sessionId, favorite } = event.detail;
    if (typeof sessionId !== 'string' || !this.favorites.toggle(sessionId, favorite)) return;
    if (this.fragment.filters.onlyFavorites && !favorite) {
      // The session leaves the list with the button that had focus: keep focus in the element.
      void this.rendered().then(() => this.renderRoot.querySelector<HTMLInputElement>('input[name="favorites"]')?.focus());
    }
  };

  private toggleDay = (day: string): void => {
    this.expandedDays = toggledId(this.expandedDays, day);
  };

  /**
   * Shows a session: clears filters that hide it, expands its day, scrolls to it (without
   * animation when the reader asks for reduced motion), focuses and highlights it. Resolves to
   * false when the programme has no such session.
   */
  async revealSession(sessionId: string): Promise<boolean> {
    this.fragment.pendingDeepLink = null;
    const document = this.source?.document;
    if (!document || !(document.event.sessions ?? []).some((s) => s.id === sessionId)) return false;
    if (this.view && !this.view.sessionIds.includes(sessionId)) this.fragment.set(emptyFilterState());
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
      scrollToAndFocus(item);
      return true;
    }
    return false;
  }

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
        document,
        view,
        days: agendaDays(view, document, { locale, words: agendaFilterStrings(this.language), hidePast, clock, expanded }),
        filters: this.fragment.filters,
        favorites: this.favorites.ids,
        announcement: this.announcement,
        unsaved: this.favorites.unsaved,
        headingLevel: headingLevelOf(this.headingLevel, 2),
        timeDisplay: this.attrs.display,
        now: this.validNow(),
        hidePast,
        highlighted: this.highlighted,
        onQuery: this.fragment.onQuery,
        onChoice: this.fragment.onChoice,
        onOnlyFavorites: this.fragment.onOnlyFavorites,
        onClear: this.onClear,
        onDownload: this.onDownload,
        onToggle: this.toggleDay,
        onFavoriteChange: this.onFavoriteChange,
        onCalendarRequest: this.onCalendarRequest,
      }),
    );
  }
}

renamedBoolean(ClusterAgenda, { attribute: 'emit-json-ld', property: 'emitJsonLd' }, { attribute: 'show-json-ld', property: 'showJsonLd' });
