/** How long typing or ticking must pause before a filtered list's count is announced. */
export const SETTLE_MS = 300;

/**
 * Runs `done` once the reader has paused: each {@link Pause.restart} puts it off by `ms` again, so
 * a live region speaks once per pause in typing instead of once per keystroke. The owner calls
 * {@link Pause.flush} when it is disconnected, so no timer outlives the element.
 */
export class Pause {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly done: () => void,
    private readonly ms = SETTLE_MS,
  ) {}

  /** Whether `done` is waiting for the pause. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** (Re)starts the wait. */
  restart(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.ms);
  }

  /** Runs `done` now if it is waiting. */
  flush(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.done();
  }
}
