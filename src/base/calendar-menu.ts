import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { WebCalendarLinks } from '../export/web-calendars.js';
import type { TextFormat } from '../data/types.js';
import { errorText } from '../data/validate.js';
import { calendarMenuStrings } from '../i18n/calendar-menu.js';
import { commonStrings } from '../i18n/common.js';
import type { CalendarPanel } from './calendar-menu-panel.js';
import type { CalendarWriters } from './calendar-writer.js';

/** The writers as the menu gives them to {@link CalendarMenuRequest.links}: the web calendars' links. */
export type CalendarLinkWriter = Pick<CalendarWriters, 'webCalendarLinks' | 'deadlineWebCalendarLinks'>;

/** What an element shows in the menu it opens. */
export interface CalendarMenuRequest {
  /** What the menu is for (a session id, a deadline); the same key again closes the menu. */
  key: string;
  /** The disclosure button that opens it (`aria-expanded`, `aria-controls` = the menu's id). */
  trigger: HTMLElement;
  /** The trigger's accessible name, which names the menu too. */
  label: string;
  /** The element's language, for the items' names. */
  lang: string;
  /** How the prose the links are made from is written (the document's or call's `textFormat`): the Markdown parser loads only for `markdown`. */
  textFormat: TextFormat | undefined;
  /** Makes the web calendars' links once the writer has loaded (`null`: only the file is offered). */
  links(writer: CalendarLinkWriter): WebCalendarLinks | null;
}

interface Open {
  key: string;
  trigger: HTMLElement;
  panel: CalendarPanel;
}

/**
 * The "Add to calendar" menu of an element: a disclosure button opens a list of the `.ics` file,
 * Google Calendar and Outlook.com. One controller, and one menu, per element, whatever the number
 * of buttons: a track of a thousand sessions keeps one button per session and builds the menu only
 * when one is pressed, under that button.
 *
 * The element renders {@link render} where the menu belongs in its shadow root (inside a
 * positioned box: the menu is placed under its trigger), binds `aria-expanded` of each trigger to
 * {@link isOpen} and `aria-controls` to the menu's id, and calls {@link toggle} from the trigger's
 * click. The panel, its styles and its behaviour load with the calendar writer on first use (see
 * calendar-menu-panel.ts), so they cost nothing to a page whose readers never open one.
 */
export class CalendarMenu implements ReactiveController {
  private open: Open | null = null;
  private request = 0;
  /** The menu just opened: focus its first item once it is rendered. */
  private focusPending = false;

  /**
   * @param id The menu's id in the shadow root (the triggers' `aria-controls`).
   * @param onFile Called with the menu's key when the reader chooses the `.ics` file.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly id: string,
    private readonly onFile: (key: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close(false);
  }

  hostUpdated(): void {
    // Placed after every render while open: the layout around the trigger may have changed.
    const open = this.open;
    if (!open) return;
    // Its button went away with the render (a session filtered out, a state without the button).
    if (!open.trigger.isConnected) {
      // After this update (a change requested inside it would make another at once).
      queueMicrotask(() => {
        if (this.open === open) this.close(false);
      });
      return;
    }
    open.panel.place();
    if (this.focusPending) {
      this.focusPending = false;
      open.panel.focusFirst();
    }
  }

  /** The key the menu is open for, or `''` when it is closed. */
  get openKey(): string {
    return this.open?.key ?? '';
  }

  /** Whether the menu is open (for `key`, when given). */
  isOpen(key?: string): boolean {
    return this.open !== null && (key === undefined || this.open.key === key);
  }

  /**
   * Opens the menu for `request.key` under its trigger and moves focus to its first item, or closes
   * it when it is open for that key already. The writer loads on first use (a pointer over or focus
   * on a `data-calendar` button starts loading it earlier: warmICalendar). When it cannot load, the
   * menu does not open and one warning names the element and the reason.
   */
  async toggle(request: CalendarMenuRequest): Promise<void> {
    if (this.open?.key === request.key) {
      this.close(true);
      return;
    }
    const ticket = ++this.request;
    let writer: typeof import('./calendar-writer.js');
    let writers: CalendarWriters;
    try {
      writer = await import('./calendar-writer.js');
      writers = await writer.calendarWriters(request.textFormat);
    } catch (error) {
      console.warn(`<${this.host.localName}>: the calendar menu could not be loaded (${errorText(error)})`);
      return;
    }
    // A later press (or a disconnection) while the writer was loading wins.
    if (ticket !== this.request || !this.host.isConnected) return;
    let links: WebCalendarLinks | null = null;
    try {
      links = request.links(writers);
    } catch (error) {
      console.warn(`<${this.host.localName}>: the web calendar links could not be made (${errorText(error)})`);
    }
    this.close(false);
    const { key, trigger } = request;
    const panel = writer.calendarPanel(this.host.shadowRoot ?? this.host, {
      id: this.id,
      label: request.label,
      strings: { ...calendarMenuStrings(request.lang), opensInNewTab: commonStrings(request.lang).opensInNewTab },
      links,
      trigger,
      onFile: () => this.onFile(key),
      onClose: (returnFocus) => {
        if (this.open?.panel === panel) this.close(returnFocus);
      },
    });
    this.open = { key, trigger, panel };
    this.focusPending = true;
    this.host.requestUpdate();
  }

  /** Closes the menu (if open); `returnFocus` moves focus back to its trigger. */
  close(returnFocus: boolean): void {
    const open = this.open;
    if (!open) return;
    this.open = null;
    this.focusPending = false;
    open.panel.release();
    this.host.requestUpdate();
    if (returnFocus && open.trigger.isConnected) open.trigger.focus();
  }

  /** The menu where the element renders it: its panel while open, else nothing. */
  render(): HTMLElement | typeof nothing {
    return this.open?.panel.node ?? nothing;
  }
}
