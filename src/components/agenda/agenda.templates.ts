import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { AgendaChoice, AgendaDayView, AgendaView } from '../../data/agenda-view.js';
import type { TimeDisplay } from '../../data/time.js';
import type { CalendarRequestDetail, FavoriteChangeDetail } from '../agenda-track/agenda-track.js';
import type { FragmentFilterState } from '../../data/fragment.js';
import { resolveText } from '../../data/text.js';
import { agendaFilterStrings } from '../../i18n/agenda-filters.js';
import { headingTemplate } from '../../base/heading.js';

/** What the filter form shows and whom it tells about changes. */
export interface ControlsContext {
  lang: string;
  documentLang: string;
  view: AgendaView;
  filters: FragmentFilterState;
  favoriteCount: number;
  onQuery: (event: Event) => void;
  onChoice: (event: Event) => void;
  onOnlyFavorites: (event: Event) => void;
  onClear: () => void;
  onDownload: () => void;
}

function choicesTemplate(
  ctx: ControlsContext,
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
          ><input
            type="checkbox"
            name=${kind}
            .value=${choice.id}
            .checked=${selected.includes(choice.id)}
            @change=${ctx.onChoice}
          />${resolveText(choice.name, ctx.lang, ctx.documentLang)}
          <span class="muted">(${choice.count})</span></label
        >`,
    )}
  </fieldset>`;
}

/** The filter form: search, topics, rooms, "only my sessions", clear, calendar download. */
export function controlsTemplate(ctx: ControlsContext): TemplateResult {
  const t = agendaFilterStrings(ctx.lang);
  const { view, filters } = ctx;
  return html`<form
    class="controls"
    part="controls"
    role="search"
    aria-label=${t.filters}
    @submit=${(event: Event) => event.preventDefault()}
  >
    <div class="field">
      <label for="query">${t.search}</label>
      <input
        id="query"
        name="query"
        type="search"
        autocomplete="off"
        aria-describedby="query-hint"
        .value=${filters.query}
        @input=${ctx.onQuery}
      />
      <span id="query-hint" class="hint">${t.searchHint}</span>
    </div>
    ${choicesTemplate(ctx, 'track', t.tracks, view.tracks, filters.tracks)}
    ${choicesTemplate(ctx, 'room', t.rooms, view.rooms, filters.rooms)}
    <div class="actions">
      <label class="check"
        ><input type="checkbox" name="favorites" .checked=${filters.onlyFavorites} @change=${ctx.onOnlyFavorites} />${t.onlyFavorites}
        <span class="muted">${t.favoritesCount(ctx.favoriteCount)}</span></label
      >
      <button type="button" class="button" part="button" @click=${ctx.onClear}>${t.clearFilters}</button>
      ${view.matching > 0
        ? html`<button
              type="button"
              class="button button--primary"
              part="button"
              aria-describedby="download-hint"
              data-calendar
              @click=${ctx.onDownload}
            >
              ${t.downloadCalendar}
            </button>
            <span id="download-hint" class="visually-hidden"
              >${view.timed > 0 ? t.downloadCalendarHint(view.timed) : t.downloadEventHint}</span
            >`
        : nothing}
    </div>
  </form>`;
}

/** One day: what it shows and what its tracks get. */
export interface DayContext {
  day: AgendaDayView;
  /** Position among the days shown: ids `day-<index>` (heading) and `day-<index>-tracks`. */
  index: number;
  label: string;
  lang: string;
  headingLevel: number;
  /** The day is finished and `hide-past` is on: its heading is a button that shows or hides it. */
  collapsible: boolean;
  expanded: boolean;
  onToggle: (day: string) => void;
  favorites: ReadonlySet<string>;
  timeDisplay: TimeDisplay;
  now: string | undefined;
  hidePast: boolean;
  highlighted: string;
  onFavoriteChange: (event: CustomEvent<FavoriteChangeDetail>) => void;
  onCalendarRequest: (event: CustomEvent<CalendarRequestDetail>) => void;
}

/** A day as a section headed by its date, with its tracks (side by side when the element is wide). */
export function dayTemplate(ctx: DayContext): TemplateResult {
  const t = agendaFilterStrings(ctx.lang);
  const id = `day-${ctx.index}`;
  const content = ctx.collapsible
    ? html`<button
        type="button"
        class="day__toggle"
        aria-expanded=${ctx.expanded ? 'true' : 'false'}
        aria-controls="${id}-tracks"
        @click=${() => ctx.onToggle(ctx.day.day)}
      >
        <span class="day__marker" aria-hidden="true">▸</span>${ctx.label} <span class="day__state">(${t.finished})</span>
      </button>`
    : ctx.label;
  return html`<section class="day" part="day" aria-labelledby=${id}>
    ${headingTemplate(ctx.headingLevel, id, content, 2, 'heading')}
    <div id="${id}-tracks" class="tracks${ctx.expanded ? '' : ' tracks--collapsed'}">
      ${repeat(
        ctx.day.tracks,
        (track) => track.id ?? '',
        (track) => html`<cluster-agenda-track
          .track=${track}
          .favorites=${ctx.favorites}
          time-display=${ctx.timeDisplay}
          now=${ifDefined(ctx.now)}
          ?hide-past=${ctx.hidePast}
          heading-level=${Math.min(ctx.headingLevel + 1, 6)}
          highlighted-session=${ctx.highlighted}
          show-favorites
          show-calendar
          @cluster-favorite-change=${ctx.onFavoriteChange}
          @cluster-calendar-request=${ctx.onCalendarRequest}
        ></cluster-agenda-track>`,
      )}
    </div>
  </section>`;
}
