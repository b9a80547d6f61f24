import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ClusterElement } from '../../base/cluster-element.js';
import type { DataProblem } from '../../data/types.js';
import type { AgendaTrackView } from '../../data/views.js';
import { TIME_DISPLAYS, parseInstant, viewerTimeZone, type TimeDisplay } from '../../data/time.js';
import { resolveText } from '../../data/text.js';
import { offerICalendar } from '../../base/calendar.js';
import { agendaStrings } from '../../i18n/agenda.js';
import { sessionICalendar } from './agenda-track.ical.js';
import { styles } from './agenda-track.styles.js';
import { heading, renderSession, type SessionContext } from './agenda-track.session.js';
import { buildTrackModel, checkTrack, toIdSet, type TrackCheck, type TrackModel } from '../../data/agenda-track-view.js';

/** Detail of `cluster-favorite-change`. */
export interface FavoriteChangeDetail {
  /** Id of the session whose button was pressed. */
  sessionId: string;
  /** True when the reader added the session to their own, false when they removed it. */
  favorite: boolean;
}

/** Detail of `cluster-calendar-request`. */
export interface CalendarRequestDetail {
  /** Id of the session whose "Add to calendar" button was pressed. */
  sessionId: string;
}

declare global {
  interface HTMLElementEventMap {
    'cluster-favorite-change': CustomEvent<FavoriteChangeDetail>;
    'cluster-calendar-request': CustomEvent<CalendarRequestDetail>;
  }
}

/** Longest timer delay browsers accept (about 24.8 days). */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * One topic (track) of an event programme: its heading, description and sessions in time order,
 * with times in the event's zone (or the viewer's, or both), speakers, rooms and abstracts.
 *
 * @summary One topic of a programme: sessions in time order with times, speakers and rooms.
 * @status experimental
 * @since 0.1.0
 * @event cluster-data-error - Fired when the track has problems; `detail.problems` lists them with paths (`track.sessions[3].start`).
 * @event cluster-favorite-change - Fired when the reader presses a session's favourite button; `detail` is `{ sessionId, favorite }`. Call `preventDefault()` to stop the element from toggling its own copy.
 * @csspart base - The wrapper, with the track colour as its inline-start border.
 * @csspart heading - The track heading.
 * @csspart session - Each session (list item); the highlighted one also has `session-highlighted`.
 * @csspart time - The time of a session.
 * @csspart badge - A badge in words: now, status, kind.
 * @csspart speaker - One speaker line.
 * @event cluster-calendar-request - Fired when the reader presses a session's "Add to calendar" button; `detail` is `{ sessionId }`. Call `preventDefault()` to answer it yourself (as `<cluster-agenda>` does, from the whole document); otherwise the element downloads a one-session `.ics` built from its track.
 * @csspart button - The buttons: finished sessions, abstract, favourite, add to calendar.
 * @csspart state - The empty or error message shown instead of sessions.
 * @cssproperty --cluster-color-text - Text colour.
 * @cssproperty --cluster-color-text-muted - Secondary text (description, rooms, durations, markers).
 * @cssproperty --cluster-color-border - Lines between sessions; the accent when the track has no colour.
 * @cssproperty --cluster-color-accent - The "Now" badge, buttons and highlight.
 * @cssproperty --cluster-color-surface-raised - Background of the session in progress.
 * @cssproperty --cluster-color-danger - "Cancelled" badge.
 * @cssproperty --cluster-color-warning - "Postponed" and "Rescheduled" badges.
 * @cssproperty --cluster-color-info - "Moved online" badge.
 */
export class ClusterAgendaTrack extends ClusterElement {
  static override styles = styles;

  /**
   * The topic: name, description, colour, the event's IANA zone and its sessions (an
   * `AgendaTrackView`). Set a new object to change it; sessions are compared by reference, field
   * by field, so replace a changed session (or its changed field's value) rather than mutating
   * nested values in place.
   */
  @property({ attribute: false }) track?: AgendaTrackView | null;

  /** Level of the track heading, 1-6; session titles are one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** Which zone times are shown in: `event` (default), `viewer` (the browser's) or `both` where they differ. */
  @property({ attribute: 'time-display' }) timeDisplay: TimeDisplay = 'event';

  /** Pins the clock to this RFC 3339 instant (for tests and screenshots); without it the real clock runs. */
  @property() now?: string;

  /** Hides finished sessions behind a "Show N finished sessions" button. */
  @property({ type: Boolean, attribute: 'hide-past' }) hidePast = false;

  /**
   * Ids of the reader's sessions, shown as pressed favourite buttons. The element does not store
   * favourites: set a new Set when `cluster-favorite-change` fires. Until then (or with no one
   * listening) the element toggles its own copy so the buttons work standalone.
   */
  @property({ attribute: false }) favorites: ReadonlySet<string> = new Set();

  /** Shows a favourite toggle button on each session. */
  @property({ type: Boolean, attribute: 'show-favorites' }) showFavorites = false;

  /** Shows an "Add to calendar" button on each session that has a time. */
  @property({ type: Boolean, attribute: 'show-calendar' }) showCalendar = false;

  /** Leaves out the track heading (when the page or `<cluster-agenda>` renders it). */
  @property({ type: Boolean, attribute: 'no-heading' }) noHeading = false;

  /** Id of a session to highlight, such as the target of a deep link. */
  @property({ attribute: 'highlighted-session' }) highlightedSession = '';

  @state() private showPast = false;
  @state() private openAbstracts: ReadonlySet<string> = new Set();
  @state() private localFavorites: ReadonlySet<string> | null = null;

  private favoriteIds: ReadonlySet<string> = new Set();
  private checked: TrackCheck | null = null;
  private model: TrackModel | null = null;
  private modelKey = '';
  private problems: DataProblem[] = [];
  private problemsChanged = false;
  private clock = 0;
  private pinned = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page: the clock may have moved on while the element was away.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('track')) {
      this.checked = this.track === undefined ? null : checkTrack(this.track);
      this.model = null;
    }
    if (changed.has('favorites')) {
      this.localFavorites = null;
      this.favoriteIds = toIdSet(this.favorites);
    }
    const valid = (TIME_DISPLAYS as readonly string[]).includes(this.timeDisplay);
    const display: TimeDisplay = valid ? this.timeDisplay : 'event';
    const viewerZone = display === 'event' ? '' : viewerTimeZone();
    const key = `${this.language}\u0000${display}\u0000${viewerZone}`;
    if (this.checked?.track && (this.model === null || key !== this.modelKey)) {
      const lang = this.language;
      this.model = buildTrackModel(this.checked.track, {
        lang,
        locale: this.locale,
        display,
        viewerZone,
        strings: agendaStrings(lang),
      });
      this.modelKey = key;
    }
    const pinned = this.now ? parseInstant(this.now) : null;
    this.pinned = pinned !== null;
    this.clock = pinned ? pinned.getTime() : Date.now();
    if (changed.has('track') || changed.has('now') || changed.has('timeDisplay')) {
      const problems = [...(this.checked?.problems ?? [])];
      if (this.now && !pinned) {
        problems.push({ path: 'now', message: `${JSON.stringify(this.now)} is not an RFC 3339 date-time; the real clock is used` });
      }
      if (!valid) {
        problems.push({
          path: 'time-display',
          message: `${JSON.stringify(this.timeDisplay)} is not one of: ${TIME_DISPLAYS.join(', ')}; event is used`,
        });
      }
      this.problems = problems;
      this.problemsChanged = true;
    }
  }

  protected override updated(): void {
    if (this.problemsChanged) {
      this.problemsChanged = false;
      this.reportProblems(this.problems);
    }
    this.scheduleTick();
  }

  /** With the real clock, re-renders when the next session starts or finishes ("Now", "Finished"). */
  private scheduleTick(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pinned || !this.model || !this.isConnected) return;
    let next = Infinity;
    const consider = (t: number | null): void => {
      if (t !== null && t > this.clock && t < next) next = t;
    };
    for (const { session } of this.model.rows) {
      consider(session.start);
      consider(session.end);
      consider(session.finish);
    }
    if (next === Infinity) return;
    this.timer = setTimeout(() => this.requestUpdate(), Math.min(next - this.clock + 50, MAX_DELAY));
  }

  private togglePast = (): void => {
    this.showPast = !this.showPast;
  };

  private toggleAbstract = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset['session'] ?? '';
    const next = new Set(this.openAbstracts);
    if (!next.delete(id)) next.add(id);
    this.openAbstracts = next;
  };

  private toggleFavorite = (event: Event): void => {
    const sessionId = (event.currentTarget as HTMLElement).dataset['session'] ?? '';
    const current = this.localFavorites ?? this.favoriteIds;
    const favorite = !current.has(sessionId);
    const proceed = this.dispatchEvent(
      new CustomEvent<FavoriteChangeDetail>('cluster-favorite-change', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { sessionId, favorite },
      }),
    );
    // A listener that set `favorites` already wins (willUpdate drops this copy); one that called
    // preventDefault() keeps the state as it was.
    if (!proceed) return;
    const next = new Set(current);
    if (favorite) next.add(sessionId);
    else next.delete(sessionId);
    this.localFavorites = next;
  };

  private requestCalendar = (event: Event): void => {
    const sessionId = (event.currentTarget as HTMLElement).dataset['session'] ?? '';
    const proceed = this.dispatchEvent(
      new CustomEvent<CalendarRequestDetail>('cluster-calendar-request', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { sessionId },
      }),
    );
    // A listener that called preventDefault() answers with its own (richer) document.
    if (!proceed) return;
    const track = this.checked?.track;
    const session = track?.sessions?.find((s) => s.id === sessionId);
    if (!track || !session) return;
    const options = { lang: this.language, ...(this.pinned ? { now: new Date(this.clock) } : {}) };
    const filename = resolveText(session.title, this.language, track.lang) || session.id;
    void this.trackWork(
      offerICalendar(this.localName, (writer) => {
        const ics = sessionICalendar(writer, track, session, options);
        return ics ? { ics, filename } : null;
      }),
    );
  };

  /**
   * Returns the list item of a session (`li#session-<id>`, focusable with `tabindex="-1"`), first
   * showing the finished sessions if it is hidden among them; `null` when there is no such session.
   */
  async revealSession(sessionId: string): Promise<HTMLElement | null> {
    await this.rendered();
    const item = this.shadowRoot?.getElementById(`session-${sessionId}`) ?? null;
    if (item?.hidden && this.hidePast && !this.showPast) {
      this.showPast = true;
      await this.rendered();
    }
    return item;
  }

  override render(): TemplateResult {
    const t = agendaStrings(this.language);
    const track = this.checked?.track;
    const model = this.model;
    if (!this.checked) return html`<div part="base" class="track">${this.renderState('empty')}</div>`;
    if (!track || !model) return html`<div part="base" class="track">${this.renderState('error')}</div>`;
    const level = Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : 3;
    const showHeading = !this.noHeading && model.name !== '';
    const pastCount = this.hidePast ? model.rows.filter((r) => r.session.finish !== null && r.session.finish <= this.clock).length : 0;
    const context: SessionContext = {
      t,
      level: Math.min(level + 1, 6),
      clock: this.clock,
      hidePast: pastCount > 0 && !this.showPast,
      highlighted: this.highlightedSession,
      openAbstracts: this.openAbstracts,
      favorites: this.showFavorites ? (this.localFavorites ?? this.favoriteIds) : null,
      calendar: this.showCalendar,
      toggleAbstract: this.toggleAbstract,
      toggleFavorite: this.toggleFavorite,
      requestCalendar: this.requestCalendar,
    };
    let body: TemplateResult;
    if (model.rows.length === 0) {
      body = track.given === 0 && track.sessions ? this.renderState('empty', t.noSessions) : this.renderState('error', t.noValidSessions);
    } else {
      body = html`${pastCount > 0
          ? html`<button
              type="button"
              class="button past-toggle"
              part="button"
              aria-expanded=${this.showPast ? 'true' : 'false'}
              aria-controls="sessions"
              @click=${this.togglePast}
            >
              ${this.showPast ? t.hideFinished(pastCount) : t.showFinished(pastCount)}
            </button>`
          : nothing}
        <ol
          id="sessions"
          class="sessions${model.timed ? ' sessions--timed' : ''}"
          aria-labelledby=${ifDefined(showHeading ? 'heading' : undefined)}
          aria-label=${ifDefined(!showHeading && model.name ? model.name : undefined)}
        >
          ${repeat(
            model.rows,
            (row) => row.session.id,
            (row, index) => renderSession(row, index, context),
          )}
        </ol>`;
    }
    return html`<div part="base" class="track" style=${styleMap(model.color ? { '--_track-accent': model.color } : {})}>
      ${showHeading ? heading(level, 'track__heading', model.name, 'heading', 'heading') : nothing}
      ${model.description ? html`<p class="track__description">${model.description}</p>` : nothing}
      ${body}
    </div>`;
  }
}
