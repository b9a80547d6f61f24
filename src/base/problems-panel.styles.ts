/**
 * Styles of the `show-problems` list, added to an element's shadow root when the list is first
 * shown (they load with it, on demand). The list works inside any element's layout (a grid, a
 * flex row or column, a block) and outside its `base` part; it reads the semantic tokens of
 * `sharedStyles` (the `tokens` class) with their light and dark fallbacks.
 *
 * Plain CSS text rather than Lit's `css`: the list's chunk imports nothing from Lit, so loading it
 * does not split Lit off the CDN bundle into a chunk of its own (a larger page load).
 */
export const problemsPanelStyles = /* css */ `
  .problems {
    box-sizing: border-box;
    grid-column: 1 / -1;
    align-self: stretch;
    inline-size: 100%;
    margin: 0 0 var(--_space-s);
    border: 1px solid var(--_warning);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: normal;
    line-height: var(--_line-height);
    text-align: start;
    /* Long paths and quoted values wrap: the list reflows at 320 CSS px (WCAG 1.4.10). */
    overflow-wrap: anywhere;
  }
  .problems summary {
    padding: var(--_space-s) var(--_space-m);
    font-weight: 600;
    cursor: pointer;
  }
  .problems summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .problems__icon {
    color: var(--_warning);
  }
  .problems__note {
    margin: 0;
    padding: 0 var(--_space-m) var(--_space-s);
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  .problems__list {
    display: grid;
    gap: var(--_space-xs);
    margin: 0;
    padding: 0 var(--_space-m) var(--_space-m) calc(var(--_space-m) + 1.25em);
  }
  .problems code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .problems {
      border-color: CanvasText;
    }
    .problems__icon {
      color: CanvasText;
    }
    .problems summary:focus-visible {
      outline-color: Highlight;
    }
  }
`;
