/**
 * Gate: forced colours (Windows High Contrast and the like). Runs only in the `forced-colors`
 * test group, whose page emulates `forced-colors: active` (see web-test-runner.config.mjs); the
 * file name does not end in .test.ts so the default group never picks it up.
 *
 * In forced colours the browser replaces every colour and drops backgrounds and box shadows, so:
 * - every status badge must say its status in words, and a badge drawn as a box (with padding)
 *   must keep its shape through a border or an outline (its background is gone);
 * - every focus stop must show an outline (a box-shadow ring disappears);
 * - a pressed favourite button must differ from an unpressed one by more than colour.
 * Checked on computed styles, for every element of the table.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { GATED_ELEMENTS } from './elements.js';
import { deepActiveElement, describe as describeEl, isolatePage, isVisuallyHidden, mount, quietly, settle, shadowElements } from './harness.js';

function visibleElements(host: Element, selector: string): HTMLElement[] {
  return shadowElements(host).filter(
    (el): el is HTMLElement => el instanceof HTMLElement && el.matches(selector) && el.checkVisibility({ visibilityProperty: true }) && !isVisuallyHidden(el),
  );
}

const hasOutline = (s: CSSStyleDeclaration) => s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
const hasBorder = (s: CSSStyleDeclaration) =>
  (['Top', 'Right', 'Bottom', 'Left'] as const).some((side) => s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) > 0);

/** What stays of an element in forced colours: its text (symbols drawn in CSS too) and shapes, not its colours. */
function shapeSignature(el: Element): string {
  return [el, ...shadowElements(el), ...Array.from(el.querySelectorAll('*'))]
    .map((node) => {
      const s = getComputedStyle(node);
      return [
        node.textContent?.trim() ?? '',
        getComputedStyle(node, '::before').content,
        getComputedStyle(node, '::after').content,
        s.borderTopStyle,
        s.borderTopWidth,
        s.borderBottomStyle,
        s.borderBottomWidth,
        s.borderLeftStyle,
        s.borderLeftWidth,
        s.outlineStyle,
        s.outlineWidth,
        s.fontWeight,
        s.fontStyle,
        s.textDecorationLine,
        s.visibility,
        s.display,
      ].join('/');
    })
    .join('|');
}

describe('gate: forced colours', function () {
  this.timeout(120_000);

  let restorePage: () => void;
  beforeEach(() => {
    restorePage = isolatePage();
  });
  afterEach(() => restorePage());

  it('the page is in forced-colours mode', () => {
    expect(matchMedia('(forced-colors: active)').matches, 'forced-colors is not emulated: run this file in the forced-colors group').to.equal(true);
  });

  it('the checks catch a background-only badge, a box-shadow focus ring and a colour-only pressed state (control)', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        .badge { padding: 0 4px; background: green; border: none }
        button { border: 1px solid; }
        button:focus-visible { outline: none; box-shadow: 0 0 0 3px blue; }
        button[aria-pressed="true"] { background: gold; }
      </style>
      <span part="badge" class="badge">Open</span><button aria-pressed="true">Fav</button><button aria-pressed="false">Fav</button>`;
    document.body.append(host);
    try {
      const badge = visibleElements(host, '[part~="badge"]')[0]!;
      const s = getComputedStyle(badge);
      expect(parseFloat(s.paddingLeft) > 0 && !hasBorder(s) && !hasOutline(s)).to.equal(true);
      const [pressed, unpressed] = visibleElements(host, 'button');
      pressed!.focus();
      expect(hasOutline(getComputedStyle(pressed!))).to.equal(false);
      pressed!.blur();
      expect(shapeSignature(pressed!)).to.equal(shapeSignature(unpressed!));
    } finally {
      host.remove();
    }
  });

  for (const gate of GATED_ELEMENTS) {
    const badgeInputs = gate.badges();
    if (badgeInputs.length > 0) {
      it(`<${gate.tag}>: status badges keep their words and a border or outline`, async () => {
        await gate.load();
        const problems: string[] = [];
        let seen = 0;
        for (const input of badgeInputs) {
          const m = await quietly(() => mount(gate.tag, input));
          try {
            for (const badge of visibleElements(m.el, '[part~="badge"]')) {
              seen++;
              const s = getComputedStyle(badge);
              if ((badge.textContent ?? '').trim() === '') problems.push(`${describeEl(badge)} has no words`);
              const box = parseFloat(s.paddingLeft) + parseFloat(s.paddingRight) > 0;
              if (box && !hasBorder(s) && !hasOutline(s))
                problems.push(`${describeEl(badge)} is a box (padding ${s.paddingLeft}) with neither border nor outline: its shape was only a background`);
            }
          } finally {
            m.remove();
          }
        }
        expect(seen, 'no badge was rendered (the input shows none?)').to.be.greaterThan(0);
        expect([...new Set(problems)]).to.deep.equal([]);
      });
    }

    for (const walk of gate.keyboard) {
      it(`<${gate.tag}> (${walk.name}): every focus stop shows an outline`, async () => {
        await gate.load();
        const frame = document.createElement('div');
        const before = Object.assign(document.createElement('button'), { textContent: 'before' });
        const after = Object.assign(document.createElement('button'), { textContent: 'after' });
        const middle = document.createElement('div');
        frame.append(before, middle, after);
        document.body.append(frame);
        try {
          await quietly(() => mount(gate.tag, walk.input(), middle));
          before.focus();
          const problems: string[] = [];
          let stops = 0;
          for (let i = 0; i < 400; i++) {
            await sendKeys({ press: 'Tab' });
            const active = deepActiveElement();
            if (!active || active === after) break;
            stops++;
            if (!hasOutline(getComputedStyle(active))) {
              const s = getComputedStyle(active);
              problems.push(`${describeEl(active)}: outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow}`);
            }
          }
          expect(stops, 'no focus stop').to.be.greaterThan(0);
          expect([...new Set(problems)], 'focus stops without an outline in forced colours').to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }

    it(`<${gate.tag}>: the show-problems list keeps its frame and its summary's focus outline`, async () => {
      await gate.load();
      const invalid = gate.variants()['invalid']!;
      const before = Object.assign(document.createElement('button'), { textContent: 'before' });
      document.body.append(before);
      const m = await quietly(() => mount(gate.tag, { ...invalid, attrs: { ...invalid.attrs, 'show-problems': '' } }));
      try {
        const [list] = visibleElements(m.el, 'details[part~="problems"]');
        expect(list, 'the list is shown').to.be.instanceOf(HTMLDetailsElement);
        expect(hasBorder(getComputedStyle(list!)), 'the list has a border (its background is gone)').to.equal(true);
        before.focus();
        await sendKeys({ press: 'Tab' });
        const summary = deepActiveElement()!;
        expect(summary.localName, 'the summary is the first focus stop').to.equal('summary');
        expect(hasOutline(getComputedStyle(summary)), 'the focused summary has an outline').to.equal(true);
      } finally {
        m.remove();
        before.remove();
      }
    });

    // The calendar menu: opened from the first calendar button of the element's keyboard walks.
    const calendarWalk = gate.keyboard.find((walk) => walk.controls.some((c) => /calendar menu/.test(c.name)));
    if (calendarWalk) {
      it(`<${gate.tag}>: the calendar menu keeps its frame, and each item its focus outline`, async () => {
        await gate.load();
        const m = await quietly(() => mount(gate.tag, calendarWalk.input()));
        try {
          const trigger = calendarWalk.controls.find((c) => /calendar menu/.test(c.name))!.find(m.el)!;
          trigger.focus();
          await sendKeys({ press: 'Enter' });
          let menu: HTMLElement | undefined;
          for (let i = 0; i < 200 && !menu; i++) {
            await settle(m.el);
            menu = visibleElements(m.el, '.calendar-menu')[0];
          }
          expect(menu, 'the menu opened').to.be.instanceOf(HTMLElement);
          expect(hasBorder(getComputedStyle(menu!)), 'the menu has a border (its background and shadow are gone)').to.equal(true);
          const items = [...menu!.querySelectorAll<HTMLElement>('.calendar-menu__item')];
          expect(items.length, 'the menu has its three items').to.equal(3);
          const problems: string[] = [];
          for (let i = 0; i < items.length; i++) {
            const active = deepActiveElement()!;
            if (!hasOutline(getComputedStyle(active))) problems.push(`${describeEl(active)}: no outline`);
            if (i < items.length - 1) await sendKeys({ press: 'Tab' });
          }
          expect(problems, 'menu items without a focus outline in forced colours').to.deep.equal([]);
        } finally {
          m.remove();
        }
      });
    }

    const favorites = gate.favorites;
    if (favorites) {
      it(`<${gate.tag}>: a pressed favourite differs from an unpressed one by more than colour`, async () => {
        await gate.load();
        const m = await quietly(() => mount(gate.tag, favorites()));
        try {
          if (visibleElements(m.el, 'button[aria-pressed="true"]').length === 0) {
            visibleElements(m.el, 'button[aria-pressed="false"]')[0]?.click();
            await settle(m.el);
          }
          const pressed = visibleElements(m.el, 'button[aria-pressed="true"]')[0];
          const unpressed = visibleElements(m.el, 'button[aria-pressed="false"]')[0];
          expect(pressed, 'no pressed favourite button').to.be.instanceOf(HTMLElement);
          expect(unpressed, 'no unpressed favourite button').to.be.instanceOf(HTMLElement);
          // The accessible name ends with the session title, which differs: compare without it.
          const strip = (el: HTMLElement) =>
            shapeSignature(el)
              .split(el.querySelector('.visually-hidden')?.textContent?.trim() || '\u0000')
              .join('');
          expect(strip(pressed!), 'pressed and unpressed look the same without colour').not.to.equal(strip(unpressed!));
        } finally {
          m.remove();
        }
      });
    }
  }
});
