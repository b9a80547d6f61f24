/**
 * Scrolls `target` to the top of the view (without animation when the reader asks for reduced
 * motion) and focuses it without scrolling again: what following a link inside an element does.
 */
export function scrollToAndFocus(target: HTMLElement): void {
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'start' });
  target.focus({ preventScroll: true });
}
