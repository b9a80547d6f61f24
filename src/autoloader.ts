/**
 * Entry of `dist/cdn/autoloader.js` (Lit included, in chunks): registers each element when the page
 * first uses it, so a page with one funding call banner downloads the banner, Lit and the shared
 * code it needs, not the whole library. For sites without a build step:
 *
 * ```html
 * <script type="module" src="https://unpkg.example/@cluster-events/components/dist/cdn/autoloader.js"></script>
 * <cluster-funding-call-banner heading="..." deadline="..."></cluster-funding-call-banner>
 * ```
 *
 * It looks for undefined `cluster-*` elements in the document when it starts and in whatever the
 * page adds later (a CMS widget, a script). Elements inside a shadow root of another library, or
 * inside a `<template>` until it is cloned into the page, are not seen: call {@link discover} with
 * that root (it looks once, it does not watch). Elements the library renders itself (the
 * agenda's tracks) are registered by their parent's module. Until its module has loaded, an
 * element shows its light-DOM content; properties set before that are kept (Lit reads them when
 * the element upgrades), and `customElements.whenDefined(tag)` tells when it is ready.
 */

type Loader = () => Promise<unknown>;

/** Every element's define module; the type makes sure no element is missing. */
const LOADERS = {
  'cluster-agenda': () => import('./define/cluster-agenda.js'),
  'cluster-agenda-track': () => import('./define/cluster-agenda-track.js'),
  'cluster-event': () => import('./define/cluster-event.js'),
  'cluster-event-header': () => import('./define/cluster-event-header.js'),
  'cluster-event-list': () => import('./define/cluster-event-list.js'),
  'cluster-funding-call-banner': () => import('./define/cluster-funding-call-banner.js'),
  'cluster-objective-list': () => import('./define/cluster-objective-list.js'),
  'cluster-project-card': () => import('./define/cluster-project-card.js'),
  'cluster-speaker-block': () => import('./define/cluster-speaker-block.js'),
  'cluster-speaker-list': () => import('./define/cluster-speaker-list.js'),
} satisfies Record<Extract<keyof HTMLElementTagNameMap, `cluster-${string}`>, Loader>;

const loaders: Readonly<Record<string, Loader>> = LOADERS;
const loading = new Map<string, Promise<void>>();

/**
 * The chunks each element's chunk imports, directly or not (`deps`: by tag, indexes into `files`,
 * paths relative to this file), written in by the build (vite.config.ts; absent when the sources
 * run unbundled), so that they download side by side with the element's chunk, not after it.
 */
declare const __CLUSTER_PRELOAD__: { files: readonly string[]; deps: Readonly<Record<string, readonly number[]>> } | undefined;
const preloaded = new Set<string>();

function preload(tag: string): void {
  if (typeof __CLUSTER_PRELOAD__ !== 'object') return;
  for (const i of __CLUSTER_PRELOAD__.deps[tag] ?? []) {
    const href = new URL(__CLUSTER_PRELOAD__.files[i]!, import.meta.url).href;
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  }
}

function load(tag: string): Promise<void> {
  let done = loading.get(tag);
  if (!done) {
    preload(tag);
    done = loaders[tag]!().then(
      () => undefined,
      (error: unknown) => {
        // The element keeps showing its light-DOM content; a later discover() tries again.
        loading.delete(tag);
        console.warn(`<${tag}> could not be loaded (${error instanceof Error ? error.message : String(error)})`);
      },
    );
    loading.set(tag, done);
  }
  return done;
}

/**
 * Registers every library element in `root` (and `root` itself, for an element) that is not yet
 * defined. Resolves when their modules have loaded (or failed to, with a warning).
 */
export function discover(root: Document | DocumentFragment | Element = document): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element) tags.add(root.localName);
  for (const el of root.querySelectorAll(':not(:defined)')) tags.add(el.localName);
  const wanted = [...tags].filter((tag) => Object.hasOwn(loaders, tag) && !customElements.get(tag));
  return Promise.all(wanted.map(load)).then(() => undefined);
}

if (typeof document !== 'undefined') {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  void discover();
}
