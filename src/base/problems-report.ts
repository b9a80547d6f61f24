/**
 * What is needed only once data has problems, loaded on demand by problems-loader.ts (a page whose
 * data is valid never loads it): the console warnings, grouped by kind, the `show-problems` list,
 * and the line and column of a JSON syntax error in a `src` file. Nothing here imports Lit (see
 * problems-panel.ts).
 */
export { warnOnce } from './problems.js';
export { problemsPanel } from './problems-panel.js';
export { jsonSyntaxErrorText } from '../data/json-position.js';
