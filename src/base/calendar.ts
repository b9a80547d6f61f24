import { errorText } from '../data/validate.js';

/** The iCalendar writer as {@link offerICalendar} hands it over. */
export type ICalendarWriter = Omit<typeof import('./calendar-writer.js'), 'downloadICalendar'>;

/** An `.ics` text and the name to offer it under (sanitised when saved). */
export interface ICalendarFile {
  ics: string;
  filename: string;
}

/**
 * Loads the iCalendar writer on first use, lets `write` make a file with it and offers that file as
 * a download. Resolves once the file is offered (or `write` returned `null`: nothing to offer).
 * Never rejects: when the writer cannot be loaded (a CDN chunk that did not arrive) or fails, the
 * button does nothing and one warning names the element and the reason.
 */
export async function offerICalendar(tag: string, write: (writer: ICalendarWriter) => ICalendarFile | null): Promise<void> {
  try {
    const writer = await import('./calendar-writer.js');
    const file = write(writer);
    if (file) writer.downloadICalendar(file.ics, file.filename);
  } catch (error) {
    console.warn(`<${tag}>: the calendar file could not be made (${errorText(error)})`);
  }
}
