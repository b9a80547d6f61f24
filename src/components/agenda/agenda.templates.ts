import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AgendaChoice, AgendaDayModel, AgendaView } from '../../data/agenda-view.js';
import type { TimeDisplay } from '../../data/time.js';
import type { EventDocument } from '../../data/types.js';
import type { CalendarRequestDetail, FavoriteChangeDetail } from '../agenda-track/agenda-track.js';
import type { FragmentFilterState } from '../../data/fragment.js';
import { langAttribute, resolveTextIn } from '../../data/text.js';
import { agendaFilterStrings } from '../../i18n/agenda-filters.js';
import { headingTemplate } from '../../base/heading.js';

/** What the programme shows (once it has sessions) and whom it tells about the reader's actions. */
export interface AgendaContext {
  /** The element's language. */
  lang: string;
  /** The document's language (the fallback of its texts). */
  documentLang: string;
  /** The document itself, from which the tracks' calendar menus make their web calendar links. */
  document: EventDocument;
  view: AgendaView;
  /** The days of `view` with their headings and whether they are shown. */
  days: readonly AgendaDayModel[];
  filters: FragmentFilterState;
  /** The reader's sessions. */
  favorites: ReadonlySet<string>;
  /** The number of sessions shown, for the live region (updated once the reader pauses). */
  announcement: string;
  /** The reader's sessions are kept in memory only (the browser does not let the page store them). */
  unsaved: boolean;
  /** Level of the day headings (1 or more); topic headings are one level below. */
  headingLevel: number;
  timeDisplay: TimeDisplay;
  now: string | undefined;
  hidePast: boolean;
  /** Id of the session to highlight, or `''`. */
  highlighted: string;
  onQuery: (event: Event) => void;
  onChoice: (event: Event) => void;
  onOnlyFavorites: (event: Event) => void;
  onClear: () => void;
  onDownload: () => void;
  /** Shows or hides a finished day (`AgendaDayView.day`). */
  onToggle: (day: string) => void;
  onFavoriteChange: (event: CustomEvent<FavoriteChangeDetail>) => void;
  onCalendarRequest: (event: CustomEvent<CalendarRequestDetail>) => void;
}

/**
 * The programme: the filter form, the count of sessions shown (a live region), notes when the
 * reader's sessions cannot be stored or nothing matches, and the days.
 */
export function agendaTemplate(ctx: AgendaContext): TemplateResult {
  const t = agendaFilterStrings(ctx.lang);
  return html`
    ${controlsTemplate(ctx)}
    <p class="count" part="count" role="status">${ctx.announcement}</p>
    ${ctx.unsaved && ctx.favorites.size > 0 ? html`<p class="note">${t.storageUnavailable}</p>` : nothing}
    ${ctx.days.length === 0 ? html`<p class="none">${ctx.filters.onlyFavorites && ctx.favorites.size === 0 ? t.noFavorites : t.noMatches}</p>` : nothing}
    ${repeat(
      ctx.days,
      (model) => model.day.day,
      (model, index) => dayTemplate(model, index, ctx),
    )}
  `;
}

function choicesTemplate(
  ctx: AgendaContext,
  kind: 'track' | 'room',
  legend: string,
  choices: readonly AgendaChoice[],
  selected: readonly string[],
): TemplateResult | typeof nothing {
  if (choices.length < 2) return nothing;
  return html`<fieldset part="filter-group">
    <legend>${legend}</legend>
    ${choices.map(
      (choice) =>
        html`<label class="check"
          ><input type="checkbox" name=${kind} .value=${choice.id} .checked=${selected.includes(choice.id)} @change=${ctx.onChoice} />${choiceName(choice, ctx)}
          <span class="muted">(${choice.count})</span></label
        >`,
    )}
  </fieldset>`;
}

/** A topic or room name; in a `<span lang>` when it is in another language than the element (WCAG 3.1.2). */
function choiceName(choice: AgendaChoice, ctx: AgendaContext): unknown {
  const name = resolveTextIn(choice.name, ctx.lang, ctx.documentLang);
  const lang = langAttribute(name.lang, ctx.lang);
  return lang ? html`<span lang=${lang}>${name.text}</span>` : name.text;
}

/** The filter form: search, topics, rooms, "only my sessions", clear, calendar download. */
function controlsTemplate(ctx: AgendaContext): TemplateResult {
  const t = agendaFilterStrings(ctx.lang);
  const { view, filters } = ctx;
  return html`<form class="controls" part="controls" role="search" aria-label=${t.filters} @submit=${(event: Event) => event.preventDefault()}>
    <div class="field">
      <label for="query">${t.search}</label>
      <input id="query" name="query" type="search" autocomplete="off" aria-describedby="query-hint" .value=${filters.query} @input=${ctx.onQuery} />
      <span id="query-hint" class="hint">${t.searchHint}</span>
    </div>
    ${choicesTemplate(ctx, 'track', t.tracks, view.tracks, filters.tracks)} ${choicesTemplate(ctx, 'room', t.rooms, view.rooms, filters.rooms)}
    <div class="actions">
      <label class="check"
        ><input type="checkbox" name="favorites" .checked=${filters.onlyFavorites} @change=${ctx.onOnlyFavorites} />${t.onlyFavorites}
        <span class="muted">${t.favoritesCount(ctx.favorites.size)}</span></label
      >
      <button type="button" class="button" part="button" @click=${ctx.onClear}>${t.clearFilters}</button>
      ${
        view.matching > 0
          ? html`<button type="button" class="button button--primary" part="button" aria-describedby="download-hint" data-calendar @click=${ctx.onDownload}>
                ${t.downloadCalendar}
              </button>
              <span id="download-hint" class="visually-hidden">${view.timed > 0 ? t.downloadCalendarHint(view.timed) : t.downloadEventHint}</span>`
          : nothing
      }
    </div>
  </form>`;
}

/**
 * A day as a section (not a landmark) headed by its date (a button when it collapses), with its tracks
 * (side by side when the element is wide); `index` gives the ids `day-<index>` (heading) and `day-<index>-tracks`.
 */
function dayTemplate({ day, label, collapsible, expanded }: AgendaDayModel, index: number, ctx: AgendaContext): TemplateResult {
  const t = agendaFilterStrings(ctx.lang);
  const id = `day-${index}`;
  const content = collapsible
    ? html`<button
        type="button"
        class="day__toggle"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="${id}-tracks"
        @click=${() => ctx.onToggle(day.day)}
      >
        <span class="day__marker" aria-hidden="true">▸</span>${label} <span class="day__state">(${t.finished})</span>
      </button>`
    : label;
  // No accessible name: the heading structures the day, without a region landmark for every day.
  return html`<section class="day" part="day">
    ${headingTemplate(ctx.headingLevel, id, content, 2, 'heading')}
    <div id="${id}-tracks" class="tracks${expanded ? '' : ' tracks--collapsed'}">
      ${repeat(
        day.tracks,
        (track) => track.id ?? '',
        (track) =>
          html`<cluster-agenda-track
            .track=${track}
            .favorites=${ctx.favorites}
            .calendarDocument=${ctx.document}
            time-display=${ctx.timeDisplay}
            now=${ifDefined(ctx.now)}
            ?hide-past=${ctx.hidePast}
            heading-level=${ctx.headingLevel + 1}
            highlighted-session=${ctx.highlighted}
            show-favorites
            show-calendar
            hide-day
            @cluster-favorite-change=${ctx.onFavoriteChange}
            @cluster-calendar-request=${ctx.onCalendarRequest}
          ></cluster-agenda-track>`,
      )}
    </div>
  </section>`;
}
