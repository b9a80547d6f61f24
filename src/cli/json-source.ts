/**
 * JSON text with its source positions: the value (as `JSON.parse` reads it), the line and column
 * of a syntax error, and the line and column of the value at a problem's path
 * (`event.sessions[3].start`, `schedule.conference.days[0].rooms["Hall"][1].date`).
 *
 * Positions come from jsonc-parser's syntax tree, read as strict JSON (no comments, no trailing
 * commas), so what it accepts is what the elements accept. jsonc-parser is a devDependency that
 * the build bundles into dist/cli.js.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** A 1-based line and column (columns count UTF-16 code units, as editors do). */
export interface Position {
  line: number;
  column: number;
}

/** Parsed JSON text, or where and why it is not JSON. */
export type JsonSource =
  | { ok: true; value: unknown; locate: (path: string) => Position }
  | { ok: false; error: Position & { message: string } };

/** What each jsonc-parser error means, said for someone editing the file. */
const SYNTAX_MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'this is not a JSON value (text needs double quotes; true, false and null are lower case)',
  InvalidNumberFormat: 'this is not a JSON number',
  PropertyNameExpected: 'a property name in double quotes is expected (is there a comma after the last property?)',
  ValueExpected: 'a value is expected (is there a comma after the last item?)',
  ColonExpected: 'a colon is expected after the property name',
  CommaExpected: 'a comma is expected',
  CloseBraceExpected: 'a closing brace } is expected',
  CloseBracketExpected: 'a closing bracket ] is expected',
  EndOfFileExpected: 'the JSON value ends here, but more text follows',
  InvalidCommentToken: 'JSON has no comments',
  UnexpectedEndOfComment: 'JSON has no comments',
  UnexpectedEndOfString: 'the text has no closing double quote',
  UnexpectedEndOfNumber: 'the number ends too early',
  InvalidUnicode: 'this is not a valid \\u escape',
  InvalidEscapeCharacter: 'this is not a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)',
  InvalidCharacter: 'a control character (such as a tab or a line break) must be escaped inside text',
};

/**
 * Reads JSON text. A leading byte order mark is ignored (as `fetch` does); positions are those an
 * editor shows for the file.
 */
export function readJsonSource(input: string): JsonSource {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const lines = lineStarts(text);
  const position = (offset: number): Position => positionAt(lines, offset);
  if (text.trim() === '') return { ok: false, error: { ...position(text.length), message: 'not valid JSON: the file is empty' } };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) {
    const code = printParseErrorCode(first.error);
    return { ok: false, error: { ...position(first.offset), message: `not valid JSON: ${SYNTAX_MESSAGES[code] ?? code}` } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Only if jsonc-parser accepted something JSON.parse does not: V8 names the offset.
    const at = /position (\d+)/.exec(String(error));
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { ...position(at ? Number(at[1]) : 0), message: `not valid JSON: ${message}` } };
  }
  return {
    ok: true,
    value,
    locate: (path) => position(root ? nodeAt(root, pathSegments(path)).offset : 0),
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

/** Offsets at which lines start (after `\n`, `\r\n` or a lone `\r`). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function positionAt(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}
