/**
 * Entry of `dist/cdn/export.js` (Lit-free): the iCalendar, JSON-LD and frab / pretalx functions for
 * pages without a build step that call them from their own scripts. It shares its chunks with
 * `dist/cdn/cluster-events.js`, so loading both downloads the common code once.
 *
 * ```js
 * import { toICalendar } from 'https://unpkg.example/@cluster-events/components/dist/cdn/export.js';
 * ```
 */
export * from './export/index.js';
