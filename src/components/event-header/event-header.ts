import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ClusterElement } from '../../base/cluster-element.js';
import type { EventHeaderView, OrganizationView } from '../../data/people-view.js';
import { langAttribute, resolveText, resolveTextIn } from '../../data/text.js';
import type { DataProblem, EventDocument, EventStatus } from '../../data/types.js';
import { isExternalUrl } from '../../data/url.js';
import { offerICalendar } from '../../base/calendar.js';
import { CalendarMenu } from '../../base/calendar-menu.js';
import { commonStrings } from '../../i18n/common.js';
import { eventStrings } from '../../i18n/event.js';
import { styles } from './event-header.styles.js';
import { RegistrationClock } from './event-header.controller.js';
import { mapLinksTemplate, registrationTemplate } from './event-header-registration.templates.js';
import { registrationStatus, registrationText, type RegistrationStatus, type RegistrationText } from '../../data/registration-view.js';
import { parseInstant } from '../../data/time.js';
import { quote } from '../../data/validate.js';
import { dateParts, mergeEventHeader, placeParts, whenText, type EventHeaderModel } from './event-header.view.js';
import { headingLevelOf } from '../../base/heading.js';
import { namedLabel } from '../../base/named-label.js';

const STATUS_WORDS = {
  cancelled: 'cancelled',
  postponed: 'postponed',
  rescheduled: 'rescheduled',
  'moved-online': 'movedOnline',
} as const satisfies Partial<Record<EventStatus, keyof ReturnType<typeof commonStrings>>>;

/**
 * The head of an event page: name, dates and times in the event's zone, place (with "Map" links
 * when the venue gives its position), attendance mode, status in words, organisers and partners,
 * the Register action with the registration's state (opens on…, open and closing in N days, full,
 * closed: it follows the clock, or `now`), and an "Add to calendar" button.
 *
 * @summary An event's name, when and where, who organises it, how to register, and an iCalendar download.
 * @status experimental
 * @since 0.1.0
 *
 * @event cluster-data-error - Fired when the data has problems; `detail.problems` lists them with paths.
 *
 * @csspart base - The component's wrapper.
 * @csspart title - The event's name (named `title`: a part named like the `heading` property would hide it in the docs).
 * @csspart badge - The status (cancelled, postponed, rescheduled, moved online) in words.
 * @csspart time - The date (or date range) of the event: one `<time>` per date.
 * @csspart organizations - Each list of organisers or partners.
 * @csspart logo - An organiser's or partner's logo.
 * @csspart button - The "Add to calendar" button.
 * @csspart register - The Register link (styled as a button).
 * @csspart registration-state - The registration's state in words.
 * @csspart map-link - Each link to the venue on a map (OpenStreetMap, and a phone's map app).
 *
 * @cssproperty --cluster-color-text - Text colour.
 * @cssproperty --cluster-color-text-muted - Labels.
 * @cssproperty --cluster-color-accent - The button.
 * @cssproperty --cluster-color-on-accent - The button's text.
 * @cssproperty --cluster-color-danger - A cancelled status.
 * @cssproperty --cluster-color-warning - A postponed or rescheduled status.
 * @cssproperty --cluster-color-info - A moved-online status.
 * @cssproperty --cluster-color-link - Links.
 * @cssproperty --cluster-space-m - Spacing.
 */
export class ClusterEventHeader extends ClusterElement {
  static override styles = styles;

  /** The event, with organisers and partners resolved; wins over `data`, field by field over the attributes. */
  @property({ attribute: false }) event: EventHeaderView | null = null;

  /** An event document; its event, organisers and partners are shown. */
  @property({ attribute: false }) data: EventDocument | null = null;

  /** The event's name (for pages without scripting). */
  @property() heading?: string;

  /** Start: an RFC 3339 date-time with offset, or a date (`2018-07-06`) when the hours are unknown. */
  @property() start?: string;

  /** End, of the same kind as the start. */
  @property() end?: string;

  /** The event's IANA time zone (`Europe/Sofia`); dates and times are shown in it. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** The venue's name. */
  @property() venue?: string;

  /** The town or city. */
  @property() locality?: string;

  /** ISO 3166 two-letter country code (`BG`); shown as the country's name in the element's language. */
  @property() country?: string;

  /** Level of the name heading (1 or more, default 2; above 6 `role="heading"` with `aria-level`). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Pins the clock of the registration's state to this RFC 3339 instant (stable pages, previews, tests); otherwise the real clock runs. */
  @property() now = '';

  @state() private failedLogos: ReadonlySet<string> = new Set();

  private model: EventHeaderModel | null = null;
  private problems: DataProblem[] = [];
  private registration: { status: RegistrationStatus; text: RegistrationText } | null = null;
  private pinned: Date | null = null;
  private readonly clock = new RegistrationClock(this);
  /** "Add to calendar" opens a menu: the `.ics` file, Google Calendar, Outlook.com. */
  private readonly calendarMenu = new CalendarMenu(this, 'calendar-menu', () => this.onAddToCalendar());

  protected override willUpdate(): void {
    const { model, problems } = mergeEventHeader(
      this.event,
      this.data,
      {
        heading: this.heading,
        start: this.start,
        end: this.end,
        timeZone: this.timeZone,
        venue: this.venue,
        locality: this.locality,
        country: this.country,
      },
      this.language,
    );
    this.model = model;
    this.problems = problems;
    this.pinned = this.now ? parseInstant(this.now) : null;
    if (this.now && !this.pinned) {
      problems.push({ path: 'now', message: `${quote(this.now)} is not an RFC 3339 date-time with an offset` });
    }
    const registration = model?.view.registration;
    if (registration) {
      const status = registrationStatus(registration, model.view, this.pinned ?? new Date());
      const text = registrationText(registration, status, model.view.timeZone, eventStrings(this.language), this.locale);
      this.registration = { status, text };
    } else this.registration = null;
  }

  protected override updated(): void {
    this.reportProblems(this.problems);
    // Render again when the registration's state or its days left change (not while pinned).
    this.clock.watch(this.pinned ? undefined : this.registration?.status.changesAt);
  }

  private onCalendarMenu(event: Event): void {
    const model = this.model;
    if (!model) return;
    const lang = this.language;
    const strings = commonStrings(lang);
    void this.trackWork(
      this.calendarMenu.toggle({
        key: 'event',
        trigger: event.currentTarget as HTMLElement,
        label: `${strings.addToCalendar}: ${this.text(model.view.name).text}`,
        lang,
        textFormat: model.document.textFormat,
        links: ({ webCalendarLinks }) => webCalendarLinks(model.document, { lang }),
      }),
    );
  }

  private onAddToCalendar(): void {
    const model = this.model;
    if (!model) return;
    const lang = this.language;
    const filename = resolveText(model.view.name, lang, model.view.lang) || model.document.event.id;
    void this.trackWork(
      offerICalendar(this.localName, model.document.textFormat, ({ icsForEvent }) => ({ ics: icsForEvent(model.document, { lang }), filename })),
    );
  }

  private onLogoError(url: string): void {
    this.failedLogos = new Set([...this.failedLogos, url]);
  }

  /** A text of the event in the element's language (or a fallback), with the language it is in. */
  private text(value: Parameters<typeof resolveText>[0]): { text: string; lang?: string } {
    return resolveTextIn(value, this.language, this.model?.view.lang);
  }

  /** A text of the event with the `lang` attribute it needs (see {@link langOf}). */
  private nameOf(value: Parameters<typeof resolveText>[0]): { text: string; lang: string | undefined } {
    const resolved = this.text(value);
    return { text: resolved.text, lang: this.langOf(resolved.lang) };
  }

  /** The venue's name (else its town), naming the "Map" link. */
  private placeName(view: EventHeaderView): { text: string; lang: string | undefined } | undefined {
    const name = this.nameOf(view.venue?.name);
    if (name.text) return name;
    const town = view.venue?.address?.addressLocality;
    return town ? { text: town, lang: this.langOf(view.lang) } : undefined;
  }

  /** `lang` for content in `lang` when that is not the element's language (WCAG 3.1.2); see resolveTextIn. */
  private langOf(lang: string | undefined): string | undefined {
    return langAttribute(lang, this.language);
  }

  private renderOrganization(org: OrganizationView): TemplateResult {
    const name = this.text(org.name);
    const logo = org.logo && !this.failedLogos.has(org.logo.url) ? org.logo : undefined;
    // A logo stands alone (the name is not written next to it), so its alt text is the name.
    const alt = logo ? this.text(logo.alt) : name;
    const content = logo
      ? html`<img
          part="logo"
          src=${logo.url}
          alt=${alt.text || name.text}
          lang=${ifDefined(this.langOf(alt.text ? alt.lang : name.lang))}
          loading="lazy"
          decoding="async"
          @error=${() => this.onLogoError(logo.url)}
        />`
      : html`<span class="name" lang=${ifDefined(this.langOf(name.lang))}>${name.text}</span>`;
    return html`<li class=${logo ? 'org org--logo' : 'org'}>
      ${org.url ? html`<a href=${org.url} rel=${isExternalUrl(org.url) ? 'noopener' : nothing}>${content}</a>` : content}
    </li>`;
  }

  private renderOrganizations(id: string, label: string, orgs: OrganizationView[] | undefined): TemplateResult | typeof nothing {
    if (!orgs?.length) return nothing;
    return html`<div class="orgs">
      <p class="label" id=${id}>${label}</p>
      <ul part="organizations" role="list" aria-labelledby=${id}>
        ${orgs.map((o) => this.renderOrganization(o))}
      </ul>
    </div>`;
  }

  private renderHeading(view: EventHeaderView): TemplateResult {
    const resolved = this.text(view.name);
    const name = html`<span class="name" lang=${ifDefined(this.langOf(resolved.lang))}>${resolved.text}</span>`;
    const level = headingLevelOf(this.headingLevel, 2);
    return html`<div part="title" class="heading" role="heading" aria-level=${level}>
      ${view.url ? html`<a href=${view.url} rel=${isExternalUrl(view.url) ? 'noopener' : nothing}>${name}</a>` : name}
    </div>`;
  }

  private renderStatus(view: EventHeaderView, previous: string): TemplateResult | typeof nothing {
    const status = view.status;
    if (!status || status === 'scheduled') return nothing;
    const c = commonStrings(this.language);
    const t = eventStrings(this.language);
    return html`<p class="status status--${status}">
      <span part="badge" class="badge">${c[STATUS_WORDS[status]]}</span>
      ${previous && status !== 'cancelled' ? html`<span class="previous">${t.previously(previous)}</span>` : nothing}
    </p>`;
  }

  /**
   * "Add to calendar" named with the event ("Add to calendar: Blue Summit"), so several headers on
   * one page can be told apart ({@link namedLabel}).
   */
  private renderCalendarLabel(label: string, view: EventHeaderView): TemplateResult {
    const name = this.text(view.name);
    return namedLabel(label, html`${label}: <span lang=${ifDefined(this.langOf(name.lang))}>${name.text}</span>`);
  }

  override render(): TemplateResult {
    const model = this.model;
    if (!model) {
      return html`<div part="base" class="base">${this.renderProblems()}${this.renderState(this.problems.length ? 'error' : 'empty')}</div>`;
    }
    const view = model.view;
    const t = eventStrings(this.language);
    const c = commonStrings(this.language);
    const when = whenText(view, this.locale);
    const place = placeParts(view.venue, this.language, view.lang, this.locale).map(
      (p, i) => html`${i ? ', ' : ''}<span lang=${ifDefined(this.langOf(p.lang))}>${p.text}</span>`,
    );
    return html`<div part="base" class="base">
      ${this.renderProblems()} ${this.renderHeading(view)} ${this.renderStatus(view, when.previous)}
      <dl class="facts">
        ${
          when.date
            ? html`<div class="fact">
                <dt>${t.when}</dt>
                <dd>
                  <span part="time" class="date"
                    >${dateParts(view, this.locale).map((p) => (p.date ? html`<time datetime=${p.date}>${p.text}</time>` : p.text))}</span
                  >
                  ${when.time ? html`<span class="times">${when.time}</span>` : nothing}
                </dd>
              </div>`
            : nothing
        }
        ${
          place.length
            ? html`<div class="fact">
                <dt>${t.where}</dt>
                <dd class="place">${place}${mapLinksTemplate(view.venue?.geo, this.placeName(view), t)}</dd>
              </div>`
            : nothing
        }
        ${
          view.attendanceMode
            ? html`<div class="fact">
                <dt>${t.format}</dt>
                <dd>${t[view.attendanceMode]}</dd>
              </div>`
            : nothing
        }
      </dl>
      ${this.renderOrganizations('organizers', t.organizers, view.organizers)} ${this.renderOrganizations('partners', t.partners, view.partners)}
      ${
        view.registration && this.registration && view.status !== 'cancelled'
          ? registrationTemplate(view.registration.url, this.registration.status, this.registration.text, this.nameOf(view.name), t)
          : nothing
      }
      ${
        view.start && view.status !== 'cancelled'
          ? html`<button
                type="button"
                part="button"
                class="button button--primary"
                data-calendar
                aria-expanded=${this.calendarMenu.isOpen() ? 'true' : 'false'}
                aria-controls="calendar-menu"
                @click=${this.onCalendarMenu}
              >
                ${this.renderCalendarLabel(c.addToCalendar, view)}
              </button>
              ${this.calendarMenu.render()}`
          : nothing
      }
    </div>`;
  }
}
