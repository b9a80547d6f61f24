import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ClusterElement } from '../../base/cluster-element.js';
import { parseObjectiveItems } from '../../data/entities-project.js';
import { langAttribute } from '../../data/text.js';
import { checkEnum } from '../../data/validate.js';
import {
  NUMBERING_STYLES,
  OBJECTIVE_LIST_KINDS,
  TEXT_FORMATS,
  type TextFormat,
  type DataProblem,
  type NumberingStyle,
  type ObjectiveItem,
  type ObjectiveListKind,
  type ObjectiveStatus,
} from '../../data/types.js';
import { objectiveListStrings } from '../../i18n/projects.js';
import { headingTemplate } from '../../base/heading.js';
import { markdownRenderer } from '../../base/prose.js';
import { styles } from './objective-list.styles.js';
import {
  defaultHeading,
  emptyMessage,
  objectiveRows,
  readSlottedList,
  type IndicatorView,
  type ObjectiveRow,
  type SlottedList,
} from './objective-list.view.js';

/** `<li>` attributes read from a slotted list; a change to any of them re-reads the list. */
const WATCHED_ATTRIBUTES = ['type', 'lang', 'data-status', 'data-indicator', 'data-target', 'data-achieved', 'data-unit'];

/**
 * A list of objectives, key steps or findings, with numbering, status in words and progress indicators.
 *
 * @summary Objectives, key steps or findings of a project, numbered, with status and progress.
 * @status experimental
 * @since 0.1.0
 * @slot - A plain `<ol>` or `<ul>` (nested lists allowed) for search engines and readers without
 *   JavaScript. Without `items` the element reads it (`data-status`, `data-indicator`,
 *   `data-target`, `data-achieved` and `data-unit` on an `<li>` add status and progress) and shows
 *   it in its own style; the original stays in the page, hidden while the styled copy shows.
 * @event cluster-data-error - Fired when the items have problems; `detail.problems` lists them with paths.
 * @csspart base - The component's wrapper.
 * @csspart title - The heading (named `title` because `heading` is the property that sets its text).
 * @csspart list - Every `<ol>`/`<ul>`, nested ones included.
 * @csspart item - Every list item.
 * @csspart badge - An item's status (icon and words).
 * @csspart indicator - An item's progress: meter and words.
 * @csspart state - The empty or error message.
 * @cssproperty --cluster-color-text - Text colour.
 * @cssproperty --cluster-color-text-muted - Details and planned status.
 * @cssproperty --cluster-color-info - "In progress" status.
 * @cssproperty --cluster-color-success - "Achieved" status.
 * @cssproperty --cluster-color-warning - "Delayed" status.
 * @cssproperty --cluster-color-danger - "Cancelled" status.
 * @cssproperty --cluster-space-s - Spacing between items and parts.
 */
export class ClusterObjectiveList extends ClusterElement {
  static override styles = styles;

  /** The items (text, detail, status, indicator, children); when not set, the slotted list is read. */
  @property({ attribute: false }) items?: ObjectiveItem[] | null;

  /** Heading text; by default the kind's ("Objectives", "Key steps", "Findings"). */
  @property() heading?: string;

  /** Level of the heading (1 or more, default 3; above 6 `role="heading"` with `aria-level`). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Numbering: `none`, `decimal`, `decimal-nested` ("2.1"), `lower-alpha` or `upper-roman`; by default a slotted list's own, else none. */
  @property({ reflect: true }) numbering?: NumberingStyle;

  /** What the list holds, which sets the default heading and wording: `objectives`, `steps` or `findings`. */
  @property({ reflect: true }) kind: ObjectiveListKind = 'objectives';

  /**
   * How the items' details are written: `plain` text (the default) or `markdown`, of which a safe
   * subset is shown; `<cluster-event>` sets it from its document's `textFormat`.
   */
  @property({ attribute: 'text-format' }) textFormat: TextFormat = 'plain';

  @state() private slotted: SlottedList | null = null;
  @state() private hasLightContent = false;

  private observer: MutationObserver | undefined;
  private slottedKey = '';
  private valid: ObjectiveItem[] | null = null;
  private itemProblems: DataProblem[] = [];
  private problems: DataProblem[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.readLightDom();
    this.observer = new MutationObserver(() => this.readLightDom());
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('items') || changed.has('slotted')) {
      const source = this.fromItems ? this.items : this.slotted?.items;
      const problems: DataProblem[] = [];
      this.valid = source === undefined ? null : (parseObjectiveItems(source, this.fromItems ? 'items' : 'list', problems) ?? null);
      this.itemProblems = problems;
    }
    const problems = [...this.itemProblems];
    if (this.numbering != null) checkEnum(this.numbering, NUMBERING_STYLES, 'numbering', problems);
    checkEnum(this.kind, OBJECTIVE_LIST_KINDS, 'kind', problems);
    if (this.textFormat) checkEnum(this.textFormat, TEXT_FORMATS, 'text-format', problems);
    this.problems = problems;
  }

  protected override updated(): void {
    this.reportProblems(this.problems);
  }

  private get fromItems(): boolean {
    return this.items !== undefined && this.items !== null;
  }

  private get effectiveKind(): ObjectiveListKind {
    return (OBJECTIVE_LIST_KINDS as readonly string[]).includes(this.kind) ? this.kind : 'objectives';
  }

  private get effectiveNumbering(): NumberingStyle {
    if (this.numbering && (NUMBERING_STYLES as readonly string[]).includes(this.numbering)) return this.numbering;
    return !this.fromItems && this.slotted ? this.slotted.numbering : 'none';
  }

  /** Re-reads the slotted list; updates only when what it says changed. */
  private readLightDom(): void {
    const slotted = readSlottedList(this);
    const key = JSON.stringify(slotted);
    if (key !== this.slottedKey) {
      this.slottedKey = key;
      this.slotted = slotted;
    }
    this.hasLightContent = Array.from(this.childNodes).some(
      (n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''),
    );
  }

  /** `lang` for content in `lang` when that is not the element's language (WCAG 3.1.2); see resolveTextIn. */
  private langOf(lang: string | undefined): string | undefined {
    return langAttribute(lang, this.language);
  }

  /** The indicator's words, its name marked with its own language when that differs. */
  private renderProgress(indicator: IndicatorView): TemplateResult {
    const lang = this.langOf(indicator.nameLang);
    if (!lang || !indicator.around) return html`<span class="progress">${indicator.text}</span>`;
    const [before, after] = indicator.around;
    return html`<span class="progress">${before}<span lang=${lang}>${indicator.name}</span>${after}</span>`;
  }

  private renderList(rows: readonly ObjectiveRow[], numbering: NumberingStyle, top: boolean): TemplateResult {
    const items = rows.map((row) => this.renderItem(row, numbering));
    const labelledby = top ? 'heading' : nothing;
    switch (numbering) {
      case 'decimal':
        return html`<ol part="list" class="list" type="1" aria-labelledby=${labelledby}>
          ${items}
        </ol>`;
      case 'lower-alpha':
        return html`<ol part="list" class="list" type="a" aria-labelledby=${labelledby}>
          ${items}
        </ol>`;
      case 'upper-roman':
        return html`<ol part="list" class="list" type="I" aria-labelledby=${labelledby}>
          ${items}
        </ol>`;
      case 'decimal-nested':
        return html`<ol part="list" class="list list--nested" role="list" aria-labelledby=${labelledby}>
          ${items}
        </ol>`;
      default:
        return html`<ul part="list" class="list" aria-labelledby=${labelledby}>
          ${items}
        </ul>`;
    }
  }

  /** An item's detail: plain text, or in a box of its own when Markdown (paragraphs and lists). */
  private renderDetail(row: ObjectiveRow): TemplateResult {
    const prose = markdownRenderer(this.textFormat, this);
    return prose
      ? html`<div class="detail markdown" lang=${ifDefined(this.langOf(row.detailLang))}>${prose(row.detail)}</div>`
      : html`<p class="detail" lang=${ifDefined(this.langOf(row.detailLang))}>${row.detail}</p>`;
  }

  private renderItem(row: ObjectiveRow, numbering: NumberingStyle): TemplateResult {
    const t = objectiveListStrings(this.language);
    const lang = ifDefined(this.langOf(row.textLang));
    const text = row.status === 'cancelled' ? html`<s class="text" lang=${lang}>${row.text}</s>` : html`<span class="text" lang=${lang}>${row.text}</span>`;
    return html`<li part="item" class="item ${row.status ? `item--${row.status}` : ''}">
      ${row.label === undefined ? nothing : html`<span class="label">${row.label}</span>`}
      <div class="body">
        ${text}
        ${
          row.status
            ? html`<span part="badge" class="status status--${row.status}"
                >${statusIcon(row.status)}<span class="visually-hidden">${t.status} </span>${row.statusText}</span
              >`
            : nothing
        }
        ${row.detail ? this.renderDetail(row) : nothing}
        ${
          row.indicator
            ? html`<div part="indicator" class="indicator">
                ${
                  row.indicator.meter
                    ? html`<meter
                        min="0"
                        max=${row.indicator.meter.max}
                        value=${row.indicator.meter.value}
                        optimum=${row.indicator.meter.max}
                        aria-label=${row.indicator.name}
                        lang=${ifDefined(this.langOf(row.indicator.nameLang))}
                      ></meter>`
                    : nothing
                }
                ${this.renderProgress(row.indicator)}
              </div>`
            : nothing
        }
      </div>
      ${row.children.length ? this.renderList(row.children, numbering, false) : nothing}
    </li>`;
  }

  override render(): TemplateResult {
    const t = objectiveListStrings(this.language);
    const kind = this.effectiveKind;
    const hasSource = this.fromItems || this.slotted !== null;
    let content: TemplateResult | typeof nothing = nothing;
    if (hasSource && this.valid === null) content = this.renderState('error');
    else if (hasSource && this.valid!.length === 0) content = this.renderState('empty', emptyMessage(kind, t));
    else if (hasSource) {
      const numbering = this.effectiveNumbering;
      const rows = objectiveRows(this.valid!, { lang: this.language, locale: this.locale, numbering }, t);
      content = this.renderList(rows, numbering, true);
    } else if (!this.hasLightContent) content = this.renderState('empty', emptyMessage(kind, t));
    return html`<div part="base" class="objectives">
      ${this.renderProblems()}
      ${headingTemplate(this.headingLevel, 'heading', (typeof this.heading === 'string' ? this.heading.trim() : '') || defaultHeading(kind, t))} ${content}
      <div class="source" ?hidden=${hasSource}><slot></slot></div>
    </div>`;
  }
}

/** A small icon that reinforces the status words (hidden from assistive tech). */
function statusIcon(status: ObjectiveStatus): TemplateResult {
  switch (status) {
    case 'planned':
      return html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"></circle>
      </svg>`;
    case 'in-progress':
      return html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"></circle>
        <path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"></path>
      </svg>`;
    case 'achieved':
      return html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" stroke-width="2.2"></path>
      </svg>`;
    case 'delayed':
      return html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"></circle>
        <path d="M8 4.5V8l2.5 2" fill="none" stroke="currentColor" stroke-width="2"></path>
      </svg>`;
    case 'cancelled':
      return html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="2.2"></path>
      </svg>`;
  }
}
