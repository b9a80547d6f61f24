import { css } from 'lit';
import { sharedStyles } from '../../styles/tokens.js';
import { emblemStyles } from '../eu-emblem/eu-emblem.js';

export const styles = [
  sharedStyles,
  emblemStyles,
  css`
    .card {
      container-type: inline-size;
      display: flex;
      flex-direction: column;
      gap: var(--_space-s);
      block-size: 100%;
      padding: var(--_space-m);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      box-shadow: var(--_shadow);
    }
    .card--compact {
      gap: var(--_space-xs);
      padding: var(--_space-s) var(--_space-m);
      box-shadow: none;
    }
    .header {
      display: flex;
      min-inline-size: 0;
      gap: var(--_space-s) var(--_space-m);
      align-items: flex-start;
    }
    .logo {
      flex: none;
      inline-size: auto;
      max-inline-size: 6rem;
      block-size: 3rem;
      object-fit: contain;
    }
    .card--compact .logo {
      max-inline-size: 4rem;
      block-size: 2rem;
    }
    .heading {
      margin: 0;
      font-size: 1.25em;
      line-height: 1.3;
    }
    .card--compact .heading {
      font-size: 1.0625em;
    }
    .acronym {
      display: block;
      color: var(--_accent);
      letter-spacing: 0.02em;
    }
    .full-title {
      display: block;
      margin-block-start: var(--_space-2xs);
      font-size: 0.8em;
      font-weight: 600;
      color: var(--_text);
    }
    .card--compact .full-title {
      font-weight: 400;
      color: var(--_text-muted);
    }
    .status {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-xs);
      inline-size: fit-content;
      padding: var(--_space-2xs) var(--_space-s);
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.8125em;
      font-weight: 600;
      color: var(--_text-muted);
    }
    .status::before {
      content: '';
      inline-size: 0.5em;
      block-size: 0.5em;
      border-radius: 50%;
      background: currentColor;
    }
    .status--ongoing {
      color: var(--_success);
    }
    .status--planned {
      color: var(--_info);
    }
    .summary,
    .meta,
    .funding-text {
      margin: 0;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-m);
      align-items: center;
      color: var(--_text-muted);
      font-size: 0.9375em;
    }
    .facts {
      display: grid;
      gap: var(--_space-xs);
      margin: 0;
    }
    .facts > div {
      display: grid;
      gap: 0 var(--_space-m);
    }
    .facts dt,
    .label {
      margin: 0;
      font-size: 0.8125em;
      font-weight: 600;
      color: var(--_text-muted);
    }
    .facts dd {
      margin: 0;
    }
    .details,
    .share {
      color: var(--_text-muted);
    }
    .partner-list,
    .objective-list {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .role {
      display: inline-block;
      margin-inline-start: var(--_space-xs);
      padding: 0 var(--_space-xs);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      font-size: 0.8125em;
      font-weight: 600;
    }
    .country {
      color: var(--_text-muted);
    }
    /* Partner links are stacked 24 px targets (WCAG 2.5.8) whatever the font. An inline link's box
       is as tall as its font's ascent and descent, which may exceed the line height (Noto Sans), so
       padding on it could reach into the next item. As an inline block the link's box is its own
       lines plus padding, at least 24 px, and the line box of its item holds all of it; the gap
       between the items then keeps the targets apart. */
    .partner a {
      display: inline-block;
      min-block-size: 24px;
      padding-block: 0.125em;
    }
    .partner + .partner {
      margin-block-start: var(--_space-xs);
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-xs) var(--_space-m);
      margin: 0;
      margin-block-start: auto;
    }
    .funding {
      display: flex;
      align-items: center;
      gap: var(--_space-s);
      padding-block-start: var(--_space-s);
      border-block-start: 1px solid var(--_border);
      font-size: 0.875em;
      font-weight: 600;
    }
    .card--compact .funding {
      --_emblem-size: 1.75rem;
      padding-block-start: var(--_space-xs);
      font-size: 0.8125em;
    }
    @container (min-width: 32rem) {
      .facts > div {
        grid-template-columns: 10rem minmax(0, 1fr);
        align-items: baseline;
      }
    }
    @container (max-width: 20rem) {
      .header {
        flex-direction: column;
      }
    }
    @media (forced-colors: active) {
      .status,
      .role {
        border-color: CanvasText;
        color: CanvasText;
      }
      .status::before {
        background: CanvasText;
      }
    }
    @media print {
      .card {
        box-shadow: none;
        break-inside: avoid;
        container-type: normal;
      }
      a[href^='http']::after {
        content: ' (' attr(href) ')';
        font-weight: 400;
      }
    }
  `,
];
