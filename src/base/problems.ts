import type { DataProblem } from '../data/types.js';

/** Detail of the `cluster-data-error` event. */
export interface DataErrorDetail {
  /** Every problem found in the data this element received, with JSON paths. */
  problems: DataProblem[];
}

declare global {
  interface HTMLElementEventMap {
    'cluster-data-error': CustomEvent<DataErrorDetail>;
  }
}

const warned = new Set<string>();

/** Formats a problem as `path: message`. */
export function formatProblem(problem: DataProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/**
 * Warns once per distinct problem and element tag in the console, so an editor fixing a CMS page
 * sees every problem with its data path, without a flood when the element re-renders.
 */
export function warnOnce(tag: string, problems: readonly DataProblem[]): void {
  for (const problem of problems) {
    const key = `${tag}\u0000${problem.path}\u0000${problem.message}`;
    if (warned.has(key)) continue;
    if (warned.size > 5000) warned.clear();
    warned.add(key);
    console.warn(`<${tag}> ${formatProblem(problem)}`);
  }
}
