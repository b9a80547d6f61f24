/**
 * Where focus goes when a banner hides itself (WCAG 2.4.3): the nearest control after it in the
 * page's reading order, else the nearest one before it. The order is the flat tree, the order in
 * which the page is displayed and read: into open shadow roots, and through slots to the content
 * assigned to them (a closed shadow root is left out: its controls cannot be reached from here).
 * A banner that the walk does not meet (it sits in a closed shadow root) has no known neighbours:
 * no control is chosen, so that focus does not jump to the end of the page.
 */

/** True when `el` takes focus from the keyboard and is shown (not disabled, hidden, inert). */
function tabbable(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement) || el.tabIndex < 0) return false;
  if (el.localName === 'a' && !el.hasAttribute('href')) return false;
  if ('disabled' in el && el.disabled === true) return false;
  if (el.closest('[inert]')) return false;
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true }) : el.getClientRects().length > 0;
}

/** The children of `el` as displayed: its shadow root's, a slot's assigned elements (or its fallback), else its own. */
function shownChildren(el: Element): Iterable<Element> {
  if (el.shadowRoot) return el.shadowRoot.children;
  if (el instanceof HTMLSlotElement && el.assignedNodes().length > 0) return el.assignedElements({ flatten: true });
  return el.children;
}

/**
 * The tabbable elements before and after `host` in the flat tree of its document (not inside it);
 * none when the walk never meets `host` (inside a closed shadow root, whose content it cannot see).
 */
function around(host: Element): { before: HTMLElement[]; after: HTMLElement[] } {
  const before: HTMLElement[] = [];
  const after: HTMLElement[] = [];
  let passed = false;
  const visit = (el: Element): void => {
    if (el === host) {
      passed = true;
      return;
    }
    if (tabbable(el)) (passed ? after : before).push(el);
    for (const child of shownChildren(el)) visit(child);
  };
  visit(host.ownerDocument.documentElement);
  return passed ? { before, after } : { before: [], after: [] };
}

/** True when `el` (or, for a host that delegates focus, something in it) has focus now. */
function hasFocus(el: HTMLElement): boolean {
  return el.matches(':focus') || el.matches(':focus-within');
}

/**
 * Moves focus to the nearest control after `host`, else before it; returns the element now
 * focused, or `null` when no control outside `host` takes focus or `host` cannot be placed in the
 * page's order (see {@link handOnFocus}).
 */
export function focusNear(host: HTMLElement): HTMLElement | null {
  const { before, after } = around(host);
  for (const candidate of [...after, ...before.reverse()]) {
    candidate.focus();
    if (hasFocus(candidate)) return candidate;
  }
  return null;
}

/**
 * When focus is in `host`, which is about to hide itself, hands it on ({@link focusNear}); when no
 * control takes it, `host` takes it itself with `tabindex="-1"`. Returns what puts the page's own
 * `tabindex` back (or none) once `host` is shown again, or `null` when `host` did not take focus.
 */
export function handOnFocus(host: HTMLElement): (() => void) | null {
  if (!host.shadowRoot?.activeElement || focusNear(host)) return null;
  const own = host.getAttribute('tabindex');
  host.setAttribute('tabindex', '-1');
  host.focus();
  return () => (own === null ? host.removeAttribute('tabindex') : host.setAttribute('tabindex', own));
}
