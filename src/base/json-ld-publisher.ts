import type { ReactiveControllerHost } from 'lit';
import type { DataProblem, EventDocument } from '../data/types.js';
import { errorText } from '../data/validate.js';
import { Inputs } from './inputs.js';
import { JsonLdController } from './json-ld.js';

/**
 * Publishes an element's schema.org JSON-LD in its light DOM (through {@link JsonLdController}),
 * shared by `<cluster-agenda>`, `<cluster-event>` (an event document: {@link update}) and
 * `<cluster-event-list>` (a graph it makes: {@link updateGraph}): the graph is written again only
 * when what it is made from changed (not on every render: the graph of a large programme is
 * costly), removed for `null`, and left as it is while a `src` loads (a script written with
 * server-rendered HTML stays until the data arrives).
 */
export class JsonLdPublisher {
  /** Problems of the last publish (the JSON-LD writer could not be loaded); the host reports them. */
  problems: DataProblem[] = [];
  private readonly script: JsonLdController;
  private readonly inputs: Inputs;
  private readonly path: string;
  /** Counts the graphs of {@link updateGraph}, so one whose writer is still loading never overwrites a newer one. */
  private turn = 0;

  /**
   * `optIn`: the host publishes only when asked to (`<cluster-agenda show-json-ld>`), so its light
   * DOM is left alone until it has a document to publish; otherwise the first update claims it.
   * `path`: where a graph of {@link updateGraph} that could not be written is reported.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly track: (work: Promise<unknown>) => void,
    { optIn = false, path = 'document' }: { optIn?: boolean; path?: string } = {},
  ) {
    this.script = new JsonLdController(host);
    this.inputs = new Inputs(optIn ? [null, ''] : []);
    this.path = path;
  }

  /** Call from the host's `updated()` with the document to publish (`null`: none) and the language. */
  update(document: EventDocument | null, lang: string, loading: boolean): void {
    if (loading || !this.inputs.changed([document, document ? lang : ''])) return;
    this.report(this.script.publish(document, lang));
  }

  /**
   * Call from the host's `updated()` with what its graph is made from (`inputs`, compared by
   * identity: a list of variable length puts its length first) and `graph`, which makes it (loading
   * its writer on first use), or `null` for no script. A graph that cannot be made or written is
   * reported at `path`; the element's content stays.
   */
  updateGraph(inputs: readonly unknown[], loading: boolean, graph: (() => Promise<unknown>) | null): void {
    if (loading || !this.inputs.changed(inputs)) return;
    const turn = ++this.turn;
    if (!graph) {
      this.script.set(null);
      this.report(Promise.resolve([]));
      return;
    }
    const work = (async (): Promise<DataProblem[] | null> => {
      try {
        const data = await graph();
        if (turn !== this.turn) return null;
        this.script.set(data);
        return [];
      } catch (error) {
        return turn === this.turn ? [{ path: this.path, message: `the JSON-LD for search engines could not be written (${errorText(error)})` }] : null;
      }
    })();
    this.report(work);
  }

  private report(work: Promise<DataProblem[] | null>): void {
    this.track(
      work.then((problems) => {
        // null: a newer publish superseded this one and reports instead.
        if (problems === null || (problems.length === 0 && this.problems.length === 0)) return;
        this.problems = problems;
        this.host.requestUpdate();
      }),
    );
  }
}
