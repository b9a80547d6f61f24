import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SourceLoader, type LoadResult } from '../../base/load.js';
import type { DataProblem, EventDocument } from '../../data/types.js';
import { DocumentReader } from './agenda.reader.js';

/** A document to show and its problems; `failure` while `src` or a schedule's converter loads, or when loading failed. */
export type Source = { document: EventDocument | null; problems: DataProblem[]; failure?: LoadResult | 'loading' };

/** What {@link AgendaSource} reads from its agenda. */
export interface SourceHost extends ReactiveControllerHost {
  readonly data: unknown;
  readonly src?: string | undefined;
  readonly hasUpdated: boolean;
}

/**
 * Where an agenda's document comes from: `data` (validated again only where an edit changed it,
 * a frab / pretalx schedule converted once its converter has loaded) wins over `src` (fetched;
 * a newer `src`, `data` or leaving the page aborts the load in flight, coming back resumes it).
 */
export class AgendaSource implements ReactiveController {
  private loaded: Source | null = null;
  private parsed: Source | null = null;
  private readonly reader = new DocumentReader();
  private readonly loader = new SourceLoader((result) => {
    this.loaded = result.ok ? { document: result.document, problems: result.problems } : { document: null, problems: result.problems, failure: result };
    this.host.requestUpdate();
  });

  /** `track` lets the host's `updateComplete` wait for a schedule's conversion. */
  constructor(
    private readonly host: SourceHost,
    private readonly track: (work: Promise<void>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Back in the page after a move: resume a load that the disconnection aborted.
    if (this.host.hasUpdated && this.host.src && this.loaded?.failure === 'loading') this.load();
  }

  hostDisconnected(): void {
    this.loader.abort();
  }

  /** The source to show; call in `willUpdate`, saying whether `data` or `src` changed. */
  current(dataChanged: boolean, srcChanged: boolean): Source | null {
    const { data, src } = this.host;
    if (srcChanged || dataChanged) {
      if (data != null || !src) {
        this.loader.abort();
        this.loaded = null;
      } else if (srcChanged || this.loaded === null) this.load();
    }
    if (dataChanged) this.parsed = data == null ? null : this.read(data);
    return this.parsed ?? (src ? this.loaded : null);
  }

  /** Validates `data`; a schedule shows the loading state until its converter has loaded. */
  private read(data: unknown): Source {
    const result = this.reader.read(data);
    if (!(result instanceof Promise)) return result;
    this.track(
      result.then((read) => {
        if (this.host.data !== data) return;
        this.parsed = read;
        this.host.requestUpdate();
      }),
    );
    return { document: null, problems: [], failure: 'loading' };
  }

  private load(): void {
    this.loaded = { document: null, problems: [], failure: 'loading' };
    this.host.requestUpdate();
    this.loader.load(this.host.src!);
  }
}
