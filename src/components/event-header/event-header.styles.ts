import { css } from 'lit';
import { buttonStyles } from '../../styles/button.js';
import { sharedStyles } from '../../styles/tokens.js';

export const styles = [
  sharedStyles,
  buttonStyles,
  css`
    .base {
      container-type: inline-size;
      /* The box the calendar menu is placed in, under its button. */
      position: relative;
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--_space-m);
    }
    .heading {
      margin: 0;
      font-size: clamp(1.5rem, 1.2rem + 1.5vw, 2.25rem);
      font-weight: 700;
      line-height: 1.2;
    }
    .heading a {
      color: inherit;
    }
    .status {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--_space-xs) var(--_space-s);
      margin: 0;
    }
    .badge {
      display: inline-block;
      padding: var(--_space-2xs) var(--_space-s);
      border: 2px solid currentColor;
      border-radius: var(--_radius);
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      font-size: 0.875rem;
    }
    .status--cancelled .badge {
      color: var(--_danger);
    }
    .status--postponed .badge,
    .status--rescheduled .badge {
      color: var(--_warning);
    }
    .status--moved-online .badge {
      color: var(--_info);
    }
    .previous {
      color: var(--_text-muted);
    }
    .facts {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: var(--_space-xs) var(--_space-m);
      margin: 0;
    }
    .fact {
      display: contents;
    }
    dt,
    .label {
      margin: 0;
      color: var(--_text-muted);
      font-size: 0.875rem;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      padding-block-start: 0.15em;
    }
    dd {
      margin: 0;
    }
    .times {
      display: block;
    }
    .orgs ul {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-s) var(--_space-l);
      margin: var(--_space-xs) 0 0;
      padding: 0;
      list-style: none;
    }
    .org a {
      display: inline-block;
      padding-block: var(--_space-xs);
    }
    .org img {
      display: block;
      block-size: 3rem;
      inline-size: auto;
      max-inline-size: 10rem;
      object-fit: contain;
    }
    .map-links {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-2xs) var(--_space-m);
      margin-block-start: var(--_space-2xs);
    }
    .map-link {
      display: inline-block;
      padding-block: var(--_space-2xs);
      color: var(--_link);
    }
    .register {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs) var(--_space-m);
    }
    .registration {
      margin: 0;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    .registration-state {
      font-weight: 700;
    }
    @container (inline-size < 24rem) {
      .facts {
        grid-template-columns: minmax(0, 1fr);
      }
      dd {
        margin-block-end: var(--_space-xs);
      }
    }
    @media (forced-colors: active) {
      .badge {
        border-color: CanvasText;
        color: CanvasText;
      }
    }
  `,
];
