import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { ClusterElement } from '../src/base/cluster-element.js';
import { JSON_LD_MARKER } from '../src/base/json-ld.js';
import { JsonLdPublisher } from '../src/base/json-ld-publisher.js';

/** A host that publishes what a test gives it, as `<cluster-event-list>` publishes its ItemList. */
@customElement('test-json-ld-host')
class TestJsonLdHost extends ClusterElement {
  readonly jsonLd = new JsonLdPublisher(this, (work) => void this.trackWork(work), { path: 'data' });
  renders = 0;
  override render() {
    this.renders++;
    return litHtml`<p>host</p>`;
  }
}

/** A promise and the functions that settle it, for graphs whose writer is "still loading". */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const script = (el: Element): HTMLScriptElement | null => el.querySelector(`script[${JSON_LD_MARKER}]`);
const written = (el: Element): unknown => JSON.parse(script(el)!.textContent);

describe('JsonLdPublisher.updateGraph (a graph the host makes, as <cluster-event-list> does)', () => {
  it('writes the graph once per change of its inputs, and removes the script for null', async () => {
    const el = await fixture<TestJsonLdHost>(html`<test-json-ld-host></test-json-ld-host>`);
    const a = { id: 'a' };
    let made = 0;
    const graph = (name: string) => () => {
      made++;
      return Promise.resolve({ name });
    };
    el.jsonLd.updateGraph([1, 'en', a], false, graph('one'));
    await el.updateComplete;
    expect(written(el)).to.deep.equal({ name: 'one' });
    // The same inputs (by identity): the graph is not made again.
    el.jsonLd.updateGraph([1, 'en', a], false, graph('two'));
    await el.updateComplete;
    expect([made, written(el)]).to.deep.equal([1, { name: 'one' }]);
    // A list of another length with the same first items is a change (its length comes first).
    el.jsonLd.updateGraph([2, 'en', a, { id: 'b' }], false, graph('three'));
    await el.updateComplete;
    expect([made, written(el)]).to.deep.equal([2, { name: 'three' }]);
    el.jsonLd.updateGraph([0, 'en'], false, null);
    await el.updateComplete;
    expect(script(el) === null, 'no JSON-LD script').to.equal(true);
    expect(el.jsonLd.problems).to.deep.equal([]);
  });

  it('leaves the light DOM alone while loading', async () => {
    const el = await fixture<TestJsonLdHost>(
      html`<test-json-ld-host
        ><script type="application/ld+json" data-cluster-json-ld>
          { "kept": true }
        </script></test-json-ld-host
      >`,
    );
    el.jsonLd.updateGraph([0, 'en'], true, null);
    await el.updateComplete;
    expect(written(el)).to.deep.equal({ kept: true });
  });

  it('never lets a graph still loading overwrite a newer one', async () => {
    const el = await fixture<TestJsonLdHost>(html`<test-json-ld-host></test-json-ld-host>`);
    const slow = deferred<unknown>();
    el.jsonLd.updateGraph([1, 'en'], false, () => slow.promise);
    el.jsonLd.updateGraph([1, 'bg'], false, () => Promise.resolve({ name: 'newer' }));
    // Not updateComplete: it waits for the slow graph too.
    await waitUntil(() => script(el) !== null, 'the newer graph is written');
    expect(written(el)).to.deep.equal({ name: 'newer' });
    slow.resolve({ name: 'older' });
    await slow.promise;
    await el.updateComplete;
    expect(written(el)).to.deep.equal({ name: 'newer' });
    // Nor does its failure count.
    const failing = deferred<unknown>();
    el.jsonLd.updateGraph([1, 'ro'], false, () => failing.promise);
    el.jsonLd.updateGraph([1, 'en'], false, () => Promise.resolve({ name: 'newest' }));
    failing.reject(new Error('chunk did not arrive'));
    await el.updateComplete;
    expect([written(el), el.jsonLd.problems]).to.deep.equal([{ name: 'newest' }, []]);
  });

  it('reports a graph that cannot be made at its path, renders again to show it, and clears it once one is written', async () => {
    const el = await fixture<TestJsonLdHost>(html`<test-json-ld-host></test-json-ld-host>`);
    const before = el.renders;
    el.jsonLd.updateGraph([1, 'en'], false, () => Promise.reject(new Error('chunk did not arrive')));
    await el.updateComplete;
    expect(el.jsonLd.problems).to.deep.equal([{ path: 'data', message: 'the JSON-LD for search engines could not be written (chunk did not arrive)' }]);
    expect(el.renders).to.be.greaterThan(before);
    expect(script(el) === null, 'no JSON-LD script').to.equal(true);
    el.jsonLd.updateGraph([1, 'bg'], false, () => Promise.resolve({ name: 'written' }));
    await el.updateComplete;
    expect([written(el), el.jsonLd.problems]).to.deep.equal([{ name: 'written' }, []]);
  });
});
