import { html, type TemplateResult } from 'lit';

/** The part a heading rendered by {@link headingTemplate} exposes. */
export type HeadingPart = 'title' | 'heading';

/**
 * A real `<h1>`-`<h6>` chosen by a static switch (never a tag built from data), with an id for
 * `aria-labelledby` and the class `heading`. Levels outside 1-6 become `fallback`.
 *
 * The part is `title` by default: an element with a `heading` property must not also name a part
 * `heading`, which would hide the property in the docs table. An element without such a property
 * may expose its headings as `heading` (the day headings of `<cluster-agenda>`).
 */
export function headingTemplate(level: number, id: string, content: unknown, fallback = 3, part: HeadingPart = 'title'): TemplateResult {
  const n = Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
  switch (n) {
    case 1:
      return html`<h1 part=${part} class="heading" id=${id}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} class="heading" id=${id}>${content}</h2>`;
    case 4:
      return html`<h4 part=${part} class="heading" id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class="heading" id=${id}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class="heading" id=${id}>${content}</h6>`;
    default:
      return html`<h3 part=${part} class="heading" id=${id}>${content}</h3>`;
  }
}
