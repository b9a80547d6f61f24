import { LitElement, html, isServer, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DataProblem } from '../data/types.js';
import { commonStrings } from '../i18n/common.js';
import { intlLocale } from '../i18n/locale.js';
import { stringsOf, stringsReady } from '../i18n/strings.js';
import { observeLang, unobserveLang, languageOf, type LangListener } from './lang.js';
import type { DataErrorDetail } from './problems.js';
import { loadProblemsReport, problemsReport } from './problems-loader.js';
import { warmICalendar } from './calendar.js';

/** The event an element asks its language with on the server (answered by the element it is rendered in). */
const LANG_REQUEST = 'cluster-lang-request';

const notPreloaded = new Set<string>();
function warnNotPreloaded(lang: string): void {
  if (notPreloaded.has(lang)) return;
  notPreloaded.add(lang);
  console.warn(`Server rendering in "${lang}" before its UI strings loaded shows English: await preloadStrings('${lang}') first`);
}

/** The states every element can show instead of content. */
export const VIEW_STATES = ['loading', 'empty', 'error'] as const;
export type ViewState = (typeof VIEW_STATES)[number];

/**
 * Base class of every cluster element: language resolution, data-problem reporting and the shared
 * accessible loading / empty / error state. Not registered; not part of the public API.
 *
 * @csspart problems - The list of data problems shown with `show-problems` (a `details` element).
 */
export abstract class ClusterElement extends LitElement implements LangListener {
  /**
   * Lists the problems found in the data in the page, with their paths, for editors previewing a
   * CMS page (collapsed at first, next to whatever could be shown). Readers never see it unless set.
   */
  @property({ type: Boolean, attribute: 'show-problems' }) showProblems = false;

  private resolvedLanguage?: string;

  private lastReported = '';

  /** The problems last reported. */
  private reported: readonly DataProblem[] = [];

  /** Work started outside the update cycle (a module loaded on first use) that `updateComplete` waits for. */
  private readonly lateWork = new Set<Promise<unknown>>();

  constructor() {
    super();
    if (isServer) {
      // Server rendering knows no ancestors but through events: an element with its own `lang`
      // gives it to the elements it renders inside itself (see `language`). Their events reach it
      // through its shadow root, which Lit's server renderer does not create by itself.
      if (!this.shadowRoot) this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
      this.addEventListener(LANG_REQUEST, (event) => {
        // eslint-disable-next-line wc/no-constructor-attributes -- read when a descendant asks, after construction
        const lang = this.getAttribute('lang');
        if (lang) {
          (event as CustomEvent<{ lang?: string }>).detail.lang = lang;
          event.stopPropagation();
        }
      });
      return;
    }
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

  /** @internal Called by the shared observer when UI strings are registered: they may be this element's. */
  stringsChanged(): void {
    this.requestUpdate();
  }

  /** @internal Called by the shared observer when any `lang` attribute changes. */
  langChanged(): void {
    const next = languageOf(this);
    if (next !== this.resolvedLanguage) {
      this.resolvedLanguage = next;
      // An `updateComplete` awaited before this call (the observer reports after the attribute
      // changed) must still wait for the new language's strings and the render in it.
      const ready = stringsReady(next);
      if (ready) void this.trackWork(ready);
      this.requestUpdate();
    }
  }

  /**
   * Waits, before every update, until the UI strings of the element's language have loaded (a
   * language other than English is a chunk loaded on first use): an element in Bulgarian never
   * shows English first, and `updateComplete` resolves after the render in its language. On the
   * server nothing waits: preload the language there (`preloadStrings`).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const ready = stringsReady(this.language);
    return ready ? ready.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
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
   * Before the element is connected, its own `lang` attribute counts. On the server, where an
   * element has no ancestors, its own `lang`, else that of the nearest library element it is
   * rendered in (asked through an event, the way server rendering passes data down), so a
   * server-rendered `<cluster-event lang="bg">` is in Bulgarian throughout, like its hydrated self.
   */
  protected get language(): string {
    if (isServer && this.resolvedLanguage === undefined) {
      const request = new CustomEvent<{ lang?: string }>(LANG_REQUEST, { bubbles: true, composed: true, detail: {} });
      this.dispatchEvent(request);
      this.resolvedLanguage = request.detail.lang ?? 'en';
      if (stringsReady(this.resolvedLanguage)) warnNotPreloaded(this.resolvedLanguage);
    }
    return this.resolvedLanguage ?? this.getAttribute('lang') ?? 'en';
  }

  /** The BCP 47 locale for Intl formatting (the element's language, validated). */
  protected get locale(): string {
    return intlLocale(this.language);
  }

  /**
   * Reports problems found in the data: one `cluster-data-error` event per distinct set, so
   * re-rendering the same data stays quiet, and console warnings, once per distinct problem and
   * grouped by kind, with the `show-problems` list of the problems last reported: both load on
   * demand (a page whose data is valid never loads them), and `updateComplete` waits for them.
   */
  protected reportProblems(problems: readonly DataProblem[]): void {
    const key = problems.length ? JSON.stringify(problems) : '';
    if (key === this.lastReported) return;
    this.lastReported = key;
    this.reported = [...problems];
    const tag = this.localName;
    void this.trackWork(
      loadProblemsReport().then(
        (report) => {
          report.warnOnce(tag, problems);
          if (this.showProblems) this.requestUpdate();
        },
        // The module did not arrive (a CDN chunk): one plain warning, and no list.
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
   * The `show-problems` list of the problems last reported, or nothing (also while the list's
   * module loads: the element renders again once it has). Every element renders it once, at its
   * top (first in its `base` part, or just before it), in every state (content, empty, error).
   */
  protected renderProblems(): unknown {
    return this.showProblems && this.reported.length && problemsReport
      ? problemsReport.problemsPanel(this.renderRoot, this.reported, (en) => stringsOf('problems', en, this.language))
      : nothing;
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
