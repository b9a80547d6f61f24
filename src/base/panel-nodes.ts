/**
 * What the on-demand panels built as DOM nodes share (the `show-problems` list, the calendar menu):
 * making an element, and adding a panel's styles to the shadow root it is shown in. Imports
 * nothing from Lit, as those chunks do not (an import would split Lit off the CDN bundle).
 */

/** The constructed style sheet of each panel's CSS text, made once per page. */
const sheets = new Map<string, CSSStyleSheet>();

/** A `tag` element with `attributes` (set as given) and `children` (text or nodes). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * Adds the styles `css` of the panel `name` to `root` once, when it is a shadow root: a constructed
 * style sheet shared by every root (a strict CSP allows it), else a `<style data-panel="name">`.
 */
export function adoptPanelStyles(root: Node, name: string, css: string): void {
  if (!(root instanceof ShadowRoot)) return;
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } else if (!root.querySelector(`style[data-panel="${name}"]`)) root.append(element('style', { 'data-panel': name }, css));
}
