/**
 * Gate: lifecycle. Each element is mounted and removed 500 times (with the Varna demo and the
 * summit, the clock running); afterwards no timer, interval, animation frame, observer or
 * window/document listener that the library started may remain, and no element is left behind.
 *
 * The browser APIs are wrapped before the first mount; only calls made from the library's own
 * code (a stack frame in /src/) are counted, so the test runner's timers do not interfere.
 */
import { expect } from '@open-wc/testing';
import { downloadFile } from '../../src/export/download.js';
import { GATED_ELEMENTS, type ElementGate } from './elements.js';
import { generateEvent } from '../../stories/data/index.js';
import { deepElements, mount, quietly, since, watchErrors, type ElementInput } from './harness.js';

const CYCLES = 500;

interface Leak {
  kind: string;
  where: string;
}

/** Wraps timers, frames, observers and window/document listeners; `outstanding()` lists what is still live. */
function instrument(): { outstanding(): Leak[]; restore(): void } {
  const fromLibrary = (): string | null => {
    const stack = new Error().stack ?? '';
    const frame = stack.split('\n').find((line) => line.includes('/src/'));
    return frame ? frame.trim().replace(/^at /, '') : null;
  };
  const live = new Map<unknown, Leak>();
  const restorers: (() => void)[] = [];
  const patch = <T extends object, K extends keyof T>(target: T, key: K, replacement: T[K]): void => {
    const had = Object.prototype.hasOwnProperty.call(target, key);
    const original = target[key];
    target[key] = replacement;
    restorers.push(() => {
      if (had) target[key] = original;
      else delete target[key];
    });
  };

  // Timers: live from creation until they fire (timeouts) or are cleared.
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci, requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
  patch(window, 'setTimeout', ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const where = fromLibrary();
    let id = 0;
    const run =
      typeof handler === 'function'
        ? (...a: unknown[]) => {
            live.delete(`t${id}`);
            (handler as (...x: unknown[]) => void)(...a);
          }
        : handler;
    id = st(run, delay, ...args);
    if (where) live.set(`t${id}`, { kind: `setTimeout(${delay ?? 0} ms)`, where });
    return id;
  }) as typeof setTimeout);
  patch(window, 'clearTimeout', ((id?: number) => {
    live.delete(`t${id}`);
    ct(id);
  }) as typeof clearTimeout);
  patch(window, 'setInterval', ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const where = fromLibrary();
    const id = si(handler, delay, ...args);
    if (where) live.set(`i${id}`, { kind: `setInterval(${delay ?? 0} ms)`, where });
    return id;
  }) as typeof setInterval);
  patch(window, 'clearInterval', ((id?: number) => {
    live.delete(`i${id}`);
    ci(id);
  }) as typeof clearInterval);
  patch(window, 'requestAnimationFrame', (callback: FrameRequestCallback) => {
    const where = fromLibrary();
    let id = 0;
    id = raf((t) => {
      live.delete(`r${id}`);
      callback(t);
    });
    if (where) live.set(`r${id}`, { kind: 'requestAnimationFrame', where });
    return id;
  });
  patch(window, 'cancelAnimationFrame', (id: number) => {
    live.delete(`r${id}`);
    caf(id);
  });

  // Observers: live while observing at least one target.
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    const Original = window[name] as unknown as new (...args: unknown[]) => MutationObserver & ResizeObserver & IntersectionObserver;
    const Wrapped = class extends Original {
      #where: string | null;
      constructor(...args: unknown[]) {
        super(...args);
        this.#where = fromLibrary();
      }
      override observe(target: Element | Node, options?: object): void {
        if (this.#where) live.set(this, { kind: `${name}.observe`, where: this.#where });
        (super.observe as (t: unknown, o?: unknown) => void)(target, options);
      }
      override disconnect(): void {
        live.delete(this);
        super.disconnect();
      }
    };
    patch(window, name, Wrapped as unknown as (typeof window)[typeof name]);
  }

  // Listeners on window and document: live until removed with the same type, callback and capture.
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    const label = target === window ? 'window' : 'document';
    const key = (type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
      JSON.stringify([label, type, typeof options === 'boolean' ? options : Boolean(options?.capture)]) +
      String(listenerIds.get(listener as object) ?? assign(listener as object));
    patch(target, 'addEventListener', (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) => {
      const where = fromLibrary();
      if (where && listener) {
        const k = key(type, listener, options);
        if (typeof options === 'object' && options.once) {
          // A once-listener is gone after its event; count it until then.
          live.set(k, { kind: `${label}.addEventListener('${type}', once)`, where });
          const wrapped = (event: Event) => {
            live.delete(k);
            if (typeof listener === 'function') listener.call(target, event);
            else listener.handleEvent(event);
          };
          onceWrappers.set(k, wrapped);
          add(type, wrapped, options);
          return;
        }
        live.set(k, { kind: `${label}.addEventListener('${type}')`, where });
      }
      add(type, listener, options);
    });
    patch(target, 'removeEventListener', (type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) => {
      if (listener) {
        const k = key(type, listener, options);
        live.delete(k);
        const wrapped = onceWrappers.get(k);
        if (wrapped) {
          onceWrappers.delete(k);
          remove(type, wrapped, options);
        }
      }
      remove(type, listener, options);
    });
  }

  return {
    outstanding: () => [...live.values()],
    restore: () => restorers.reverse().forEach((r) => r()),
  };
}

const listenerIds = new WeakMap<object, number>();
const onceWrappers = new Map<string, (event: Event) => void>();
let nextListenerId = 1;
function assign(listener: object): number {
  const id = nextListenerId++;
  listenerIds.set(listener, id);
  return id;
}

/** Counts elements of the library anywhere in the document, shadow roots included. */
function clusterElementsInDocument(): number {
  return Array.from(deepElements(document)).filter((el) => el.localName.startsWith('cluster-')).length;
}

/**
 * Inputs cycled through: the demo, each variant (summit, Bulgarian, states...), the variants with
 * the clock running (no `now`), and a programme starting tomorrow, so clock timers are armed.
 */
function inputsOf(gate: ElementGate): ElementInput[] {
  const variants = Object.values(gate.variants());
  const running = variants
    .filter((v) => v.attrs?.['now'] !== undefined)
    .map((v) => ({ ...v, attrs: Object.fromEntries(Object.entries(v.attrs!).filter(([k]) => k !== 'now')) }));
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const upcoming = generateEvent({ sessions: 8, days: 1, tracks: 2, startDate: tomorrow });
  const live = gate.fromDocument(upcoming).map((v) => ({ ...v, attrs: Object.fromEntries(Object.entries(v.attrs ?? {}).filter(([k]) => k !== 'now')) }));
  return [gate.demo(), ...variants, ...running, ...live];
}

const figures: string[] = [];

describe('gate: lifecycle (mount and remove 500 times)', function () {
  this.timeout(120_000);

  after(() => console.log(`[gate] lifecycle:\n  ${figures.join('\n  ')}`));

  it('the instrumentation counts what the library starts, and only that (control)', async () => {
    const stopDownload = (event: Event) => {
      if (event.target instanceof HTMLAnchorElement && event.target.hasAttribute('download')) event.preventDefault();
    };
    document.addEventListener('click', stopDownload, true);
    const probe = instrument();
    try {
      const own = setTimeout(() => undefined, 60_000);
      expect(probe.outstanding(), "the test's own timer is not counted").to.deep.equal([]);
      clearTimeout(own);
      // downloadFile revokes its object URL from a zero-delay timer: live now, gone after it ran.
      downloadFile('x', 'control', 'text/plain', '.txt');
      expect(probe.outstanding().map((l) => l.kind)).to.deep.equal(['setTimeout(0 ms)']);
      expect(probe.outstanding()[0]!.where).to.contain('/src/export/download.ts');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(probe.outstanding()).to.deep.equal([]);
    } finally {
      probe.restore();
      document.removeEventListener('click', stopDownload, true);
    }
  });

  for (const gate of GATED_ELEMENTS) {
    it(`<${gate.tag}> leaves no timers, observers, listeners or elements behind`, async () => {
      await gate.load();
      const inputs = inputsOf(gate);
      const before = clusterElementsInDocument();
      const probe = instrument();
      const watch = watchErrors();
      const start = performance.now();
      let maxLive = 0;
      const kinds = new Set<string>();
      try {
        await quietly(async () => {
          for (let i = 0; i < CYCLES; i++) {
            const mounted = await mount(gate.tag, inputs[i % inputs.length]!);
            const live = probe.outstanding();
            maxLive = Math.max(maxLive, live.length);
            for (const l of live) kinds.add(l.kind.replace(/\(\d+ ms\)/, ''));
            mounted.remove();
          }
        });
        // Let zero-delay timers (object URL revocation and the like) run.
        await new Promise((resolve) => setTimeout(resolve, 50));
        const leaks = probe.outstanding();
        const grouped = [...new Set(leaks.map((l) => `${l.kind} from ${l.where}`))];
        expect(grouped, `still live after ${CYCLES} mounts and removals (${leaks.length} in all)`).to.deep.equal([]);
        expect(clusterElementsInDocument(), 'elements left in the document').to.equal(before);
        expect(maxLive, 'the instrumentation saw nothing while mounted (is it wired?)').to.be.greaterThan(0);
      } finally {
        probe.restore();
        expect(watch.stop(), 'errors while mounting').to.deep.equal([]);
      }
      figures.push(
        `<${gate.tag}>: ${CYCLES} cycles (${inputs.length} inputs) in ${since(start)} ms; while mounted up to ${maxLive} live: ${[...kinds].sort().join(', ')}`,
      );
    });
  }
});
