import { css } from 'lit';

/**
 * Design tokens as every element reads them. Two layers: a host page (or `themes/default.css`)
 * sets the public semantic tokens `--cluster-*`; each element maps them onto private `--_*`
 * shortcuts WITH fallbacks, so an element works and stays AA-contrast with no theme file loaded.
 *
 * Light and dark: fallbacks use `light-dark()`, resolved by `color-scheme`, which follows
 * `--cluster-color-scheme` (default `light dark`, i.e. the reader's `prefers-color-scheme`);
 * a page forces a scheme with `--cluster-color-scheme: dark` (or `light`).
 */
export const tokens = css`
  [part~='base'],
  .tokens {
    color-scheme: var(--cluster-color-scheme, light dark);
    --_font: var(--cluster-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--cluster-font-size, 1rem);
    --_line-height: var(--cluster-line-height, 1.5);
    --_text: var(--cluster-color-text, light-dark(#1b2330, #e8ecf4));
    --_text-muted: var(--cluster-color-text-muted, light-dark(#4a5568, #b4bdcc));
    --_surface: var(--cluster-color-surface, light-dark(#ffffff, #141a24));
    --_surface-raised: var(--cluster-color-surface-raised, light-dark(#f4f6fa, #1d2533));
    --_border: var(--cluster-color-border, light-dark(#c9d1dd, #3a4557));
    --_accent: var(--cluster-color-accent, light-dark(#0b5cad, #7db8f5));
    --_on-accent: var(--cluster-color-on-accent, light-dark(#ffffff, #0b1524));
    --_link: var(--cluster-color-link, light-dark(#0b5cad, #8cc2fa));
    --_focus: var(--cluster-color-focus, light-dark(#b3261e, #ffb4a9));
    --_success: var(--cluster-color-success, light-dark(#1e6b36, #7fd49a));
    --_warning: var(--cluster-color-warning, light-dark(#8a4b00, #f5bd6b));
    --_danger: var(--cluster-color-danger, light-dark(#a4161a, #ff9b94));
    --_info: var(--cluster-color-info, light-dark(#0b5cad, #8cc2fa));
    --_space-2xs: var(--cluster-space-2xs, 0.125rem);
    --_space-xs: var(--cluster-space-xs, 0.25rem);
    --_space-s: var(--cluster-space-s, 0.5rem);
    --_space-m: var(--cluster-space-m, 1rem);
    --_space-l: var(--cluster-space-l, 1.5rem);
    --_space-xl: var(--cluster-space-xl, 2rem);
    --_radius: var(--cluster-radius, 0.5rem);
    --_shadow: var(--cluster-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
    --_transition: var(--cluster-transition-duration, 150ms);
  }
`;

/**
 * Shared base styles: the `base` part's typography and colours, links, visible focus, the state
 * box, visually hidden text, and the reduced-motion / forced-colors / print rules every element needs.
 */
export const sharedStyles = css`
  ${tokens}
  /* The host gets display and nothing else (house style). */
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  [part~='base'] {
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    /* Long unbroken words (e-mail addresses, URLs, compound names) wrap instead of widening the
       element: content must reflow at 320 CSS px (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
  }
  /* Headings deeper than level 6 are <p role="heading" aria-level> (src/base/heading.ts): bold as
     an h1-h6 is, unless the element's own rule sets the weight (no specificity). */
  :where(p[role='heading']) {
    font-weight: bold;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .state {
    display: flex;
    gap: var(--_space-s);
    align-items: center;
    padding: var(--_space-m);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text-muted);
    background: var(--_surface-raised);
  }
  .state--error {
    color: var(--_danger);
    border-style: solid;
    border-color: currentColor;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .state {
      border-color: CanvasText;
    }
  }
`;
