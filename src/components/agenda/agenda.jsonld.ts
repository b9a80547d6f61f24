import { jsonLdScriptText, toJsonLd } from '../../export/jsonld.js';
import type { EventDocument } from '../../data/types.js';

/**
 * One `<script type="application/ld+json">` child of an element, in its light DOM where search
 * engines look (never in a shadow root), kept in step with the element's document and language.
 */
export class LightDomJsonLd {
  private script: HTMLScriptElement | null = null;
  private document: EventDocument | null = null;
  private lang = '';

  constructor(private readonly host: HTMLElement) {}

  /** Writes the document's schema.org graph into the script (adding it), or removes it when not `enabled`. */
  sync(document: EventDocument | null | undefined, lang: string, enabled: boolean): void {
    if (!enabled || !document || !this.host.isConnected) return this.remove();
    if (!this.script) {
      this.script = this.host.ownerDocument.createElement('script');
      this.script.type = 'application/ld+json';
    }
    if (this.script.parentNode !== this.host) this.host.append(this.script);
    if (document !== this.document || lang !== this.lang) {
      this.script.textContent = jsonLdScriptText(toJsonLd(document, { lang }));
      this.document = document;
      this.lang = lang;
    }
  }

  /** Takes the script out of the page. */
  remove(): void {
    this.script?.remove();
    this.script = null;
    this.document = null;
  }
}
