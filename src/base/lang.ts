/**
 * Language resolution shared by every element: the nearest `lang` attribute, looking through
 * shadow roots to their hosts, else the document's, else `en`. One MutationObserver watches `lang`
 * changes for all connected elements, so each element re-renders when its language changes, and
 * when UI strings are registered (`registerStrings`) after it rendered.
 */
import { onStringsChange } from '../i18n/strings.js';

export interface LangListener {
  langChanged(): void;
  stringsChanged(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;
const stringsChanged = () => listeners.forEach((l) => l.stringsChanged());

/** The language that applies to a node: the nearest `lang` attribute across shadow boundaries. */
export function languageOf(node: Node): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const lang = current.getAttribute('lang');
      if (lang) return lang;
    }
    const parent: Node | null = current.parentNode;
    current = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return 'en';
}

/** Starts notifying `listener` of `lang` attribute changes anywhere in the document. */
export function observeLang(listener: LangListener): void {
  if (listeners.size === 0) onStringsChange(stringsChanged);
  listeners.add(listener);
  if (!observer && typeof MutationObserver !== 'undefined' && typeof document !== 'undefined') {
    observer = new MutationObserver(() => {
      for (const l of listeners) l.langChanged();
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

/** Stops notifying `listener`; the observer is released when no element listens. */
export function unobserveLang(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}
