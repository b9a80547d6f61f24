/**
 * JSON text with its source positions: the value (as `JSON.parse` reads it), the line and column
 * of a syntax error, and the line and column of the value at a problem's path
 * (`event.sessions[3].start`, `schedule.conference.days[0].rooms["Hall"][1].date`).
 *
 * Whether the text is JSON, and where and why not, is decided as in the browser: `JSON.parse`,
 * then `jsonSyntaxError` (src/data/json-position.ts, which also places a `src` file's syntax error
 * for the elements), so both say the same. Positions of values come from jsonc-parser's syntax
 * tree of the valid text; jsonc-parser is a devDependency that the build bundles into dist/cli.js.
 * Columns count characters (code points), as `jsonSyntaxError` does.
 */
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { jsonSyntaxError } from '../data/json-position.js';

/** A 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Parsed JSON text, or where and why it is not JSON. */
export type JsonSource = { ok: true; value: unknown; locate: (path: string) => Position } | { ok: false; error: Position & { message: string } };

/**
 * Reads JSON text. A leading byte order mark is ignored (as `fetch` does); positions are those an
 * editor shows for the file.
 */
export function readJsonSource(input: string): JsonSource {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const syntax = jsonSyntaxError(text);
    const why = syntax ? syntax.reason : error instanceof Error ? error.message : String(error);
    return { ok: false, error: { ...(syntax ? { line: syntax.line, column: syntax.column } : { line: 1, column: 1 }), message: `not valid JSON: ${why}` } };
  }
  const root = parseTree(text, [], { disallowComments: true, allowTrailingComma: false });
  const lines = lineStarts(text);
  return {
    ok: true,
    value,
    locate: (path) => positionAt(text, lines, root ? nodeAt(root, pathSegments(path)).offset : 0),
  };
}

/**
 * The segments of a problem path: `event.sessions[3].start` -> `event`, `sessions`, 3, `start`;
 * `rooms["Hall A"][1]` -> `rooms`, `Hall A`, 1. A leading `document` names the whole file.
 */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  let i = 0;
  while (i < path.length) {
    const rest = path.slice(i);
    const index = /^\[(\d+)\]/.exec(rest);
    const quoted = /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest);
    if (rest.startsWith('.')) {
      i += 1;
    } else if (index) {
      out.push(Number(index[1]));
      i += index[0].length;
    } else if (quoted) {
      out.push(JSON.parse(quoted[1]!) as string);
      i += quoted[0].length;
    } else if (rest.startsWith('[')) {
      // Any other bracket: its text as a key (`[name]`), to the closing bracket or the end.
      const other = /^\[([^\]]*)\]?/.exec(rest)!;
      out.push(other[1]!);
      i += other[0].length;
    } else {
      const key = /^[^.[]+/.exec(rest)![0];
      out.push(key);
      i += key.length;
    }
  }
  return out;
}

/**
 * The node at the path, or at its nearest existing ancestor (a missing required field points at
 * the object that lacks it). `document` at the start is the root, unless the root has such a key.
 */
function nodeAt(root: Node, segments: (string | number)[]): Node {
  let path = segments;
  if (path[0] === 'document' && !findNodeAtLocation(root, ['document'])) path = path.slice(1);
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return node;
  }
  return root;
}

/** Offsets at which lines start (after `\n`, `\r\n` or a lone `\r`, as `lineColumn` counts lines). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Line and column of an offset (as `lineColumn` counts them), found through the line index. */
function positionAt(text: string, starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  const start = starts[low]!;
  return { line: low + 1, column: Array.from(text.slice(start, offset)).length + 1 };
}
