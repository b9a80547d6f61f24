import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { EventPageView, EventSection } from '../../data/event-view.js';
import type { ObjectiveListView } from '../../data/project-view.js';
import { resolveText } from '../../data/text.js';
import type { TimeDisplay } from '../../data/time.js';
import { eventPageStrings } from '../../i18n/event-page.js';
import { headingOf } from '../../base/heading.js';

/** What every part of the page shares. */
export interface SectionContext {
  /** The element's language. */
  lang: string;
  /** Level of the event name's heading (1 or more); part headings are one level below, their content below that. */
  level: number;
  timeDisplay: TimeDisplay;
  now: string | undefined;
}

/** A section heading of a level chosen at run time, by a static switch (never a tag built from data); above 6 `role="heading"`. */
export function sectionHeading(level: number, id: string, text: string): TemplateResult {
  return headingOf(level, 'section-heading', text, 'section-heading', id);
}

/** An objective list, a target of in-page links (`#<list id>`), focusable for them. */
function listTemplate(list: ObjectiveListView, level: number, ctx: SectionContext, documentLang: string): TemplateResult {
  return html`<cluster-objective-list
    id=${list.id}
    data-anchor
    tabindex="-1"
    .items=${list.items}
    heading=${ifDefined(list.heading ? resolveText(list.heading, ctx.lang, documentLang) || undefined : undefined)}
    kind=${ifDefined(list.kind)}
    numbering=${ifDefined(list.numbering)}
    text-format=${ifDefined(list.textFormat)}
    heading-level=${level}
  ></cluster-objective-list>`;
}

/** One part of the page: the header as it is, any other part as a section under its heading. */
export function sectionTemplate(section: EventSection, page: EventPageView, ctx: SectionContext): TemplateResult {
  const doc = page.document;
  const inner = ctx.level + 2;
  let content: TemplateResult;
  switch (section) {
    case 'header':
      return html`<cluster-event-header .data=${doc} now=${ifDefined(ctx.now)} heading-level=${ctx.level}></cluster-event-header>`;
    case 'agenda':
      content = html`<cluster-agenda .data=${doc} time-display=${ctx.timeDisplay} now=${ifDefined(ctx.now)} heading-level=${inner}></cluster-agenda>`;
      break;
    case 'speakers':
      content = html`<cluster-speaker-list .speakers=${page.speakers} heading-level=${inner}></cluster-speaker-list>`;
      break;
    case 'projects':
      content = html`<div class="projects">
        ${repeat(
          page.projects,
          (p) => p.card.id ?? p.card.acronym,
          (p) =>
            html`<div class="project">
              <cluster-project-card .project=${p.card} now=${ifDefined(ctx.now)} heading-level=${inner}></cluster-project-card>
              ${p.lists.map((list) => listTemplate(list, inner + 1, ctx, doc.lang))}
            </div>`,
        )}
        ${page.otherLists.map((list) => listTemplate(list, inner, ctx, doc.lang))}
      </div>`;
      break;
    case 'calls':
      content = html`<div class="calls">
        ${repeat(
          page.calls,
          (call) => call.id,
          (call) =>
            html`<cluster-funding-call-banner
              .call=${call}
              now=${ifDefined(ctx.now)}
              text-format=${ifDefined(doc.textFormat)}
              heading-level=${inner}
            ></cluster-funding-call-banner>`,
        )}
      </div>`;
      break;
  }
  const id = `section-${section}`;
  return html`<section part="section" class="section section--${section}" aria-labelledby=${id}>
    ${sectionHeading(ctx.level + 1, id, eventPageStrings(ctx.lang)[section])} ${content}
  </section>`;
}
