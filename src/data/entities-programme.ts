/**
 * What a session has in a document and in a track view alike, with the kinds only the programme and
 * the whole document have: a track's colour and lists of tags or ids (see entities.ts). A module of
 * its own, so that the pages of elements whose views have no such field (a banner, a card, a
 * speaker) do not load their checkers.
 */
import { ID, INSTANT, kind, NAME, oneOf, TEXT, URL } from './entities.js';
import { absent, checkArray, checkString, describeValue, quote, type CheckOptions, type Problems } from './validate.js';
import { EVENT_STATUSES, SESSION_KINDS } from './types.js';

/** A list of non-empty strings (tags, ids); duplicates are dropped silently. */
export function checkStringList(v: unknown, path: string, problems: Problems): string[] | undefined {
  const list = checkArray(v, path, problems, (item, p, pr) => checkString(item, p, pr, { required: true }));
  return list && [...new Set(list)];
}

const NUM = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
const SEP = String.raw`(?:\s*,\s*|\s+)`;
const ALPHA_SEP = String.raw`\s*[,/]\s*`;
const RGB = new RegExp(String.raw`^rgba?\(\s*${NUM}%?${SEP}${NUM}%?${SEP}${NUM}%?(?:${ALPHA_SEP}${NUM}%?)?\s*\)$`, 'i');
const HSL = new RegExp(String.raw`^hsla?\(\s*${NUM}(?:deg)?${SEP}${NUM}%?${SEP}${NUM}%?(?:${ALPHA_SEP}${NUM}%?)?\s*\)$`, 'i');
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const CSS_WIDE = ['inherit', 'initial', 'unset', 'revert', 'revert-layer'];

/**
 * A CSS colour limited to forms that cannot smuggle anything into a style: `#rgb`, `#rrggbb`,
 * `#rrggbbaa`, `rgb()`/`rgba()`/`hsl()`/`hsla()` with numbers only, or a named colour word
 * (checked with `CSS.supports` where the platform has it). Never `url()`, `var()`, expressions or `;`.
 */
export function checkColor(v: unknown, path: string, problems: Problems, options?: CheckOptions): string | undefined {
  if (absent(v, path, problems, options)) return undefined;
  if (typeof v !== 'string') {
    problems.push({ path, message: `expected a CSS colour, got ${describeValue(v)}` });
    return undefined;
  }
  const s = v.trim();
  if (isSafeColor(s)) return s;
  problems.push({ path, message: `${quote(v)} is not a colour (use #rrggbb, rgb(), hsl() or a colour name)` });
  return undefined;
}

function isSafeColor(s: string): boolean {
  if (s.length > 100) return false;
  if (HEX.test(s) || RGB.test(s) || HSL.test(s)) return true;
  if (!/^[a-z]{3,30}$/i.test(s) || CSS_WIDE.includes(s.toLowerCase())) return false;
  const css = (globalThis as { CSS?: { supports?: (property: string, value: string) => boolean } }).CSS;
  return typeof css?.supports === 'function' ? css.supports('color', s) : true;
}

/** A CSS colour (see {@link checkColor}). */
export const COLOR = kind('color', checkColor);
/** A list of non-empty strings (see {@link checkStringList}); with `ref`, ids of that kind. */
export const STRS = kind('strs', checkStringList);

/** Fields a session has in a document and in a track view alike. */
export const SESSION_COMMON = {
  id: ID,
  title: NAME,
  abstract: TEXT,
  kind: oneOf(SESSION_KINDS),
  start: INSTANT,
  end: INSTANT,
  tags: STRS,
  url: URL,
  status: oneOf(EVENT_STATUSES),
} as const;
