import { css } from 'lit';
import { sharedStyles } from '../../styles/tokens.js';

export const styles = [
  sharedStyles,
  css`
    .base {
      container-type: inline-size;
    }
    .filter {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs) var(--_space-m);
      margin-block-end: var(--_space-m);
    }
    .filter label {
      flex-basis: 100%;
      font-weight: 600;
    }
    .filter input {
      flex: 1 1 16rem;
      max-inline-size: 28rem;
      min-block-size: 2.75rem;
      padding: var(--_space-xs) var(--_space-s);
      border: 1px solid var(--_text-muted);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    .count {
      margin: 0;
      color: var(--_text-muted);
    }
    .grid {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      gap: var(--_space-m);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .compact .grid {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
      gap: var(--_space-s) var(--_space-m);
    }
    li {
      min-inline-size: 0;
    }
    cluster-speaker-block {
      block-size: 100%;
    }
    @container (inline-size < 30rem) {
      .grid {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    @media (forced-colors: active) {
      .filter input {
        border-color: CanvasText;
      }
    }
    @media print {
      .filter {
        display: none;
      }
      .grid {
        display: block;
      }
      li {
        margin-block-end: var(--_space-s);
      }
    }
  `,
];
