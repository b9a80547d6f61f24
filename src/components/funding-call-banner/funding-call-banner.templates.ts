/**
 * Template pieces of `<cluster-funding-call-banner>`: functions of the view model and the UI
 * strings, with the element's handlers passed in. Data is only ever bound as text or through
 * attribute bindings of URLs that went through safeUrl() in the view.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { fundingStrings } from '../../i18n/funding.js';
import { calendarIcon, statusIcon } from './funding-call-banner-icons.templates.js';
import { namedLabel } from '../../base/named-label.js';
import type { CallView, DeadlineView, LinkView } from '../../data/funding-call-view.js';

type Strings = ReturnType<typeof fundingStrings>;
/** The element's calendar menu, as the deadlines' disclosure buttons use it. */
export interface OnCalendar {
  /** Opens (or closes) the menu of `deadline` under `trigger`. */
  toggle(deadline: DeadlineView, trigger: HTMLElement): void;
  /** Whether the menu is open for `deadline`. */
  expanded(deadline: DeadlineView): boolean;
}

/**
 * Content `text` inside a run of UI words, marked with `lang` when it is in another language
 * (WCAG 3.1.2): an inline span, so that a control's name has no extra space around it.
 */
export function inLang(text: string, lang: string | undefined): TemplateResult | string {
  return lang ? html`<span lang=${lang}>${text}</span>` : text;
}

/** The call's title as it ends a control's name, marked with its language when that differs. */
export function titleRun(view: CallView): TemplateResult | string {
  return inLang(view.title, view.titleLang);
}

/** A link styled as a button; its accessible name ends with the call's title, for pages with several calls. */
export function linkButton(link: LinkView | null, label: string, primary: boolean, view: CallView): TemplateResult | typeof nothing {
  if (!link) return nothing;
  return html`<a part="button" class="button ${primary ? 'button--primary' : ''}" href=${link.href} rel=${link.external ? 'noopener' : nothing}
    >${namedLabel(label, html`${label}: ${titleRun(view)}`)}</a
  >`;
}

/** The status word with its icon, and the countdown while open. */
export function statusBadge(view: CallView): TemplateResult {
  return html`<span part="badge" class="badge">${statusIcon(view.status)}<span>${view.statusLabel}</span></span>
    ${view.countdown ? html`<span part="countdown" class="countdown">${view.countdown}</span>` : nothing}`;
}

/**
 * The disclosure button of the calendar menu of `d`, showing `label` and named `label: name`
 * ("Add to calendar: Stage 2, <title>"); `quiet` for a cut-off's own button.
 */
export function calendarButton(d: DeadlineView, onCalendar: OnCalendar, label: string, name: unknown, quiet: boolean): TemplateResult {
  return html`<button
    part="button"
    class="button ${quiet ? 'button--quiet cutoff__calendar' : ''}"
    type="button"
    data-calendar
    aria-expanded=${onCalendar.expanded(d) ? 'true' : 'false'}
    aria-controls="calendar-menu"
    @click=${(event: Event) => onCalendar.toggle(d, event.currentTarget as HTMLElement)}
  >
    ${calendarIcon}${namedLabel(label, html`${label}: ${name}`)}
  </button>`;
}

/** The date and time of a deadline: struck through and labelled when passed. */
function when(d: DeadlineView, t: Strings, short: boolean): TemplateResult {
  const time = html`<time part="time" class="when" datetime=${d.at}>${short ? d.whenShort : d.when}</time>`;
  return d.passed ? html`<s>${time}</s> <span class="passed-note">(${t.passed})</span>` : time;
}

/**
 * One deadline: label and date, then the reader's time and any extension, and a calendar button
 * when asked, named with the cut-off and the call's `title` ("Add to calendar: Stage 2, <title>").
 */
export function deadlineLine(d: DeadlineView, t: Strings, onCalendar?: OnCalendar, view?: CallView): TemplateResult {
  const notes = !d.passed && d.viewerWhen ? d.viewerWhen : '';
  const subject = d.label ? inLang(d.label, d.labelLang) : d.when;
  return html`<span class="cutoff__main">${d.label ? html`<span class="label">${subject}:</span> ` : nothing}${when(d, t, false)}</span> ${
      notes || d.extendedFrom
        ? html`<span class="cutoff__notes"
            >${notes ? html`<span class="viewer">${notes}</span>` : nothing}
            ${d.extendedFrom ? html`<span class="extended">${d.extendedFrom}</span>` : nothing}</span
          >`
        : nothing
    }
    ${onCalendar && !d.passed ? calendarButton(d, onCalendar, t.addCutOff, html`${subject}${view?.title ? html`, ${titleRun(view)}` : nothing}`, true) : nothing}`;
}

/** The next deadline on one line, for the compact strip. */
export function compactDeadline(d: DeadlineView, t: Strings): TemplateResult {
  return html`<span class="compact__deadline"
    >${t.deadline}: ${when(d, t, true)}${d.viewerWhen ? html` <span class="viewer">${d.viewerWhen}</span>` : nothing}</span
  >`;
}

/** Opening, deadlines and budget as a description list. */
export function facts(view: CallView, t: Strings, onCalendar: OnCalendar): TemplateResult {
  const { opening, deadlines, budget } = view;
  // A calendar button per cut-off only when more than one is still ahead; otherwise the action row has it.
  const perCutOff = view.calendarPerCutOff ? onCalendar : undefined;
  return html`<dl class="facts">
    ${
      opening
        ? html`<dt>${opening.label}</dt>
            <dd>${opening.at ? html`<time part="time" datetime=${opening.at}>${opening.text}</time>` : inLang(opening.text, opening.textLang)}</dd>`
        : nothing
    }
    ${
      deadlines.length === 0
        ? html`<dt>${t.deadline}</dt>
            <dd>${t.noDeadline}</dd>`
        : deadlines.length === 1
          ? html`<dt>${t.deadline}</dt>
              <dd class="cutoff">${deadlineLine(deadlines[0]!, t)}</dd>`
          : html`<dt>${t.deadlines}</dt>
              <dd>
                <ul class="cutoffs">
                  ${deadlines.map(
                    (d) =>
                      html`<li class="cutoff ${d.passed ? 'cutoff--passed' : ''} ${d.next ? 'cutoff--next' : ''}">${deadlineLine(d, t, perCutOff, view)}</li>`,
                  )}
                </ul>
              </dd>`
    }
    ${
      budget
        ? html`<dt>${t.budget}</dt>
            <dd>
              ${budget.total}${budget.alternates.map((a) => html` <span class="alternate">(${a})</span>`)}${
                budget.total && budget.perProjectMax ? '; ' : ''
              }${budget.perProjectMax}
            </dd>`
        : nothing
    }
  </dl>`;
}

/** Programme and reference, below the title and its status. */
export function eyebrow(view: CallView, t: Strings): TemplateResult | typeof nothing {
  if (!view.programme && !view.identifier) return nothing;
  return html`<p class="eyebrow">
    ${view.programme ? html`<span lang=${ifDefined(view.programmeLang)}>${view.programme}</span>` : nothing}${
      view.identifier ? html`<span><span class="visually-hidden">${t.identifier}: </span>${view.identifier}</span>` : nothing
    }
  </p>`;
}
