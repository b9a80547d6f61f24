/**
 * Gate: keyboard walk-through of every interactive element (the `keyboard` walks of the table).
 * - Tab from a button before the element to a button after it: focus visits exactly the element's
 *   focusable controls, in the order of the rendered (flat) tree, never a positive tabindex, never
 *   an invisible target, and every control the table names is among them;
 * - every focus stop shows a visible focus indicator (:focus-visible matches and the computed
 *   outline or box-shadow is not `none`);
 * - every control named in the table works from the keyboard: Enter and/or Space (or typing, for
 *   search fields) changes what the reader perceives (expanded, pressed, checked, a calendar
 *   download, a count).
 */
import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { GATED_ELEMENTS, deepQuery, downloads, type ControlKey, type ElementGate, type KeyboardControl, type KeyboardWalk } from './elements.js';
import { deepActiveElement, describe as describeEl, flatElements, isolatePage, mount, settle, shadowElements, type Mounted } from './harness.js';

const FOCUSABLE =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"], audio[controls], video[controls]';

/** Elements a Tab press should reach, in the flat tree's order. */
function tabbables(host: HTMLElement): HTMLElement[] {
  return Array.from(flatElements(host)).filter(
    (el): el is HTMLElement =>
      el instanceof HTMLElement &&
      el !== host &&
      el.matches(FOCUSABLE) &&
      el.tabIndex >= 0 &&
      !el.matches(':disabled') &&
      el.checkVisibility({ visibilityProperty: true }),
  );
}

function focusIndicator(el: Element): string | null {
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
  if (!el.matches(':focus-visible')) return ':focus-visible does not match';
  if (!outline && !shadow) return `no focus indicator (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow})`;
  return null;
}

/** Mounts the element between two buttons, so that Tab enters and leaves it. */
async function mountBetween(
  gate: ElementGate,
  walk: KeyboardWalk,
): Promise<{ m: Mounted<HTMLElement>; before: HTMLButtonElement; after: HTMLButtonElement; cleanup(): void }> {
  const frame = document.createElement('div');
  const before = Object.assign(document.createElement('button'), { textContent: 'before' });
  const after = Object.assign(document.createElement('button'), { textContent: 'after' });
  const middle = document.createElement('div');
  frame.append(before, middle, after);
  document.body.append(frame);
  const m = await mount<HTMLElement>(gate.tag, walk.input(), middle);
  return { m, before, after, cleanup: () => frame.remove() };
}

const keyPress: Record<Exclude<ControlKey, 'type'>, string> = { Enter: 'Enter', Space: 'Space' };

/** Waits until `read()` differs from `before` (timers such as a settle delay may apply), at most `ms`. */
async function changed(read: () => string, before: string, host: HTMLElement, ms = 1500): Promise<string> {
  const start = performance.now();
  let now = read();
  while (now === before && performance.now() - start < ms) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(host);
    now = read();
  }
  return now;
}

const walks = GATED_ELEMENTS.flatMap((gate) => gate.keyboard.map((walk) => ({ gate, walk })));

describe('gate: keyboard walk-through', function () {
  this.timeout(120_000);

  let restorePage: () => void;
  const originalCreateObjectURL = URL.createObjectURL;
  const preventDownload = (event: Event) => {
    if (event.target instanceof HTMLAnchorElement && event.target.hasAttribute('download')) event.preventDefault();
  };
  before(async () => {
    await setViewport({ width: 1024, height: 768 });
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      if (obj instanceof Blob) downloads.push(obj);
      return originalCreateObjectURL.call(URL, obj);
    };
    document.addEventListener('click', preventDownload, true);
  });
  after(() => {
    URL.createObjectURL = originalCreateObjectURL;
    document.removeEventListener('click', preventDownload, true);
  });
  beforeEach(() => {
    restorePage = isolatePage();
  });
  afterEach(() => restorePage());

  it('the focus check catches a control without a visible focus (control)', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>button:focus-visible { outline: none; box-shadow: none; }</style><button>silent</button>';
    const start = Object.assign(document.createElement('button'), { textContent: 'start' });
    document.body.append(start, host);
    try {
      start.focus();
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement()!;
      expect(active.textContent).to.equal('silent');
      expect(focusIndicator(active)).to.match(/no focus indicator/);
      expect(tabbables(host).length).to.equal(1);
    } finally {
      start.remove();
      host.remove();
    }
  });

  it('every element with controls has a walk-through', () => {
    const interactive = [
      'cluster-agenda',
      'cluster-agenda-track',
      'cluster-event',
      'cluster-event-header',
      'cluster-funding-call-banner',
      'cluster-speaker-block',
      'cluster-speaker-list',
    ];
    for (const tag of interactive) {
      const gate = GATED_ELEMENTS.find((g) => g.tag === tag);
      if (gate) expect(gate.keyboard.length, `${tag} has no keyboard walk`).to.be.greaterThan(0);
    }
  });

  for (const { gate, walk } of walks) {
    it(`<${gate.tag}> (${walk.name}): Tab reaches every control in order, each with a visible focus`, async () => {
      await gate.load();
      const { m, before, after, cleanup } = await mountBetween(gate, walk);
      try {
        const positive = shadowElements(m.el).filter((el) => el instanceof HTMLElement && el.tabIndex > 0);
        expect(positive.map(describeEl), 'positive tabindex').to.deep.equal([]);
        const expected = tabbables(m.el);
        const controls = walk.controls.map((c) => ({ c, el: c.find(m.el) }));
        for (const { c, el } of controls) expect(el, `${c.name} is not rendered`).to.be.instanceOf(HTMLElement);
        before.focus();
        const visited: Element[] = [];
        const focusProblems: string[] = [];
        for (let i = 0; i < expected.length + 10; i++) {
          await sendKeys({ press: 'Tab' });
          const active = deepActiveElement();
          if (!active || active === after) break;
          visited.push(active);
          const indicator = focusIndicator(active);
          if (indicator) focusProblems.push(`${describeEl(active)}: ${indicator}`);
          const rect = active.getBoundingClientRect();
          if (rect.width < 1 || rect.height < 1) focusProblems.push(`${describeEl(active)}: focus lands on something invisible (${rect.width}x${rect.height})`);
        }
        expect(deepActiveElement(), 'Tab did not leave the element after its last control (a focus trap?)').to.equal(after);
        expect(visited.map(describeEl), 'Tab order differs from the order of the rendered controls').to.deep.equal(expected.map(describeEl));
        expect(visited.length, 'Tab order visits the same controls').to.equal(expected.length);
        visited.forEach((el, i) => expect(el, `stop ${i + 1}`).to.equal(expected[i]));
        for (const { c, el } of controls) expect(visited, `${c.name} is not reachable by Tab`).to.include(el);
        console.log(`[gate] keyboard <${gate.tag}> (${walk.name}): ${visited.length} focus stops, ${walk.controls.length} named controls`);
        expect(focusProblems, 'focus stops without a visible indicator').to.deep.equal([]);
        // Shift+Tab walks back the same way.
        const back: Element[] = [];
        await sendKeys({ down: 'Shift' });
        try {
          for (let i = 0; i < expected.length + 10; i++) {
            await sendKeys({ press: 'Tab' });
            const active = deepActiveElement();
            if (!active || active === before) break;
            back.push(active);
          }
        } finally {
          await sendKeys({ up: 'Shift' });
        }
        expect(back.reverse().map(describeEl), 'Shift+Tab order is not the reverse of Tab order').to.deep.equal(expected.map(describeEl));
      } finally {
        cleanup();
      }
    });

    for (const control of walk.controls) {
      for (const key of control.keys) {
        it(`<${gate.tag}> (${walk.name}): ${control.name} works with ${key === 'type' ? 'typing' : key}`, async () => {
          await gate.load();
          await operate(gate, walk, control, key);
        });
      }
    }
  }
});

async function operate(gate: ElementGate, walk: KeyboardWalk, control: KeyboardControl, key: ControlKey): Promise<void> {
  const { m, cleanup } = await mountBetween(gate, walk);
  try {
    await control.prepare?.(m.el);
    await settle(m.el);
    const el = control.find(m.el);
    expect(el, `${control.name} is not rendered`).to.be.instanceOf(HTMLElement);
    const read = () => control.effect!(m.el, control.find(m.el) ?? el!);
    el!.focus();
    expect(deepActiveElement(), `${control.name} cannot take focus`).to.equal(el);
    const before = read();
    if (key === 'type') await sendKeys({ type: control.typeText ?? 'port' });
    else await sendKeys({ press: keyPress[key] });
    await settle(m.el);
    const after = await changed(read, before, m.el);
    expect(after, `${key} on ${control.name} changed nothing a reader perceives (${before})`).not.to.equal(before);
  } finally {
    cleanup();
  }
}

describe('gate: keyboard, the show-problems list', function () {
  this.timeout(60_000);
  let restorePage: () => void;
  beforeEach(() => {
    restorePage = isolatePage();
  });
  afterEach(() => restorePage());

  for (const gate of GATED_ELEMENTS) {
    it(`<${gate.tag}> with invalid data: Tab reaches the list's summary first, with a visible focus; Enter and Space open and close it`, async () => {
      await gate.load();
      const invalid = gate.variants()['invalid']!;
      const walk: KeyboardWalk = { name: 'show-problems', input: () => ({ ...invalid, attrs: { ...invalid.attrs, 'show-problems': '' } }), controls: [] };
      const { m, before, cleanup } = await mountBetween(gate, walk);
      try {
        const details = deepQuery<HTMLDetailsElement>(m.el, 'details[part~="problems"]');
        expect(details, 'the list is shown').to.be.instanceOf(HTMLDetailsElement);
        const summary = details!.querySelector('summary')!;
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(deepActiveElement(), 'the first focus stop').to.equal(summary);
        expect(focusIndicator(summary)).to.equal(null);
        expect(details!.open).to.equal(false);
        await sendKeys({ press: 'Enter' });
        expect(details!.open, 'Enter opens it').to.equal(true);
        expect(details!.querySelectorAll('li').length).to.be.greaterThan(0);
        await sendKeys({ press: 'Space' });
        expect(details!.open, 'Space closes it').to.equal(false);
        expect(deepActiveElement(), 'the focus stays on the summary').to.equal(summary);
      } finally {
        cleanup();
      }
    });
  }
});
