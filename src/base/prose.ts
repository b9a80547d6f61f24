/**
 * Prose fields (abstracts, biographies, descriptions, summaries) in the document's text format.
 * Plain text (the default) is rendered as it always was, by each element. For Markdown
 * (`textFormat: "markdown"`), {@link markdownRenderer} gives the renderer of the on-demand
 * `markdown` chunk (src/base/markdown.ts with its parser and styles) once it is loaded; until
 * then, and for good when the chunk cannot be loaded, elements show the text as plain text in the
 * same place, so the reader never sees an empty box.
 */
import type { ReactiveControllerHost } from 'lit';
import type { TextFormat } from '../data/types.js';

/** Renders one prose text as Markdown's safe subset. */
export type ProseRenderer = (text: string) => unknown;

let renderer: ProseRenderer | null = null;
let sheet: CSSStyleSheet | undefined;
let loading: Promise<ProseRenderer | null> | null = null;

/** Loads the Markdown chunk once; resolves to its renderer, or `null` when it could not be loaded. */
export function loadMarkdown(): Promise<ProseRenderer | null> {
  loading ??= import('./markdown.js').then(
    (module) => {
      sheet = module.markdownStyles.styleSheet;
      return (renderer = module.markdownTemplate);
    },
    () => null,
  );
  return loading;
}

/** Shows the text as it is (Markdown while its chunk loads, or when it failed to load). */
const asText: ProseRenderer = (text) => text;

/**
 * How `host` renders prose in `format`: `null` for plain text (the element's own plain template);
 * for Markdown, the renderer once its chunk is loaded (its styles then added to the host's shadow
 * root), else a stand-in that shows the text as it is, while the chunk is loaded and `host`
 * updated when it arrives.
 */
export function markdownRenderer(format: TextFormat | undefined, host: ReactiveControllerHost): ProseRenderer | null {
  if (format !== 'markdown') return null;
  if (!renderer) {
    void loadMarkdown().then((loaded) => loaded && host.requestUpdate());
    return asText;
  }
  const root = (host as Partial<Element>).shadowRoot;
  if (sheet && root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return renderer;
}
