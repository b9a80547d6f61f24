import { html, type TemplateResult } from 'lit';

/**
 * The content of a control shown as `label` and named `name`, for controls a page repeats ("Apply"
 * named "Apply: <call title>", "Profile" named "Profile: <person>"). The label is hidden from
 * assistive technology and the name is one visually hidden run: Chromium sets a visually hidden
 * span apart with spaces, so `Apply<span class="visually-hidden">: Title</span>` would be named
 * "Apply : Title". The visible label stays the start of the name (WCAG 2.5.3, label in name).
 */
export function namedLabel(label: unknown, name: unknown): TemplateResult {
  return html`<span aria-hidden="true">${label}</span><span class="visually-hidden">${name}</span>`;
}
