/**
 * What is needed only once data has problems, loaded on demand by problems-loader.ts (a page whose
 * data is valid never loads it): the console warnings, grouped by kind, and the line and column
 * of a JSON syntax error in a `src` file. Nothing here imports Lit (an import would split Lit off
 * the CDN bundle into a chunk of its own).
 */
export { warnOnce } from './problems.js';
export { jsonSyntaxErrorText } from '../data/json-position.js';
