/**
 * An element's accessible name from its content as Chromium computes it: the text of the nodes not
 * `aria-hidden`, with a space around each box that is not inline (Chromium adds one around an
 * absolutely positioned visually hidden span, hence "Profile : Ana" for
 * `Profile<span class="visually-hidden">: Ana</span>`; checked against Chromium's accessibility tree).
 * The test runner has no accessibility-snapshot command, so tests of control names use this.
 */
export function nameFromContent(node: Node): string {
  let name = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) name += child.textContent;
    else if (child instanceof Element && child.getAttribute('aria-hidden') !== 'true') {
      const inner = nameFromContent(child);
      name += getComputedStyle(child).display === 'inline' ? inner : ` ${inner} `;
    }
  }
  return name.replace(/\s+/g, ' ').trim();
}
