import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { markdownBlocks, markdownPlainText, MAX_MARKDOWN } from '../src/data/markdown.js';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './gates/corpus.js';
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

describe('Markdown → plain text for exports (markdownPlainText)', () => {
  it('keeps the words of emphasis, strong emphasis and code, line breaks, and a blank line between paragraphs', () => {
    expect(markdownPlainText('One **bold** and _em_ with `code`.\nNext line\n\n\n\nSecond paragraph')).to.equal(
      'One bold and em with code.\nNext line\n\nSecond paragraph',
    );
  });

  it('writes links as "words (URL)", resolves relative ones against baseUrl, and keeps only the words of unsafe ones', () => {
    const source = '[site](https://example.org) [page](/about) [mail](mailto:a@example.org) [bad](javascript:alert(1)) [data](data:text/html,x)';
    expect(markdownPlainText(source, { baseUrl: 'https://example.org/events/x' })).to.equal(
      'site (https://example.org) page (https://example.org/about) mail (mailto:a@example.org) bad data',
    );
    // Without a page to resolve against, a relative link points nowhere: its words only.
    expect(markdownPlainText(source)).to.equal('site (https://example.org) page mail (mailto:a@example.org) bad data');
  });

  it('writes a link whose words are its address once', () => {
    expect(markdownPlainText('<https://example.org/x> www.example.org a@example.org [https://example.org/](https://example.org)')).to.equal(
      'https://example.org/x www.example.org a@example.org https://example.org/',
    );
  });

  it('writes list items as "- item" and "3. item" lines, nested ones indented', () => {
    expect(markdownPlainText('Intro:\n\n- one\n- *two*\n  - nested\n- three\n\n3. a\n4. b\n   more\n\nEnd')).to.equal(
      'Intro:\n\n- one\n- two\n  - nested\n- three\n\n3. a\n4. b\n   more\n\nEnd',
    );
  });

  it('keeps raw HTML as its literal text, never interpreted', () => {
    expect(markdownPlainText('<script>alert(1)</script>\n\nText <b onclick="x">bold</b> <img src=x onerror=alert(1)>')).to.equal(
      '<script>alert(1)</script>\n\nText <b onclick="x">bold</b> <img src=x onerror=alert(1)>',
    );
    // A character reference is the character it names (as on the page), still only text.
    expect(markdownPlainText('&lt;i&gt; &amp; &#x3C;b&#x3E;')).to.equal('<i> & <b>');
  });

  it('writes headings, quotes and code blocks as paragraphs, images as their words, and drops rules', () => {
    expect(markdownPlainText('# Heading\n\n> quote\n\n```\ncode\nblock\n```\n\n---\n\n![A photo](https://example.org/p.png)')).to.equal(
      'Heading\n\nquote\n\ncode\nblock\n\nA photo',
    );
  });

  it('gives the injection corpus back as text: no unsafe URL, and every payload’s tags still there as text', () => {
    for (const payload of TEXT_PAYLOADS) {
      const text = markdownPlainText(payload, { baseUrl: 'https://example.org/' });
      // A tag in the data is never dropped or turned into anything but its text.
      for (const tag of payload.match(/<\/?[a-z][a-z0-9]*/gi) ?? []) expect(text, payload.slice(0, 40)).to.contain(tag);
      // No link is written out for an unsafe URL ("words (javascript:…)").
      expect(text, payload.slice(0, 40)).not.to.match(/ \((javascript|data|vbscript):/i);
    }
    for (const url of URL_PAYLOADS) {
      const text = markdownPlainText(`[link](${url}) <${url}>`, { baseUrl: 'https://example.org/' });
      // Every URL written after a link's words is an http(s) one; the others keep their words only.
      for (const [, written] of text.matchAll(/^link \(([^)\s]*)/g)) expect(written, url.slice(0, 40)).to.match(/^https?:\/\//);
      expect(text, url.slice(0, 40)).not.to.match(/ \(\s*(javascript|data|vbscript|file|blob):/i);
    }
  });

  it('is the text itself for plain text, trimmed; nothing for empty text', () => {
    expect(markdownPlainText('  Just words, no marks.  ')).to.equal('Just words, no marks.');
    expect(markdownPlainText('')).to.equal('');
    const long = `**${'x'.repeat(MAX_MARKDOWN)}**`;
    expect(markdownPlainText(long)).to.equal(long);
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
