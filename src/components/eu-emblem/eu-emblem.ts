import { css, html, type TemplateResult } from 'lit';

/**
 * The emblem of the European Union (the EU flag) as an inline SVG template, drawn from its
 * geometric description rather than copied artwork:
 *
 * - a rectangle whose width is one and a half times its height (3:2), Reflex Blue;
 * - twelve gold (Yellow) five-pointed stars, upright (one point straight up), evenly spaced on an
 *   invisible circle centred on the flag whose radius is one third of the height, placed like the
 *   hours on a clock face;
 * - each star's points lie on a circle whose radius is one eighteenth of the height.
 *
 * Internal module (not an element): the project card renders it next to the funding statement.
 */

/** Height of the drawing in SVG user units (a multiple of 18, so the construction is exact). */
export const EMBLEM_HEIGHT = 540;
/** Width: 3:2. */
export const EMBLEM_WIDTH = (EMBLEM_HEIGHT * 3) / 2;
/** Radius of the circle the stars' centres lie on: one third of the height. */
export const EMBLEM_RING_RADIUS = EMBLEM_HEIGHT / 3;
/** Radius of the circle through each star's points: one eighteenth of the height. */
export const EMBLEM_STAR_RADIUS = EMBLEM_HEIGHT / 18;
/** The official colours: Reflex Blue (RGB 0/51/153) and Yellow (RGB 255/204/0). */
export const EMBLEM_BLUE = '#003399';
export const EMBLEM_YELLOW = '#FFCC00';

/** Inner radius of a regular five-pointed star (pentagram) relative to its outer radius: cos 72° / cos 36°. */
const INNER_RATIO = Math.cos((72 * Math.PI) / 180) / Math.cos((36 * Math.PI) / 180);

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** One upright five-pointed star centred on (cx, cy) as a closed sub-path. */
function starPath(cx: number, cy: number, radius: number): string {
  const points: string[] = [];
  for (let k = 0; k < 10; k++) {
    const r = k % 2 === 0 ? radius : radius * INNER_RATIO;
    const angle = ((-90 + k * 36) * Math.PI) / 180;
    points.push(`${round(cx + r * Math.cos(angle))} ${round(cy + r * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

/** The twelve stars as one path: twelve closed sub-paths, the first at twelve o'clock, clockwise. */
export const EMBLEM_STARS_PATH = Array.from({ length: 12 }, (_, i) => {
  const angle = ((-90 + i * 30) * Math.PI) / 180;
  return starPath(EMBLEM_WIDTH / 2 + EMBLEM_RING_RADIUS * Math.cos(angle), EMBLEM_HEIGHT / 2 + EMBLEM_RING_RADIUS * Math.sin(angle), EMBLEM_STAR_RADIUS);
}).join('');

/**
 * The emblem as an image with an accessible name (`label`, e.g. "Flag of the European Union").
 * Its colours are kept in forced-colours mode: they are the emblem, not decoration.
 */
export function euEmblem(label: string): TemplateResult {
  // The numbers are written out (not bound) so the camel-case viewBox attribute is parsed as SVG.
  return html`<svg class="eu-emblem" part="eu-emblem" role="img" aria-label=${label} viewBox="0 0 810 540" focusable="false">
    <rect width="810" height="540" fill="#003399"></rect>
    <path d=${EMBLEM_STARS_PATH} fill="#FFCC00"></path>
  </svg>`;
}

/** Size and colour rules for the emblem; the block size follows `--_emblem-size` (default 2.5rem). */
export const emblemStyles = css`
  .eu-emblem {
    display: block;
    flex: none;
    block-size: var(--_emblem-size, 2.5rem);
    inline-size: auto;
    aspect-ratio: 3 / 2;
    forced-color-adjust: none;
  }
`;
