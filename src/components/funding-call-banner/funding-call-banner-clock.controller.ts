import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announcement, refreshDelay, type CallView } from '../../data/funding-call-view.js';
import { callStatus } from '../../data/status.js';
import type { FundingCall } from '../../data/types.js';
import type { CallStatusChangeDetail } from './funding-call-banner.js';

/** The call the banner shows, as the clock needs it. */
interface Watched {
  call: FundingCall | null;
  view: CallView | null;
  lang: string;
}

/**
 * The real clock of a funding-call banner. It looks at the clock again only when something shown
 * can change (the status, or the number of the countdown: see `refreshDelay`), with one timer,
 * stopped while the banner is out of the page. When the status changes while the call is shown,
 * it keeps one sentence for the live region and one change for the host to report.
 */
export class CallClock implements ReactiveController {
  private time = Date.now();
  /** The sentence announcing the last status change ('' when none; the host clears it when another call is shown). */
  announcement = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private change: CallStatusChangeDetail | null = null;
  private watched: Watched = { call: null, view: null, lang: '' };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The time the clock was last looked at. */
  get now(): Date {
    return new Date(this.time);
  }

  hostConnected(): void {
    // Back in the page: look at the clock again; the host's update restarts the timer.
    this.time = Date.now();
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Looks at the clock now (it was pinned and runs again). */
  resume(): void {
    this.time = Date.now();
  }

  /** The status change to report, once. */
  takeChange(): CallStatusChangeDetail | null {
    const change = this.change;
    this.change = null;
    return change;
  }

  /**
   * After each update: schedules the next look at the clock for `call` as `view` shows it in `lang`,
   * or none when `call` is null (the clock is pinned, nothing is shown, the banner was dismissed).
   */
  watch(call: FundingCall | null, view: CallView | null, lang: string): void {
    this.stop();
    this.watched = { call, view, lang };
    if (!this.host.isConnected || !call) return;
    const delay = refreshDelay(call, new Date());
    if (delay !== null) this.timer = setTimeout(this.tick, delay);
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly tick = (): void => {
    this.timer = undefined;
    const { call, view, lang } = this.watched;
    const previous = view?.status;
    this.time = Date.now();
    this.host.requestUpdate();
    if (!call || !previous) return;
    const status = callStatus(call, new Date(this.time));
    if (status === previous) return;
    // A real-world change while displayed: announce it once, then tell the page.
    this.announcement = announcement(status, view?.title ?? '', lang);
    this.change = { status, previousStatus: previous, callId: call.id };
  };
}
