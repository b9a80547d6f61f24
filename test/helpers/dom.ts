/**
 * The small DOM helpers the element tests share: reach into an element's shadow root, read text
 * as a reader sees it (white space collapsed), find the language a node is marked in, and wait
 * until a tree of elements has rendered.
 */

/** The element's shadow root (every element of the library has one). */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** The first node matching `selector` in the element's shadow root. */
export const q = <E extends Element = HTMLElement>(el: Element, selector: string): E | null => root(el).querySelector<E>(selector);

/** Every node matching `selector` in the element's shadow root, as an array. */
export const qa = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => Array.from(root(el).querySelectorAll<E>(selector));

/** A node's text with white space collapsed and trimmed (`''` for no node). */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The `lang` a node is marked in (its own or its nearest ancestor's within its tree), `null` when none. */
export const langOf = (node: Element | null | undefined): string | null => node?.closest('[lang]')?.getAttribute('lang') ?? null;

/**
 * Waits until the element and every element in its shadow trees (and, with `lightDom`, its light
 * DOM children) has finished updating, in a few rounds, since an update can start children's.
 */
export async function settleTree(el: Element, { lightDom = true }: { lightDom?: boolean } = {}): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element): void => {
      const maybe = node as Element & { updateComplete?: Promise<unknown> };
      if (maybe.updateComplete) pending.push(maybe.updateComplete);
      for (const child of node.shadowRoot?.children ?? []) visit(child);
      if (lightDom) for (const child of node.children) visit(child);
    };
    visit(el);
    await Promise.all(pending);
  }
}
