/**
 * Reading the events of `<cluster-event-list>` ({@link EventIndexController}): an index (the `data` list, or the JSON a `src`
 * names) whose entries are event documents or their URLs. Every document goes through the same
 * reader as `<cluster-event>`'s (validation, or conversion of a frab / pretalx schedule), every
 * URL through the same loader and safety rules as a `src`. An entry that fails is reported at its
 * position (`[2]`, `[2].event.start`) and left out; the others are shown.
 */
import { fetchJson, loadEventSource, readEventData, safeSourceUrl, type LoadFailure, type ReadResult } from '../../base/load.js';
import { entryProblems, readEventIndex, type EventIndex, type EventIndexEntry } from '../../data/event-list-view.js';
import type { PropertyValues, ReactiveController, ReactiveElement } from 'lit';
import type { DataProblem, EventDocument } from '../../data/types.js';

/** The events read from an index, or why there are none. */
export interface ListRead {
  /** The checked document of each entry of the index, `null` for one that failed. */
  documents: (EventDocument | null)[];
  problems: DataProblem[];
  /** How many entries of the index could not be read or loaded (left out, reported). */
  failed: number;
  /** How the index itself failed (then `documents` is empty); absent when it was read. */
  failure?: { failure: LoadFailure; status?: number };
}

/** The URL an entry of an index names, relative to the index's own URL (`base`) when it has one. */
export function entryUrl(url: string, base: string | undefined): string {
  const safe = safeSourceUrl(url);
  if (!base || safe === undefined) return url;
  try {
    return new URL(safe, base).href;
  } catch {
    return url; // A base that cannot be a base (a blob: index): relative to the page.
  }
}

function entryRead(entry: EventIndexEntry, base: string | undefined, signal: AbortSignal): ReadResult | Promise<ReadResult> {
  if (entry.url === undefined) return readEventData(entry.value);
  return loadEventSource(entryUrl(entry.url, base), signal).then((result) =>
    result.ok ? { document: result.document, problems: result.problems } : { document: null, problems: result.problems },
  );
}

function collect(entries: readonly EventIndexEntry[], reads: readonly ReadResult[], index: EventIndex): ListRead {
  const problems = [...index.problems];
  const documents: (EventDocument | null)[] = new Array<EventDocument | null>(index.length).fill(null);
  reads.forEach((read, i) => {
    const position = entries[i]!.position;
    documents[position] = read.document;
    problems.push(...entryProblems(position, read.problems));
  });
  return { documents, problems, failed: documents.filter((d) => d === null).length };
}

/**
 * Reads the entries of an index: at once when every entry is a document (the usual `data`), else
 * (a URL to load, a schedule whose converter loads on first use) a promise, which rejects only
 * when `signal` aborts.
 */
function readEntries(index: EventIndex & { entries: EventIndexEntry[] }, base: string | undefined, signal: AbortSignal): ListRead | Promise<ListRead> {
  const entries = index.entries;
  const reads = entries.map((entry) => entryRead(entry, base, signal));
  if (reads.every((r) => !(r instanceof Promise))) return collect(entries, reads as ReadResult[], index);
  return Promise.all(reads).then((done) => {
    if (signal.aborted) throw signal.reason;
    return collect(entries, done, index);
  });
}

/**
 * Reads the `data` list of event documents (a promise only while a schedule's converter loads):
 * data never makes the page fetch anything, only a `src` does.
 */
export function readData(data: unknown, signal: AbortSignal): ListRead | Promise<ListRead> {
  const index = readEventIndex(data, 'data', false);
  if (!index.entries) return { documents: [], problems: index.problems, failed: 0, failure: { failure: 'invalid' } };
  return readEntries({ ...index, entries: index.entries }, undefined, signal);
}

/**
 * Fetches the index at `src` (the rules of every `src`: http(s), relative or blob: only) and reads
 * it; entries that are URLs are relative to the index. Rejects only when `signal` aborts.
 */
export async function loadIndex(src: string, pageUrl: string, signal: AbortSignal): Promise<ListRead> {
  const loaded = await fetchJson(src, signal);
  if (!loaded.ok)
    return { documents: [], problems: loaded.problems, failed: 0, failure: { failure: loaded.failure, ...(loaded.status ? { status: loaded.status } : {}) } };
  const index = readEventIndex(loaded.json, 'src');
  if (!index.entries) return { documents: [], problems: index.problems, failed: 0, failure: { failure: 'invalid' } };
  return readEntries({ ...index, entries: index.entries }, entryUrl(src, pageUrl), signal);
}

/** Shown while the index or its entries load. */
export const LOADING = 'loading';

/** An element with the `data` and `src` properties the controller reads. */
export interface EventIndexHost extends ReactiveElement {
  data: unknown;
  src?: string | undefined;
}

/**
 * "`data`, else `src`" → the events read, `loading`, or `null` when neither is set. `data` wins
 * over `src`; a newer read aborts the one in flight (whose late answer is never delivered); leaving
 * the page aborts a load, and coming back starts it again. Reading `data` given in the page (a
 * schedule to convert) is waited for by `updateComplete`, as `<cluster-event>`'s data
 * is; a `src` is not, as for `<cluster-event>`: `updateComplete` never waits on the network for it.
 */
export class EventIndexController implements ReactiveController {
  private controller: AbortController | null = null;
  private state: ListRead | typeof LOADING | null = null;

  constructor(
    private readonly host: EventIndexHost,
    private readonly track: (work: Promise<unknown>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page while its load had been cut off: read again.
    if (this.host.hasUpdated && this.state === LOADING && !this.controller) this.read();
  }

  hostDisconnected(): void {
    this.controller?.abort();
    this.controller = null;
  }

  /** Follows `data` and `src` (call from `willUpdate`), and returns what to show. */
  update(changed: PropertyValues): ListRead | typeof LOADING | null {
    if (changed.has('data') || changed.has('src')) this.read();
    return this.state;
  }

  private read(): void {
    this.controller?.abort();
    this.controller = null;
    const { data, src } = this.host;
    if (data == null && !src) {
      this.state = null;
      return;
    }
    const controller = new AbortController();
    const result = data != null ? readData(data, controller.signal) : loadIndex(src!, document.baseURI, controller.signal);
    if (!(result instanceof Promise)) {
      this.state = result;
      return;
    }
    this.controller = controller;
    this.state = LOADING;
    const done = result.then(
      (read) => {
        if (this.controller !== controller) return;
        this.controller = null;
        this.state = read;
        this.host.requestUpdate();
      },
      () => undefined, // Aborted: newer data, or the element left the page.
    );
    if (data != null) this.track(done);
  }
}
