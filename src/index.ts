/**
 * @cluster-events/components: classes, types and data helpers. Importing this module registers
 * nothing; import `@cluster-events/components/all.js` or one `define/cluster-<name>.js` module for that.
 */
export * from './data/index.js';
export { ClusterElement, VIEW_STATES, type ViewState } from './base/cluster-element.js';
export type { DataErrorDetail } from './base/problems.js';
export { UI_LOCALES, type UiLocale } from './i18n/locale.js';
export * from './export/index.js';
