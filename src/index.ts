/**
 * @cluster-events/components: classes, types and data helpers. Importing this module registers
 * nothing; import `@cluster-events/components/all.js` or one `define/cluster-<name>.js` module for that.
 */
export * from './core.js';
export * from './export/index.js';
