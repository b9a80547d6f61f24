import { css } from 'lit';
import { sharedStyles } from '../../styles/tokens.js';

export const styles = [
  sharedStyles,
  css`
    .event {
      container-type: inline-size;
      display: flex;
      flex-direction: column;
      gap: var(--_space-xl);
    }
    .section {
      display: flex;
      flex-direction: column;
      gap: var(--_space-m);
    }
    .section-heading {
      margin: 0;
      font-weight: 700;
      padding-block-end: var(--_space-xs);
      border-block-end: 2px solid var(--_border);
      font-size: 1.375em;
      line-height: 1.25;
      color: var(--_text);
    }
    .projects,
    .calls {
      display: flex;
      flex-direction: column;
      gap: var(--_space-l);
    }
    .project {
      display: flex;
      flex-direction: column;
      gap: var(--_space-m);
    }
    .project cluster-objective-list {
      padding-inline-start: var(--_space-m);
      border-inline-start: 3px solid var(--_border);
    }
    .project cluster-objective-list:focus {
      outline: none;
    }
    .project cluster-objective-list:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    @container (min-width: 48rem) {
      .calls {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr));
      }
    }
    @media (forced-colors: active) {
      .section-heading,
      .project cluster-objective-list {
        border-color: CanvasText;
      }
    }
    @media print {
      .event {
        gap: var(--_space-l);
      }
      .section {
        break-inside: auto;
      }
      .section-heading {
        break-after: avoid;
      }
    }
  `,
];
