import type { PropertyValues, ReactiveController, ReactiveElement } from 'lit';
import type { DataProblem, EventDocument } from '../data/types.js';
import { SourceLoader, type LoadResult, type ReadResult } from './load.js';

/** A `src` that could not be shown. */
export type LoadFailureResult = Extract<LoadResult, { ok: false }>;

/**
 * What an element shows and what happened to it: the document (`null` when none is usable), every
 * problem, and a failure: `loading` while a `src` (or a schedule's converter) loads, a failed load,
 * or a failure of the element's own kind (`Failure`, such as `<cluster-event>`'s inline script).
 */
export interface SourceState<Failure = never> {
  document: EventDocument | null;
  problems: DataProblem[];
  failure?: 'loading' | LoadFailureResult | Failure;
}

/** Shown while a document loads (from `src`, or a schedule while its converter loads). */
export const LOADING: SourceState = { document: null, problems: [], failure: 'loading' };

/** An element with the `data` and `src` properties this controller reads. */
export interface SourceHost extends ReactiveElement {
  data: unknown;
  src?: string | undefined;
}

export interface SourceOptions {
  /** Validates `data` (or converts a schedule, a promise while the converter loads; never rejects). */
  read(data: unknown): ReadResult | Promise<ReadResult>;
  /** Lets the host's `updateComplete` wait for work started outside the update cycle. */
  track(work: Promise<unknown>): void;
}

/**
 * "`data`, else `src`" → loading / ready / failed, with problems: the document an element shows,
 * shared by `<cluster-agenda>` and `<cluster-event>`. `data` wins over `src`; setting `src` loads
 * it (aborting a load in flight, whose late answer is never delivered); leaving the page aborts a
 * load, and coming back resumes it. The host calls {@link update} from `willUpdate` and renders
 * what it returns; a load or a late schedule conversion requests an update by itself.
 */
export class SourceController implements ReactiveController {
  private loaded: SourceState | null = null;
  private parsed: SourceState | null = null;
  private readonly loader = new SourceLoader((result) => {
    this.loaded = result.ok ? { document: result.document, problems: result.problems } : { document: null, problems: result.problems, failure: result };
    this.host.requestUpdate();
  });

  constructor(
    private readonly host: SourceHost,
    private readonly options: SourceOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page after a move: resume a load that the disconnection aborted.
    const { host } = this;
    if (host.hasUpdated && host.src && host.data == null && this.loaded?.failure === 'loading') this.load(host.src);
  }

  hostDisconnected(): void {
    this.loader.abort();
  }

  /**
   * Follows the host's `data` and `src` (call from `willUpdate` with its changed properties), and
   * returns what to show: the document read from `data`, else the state of `src`'s load, else
   * `null` when neither is set.
   */
  update(changed: PropertyValues): SourceState | null {
    const { data, src } = this.host;
    if (changed.has('src') || changed.has('data')) {
      if (data != null || !src) {
        this.loader.abort();
        this.loaded = null;
      } else if (changed.has('src') || this.loaded === null) this.load(src);
    }
    if (changed.has('data')) this.parsed = data == null ? null : this.read(data);
    return this.parsed ?? (src ? this.loaded : null);
  }

  private load(src: string): void {
    this.loaded = LOADING;
    this.loader.load(src);
  }

  /** Reads `data`; a schedule shows the loading state until its converter has loaded. */
  private read(data: unknown): SourceState {
    const read = this.options.read(data);
    if (!(read instanceof Promise)) return read;
    this.options.track(
      read.then((result) => {
        if (this.host.data !== data) return;
        this.parsed = result;
        this.host.requestUpdate();
      }),
    );
    return LOADING;
  }
}
