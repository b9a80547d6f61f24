import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The longest delay `setTimeout` keeps (about 24.8 days); a later change is looked at again then. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * The real clock of an event list: it looks at the clock again only when the list changes (an
 * event starts, or ends and moves to the past), with one timer, stopped while the list is out of
 * the page and looked at again when it comes back.
 */
export class ListClock implements ReactiveController {
  private time = Date.now();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The time the clock was last looked at (ms since the epoch). */
  get now(): number {
    return this.time;
  }

  hostConnected(): void {
    // Back in the page (or first in it): look at the clock again; the host's update sets the timer.
    this.time = Date.now();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** After each update: looks at the clock again at `next` (ms since the epoch), or never for `null`. */
  watch(next: number | null): void {
    this.stop();
    if (next === null || !this.host.isConnected) return;
    const delay = next - Date.now();
    const capped = delay > MAX_DELAY;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        // A timer may fire a little early: at the change, the list must already show it.
        this.time = capped ? Date.now() : Math.max(Date.now(), next);
        this.host.requestUpdate();
      },
      Math.max(0, Math.min(delay, MAX_DELAY)),
    );
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
