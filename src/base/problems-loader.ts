/**
 * Loads problems-report.ts, the on-demand chunk of what is needed only once data has problems:
 * the console warnings, the `show-problems` list, and the line and column of a JSON syntax error
 * in a `src` file. One loader and one chunk for all of them, because every on-demand chunk costs
 * the page load its (hashed, hardly compressible) file name at each place that imports it.
 */
export type ProblemsReport = typeof import('./problems-report.js');

/** The chunk once it has loaded (for use in `render()`, which cannot wait). */
export let problemsReport: ProblemsReport | undefined;

/** The chunk, loaded on first call; rejects when it cannot be loaded (a CDN chunk that did not arrive). */
export const loadProblemsReport = (): Promise<ProblemsReport> => import('./problems-report.js').then((m) => (problemsReport = m));
