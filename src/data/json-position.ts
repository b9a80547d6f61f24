/**
 * Where JSON text stops being valid, as an editor needs it: line, column and what was expected.
 *
 * Engines word `JSON.parse` errors differently (V8 gives "position N" and sometimes "(line L
 * column C)", Firefox "at line L column C", WebKit no position at all), so the position is found
 * here by reading the text against the JSON grammar (RFC 8259) instead of from the engine's
 * message. Framework-free. Meant for the failure path only (after `JSON.parse` threw): it is a
 * second pass over the text and does not build any value.
 *
 * ```ts
 * jsonSyntaxError('{\n  "a": 1\n  "b": 2\n}');
 * // { offset: 13, line: 3, column: 3, reason: `expected ',' or '}' after a property value, found "\""` }
 * ```
 */

/** The first place where a text is not JSON, and why. */
export interface JsonSyntaxError {
  /** Offset in the text, in UTF-16 code units (as `String.prototype.slice` counts). */
  offset: number;
  /** 1-based line: lines end at `\n`, `\r\n` or `\r`. */
  line: number;
  /** 1-based column, in characters (code points) from the start of the line. */
  column: number;
  /** What was expected there and found instead, in English (`expected ':' after a property name, found "1"`). */
  reason: string;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const WHITESPACE = ' \t\n\r';
const ESCAPES = '"\\/bfnrtu';
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** How a character is named in a reason: `"x"`, or `U+0009` for an invisible one. */
function named(c: string): string {
  const code = c.codePointAt(0)!;
  return code < 0x20 || code === 0x7f || code === 0xfeff || (code >= 0x2028 && code <= 0x2029)
    ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : JSON.stringify(String.fromCodePoint(code));
}

/** 1-based line and column (in code points) of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < end; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: Array.from(text.slice(start, end)).length + 1 };
}

/**
 * The first syntax error of `text` read as JSON, or `null` when it is valid JSON. Also `null` when
 * the text is too deeply nested to be read here (thousands of levels), where no position is
 * given rather than a wrong one.
 */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const stop = (reason: string, at = i): never => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- control flow caught below (a Stop, no stack trace to take)
    throw new Stop(at, reason);
  };
  /** Stops at the character at `i`, saying what was expected there, with a hint for common slips. */
  const unexpected = (expected: string): never => {
    const c = text[i];
    if (c === undefined) return stop(`expected ${expected}, found the end of the text`);
    const hint = c === "'" ? ' (JSON needs double quotes)' : c === '/' && (text[i + 1] === '/' || text[i + 1] === '*') ? ' (JSON allows no comments)' : '';
    return stop(`expected ${expected}, found ${named(String.fromCodePoint(text.codePointAt(i)!))}${hint}`);
  };
  const skip = (): void => {
    while (i < text.length && WHITESPACE.includes(text[i]!)) i++;
  };
  const string = (): void => {
    const start = i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) return stop('the text ends inside a string (a closing " is missing)', start);
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === undefined || !ESCAPES.includes(e)) stop(`bad escape ${e === undefined ? '\\' : `\\${e}`} in a string`, i + 1);
        const notHex = e === 'u' ? [2, 3, 4, 5].find((k) => !isHex(text[i + k])) : undefined;
        if (notHex !== undefined) stop('bad \\u escape in a string (four hexadecimal digits are needed)', i + notHex);
        i += e === 'u' ? 6 : 2;
        continue;
      }
      if (c < ' ') stop(`${named(c)} (a control character) inside a string: write it as an escape such as \\n`);
      i++;
    }
  };
  const digits = (what: string): void => {
    if (!isDigit(text[i])) unexpected(what);
    while (isDigit(text[i])) i++;
  };
  const number = (): void => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits('a digit');
    if (text[i] === '.') {
      i++;
      digits('a digit after the decimal point');
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits('a digit in the exponent');
    }
  };
  const value = (): void => {
    skip();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || isDigit(c)) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    unexpected('a value');
  };
  /** After a comma: a closing bracket next means a trailing comma, which JSON does not allow (the comma is named). */
  const trailingComma = (close: string): void => {
    const comma = i - 1;
    skip();
    if (text[i] === close) stop(`a comma before ${JSON.stringify(close)} with nothing after it (remove the trailing comma)`, comma);
  };
  const object = (): void => {
    i++;
    skip();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skip();
      if (text[i] !== '"') unexpected('a property name in double quotes');
      string();
      skip();
      if (text[i] !== ':') unexpected("':' after a property name");
      i++;
      value();
      skip();
      if (text[i] === '}') {
        i++;
        return;
      }
      if (text[i] !== ',') unexpected("',' or '}' after a property value");
      i++;
      trailingComma('}');
    }
  };
  const array = (): void => {
    i++;
    skip();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      skip();
      if (text[i] === ']') {
        i++;
        return;
      }
      if (text[i] !== ',') unexpected("',' or ']' after a list item");
      i++;
      trailingComma(']');
    }
  };
  try {
    value();
    skip();
    if (i < text.length) unexpected('nothing more after the JSON value');
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) return null; // Nested too deeply for the call stack.
    return { offset: error.offset, ...lineColumn(text, error.offset), reason: error.reason };
  }
}

/**
 * `line 12, column 5: expected ',' or '}' after a property value` for JSON text that does not
 * parse, or `null` when no syntax error is found (the text is JSON after all, or too deep).
 */
export function jsonSyntaxErrorText(text: string): string | null {
  const error = jsonSyntaxError(text);
  return error && `line ${error.line}, column ${error.column}: ${error.reason}`;
}
