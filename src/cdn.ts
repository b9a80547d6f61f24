/**
 * Entry of the self-contained bundle `dist/cdn/cluster-events.js` (Lit included): registers every
 * element and re-exports the public API, for sites without a build step:
 *
 * ```html
 * <script type="module" src="https://unpkg.example/@cluster-events/components/dist/cdn/cluster-events.js"></script>
 * ```
 */
import './all.js';
export * from './index.js';
