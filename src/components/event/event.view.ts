import { html, type TemplateResult } from 'lit';
import type { DataProblem, EventDocument } from '../../data/types.js';
import { errorText } from '../../data/validate.js';
import { readEventData, type ReadResult } from '../../base/load.js';

/** The inline `<script type="application/json">` could not be read as JSON. */
export interface InlineFailure {
  ok: false;
  failure: 'inline-json';
}

/** The result of reading the text of an inline document. */
export type InlineResult =
  | { document: EventDocument | null; problems: DataProblem[]; failure?: undefined }
  | { document: null; problems: DataProblem[]; failure: InlineFailure };

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

/** A section heading of a level chosen at run time, by a static switch (never a tag built from data). */
export function sectionHeading(level: number, id: string, text: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part="section-heading" class="section-heading" id=${id}>${text}</h1>`;
    case 2:
      return html`<h2 part="section-heading" class="section-heading" id=${id}>${text}</h2>`;
    case 3:
      return html`<h3 part="section-heading" class="section-heading" id=${id}>${text}</h3>`;
    case 4:
      return html`<h4 part="section-heading" class="section-heading" id=${id}>${text}</h4>`;
    case 5:
      return html`<h5 part="section-heading" class="section-heading" id=${id}>${text}</h5>`;
    default:
      return html`<h6 part="section-heading" class="section-heading" id=${id}>${text}</h6>`;
  }
}
