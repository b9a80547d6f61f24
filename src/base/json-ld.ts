import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataProblem, EventDocument } from '../data/types.js';
import { errorText } from '../data/validate.js';
import { jsonLdScript, type JsonLdScriptText } from './trusted-script.js';

/** Marks the `<script type="application/ld+json">` an element owns in its light DOM. */
export const JSON_LD_MARKER = 'data-cluster-json-ld';

/**
 * Keeps exactly one `<script type="application/ld+json">` in the host's light DOM (never in a
 * shadow root, where search engines do not look) in sync with the data given to {@link set}, and
 * removes it when the host leaves the page or the data is cleared.
 *
 * The script carries the `data-cluster-json-ld` attribute. A marked script already in the host
 * (written by a static-site generator next to server-rendered HTML) is adopted rather than
 * duplicated; further marked scripts are removed. Scripts the page wrote without the marker are
 * left alone. The text is only rewritten when it changes, so re-rendering causes no DOM mutation.
 * Under Trusted Types (`require-trusted-types-for 'script'`) the text goes through the
 * `cluster-events` policy (src/base/trusted-script.ts), which passes only the JSON serialised here.
 *
 * Safe on the server: nothing touches the DOM until the host is connected in a browser.
 *
 * ```ts
 * private jsonLd = new JsonLdController(this);
 * protected override updated() { void this.jsonLd.publish(this.document, 'en'); }
 * ```
 */
export class JsonLdController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  /** `undefined` until {@link set} is first called: until then a server-written script is left as it is. */
  private text: JsonLdScriptText | null | undefined = undefined;
  private script: HTMLScriptElement | null = null;
  /** Counts calls, so a graph whose writer is still loading never overwrites newer data. */
  private turn = 0;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** The script currently in the host's light DOM, if any (for tests and tools). */
  get element(): HTMLScriptElement | null {
    return this.script;
  }

  /** Sets the data to publish (any JSON-serialisable value), or `null` to remove the script. */
  set(data: unknown): void {
    this.turn++;
    this.write(data);
  }

  /**
   * Publishes the schema.org graph of an event document, written for `lang` by `toJsonLd` (loaded on
   * first use: most of its weight is needed only here, after the element has rendered; with the
   * Markdown parser only for a document with `textFormat: "markdown"`), or removes
   * the script for `null`. Resolves with the problems met, an empty list when all went well, or
   * `null` when a newer `publish` or `set` came first (which then wins); never rejects.
   */
  async publish(document: EventDocument | null, lang: string): Promise<DataProblem[] | null> {
    const turn = ++this.turn;
    if (!document) {
      this.write(null);
      return [];
    }
    try {
      // The Markdown parser only for a document whose prose is Markdown (written as plain text).
      const [{ jsonLdGraph }, markdown] = await Promise.all([
        import('../export/jsonld.js'),
        document.textFormat === 'markdown' ? import('../data/markdown.js') : undefined,
      ]);
      if (turn !== this.turn) return null;
      this.write(jsonLdGraph(document, { lang }, markdown?.markdownPlainText));
      return [];
    } catch (error) {
      // The element's content stays; only the search-engine data is missing, and the problem says why.
      return turn === this.turn ? [{ path: 'document', message: `the JSON-LD for search engines could not be written (${errorText(error)})` }] : null;
    }
  }

  private write(data: unknown): void {
    this.text = data === null || data === undefined ? null : jsonLdScript(data);
    this.sync();
  }

  hostConnected(): void {
    try {
      this.sync();
    } catch {
      // The page refused the text (Trusted Types without our policy): `publish` reported it when it was written.
    }
  }

  hostDisconnected(): void {
    this.script?.remove();
    this.script = null;
  }

  private sync(): void {
    const host = this.host;
    if (this.text === undefined || !host.isConnected || typeof document === 'undefined') return;
    const marked = Array.from(host.children).filter(
      (child): child is HTMLScriptElement => child instanceof HTMLScriptElement && child.hasAttribute(JSON_LD_MARKER),
    );
    if (this.text === null) {
      for (const script of marked) script.remove();
      this.script = null;
      return;
    }
    const kept = this.script && this.script.parentNode === host ? this.script : (marked[0] ?? null);
    for (const script of marked) if (script !== kept) script.remove();
    const script = kept ?? host.ownerDocument.createElement('script');
    if (script.type !== 'application/ld+json') script.type = 'application/ld+json';
    script.setAttribute(JSON_LD_MARKER, '');
    // Throws where the page enforces Trusted Types but does not allow the policy; nothing is added then.
    if (script.textContent !== this.text.text) script.textContent = this.text.value;
    if (script.parentNode !== host) host.append(script);
    this.script = script;
  }
}
