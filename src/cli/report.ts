/**
 * How the command line prints problems: `file:line:column: path: message`, the form editors and
 * CI logs turn into links, and JSON for machines.
 */
import type { DataProblem } from '../data/types.js';
import type { Position } from './json-source.js';

/** A problem with the position of its value in the file (the nearest existing value when it is missing). */
export interface LocatedProblem extends DataProblem, Position {}

/** How many paths a grouped line names before "and N more". */
const FIRST_PATHS = 3;

export function locateAll(problems: readonly DataProblem[], locate: (path: string) => Position): LocatedProblem[] {
  return problems.map((p) => ({ path: p.path, message: p.message, ...locate(p.path) }));
}

/** `file:line:column: path: message`. */
export function problemLine(file: string, problem: LocatedProblem): string {
  return `${file}:${problem.line}:${problem.column}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`;
}

/**
 * One line per problem, except that the same message at several paths (one systematic mistake)
 * is one line with the count and the first few paths, at the position of the first. For
 * messages on stderr beside an output, where a flood would hide it.
 */
export function groupedLines(file: string, problems: readonly LocatedProblem[]): string[] {
  const groups = new Map<string, LocatedProblem[]>();
  for (const p of problems) {
    const group = groups.get(p.message);
    if (group) group.push(p);
    else groups.set(p.message, [p]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    if (group.length === 1) return problemLine(file, first);
    const paths = group.slice(0, FIRST_PATHS).map((p) => p.path);
    const more = group.length > FIRST_PATHS ? ` and ${group.length - FIRST_PATHS} more` : '';
    return `${file}:${first.line}:${first.column}: ${group.length} × ${first.message} (at ${paths.join(', ')}${more})`;
  });
}

/** "1 problem", "3 problems". */
export function countText(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
