/**
 * Shared machinery of the quality gates: mounting an element from a table entry, waiting until it
 * and every element inside it have rendered, walking shadow trees, and watching for errors.
 * Nothing here knows a particular element; test/gates/elements.ts describes them.
 */
import type { ReactiveElement } from 'lit';
import type { DataProblem } from '../../src/data/types.js';

/** How an element is given its input: properties, attributes, a wrapper language and light-DOM children. */
export interface ElementInput {
  /** JS properties, set before the element is connected. */
  props?: Record<string, unknown>;
  /** Attributes, set before the element is connected. */
  attrs?: Record<string, string>;
  /** `lang` of the wrapper the element is placed in (default `en`). */
  lang?: string;
  /** Light-DOM children, built with DOM calls (never from HTML text). */
  children?: () => Node[];
}

/** A mounted element with what it reported. */
export interface Mounted<E extends HTMLElement = HTMLElement> {
  el: E;
  wrapper: HTMLElement;
  /** Problems of every `cluster-data-error` event that reached the wrapper. */
  problems: DataProblem[];
  remove(): void;
}

const isReactive = (node: Element): node is ReactiveElement & Element =>
  'updateComplete' in node && typeof (node as { requestUpdate?: unknown }).requestUpdate === 'function';

/** Every element in `root`'s shadow-including subtree (light children and shadow roots), `root` first. */
export function* deepElements(root: Element | ShadowRoot | Document): Generator<Element> {
  if (root instanceof Element) yield root;
  const scopes: (Element | ShadowRoot | Document)[] = [];
  if (root instanceof Element && root.shadowRoot) scopes.push(root.shadowRoot);
  for (const child of Array.from(root.children)) scopes.push(child);
  for (const scope of scopes) {
    if (scope instanceof Element) yield* deepElements(scope);
    else for (const child of Array.from(scope.children)) yield* deepElements(child);
  }
}

/** Elements inside `host`'s shadow root (and the shadow roots below), not the host itself. */
export function shadowElements(host: Element): Element[] {
  const root = host.shadowRoot;
  if (!root) return [];
  return Array.from(root.children).flatMap((c) => Array.from(deepElements(c)));
}

/**
 * The flat tree in order (what is rendered, in the order a reader meets it): shadow content in
 * place of a host's children, slotted nodes in place of their slot.
 */
export function* flatElements(node: Element): Generator<Element> {
  yield node;
  let children: Element[];
  if (node.shadowRoot) children = Array.from(node.shadowRoot.children);
  else if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedElements({ flatten: true });
    children = assigned.length > 0 ? assigned : Array.from(node.children);
  } else children = Array.from(node.children);
  for (const child of children) yield* flatElements(child);
}

/** Waits until `root` and every reactive element in its shadow-including subtree finished updating. */
export async function settle(root: Element, rounds = 8): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    const elements = Array.from(deepElements(root)).filter(isReactive);
    const done = await Promise.all(elements.map((e) => e.updateComplete));
    if (done.every(Boolean)) {
      // One more look: an update may have added elements that have not rendered yet.
      const again = Array.from(deepElements(root)).filter(isReactive);
      if (again.length === elements.length) return;
    }
  }
}

/** Creates the element of `tag` from `input` inside a wrapper in `container`, waits for it to render. */
export async function mount<E extends HTMLElement = HTMLElement>(
  tag: string,
  input: ElementInput,
  container: HTMLElement = document.body,
): Promise<Mounted<E>> {
  const wrapper = document.createElement('div');
  wrapper.lang = input.lang ?? 'en';
  const problems: DataProblem[] = [];
  wrapper.addEventListener('cluster-data-error', (event) => problems.push(...event.detail.problems));
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(input.attrs ?? {})) el.setAttribute(name, value);
  for (const [name, value] of Object.entries(input.props ?? {})) (el as unknown as Record<string, unknown>)[name] = value;
  for (const child of input.children?.() ?? []) el.append(child);
  wrapper.append(el);
  container.append(wrapper);
  await settle(el);
  return { el, wrapper, problems, remove: () => wrapper.remove() };
}

/** The text a reader gets from the element: its shadow tree and slotted content, flattened. */
export function renderedText(host: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (!(node instanceof Element)) return;
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    let children: Node[];
    if (node.shadowRoot) children = Array.from(node.shadowRoot.childNodes);
    else if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      children = assigned.length > 0 ? assigned : Array.from(node.childNodes);
    } else children = Array.from(node.childNodes);
    children.forEach(visit);
  };
  visit(host);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** True when the element rendered something: a `base` part with text or elements in it. */
export function hasRendered(host: Element): boolean {
  const root = host.shadowRoot;
  if (!root) return false;
  const base = root.querySelector('[part~="base"]');
  if (!base) return false;
  return base.childElementCount > 0 || (base.textContent ?? '').trim() !== '';
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Describes an element for messages: `button.more "Show more"` inside `<cluster-x>`. */
export function describe(el: Element | null): string {
  if (!el) return 'nothing';
  const host = (el.getRootNode() as ShadowRoot).host;
  const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const label = el.getAttribute('aria-label') ?? text;
  return `${el.localName}${cls}${label ? ` "${label}"` : ''}${host ? ` in <${host.localName}>` : ''}`;
}

/**
 * Collects errors that escape the code under test: `window` error events and unhandled promise
 * rejections, plus `console.error` calls. Call `stop()` to restore and get them.
 */
export function watchErrors(): { stop(): string[] } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent): void => {
    errors.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    errors.push(`unhandled rejection: ${String(event.reason)}`);
  };
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    stop() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return errors;
    },
  };
}

/** Runs `body` with console.warn silenced (elements warn once per data problem: thousands while fuzzing). */
export async function quietly<T>(body: () => Promise<T>): Promise<T> {
  const original = console.warn;
  console.warn = () => undefined;
  try {
    return await body();
  } finally {
    console.warn = original;
  }
}

/** True when an element is hidden from sight on purpose (the `visually-hidden` pattern, zero size). */
export function isVisuallyHidden(el: Element): boolean {
  for (let node: Element | null = el; node;) {
    const style = getComputedStyle(node);
    if (style.position === 'absolute' || style.position === 'fixed') {
      const rect = node.getBoundingClientRect();
      if (rect.width <= 1 && rect.height <= 1) return true;
      if (style.clip !== 'auto' && style.clip !== '') return true;
      if (style.clipPath.startsWith('inset(50%') || style.clipPath.startsWith('inset(100%')) return true;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
  }
  return false;
}

/** Milliseconds since `start`, rounded. */
export const since = (start: number): number => Math.round(performance.now() - start);

/**
 * Keeps what elements persist from leaking into later tests: localStorage entries they add
 * (favourites, dismissed calls) and the URL fragment (agenda filters). Returns the restorer.
 */
export function isolatePage(): () => void {
  const keys = new Set(Object.keys(localStorage));
  const url = location.href;
  return () => {
    for (const key of Object.keys(localStorage)) if (!keys.has(key)) localStorage.removeItem(key);
    if (location.href !== url) history.replaceState(history.state, '', url);
  };
}
