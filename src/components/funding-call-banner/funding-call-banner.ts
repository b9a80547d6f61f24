import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { ClusterElement } from '../../base/cluster-element.js';
import { parseFundingCall } from '../../data/entities-funding.js';
import { parseInstant, viewerTimeZone } from '../../data/time.js';
import { TEXT_FORMATS, type CallStatus, type DataProblem, type FundingCall, type TextFormat } from '../../data/types.js';
import { checkEnum, errorText, quote } from '../../data/validate.js';
import { markdownRenderer } from '../../base/prose.js';
import { fundingStrings } from '../../i18n/funding.js';
import { isDismissed, rememberDismissal } from './funding-call-banner-dismissal.controller.js';
import type { BannerCalendar, CalendarContext } from './funding-call-banner-actions.controller.js';
import { CallClock } from './funding-call-banner-clock.controller.js';
import { closeIcon } from './funding-call-banner-icons.templates.js';
import { styles } from './funding-call-banner.styles.js';
import { calendarButton, compactDeadline, eyebrow, facts, linkButton, statusBadge, titleRun, type OnCalendar } from './funding-call-banner.templates.js';
import { attributeProblems, buildCallView, isEmptyInput, mergeCallInput, type BannerAttributes, type CallView } from '../../data/funding-call-view.js';
import { headingLevelOf } from '../../base/heading.js';

/** Detail of `cluster-call-status-change`. */
export interface CallStatusChangeDetail {
  status: CallStatus;
  previousStatus: CallStatus;
  callId: string;
}

/** Detail of `cluster-dismiss`. */
export interface DismissDetail {
  callId: string;
}

declare global {
  interface HTMLElementEventMap {
    'cluster-call-status-change': CustomEvent<CallStatusChangeDetail>;
    'cluster-dismiss': CustomEvent<DismissDetail>;
  }
}

/** What the banner does only when asked (its calendar menu, the focus after a dismissal): loaded on first use. */
const loadActions = () => import('./funding-call-banner-actions.controller.js');

/** The properties of the simple form, named as the call fields they give (see mergeCallInput). */
const ATTRIBUTES = ['heading', 'identifier', 'programme', 'opens', 'deadline', 'timeZone', 'href', 'infoHref', 'budget', 'currency'] as const;
const INPUTS = ['call', ...ATTRIBUTES, 'now', 'textFormat'] as const;

/**
 * A banner announcing a funding call: its status in words, deadlines in the call's zone and the
 * reader's, a countdown, the budget and the actions to apply, read more or add a deadline to a calendar.
 *
 * Give the call as the `call` property (a `FundingCall`) or, for a simple call, as attributes with
 * the summary as slotted content. When both are given, the property wins field by field: an
 * attribute only fills a field the property leaves out. Set a stable `id` (or `identifier`) on an
 * attribute-only banner: the call is named by it in calendar entries (their UID) and in the stored
 * dismissal, and without either it is derived from the heading, so rewording the heading would
 * add a second entry to a reader's calendar.
 *
 * Dismissing (`dismissible`) hides the banner and says so politely ("The call … was hidden.").
 * Focus, when it was on the dismiss button, moves to the next control after the banner in the
 * page's reading order (through shadow roots and slots), else to the nearest control before it;
 * only when the page has no other control, or the banner sits in a closed shadow root where
 * its neighbours cannot be found, does the banner itself take focus (it gets `tabindex="-1"`;
 * when it is shown again the page's own `tabindex` comes back, or none), so that focus never
 * falls back to the top of the page.
 *
 * @summary Status, deadlines, countdown and budget of a funding call, as a banner or a one-line strip.
 * @status experimental
 * @since 0.1.0
 * @slot - The call's summary, shown when `call.summary` is not given.
 * @event cluster-data-error - Fired when the data has problems; `detail.problems` lists all of them at once,
 *   a value given as an attribute under the attribute's name (`deadline`, `time-zone`, `href`), one of the
 *   `call` property under its data path (`call.deadlines[0].at`).
 * @event cluster-call-status-change - Fired when the call's status changes while the banner is displayed
 *   because time passed (the call opened, entered its last days or closed, or the day it was expected to
 *   open by (`opensBy`) ended with no opening date given: `unconfirmed`), not on a user action;
 *   `detail` has `status`, `previousStatus` and `callId`. Never fired while `now` is pinned.
 * @event cluster-dismiss - Fired when the reader dismisses the banner; `detail.callId` names the call.
 *   By then focus, when it was on the dismiss button, has moved on (see above); a page that removes
 *   the element on this event keeps that focus but loses the spoken confirmation.
 * @csspart base - The banner's wrapper.
 * @csspart badge - The status word with its icon.
 * @csspart title - The call's title (named `title`: a part named like the `heading` property would hide it in the docs).
 * @csspart countdown - The time left while the call is open.
 * @csspart time - Each date and time.
 * @csspart button - The apply, information and calendar actions.
 * @csspart dismiss-button - The button that dismisses the banner.
 * @cssproperty --cluster-color-accent - Action buttons.
 * @cssproperty --cluster-color-success - The open status.
 * @cssproperty --cluster-color-warning - The closing-soon status.
 * @cssproperty --cluster-color-danger - The cancelled status.
 * @cssproperty --cluster-color-info - The forthcoming status.
 * @cssproperty --cluster-color-surface - Background of the banner.
 * @cssproperty --cluster-color-surface-raised - Background of the compact strip.
 */
export class ClusterFundingCallBanner extends ClusterElement {
  static override styles = styles;

  /** The funding call; its fields win over the attributes. */
  @property({ attribute: false }) call: FundingCall | null = null;
  /** Title of the call (when `call` is not given); it names the call's calendar entries only when neither `id` nor `identifier` is set. */
  @property() heading = '';
  /** Official reference of the call, e.g. `BG16RFOP002-1.001`; without an `id`, a stable one keeps calendar entries and the dismissal stable. */
  @property() identifier = '';
  /** Name of the funding programme. */
  @property() programme = '';
  /** Opening date-time, RFC 3339 with offset. */
  @property() opens = '';
  /** Deadline, RFC 3339 with offset. */
  @property() deadline = '';
  /** IANA zone in which the call's dates are given and shown (`Europe/Brussels`). */
  @property({ attribute: 'time-zone' }) timeZone = '';
  /** Where to apply; shown only while the call is open. */
  @property() href = '';
  /** Page with more information about the call. */
  @property({ attribute: 'info-href' }) infoHref = '';
  /** Total budget as a number (`5000000`), in `currency`. */
  @property() budget = '';
  /** ISO 4217 currency of `budget` (`EUR`). */
  @property() currency = '';
  /** Pins the clock to this RFC 3339 instant (stable pages, previews, tests); otherwise the real clock runs. */
  @property() now = '';
  /** Shows a one-line strip for a site header instead of the full banner. */
  @property({ type: Boolean, reflect: true }) compact = false;
  /** Adds a button that hides the banner and remembers that per call id. */
  @property({ type: Boolean, reflect: true }) dismissible = false;
  /** True once the reader dismissed this call (restored from storage); set it to false to show the banner again. */
  @property({ type: Boolean, reflect: true }) dismissed = false;
  /** Level of the title heading (1 or more, default 3; above 6 `role="heading"` with `aria-level`). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /**
   * How the call's summary is written: `plain` text (the default) or `markdown`, of which a safe
   * subset is shown; `<cluster-event>` sets it from its document's `textFormat`.
   */
  @property({ attribute: 'text-format' }) textFormat: TextFormat = 'plain';

  @state() private hasSlotted = false;
  /** The sentence confirming a dismissal in the live region ('' when none). */
  @state() private dismissNotice = '';

  /** Puts back the page's own `tabindex` on the host, which took focus itself after a dismissal (see handOnFocus). */
  private releaseFocus: (() => void) | null = null;
  private parsed: FundingCall | null = null;
  private pinned: Date | null = null;
  private problems: DataProblem[] = [];
  private view: CallView | null = null;
  /** Looks at the real clock again when the status or countdown can change (and when back in the page). */
  private readonly clock = new CallClock(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previousId = this.parsed?.id;
    if (INPUTS.some((key) => changed.has(key)) || this.view === null) this.parse();
    // Unpinned again: the real clock takes over from now on.
    if (changed.has('now') && !this.pinned) this.clock.resume();
    const id = this.parsed?.id;
    if (id !== previousId) this.clock.announcement = '';
    if (id && (id !== previousId || changed.has('dismissible')) && this.dismissible && isDismissed(id)) this.dismissed = true;
    if (!this.isHiddenByDismissal) this.forgetDismissal();
    const now = this.pinned ?? this.clock.now;
    this.view = this.parsed ? buildCallView(this.parsed, now, { lang: this.language, locale: this.locale, viewerZone: viewerTimeZone() }) : null;
  }

  protected override updated(): void {
    this.reportProblems(this.problems);
    const detail = this.clock.takeChange();
    if (detail) this.dispatchEvent(new CustomEvent('cluster-call-status-change', { bubbles: true, composed: true, detail }));
    // No timer while the clock is pinned or the reader dismissed the banner.
    this.clock.watch(this.pinned || this.isHiddenByDismissal ? null : this.parsed, this.view, this.language);
  }

  private parse(): void {
    const problems: DataProblem[] = [];
    const attrs = {} as BannerAttributes;
    for (const key of ATTRIBUTES) attrs[key] = this[key];
    this.parsed = null;
    if (!isEmptyInput(this.call, attrs)) {
      const found: DataProblem[] = [];
      this.parsed = parseFundingCall(mergeCallInput(this.call, attrs, this.id), 'call', found) ?? null;
      // What the attributes gave is reported under their names; the property's fields keep data paths.
      problems.push(...attributeProblems(found, this.call, attrs, this.id));
    }
    this.pinned = this.now ? parseInstant(this.now) : null;
    if (this.now && !this.pinned) {
      problems.push({ path: 'now', message: `${quote(this.now)} is not an RFC 3339 date-time with an offset` });
    }
    if (this.textFormat) checkEnum(this.textFormat, TEXT_FORMATS, 'text-format', problems);
    this.problems = problems;
  }

  private get isHiddenByDismissal(): boolean {
    return this.dismissible && this.dismissed;
  }

  private handleDismiss(): void {
    // Where focus goes is loaded on the first press.
    void this.trackWork(
      loadActions().then(
        ({ handOnFocus }) => this.dismiss(handOnFocus),
        // It did not arrive (a CDN chunk): the banner hides all the same.
        () => this.dismiss(() => null),
      ),
    );
  }

  private dismiss(handOnFocus: (host: HTMLElement) => (() => void) | null): void {
    // Pressed again while the module was loading.
    if (this.isHiddenByDismissal) return;
    const callId = this.parsed?.id ?? '';
    // Focus was on the dismiss button, which is about to disappear: hand it on (see the class doc).
    const release = handOnFocus(this);
    this.releaseFocus ??= release;
    this.dismissNotice = fundingStrings(this.language).dismissed(this.view?.title ?? '');
    this.dismissed = true;
    rememberDismissal(callId);
    this.dispatchEvent(new CustomEvent<DismissDetail>('cluster-dismiss', { bubbles: true, composed: true, detail: { callId } }));
  }

  /** Shown again: no confirmation left in the live region, and the host's `tabindex` as the page set it. */
  private forgetDismissal(): void {
    this.dismissNotice = '';
    this.releaseFocus?.();
    this.releaseFocus = null;
  }

  /** The calendar menu, made on the first press of a calendar button (see funding-call-banner-actions.controller.ts). */
  private calendar: BannerCalendar | null = null;

  private readonly onCalendar: OnCalendar = {
    toggle: (deadline, trigger) =>
      void this.trackWork(
        loadActions().then(
          ({ BannerCalendar }) =>
            (this.calendar ??= new BannerCalendar(
              this,
              () => this.calendarContext(),
              (work) => void this.trackWork(work),
            )).toggle(deadline, trigger),
          (error: unknown) => console.warn(`<${this.localName}>: the calendar menu could not be loaded (${errorText(error)})`),
        ),
      ),
    expanded: (deadline) => this.calendar?.isOpen(deadline) ?? false,
  };

  /** The call as the calendar menu and its file need it, when a button is pressed or the file chosen. */
  private calendarContext(): CalendarContext | null {
    const call = this.parsed;
    const lang = this.language;
    return call && { call, lang, textFormat: this.textFormat, now: this.pinned ?? new Date(), fileWord: fundingStrings(lang).fileName };
  }

  private handleSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasSlotted = slot.assignedNodes({ flatten: true }).some((n) => n.nodeType === Node.ELEMENT_NODE || Boolean(n.textContent?.trim()));
  }

  /** The summary from the data, else the slotted one; the slot is always there, hidden when not used. */
  private renderSummary(view: CallView): TemplateResult {
    return html`<div class="summary" ?hidden=${this.compact || (!view.summary && !this.hasSlotted)}>
      ${view.summary ? this.renderSummaryText(view) : nothing}
      <slot ?hidden=${Boolean(view.summary)} @slotchange=${this.handleSlotChange}></slot>
    </div>`;
  }

  /** The summary as plain text, or in a box of its own when Markdown (which has paragraphs and lists). */
  private renderSummaryText(view: CallView): TemplateResult {
    const prose = markdownRenderer(this.textFormat, this);
    return prose
      ? html`<div class="markdown" lang=${ifDefined(view.summaryLang)}>${prose(view.summary)}</div>`
      : html`<p lang=${ifDefined(view.summaryLang)}>${view.summary}</p>`;
  }

  private renderDismiss(view: CallView): TemplateResult | typeof nothing {
    if (!this.dismissible) return nothing;
    return html`<button
      part="dismiss-button"
      class="button button--quiet dismiss"
      type="button"
      aria-label=${fundingStrings(this.language).dismiss(view.title)}
      @click=${this.handleDismiss}
    >
      ${closeIcon}
    </button>`;
  }

  private renderCompact(view: CallView): TemplateResult {
    const t = fundingStrings(this.language);
    // One line: the title links to the information page, so the strip needs one action only.
    const title = view.info
      ? html`<a part="title" class="title" href=${view.info.href} rel=${view.info.external ? 'noopener' : nothing} lang=${ifDefined(view.titleLang)}
          >${view.title}</a
        >`
      : html`<span part="title" class="title" lang=${ifDefined(view.titleLang)}>${view.title}</span>`;
    return html`${title}${statusBadge(view)}${view.next ? compactDeadline(view.next, t) : nothing}
      <span class="actions">${linkButton(view.apply, t.apply, true, view)}${this.renderDismiss(view)}</span>
      ${this.renderSummary(view)}`;
  }

  private renderFull(view: CallView): TemplateResult {
    const t = fundingStrings(this.language);
    const level = headingLevelOf(this.headingLevel, 3);
    // The action row offers the next deadline unless it has its own button among the cut-offs.
    const next = view.offersCalendar && !view.calendarPerCutOff ? view.next : null;
    // Reading order is display order: the title, then its status, then programme and reference.
    return html`<div part="title" class="heading" role="heading" aria-level=${level} lang=${ifDefined(view.titleLang)}>${view.title}</div>
      <div class="status">${statusBadge(view)}</div>
      ${eyebrow(view, t)} ${this.renderSummary(view)} ${facts(view, t, this.onCalendar)}
      <div class="actions">
        ${linkButton(view.apply, t.apply, true, view)} ${linkButton(view.info, t.moreInformation, false, view)}
        ${next ? calendarButton(next, this.onCalendar, t.addDeadline, titleRun(view), false) : nothing} ${this.renderDismiss(view)}
      </div>
      ${this.calendar?.render() ?? nothing}`;
  }

  override render(): TemplateResult {
    const view = this.view;
    const hidden = this.isHiddenByDismissal;
    // Outside the base, which a dismissal hides, so that the confirmation can be heard (and, for
    // show-problems, the problems stay listed and clear of the dismiss button in the corner).
    const live = html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.dismissNotice || this.clock.announcement}</div>`;
    if (!view) {
      const state = this.parsed === null && this.problems.length === 0 && !this.now ? 'empty' : 'error';
      return html`${live}${this.renderProblems()}
        <div part="base">${this.renderState(state)}<slot hidden @slotchange=${this.handleSlotChange}></slot></div>`;
    }
    const classes = `${this.compact ? 'compact' : 'banner'} status--${view.status} ${this.dismissible ? 'dismissible' : ''}`;
    return html`${live}${this.renderProblems()}
      <div part="base" class=${classes} ?hidden=${hidden}>${this.compact ? this.renderCompact(view) : this.renderFull(view)}</div>`;
  }
}
