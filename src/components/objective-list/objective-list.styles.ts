import { css } from 'lit';
import { sharedStyles } from '../../styles/tokens.js';

export const styles = [
  sharedStyles,
  css`
    .objectives {
      container-type: inline-size;
    }
    .heading {
      margin: 0 0 var(--_space-s);
      font-size: 1.25em;
      line-height: 1.3;
    }
    .list {
      margin: 0;
      padding-inline-start: 1.75em;
    }
    ol.list[type='I'] {
      padding-inline-start: 3.25em;
    }
    .list .list {
      margin-block-start: var(--_space-xs);
    }
    .item {
      margin-block: var(--_space-xs);
    }
    .item::marker {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    /* decimal-nested: the computed label ("2.1") is real text, read by assistive tech, and
       role="list" keeps the list semantics that list-style: none would drop in WebKit. */
    .list--nested {
      list-style: none;
      padding-inline-start: 0;
    }
    .list--nested > .item {
      display: grid;
      grid-template-columns: minmax(2.5ch, auto) minmax(0, 1fr);
      column-gap: var(--_space-s);
    }
    .list--nested > .item > .list {
      grid-column: 2;
    }
    .label {
      font-variant-numeric: tabular-nums;
      font-weight: 600;
    }
    .status {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-2xs);
      margin-inline-start: var(--_space-xs);
      font-size: 0.875em;
      font-weight: 600;
      color: var(--_text-muted);
    }
    .status svg {
      inline-size: 1em;
      block-size: 1em;
      flex: none;
    }
    .status--in-progress {
      color: var(--_info);
    }
    .status--achieved {
      color: var(--_success);
    }
    .status--delayed {
      color: var(--_warning);
    }
    .status--cancelled {
      color: var(--_danger);
    }
    .item--cancelled > .body > .text {
      color: var(--_text-muted);
    }
    .detail {
      margin: var(--_space-2xs) 0 0;
      color: var(--_text-muted);
    }
    .indicator {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs) var(--_space-s);
      margin-block-start: var(--_space-xs);
      font-size: 0.875em;
    }
    .indicator meter {
      inline-size: min(10rem, 100%);
      block-size: 0.75rem;
    }
    /* Narrow containers (a phone, a sidebar, a deep level): each nested level indents less, and the
       badge takes its own line and may wrap there, so a third-level item keeps a column wide enough
       for its words at 320 CSS px, with WCAG 1.4.12 text spacing too (1.4.10 Reflow). */
    @container (max-width: 24rem) {
      .list:not(.list--nested) {
        padding-inline-start: 1.25em;
      }
      .list .list:not(.list--nested) {
        padding-inline-start: 1em;
      }
      ol.list[type='I'] {
        padding-inline-start: 2.5em;
      }
      ol.list[type='I'] ol.list[type='I'] {
        padding-inline-start: 1.5em;
      }
      .list--nested > .item > .list {
        grid-column: 1 / -1;
        padding-inline-start: var(--_space-m);
      }
      .status {
        display: flex;
        inline-size: fit-content;
        max-inline-size: 100%;
        margin-inline-start: 0;
      }
    }
    @media (forced-colors: active) {
      .status,
      .item--cancelled > .body > .text {
        color: CanvasText;
      }
    }
    @media print {
      .objectives {
        container-type: normal;
      }
      .indicator meter {
        display: none;
      }
    }
  `,
];
