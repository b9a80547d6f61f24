import type { TextFormat } from '../data/types.js';
import { errorText } from '../data/validate.js';
import type { CalendarWriters } from './calendar-writer.js';

let warmed = false;

/**
 * Listener for an element's host (`pointerover`, `focusin`): when the pointer or the focus reaches
 * a calendar button (one with `data-calendar`), starts loading the iCalendar writer, so it is there
 * when the reader clicks and the download follows the click at once (browsers may refuse a
 * download that comes long after the click). Loads once; a failed load is tried again next time.
 */
export function warmICalendar(event: Event): void {
  if (warmed) return;
  for (const node of event.composedPath()) {
    if (node instanceof HTMLElement && node.dataset['calendar'] !== undefined) {
      warmed = true;
      import('./calendar-writer.js').catch(() => (warmed = false));
      return;
    }
    if (node === event.currentTarget) return;
  }
}

/** The iCalendar writer as {@link offerICalendar} hands it over. */
export type ICalendarWriter = Pick<CalendarWriters, 'icsForDeadline' | 'icsForEvent' | 'toICalendar'>;

/** An `.ics` text and the name to offer it under (sanitised when saved). */
export interface ICalendarFile {
  ics: string;
  filename: string;
}

/**
 * Loads the iCalendar writer on first use (with the Markdown parser when `textFormat`, that of the
 * document or call the file is made from, is `markdown`), lets `write` make a file with it and
 * offers that file as a download. Resolves once the file is offered (or `write` returned `null`:
 * nothing to offer). Never rejects: when the writer cannot be loaded (a CDN chunk that did not
 * arrive) or fails, the button does nothing and one warning names the element and the reason.
 */
export async function offerICalendar(tag: string, textFormat: TextFormat | undefined, write: (writer: ICalendarWriter) => ICalendarFile | null): Promise<void> {
  try {
    await (await import('./calendar-writer.js')).offerFile(textFormat, write);
  } catch (error) {
    console.warn(`<${tag}>: the calendar file could not be made (${errorText(error)})`);
  }
}
