import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { CallStatus } from '../../data/types.js';

/**
 * One icon per call status, drawn with `currentColor` on a 24-unit grid. Icons only reinforce the
 * status word next to them: they are always rendered `aria-hidden`.
 */
const paths: Record<CallStatus, SVGTemplateResult> = {
  // A clock: not open yet.
  forthcoming: svg`<circle cx="12" cy="12" r="9"></circle><path d="M12 7v5l3 2"></path>`,
  // A question mark in a circle: the expected opening passed unconfirmed.
  unconfirmed: svg`<circle cx="12" cy="12" r="9"></circle><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17v.01"></path>`,
  // A tick in a circle: open.
  open: svg`<circle cx="12" cy="12" r="9"></circle><path d="M8 12.5l3 3 5-6"></path>`,
  // An hourglass: time is running out.
  'closing-soon': svg`<path d="M7 3h10M7 21h10M8 3c0 5 8 5 8 9s-8 4-8 9M16 3c0 5-8 5-8 9s8 4 8 9"></path>`,
  // A padlock: closed.
  closed: svg`<rect x="5" y="11" width="14" height="10" rx="2"></rect><path d="M8 11V8a4 4 0 0 1 8 0v3"></path>`,
  // Pause bars: suspended.
  suspended: svg`<circle cx="12" cy="12" r="9"></circle><path d="M10 8v8M14 8v8"></path>`,
  // A crossed circle: cancelled.
  cancelled: svg`<circle cx="12" cy="12" r="9"></circle><path d="M5.6 5.6l12.8 12.8"></path>`,
};

/** The status icon, hidden from assistive technology. */
export function statusIcon(status: CallStatus): TemplateResult {
  // The outer <svg> element belongs in an html template; svg`` is for its contents.
  return html`<svg
    class="icon"
    viewBox="0 0 24 24"
    width="20"
    height="20"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    ${paths[status]}
  </svg>`;
}

/** A cross for the dismiss button, hidden from assistive technology. */
export const closeIcon = html`<svg
  class="icon"
  viewBox="0 0 24 24"
  width="20"
  height="20"
  aria-hidden="true"
  focusable="false"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
>
  <path d="M6 6l12 12M18 6L6 18"></path>
</svg>`;

/** A calendar, hidden from assistive technology. */
export const calendarIcon = html`<svg
  class="icon"
  viewBox="0 0 24 24"
  width="18"
  height="18"
  aria-hidden="true"
  focusable="false"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
  stroke-linejoin="round"
>
  <rect x="3" y="5" width="18" height="16" rx="2"></rect>
  <path d="M3 10h18M8 3v4M16 3v4"></path>
</svg>`;
