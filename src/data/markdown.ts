/**
 * Markdown prose (a document with `textFormat: "markdown"`) as a small tree of the safe subset the
 * elements render: paragraphs, line breaks, emphasis, strong emphasis, inline code, links and
 * lists. Free of Lit; src/base/markdown.ts turns the tree into templates. Both live in the
 * on-demand `markdown` chunk with the parser, so a page without Markdown never loads them.
 *
 * The parser is marked's lexer (CommonMark with GitHub's extensions), whose tokens are read here
 * and never rendered as HTML: whatever is not in the subset stays text.
 * - Raw HTML, inline or as a block, is shown as the text it is (`<b>x</b>` reads "<b>x</b>").
 * - A link whose URL is not safe (see safeUrl: http, https, mailto, tel or relative) keeps its
 *   words and loses its link; an image shows its alternative text, never loads its URL.
 * - Headings become paragraphs (an abstract must not add to the page's outline), a quotation its
 *   paragraphs, a code block one paragraph of code; a thematic break, nothing; a table, its source text.
 * - A single line break inside a paragraph is kept as a line break, as pretalx shows its text.
 * - Named character references are decoded for the common ones (`&amp;`, `&nbsp;`, `&copy;`, …
 *   see ENTITIES); numeric ones always; any other stays as written.
 * Text longer than {@link MAX_MARKDOWN} characters, nesting deeper than {@link MAX_DEPTH} levels,
 * and anything the parser cannot read stay plain text.
 *
 * The exporters (iCalendar, web calendar links, JSON-LD) write the same tree as plain text with
 * {@link markdownPlainText}, so a calendar or a search engine reads the words the page shows.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { isExternalUrl, safeUrl } from './url.js';

/** Inline content: text, or an element of the subset with its content. */
export type MdInline =
  string | { k: 'em' | 'strong'; c: MdInline[] } | { k: 'code'; text: string } | { k: 'a'; href: string; external: boolean; c: MdInline[] } | { k: 'br' };

/** Block content: a paragraph, inline content as it is (a tight list item), or a list. */
export type MdBlock =
  { k: 'p'; c: MdInline[] } | { k: 'inline'; c: MdInline[] } | { k: 'ul'; items: MdBlock[][] } | { k: 'ol'; start: number; items: MdBlock[][] };

/** Longer text is shown as plain text (a parser's time grows with its input). */
export const MAX_MARKDOWN = 50_000;
/** Lists and emphasis nested deeper than this are shown as their source text. */
export const MAX_DEPTH = 12;

/** The named character references decoded (HTML's names); any other is left as written. */
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  copy: '©',
  reg: '®',
  trade: '™',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  euro: '€',
  deg: '°',
  middot: '·',
  bull: '•',
  times: '×',
};

function decode(text: string): string {
  return text.includes('&')
    ? text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (all, name: string) => {
        if (name[0] !== '#') return ENTITIES[name] ?? all;
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        // As HTML does: no NUL, no surrogate, nothing beyond Unicode.
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
      })
    : text;
}

/** Appends, merging neighbouring texts (fewer text nodes). */
function push(out: MdInline[], node: MdInline): void {
  const last = out.length - 1;
  if (typeof node === 'string') {
    if (node === '') return;
    if (typeof out[last] === 'string') out[last] = out[last] + node;
    else out.push(node);
  } else out.push(node);
}

function inline(tokens: readonly Token[] | undefined, depth: number): MdInline[] {
  const out: MdInline[] = [];
  for (const token of tokens ?? []) inlineToken(token, depth, out);
  return out;
}

function inlineToken(token: Token, depth: number, out: MdInline[]): void {
  if (depth > MAX_DEPTH) return push(out, token.raw);
  switch (token.type) {
    case 'text':
      return (token as Tokens.Text).tokens
        ? inline((token as Tokens.Text).tokens, depth + 1).forEach((n) => push(out, n))
        : push(out, decode(token.text as string));
    case 'escape':
      return push(out, token.text as string);
    case 'strong':
    case 'em':
      return push(out, { k: token.type, c: inline(token.tokens, depth + 1) });
    case 'codespan':
      return push(out, { k: 'code', text: token.text as string });
    case 'br':
      return push(out, { k: 'br' });
    case 'link': {
      const c = inline(token.tokens, depth + 1);
      const href = safeUrl(decode((token as Tokens.Link).href));
      if (href === undefined) return c.forEach((n) => push(out, n));
      return push(out, { k: 'a', href, external: isExternalUrl(href), c });
    }
    case 'image':
      // Its words only: no image is loaded from the data.
      return push(out, decode(token.text as string));
    case 'checkbox':
      return push(out, (token as Tokens.Checkbox).checked ? '[x] ' : '[ ] ');
    default:
      // Raw HTML, struck-through text and anything else: the source as text.
      return push(out, token.raw);
  }
}

function blocks(tokens: readonly Token[], depth: number, tight = false): MdBlock[] {
  const out: MdBlock[] = [];
  for (const token of tokens) {
    if (depth > MAX_DEPTH) {
      out.push({ k: 'p', c: [token.raw.trim()] });
      continue;
    }
    switch (token.type) {
      case 'space':
      case 'hr':
      case 'def':
        break;
      case 'paragraph':
      case 'heading':
        out.push({ k: tight ? 'inline' : 'p', c: inline(token.tokens, depth + 1) });
        break;
      case 'text':
        out.push({
          k: tight ? 'inline' : 'p',
          c: inline(token.tokens ?? ([{ type: 'text', raw: token.raw, text: String(token.text) }] as Token[]), depth + 1),
        });
        break;
      case 'checkbox':
        out.push({ k: 'inline', c: [(token as Tokens.Checkbox).checked ? '[x] ' : '[ ] '] });
        break;
      case 'blockquote':
        out.push(...blocks(token.tokens ?? [], depth + 1));
        break;
      case 'code':
        out.push({ k: 'p', c: [{ k: 'code', text: token.text as string }] });
        break;
      case 'list': {
        const list = token as Tokens.List;
        const items = list.items.map((item) => blocks(item.tokens, depth + 1, !item.loose && !list.loose));
        const start = typeof list.start === 'number' && Number.isSafeInteger(list.start) && list.start >= 0 ? list.start : 1;
        out.push(list.ordered ? { k: 'ol', start, items } : { k: 'ul', items });
        break;
      }
      default:
        // Raw HTML, tables and anything else: the source as text.
        if (token.raw.trim() !== '') out.push({ k: tight ? 'inline' : 'p', c: [token.raw.trim()] });
    }
  }
  return out;
}

/**
 * The safe subset of Markdown `source` as blocks (see the module doc); plain paragraphs of the
 * text when it is too long or cannot be read. Never throws.
 */
export function markdownBlocks(source: string): MdBlock[] {
  if (source.length > MAX_MARKDOWN) return [{ k: 'p', c: [source] }];
  try {
    return blocks(Lexer.lex(source, { gfm: true, breaks: true }), 0);
  } catch {
    return [{ k: 'p', c: [source] }];
  }
}

/** Options of {@link markdownPlainText}. */
export interface MarkdownPlainTextOptions {
  /**
   * Absolute URL that relative link targets are resolved against (an export's `baseUrl`). Without
   * it, a relative link keeps only its words: outside the page it points nowhere.
   */
  baseUrl?: string;
}

/**
 * {@link markdownPlainText} as the exporters are given it (`jsonLdGraph`, the iCalendar and web
 * calendar writers): they import no parser, so a page loads it only for a Markdown document.
 */
export type MarkdownText = (source: string, options?: MarkdownPlainTextOptions) => string;

/**
 * Markdown `source` as readable plain text, for text that is not shown as HTML (iCalendar
 * DESCRIPTION, web calendar links, JSON-LD `description`): the safe subset read as the elements
 * read it ({@link markdownBlocks}), written out as words.
 * - Paragraphs are separated by a blank line; a line break stays a line break.
 * - Emphasis, strong emphasis and inline code keep their words without their marks.
 * - A link is written `words (URL)`, or its words alone when they are its address (autolinks,
 *   `www.…`, e-mail addresses); a link whose URL is not safe keeps only its words, as on the page,
 *   and a relative one is resolved against `options.baseUrl` (only its words without one).
 * - List items are lines `- item` or `1. item`, nested ones indented by two spaces.
 * - Raw HTML is its literal text, never interpreted (`<b>x</b>` stays "<b>x</b>"): whoever writes
 *   the text somewhere must escape it as any other text.
 * Pure and never throws; plain text comes back trimmed.
 */
export function markdownPlainText(source: string, options: MarkdownPlainTextOptions = {}): string {
  return blocksText(markdownBlocks(source), options)
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function blocksText(list: readonly MdBlock[], options: MarkdownPlainTextOptions): string {
  let out = '';
  list.forEach((block, index) => {
    if (index > 0) out += block.k === 'inline' || list[index - 1]!.k === 'inline' ? '\n' : '\n\n';
    out += blockText(block, options);
  });
  return out;
}

function blockText(block: MdBlock, options: MarkdownPlainTextOptions): string {
  switch (block.k) {
    case 'p':
    case 'inline':
      return inlineText(block.c, options);
    case 'ul':
    case 'ol':
      return block.items
        .map((item, index) => {
          const marker = block.k === 'ol' ? `${block.start + index}. ` : '- ';
          // The item's own lines under its marker, further lines indented to stay inside the item.
          return marker + itemText(item, options).replace(/\n(?=.)/g, `\n${' '.repeat(block.k === 'ol' ? marker.length : 2)}`);
        })
        .join('\n');
  }
}

/** A list item's blocks, one per line (a nested list right under its item's words). */
function itemText(item: readonly MdBlock[], options: MarkdownPlainTextOptions): string {
  return item.map((block) => blockText(block, options)).join('\n');
}

function inlineText(nodes: readonly MdInline[], options: MarkdownPlainTextOptions): string {
  return nodes.map((node) => inlineNodeText(node, options)).join('');
}

function inlineNodeText(node: MdInline, options: MarkdownPlainTextOptions): string {
  if (typeof node === 'string') return node;
  switch (node.k) {
    case 'br':
      return '\n';
    case 'code':
      return node.text;
    case 'em':
    case 'strong':
      return inlineText(node.c, options);
    case 'a': {
      const words = inlineText(node.c, options);
      const url = absoluteLink(node.href, options.baseUrl);
      if (!url) return words;
      if (!words.trim()) return url;
      if (sameAddress(words, url)) return words;
      return `${words} (${url})`;
    }
  }
}

/** The link's URL as written (absolute, mailto or tel), resolved against `base` when relative; else undefined. */
function absoluteLink(href: string, base: string | undefined): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  if (!base) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** True when a link's words are its address (`www.example.org` for `http://www.example.org`, `a@b.org` for `mailto:a@b.org`). */
function sameAddress(words: string, url: string): boolean {
  const bare = (text: string) =>
    text
      .trim()
      .toLowerCase()
      .replace(/^(https?:\/\/|mailto:|tel:)/, '')
      .replace(/\/$/, '');
  return bare(words) === bare(url);
}
