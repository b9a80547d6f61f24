/**
 * Loading an element's `src`, shared by `<cluster-agenda>` and `<cluster-event>`: fetch, read
 * JSON, tell an event document from a frab / pretalx `schedule.json` by its shape, and validate.
 * Framework-free; never throws except for an abort, which the caller ignores because a newer
 * `src` replaced this one.
 */
import { rememberingResults } from '../data/walk-memo.js';
import { EVENT_DOCUMENT } from '../data/entities-document.js';
import { parseEventDocument } from '../data/parse.js';
import type { DataProblem, EventDocument } from '../data/types.js';
import { safeUrl } from '../data/url.js';
import { errorText, quote } from '../data/validate.js';
import { isFrabSchedule } from '../export/frab-shape.js';
import { loadProblemsReport } from './problems-loader.js';

/**
 * Why a `src` could not be shown. `unsafe`: not an http(s) or relative URL, so never fetched;
 * `not-a-document`: JSON of another kind, neither an event document nor a schedule.
 */
export const LOAD_FAILURES = ['unsafe', 'network', 'http', 'json', 'not-a-document', 'invalid'] as const;
export type LoadFailure = (typeof LOAD_FAILURES)[number];

export type LoadResult =
  { ok: true; document: EventDocument; problems: DataProblem[] } | { ok: false; failure: LoadFailure; status?: number; problems: DataProblem[] };

/** A validated (or converted) document, `null` when nothing usable was found, and every problem. */
export interface ReadResult {
  document: EventDocument | null;
  problems: DataProblem[];
}

let converter: ((input: unknown) => ReadResult) | undefined;

/** The top-level fields of an event document. */
const DOCUMENT_FIELDS = Object.keys(EVENT_DOCUMENT.fields);

/** What is said of JSON of another kind (a JSON Schema, a settings file), after its path. */
const NOT_A_DOCUMENT = 'is neither an event document (it has no "event") nor a frab / pretalx schedule';

/**
 * True for an object with none of an event document's fields that is not a schedule either: a
 * file of another kind, which one problem describes better than a field-by-field validation
 * ("lang: is missing", "event: is required but missing").
 */
function isOtherKindOfObject(input: unknown): boolean {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  try {
    return !isFrabSchedule(input) && !DOCUMENT_FIELDS.some((key) => Object.prototype.hasOwnProperty.call(input, key));
  } catch {
    return false; // An exotic object (a throwing proxy): the full parse reports it.
  }
}

/**
 * Loads the frab / pretalx schedule converter now, so that schedules read afterwards convert at once.
 * Elements load it by themselves when a schedule arrives, showing their loading state meanwhile.
 * Call it first where that cannot wait: on the server before rendering an element with a schedule
 * (server rendering does not wait for modules), and in the browser before hydrating one.
 */
export async function preloadScheduleConverter(): Promise<void> {
  converter ??= (await import('../export/frab.js')).fromFrabSchedule;
}

/**
 * Validates an event document, or converts a frab / pretalx schedule (detected by its shape). The
 * converter is loaded on first use, since most pages never see a schedule: until it is loaded, the
 * result for a schedule is a promise, which never rejects (a converter that cannot be loaded is
 * reported as a problem). See {@link preloadScheduleConverter}.
 */
export function readEventData(input: unknown): ReadResult | Promise<ReadResult> {
  if (isOtherKindOfObject(input)) return { document: null, problems: [{ path: 'document', message: NOT_A_DOCUMENT }] };
  // Elements only read the result: unchanged sessions and people keep their checked objects.
  if (!isFrabSchedule(input)) return rememberingResults(() => parseEventDocument(input));
  return converter ? converter(input) : convertSchedule(input);
}

async function convertSchedule(input: unknown): Promise<ReadResult> {
  try {
    await preloadScheduleConverter();
    return converter!(input);
  } catch (error) {
    return { document: null, problems: [{ path: 'schedule', message: `the schedule could not be converted (${errorText(error)})` }] };
  }
}

/**
 * `url` when a `src` may fetch it: the safe-link rule (safeUrl) without `mailto:` and `tel:`, which
 * name no file, so http(s) and relative URLs; plus `blob:` URLs, which only name a file the page
 * made itself (`URL.createObjectURL`; fetch refuses another origin's). Else `undefined`.
 */
export function safeSourceUrl(url: string): string | undefined {
  const trimmed = url.trim();
  // eslint-disable-next-line no-control-regex -- refuses blob: URLs that hold a control character
  if (/^blob:/i.test(trimmed) && !/[\u0000-\u001f\u007f]/.test(trimmed)) return trimmed;
  const safe = safeUrl(url);
  return safe === undefined || /^(mailto|tel):/i.test(safe) ? undefined : safe;
}

/** The JSON of a fetched file, or why there is none (problems at the path `src`). */
export type JsonLoadResult =
  { ok: true; json: unknown } | { ok: false; failure: Exclude<LoadFailure, 'not-a-document' | 'invalid'>; status?: number; problems: DataProblem[] };

/**
 * Fetches `url` and reads it as JSON, with the safety rules of every `src`: a URL that is not
 * http(s), relative or `blob:` (`javascript:`, `data:`, ...) is refused before any request.
 * Problems carry the path `src`. Never throws except for an abort.
 */
export async function fetchJson(url: string, signal: AbortSignal): Promise<JsonLoadResult> {
  const safe = safeSourceUrl(url);
  if (safe === undefined) {
    return {
      ok: false,
      failure: 'unsafe',
      problems: [{ path: 'src', message: `${quote(url)} is not a safe link (only http, https, relative or blob: addresses are loaded)` }],
    };
  }
  let response: Response;
  try {
    response = await fetch(safe, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, failure: 'network', problems: [{ path: 'src', message: `"${url}" could not be loaded (network error)` }] };
  }
  if (!response.ok) {
    return {
      ok: false,
      failure: 'http',
      status: response.status,
      problems: [{ path: 'src', message: `"${url}" could not be loaded (HTTP ${response.status})` }],
    };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw error;
    return { ok: false, failure: 'network', problems: [{ path: 'src', message: `"${url}" could not be loaded (network error)` }] };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    // Where the text stops being JSON, found by a reader loaded only now (engines word their
    // errors differently, one gives no position); the engine's words if it cannot be loaded.
    const where = await loadProblemsReport().then(
      (m) => m.jsonSyntaxErrorText(text),
      () => null,
    );
    return {
      ok: false,
      failure: 'json',
      problems: [{ path: 'src', message: `"${url}" is not valid JSON ${where ? `at ${where}` : `(${errorText(error)})`}` }],
    };
  }
}

/**
 * Fetches `url` and reads it as an event document or a schedule. Problems carry the path `src`
 * for transport failures, so an editor sees which attribute to fix. A URL that is not http(s) or
 * relative (`javascript:`, `data:`, ...) is refused before any request.
 */
export async function loadEventSource(url: string, signal: AbortSignal): Promise<LoadResult> {
  const loaded = await fetchJson(url, signal);
  if (!loaded.ok) return loaded;
  const json = loaded.json;
  if (isOtherKindOfObject(json)) return { ok: false, failure: 'not-a-document', problems: [{ path: 'src', message: `${quote(url)} ${NOT_A_DOCUMENT}` }] };
  const { document, problems } = await readEventData(json);
  return document ? { ok: true, document, problems } : { ok: false, failure: 'invalid', problems };
}

/**
 * Loads one `src` at a time: starting a load aborts the one in flight, whose late answer is then
 * never delivered. Used by `<cluster-agenda>` and `<cluster-event>`.
 *
 * Why not `@lit/task`: it would do the same (abort, latest wins) and add a runtime dependency of
 * about 1 kB gzip to a bundle that is already over its size goal, while the elements need none of
 * its extra states: a load's result becomes the element's `loaded` state, rendered like `data`.
 */
export class SourceLoader {
  private controller: AbortController | null = null;

  constructor(private readonly deliver: (result: LoadResult) => void) {}

  /** True while a load is in flight. */
  get busy(): boolean {
    return this.controller !== null;
  }

  load(url: string): void {
    this.abort();
    const controller = new AbortController();
    this.controller = controller;
    loadEventSource(url, controller.signal).then(
      (result) => {
        if (this.controller !== controller) return;
        this.controller = null;
        this.deliver(result);
      },
      () => undefined, // Aborted: a newer src (or disconnection) replaced this load.
    );
  }

  abort(): void {
    this.controller?.abort();
    this.controller = null;
  }
}
