import { loadFailureText, type EventLoadFailure } from '../../data/event-load.js';
import type { DataProblem, EventDocument } from '../../data/types.js';
import { errorText } from '../../data/validate.js';
import { readEventData, type ReadResult } from '../../base/load.js';
import { commonStrings } from '../../i18n/common.js';
import { eventPageStrings } from '../../i18n/event-page.js';

/** The inline `<script type="application/json">` could not be read as JSON. */
export interface InlineFailure {
  ok: false;
  failure: 'inline-json';
}

/** The result of reading the text of an inline document. */
export type InlineResult =
  { document: EventDocument | null; problems: DataProblem[]; failure?: undefined } | { document: null; problems: DataProblem[]; failure: InlineFailure };

/**
 * Reads the text of a child `<script type="application/json">`: `JSON.parse` only (the text is
 * data, never run), then the same validation (or frab / pretalx conversion, asynchronous because
 * its converter loads on first use) as `data` and `src`.
 */
export function readInlineDocument(text: string): InlineResult | Promise<ReadResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      document: null,
      problems: [{ path: 'script', message: `the <script type="application/json"> is not valid JSON (${errorText(error)})` }],
      failure: { ok: false, failure: 'inline-json' },
    };
  }
  return readEventData(json);
}

/** What the reader is told when the document could not be loaded from `src` or read (from the inline script as well). */
export function failureText(failure: EventLoadFailure, lang: string): string {
  return failure.failure === 'inline-json' ? commonStrings(lang).loadError(eventPageStrings(lang).inlineNotJson) : loadFailureText(failure, lang);
}
