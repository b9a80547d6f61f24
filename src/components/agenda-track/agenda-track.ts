import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { trackTemplate } from './agenda-track.templates.js';
import { ClusterElement } from '../../base/cluster-element.js';
import type { DataProblem } from '../../data/types.js';
import type { AgendaTrackView } from '../../data/views.js';
import { viewerTimeZone, type TimeDisplay } from '../../data/time.js';
import { offerICalendar } from '../../base/calendar.js';
import { CalendarMenu } from '../../base/calendar-menu.js';
import type { EventDocument } from '../../data/types.js';
import { commonStrings } from '../../i18n/common.js';
import { agendaStrings } from '../../i18n/agenda.js';
import { stringsGeneration } from '../../i18n/strings.js';
import { sessionCalendarJob, sessionDocument } from './agenda-track.view.js';
import { revealedAbstract, sessionAction } from './agenda-track-session.templates.js';
import { styles } from './agenda-track.styles.js';
import {
  buildTrackModel,
  checkTrack,
  finishedCount,
  nextChange,
  readTrackAttributes,
  toIdSet,
  toggledId,
  type TrackCheck,
  type TrackModel,
} from '../../data/agenda-track-view.js';
import { headingLevelOf } from '../../base/heading.js';
import { markdownRenderer } from '../../base/prose.js';
import { rememberingResults } from '../../data/walk-memo.js';
import { renamedBoolean } from '../../base/deprecated.js';

/** Detail of `cluster-favorite-change`. */
export interface FavoriteChangeDetail {
  /** Id of the session whose button was pressed. */
  sessionId: string;
  /** True when the reader added the session to their own, false when they removed it. */
  favorite: boolean;
}

/** Detail of `cluster-calendar-request`. */
export interface CalendarRequestDetail {
  /** Id of the session whose `.ics` file the reader asked for. */
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

/** A cancelable event about the reader's action that leaves the shadow root (`false` from dispatching it: a listener cancelled it). */
function readerAction<T>(type: 'cluster-favorite-change' | 'cluster-calendar-request', detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { bubbles: true, composed: true, cancelable: true, detail });
}

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
 * @event cluster-calendar-request - Fired when the reader chooses the `.ics` file in a session's calendar menu (its "Add to calendar" button opens the menu, with Google Calendar and Outlook.com beside the file); `detail` is `{ sessionId }`. Call `preventDefault()` to answer it yourself (as `<cluster-agenda>` does, from the whole document); otherwise the element downloads a one-session `.ics` built from its track.
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
 * @cssproperty --cluster-session-visibility - `content-visibility` of the sessions of a long track (more than 30): `auto` (default) renders those off screen when they come near; `visible` renders all at once, for a contrast audit (axe cannot see the colours of sessions not rendered yet).
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

  /**
   * Level of the track heading (1 or more; default 3); session titles are one level below, so the
   * track nests 2 levels deep. Levels above 6 are `role="heading"` with `aria-level`.
   */
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

  /** Shows an "Add to calendar" button on each session that has a time; it opens the track's one calendar menu (the `.ics` file, Google Calendar, Outlook.com) under it. */
  @property({ type: Boolean, attribute: 'show-calendar' }) showCalendar = false;

  /**
   * The event document the track's sessions come from, when the page has it (`<cluster-agenda>`
   * sets it): the Google Calendar and Outlook.com links of a session's calendar menu then name the
   * venue and link to the session on the page, as the agenda's `.ics` does. Without it they hold
   * what the track knows: the session, its room and speakers. Read only when a menu opens, so
   * setting it never renders the track again (an agenda sets a new document on every edit).
   */
  @property({ attribute: false, hasChanged: () => false }) calendarDocument?: EventDocument | null;

  /** Leaves out the track heading (when the page or `<cluster-agenda>` renders it). */
  @property({ type: Boolean, attribute: 'hide-heading' }) hideHeading = false;
  /** @deprecated Renamed `hideHeading` (attribute `hide-heading`); warns once. @internal */
  declare noHeading: boolean;

  /**
   * Leaves out the day on each session, for a track shown under a heading of its day (as
   * `<cluster-agenda>` does). Without it a session names its day where the day changes or is not the
   * event's day (`time-display="viewer"`).
   */
  @property({ type: Boolean, attribute: 'hide-day' }) hideDay = false;
  /** @deprecated Renamed `hideDay` (attribute `hide-day`); warns once. @internal */
  declare noDay: boolean;

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
  private pinned: Date | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** One calendar menu for every session: its `.ics` item asks for the file as the button did before. */
  private readonly calendarMenu = new CalendarMenu(this, 'calendar-menu', (sessionId) => this.requestCalendar(sessionId));

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
      const track = this.track;
      // Unchanged sessions keep their checked objects (the element only reads them).
      this.checked = track === undefined ? null : rememberingResults(() => checkTrack(track));
      this.model = null;
      this.calendarMenu.close(false);
    }
    if (changed.has('favorites')) {
      this.localFavorites = null;
      this.favoriteIds = toIdSet(this.favorites);
    }
    const { display, pinned, problems } = readTrackAttributes(this.now, this.timeDisplay);
    const viewerZone = display === 'event' ? '' : viewerTimeZone();
    // The strings' generation too: labels registered after the first render (`registerStrings`) show.
    const key = `${this.language}\u0000${stringsGeneration()}\u0000${display}\u0000${viewerZone}\u0000${this.hideDay}`;
    if (this.checked?.track && (this.model === null || key !== this.modelKey)) {
      const lang = this.language;
      this.model = buildTrackModel(this.checked.track, {
        lang,
        locale: this.locale,
        display,
        viewerZone,
        strings: agendaStrings(lang),
        noDay: this.hideDay,
      });
      this.modelKey = key;
    }
    this.pinned = pinned;
    this.clock = pinned ? pinned.getTime() : Date.now();
    if (changed.has('track') || changed.has('now') || changed.has('timeDisplay')) {
      this.problems = [...(this.checked?.problems ?? []), ...problems];
      this.problemsChanged = true;
    }
  }

  protected override updated(): void {
    // The track colour as a custom property set through CSSOM, which a strict style-src allows
    // (a style attribute in the template would not be); checked as a colour by checkTrack.
    const base = this.renderRoot.querySelector<HTMLElement>('.track');
    const color = this.model?.color ?? '';
    if (base && base.style.getPropertyValue('--_track-accent') !== color) {
      if (color) base.style.setProperty('--_track-accent', color);
      else base.style.removeProperty('--_track-accent');
    }
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
    const next = nextChange(this.model, this.clock);
    if (next === null) return;
    this.timer = setTimeout(() => this.requestUpdate(), Math.min(next - this.clock + 50, MAX_DELAY));
  }

  private togglePast = (): void => {
    this.showPast = !this.showPast;
  };

  /** The list's one listener: a session's abstract, favourite or calendar button. */
  private onSessionClick = (event: Event): void => {
    const hit = sessionAction(event);
    if (!hit) return;
    if (hit.action === 'abstract') this.openAbstracts = toggledId(this.openAbstracts, hit.sessionId);
    else if (hit.action === 'favorite') this.toggleFavorite(hit.sessionId);
    else this.toggleCalendarMenu(hit.sessionId, hit.button);
  };

  /** Find-in-page found text in a collapsed abstract: the browser shows it, and its button says so. */
  private onBeforeMatch = (event: Event): void => {
    const sessionId = revealedAbstract(event);
    if (sessionId !== null) this.openAbstracts = toggledId(this.openAbstracts, sessionId, true);
  };

  private toggleFavorite(sessionId: string): void {
    const current = this.localFavorites ?? this.favoriteIds;
    const favorite = !current.has(sessionId);
    // A listener that set `favorites` already wins (willUpdate drops this copy); one that called
    // preventDefault() keeps the state as it was.
    if (!this.dispatchEvent(readerAction<FavoriteChangeDetail>('cluster-favorite-change', { sessionId, favorite }))) return;
    this.localFavorites = toggledId(current, sessionId, favorite);
  }

  /** Opens (or closes) the calendar menu of a session under its button: the `.ics` file, Google Calendar, Outlook.com. */
  private toggleCalendarMenu(sessionId: string, trigger: HTMLElement): void {
    const track = this.checked?.track;
    const session = track?.sessions?.find((s) => s.id === sessionId);
    if (!track || !session) return;
    const lang = this.language;
    const strings = commonStrings(lang);
    // The links are made from the agenda's document when it gave one, else from the track's own data.
    const source = this.calendarDocument ?? sessionDocument(track, session);
    void this.trackWork(
      this.calendarMenu.toggle({
        key: sessionId,
        trigger,
        label: trigger.getAttribute('aria-label') ?? strings.addToCalendar,
        lang,
        textFormat: source?.textFormat,
        links: (writer) => source && writer.webCalendarLinks(source, { sessionId, lang }),
      }),
    );
  }

  private requestCalendar(sessionId: string): void {
    // A listener that called preventDefault() answers with its own (richer) document.
    if (!this.dispatchEvent(readerAction<CalendarRequestDetail>('cluster-calendar-request', { sessionId }))) return;
    const track = this.checked?.track;
    const job = track && sessionCalendarJob(track, sessionId, this.language, this.pinned);
    if (job) void this.trackWork(offerICalendar(this.localName, track.textFormat, job));
  }

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
    const model = this.model;
    if (!this.checked || !this.checked.track || !model) {
      return html`<div part="base" class="track">${this.renderProblems()}${this.renderState(this.checked ? 'error' : 'empty')}</div>`;
    }
    const level = headingLevelOf(this.headingLevel, 3);
    const pastCount = this.hidePast ? finishedCount(model, this.clock) : 0;
    const { given, sessions } = this.checked.track;
    return trackTemplate(model, {
      t,
      headingLevel: level,
      level: level + 1,
      hideHeading: this.hideHeading,
      clock: this.clock,
      pastCount,
      showPast: this.showPast,
      hidePast: pastCount > 0 && !this.showPast,
      highlighted: this.highlightedSession,
      openAbstracts: this.openAbstracts,
      favorites: this.showFavorites ? (this.localFavorites ?? this.favoriteIds) : null,
      calendar: this.showCalendar,
      calendarOpen: this.calendarMenu.openKey,
      calendarMenu: this.calendarMenu.render(),
      prose: markdownRenderer(this.checked.track.textFormat, this),
      problems: this.renderProblems(),
      state: model.rows.length > 0 ? null : given === 0 && sessions ? this.renderState('empty', t.noSessions) : this.renderState('error', t.noValidSessions),
      togglePast: this.togglePast,
      onSessionClick: this.onSessionClick,
      onBeforeMatch: this.onBeforeMatch,
    });
  }
}

renamedBoolean(ClusterAgendaTrack, { attribute: 'no-heading', property: 'noHeading' }, { attribute: 'hide-heading', property: 'hideHeading' });
renamedBoolean(ClusterAgendaTrack, { attribute: 'no-day', property: 'noDay' }, { attribute: 'hide-day', property: 'hideDay' });
