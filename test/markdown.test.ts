import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { markdownBlocks, MAX_MARKDOWN } from '../src/data/markdown.js';
import { markdownTemplate } from '../src/base/markdown.js';
import { loadMarkdown, markdownRenderer } from '../src/base/prose.js';

/** The HTML the template renders, without Lit's comment markers. */
function rendered(source: string): string {
  const box = document.createElement('div');
  render(markdownTemplate(source), box);
  return box.innerHTML.replace(/<!--[^]*?-->/g, '');
}

describe('Markdown → blocks (src/data/markdown.ts)', () => {
  it('reads paragraphs, line breaks, emphasis, strong emphasis and inline code', () => {
    expect(markdownBlocks('One **bold** and _em_ with `code`.\nNext line\n\nSecond paragraph')).to.deep.equal([
      {
        k: 'p',
        c: ['One ', { k: 'strong', c: ['bold'] }, ' and ', { k: 'em', c: ['em'] }, ' with ', { k: 'code', text: 'code' }, '.', { k: 'br' }, 'Next line'],
      },
      { k: 'p', c: ['Second paragraph'] },
    ]);
  });

  it('keeps links with safe URLs, marks external ones, and keeps only the words of unsafe ones', () => {
    expect(
      markdownBlocks('[site](https://example.org) [page](/about) [mail](mailto:a@example.org) [bad](javascript:alert(1)) [data](data:text/html,x)'),
    ).to.deep.equal([
      {
        k: 'p',
        c: [
          { k: 'a', href: 'https://example.org', external: true, c: ['site'] },
          ' ',
          { k: 'a', href: '/about', external: false, c: ['page'] },
          ' ',
          { k: 'a', href: 'mailto:a@example.org', external: false, c: ['mail'] },
          ' bad data',
        ],
      },
    ]);
  });

  it('reads autolinks and reference links through the same rules', () => {
    expect(markdownBlocks('<https://example.org/x> www.example.org [ref] [evil]\n\n[ref]: https://example.org/r\n[evil]: javascript:alert(1)')).to.deep.equal([
      {
        k: 'p',
        c: [
          { k: 'a', href: 'https://example.org/x', external: true, c: ['https://example.org/x'] },
          ' ',
          { k: 'a', href: 'http://www.example.org', external: true, c: ['www.example.org'] },
          ' ',
          { k: 'a', href: 'https://example.org/r', external: true, c: ['ref'] },
          ' evil',
        ],
      },
    ]);
  });

  it('reads bullet and numbered lists, tight and loose, nested, with their start number', () => {
    expect(markdownBlocks('- one\n- *two*\n  - nested')).to.deep.equal([
      {
        k: 'ul',
        items: [
          [{ k: 'inline', c: ['one'] }],
          [
            { k: 'inline', c: [{ k: 'em', c: ['two'] }] },
            { k: 'ul', items: [[{ k: 'inline', c: ['nested'] }]] },
          ],
        ],
      },
    ]);
    expect(markdownBlocks('3. three\n\n4. four')).to.deep.equal([{ k: 'ol', start: 3, items: [[{ k: 'p', c: ['three'] }], [{ k: 'p', c: ['four'] }]] }]);
  });

  it('shows raw HTML as text, inline and as a block', () => {
    expect(markdownBlocks('a <b onclick="x()">bold</b> b')).to.deep.equal([{ k: 'p', c: ['a <b onclick="x()">bold</b> b'] }]);
    expect(markdownBlocks('<script>alert(1)</script>')).to.deep.equal([{ k: 'p', c: ['<script>alert(1)</script>'] }]);
    expect(markdownBlocks('<div>\n<img src=x onerror=alert(1)>\n</div>')).to.deep.equal([{ k: 'p', c: ['<div>\n<img src=x onerror=alert(1)>\n</div>'] }]);
  });

  it('keeps headings, quotes and code blocks as paragraphs, images as their words, and drops rules', () => {
    expect(markdownBlocks('# Title\n\n> quoted\n\n    code <x>\n\n![a map](https://example.org/map.png)\n\n---')).to.deep.equal([
      { k: 'p', c: ['Title'] },
      { k: 'p', c: ['quoted'] },
      { k: 'p', c: [{ k: 'code', text: 'code <x>' }] },
      { k: 'p', c: ['a map'] },
    ]);
  });

  it('decodes character references as HTML would (common names, any number), and not in code', () => {
    expect(markdownBlocks('Fish &amp; chips &copy; &#65;&#x42; &unknown; `&amp;`')).to.deep.equal([
      { k: 'p', c: ['Fish & chips © AB &unknown; ', { k: 'code', text: '&amp;' }] },
    ]);
  });

  it('takes backslash escapes literally and struck-through text as written', () => {
    expect(markdownBlocks('\\*not em\\* ~~old~~')).to.deep.equal([{ k: 'p', c: ['*not em* ~~old~~'] }]);
  });

  it('shows text longer than the limit, or nested too deep, as text', () => {
    const long = '*'.repeat(MAX_MARKDOWN + 1);
    expect(markdownBlocks(long)).to.deep.equal([{ k: 'p', c: [long] }]);
    const deep = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    const text = JSON.stringify(markdownBlocks(deep));
    expect(text).to.contain('level 39');
  });

  it('gives nothing for empty text', () => {
    expect(markdownBlocks('')).to.deep.equal([]);
  });
});

describe('Markdown → templates (src/base/markdown.ts)', () => {
  it('renders the subset as elements, with text bound as text', () => {
    expect(rendered('**Hi** <i>there</i>\n\n- [site](https://example.org)\n- `x<y`')).to.equal(
      '<p><strong>Hi</strong> &lt;i&gt;there&lt;/i&gt;</p><ul><li><a href="https://example.org" rel="noopener">site</a></li><li><code>x&lt;y</code></li></ul>',
    );
  });

  it('gives relative links no rel and numbered lists their start', () => {
    expect(rendered('[about](/about)\n\n2. two')).to.equal('<p><a href="/about">about</a></p><ol start="2"><li>two</li></ol>');
    expect(rendered('1. one')).to.equal('<ol><li>one</li></ol>');
  });

  it('renders line breaks and emphasis inside list items', () => {
    expect(rendered('- a\n  b *c*')).to.equal('<ul><li>a<br>b <em>c</em></li></ul>');
  });
});

describe('prose renderer (src/base/prose.ts)', () => {
  it('is null for plain text and loads the Markdown chunk for Markdown, updating the host', async () => {
    let updates = 0;
    const host = { requestUpdate: () => void updates++ } as unknown as Parameters<typeof markdownRenderer>[1];
    expect(markdownRenderer(undefined, host)).to.equal(null);
    expect(markdownRenderer('plain', host)).to.equal(null);
    // Until the chunk is there, the text is shown as it is (never an empty box).
    const standIn = markdownRenderer('markdown', host)!;
    expect(standIn('**a** <b>')).to.equal('**a** <b>');
    const renderer = await loadMarkdown();
    await Promise.resolve();
    expect(updates).to.equal(1);
    expect(renderer).to.be.a('function');
    expect(markdownRenderer('markdown', host)).to.equal(renderer);
    expect(renderer).to.not.equal(standIn);
  });
});
