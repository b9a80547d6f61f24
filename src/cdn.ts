/**
 * Entry of the bundle `dist/cdn/cluster-events.js` (Lit included): registers every element and
 * re-exports the public API except the exporters, for sites without a build step:
 *
 * ```html
 * <script type="module" src="https://unpkg.example/@cluster-events/components/dist/cdn/cluster-events.js"></script>
 * ```
 *
 * The exporters (`toICalendar`, `toJsonLd`, `fromFrabSchedule`, ...) are in `dist/cdn/export.js`
 * (src/cdn-export.ts): the elements load them on demand, so a page that only shows elements never
 * downloads them.
 */
import './all.js';
export * from './core.js';
