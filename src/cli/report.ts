/**
 * How the command line prints problems: `file:line:column: path: message`, the form editors and
 * CI logs turn into links, and JSON for machines.
 */
import { formatGroup, groupProblems } from '../base/problems.js';
import type { DataProblem } from '../data/types.js';
import type { Position } from './json-source.js';

/** A problem with the position of its value in the file (the nearest existing value when it is missing). */
export interface LocatedProblem extends DataProblem, Position {}

export function locateAll(problems: readonly DataProblem[], locate: (path: string) => Position): LocatedProblem[] {
  return problems.map((p) => ({ path: p.path, message: p.message, ...locate(p.path) }));
}

/** `file:line:column: path: message`. */
export function problemLine(file: string, problem: LocatedProblem): string {
  return `${file}:${problem.line}:${problem.column}: ${problem.path ? `${problem.path}: ` : ''}${problem.message}`;
}

/**
 * One line per problem, except that problems of the same kind (one systematic mistake at many
 * paths) are one line with the count and the first few paths, at the position of the first: the
 * grouping the elements use for their console warnings. For messages on stderr beside an output,
 * where a flood would hide it.
 */
export function groupedLines(file: string, problems: readonly LocatedProblem[]): string[] {
  const positions = new Map<DataProblem, Position>(problems.map((p) => [p, p]));
  return groupProblems(problems).map((group) => {
    const at = positions.get(group[0]!)!;
    return `${file}:${at.line}:${at.column}: ${formatGroup(group)}`;
  });
}

/** "1 problem", "3 problems". */
export function countText(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
