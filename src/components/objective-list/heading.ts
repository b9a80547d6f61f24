import { html, type TemplateResult } from 'lit';

/**
 * A real `<h1>`-`<h6>` chosen by a static switch (never a tag built from data), with the `title`
 * part (not `heading`, which would hide the `heading` property in the docs table) and an id for
 * `aria-labelledby`. Levels outside 1-6 become `fallback`.
 */
export function headingTemplate(level: number, id: string, content: unknown, fallback = 3): TemplateResult {
  const n = Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
  switch (n) {
    case 1:
      return html`<h1 part="title" class="heading" id=${id}>${content}</h1>`;
    case 2:
      return html`<h2 part="title" class="heading" id=${id}>${content}</h2>`;
    case 4:
      return html`<h4 part="title" class="heading" id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 part="title" class="heading" id=${id}>${content}</h5>`;
    case 6:
      return html`<h6 part="title" class="heading" id=${id}>${content}</h6>`;
    default:
      return html`<h3 part="title" class="heading" id=${id}>${content}</h3>`;
  }
}
