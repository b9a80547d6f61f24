import { expect } from '@open-wc/testing';
import { resolveText, resolveTextIn, langAttribute, sameLanguage, isLocalizedText } from '../src/data/text.js';
import { safeUrl, isExternalUrl, encodeUriPart, fragmentLink } from '../src/data/url.js';

describe('resolveText', () => {
  it('returns plain strings as they are', () => {
    expect(resolveText('Varna', 'bg')).to.equal('Varna');
  });
  it('prefers the exact language, then the base language, then the fallback, then any value', () => {
    const t = { en: 'Meeting', bg: 'Среща' };
    expect(resolveText(t, 'bg')).to.equal('Среща');
    expect(resolveText(t, 'bg-BG')).to.equal('Среща');
    expect(resolveText({ de: 'Treffen', bg: 'Среща' }, 'fr', 'bg')).to.equal('Среща');
    expect(resolveText({ de: 'Treffen' }, 'fr', 'bg')).to.equal('Treffen');
  });
  it('skips empty values and returns "" for nothing usable', () => {
    expect(resolveText({ bg: ' ', en: 'x' }, 'bg')).to.equal('x');
    expect(resolveText(undefined, 'en')).to.equal('');
    expect(resolveText({}, 'en')).to.equal('');
    expect(isLocalizedText({ en: '' })).to.equal(false);
    expect(isLocalizedText(['x'])).to.equal(false);
    expect(isLocalizedText({ bg: 'x' })).to.equal(true);
  });
});

describe('resolveTextIn', () => {
  it("says a plain string is in the document's language, and unknown without one", () => {
    expect(resolveTextIn('Builds robots.', 'bg', 'en')).to.deep.equal({ text: 'Builds robots.', lang: 'en' });
    expect(resolveTextIn('Varna', 'bg')).to.deep.equal({ text: 'Varna' });
    expect(resolveTextIn('', 'bg', 'en')).to.deep.equal({ text: '' });
  });
  it('says which entry of a localized text was picked, fallbacks included', () => {
    const t = { en: 'Profile', 'bg-BG': 'Профил' };
    expect(resolveTextIn(t, 'bg-BG', 'en')).to.deep.equal({ text: 'Профил', lang: 'bg-BG' });
    expect(resolveTextIn({ en: 'Profile', bg: 'Профил' }, 'bg-BG', 'en')).to.deep.equal({ text: 'Профил', lang: 'bg' });
    expect(resolveTextIn({ en: 'Profile' }, 'bg', 'en')).to.deep.equal({ text: 'Profile', lang: 'en' });
    expect(resolveTextIn({ de: 'Treffen', fr: 'Réunion' }, 'bg', 'fr')).to.deep.equal({ text: 'Réunion', lang: 'fr' });
    expect(resolveTextIn({ de: 'Treffen', en: '' }, 'bg', 'fr')).to.deep.equal({ text: 'Treffen', lang: 'de' });
    expect(resolveTextIn({ en: ' ' }, 'bg')).to.deep.equal({ text: '' });
    expect(resolveTextIn(null, 'bg', 'en')).to.deep.equal({ text: '' });
  });
  it('picks the same string as resolveText', () => {
    const cases: [Parameters<typeof resolveText>[0], string, string | undefined][] = [
      ['x', 'bg', 'en'],
      [{ en: 'a', bg: 'б' }, 'bg-BG', 'en'],
      [{ de: 'd' }, 'fr', 'bg'],
      [{ bg: ' ', en: 'x' }, 'bg', undefined],
      [undefined, 'en', 'en'],
    ];
    for (const [text, lang, doc] of cases) expect(resolveTextIn(text, lang, doc).text).to.equal(resolveText(text, lang, doc));
  });
});

describe('langAttribute', () => {
  it("marks content in another language than the element's, by primary subtag", () => {
    expect(langAttribute('en', 'bg')).to.equal('en');
    expect(langAttribute('en-GB', 'bg-BG')).to.equal('en-GB');
    expect(langAttribute('bg-BG', 'bg')).to.equal(undefined);
    expect(langAttribute('EN', 'en-US')).to.equal(undefined);
    expect(langAttribute(undefined, 'bg')).to.equal(undefined);
    expect(langAttribute('not a tag', 'bg')).to.equal(undefined);
    expect(sameLanguage('en-GB', 'en')).to.equal(true);
    expect(sameLanguage('bg', 'en')).to.equal(false);
  });
});

describe('safeUrl', () => {
  it('accepts http(s), mailto, tel and relative URLs', () => {
    for (const url of ['https://example.org/a', 'http://x.bg', 'mailto:a@b.bg', 'tel:+359', '/events', 'a.html', '#s', '?q=1', '//cdn.example/x']) {
      expect(safeUrl(url), url).to.equal(url);
    }
    expect(safeUrl('  https://x.bg  ')).to.equal('https://x.bg');
  });
  it('refuses script, data, vbscript and disguised schemes', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:x',
      'data:text/html,<script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
      'https:evil',
      '',
      42,
      null,
    ]) {
      expect(safeUrl(url), String(url)).to.equal(undefined);
    }
  });
  it('tells external links apart', () => {
    expect(isExternalUrl('https://x.bg')).to.equal(true);
    expect(isExternalUrl('/x')).to.equal(false);
    expect(isExternalUrl('mailto:a@b')).to.equal(false);
  });
});

describe('encodeUriPart', () => {
  it('encodes like encodeURIComponent and never throws on lone surrogates', () => {
    expect(encodeUriPart('reef & sea/2026')).to.equal(encodeURIComponent('reef & sea/2026'));
    expect(encodeUriPart('риф-\uD83D\uDC1F')).to.equal(encodeURIComponent('риф-\uD83D\uDC1F'));
    expect(() => encodeURIComponent('x\uD800')).to.throw(URIError);
    expect(encodeUriPart('x\uD800')).to.equal('x%EF%BF%BD');
    expect(encodeUriPart('\uDC00y')).to.equal('%EF%BF%BDy');
  });
});

describe('fragmentLink', () => {
  it('links to ids on the page, and to none that a URL cannot carry', () => {
    expect(fragmentLink('trace-kei objectives')).to.equal('#trace-kei%20objectives');
    expect(fragmentLink('session-риф')).to.equal(`#${encodeURIComponent('session-риф')}`);
    expect(fragmentLink('steps\uDFFF')).to.equal(undefined);
    expect(fragmentLink('')).to.equal(undefined);
    expect(fragmentLink(undefined)).to.equal(undefined);
  });
});
