import { LitElement, html, isServer, nothing, type TemplateResult } from 'lit';
import type { DataProblem } from '../data/types.js';
import { commonStrings } from '../i18n/common.js';
import { intlLocale } from '../i18n/locale.js';
import { observeLang, unobserveLang, languageOf, type LangListener } from './lang.js';
import type { DataErrorDetail } from './problems.js';
import { loadProblemsReport } from './problems-loader.js';
import { warmICalendar } from './calendar.js';

/** The states every element can show instead of content. */
export const VIEW_STATES = ['loading', 'empty', 'error'] as const;
export type ViewState = (typeof VIEW_STATES)[number];


/**
 * Base class of every cluster element: language resolution, data-problem reporting and the shared
 * accessible loading / empty / error state. Not registered; not part of the public API.
 */
export abstract class ClusterElement extends LitElement implements LangListener {
  private resolvedLanguage?: string;

  private lastReported = '';

  /** Work started outside the update cycle (a module loaded on first use) that `updateComplete` waits for. */
  private readonly lateWork = new Set<Promise<unknown>>();

  constructor() {
    super();
    if (isServer) return;
    // Calendar buttons (`data-calendar`) load their writer when approached, not at page load.
    this.addEventListener('pointerover', warmICalendar);
    this.addEventListener('focusin', warmICalendar);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resolvedLanguage = languageOf(this);
    observeLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unobserveLang(this);
  }

  /** @internal Called by the shared observer when any `lang` attribute changes. */
  langChanged(): void {
    const next = languageOf(this);
    if (next !== this.resolvedLanguage) {
      this.resolvedLanguage = next;
      this.requestUpdate();
    }
  }

  /**
   * Lets `updateComplete` wait for `work` as well, and returns it. For work that starts outside the
   * update cycle and changes what is shown, such as a module loaded on first use (the iCalendar
   * writer, the JSON-LD writer, the schedule converter), so `await el.updateComplete` still means
   * "everything asked for so far is done". `work` should not reject; a rejection is ignored here.
   */
  protected trackWork<T>(work: Promise<T>): Promise<T> {
    this.lateWork.add(work);
    const done = () => this.lateWork.delete(work);
    work.then(done, done);
    return work;
  }

  /**
   * `value` itself, or for a promise `pending` now and `apply(result)` once it resolves, with
   * `updateComplete` waiting for that: for a result that is sometimes only available later
   * (a frab schedule, whose converter loads on first use). `value` must not reject.
   */
  protected nowOrLater<T>(value: T | Promise<T>, pending: T, apply: (result: T) => void): T {
    if (!(value instanceof Promise)) return value;
    void this.trackWork(value.then(apply));
    return pending;
  }

  /**
   * Resolves when the pending render is done, without waiting for tracked work (`updateComplete`
   * does): for the element's own follow-ups (moving focus, scrolling), which must not wait for an
   * unrelated module still loading.
   */
  protected rendered(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.lateWork.size > 0) {
      await Promise.allSettled(this.lateWork);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /**
   * The language in effect: the nearest `lang` attribute, across shadow roots; else `en`.
   * Before the element is connected (server rendering has no ancestors), its own `lang`
   * attribute counts, so a server-rendered `<cluster-x lang="bg">` matches its hydrated self.
   */
  protected get language(): string {
    return this.resolvedLanguage ?? this.getAttribute('lang') ?? 'en';
  }

  /** The BCP 47 locale for Intl formatting (the element's language, validated). */
  protected get locale(): string {
    return intlLocale(this.language);
  }

  /**
   * Reports problems found in the data: one `cluster-data-error` event per distinct set, so
   * re-rendering the same data stays quiet, and console warnings, once per distinct problem and
   * grouped by kind: they load on demand (a page whose data is valid never loads them), and
   * `updateComplete` waits for them.
   */
  protected reportProblems(problems: readonly DataProblem[]): void {
    const key = problems.length ? JSON.stringify(problems) : '';
    if (key === this.lastReported) return;
    this.lastReported = key;
    const tag = this.localName;
    void this.trackWork(
      loadProblemsReport().then(
        (report) => report.warnOnce(tag, problems),
        // The module did not arrive (a CDN chunk): one plain warning.
        () => console.warn(`<${tag}>`, problems),
      ),
    );
    if (key) {
      this.dispatchEvent(
        new CustomEvent<DataErrorDetail>('cluster-data-error', {
          bubbles: true,
          composed: true,
          detail: { problems: [...problems] },
        }),
      );
    }
  }

  /**
   * Renders the accessible state shown instead of content. Loading and empty states are polite
   * status messages; an error is a status too (not an alert) since it is not caused by the reader.
   */
  protected renderState(state: ViewState, message?: string): TemplateResult {
    const t = commonStrings(this.language);
    const text = message ?? (state === 'loading' ? t.loading : state === 'empty' ? t.empty : t.invalidData);
    return html`<div part="state" class="state state--${state}" role="status" aria-live="polite">
      ${state === 'error' ? html`<span class="state__icon" aria-hidden="true">⚠</span>` : nothing}
      <span>${text}</span>
    </div>`;
  }
}
