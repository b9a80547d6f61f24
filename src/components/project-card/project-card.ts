import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ClusterElement } from '../../base/cluster-element.js';
import { checkProjectCardView, type ProjectCardView } from '../../data/project-view.js';
import { DEFAULT_PROJECT_TIME_ZONE } from '../../data/status.js';
import { langAttribute } from '../../data/text.js';
import { parseInstant } from '../../data/time.js';
import { FUNDING_EMBLEMS, type DataProblem, type FundingEmblem } from '../../data/types.js';
import { checkDate, checkEnum, checkInstant, checkString, checkTimeZone, checkUrl } from '../../data/validate.js';
import { numberFormat } from '../../data/time.js';
import { projectCardStrings } from '../../i18n/projects.js';
import { euEmblem } from '../eu-emblem/eu-emblem.js';
import { headingTemplate } from '../../base/heading.js';
import { styles } from './project-card.styles.js';
import { cardModel, OBJECTIVES_SHOWN, type CardModel, type LinkModel } from './project-card.view.js';
import { namedLabel } from '../../base/named-label.js';
import { markdownRenderer } from '../../base/prose.js';

/**
 * A card presenting an EU cooperation project: acronym and title, programme, duration and status,
 * budget, partners, objectives and the EU funding acknowledgement.
 *
 * @summary An EU project at a glance, with its partners, objectives and EU funding acknowledgement.
 * @status experimental
 * @since 0.1.0
 * @slot - The project's summary when the card is set up with attributes (ignored with `project`).
 * @event cluster-data-error - Fired when the data has problems; `detail.problems` lists them with paths.
 * @csspart base - The card.
 * @csspart title - The heading: the acronym and the full title.
 * @csspart logo - The project logo.
 * @csspart badge - The status (planned, ongoing, closed) in words.
 * @csspart time - The start and end dates.
 * @csspart programme-link - The link to the programme's website.
 * @csspart partners - The list of partners.
 * @csspart partner-link - A link to a partner's website.
 * @csspart objectives - The short list of objectives.
 * @csspart objectives-link - The link to the full objective list (or the objective count in `compact`).
 * @csspart link - The project website link.
 * @csspart funding - The EU emblem and funding statement.
 * @csspart eu-emblem - The EU emblem (the flag drawing).
 * @csspart state - The empty or error message.
 * @cssproperty --cluster-color-surface - Card background.
 * @cssproperty --cluster-color-border - Card border.
 * @cssproperty --cluster-color-accent - The acronym.
 * @cssproperty --cluster-color-text-muted - Labels and secondary text.
 * @cssproperty --cluster-color-success - "Ongoing" status.
 * @cssproperty --cluster-color-info - "Planned" status.
 * @cssproperty --cluster-radius - Card corners.
 * @cssproperty --cluster-shadow - Card shadow.
 */
export class ClusterProjectCard extends ClusterElement {
  static override styles = styles;

  /** The project (acronym, title, programme, dates, budget, partners, objectives, funding notice); wins over the attributes. */
  @property({ attribute: false }) project?: ProjectCardView | null;

  /** The acronym, for a card set up with attributes. */
  @property() acronym?: string;

  /** The project's full title, for a card set up with attributes. */
  @property() heading?: string;

  /** The programme's name, for a card set up with attributes. */
  @property() programme?: string;

  /** Start date (`YYYY-MM-DD`), for a card set up with attributes. */
  @property() start?: string;

  /** End date (`YYYY-MM-DD`), for a card set up with attributes. */
  @property() end?: string;

  /** The project website, for a card set up with attributes. */
  @property() href?: string;

  /** Shows the EU emblem with "Co-funded by..." (`eu-cofunded`) or "Funded by..." (`eu-funded`), for a card set up with attributes. */
  @property() emblem?: FundingEmblem;

  /** The instant (RFC 3339) at which the status is derived; the current time when not set. */
  @property() now?: string;

  /** IANA zone in which the project's dates begin and end (default `Europe/Brussels`). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Level of the heading (1 or more, default 3; above 6 `role="heading"` with `aria-level`). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** A one-line variant for lists: no summary, budget or partners. */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private logoFailed = false;

  private view: ProjectCardView | null = null;
  private problems: DataProblem[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    const problems: DataProblem[] = [];
    if (this.usingProject) {
      const result = checkProjectCardView(this.project, 'project');
      this.view = result.value;
      problems.push(...result.problems);
    } else {
      this.view = this.attributeView(problems);
    }
    checkInstant(this.now || undefined, 'now', problems);
    checkTimeZone(this.timeZone || undefined, 'time-zone', problems);
    this.problems = problems;
    if (changed.has('project')) this.logoFailed = false;
  }

  protected override updated(): void {
    this.reportProblems(this.problems);
  }

  private get usingProject(): boolean {
    return this.project !== undefined && this.project !== null;
  }

  /** The view described by the attributes; `null` without an acronym or heading. */
  private attributeView(problems: DataProblem[]): ProjectCardView | null {
    const acronym = checkString(this.acronym || undefined, 'acronym', problems);
    const heading = checkString(this.heading || undefined, 'heading', problems);
    if (acronym === undefined && heading === undefined) return null;
    const view: ProjectCardView = { acronym: acronym ?? '', title: heading ?? acronym ?? '' };
    const programme = checkString(this.programme || undefined, 'programme', problems);
    if (programme) view.programme = { name: programme };
    const start = checkDate(this.start || undefined, 'start', problems);
    const end = checkDate(this.end || undefined, 'end', problems);
    if (start && end && end < start) {
      problems.push({ path: 'end', message: `"${end}" is before the start date "${start}"; both dates are ignored` });
    } else {
      if (start) view.startDate = start;
      if (end) view.endDate = end;
    }
    const url = checkUrl(this.href || undefined, 'href', problems);
    if (url) view.url = url;
    const emblem = checkEnum(this.emblem || undefined, FUNDING_EMBLEMS, 'emblem', problems);
    if (emblem) view.fundingNotice = { emblem };
    return view;
  }

  private handleLogoError(): void {
    this.logoFailed = true;
  }

  private renderLink(link: LinkModel, content: unknown, part = 'link', lang?: string): TemplateResult {
    return html`<a part=${part} href=${link.href} rel=${link.external ? 'noopener' : nothing} lang=${ifDefined(lang)}>${content}</a>`;
  }

  /** `lang` for content in `lang` when that is not the element's language (WCAG 3.1.2); see resolveTextIn. */
  private langOf(lang: string | undefined): string | undefined {
    return langAttribute(lang, this.language);
  }

  private renderObjectives(m: CardModel): TemplateResult | typeof nothing {
    const t = projectCardStrings(this.language);
    const { shown, total, link } = m.objectives;
    const count = numberFormat(this.locale, {}).format(total);
    if (this.compact) {
      if (total === 0) return link ? html`<span>${this.renderLink(link, t.seeObjectives, 'objectives-link')}</span>` : nothing;
      const text = t.objectiveCount(count, total);
      return html`<span>${link ? this.renderLink(link, text, 'objectives-link') : text}</span>`;
    }
    if (total === 0) return link ? html`<p class="meta">${this.renderLink(link, t.seeObjectives, 'objectives-link')}</p>` : nothing;
    return html`<div part="objectives" class="objectives">
      <p class="label" id="objectives-label">${t.objectives}</p>
      <ul class="objective-list" aria-labelledby="objectives-label">
        ${shown.map((o) => html`<li lang=${ifDefined(this.langOf(o.lang))}>${o.text}</li>`)}
      </ul>
      ${link && total > OBJECTIVES_SHOWN ? html`<p class="meta">${this.renderLink(link, t.allObjectives(count), 'objectives-link')}</p>` : nothing}
    </div>`;
  }

  private renderPeriod(m: CardModel): TemplateResult | typeof nothing {
    const t = projectCardStrings(this.language);
    const time = (d: { iso: string; text: string }) => html`<time part="time" datetime=${d.iso}>${d.text}</time>`;
    if (m.start && m.end) return html`${time(m.start)} – ${time(m.end)}`;
    if (m.start) return html`${t.from('')}${time(m.start)}`;
    if (m.end) return html`${t.until('')}${time(m.end)}`;
    return nothing;
  }

  private renderFacts(m: CardModel): TemplateResult {
    const t = projectCardStrings(this.language);
    const row = (label: string, value: unknown) =>
      html`<div>
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`;
    const programmeLang = this.langOf(m.programme?.nameLang);
    const programme = m.programme
      ? html`${
          m.programme.link
            ? this.renderLink(m.programme.link, m.programme.name, 'programme-link', programmeLang)
            : html`<span class="programme-name" lang=${ifDefined(programmeLang)}>${m.programme.name}</span>`
        }${m.programme.details ? html` <span class="details">(${m.programme.details})</span>` : nothing}`
      : nothing;
    return html`<dl class="facts">
      ${m.programme ? row(t.programme, programme) : nothing} ${m.start || m.end ? row(t.period, this.renderPeriod(m)) : nothing}
      ${m.budget ? row(t.budget, m.budget) : nothing}
      ${m.euContribution ? row(t.euContribution, html`${m.euContribution}${m.share ? html` <span class="share">(${m.share})</span>` : nothing}`) : nothing}
      ${
        m.partners.length
          ? row(
              t.partners,
              html`<ul part="partners" class="partner-list">
                ${m.partners.map(
                  (p) =>
                    html`<li class="partner">
                      ${
                        p.link
                          ? this.renderLink(p.link, html`<span class="partner-name">${p.name}</span>`, 'partner-link', this.langOf(p.nameLang))
                          : html`<span class="partner-name" lang=${ifDefined(this.langOf(p.nameLang))}>${p.name}</span>`
                      }${
                        p.country ? html`<span class="country">, ${p.country}</span>` : nothing
                      }${p.roleText ? html`<span class="visually-hidden">, </span><span class="role">${p.roleText}</span>` : nothing}
                    </li>`,
                )}
              </ul>`,
            )
          : nothing
      }
    </dl>`;
  }

  /** The summary from the data: plain text, or in a box of its own when Markdown (paragraphs and lists). */
  private renderSummary(m: CardModel): TemplateResult {
    const prose = markdownRenderer(this.view?.textFormat, this);
    return prose
      ? html`<div class="summary markdown" lang=${ifDefined(this.langOf(m.summaryLang))}>${prose(m.summary)}</div>`
      : html`<p class="summary" lang=${ifDefined(this.langOf(m.summaryLang))}>${m.summary}</p>`;
  }

  /** The card's content before the slotted summary (header, status, summary) and after it. */
  private renderCard(m: CardModel): { before: TemplateResult; after: TemplateResult } {
    const t = projectCardStrings(this.language);
    const status = m.statusText
      ? html`<span part="badge" class="status status--${m.status}"><span class="visually-hidden">${t.status} </span>${m.statusText}</span>`
      : nothing;
    const title = html`${m.acronym ? html`<span class="acronym">${m.acronym}</span>` : nothing}${
      m.acronym && m.title ? html`<span class="visually-hidden">: </span>` : nothing
    }${m.title ? html`<span class="full-title" lang=${ifDefined(this.langOf(m.titleLang))}>${m.title}</span>` : nothing}`;
    const website = m.website ? this.renderLink(m.website, m.acronym ? namedLabel(t.website, `${t.website}: ${m.acronym}`) : t.website) : nothing;
    const header = html`<div class="header">
      ${
        m.logo && !this.logoFailed
          ? html`<img
              part="logo"
              class="logo"
              src=${m.logo.src}
              alt=${m.logo.alt}
              lang=${ifDefined(this.langOf(m.logo.altLang))}
              @error=${this.handleLogoError}
            />`
          : nothing
      }
      ${headingTemplate(this.headingLevel, 'heading', title)}
    </div>`;
    const funding = m.notice
      ? html`<div part="funding" class="funding">
          ${m.notice.emblem ? euEmblem(t.emblem) : nothing}<span class="funding-text" lang=${ifDefined(this.langOf(m.notice.textLang))}>${m.notice.text}</span>
        </div>`
      : nothing;
    if (this.compact) {
      return {
        before: html`${header}
          <p class="meta">
            ${m.programme ? html`<span lang=${ifDefined(this.langOf(m.programme.nameLang))}>${m.programme.name}</span>` : nothing}
            ${m.start || m.end ? html`<span>${this.renderPeriod(m)}</span>` : nothing} ${status} ${this.renderObjectives(m)}
            ${m.website ? html`<span>${website}</span>` : nothing}
          </p>`,
        after: html`${funding}`,
      };
    }
    return {
      before: html`${header} ${status === nothing ? nothing : html`<p class="meta">${status}</p>`} ${m.summary ? this.renderSummary(m) : nothing}`,
      after: html`${this.renderFacts(m)} ${this.renderObjectives(m)} ${m.website ? html`<p class="links">${website}</p>` : nothing} ${funding}`,
    };
  }

  override render(): TemplateResult {
    const t = projectCardStrings(this.language);
    let parts: { before: unknown; after: unknown };
    if (this.view) {
      const now = (this.now && parseInstant(this.now)) || new Date();
      const zoneOk = this.timeZone && !this.problems.some((p) => p.path === 'time-zone');
      const timeZone = zoneOk ? this.timeZone! : DEFAULT_PROJECT_TIME_ZONE;
      parts = this.renderCard(cardModel(this.view, { lang: this.language, locale: this.locale, now, timeZone }));
    } else {
      parts = { before: this.usingProject ? this.renderState('error') : this.renderState('empty', t.noProject), after: nothing };
    }
    // One slot, always at the same place; hidden (never removed) when the summary comes from `project`.
    const slotHidden = !this.view || this.usingProject || this.compact;
    return html`<article part="base" class="card ${this.compact ? 'card--compact' : ''}" aria-labelledby=${this.view ? 'heading' : nothing}>
      ${this.renderProblems()} ${parts.before}
      <div class="summary" ?hidden=${slotHidden}><slot></slot></div>
      ${parts.after}
    </article>`;
  }
}
