import type { ReactiveControllerHost } from 'lit';
import { JsonLdController } from '../../base/json-ld.js';
import type { DataProblem, EventDocument } from '../../data/types.js';

/**
 * An agenda's schema.org graph in a script in its light DOM ({@link JsonLdController}), written
 * again only when the document or the language changed: the graph of a large programme is costly,
 * so not on every render.
 */
export class AgendaJsonLd {
  private readonly script: JsonLdController;
  /** The document and language last published; `[null, '']` while nothing is (emit-json-ld off). */
  private inputs: unknown[] = [null, ''];
  private failed: DataProblem[] = [];

  /** `track` lets the host's `updateComplete` wait for the writer, which loads on first use. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly track: (work: Promise<void>) => void,
  ) {
    this.script = new JsonLdController(host);
  }

  /** The problems of the last publication (the writer could not be loaded), for the host to report. */
  get problems(): readonly DataProblem[] {
    return this.failed;
  }

  /**
   * Publishes `document` for `lang`, or removes the script for `null` (`emit-json-ld` off). While
   * `loading` (a new `src`), the script already there stays. Call after each update.
   */
  update(document: EventDocument | null, lang: string, loading: boolean): void {
    const inputs = [document, document ? lang : ''];
    if (loading || inputs.every((v, i) => v === this.inputs[i])) return;
    this.inputs = inputs;
    this.track(this.script.publish(document, lang).then((problems) => this.setProblems(problems)));
  }

  private setProblems(problems: DataProblem[]): void {
    if (problems.length === 0 && this.failed.length === 0) return;
    this.failed = problems;
    this.host.requestUpdate();
  }
}
