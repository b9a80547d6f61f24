/**
 * The Markdown renderer: {@link markdownBlocks} (the safe subset as a tree) turned into Lit
 * templates, element by element, with data bound only as text and as the `href` of links that
 * went through safeUrl(), and the styles of that prose. Loaded on demand (the `markdown` chunk,
 * see prose.ts): only pages that show a document with `textFormat: "markdown"` download it, with
 * the parser and these styles.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { markdownBlocks, type MdBlock, type MdInline } from '../data/markdown.js';

/**
 * Markdown prose (`.markdown`): paragraphs and lists spaced like the element's own text, links in
 * the link colour, code that wraps instead of overflowing. Adopted by each element's shadow root
 * that shows Markdown (see prose.ts), so a page without Markdown never pays for them.
 */
export const markdownStyles = css`
  .markdown {
    white-space: normal;
  }
  .markdown p,
  .markdown ul,
  .markdown ol {
    margin: 0 0 var(--_space-s, 0.5rem);
  }
  .markdown ul,
  .markdown ol {
    padding-inline-start: var(--_space-l, 1.5rem);
  }
  .markdown > :last-child,
  .markdown li > :last-child {
    margin-block-end: 0;
  }
  .markdown a {
    color: var(--_link, LinkText);
  }
  .markdown code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 0.9em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;

function inline(node: MdInline): unknown {
  if (typeof node === 'string') return node;
  switch (node.k) {
    case 'br':
      return html`<br />`;
    case 'code':
      return html`<code>${node.text}</code>`;
    case 'em':
      return html`<em>${node.c.map(inline)}</em>`;
    case 'strong':
      return html`<strong>${node.c.map(inline)}</strong>`;
    case 'a':
      return html`<a href=${node.href} rel=${node.external ? 'noopener' : nothing}>${node.c.map(inline)}</a>`;
  }
}

function block(node: MdBlock): unknown {
  switch (node.k) {
    case 'p':
      return html`<p>${node.c.map(inline)}</p>`;
    case 'inline':
      return node.c.map(inline);
    case 'ul':
      // One line: no whitespace text between the items.
      // prettier-ignore
      return html`<ul>${node.items.map((item) => html`<li>${item.map(block)}</li>`)}</ul>`;
    case 'ol':
      // One line: no whitespace text between the items.
      // prettier-ignore
      return html`<ol start=${node.start === 1 ? nothing : node.start}>${node.items.map((item) => html`<li>${item.map(block)}</li>`)}</ol>`;
  }
}

/** Markdown text as a template of the safe subset (see src/data/markdown.ts). */
export function markdownTemplate(source: string): TemplateResult {
  return html`${markdownBlocks(source).map(block)}`;
}
