/**
 * Gate: reflow (WCAG 1.4.10). With the viewport 320 CSS px wide, every element, with the Varna demo
 * in English and Bulgarian, its other variants and long text (an unbroken e-mail address, a long
 * Bulgarian programme name) in every text field and attribute:
 * - the page does not scroll sideways and the element's scrollWidth stays within its clientWidth;
 * - no box in its shadow trees sticks out of the element, and no box that is not meant to scroll
 *   (overflow-x auto/scroll) has content wider than itself, so no text is cut off.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { blueSummit2026 } from '../../stories/data/index.js';
import { LONG_TEXT } from './corpus.js';
import { inject } from './documents.js';
import { GATED_ELEMENTS, type ElementGate } from './elements.js';
import { describe as describeEl, isolatePage, isVisuallyHidden, mount, quietly, shadowElements, type ElementInput } from './harness.js';

const WIDTH = 320;

/** Every box of the element that overflows, as text (empty when it reflows). */
function overflows(host: HTMLElement): string[] {
  const found: string[] = [];
  const hostRect = host.getBoundingClientRect();
  if (host.scrollWidth > host.clientWidth + 1) found.push(`the element scrolls sideways (scrollWidth ${host.scrollWidth} > clientWidth ${host.clientWidth})`);
  const scrollers: Element[] = [];
  for (const el of shadowElements(host)) {
    if (!(el instanceof HTMLElement) || el instanceof HTMLStyleElement || el instanceof HTMLSlotElement) continue;
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    if (scrollers.some((s) => s.contains(el) || (s.shadowRoot?.contains(el) ?? false))) continue;
    const style = getComputedStyle(el);
    if (style.display === 'contents') continue;
    if (style.overflowX === 'auto' || style.overflowX === 'scroll') {
      scrollers.push(el);
      continue;
    }
    if (isVisuallyHidden(el)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    const parentNode = el.parentNode instanceof ShadowRoot ? el.parentNode.host : el.parentElement;
    const parentRect = parentNode?.getBoundingClientRect();
    // Report where it starts: a box inside a box that already sticks out says nothing new.
    const parentOut = parentNode !== host && parentRect !== undefined && (parentRect.right > hostRect.right + 1 || parentRect.left < hostRect.left - 1);
    if (!parentOut && (rect.right > hostRect.right + 1 || rect.left < hostRect.left - 1)) {
      found.push(
        `${describeEl(el)} sticks out (${Math.round(rect.left - hostRect.left)}..${Math.round(rect.right - hostRect.left)} of ${Math.round(hostRect.width)} px)`,
      );
    }
    const formControl =
      el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || el instanceof HTMLMeterElement;
    if (!formControl && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
      found.push(`${describeEl(el)} has content wider than itself (${el.scrollWidth} > ${el.clientWidth} px, overflow-x ${style.overflowX})`);
    }
  }
  return found;
}

/** The demo in both languages and the variants (the summit, states, many items). */
function contentInputs(gate: ElementGate): Record<string, ElementInput> {
  return { 'Varna 2018 (en)': gate.demo(), 'Varna 2018 (bg)': { ...gate.demo(), lang: 'bg' }, ...gate.variants() };
}

/** Long text (an unbroken e-mail address, a long Bulgarian programme name) in every text field and attribute. */
function longTextInputs(gate: ElementGate): Record<string, ElementInput> {
  const inputs: Record<string, ElementInput> = {};
  gate
    .fromDocument(inject(blueSummit2026, { text: LONG_TEXT }))
    .slice(0, 3)
    .forEach((input, i) => (inputs[`long text ${i + 1}`] = input));
  if (gate.attributeBase) {
    inputs['long text in attributes'] = { attrs: { ...gate.attributeBase, ...Object.fromEntries(gate.textAttributes.map((a) => [a, LONG_TEXT])) } };
  }
  return inputs;
}

async function reflowProblems(gate: ElementGate, inputs: Record<string, ElementInput>): Promise<string[]> {
  await gate.load();
  expect(window.innerWidth).to.equal(WIDTH);
  const problems: string[] = [];
  for (const [name, input] of Object.entries(inputs)) {
    const m = await quietly(() => mount<HTMLElement>(gate.tag, input));
    try {
      const found = overflows(m.el);
      if (found.length > 0) problems.push(`${name}: ${found.length} overflowing boxes, first: ${found.slice(0, 4).join(' | ')}`);
      if (document.documentElement.scrollWidth > WIDTH) problems.push(`${name}: the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    } finally {
      m.remove();
    }
  }
  return problems;
}

describe(`gate: reflow at ${WIDTH} CSS px`, function () {
  this.timeout(120_000);

  let restorePage: () => void;
  let bodyMargin = '';
  before(async () => {
    await setViewport({ width: WIDTH, height: 800 });
    bodyMargin = document.body.style.margin;
    document.body.style.margin = '0';
  });
  after(async () => {
    document.body.style.margin = bodyMargin;
    await setViewport({ width: 800, height: 600 });
  });
  beforeEach(() => {
    restorePage = isolatePage();
  });
  afterEach(() => restorePage());

  it('the check finds a box that sticks out and text that is cut off (control)', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p style="width: 400px">wide</p><p style="overflow: hidden; white-space: nowrap">' + 'cut '.repeat(100) + '</p>';
    document.body.append(host);
    try {
      const found = overflows(host).join('\n');
      expect(found).to.contain('sticks out');
      expect(found).to.contain('has content wider than itself');
    } finally {
      host.remove();
    }
  });

  for (const gate of GATED_ELEMENTS) {
    it(`<${gate.tag}> reflows with the demo content and every variant: nothing wider than ${WIDTH} px, no text cut off`, async () => {
      expect(await reflowProblems(gate, contentInputs(gate))).to.deep.equal([]);
    });

    it(`<${gate.tag}> reflows with long unbroken words (an e-mail address) in every text field`, async () => {
      expect(await reflowProblems(gate, longTextInputs(gate))).to.deep.equal([]);
    });
  }
});
