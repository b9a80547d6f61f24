import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ClusterElement } from '../../base/cluster-element.js';
import { AgendaViewBuilder, type AgendaDayView, type AgendaView } from '../../data/agenda-view.js';
import type { FragmentFilterState } from '../../data/fragment.js';
import { parseInstant, viewerTimeZone, type TimeDisplay } from '../../data/time.js';
import type { EventDocument } from '../../data/types.js';
import { offerICalendar } from '../../base/calendar.js';
import { agendaFilterStrings } from '../../i18n/agenda-filters.js';
import type { CalendarRequestDetail, FavoriteChangeDetail } from '../agenda-track/agenda-track.js';
import { programmeCalendar, sessionCalendar } from './agenda.calendar.js';
import { scrollToSession } from './agenda.reveal.js';
import { AgendaFavorites } from './agenda.favorites.js';
import { AgendaFilters } from './agenda.filters.js';
import { AgendaJsonLd } from './agenda.json-ld.js';
import { AgendaSource, type Source } from './agenda.source.js';
import { styles } from './agenda.styles.js';
import { controlsTemplate, dayLabel, dayTemplate, loadFailureMessage } from './agenda.templates.js';

/** Detail of `cluster-filter-change`: the filters the reader set. */
export type AgendaFilterChangeDetail = FragmentFilterState;

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
 */
export class ClusterAgenda extends ClusterElement {
  static override styles = styles;

  /** The event document (or raw JSON to validate, or a frab / pretalx schedule); wins over `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** URL of an event document or of a frab / pretalx `schedule.json`, loaded when `data` is not set. */
  @property() src?: string;

  /** Which zone times are shown in: `event` (default), `viewer` (the browser's) or `both`. Days follow the zone shown. */
  @property({ attribute: 'time-display' }) timeDisplay: TimeDisplay = 'event';

  /** Pins the clock to this RFC 3339 instant (for tests and screenshots); without it the real clock runs. */
  @property() now?: string;

  /** Collapses finished days (and finished sessions within a day) behind a button. */
  @property({ type: Boolean, attribute: 'hide-past' }) hidePast = false;

  /** Level of the day headings (1-6); topic headings are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Adds the programme as schema.org JSON-LD in a `<script>` in this element's light DOM, for search engines. */
  @property({ type: Boolean, attribute: 'emit-json-ld' }) emitJsonLd = false;

  @state() private expandedDays: ReadonlySet<string> = new Set();
  @state() private highlighted = '';

  private source: Source | null = null;
  private view: AgendaView | null = null;
  private viewInputs: unknown[] = [];
  private readonly builder = new AgendaViewBuilder();
  private readonly documentSource = new AgendaSource(this, (work) => void this.trackWork(work));
  private readonly jsonLd = new AgendaJsonLd(this, (work) => void this.trackWork(work));
  private readonly filters = new AgendaFilters(this, {
    countText: () => this.countText(),
    changed: (next) => this.notifyFilterChange(next),
    reveal: (sessionId) => this.revealSession(sessionId),
  });
  private readonly favorites = new AgendaFavorites(this);

  // Connecting and disconnecting are the controllers' business: the source resumes or aborts a
  // load, the filters follow the address and the favourites other tabs, the JSON-LD script comes and goes.

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.source = this.documentSource.current(changed.has('data'), changed.has('src'));
    const document = this.source?.document ?? null;
    this.favorites.follow(document?.event.id ?? null);
    const zone = document ? this.displayZone(document) : '';
    const filters = this.filters.state;
    const favorites = this.favorites.ids;
    const inputs = [document, filters, favorites, zone, this.language];
    if (document && inputs.some((v, i) => v !== this.viewInputs[i])) {
      this.viewInputs = inputs;
      this.view = this.builder.build(document, { timeZone: zone, lang: this.language, filters, favorites, onlyFavorites: filters.onlyFavorites });
      this.filters.announceCount();
    } else if (!document) {
      this.view = null;
      this.viewInputs = [];
    }
  }

  protected override updated(): void {
    // While `src` loads, the script already there stays.
    this.jsonLd.update(this.emitJsonLd ? (this.source?.document ?? null) : null, this.language, this.source?.failure === 'loading');
    const problems = [...(this.source?.problems ?? []), ...this.jsonLd.problems];
    if (this.now && !parseInstant(this.now)) problems.push({ path: 'now', message: `${JSON.stringify(this.now)} is not an RFC 3339 date-time; the real clock is used` });
    this.reportProblems(problems);
    this.filters.revealPending(this.view !== null);
  }

  private displayZone(document: EventDocument): string {
    return this.timeDisplay === 'viewer' ? viewerTimeZone() : document.event.timeZone;
  }

  /** The reader changed a filter (the form is {@link AgendaFilters}): tell the page. */
  private notifyFilterChange(next: FragmentFilterState): void {
    this.dispatchEvent(
      new CustomEvent<AgendaFilterChangeDetail>('cluster-filter-change', {
        bubbles: true,
        composed: true,
        detail: { ...next, tracks: [...next.tracks], rooms: [...next.rooms] },
      }),
    );
  }

  private countText(): string {
    const view = this.view;
    return view ? agendaFilterStrings(this.language).sessionCount(view.matching, view.total) : '';
  }

  /** The pinned clock (`now`), or null when the real one runs. */
  private pinnedNow(): Date | null {
    return this.now ? parseInstant(this.now) : null;
  }

  private onDownload = (): void => {
    const document = this.source?.document;
    if (!document || !this.view) return;
    void this.trackWork(offerICalendar(this.localName, programmeCalendar(document, this.view.sessionIds, this.language, this.pinnedNow())));
  };

  private onCalendarRequest = (event: CustomEvent<CalendarRequestDetail>): void => {
    // This element has the whole document (venue, people, base URL): it answers instead of the track.
    event.preventDefault();
    const document = this.source?.document;
    const write = document ? sessionCalendar(document, event.detail.sessionId, this.language, this.pinnedNow()) : null;
    if (write) void this.trackWork(offerICalendar(this.localName, write));
  };

  private onFavoriteChange = (event: CustomEvent<FavoriteChangeDetail>): void => {
    // The track's event is composed: it reaches the page through this element by itself.
    const { sessionId, favorite } = event.detail;
    if (!this.favorites.toggle(sessionId, favorite)) return;
    if (this.filters.state.onlyFavorites && !favorite) {
      // The session leaves the list with the button that had focus: keep focus in the element.
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[name="favorites"]')?.focus());
    }
  };

  private isFinished(day: AgendaDayView): boolean {
    const now = this.pinnedNow()?.getTime() ?? Date.now();
    return day.lastEnd !== null && day.lastEnd <= now;
  }

  private toggleDay = (day: string): void => {
    const next = new Set(this.expandedDays);
    if (!next.delete(day)) next.add(day);
    this.expandedDays = next;
  };

  /**
   * Shows a session: clears filters that hide it, expands its day, scrolls to it (without
   * animation when the reader asks for reduced motion), focuses and highlights it. Resolves to
   * false when the programme has no such session.
   */
  async revealSession(sessionId: string): Promise<boolean> {
    this.filters.forgetPending();
    const document = this.source?.document;
    if (!document || !(document.event.sessions ?? []).some((s) => s.id === sessionId)) return false;
    if (this.view && !this.view.sessionIds.includes(sessionId)) this.filters.reset();
    await this.updateComplete;
    const day = this.view?.days.find((d) => d.tracks.some((t) => t.sessions.some((s) => s.id === sessionId)));
    if (day && !this.expandedDays.has(day.day)) this.expandedDays = new Set([...this.expandedDays, day.day]);
    await this.updateComplete;
    this.highlighted = sessionId;
    await this.updateComplete;
    return scrollToSession(this.renderRoot, sessionId);
  }

  // Rendering ---------------------------------------------------------------------------------

  override render(): TemplateResult {
    const source = this.source;
    const wrap = (content: unknown): TemplateResult => html`<div part="base" class="agenda">${content}</div>`;
    if (!source) return wrap(this.renderState('empty'));
    const failure = source.failure;
    if (failure === 'loading') return wrap(this.renderState('loading'));
    if (failure && !failure.ok) return wrap(this.renderState('error', loadFailureMessage(failure, this.language)));
    const document = source.document;
    const view = this.view;
    if (!document || !view) return wrap(this.renderState('error'));
    if (view.total === 0) return wrap(this.renderState('empty'));
    const t = agendaFilterStrings(this.language);
    const onlyUntimed = !(document.event.sessions ?? []).some((s) => s.start);
    const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : 2;
    return wrap(html`
      ${controlsTemplate({
        lang: this.language,
        documentLang: document.lang,
        view,
        filters: this.filters,
        favoriteCount: this.favorites.ids.size,
        onDownload: this.onDownload,
      })}
      <p class="count" part="count" role="status">${this.filters.announcement}</p>
      ${this.favorites.unsaved ? html`<p class="note">${t.storageUnavailable}</p>` : nothing}
      ${view.days.length === 0
        ? html`<p class="none">${this.filters.state.onlyFavorites && this.favorites.ids.size === 0 ? t.noFavorites : t.noMatches}</p>`
        : nothing}
      ${repeat(
        view.days,
        (day) => day.day,
        (day, index) => {
          const collapsible = this.hidePast && this.isFinished(day);
          return dayTemplate({
            day,
            index,
            label: dayLabel(day, document, onlyUntimed, this.language, this.locale),
            lang: this.language,
            headingLevel: level,
            collapsible,
            expanded: !collapsible || this.expandedDays.has(day.day),
            onToggle: this.toggleDay,
            favorites: this.favorites.ids,
            timeDisplay: this.timeDisplay,
            now: this.now,
            hidePast: this.hidePast,
            highlighted: this.highlighted,
            onFavoriteChange: this.onFavoriteChange,
            onCalendarRequest: this.onCalendarRequest,
          });
        },
      )}
    `);
  }
}
