import type { ReactiveControllerHost } from 'lit';
import type { DataProblem, EventDocument } from '../data/types.js';
import { Inputs } from './inputs.js';
import { JsonLdController } from './json-ld.js';

/**
 * Publishes an element's event document as schema.org JSON-LD in its light DOM (through
 * {@link JsonLdController}), shared by `<cluster-agenda>` and `<cluster-event>`: the graph is
 * written again only when the document or the language changed (not on every render: the graph of
 * a large programme is costly), removed for `null`, and left as it is while a `src` loads (a script
 * written with server-rendered HTML stays until the document arrives).
 */
export class JsonLdPublisher {
  /** Problems of the last publish (the JSON-LD writer could not be loaded); the host reports them. */
  problems: DataProblem[] = [];
  private readonly script: JsonLdController;
  private readonly inputs: Inputs;

  /**
   * `optIn`: the host publishes only when asked to (`<cluster-agenda show-json-ld>`), so its light
   * DOM is left alone until it has a document to publish; otherwise the first update claims it.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly track: (work: Promise<unknown>) => void,
    { optIn = false }: { optIn?: boolean } = {},
  ) {
    this.script = new JsonLdController(host);
    this.inputs = new Inputs(optIn ? [null, ''] : []);
  }

  /** Call from the host's `updated()` with the document to publish (`null`: none) and the language. */
  update(document: EventDocument | null, lang: string, loading: boolean): void {
    if (loading || !this.inputs.changed([document, document ? lang : ''])) return;
    this.track(
      this.script.publish(document, lang).then((problems) => {
        // null: a newer publish superseded this one and reports instead.
        if (problems === null || (problems.length === 0 && this.problems.length === 0)) return;
        this.problems = problems;
        this.host.requestUpdate();
      }),
    );
  }
}
