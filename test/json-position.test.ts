import { expect } from '@open-wc/testing';
import { jsonSyntaxError, jsonSyntaxErrorText, lineColumn } from '../src/data/json-position.js';

/** Where the engine itself stops: every text below must fail JSON.parse, or the test says nothing. */
function fails(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

describe('jsonSyntaxError: line and column of the first JSON syntax error, whatever the engine says', () => {
  it('is null for valid JSON of every kind', () => {
    for (const text of ['{}', '[]', ' 1 ', '-0.5e+10', '"a\\u00e9\\n"', 'true', 'null', '{"a":[1,{"b":false}],"c":"\\"x\\""}', '\n\t{ "a" : 1 }\r\n']) {
      expect(jsonSyntaxError(text), text).to.equal(null);
    }
  });

  const CASES: [string, number, number, RegExp][] = [
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /^expected ',' or '}' after a property value, found "\\""$/],
    ['[1, 2,\n]', 1, 6, /trailing comma/],
    ['{"a" 1}', 1, 6, /':' after a property name/],
    ['{"a": tru}', 1, 7, /expected a value, found "t"/],
    ['[1 2]', 1, 4, /',' or ']' after a list item/],
    ['{"a": "b', 1, 7, /ends inside a string/],
    ['{"a": "b\tc"}', 1, 9, /U\+0009 \(a control character\) inside a string/],
    ['{"a": "\\x"}', 1, 9, /bad escape \\x/],
    ['{"a": "\\u12"}', 1, 12, /four hexadecimal digits/],
    ['{"a": 1.}', 1, 9, /a digit after the decimal point/],
    ['{"a": -}', 1, 8, /a digit/],
    ['{"a": 1} x', 1, 10, /expected nothing more after the JSON value, found "x"/],
    ['', 1, 1, /expected a value, found the end of the text/],
    ['\uFEFF{}', 1, 1, /U\+FEFF/],
    ['{"a":\r\n\r\n 01}', 3, 3, /',' or '}'/],
    ['{"é😀": 1,\n "ü" 2}', 2, 6, /':' after a property name/],
  ];
  for (const [text, line, column, reason] of CASES) {
    it(`${JSON.stringify(text)}: line ${line}, column ${column}`, () => {
      expect(fails(text), 'JSON.parse rejects it too').to.equal(true);
      const error = jsonSyntaxError(text)!;
      expect(error, 'an error is found').to.not.equal(null);
      expect([error.line, error.column]).to.deep.equal([line, column]);
      expect(error.reason).to.match(reason);
      expect(lineColumn(text, error.offset)).to.deep.equal({ line, column });
    });
  }

  it('agrees with the engine on where the error is, when the engine (V8) says "position N"', () => {
    for (const [text] of CASES) {
      try {
        JSON.parse(text);
      } catch (error) {
        const position = /position (\d+)/.exec((error as Error).message)?.[1];
        if (position === undefined) continue;
        const offset = jsonSyntaxError(text)!.offset;
        // On purpose elsewhere: V8 points at the end of an unterminated string and after a trailing
        // comma; the scanner at the string's opening quote and at the comma (what the editor fixes).
        if (/ends inside a string|trailing comma/.test(jsonSyntaxError(text)!.reason)) continue;
        expect(offset, text).to.equal(Number(position));
      }
    }
  });

  it('gives no position rather than a wrong one for text nested too deeply to read', () => {
    const deep = '['.repeat(200_000);
    expect(fails(deep)).to.equal(true);
    expect(jsonSyntaxError(deep)).to.equal(null);
  });

  it('jsonSyntaxErrorText words it for a problem message', () => {
    expect(jsonSyntaxErrorText('{"a": 1,}')).to.equal('line 1, column 8: a comma before "}" with nothing after it (remove the trailing comma)');
    expect(jsonSyntaxErrorText('{"a": 1}')).to.equal(null);
  });
});
