/**
 * Runs only in the layout runs (test/layout/wtr-fonts.config.mjs), whose page sets one font family
 * through --cluster-font-family: that family must be installed, or the browser would fall back to
 * another font without a word and the run would not test what it says.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/cluster-project-card.js';

const family = getComputedStyle(document.documentElement).getPropertyValue('--cluster-font-family').trim();

/** The width of a sample in `fonts` (a CSS font-family list); a missing first family falls back to the second. */
function widthIn(fonts: string): number {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = `32px ${fonts}`;
  return context.measureText('The quick brown fox, Бързата кафява лисица 0123').width;
}

describe('layout run font', () => {
  it(`the page's font (${family || 'not set'}) is installed`, () => {
    expect(family, '--cluster-font-family on the test page').to.not.equal('');
    const differs = widthIn(`${family}, monospace`) !== widthIn('monospace') && widthIn(`${family}, serif`) !== widthIn('serif');
    expect(differs, `${family} is not installed: text falls back to another font`).to.equal(true);
  });

  it('is the font an element uses', async () => {
    const el = await fixture(html`<cluster-project-card .project=${{ acronym: 'X', title: 'X' }}></cluster-project-card>`);
    const base = el.shadowRoot!.querySelector('[part~="base"]')!;
    const unquote = (s: string): string => s.replace(/["']/g, '').trim();
    expect(unquote(getComputedStyle(base).fontFamily)).to.equal(unquote(family));
  });
});
