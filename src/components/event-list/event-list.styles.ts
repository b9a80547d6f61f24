import { css } from 'lit';
import { buttonStyles } from '../../styles/button.js';
import { sharedStyles } from '../../styles/tokens.js';

export const styles = [
  sharedStyles,
  buttonStyles,
  css`
    .base {
      container-type: inline-size;
      display: flex;
      flex-direction: column;
      gap: var(--_space-xl);
    }
    .group {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--_space-m);
    }
    .group-heading {
      margin: 0;
      font-size: 1.5rem;
      line-height: 1.25;
    }
    .list {
      align-self: stretch;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: flex;
      flex-direction: column;
      gap: var(--_space-xs);
      padding-block: var(--_space-m);
      border-block-start: 1px solid var(--_border);
    }
    .later {
      display: none;
    }
    .item:first-child {
      border-block-start: 0;
      padding-block-start: 0;
    }
    .item:focus-visible {
      outline-offset: 4px;
    }
    .name {
      margin: 0;
      font-size: 1.25rem;
      line-height: 1.3;
    }
    .item--cancelled .name {
      text-decoration: line-through;
      text-decoration-thickness: 1px;
    }
    .item--cancelled .name a {
      text-decoration-line: underline line-through;
    }
    p {
      margin: 0;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--_space-xs) var(--_space-s);
    }
    .badge {
      display: inline-block;
      padding: 0 var(--_space-s);
      border: 2px solid currentColor;
      border-radius: var(--_radius);
      font-size: 0.875rem;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.04em;
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
    .badge--ongoing {
      color: var(--_success);
    }
    .previous,
    .times,
    .where,
    .organizers,
    .not-shown {
      color: var(--_text-muted);
    }
    .date {
      font-weight: 600;
    }
    .when,
    .where {
      display: flex;
      flex-wrap: wrap;
      column-gap: var(--_space-m);
    }
    .register {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs) var(--_space-m);
      margin-block-start: var(--_space-xs);
    }
    .registration {
      min-inline-size: 0;
    }
    .registration-state {
      font-weight: 700;
    }
    .compact .register {
      flex-basis: 100%;
    }
    .compact .item {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--_space-2xs) var(--_space-m);
      padding-block: var(--_space-s);
    }
    .compact .name {
      flex-basis: 100%;
      font-size: 1.0625rem;
    }
    @media (forced-colors: active) {
      .badge {
        border-color: CanvasText;
        color: CanvasText;
      }
      .item {
        border-color: CanvasText;
      }
    }
    @media print {
      .more,
      .register .button {
        display: none;
      }
      .item {
        break-inside: avoid;
      }
      .later {
        display: flex;
      }
      .name a::after {
        content: ' (' attr(href) ')';
        font-size: 0.875rem;
        font-weight: normal;
        overflow-wrap: anywhere;
      }
    }
  `,
];
