import { css } from 'lit';
import { buttonStyles } from '../../styles/button.js';
import { sharedStyles } from '../../styles/tokens.js';

export const styles = [
  sharedStyles,
  buttonStyles,
  css`
    .agenda {
      /* Layout follows the element's own width, not the viewport's. */
      container-type: inline-size;
      display: grid;
      gap: var(--_space-l);
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-m);
      align-items: end;
      padding: var(--_space-m);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-raised);
    }
    .field {
      display: grid;
      gap: var(--_space-2xs);
      flex: 1 1 16rem;
    }
    .field label,
    legend {
      font-weight: 600;
    }
    input[type='search'] {
      min-block-size: 2.75rem;
      padding-inline: var(--_space-s);
      border: 1px solid var(--_text-muted);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    .hint,
    .muted,
    .count {
      color: var(--_text-muted);
    }
    .hint {
      font-size: 0.875em;
    }
    fieldset {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space-m);
      margin: 0;
      padding: var(--_space-xs) var(--_space-s);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    legend {
      padding-inline: var(--_space-xs);
    }
    .check {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-xs);
      min-block-size: 2.75rem;
      cursor: pointer;
    }
    .check input {
      flex: none;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    .check .muted {
      white-space: nowrap;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s) var(--_space-m);
      align-items: center;
    }
    .count,
    .note,
    .none {
      margin: 0;
    }
    .note {
      padding: var(--_space-s) var(--_space-m);
      border-inline-start: 4px solid var(--_warning);
      background: var(--_surface-raised);
    }
    .day {
      display: grid;
      gap: var(--_space-m);
    }
    .heading {
      margin: 0;
      font-weight: 700;
      font-size: 1.375em;
      line-height: 1.25;
    }
    .day__toggle {
      display: inline-flex;
      align-items: baseline;
      gap: var(--_space-s);
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .day__marker {
      display: inline-block;
      transition: transform var(--_transition);
    }
    .day__toggle[aria-expanded='true'] .day__marker {
      transform: rotate(90deg);
    }
    .day__state {
      color: var(--_text-muted);
      font-weight: normal;
      font-size: 0.8em;
    }
    .tracks {
      display: grid;
      gap: var(--_space-l);
    }
    .tracks--collapsed {
      display: none;
    }
    /* Wide: the day's tracks side by side. The DOM (reading and tab) order stays the same list. */
    @container (min-width: 48rem) {
      .tracks {
        grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr));
        align-items: start;
      }
    }
    @media (forced-colors: active) {
      .note {
        border-color: CanvasText;
      }
    }
    @media print {
      .controls,
      .count,
      .note,
      .day__marker {
        display: none;
      }
      .tracks--collapsed {
        display: grid;
      }
      .heading {
        break-after: avoid;
      }
    }
  `,
];
