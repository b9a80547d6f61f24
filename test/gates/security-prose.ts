/**
 * Gate: security of prose in both text formats (run by security-prose-*.test.ts). The injection corpus (corpus.ts) and Markdown
 * payloads (links, autolinks, reference links and images with script URLs, raw HTML around and
 * inside Markdown) go into every text and URL field of the demo documents, once with
 * `textFormat: "markdown"` and once as plain text, into every element that shows prose. Then:
 * - no payload ran, and nothing unsafe reaches the DOM (the checks of security.ts);
 * - Markdown: inside each `.markdown` box only the allowed subset is found (p, br, em, strong,
 *   code, a, ul, ol, li), with no attribute but a link's `href` (http, https, mailto, tel or
 *   relative) and `rel`, and an ordered list's `start`; the raw HTML payloads show as text;
 * - plain text: no `.markdown` box at all, and the Markdown payloads show as the text they are.
 */
import { expect } from '@open-wc/testing';
import type { EventDocument } from '../../src/data/types.js';
import { loadMarkdown } from '../../src/base/prose.js';
import { blueSummit2026, varna2018 } from '../../stories/data/index.js';
import { SAFE_PROTOCOLS, TEXT_PAYLOADS, URL_PAYLOADS, installPwnedFlag } from './corpus.js';
import { inject } from './documents.js';
import { GATED_ELEMENTS } from './elements.js';
import { deepElements, isolatePage, mount, quietly, renderedText, since, watchErrors, type ElementInput } from './harness.js';
import { pressEveryButton, unsafeDom } from './security.js';

const call = (tag: string): string => `window.__gatePwned('${tag}')`;

/** Markdown written to get a script, a frame, an image or a handler into the page. */
const MARKDOWN_PAYLOADS: readonly string[] = [
  `[click me](javascript:${call('md-link')})`,
  `[click me](JaVaScRiPt:${call('md-link-case')} "title")`,
  `[click me](<javascript:${call('md-link-angle')}>)`,
  `[click me](&#106;avascript:${call('md-link-entity')})`,
  `<javascript:${call('md-autolink')}>`,
  `[reference link][evil]\n\n[evil]: javascript:${call('md-reference')}`,
  `![tracking pixel](https://example.org/pixel.png) ![script](javascript:${call('md-image')})`,
  `[data](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19nYXRlUHduZWQoJ21kLWRhdGEnKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(1))`,
  `[quote](https://example.org/"onmouseover="${call('md-quote')}) and [title](https://example.org "a\\" onmouseover=\\"${call('md-title')}")`,
  `**<img src=x onerror="${call('md-html-in-strong')}">** and _<svg onload=${call('md-svg')}>_`,
  `<div onmouseover="${call('md-div')}">\n\n*Markdown inside HTML*\n\n</div>`,
  `- item <script>${call('md-list-script')}</script>\n- [b](javascript:${call('md-list-link')})\n  1. <iframe src="javascript:${call('md-iframe')}"></iframe>`,
  `\`<script>${call('md-code')}</script>\`\n\n    <script>${call('md-code-block')}</script>`,
  `# Heading <style>*{background:url(https://example.org/x)}</style>\n\n> quoted <object data="javascript:${call('md-object')}"></object>`,
  `| a | b |\n| - | - |\n| <img src=x onerror=${call('md-table')}> | c |`,
  `[${'['.repeat(500)}](javascript:${call('md-nested')})${']'.repeat(500)} ${'*'.repeat(3000)} ${'> '.repeat(200)}x`,
];

/** Payloads that are raw HTML on a line of their own: in Markdown they must show as this very text. */
const RAW_HTML_SHOWN_AS_TEXT = [TEXT_PAYLOADS[0]!, TEXT_PAYLOADS[1]!, TEXT_PAYLOADS[4]!];
/** Markdown payloads that plain text must show as written. */
const MARKDOWN_SHOWN_AS_TEXT = [MARKDOWN_PAYLOADS[0]!, MARKDOWN_PAYLOADS[4]!];

/** The elements that show prose, and how each is told the text format besides its document. */
export const PROSE_ELEMENTS: Readonly<Record<string, Record<string, string>>> = {
  'cluster-agenda-track': {},
  'cluster-agenda': {},
  'cluster-event': {},
  'cluster-speaker-block': {},
  'cluster-speaker-list': {},
  'cluster-project-card': {},
  'cluster-funding-call-banner': { 'text-format': 'markdown' },
  'cluster-objective-list': { 'text-format': 'markdown' },
};

/** What the Markdown subset may put into the page: elements and their attributes. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  p: [],
  br: [],
  em: [],
  strong: [],
  code: [],
  ul: [],
  li: [],
  ol: ['start'],
  a: ['href', 'rel'],
};

/** Everything inside `.markdown` boxes that is not in the allowed subset. */
function outsideSubset(host: Element): string[] {
  const found: string[] = [];
  for (const box of Array.from(deepElements(host)).filter((el) => el.classList.contains('markdown'))) {
    for (const el of Array.from(box.querySelectorAll('*'))) {
      const allowed = ALLOWED[el.localName];
      if (!allowed) {
        found.push(`<${el.localName}> in Markdown`);
        continue;
      }
      for (const attr of Array.from(el.attributes)) {
        if (!allowed.includes(attr.name)) found.push(`<${el.localName} ${attr.name}> in Markdown`);
      }
      if (el.localName === 'a') {
        const href = el.getAttribute('href') ?? '';
        const protocol = new URL(href, document.baseURI).protocol;
        if (!(SAFE_PROTOCOLS as readonly string[]).includes(protocol)) found.push(`<a href="${href.slice(0, 60)}"> in Markdown`);
        if (!['noopener', null].includes(el.getAttribute('rel'))) found.push(`<a rel="${el.getAttribute('rel')}"> in Markdown`);
      }
      if (el.localName === 'ol' && el.hasAttribute('start') && !/^\d+$/.test(el.getAttribute('start')!)) found.push(`<ol start="${el.getAttribute('start')}">`);
    }
  }
  return found;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Elements that render a whole programme or page: one demo document per payload, in turn (each mount takes seconds). */
const WHOLE_PAGES = new Set(['cluster-agenda', 'cluster-event']);

/**
 * The hostile inputs of one element for the `round`-th payload: `text` in every text field and
 * `url` in every URL field of both demo documents (of one, in turn, for {@link WHOLE_PAGES}).
 */
function inputs(tag: string, format: 'markdown' | 'plain', text: string, url: string, round: number): ElementInput[] {
  const gate = GATED_ELEMENTS.find((g) => g.tag === tag)!;
  const demos = WHOLE_PAGES.has(tag) ? [round % 2 === 0 ? blueSummit2026 : varna2018] : [blueSummit2026, varna2018];
  const docs = demos.map((doc) => ({ ...inject(doc, { text, url }), textFormat: format }) as EventDocument);
  const extra = format === 'markdown' ? PROSE_ELEMENTS[tag]! : {};
  // The first two inputs of each document (an element per speaker, per track, per project is many): every kind of field is in them.
  return docs.flatMap((doc) => gate.fromDocument(doc).slice(0, 2)).map((input) => ({ ...input, attrs: { ...input.attrs, ...extra } }));
}

/** Runs the prose gate for these elements, in Markdown and in plain text (see the module doc). */
export function proseGate(part: number, tags: readonly string[]): void {
  describe(`gate: security of prose in Markdown and in plain text, part ${part}`, function () {
    this.timeout(280_000);

    let flag: ReturnType<typeof installPwnedFlag>;
    before(async () => {
      // The Markdown chunk first, so that every mount renders Markdown at once (not its plain stand-in).
      expect(await loadMarkdown()).to.be.a('function');
    });
    beforeEach(() => {
      flag = installPwnedFlag();
    });
    afterEach(() => flag.uninstall());

    for (const format of ['markdown', 'plain'] as const) {
      for (const tag of tags) {
        it(`<${tag}> with ${format} prose: no payload runs, only the allowed subset reaches the DOM`, async () => {
          await checkProse(tag, format, flag);
        });
      }
    }
  });
}

async function checkProse(tag: string, format: 'markdown' | 'plain', flag: { ran: string[] }): Promise<void> {
  const gate = GATED_ELEMENTS.find((g) => g.tag === tag)!;
  await gate.load();
  const start = performance.now();
  const restorePage = isolatePage();
  const watch = watchErrors();
  const problems: string[] = [];
  const shown = new Set<string>();
  let cases = 0;
  let boxes = 0;
  try {
    await quietly(async () => {
      // Plain text meets the whole corpus in security-elements-*.test.ts already: here, the Markdown
      // payloads. A whole programme or page, whose parts meet the whole corpus on their own, gets
      // the markup payloads of the corpus (the first ten) beside the Markdown ones.
      const corpus = WHOLE_PAGES.has(tag) ? TEXT_PAYLOADS.slice(0, 10) : TEXT_PAYLOADS;
      const payloads = format === 'markdown' ? [...MARKDOWN_PAYLOADS, ...corpus] : MARKDOWN_PAYLOADS;
      for (const [i, text] of payloads.entries()) {
        for (const input of inputs(tag, format, text, URL_PAYLOADS[i % URL_PAYLOADS.length]!, i)) {
          cases++;
          const where = `(text ${JSON.stringify(text.slice(0, 50))})`;
          const m = await mount<HTMLElement>(tag, input);
          try {
            const markdown = Array.from(deepElements(m.el)).filter((el) => el.classList.contains('markdown'));
            boxes += markdown.length;
            if (format === 'plain' && markdown.length > 0) problems.push(`a .markdown box in plain text ${where}`);
            for (const p of [...unsafeDom(m.el), ...outsideSubset(m.el)]) problems.push(`${p} ${where}`);
            if (squash(renderedText(m.el)).includes(squash(text))) shown.add(text);
            await pressEveryButton(m.el);
            for (const p of [...unsafeDom(m.el), ...outsideSubset(m.el)]) problems.push(`after pressing the buttons: ${p} ${where}`);
          } finally {
            m.remove();
          }
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(flag.ran, 'payloads that ran').to.deep.equal([]);
    expect([...new Set(problems)], 'unsafe content in the DOM').to.deep.equal([]);
    const expectedText = format === 'markdown' ? RAW_HTML_SHOWN_AS_TEXT : MARKDOWN_SHOWN_AS_TEXT;
    expect(
      expectedText.filter((p) => !shown.has(p)),
      'payloads that never showed as text',
    ).to.deep.equal([]);
    // Not vacuous: Markdown documents do render Markdown boxes.
    if (format === 'markdown') expect(boxes, 'Markdown boxes rendered').to.be.above(0);
    console.log(`[gate] ${format} prose <${tag}>: ${cases} hostile inputs, ${boxes} Markdown boxes, in ${since(start)} ms`);
  } finally {
    restorePage();
    expect(watch.stop(), 'errors while rendering hostile input').to.deep.equal([]);
  }
}
