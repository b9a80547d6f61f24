/**
 * The calendar menu's panel: the list an "Add to calendar" disclosure button opens, with the
 * `.ics` file and the web calendars' links. Loaded with the calendar writer on first use (see
 * calendar-menu.ts), so a page whose readers never open a menu never downloads it.
 *
 * Built as DOM nodes rather than a Lit template, so this chunk imports nothing from Lit (an import
 * would split Lit off the CDN bundle into a chunk of its own). The element renders the node as a
 * child value, after its trigger or elsewhere in its shadow root (one panel serves every session
 * of a track); the panel places itself under its trigger.
 *
 * Behaviour of a disclosure whose content is not next to its button in the DOM:
 * - opening moves focus to the first item; Tab and Shift+Tab move through the items;
 * - Tab from the last item closes the menu and goes on from the trigger, as if the items followed
 *   it; Shift+Tab from the first item closes it and returns to the trigger;
 * - Escape closes it and returns focus to the trigger; a click or focus elsewhere closes it
 *   without moving focus; choosing an item closes it and returns focus to the trigger.
 */
import type { WebCalendarLinks } from '../export/web-calendars.js';
import { safeUrl } from '../data/url.js';
import { calendarMenuStyles } from './calendar-menu.styles.js';
import { adoptPanelStyles, element } from './panel-nodes.js';

/** The words of the menu, in the element's language. */
export interface CalendarMenuStrings {
  calendarFile: string;
  googleCalendar: string;
  outlookCalendar: string;
  opensInNewTab: string;
}

/** What a panel shows and whom it tells. */
export interface CalendarPanelOptions {
  /** Id of the panel (the trigger's `aria-controls`). */
  id: string;
  /** Accessible name of the list: the trigger's ("Add to calendar: <title>"). */
  label: string;
  strings: CalendarMenuStrings;
  /** The web calendars' links, or `null` when they could not be made (the file is still offered). */
  links: WebCalendarLinks | null;
  trigger: HTMLElement;
  /** The reader chose the `.ics` file. */
  onFile(): void;
  /** The menu must close; `returnFocus` moves focus back to the trigger. */
  onClose(returnFocus: boolean): void;
}

/** An open panel. */
export interface CalendarPanel {
  node: HTMLElement;
  /** Places the panel under its trigger (after it is rendered, and when the window is resized). */
  place(): void;
  /** Focuses the first item. */
  focusFirst(): void;
  /** Stops listening to the page (the menu closed). */
  release(): void;
}

/** A web calendar's link: opens in a new tab (said to screen readers), never with access to this page. */
function link(href: string, label: string, newTab: string): HTMLLIElement | null {
  const safe = safeUrl(href);
  if (!safe) return null;
  const a = element(
    'a',
    { class: 'calendar-menu__item', href: safe, target: '_blank', rel: 'noopener' },
    label,
    element('span', { class: 'visually-hidden' }, ` ${newTab}`),
  );
  return element('li', {}, a);
}

/** The panel for `options.trigger`, in the shadow root `root`; listening to the page until released. */
export function calendarPanel(root: Node, options: CalendarPanelOptions): CalendarPanel {
  adoptPanelStyles(root, 'calendar-menu', calendarMenuStyles);
  const { strings: s, trigger } = options;
  const file = element('button', { type: 'button', class: 'calendar-menu__item' }, s.calendarFile);
  const items = [
    element('li', {}, file),
    options.links ? link(options.links.google, s.googleCalendar, s.opensInNewTab) : null,
    options.links ? link(options.links.outlook, s.outlookCalendar, s.opensInNewTab) : null,
  ].filter((item): item is HTMLLIElement => item !== null);
  const list = element('ul', { class: 'calendar-menu__list', role: 'list' }, ...items);
  const node = element('div', { id: options.id, class: 'tokens calendar-menu', role: 'group', 'aria-label': options.label }, list);
  const focusables = (): HTMLElement[] => [...node.querySelectorAll<HTMLElement>('.calendar-menu__item')];
  const inside = (target: EventTarget | null): boolean => target instanceof Node && (node.contains(target) || trigger.contains(target));

  // Escape in the menu, on its trigger, or with focus nowhere (after a press on the menu's padding).
  const onEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    const path = event.composedPath();
    if (path.includes(node) || path.includes(trigger) || document.activeElement === document.body) {
      event.preventDefault();
      options.onClose(true);
    }
  };
  const onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    const all = focusables();
    const index = all.indexOf(event.composedPath()[0] as HTMLElement);
    if (event.shiftKey && index === 0) {
      event.preventDefault();
      options.onClose(true);
    } else if (!event.shiftKey && index === all.length - 1) {
      // Focus the trigger and let the browser's Tab go on from there (no preventDefault).
      options.onClose(false);
      trigger.focus();
    }
  };
  const onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target.closest('.calendar-menu__item') : null;
    if (!target) return;
    if (target === file) options.onFile();
    // After the click: a link removed from the page before its default action would not open.
    setTimeout(() => options.onClose(true), 0);
  };
  // A press outside the menu and its trigger closes it; focus goes where the reader pressed.
  let pressed = false;
  const onPointerDown = (event: Event): void => {
    pressed = true;
    if (!event.composedPath().some((n) => n === node || n === trigger)) options.onClose(false);
  };
  // Focus that leaves for somewhere else on the page (not for another window) closes it too.
  // Leaving the first item backwards without a press is Shift+Tab whose keydown the page did not
  // see (WebKit's WebDriver moves focus so): it returns to the trigger, as the keydown would.
  const onFocusOut = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    if (!to || inside(to)) return;
    const backwards =
      !pressed &&
      event.target === focusables()[0] &&
      to instanceof Node &&
      to !== trigger &&
      (node.compareDocumentPosition(to) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
    options.onClose(backwards);
  };
  const place = (): void => {
    const container = node.offsetParent;
    if (!(container instanceof HTMLElement) || !trigger.isConnected) return;
    const c = container.getBoundingClientRect();
    const b = trigger.getBoundingClientRect();
    const rtl = getComputedStyle(node).direction === 'rtl';
    const block = b.bottom - c.top - container.clientTop;
    const start = rtl ? c.right - b.right - (container.offsetWidth - container.clientWidth - container.clientLeft) : b.left - c.left - container.clientLeft;
    const inline = Math.max(0, Math.min(start, container.clientWidth - node.offsetWidth));
    node.style.setProperty('--_menu-block', `${Math.round(block)}px`);
    node.style.setProperty('--_menu-inline', `${Math.round(inline)}px`);
  };

  node.addEventListener('keydown', onKeydown);
  node.addEventListener('click', onClick);
  node.addEventListener('focusout', onFocusOut);
  document.addEventListener('pointerdown', onPointerDown, true);
  document.addEventListener('keydown', onEscape);
  window.addEventListener('resize', place);
  return {
    node,
    place,
    focusFirst: () => focusables()[0]?.focus(),
    release() {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onEscape);
      window.removeEventListener('resize', place);
    },
  };
}
