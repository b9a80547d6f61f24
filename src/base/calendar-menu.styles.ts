/**
 * Styles of the calendar menu (calendar-menu-panel.ts), added to an element's shadow root when a
 * menu first opens there (they load with it, on demand). Plain CSS text rather than Lit's `css`,
 * so the on-demand chunk imports nothing from Lit. The menu is placed by its element through two
 * custom properties set with CSSOM (a strict `style-src` allows that; a style attribute it would not).
 */
export const calendarMenuStyles = /* css */ `
  .calendar-menu {
    position: absolute;
    z-index: 10;
    inset-block-start: var(--_menu-block, auto);
    inset-inline-start: var(--_menu-inline, auto);
    box-sizing: border-box;
    min-inline-size: 12rem;
    max-inline-size: min(20rem, 100%);
    margin: var(--_space-xs, 0.25rem) 0 0;
    padding: var(--_space-xs, 0.25rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow), 0 4px 12px rgb(0 0 0 / 0.12);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: normal;
    line-height: var(--_line-height);
    text-align: start;
    overflow-wrap: anywhere;
  }
  .calendar-menu__list {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .calendar-menu__item {
    display: flex;
    align-items: center;
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: var(--_space-xs, 0.25rem) var(--_space-s, 0.5rem);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_link);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
  }
  .calendar-menu__item:hover {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .calendar-menu__item:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  @media (forced-colors: active) {
    .calendar-menu {
      border-color: CanvasText;
    }
    .calendar-menu__item {
      color: LinkText;
    }
    .calendar-menu__item:is(button) {
      color: ButtonText;
    }
    .calendar-menu__item:hover,
    .calendar-menu__item:focus-visible {
      border-color: Highlight;
      outline-color: Highlight;
    }
  }
  @media print {
    .calendar-menu {
      display: none;
    }
  }
`;
