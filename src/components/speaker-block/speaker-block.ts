import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ClusterElement } from '../../base/cluster-element.js';
import type { SpeakerSessionView, SpeakerView } from '../../data/people-view.js';
import { langAttribute, resolveTextIn } from '../../data/text.js';
import type { DataProblem } from '../../data/types.js';
import { isExternalUrl } from '../../data/url.js';
import { commonStrings } from '../../i18n/common.js';
import { peopleStrings } from '../../i18n/people.js';
import { styles } from './speaker-block.styles.js';
import { headingText, initials, mergeSpeaker, sessionWhen, type SpeakerDisplay } from './speaker-block.view.js';
import { headingLevelOf } from '../../base/heading.js';
import { namedLabel } from '../../base/named-label.js';
import { markdownRenderer } from '../../base/prose.js';

/**
 * A person who speaks at an event: photo, name, job title, organisation, bio, profile links and
 * the sessions they take part in, with times in the event's zone.
 *
 * @summary A speaker card (or, with `compact`, one line) from a `speaker` object or from attributes.
 * @status experimental
 * @since 0.1.0
 *
 * @slot - The bio, as text or paragraphs, when the `speaker` property gives none (CMS pages without scripting).
 *
 * @event cluster-data-error - Fired when the data has problems; `detail.problems` lists them with paths.
 *
 * @csspart base - The component's wrapper.
 * @csspart photo - The photo box (the photo, or the initials when there is none).
 * @csspart heading - The person's name (or job title and organisation when there is no name).
 * @csspart bio - The bio.
 * @csspart button - The "Show more" / "Show less" control of a long bio.
 * @csspart links - The list of profile links.
 * @csspart sessions - The list of sessions.
 * @csspart time - The time of a session.
 *
 * @cssproperty --cluster-color-accent - The initials' background.
 * @cssproperty --cluster-color-on-accent - The initials' colour.
 * @cssproperty --cluster-color-text - Text colour.
 * @cssproperty --cluster-color-text-muted - Job title, organisation and session times.
 * @cssproperty --cluster-color-surface - Card background.
 * @cssproperty --cluster-color-border - Card border.
 * @cssproperty --cluster-color-link - Links.
 * @cssproperty --cluster-radius - Card corners.
 * @cssproperty --cluster-space-m - Card padding.
 */
export class ClusterSpeakerBlock extends ClusterElement {
  static override styles = styles;

  /** The person to show; each field it gives wins over the matching attribute. */
  @property({ attribute: false }) speaker: SpeakerView | null = null;

  /** The person's name (for pages without scripting). */
  @property() name?: string;

  /** The person's job title. */
  @property({ attribute: 'job-title' }) jobTitle?: string;

  /** The person's organisation. */
  @property() organization?: string;

  /** The organisation's website; a link only when it is http, https, mailto, tel or relative. */
  @property({ attribute: 'organization-url' }) organizationUrl?: string;

  /** URL of the person's photo. */
  @property() photo?: string;

  /** What the photo shows, when it says more than the name next to it; otherwise the photo is decorative. */
  @property({ attribute: 'photo-alt' }) photoAlt?: string;

  /** The person's own page; the name links to it. */
  @property() href?: string;

  /** Level of the name heading (1 or more, default 3; above 6 it is `role="heading"` with `aria-level`). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** One line: small photo, name and organisation, no heading (for agenda sessions and dense lists). */
  @property({ type: Boolean, reflect: true }) compact = false;

  @state() private expanded = false;
  @state() private slottedBio = false;
  @state() private photoFailed = false;

  @query('.bio') private bioBox?: HTMLElement;
  @query('.more') private moreButton?: HTMLButtonElement;

  private display: SpeakerDisplay | null = null;
  private problems: DataProblem[] = [];
  private resizeObserver?: ResizeObserver;
  private observedBox?: HTMLElement | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') this.resizeObserver = new ResizeObserver(() => this.measureBio());
    // On a reconnection the shadow tree is already there and no update follows.
    const box = this.hasUpdated ? this.bioBox : undefined;
    if (box) this.resizeObserver?.observe(box);
    this.observedBox = box;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedBox = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this.display?.photoUrl;
    const { display, problems } = mergeSpeaker(
      this.speaker,
      {
        name: this.name,
        jobTitle: this.jobTitle,
        organization: this.organization,
        organizationUrl: this.organizationUrl,
        photo: this.photo,
        photoAlt: this.photoAlt,
        href: this.href,
      },
      this.language,
    );
    this.display = display;
    this.problems = problems;
    if (display?.photoUrl !== before) this.photoFailed = false;
    if (changed.has('speaker')) this.expanded = false;
  }

  protected override updated(): void {
    this.reportProblems(this.problems);
    const box = this.bioBox;
    if (box !== this.observedBox) {
      if (this.observedBox) this.resizeObserver?.unobserve(this.observedBox);
      if (box) this.resizeObserver?.observe(box);
      this.observedBox = box;
    }
    this.measureBio();
  }

  /**
   * A long bio is clipped to a few lines; the control shows only when the text is cut or open.
   * Measured after each render and on resize, and applied to the button directly: a measurement
   * must not schedule another render.
   */
  private measureBio(): void {
    const box = this.bioBox;
    const button = this.moreButton;
    if (!box || !button) return;
    button.hidden = !this.expanded && box.scrollHeight <= box.clientHeight + 1;
  }

  private onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.slottedBio = slot
      .assignedNodes({ flatten: true })
      .some((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent!.trim() !== '' : n.nodeType === Node.ELEMENT_NODE));
  }

  private onToggle(): void {
    this.expanded = !this.expanded;
  }

  private onPhotoError(): void {
    this.photoFailed = true;
  }

  private renderPhoto(d: SpeakerDisplay): TemplateResult {
    const letters = initials(d.name || d.organization || d.jobTitle, this.locale);
    // Decorative by default: the name is right next to the photo, so alt="" keeps screen readers
    // from announcing it twice; `photo-alt` is read when it says more (what the photo shows).
    return html`<div part="photo" class="photo">
      ${
        d.photoUrl && !this.photoFailed
          ? html`<img
              src=${d.photoUrl}
              alt=${d.photoAlt}
              lang=${ifDefined(this.langOf(d.photoAltLang))}
              loading="lazy"
              decoding="async"
              width="160"
              height="160"
              @error=${this.onPhotoError}
            />`
          : html`<span class="initials" aria-hidden="true">${letters || '?'}</span>`
      }
    </div>`;
  }

  private renderLink(url: string, content: unknown, part?: string): TemplateResult {
    return html`<a href=${url} part=${part ?? nothing} rel=${isExternalUrl(url) ? 'noopener' : nothing}>${content}</a>`;
  }

  /** `lang` for content in `lang` when that is not the element's language (WCAG 3.1.2); see resolveTextIn. */
  private langOf(lang: string | undefined): string | undefined {
    return langAttribute(lang, this.language);
  }

  private renderJobTitle(d: SpeakerDisplay): TemplateResult {
    return html`<span lang=${ifDefined(this.langOf(d.jobTitleLang))}>${d.jobTitle}</span>`;
  }

  private renderOrganization(d: SpeakerDisplay): TemplateResult {
    const name = html`<span lang=${ifDefined(this.langOf(d.organizationLang))}>${d.organization}</span>`;
    return d.organizationUrl ? this.renderLink(d.organizationUrl, name) : name;
  }

  /** Who the person is, for hidden suffixes: the name, else the job title and organisation. */
  private renderWho(d: SpeakerDisplay): unknown {
    if (d.name) return d.name;
    return html`${d.jobTitle ? this.renderJobTitle(d) : nothing}${d.jobTitle && d.organization ? ', ' : ''}${
      d.organization ? html`<span lang=${ifDefined(this.langOf(d.organizationLang))}>${d.organization}</span>` : nothing
    }`;
  }

  /**
   * A profile link named with the person ("Profile: Ana Fiktivna"), since a list of speakers has
   * many "Profile" links ({@link namedLabel}).
   */
  private renderProfileLink(d: SpeakerDisplay, link: SpeakerDisplay['links'][number], fallback: string): TemplateResult {
    const label = html`<span lang=${ifDefined(this.langOf(link.lang))}>${link.text || fallback}</span>`;
    return this.renderLink(link.url, namedLabel(label, html`${label}: ${this.renderWho(d)}`));
  }

  private renderHeading(d: SpeakerDisplay): TemplateResult {
    let content: unknown = d.name || this.renderWho(d);
    if (d.url) content = this.renderLink(d.url, content);
    else if (!d.name && d.organizationUrl) {
      content = html`${d.jobTitle ? html`${this.renderJobTitle(d)}, ` : ''}${this.renderOrganization(d)}`;
    }
    if (this.compact) return html`<span part="heading" class="name">${content}</span>`;
    const level = headingLevelOf(this.headingLevel, 3);
    return html`<div part="heading" class="name" role="heading" aria-level=${level}>${content}</div>`;
  }

  private renderAffiliation(d: SpeakerDisplay): TemplateResult | typeof nothing {
    if (!d.name) return nothing;
    if (this.compact) return d.organization ? html`<span class="organization">${this.renderOrganization(d)}</span>` : nothing;
    return html`${d.jobTitle ? html`<p class="job-title" lang=${ifDefined(this.langOf(d.jobTitleLang))}>${d.jobTitle}</p>` : nothing}
    ${d.organization ? html`<p class="organization">${this.renderOrganization(d)}</p>` : nothing}`;
  }

  private renderSession(s: SpeakerSessionView): TemplateResult {
    const t = peopleStrings(this.language);
    const title = resolveTextIn(s.title, this.language, this.display?.lang);
    const when = sessionWhen(s, this.locale);
    return html`<li>
      <span class="session-title" lang=${ifDefined(this.langOf(title.lang))}>${s.url ? this.renderLink(s.url, title.text) : title.text}</span>
      ${s.role && s.role !== 'speaker' ? html`<span class="role">(${t[s.role]})</span>` : nothing}
      ${when ? html`<time part="time" datetime=${s.start!}>${when}</time>` : nothing}
    </li>`;
  }

  private renderDetails(d: SpeakerDisplay): TemplateResult {
    const t = peopleStrings(this.language);
    const c = commonStrings(this.language);
    const paragraphs = d.bio ? d.bio.split(/\n\s*\n/).filter((p) => p.trim() !== '') : [];
    const hasBio = paragraphs.length > 0 || this.slottedBio;
    const about = t.about(headingText(d));
    const prose = markdownRenderer(d.textFormat, this);
    return html`<div class="bio-area" ?hidden=${!hasBio || this.compact}>
        <div id="bio" part="bio" class=${this.expanded ? 'bio' : 'bio bio--collapsed'}>
          ${
            prose
              ? html`<div class="bio-text markdown" lang=${ifDefined(this.langOf(d.bioLang))} ?hidden=${paragraphs.length === 0}>${prose(d.bio)}</div>`
              : html`<div class="bio-text" lang=${ifDefined(this.langOf(d.bioLang))} ?hidden=${paragraphs.length === 0}>
                  ${paragraphs.map((p) => html`<p>${p}</p>`)}
                </div>`
          }
          <div class="bio-slot" ?hidden=${paragraphs.length > 0}><slot @slotchange=${this.onSlotChange}></slot></div>
        </div>
        <button
          type="button"
          part="button"
          class="button button--quiet more"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="bio"
          hidden
          @click=${this.onToggle}
        >
          ${this.expanded ? c.showLess : c.showMore}<span class="visually-hidden"> ${about}</span>
        </button>
      </div>
      ${
        d.links.length && !this.compact
          ? html`<ul part="links" class="links" aria-label=${t.profiles}>
              ${d.links.map((l) => html`<li>${this.renderProfileLink(d, l, t.website)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        d.sessions.length && !this.compact
          ? html`<div class="sessions">
              <p class="label" id="sessions-label">${t.sessions}</p>
              <ul part="sessions" aria-labelledby="sessions-label">
                ${d.sessions.map((s) => this.renderSession(s))}
              </ul>
            </div>`
          : nothing
      }`;
  }

  override render(): TemplateResult {
    const d = this.display;
    if (!d) {
      // The slot stays in the tree (hidden) so a bio given before the name is not lost.
      return html`<div part="base" class="base base--state">
        ${this.renderProblems()} ${this.renderState(this.problems.length ? 'error' : 'empty')}
        <div hidden><slot @slotchange=${this.onSlotChange}></slot></div>
      </div>`;
    }
    return html`<div part="base" class=${this.compact ? 'base compact' : 'base'}>
      ${this.renderProblems()} ${this.renderPhoto(d)}
      <div class="body">${this.renderHeading(d)} ${this.renderAffiliation(d)} ${this.renderDetails(d)}</div>
    </div>`;
  }
}
