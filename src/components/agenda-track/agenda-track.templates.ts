/**
 * The template of `<cluster-agenda-track>` around its sessions: the heading, the description, the
 * button that shows or hides finished sessions and the list (each session is rendered by
 * `agenda-track-session.templates.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { TrackModel } from '../../data/agenda-track-view.js';
import { headingOf } from '../../base/heading.js';
import { marked, renderSession, type SessionContext } from './agenda-track-session.templates.js';

/**
 * Above this many sessions a track renders the sessions off screen lazily (`content-visibility`):
 * a conference programme lays out in a fraction of the time; a cluster meeting's short list is
 * laid out whole, as before.
 */
export const LONG_LIST = 30;

/** What the track shows besides its model, and whom it tells about the reader's actions. */
export interface TrackContext extends SessionContext {
  /** Level of the track heading (1 or more); session titles are at `level`, one below. */
  headingLevel: number;
  /** Leave out the track heading. */
  hideHeading: boolean;
  /** Finished sessions (counted only when they may be hidden); the button to show them appears when there are any. */
  pastCount: number;
  /** The reader asked to see the finished sessions. */
  showPast: boolean;
  togglePast: () => void;
  /** The one listener of the list: a session's button was pressed (see `sessionAction`). */
  onSessionClick: (event: Event) => void;
  /** Find-in-page is about to show a collapsed abstract (`beforematch`). */
  onBeforeMatch: (event: Event) => void;
  /** The track's one calendar menu (open under a session's calendar button), or nothing. */
  calendarMenu: unknown;
  /** The `show-problems` list (or nothing), first in the track. */
  problems: unknown;
  /** Shown instead of the list when the track has no sessions to show (empty or all invalid). */
  state: TemplateResult | null;
}

/** The track: `div[part=base]`, its heading and description, then its sessions. */
/* eslint-disable lit-a11y/click-events-have-key-events -- the list's click listener is delegation for the
   buttons inside it, which the keyboard activates (Enter and Space fire their click) */
export function trackTemplate(model: TrackModel, c: TrackContext): TemplateResult {
  const showHeading = !c.hideHeading && model.name !== '';
  const body =
    c.state ??
    html`${
        c.pastCount > 0
          ? html`<button
              type="button"
              class="button past-toggle"
              part="button"
              aria-expanded=${c.showPast ? 'true' : 'false'}
              aria-controls="sessions"
              @click=${c.togglePast}
            >
              ${c.showPast ? c.t.hideFinished(c.pastCount) : c.t.showFinished(c.pastCount)}
            </button>`
          : nothing
      }
      <ol
        id="sessions"
        class="sessions${model.timed ? ' sessions--timed' : ''}${model.rows.length > LONG_LIST ? ' sessions--long' : ''}"
        aria-labelledby=${ifDefined(showHeading ? 'heading' : undefined)}
        aria-label=${ifDefined(!showHeading && model.name ? model.name : undefined)}
        @click=${c.onSessionClick}
        @beforematch=${c.onBeforeMatch}
      >
        ${repeat(
          model.rows,
          (row) => row.session.id,
          (row, index) => renderSession(row, index, c),
        )}
      </ol>`;
  // The track colour is set through CSSOM by the element (no style attribute: strict CSP).
  return html`<div part="base" class="track">
    ${c.problems} ${showHeading ? headingOf(c.headingLevel, 'track__heading', marked(model.name, model.nameLang), 'heading', 'heading') : nothing}
    ${
      model.description
        ? c.prose
          ? html`<div class="track__description markdown" lang=${ifDefined(model.descriptionLang)}>${c.prose(model.description)}</div>`
          : html`<p class="track__description" lang=${ifDefined(model.descriptionLang)}>${model.description}</p>`
        : nothing
    }
    ${body}${c.calendarMenu}
  </div>`;
}
/* eslint-enable lit-a11y/click-events-have-key-events */
