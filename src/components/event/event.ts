import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ClusterElement } from '../../base/cluster-element.js';
import { JsonLdPublisher } from '../../base/json-ld-publisher.js';
import { Inputs } from '../../base/inputs.js';
import { LOADING, SourceController, type SourceState } from '../../base/source-controller.js';
import { buildEventPage, fragmentId, parseSections, sectionsToShow, type EventPageView, type EventSection } from '../../data/event-view.js';
import type { TimeDisplay } from '../../data/time.js';
import { readTrackAttributes, type TrackAttributes } from '../../data/agenda-track-view.js';
import type { DataProblem } from '../../data/types.js';
import { eventPageStrings } from '../../i18n/event-page.js';
import { readEventData } from '../../base/load.js';
import { styles } from './event.styles.js';
import { sectionTemplate, type SectionContext } from './event.templates.js';
import { failureText, readInlineDocument, type InlineFailure } from './event.view.js';
import { headingLevelOf } from '../../base/heading.js';
import { scrollToAndFocus } from '../../base/reveal.js';
import { renamedBoolean } from '../../base/deprecated.js';

/** Where the shown document came from (`data`, `src` or the inline script) and what happened to it. */
type Source = SourceState<InlineFailure>;

/**
 * A whole event page from one JSON document: the event header, the programme, the speakers, the
 * projects with their objective lists and the funding calls, with the ids between them resolved,
 * plus schema.org JSON-LD for search engines in the element's light DOM.
 *
 * The document comes from the `data` property, from the `src` URL, or from a child
 * `<script type="application/json">` (for CMS pages without a separate file; read as text when the
 * element connects, never run, never shown). A frab / pretalx `schedule.json` is recognised by its
 * shape and converted.
 *
 * @summary A whole event page (header, programme, speakers, projects, calls) from one JSON document.
 * @status experimental
 * @since 0.1.0
 *
 * @event cluster-data-error - Fired when the document, `src` or `sections` has problems; `detail.problems` lists them with paths. Fired once for the whole page: the parts receive clean data.
 *
 * @csspart base - The component's wrapper.
 * @csspart section - Each part of the page below the header (programme, speakers, projects, calls).
 * @csspart section-heading - The heading of each part.
 * @csspart state - The loading or error message shown instead of the page.
 *
 * @cssproperty --cluster-color-text - Text colour of the section headings.
 * @cssproperty --cluster-color-border - Rule under the section headings and beside objective lists.
 * @cssproperty --cluster-color-focus - Focus ring of an objective list reached through a link.
 * @cssproperty --cluster-space-m - Spacing within a section.
 * @cssproperty --cluster-space-xl - Spacing between sections.
 */
export class ClusterEvent extends ClusterElement {
  static override styles = styles;

  /** The event document (or raw JSON to validate, or a frab / pretalx schedule); wins over `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** URL of an event document or of a frab / pretalx `schedule.json`, loaded when `data` is not set. */
  @property() src?: string;

  /** Which parts to show and in which order: `header`, `agenda`, `speakers`, `projects`, `calls` (space- or comma-separated). Default: every part that has data. */
  @property() sections?: string;

  /**
   * Level of the event name's heading (1 or more; default 2). Part headings are one level below and
   * their content below that: the page nests 5 levels deep (event, part, programme day, topic,
   * session; a project card and its objective lists likewise). Levels above 6 are
   * `role="heading"` with `aria-level`.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Leaves out the schema.org JSON-LD `<script>` this element otherwise keeps in its light DOM. */
  @property({ type: Boolean, attribute: 'hide-json-ld' }) hideJsonLd = false;
  /** @deprecated Renamed `hideJsonLd` (attribute `hide-json-ld`); warns once. @internal */
  declare noJsonLd: boolean;

  /** Which zone the programme's times are shown in: `event` (default), `viewer` or `both`; another value is reported and `event` is used. */
  @property({ attribute: 'time-display' }) timeDisplay: TimeDisplay = 'event';

  /** Pins the clock of every part to this RFC 3339 instant (for tests, screenshots and server rendering); an invalid value is reported here once and the parts run the real clock. */
  @property() now?: string;

  @state() private inline: Source | null = null;

  private readonly sources = new SourceController(this, { read: readEventData, track: (work) => void this.trackWork(work) });
  private readonly jsonLd = new JsonLdPublisher(this, (work) => void this.trackWork(work));
  private source: Source | null = null;
  private sectionList: EventSection[] | null = null;
  private sectionProblems: DataProblem[] = [];
  /** `now` and `time-display` as understood: checked and reported here, only valid values are passed to the parts. */
  private attrs: TrackAttributes = readTrackAttributes(undefined, 'event');
  private page: EventPageView | null = null;
  private readonly pageInputs = new Inputs();
  private hashRevealed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('click', this.onClick);
    window.addEventListener('hashchange', this.onHashChange);
    this.readInline();
    if (!this.inline && this.ownerDocument.readyState === 'loading') {
      // Defined before the parser reached the children: read them once they are there.
      this.ownerDocument.addEventListener('DOMContentLoaded', this.onDocumentLoaded, { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.onClick);
    window.removeEventListener('hashchange', this.onHashChange);
    this.ownerDocument.removeEventListener('DOMContentLoaded', this.onDocumentLoaded);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sections')) ({ sections: this.sectionList, problems: this.sectionProblems } = parseSections(this.sections));
    if (changed.has('now') || changed.has('timeDisplay')) this.attrs = readTrackAttributes(this.now, this.timeDisplay);
    this.source = this.sources.update(changed) ?? this.inline;
    const document = this.source?.document ?? null;
    const linkSessions = this.sectionList ? this.sectionList.includes('agenda') : true;
    if (this.pageInputs.changed([document, linkSessions])) {
      this.page = document ? buildEventPage(document, { linkSessions }) : null;
    }
  }

  protected override updated(): void {
    // While src loads, a script already in the page (written with server-rendered HTML) stays.
    this.jsonLd.update(this.hideJsonLd ? null : (this.source?.document ?? null), this.language, this.source?.failure === 'loading');
    this.reportProblems([...(this.source?.problems ?? []), ...this.sectionProblems, ...this.jsonLd.problems, ...this.attrs.problems]);
    if (this.page && !this.hashRevealed) {
      // A link into the page (`#trace-kei-objectives`) that arrived before the content did.
      this.hashRevealed = true;
      if (location.hash) this.reveal(location.hash);
    }
  }

  /** Reads the child `<script type="application/json">`, once (its text is parsed, never run). */
  private readInline(): void {
    if (this.inline) return;
    const script = Array.from(this.children).find(
      (child): child is HTMLScriptElement => child instanceof HTMLScriptElement && child.type.trim().toLowerCase() === 'application/json',
    );
    if (!script) return;
    this.inline = this.nowOrLater<Source>(readInlineDocument(script.textContent ?? ''), LOADING, (read) => {
      this.inline = read;
    });
  }

  private onDocumentLoaded = (): void => this.readInline();

  /** Follows a link to `#id` of a part inside this element (a project card's "all objectives"). */
  private onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    const href = anchor?.getAttribute('href') ?? '';
    if (!href.startsWith('#') || !this.reveal(href)) return;
    event.preventDefault();
    history.pushState(history.state, '', href);
  };

  private onHashChange = (): void => {
    this.reveal(location.hash);
  };

  /** Scrolls to and focuses the part of this element a `#id` names; false when there is none. */
  private reveal(hash: string): boolean {
    const id = fragmentId(hash);
    if (id === null) return false;
    const target = Array.from(this.renderRoot.querySelectorAll<HTMLElement>('[data-anchor]')).find((el) => el.id === id);
    if (!target) return false;
    scrollToAndFocus(target);
    return true;
  }

  override render(): TemplateResult {
    const wrap = (content: unknown, busy = false): TemplateResult =>
      html`<div part="base" class="event" aria-busy=${busy ? 'true' : nothing}>${this.renderProblems()}${content}</div>`;
    const source = this.source;
    if (!source) return wrap(this.renderState('empty'));
    const failure = source.failure;
    if (failure === 'loading') return wrap(this.renderState('loading', eventPageStrings(this.language).loadingEvent), true);
    if (failure) return wrap(this.renderState('error', failureText(failure, this.language)));
    const page = this.page;
    if (!page) return wrap(this.renderState('error'));
    const sections = sectionsToShow(page, this.sectionList);
    if (sections.length === 0) return wrap(this.renderState('empty'));
    const context: SectionContext = {
      lang: this.language,
      level: headingLevelOf(this.headingLevel, 2),
      timeDisplay: this.attrs.display,
      now: this.attrs.pinned ? this.now : undefined,
    };
    return wrap(
      repeat(
        sections,
        (s) => s,
        (s) => sectionTemplate(s, page, context),
      ),
    );
  }
}

renamedBoolean(ClusterEvent, { attribute: 'no-json-ld', property: 'noJsonLd' }, { attribute: 'hide-json-ld', property: 'hideJsonLd' });
