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

/** How many paths a grouped warning names before "and N more". */
const FIRST_PATHS = 3;

/** Formats a problem as `path: message`. */
export function formatProblem(problem: DataProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/**
 * Splits a path or a message into its fixed text and the values in it (quoted texts and numbers,
 * which come from the data): `sessions[3].start` -> `sessions[`, `3`, `].start`. Values sit at odd
 * indexes, so two texts of the same shape have their values at the same places.
 */
function tokens(text: string): string[] {
  return text.split(/("(?:[^"\\]|\\.)*"|\d+(?:\.\d+)?)/);
}

/** The shape of a path or a message: its values blanked out (`sessions[…].start`, `"…" has no UTC offset`). */
function shape(text: string): string {
  return tokens(text)
    .map((t, i) => (i % 2 === 0 ? t : '…'))
    .join('');
}

/**
 * One text for several of the same shape: the values on which all agree are kept, the others
 * are blanked out (`event.sessions[…].start`, `"…" has no UTC offset (add Z or one like +03:00)`).
 */
function common(texts: readonly string[]): string {
  const split = texts.map(tokens);
  return split[0]!.map((t, i) => (i % 2 === 0 || split.every((s) => s[i] === t) ? t : t.startsWith('"') ? '"…"' : '…')).join('');
}

/**
 * Groups problems of the same kind: the same path and message once the values in them (quoted
 * texts, numbers, list indexes) are set aside. Groups keep the order of their first problem.
 */
export function groupProblems(problems: readonly DataProblem[]): DataProblem[][] {
  const groups = new Map<string, DataProblem[]>();
  for (const problem of problems) {
    const key = `${shape(problem.path)}\u0000${shape(problem.message)}`;
    const group = groups.get(key);
    if (group) group.push(problem);
    else groups.set(key, [problem]);
  }
  return [...groups.values()];
}

/**
 * One console line for a group of problems of the same kind. A single problem is `path: message`.
 * Several are counted, with the path and message they share (values that differ shown as `…`),
 * then the first few paths: alone when the messages are the same, else each with its own
 * message, since the values are what the editor looks for in the data.
 */
export function formatGroup(group: readonly DataProblem[]): string {
  if (group.length === 1) return formatProblem(group[0]!);
  const first = group.slice(0, FIRST_PATHS);
  const more = group.length > FIRST_PATHS ? ` and ${group.length - FIRST_PATHS} more` : '';
  const message = common(group.map((p) => p.message));
  const head = `${group.length} × ${formatProblem({ path: common(group.map((p) => p.path)), message })}`;
  if (group.every((p) => p.message === group[0]!.message)) return `${head} — at ${first.map((p) => p.path).join(', ')}${more}`;
  return `${head} — at:\n${first.map((p) => `  ${formatProblem(p)}`).join('\n')}${more ? `\n ${more}` : ''}`;
}

/**
 * Warns about each problem once per element tag in the console, so an editor fixing a CMS page
 * sees every problem with its data path, without a flood when the element re-renders. Problems of
 * the same kind (one systematic mistake at many paths) share one warning with their count and
 * the first few paths; `cluster-data-error` still lists every one.
 */
export function warnOnce(tag: string, problems: readonly DataProblem[]): void {
  const fresh = problems.filter((problem) => {
    const key = `${tag}\u0000${problem.path}\u0000${problem.message}`;
    if (warned.has(key)) return false;
    if (warned.size > 5000) warned.clear();
    warned.add(key);
    return true;
  });
  for (const group of groupProblems(fresh)) console.warn(`<${tag}> ${formatGroup(group)}`);
}
