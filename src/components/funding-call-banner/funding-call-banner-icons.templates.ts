import { html, type TemplateResult } from 'lit';
import type { CallStatus } from '../../data/types.js';

/** A circle of radius 9 around the centre of the grid, as path data. */
const RING = 'M21 12a9 9 0 1 1-18 0a9 9 0 1 1 18 0';

/**
 * An icon drawn with `currentColor` on a 24-unit grid as one path (`d`), `size` pixels wide. Icons
 * only reinforce the words next to them: they are always rendered `aria-hidden`.
 */
function icon(d: string, size = 20): TemplateResult {
  return html`<svg
    class="icon"
    viewBox="0 0 24 24"
    width=${size}
    height=${size}
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    <path d=${d}></path>
  </svg>`;
}

/** One icon per call status. */
const paths: Record<CallStatus, string> = {
  // A clock: not open yet.
  forthcoming: `${RING}M12 7v5l3 2`,
  // A question mark in a circle: the expected opening passed unconfirmed.
  unconfirmed: `${RING}M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17v.01`,
  // A tick in a circle: open.
  open: `${RING}M8 12.5l3 3 5-6`,
  // An hourglass: time is running out.
  'closing-soon': 'M7 3h10M7 21h10M8 3c0 5 8 5 8 9s-8 4-8 9M16 3c0 5-8 5-8 9s8 4 8 9',
  // A padlock: closed.
  closed: 'M7 11h10a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2v-6a2 2 0 0 1 2-2zM8 11V8a4 4 0 0 1 8 0v3',
  // Pause bars: suspended.
  suspended: `${RING}M10 8v8M14 8v8`,
  // A crossed circle: cancelled.
  cancelled: `${RING}M5.6 5.6l12.8 12.8`,
};

/** The status icon, hidden from assistive technology. */
export const statusIcon = (status: CallStatus): TemplateResult => icon(paths[status]);

/** A cross for the dismiss button, hidden from assistive technology. */
export const closeIcon = icon('M6 6l12 12M18 6L6 18');

/** A calendar, hidden from assistive technology. */
export const calendarIcon = icon('M5 5h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2zM3 10h18M8 3v4M16 3v4', 18);
