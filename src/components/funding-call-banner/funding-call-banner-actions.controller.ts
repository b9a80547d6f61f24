/**
 * What `<cluster-funding-call-banner>` does only when the reader asks, loaded on the first press
 * of a calendar or dismiss button (a chunk of its own in the CDN builds): the calendar menu of a
 * deadline (its `.ics` file, Google Calendar, Outlook.com) and where focus goes when a dismissal
 * hides the banner. The buttons are rendered from the start; a press made before this module
 * arrived takes effect once it has.
 */
import type { ReactiveControllerHost } from 'lit';
import { CalendarMenu } from '../../base/calendar-menu.js';
import { offerICalendar } from '../../base/calendar.js';
import type { DeadlineView } from '../../data/funding-call-view.js';
import type { FundingCall, TextFormat } from '../../data/types.js';
import { commonStrings } from '../../i18n/common.js';
import { deadlineCalendar, deadlineLinks } from './funding-call-banner-calendar.view.js';

export { handOnFocus } from './funding-call-banner-focus.controller.js';

/** The call as the banner shows it when a calendar button is pressed or the file chosen. */
export interface CalendarContext {
  call: FundingCall;
  lang: string;
  textFormat: TextFormat;
  /** The instant the file is written at (the pinned clock, else now). */
  now: Date;
  /** The word that ends the file's name, in the banner's language ("deadline"). */
  fileWord: string;
}

/** The key of a deadline's calendar menu: its instant and label (the view is made again on each tick). */
const deadlineKey = (deadline: DeadlineView): string => `${deadline.at}\u0000${deadline.label}`;

/** The banner's one calendar menu: the deadline's `.ics` file, Google Calendar, Outlook.com. */
export class BannerCalendar {
  private readonly menu: CalendarMenu;
  private deadline: DeadlineView | null = null;

  /**
   * @param context The call as shown now (`null`: none).
   * @param track Makes the host's `updateComplete` wait for work started outside its update.
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly context: () => CalendarContext | null,
    track: (work: Promise<unknown>) => void,
  ) {
    this.menu = new CalendarMenu(host, 'calendar-menu', () => {
      const c = this.context();
      if (c && this.deadline)
        track(offerICalendar(host.localName, c.textFormat, deadlineCalendar(c.call, this.deadline, c.lang, c.now, document.baseURI, c.textFormat, c.fileWord)));
    });
  }

  /** Whether the menu is open for `deadline`. */
  isOpen(deadline: DeadlineView): boolean {
    return this.menu.isOpen(deadlineKey(deadline));
  }

  /** Opens (or closes) the menu of `deadline` under `trigger`. */
  toggle(deadline: DeadlineView, trigger: HTMLElement): Promise<void> | undefined {
    const c = this.context();
    if (!c) return;
    this.deadline = deadline;
    return this.menu.toggle({
      key: deadlineKey(deadline),
      trigger,
      // The button's name: "Add to calendar: Stage 2, <title>" or "Add deadline to calendar: <title>".
      label: trigger.querySelector('.visually-hidden')?.textContent?.replace(/\s+/g, ' ').trim() || commonStrings(c.lang).addToCalendar,
      lang: c.lang,
      textFormat: c.textFormat,
      links: deadlineLinks(c.call, deadline, c.lang, document.baseURI, c.textFormat),
    });
  }

  /** The menu where the banner renders it: its panel while open, else nothing. */
  render(): ReturnType<CalendarMenu['render']> {
    return this.menu.render();
  }
}
