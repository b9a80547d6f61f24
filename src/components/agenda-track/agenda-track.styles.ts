import { css } from 'lit';
import { sharedStyles } from '../../styles/tokens.js';
import { buttonStyles } from '../../styles/button.js';

export const styles = [
  sharedStyles,
  buttonStyles,
  css`
    .track {
      container-type: inline-size;
      /* The box the calendar menu is placed in, under the session's button that opened it. */
      position: relative;
      /* The track colour (checked, set inline as --_track-accent) is only a border: no text sits on it. */
      border-inline-start: 0.25rem solid var(--_track-accent, var(--_border));
      padding-inline-start: var(--_space-m);
    }
    .track__heading {
      margin: 0 0 var(--_space-xs);
      font-weight: 700;
      font-size: 1.25em;
      line-height: 1.3;
    }
    .track__description {
      margin: 0 0 var(--_space-s);
      color: var(--_text-muted);
    }
    .past-toggle {
      margin-block: var(--_space-xs) var(--_space-s);
    }

    .sessions {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .session {
      display: grid;
      gap: var(--_space-2xs) var(--_space-m);
      padding-block: var(--_space-s);
      border-block-end: 1px solid var(--_border);
      scroll-margin-block: var(--_space-xl);
    }
    /* A long list (see LONG_LIST): sessions off screen skip style and layout until they come
       near. They stay in the accessibility tree, find-in-page and printing; the browser remembers
       each one's last size, and 6rem is the first guess. Contrast checkers (axe) cannot see the
       colours of sessions that are not rendered yet: --cluster-session-visibility: visible turns
       this off for an audit. */
    .sessions--long > .session {
      content-visibility: var(--cluster-session-visibility, auto);
      contain-intrinsic-size: auto 6rem;
    }
    /* Containment would clip what is drawn outside a session: its focus rings, the highlight
       outline and the band of the session in progress. */
    .session:focus-within,
    .session--current,
    .session--highlighted {
      content-visibility: visible;
    }
    .session:last-child {
      border-block-end: 0;
    }
    .session > * {
      min-inline-size: 0;
    }
    .session--current {
      background: var(--_surface-raised);
      box-shadow:
        -0.5rem 0 0 var(--_surface-raised),
        0.5rem 0 0 var(--_surface-raised);
    }
    .session--highlighted {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
    @container (min-width: 36rem) {
      .sessions--timed .session {
        grid-template-columns: minmax(8rem, 11rem) minmax(0, 1fr);
      }
    }

    .when {
      display: flex;
      flex-direction: column;
      color: var(--_text);
      font-variant-numeric: tabular-nums;
    }
    .when__day {
      font-weight: 600;
    }
    .when__duration,
    .when__viewer {
      color: var(--_text-muted);
      font-size: 0.875em;
    }

    .title {
      margin: 0;
      font-size: 1em;
      font-weight: 600;
      line-height: 1.35;
      hyphens: auto;
    }
    .session--cancelled .title,
    .session--cancelled .when__range {
      text-decoration: line-through;
    }
    .marks {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs);
      margin-block-start: var(--_space-2xs);
    }
    .marks:empty {
      display: none;
    }
    .badge {
      display: inline-block;
      padding: 0 var(--_space-s);
      border: 1px solid currentColor;
      border-radius: var(--_radius);
      color: var(--_text-muted);
      font-size: 0.8125em;
      font-weight: 600;
      line-height: 1.6;
    }
    .badge--now {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .badge--cancelled {
      color: var(--_danger);
    }
    .badge--postponed,
    .badge--rescheduled {
      color: var(--_warning);
    }
    .badge--moved-online {
      color: var(--_info);
    }
    .finished {
      color: var(--_text-muted);
      font-size: 0.8125em;
      font-style: italic;
      line-height: 1.6;
    }
    .room {
      margin: var(--_space-2xs) 0 0;
      color: var(--_text-muted);
    }
    .speakers {
      margin: var(--_space-2xs) 0 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs);
      margin-block-start: var(--_space-xs);
    }
    .actions .button {
      min-block-size: 2.25rem;
      padding-block: 0;
      font-size: 0.875em;
    }
    /* The buttons' symbols, with empty alternative text: each button is named by aria-label. */
    .button[data-action]::before {
      content: '+';
      content: '+' / '';
    }
    .button[data-action='abstract']::before {
      content: '▸';
      content: '▸' / '';
      display: inline-block;
      transition: transform var(--_transition);
    }
    .button[data-action='abstract'][aria-expanded='true']::before {
      transform: rotate(90deg);
    }
    .button[data-action='favorite']::before {
      content: '☆';
      content: '☆' / '';
    }
    .button[aria-pressed='true']::before {
      content: '★';
      content: '★' / '';
    }
    .abstract {
      margin: var(--_space-xs) 0 0;
      white-space: pre-line;
    }

    @media (forced-colors: active) {
      .track {
        border-inline-start-color: CanvasText;
      }
      .badge--now {
        forced-color-adjust: none;
        background: Highlight;
        color: HighlightText;
        border-color: Highlight;
      }
      .session--current {
        outline: 2px solid CanvasText;
      }
    }

    @media print {
      /* Everything is on paper: hidden finished sessions and collapsed abstracts too (buttons are hidden). */
      .session[hidden],
      .abstract[hidden] {
        display: block !important;
      }
      /* Long lists and collapsed abstracts (hidden="until-found") skip rendering on screen only. */
      .sessions--long > .session,
      .abstract[hidden] {
        content-visibility: visible;
      }
      .session {
        break-inside: avoid;
      }
      .track {
        border-inline-start-color: currentColor;
      }
    }
  `,
];
