/**
 * Gate: security, controls. Proves the security gate's checks can fail: the global flag catches a
 * payload that runs, the DOM check finds unsafe URLs, handlers and styles, and good track colours
 * do reach the style the colour check reads. The elements are checked in security-elements-*.
 */
import { expect } from '@open-wc/testing';
import { blueSummit2026 } from '../../stories/data/index.js';
import { GOOD_COLORS, TEXT_PAYLOADS, installPwnedFlag } from './corpus.js';
import { inject } from './documents.js';
import { GATED_ELEMENTS } from './elements.js';
import { deepElements, mount } from './harness.js';
import { unsafeDom } from './security.js';

describe('gate: security, controls', function () {
  this.timeout(60_000);

  let flag: ReturnType<typeof installPwnedFlag>;
  beforeEach(() => {
    flag = installPwnedFlag();
  });
  afterEach(() => flag.uninstall());

  it('the flag catches a payload that runs (control)', async () => {
    const div = document.createElement('div');
    div.innerHTML = TEXT_PAYLOADS[1]!; // <img src=x onerror=...>: runs when parsed as HTML.
    document.body.append(div);
    for (let waited = 0; flag.ran.length === 0 && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    div.remove();
    expect(flag.ran).to.deep.equal(['img-onerror']);
  });

  it('the DOM check finds unsafe URLs, handlers and styles (control)', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const a = document.createElement('a');
    a.setAttribute('href', ' JaVaScRiPt:void(0)');
    const b = document.createElement('b');
    b.setAttribute('onclick', 'x');
    b.style.setProperty('--_track-accent', 'url(https://example.org/x)');
    root.append(a, b);
    // WebKit writes the custom property's url back with CSS escapes (url(https\:\/\/example\.org\/x)).
    const found = unsafeDom(host)
      .join('\n')
      .replace(/\\([:/.])/g, '$1');
    expect(found).to.match(/<a href=" JaVaScRiPt:void\(0\)"> with the scheme javascript:/);
    expect(found).to.contain('<b onclick> event-handler attribute');
    expect(found).to.match(/--_track-accent: url\(https:\/\/example.org\/x\) is not a plain colour/);
  });

  it('good track colours reach the style (control for the colour check)', async () => {
    const gate = GATED_ELEMENTS.find((g) => g.tag === 'cluster-agenda-track')!;
    await gate.load();
    for (const color of GOOD_COLORS) {
      const doc = inject(blueSummit2026, { color });
      const m = await mount(gate.tag, gate.fromDocument(doc)[0]!);
      const styles = Array.from(deepElements(m.el))
        .map((el) => (el as HTMLElement).getAttribute?.('style') ?? '')
        .join(' ');
      m.remove();
      expect(styles, `the colour ${color} is not used`).to.contain(color);
    }
  });
});
