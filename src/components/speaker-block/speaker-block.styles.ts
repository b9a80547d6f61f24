import { css } from 'lit';
import { buttonStyles } from '../../styles/button.js';
import { sharedStyles } from '../../styles/tokens.js';

export const styles = [
  sharedStyles,
  buttonStyles,
  css`
    .base {
      container-type: inline-size;
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      gap: var(--_space-m);
      align-items: start;
      block-size: 100%;
      padding: var(--_space-m);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .base--state {
      display: block;
      padding: 0;
      border: 0;
      background: none;
    }
    .photo {
      /* A fixed box whatever the image: the layout never shifts when a photo arrives or fails. */
      inline-size: 5rem;
      aspect-ratio: 1;
      border-radius: 50%;
      overflow: hidden;
      background: var(--_accent);
      color: var(--_on-accent);
      display: grid;
      place-items: center;
      flex: none;
    }
    .photo img {
      display: block;
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
    .initials {
      font-size: 1.5rem;
      font-weight: 600;
      letter-spacing: 0.02em;
      line-height: 1;
    }
    .body {
      min-inline-size: 0;
    }
    .name {
      margin: 0;
      font-size: 1.125rem;
      font-weight: 700;
      line-height: 1.3;
    }
    .job-title,
    .organization {
      margin: var(--_space-2xs) 0 0;
      color: var(--_text-muted);
    }
    .bio-area {
      margin-block-start: var(--_space-s);
    }
    .bio p,
    .bio ::slotted(p) {
      margin: 0 0 var(--_space-s);
    }
    .bio--collapsed {
      /* Six lines, then a fade; "Show more" reveals the rest. */
      max-block-size: calc(6em * var(--_line-height));
      overflow: hidden;
      mask-image: linear-gradient(to bottom, black 70%, transparent);
    }
    .more {
      margin-block-start: var(--_space-xs);
      /* The label lines up with the bio text; the focus ring keeps its padding. */
      margin-inline-start: calc(-1 * var(--_space-xs) - 1px);
      padding-inline: var(--_space-xs);
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-m);
      margin: var(--_space-s) 0 0;
      padding: 0;
      list-style: none;
    }
    .links a {
      display: inline-block;
      padding-block: var(--_space-xs);
    }
    .sessions {
      margin-block-start: var(--_space-s);
    }
    .label {
      margin: 0;
      font-size: 0.875rem;
      font-weight: 600;
      color: var(--_text-muted);
    }
    .sessions ul {
      margin: var(--_space-xs) 0 0;
      padding-inline-start: var(--_space-m);
    }
    .sessions li + li {
      margin-block-start: var(--_space-xs);
    }
    .role,
    time {
      color: var(--_text-muted);
    }
    time {
      display: block;
      font-size: 0.875rem;
    }
    @container (inline-size < 22rem) {
      .base:not(.compact) {
        grid-template-columns: minmax(0, 1fr);
      }
      .base:not(.compact) .photo {
        inline-size: 4rem;
      }
    }
    /* Compact: one line, small photo, name and organisation. */
    .compact {
      grid-template-columns: auto minmax(0, 1fr);
      align-items: center;
      gap: var(--_space-s);
      padding: 0;
      border: 0;
      background: none;
    }
    .compact .photo {
      inline-size: 2.5rem;
    }
    .compact .initials {
      font-size: 1rem;
    }
    .compact .body {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 var(--_space-s);
    }
    .compact .name {
      font-size: 1rem;
      font-weight: 600;
    }
    .compact .organization {
      color: var(--_text-muted);
    }
    @media (forced-colors: active) {
      .photo {
        border: 1px solid CanvasText;
      }
      .bio--collapsed {
        mask-image: none;
      }
    }
    @media print {
      .bio--collapsed {
        max-block-size: none;
        mask-image: none;
      }
      .base {
        break-inside: avoid;
      }
    }
  `,
];
