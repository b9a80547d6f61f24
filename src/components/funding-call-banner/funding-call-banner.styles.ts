import { css } from 'lit';
import { buttonStyles } from '../../styles/button.js';
import { sharedStyles } from '../../styles/tokens.js';

export const styles = [
  sharedStyles,
  buttonStyles,
  css`
    [part~='base'] {
      container-type: inline-size;
      position: relative;
      --_status: var(--_info);
    }
    .banner {
      display: grid;
      gap: var(--_space-s);
      padding: var(--_space-m) var(--_space-l);
      border: 1px solid var(--_border);
      border-inline-start: 0.375rem solid var(--_status);
      border-radius: var(--_radius);
      background: var(--_surface);
      box-shadow: var(--_shadow);
    }
    .status--open {
      --_status: var(--_success);
    }
    .status--closing-soon {
      --_status: var(--_warning);
    }
    .status--closed,
    .status--suspended,
    .status--unconfirmed {
      --_status: var(--_text-muted);
    }
    .status--cancelled {
      --_status: var(--_danger);
    }

    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs) var(--_space-m);
    }
    /* The title comes first and keeps clear of the dismiss button in the corner. */
    .banner .heading {
      padding-inline-end: var(--_dismiss-room, 0);
    }
    .dismissible {
      --_dismiss-room: 3rem;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-xs);
      padding: var(--_space-2xs) var(--_space-s);
      border: 1px solid currentColor;
      border-radius: 999px;
      color: var(--_status);
      font-weight: 700;
      /* Wraps rather than overflowing a narrow column ("Откриването не е потвърдено" at 320 px). */
      max-inline-size: 100%;
    }
    .countdown {
      font-weight: 600;
    }
    .eyebrow {
      margin: 0;
      color: var(--_text-muted);
      font-size: 0.875em;
    }
    .eyebrow span + span::before {
      content: ' · ';
    }
    .heading {
      margin: 0;
      font-size: 1.25em;
      line-height: 1.3;
    }
    .summary p {
      margin: 0;
    }

    .facts {
      display: grid;
      gap: var(--_space-xs) var(--_space-m);
      grid-template-columns: max-content 1fr;
      margin: 0;
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
    }
    .cutoffs {
      display: grid;
      gap: var(--_space-xs);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .cutoff {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
      gap: 0 var(--_space-s);
    }
    .cutoff__main,
    .cutoff__notes {
      grid-column: 1;
    }
    .cutoff__calendar {
      grid-column: 2;
      grid-row: 1 / span 2;
    }
    .cutoff--passed {
      color: var(--_text-muted);
    }
    .cutoff--next .when {
      font-weight: 700;
    }
    .passed-note {
      font-style: italic;
    }
    .cutoff__notes {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space-s);
      font-size: 0.875em;
    }
    .viewer,
    .extended {
      color: var(--_text-muted);
    }
    .viewer::before,
    .extended::before {
      content: '(';
    }
    .viewer::after,
    .extended::after {
      content: ')';
    }
    .cutoff .button {
      min-block-size: 2.25rem;
      padding-block: 0;
      font-size: 0.875em;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      margin-block-start: var(--_space-xs);
    }
    .dismiss {
      position: absolute;
      inset-block-start: var(--_space-xs);
      inset-inline-end: var(--_space-xs);
      padding: 0;
      color: var(--_text);
    }
    .icon {
      flex: none;
    }

    /* Compact: one line for a site header, wrapping only when the container is narrow. */
    .compact {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs) var(--_space-m);
      padding: var(--_space-xs) var(--_space-m);
      border-block-end: 0.25rem solid var(--_status);
      background: var(--_surface-raised);
    }
    .compact .title {
      font-weight: 700;
    }
    .compact .actions {
      display: flex;
      align-items: center;
      gap: var(--_space-s);
      margin: 0;
      margin-inline-start: auto;
    }
    .compact .button {
      min-block-size: 2.25rem;
      padding-block: 0;
    }
    .compact .dismiss {
      position: static;
    }

    @container (max-width: 32rem) {
      .banner {
        padding: var(--_space-m);
      }
      .facts {
        grid-template-columns: 1fr;
      }
      .facts dd + dt {
        margin-block-start: var(--_space-xs);
      }
      .actions .button {
        flex: 1 1 auto;
        justify-content: center;
      }
      .compact .actions {
        margin-inline-start: 0;
      }
      .cutoff {
        grid-template-columns: 1fr;
      }
      .cutoff__calendar {
        grid-column: 1;
        grid-row: auto;
        justify-self: start;
      }
    }

    @media (forced-colors: active) {
      .banner,
      .compact {
        border-color: CanvasText;
      }
      .badge {
        color: CanvasText;
      }
    }
    @media print {
      .banner {
        box-shadow: none;
      }
      .dismiss {
        display: none;
      }
    }
  `,
];
