import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { headingOf } from '../../base/heading.js';
import { namedLabel } from '../../base/named-label.js';
import type { ViewState } from '../../base/cluster-element.js';
import { EVENT_LIST_BATCH, type EventListGroup } from '../../data/event-list-view.js';
import { eventStrings } from '../../i18n/event.js';
import { eventListStrings } from '../../i18n/event-list.js';
import type { EventGroupModel, EventItemModel, ShownText } from './event-list.view.js';

/** What every group shares. */
export interface GroupContext {
  /** The group rendered (ids inside it are made from it). */
  group: EventListGroup;
  lang: string;
  /** Level of the group headings; event names are one below. */
  level: number;
  compact: boolean;
  /** How many events of the group are shown. */
  shown: number;
  onMore: (group: EventListGroup) => void;
}

const run = (t: ShownText): TemplateResult => html`<span lang=${ifDefined(t.lang)}>${t.text}</span>`;

/** Texts joined by ", ", each in its own language. */
const joined = (texts: readonly ShownText[]): unknown[] => texts.map((t, i) => html`${i ? ', ' : ''}${run(t)}`);

/**
 * The Register link (until registration closes; the primary action only while open), named with the
 * event, described by the registration's state in words; closed, only the state is said.
 */
function registrationTemplate(item: EventItemModel, id: string, ctx: GroupContext): TemplateResult {
  const r = item.registration!;
  const e = eventStrings(ctx.lang);
  const details = ctx.compact ? [] : r.details;
  const link =
    r.state === 'closed'
      ? nothing
      : html`<a
          part="register"
          class=${r.state === 'open' ? 'button button--primary' : 'button'}
          href=${r.url}
          rel=${r.external ? 'noopener' : nothing}
          aria-describedby=${id}
          >${namedLabel(e.register, html`${e.register}: ${run(item.name)}`)}</a
        >`;
  return html`<div class="register register--${r.state}">
    ${link}
    <p class="registration" id=${id}>
      <span part="registration-state" class="registration-state">${r.text}</span>${details.map(
        (d, i) => html`<span class="registration-detail">${i === 0 && r.state === 'open' ? ', ' : ' · '}${d}</span>`,
      )}
    </p>
  </div>`;
}

function itemTemplate(item: EventItemModel, index: number, ctx: GroupContext): TemplateResult {
  // Events after the first `shown` are there for print only, until "Show more" reveals them.
  const later = index >= ctx.shown ? ' later' : '';
  const e = eventStrings(ctx.lang);
  const l = eventListStrings(ctx.lang);
  const name = html`<span lang=${ifDefined(item.name.lang)}>${item.name.text}</span>`;
  const title = item.href ? html`<a href=${item.href} rel=${item.external ? 'noopener' : nothing}>${name}</a>` : name;
  const badges =
    item.status || item.ongoing
      ? html`<p class="badges">
          ${item.status ? html`<span part="badge" class="badge badge--${item.status.status}">${item.status.text}</span>` : nothing}
          ${item.ongoing ? html`<span part="badge" class="badge badge--ongoing">${l.ongoing}</span>` : nothing}
          ${item.status?.previous && !ctx.compact ? html`<span class="previous">${e.previously(item.status.previous)}</span>` : nothing}
        </p>`
      : nothing;
  const mode = item.mode && !ctx.compact ? item.mode : '';
  return html`<li part="item" class="item${item.status ? ` item--${item.status.status}` : ''}${later}" data-index=${index} tabindex="-1">
    ${headingOf(ctx.level + 1, 'name', title, 'title')} ${badges}
    ${
      item.dates.length
        ? html`<p class="when">
            <span part="time" class="date">${item.dates.map((p) => (p.date ? html`<time datetime=${p.date}>${p.text}</time>` : p.text))}</span>
            ${item.time && !ctx.compact ? html`<span class="times">${item.time}</span>` : nothing}
          </p>`
        : nothing
    }
    ${
      item.place.length || mode
        ? html`<p class="where">
            ${item.place.length ? html`<span class="place">${joined(item.place)}</span>` : nothing}${mode ? html` <span class="mode">${mode}</span>` : nothing}
          </p>`
        : nothing
    }
    ${item.organizers.length && !ctx.compact ? html`<p class="organizers">${e.organizers}: ${joined(item.organizers)}</p>` : nothing}
    ${item.registration ? registrationTemplate(item, `registration-${ctx.group}-${index}`, ctx) : nothing}
  </li>`;
}

/**
 * A group of events under its heading: the list (the first `shown` events on screen, every one in
 * print), the "Show more" button when there are more, or the group's empty state.
 */
export function groupTemplate(model: EventGroupModel, ctx: GroupContext, renderState: (state: ViewState, text: string) => TemplateResult): TemplateResult {
  const l = eventListStrings(ctx.lang);
  const id = `${model.group}-heading`;
  const items = model.items;
  const more = Math.min(Math.max(items.length - ctx.shown, 0), EVENT_LIST_BATCH);
  return html`<section part="group" class="group group--${model.group}" data-group=${model.group} aria-labelledby=${id}>
    ${headingOf(ctx.level, 'group-heading', l[model.group], 'group-heading', id)}
    ${
      items.length
        ? html`<ul part="list" class="list" role="list" aria-labelledby=${id}>
            ${repeat(
              items,
              (item) => item.key,
              (item, i) => itemTemplate(item, i, ctx),
            )}
          </ul>`
        : renderState('empty', model.group === 'upcoming' ? l.noUpcoming : l.noPast)
    }
    ${
      more > 0
        ? html`<button type="button" part="more-button" class="button more" @click=${() => ctx.onMore(model.group)}>
            ${model.group === 'upcoming' ? l.moreUpcoming(more) : l.morePast(more)}
          </button>`
        : nothing
    }
  </section>`;
}
