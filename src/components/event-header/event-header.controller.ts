/**
 * The clock of `<cluster-event-header>`'s registration state: after each update the element tells
 * it when the state (or the days left until closing) changes next, and it renders the element again
 * then. One timer at most, none while the element is out of the page or its clock is pinned.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Longest wait of one timer (setTimeout's limit is 2^31 - 1 ms, about 24.8 days). */
const MAX_DELAY = 2 ** 31 - 1;

export class RegistrationClock implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;
  /** A timer was running when the host left the page: look at the clock again when it is back. */
  private resume = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    if (this.resume) this.host.requestUpdate();
    this.resume = false;
  }

  hostDisconnected(): void {
    this.connected = false;
    this.resume = this.timer !== undefined;
    this.stop();
  }

  /** Renders the host again at `at` (a few milliseconds after, so the new state is seen); none when `undefined`. */
  watch(at: Date | undefined): void {
    this.stop();
    if (!at || !this.connected) return;
    const delay = Math.min(Math.max(at.getTime() - Date.now() + 5, 0), MAX_DELAY);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.host.requestUpdate();
    }, delay);
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
