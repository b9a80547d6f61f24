/**
 * Loading an element's `src`, shared by `<cluster-agenda>` and `<cluster-event>`: fetch, read
 * JSON, tell an event document from a frab / pretalx `schedule.json` by its shape, and validate.
 * Framework-free; never throws except for an abort, which the caller ignores because a newer
 * `src` replaced this one.
 */
import { parseEventDocument } from '../data/parse.js';
import type { DataProblem, EventDocument } from '../data/types.js';
import { errorText } from '../data/validate.js';
import { isFrabSchedule } from '../export/frab-shape.js';

/** Why a `src` could not be shown. */
export const LOAD_FAILURES = ['network', 'http', 'json', 'invalid'] as const;
export type LoadFailure = (typeof LOAD_FAILURES)[number];

export type LoadResult =
  | { ok: true; document: EventDocument; problems: DataProblem[] }
  | { ok: false; failure: LoadFailure; status?: number; problems: DataProblem[] };

/** A validated (or converted) document, `null` when nothing usable was found, and every problem. */
export interface ReadResult {
  document: EventDocument | null;
  problems: DataProblem[];
}

let converter: ((input: unknown) => ReadResult) | undefined;

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
  if (!isFrabSchedule(input)) return parseEventDocument(input);
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
 * Fetches `url` and reads it as an event document or a schedule. Problems carry the path `src`
 * for transport failures, so an editor sees which attribute to fix.
 */
export async function loadEventSource(url: string, signal: AbortSignal): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' } });
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
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, failure: 'json', problems: [{ path: 'src', message: `"${url}" is not valid JSON` }] };
  }
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
