import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The part a heading rendered by {@link headingTemplate} exposes. */
export type HeadingPart = 'title' | 'heading';

/**
 * A real `<h1>`-`<h6>` chosen by a static switch (never a tag built from data), with an id for
 * `aria-labelledby` and the class `heading`. Levels above 6 (an element nested deep in a page)
 * become `<p role="heading" aria-level="N">`, which ARIA allows for any positive level, so the
 * outline keeps its depth instead of flattening at 6. Other values (0, negative, not an integer)
 * become `fallback`.
 *
 * The part is `title` by default: an element with a `heading` property must not also name a part
 * `heading`, which would hide the property in the docs table. An element without such a property
 * may expose its headings as `heading` (the day headings of `<cluster-agenda>`).
 */
export function headingTemplate(level: number, id: string, content: unknown, fallback = 3, part: HeadingPart = 'title'): TemplateResult {
  return headingOf(headingLevelOf(level, fallback), 'heading', content, part, id);
}

/**
 * The level a `heading-level` value gives: any positive integer as it is (above 6 the heading is
 * `role="heading"` with `aria-level`, so an element nested deep in a page keeps the outline's
 * depth), anything else (0, negative, a fraction, not a number) `fallback`.
 */
export function headingLevelOf(value: number, fallback: number): number {
  return Number.isInteger(value) && value >= 1 ? value : fallback;
}

/**
 * A heading of `level` (a positive integer; anything else counts as 6) with the given class and,
 * when given, part and id: `<h1>`-`<h6>`, and `<p role="heading" aria-level="N">` above 6.
 */
export function headingOf(level: number, className: string, content: unknown, part?: string, id?: string): TemplateResult {
  const p = ifDefined(part);
  const i = ifDefined(id);
  switch (level) {
    case 1:
      return html`<h1 class=${className} part=${p} id=${i}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${p} id=${i}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${p} id=${i}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${p} id=${i}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${p} id=${i}>${content}</h5>`;
    default:
      return level > 6 && Number.isInteger(level)
        ? html`<p role="heading" aria-level=${level} class=${className} part=${p} id=${i}>${content}</p>`
        : html`<h6 class=${className} part=${p} id=${i}>${content}</h6>`;
  }
}
