/**
 * Fake timers for the library's own code: while installed, a `setTimeout` or `setInterval` called
 * directly from a module under `/src/` (the caller's frame on the stack, which every engine names
 * by its URL) is kept on a fake clock that only {@link FakeTimers.tick} moves. Every other caller (the
 * test runner, axe, `waitUntil`, Lit) keeps the real timers, so a test can type, wait for renders
 * and check accessibility as usual, and jump over a 300 ms pause without waiting for it.
 *
 * With `{ date: true }` the library's clock is fake too: `Date.now()` and `new Date()` called from
 * `/src/` read the fake clock (the real time when it was installed, plus what {@link FakeTimers.tick}
 * moved), so an element whose real clock runs (no `now` attribute) sees a deadline pass without the
 * test waiting for it. Everyone else keeps the real `Date`.
 *
 * ```ts
 * const clock = fakeTimers();
 * try { type…; clock.tick(300); await el.updateComplete; } finally { clock.restore(); }
 * ```
 */
export interface FakeTimers {
  /** Moves the fake clock on by `ms`, running the library's timers that fall due, in order. */
  tick(ms: number): void;
  /** How many of the library's timers are waiting. */
  readonly pending: number;
  /** The library's time, ms since the epoch (with `{ date: true }`; otherwise the real time). */
  readonly time: number;
  /** Puts the real timer functions back (the timers still waiting are dropped). */
  restore(): void;
}

interface Timer {
  due: number;
  every: number | null;
  run: () => void;
}

type Start = (handler: TimerHandler, delay?: number, ...args: unknown[]) => number;
type Stop = (id?: number) => void;

export function fakeTimers({ date = false }: { date?: boolean } = {}): FakeTimers {
  const w = window as unknown as { setTimeout: Start; clearTimeout: Stop; setInterval: Start; clearInterval: Stop; Date: DateConstructor };
  const real = { setTimeout: w.setTimeout, clearTimeout: w.clearTimeout, setInterval: w.setInterval, clearInterval: w.clearInterval, Date: w.Date };
  const RealDate = real.Date;
  const startedAt = RealDate.now();
  const timers = new Map<number, Timer>();
  // Ids far above the browser's, so clearTimeout can tell a fake timer from a real one.
  let nextId = 1_000_000_000;
  let now = 0;
  // The caller is the first frame outside this file (Chromium starts the stack with "Error").
  const fromLibrary = (): boolean => {
    const caller = (new Error().stack ?? '').split('\n').find((line) => line.includes('/') && !line.includes('/helpers/timers.'));
    return caller !== undefined && caller.includes('/src/') && !caller.includes('/node_modules/');
  };
  const start =
    (repeat: boolean, realStart: Start): Start =>
    (handler, delay = 0, ...args) => {
      if (!fromLibrary()) return realStart.call(window, handler, delay, ...args);
      const ms = Math.max(0, Number(delay) || 0);
      const run = typeof handler === 'function' ? () => (handler as (...a: unknown[]) => void)(...args) : () => undefined;
      const id = nextId++;
      timers.set(id, { due: now + ms, every: repeat ? Math.max(1, ms) : null, run });
      return id;
    };
  const stop =
    (realStop: Stop): Stop =>
    (id) => {
      if (id !== undefined && timers.delete(id)) return;
      realStop.call(window, id);
    };
  if (date) {
    // A Date whose clock is the fake one for the library's `Date.now()` and `new Date()`; every
    // Date (made before or after, by anyone) still passes `instanceof Date`.
    class FakeDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0 && fromLibrary()) super(startedAt + now);
        else super(...(args as [string | number | Date]));
      }
      static override now(): number {
        return fromLibrary() ? startedAt + now : RealDate.now();
      }
      static override [Symbol.hasInstance](value: unknown): boolean {
        return value instanceof RealDate;
      }
    }
    w.Date = FakeDate as DateConstructor;
  }
  w.setTimeout = start(false, real.setTimeout);
  w.setInterval = start(true, real.setInterval);
  w.clearTimeout = stop(real.clearTimeout);
  w.clearInterval = stop(real.clearInterval);

  return {
    tick(ms: number): void {
      const end = now + ms;
      for (;;) {
        let next: [number, Timer] | undefined;
        for (const entry of timers) if (entry[1].due <= end && (!next || entry[1].due < next[1].due)) next = entry;
        if (!next) break;
        const [id, timer] = next;
        now = timer.due;
        if (timer.every === null) timers.delete(id);
        else timer.due += timer.every;
        timer.run();
      }
      now = end;
    },
    get pending(): number {
      return timers.size;
    },
    get time(): number {
      return date ? startedAt + now : RealDate.now();
    },
    restore(): void {
      timers.clear();
      Object.assign(window, real);
    },
  };
}
