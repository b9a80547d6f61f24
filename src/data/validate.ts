/**
 * Small reusable checkers for untrusted data. Each takes a value, the JSON path it came from and a
 * problem list; it returns the clean value, or `undefined` after pushing a problem that a CMS
 * editor can act on. Absent values (`undefined` or `null`) are fine unless `required` is set.
 * Nothing here throws, whatever the input (getters that throw, proxies, symbols, cycles).
 */
import type { DataProblem, LocalizedText, Money } from './types.js';
import { isCalendarDate, isValidTimeZone, parseInstant } from './time.js';
import { hasLoneSurrogate, safeUrl } from './url.js';

export type Problems = DataProblem[];

export interface CheckOptions {
  /** Report a missing value (`undefined`, `null`) as a problem. */
  required?: boolean;
}

/** Longest quoted bad value in a message, in characters. */
const QUOTE_MAX = 60;

/** `Array.isArray` that answers false for a revoked Proxy instead of throwing. */
export function isList(v: unknown): v is unknown[] {
  try {
    return Array.isArray(v);
  } catch {
    return false;
  }
}

/** A non-null, non-array object (plain or with a null prototype). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  try {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    // A revoked Proxy throws from Array.isArray.
    return false;
  }
}

/** Reads `obj[key]` without letting a throwing getter or proxy trap escape; such a value counts as absent. */
export function readField(obj: unknown, key: string | number, path?: string, problems?: Problems): unknown {
  try {
    return (obj as Record<string | number, unknown>)[key];
  } catch (error) {
    if (path !== undefined && problems) problems.push({ path, message: `could not be read (${errorText(error)})` });
    return undefined;
  }
}

/** A value as a short quoted string for messages: `"tomorrow"`, long values cut at ~60 characters. */
export function quote(value: string): string {
  const chars = Array.from(value);
  const cut = chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : value;
  return JSON.stringify(cut);
}

/** What kind of value this is, for messages: `a number`, `an array`, `true/false`, ... */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'a non-finite number';
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'object') return isRecord(value) ? 'an object' : 'a list';
  if (typeof value === 'function') return 'a function';
  return `a ${typeof value}`;
}

/**
 * Old name of {@link describeValue}, kept for modules that already import it.
 * @deprecated Use `describeValue` (a public export named `describe` clashes with test runners' globals).
 */
export const describe = describeValue;

/** The message of a caught error, safe to put in a problem. */
export function errorText(error: unknown): string {
  try {
    if (error instanceof Error) return error.message.slice(0, 120);
    return typeof error === 'string' ? error.slice(0, 120) : describeValue(error);
  } catch {
    return 'unknown error';
  }
}

/** True when `v` is absent (`undefined` or `null`), after reporting it when it is required. */
export function absent(v: unknown, path: string, problems: Problems, options: CheckOptions | undefined): boolean {
  if (v !== undefined && v !== null) return false;
  if (options?.required) problems.push({ path, message: 'is required but missing' });
  return true;
}

/** A non-empty string (trimmed). */
export function checkString(
  v: unknown,
  path: string,
  problems: Problems,
  options?: CheckOptions & { maxLength?: number; pattern?: RegExp; patternHint?: string },
): string | undefined {
  if (absent(v, path, problems, options)) return undefined;
  if (typeof v !== 'string') {
    problems.push({ path, message: `expected text, got ${describeValue(v)}` });
    return undefined;
  }
  const s = v.trim();
  if (s === '') {
    problems.push({ path, message: options?.required ? 'is required but empty' : 'is empty' });
    return undefined;
  }
  if (options?.maxLength !== undefined && s.length > options.maxLength) {
    problems.push({ path, message: `is longer than ${options.maxLength} characters` });
    return undefined;
  }
  if (options?.pattern && !options.pattern.test(s)) {
    problems.push({ path, message: `${quote(s)} is not ${options.patternHint ?? 'in the expected form'}` });
    return undefined;
  }
  return s;
}

/** An id: a non-empty string of at most 200 characters. */
const ID_REQUIRED = Object.freeze({ required: true, maxLength: 200 });
const ID_OPTIONAL = Object.freeze({ maxLength: 200 });

export function checkId(v: unknown, path: string, problems: Problems, options?: CheckOptions): string | undefined {
  const id = checkString(v, path, problems, options?.required ? ID_REQUIRED : ID_OPTIONAL);
  // Ids become URL fragments, iCalendar UIDs and JSON-LD @ids: a lone UTF-16 surrogate cannot be
  // encoded in any of them (encodeURIComponent throws), so such an id is invalid data.
  if (id !== undefined && hasLoneSurrogate(id)) {
    problems.push({ path, message: `${quote(id)} contains a broken Unicode character (a lone surrogate)` });
    return undefined;
  }
  return id;
}

/** A BCP 47 language tag such as `en`, `bg` or `pt-BR` (shape only). */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** A language code (BCP 47 shape, see {@link LANGUAGE_TAG}), such as a view's `lang`. */
export function checkLang(v: unknown, path: string, problems: Problems): string | undefined {
  return checkString(v, path, problems, { pattern: LANGUAGE_TAG, patternHint: 'a language code (like "en" or "bg")' });
}

/** A two-letter ISO 3166 country code in capitals (`BG`). */
export function checkCountry(v: unknown, path: string, problems: Problems, options?: CheckOptions): string | undefined {
  return checkString(v, path, problems, {
    ...options,
    pattern: /^[A-Z]{2}$/,
    patternHint: 'a two-letter ISO 3166 country code (like "BG")',
  });
}

/**
 * Localized text: a non-empty string, or an object of language -> string. Inside an object,
 * entries whose key is not a language tag or whose value is not a non-empty string are dropped
 * with a problem; the object counts only when at least one entry is left.
 */
export function checkText(v: unknown, path: string, problems: Problems, options?: CheckOptions): LocalizedText | undefined {
  if (absent(v, path, problems, options)) return undefined;
  if (typeof v === 'string') {
    if (v.trim() === '') {
      problems.push({ path, message: options?.required ? 'is required but empty' : 'is empty' });
      return undefined;
    }
    return v;
  }
  if (!isRecord(v)) {
    problems.push({ path, message: `expected text or an object of texts per language, got ${describeValue(v)}` });
    return undefined;
  }
  let keys: string[];
  try {
    keys = Object.keys(v);
  } catch (error) {
    problems.push({ path, message: `could not be read (${errorText(error)})` });
    return undefined;
  }
  const out: Record<string, string> = {};
  let count = 0;
  for (const key of keys) {
    const itemPath = `${path}.${key.length > 30 ? `${key.slice(0, 30)}…` : key}`;
    if (!LANGUAGE_TAG.test(key)) {
      problems.push({ path: itemPath, message: `${quote(key)} is not a language code (like "en" or "bg")` });
      continue;
    }
    const text = readField(v, key, itemPath, problems);
    if (typeof text !== 'string') {
      if (text !== undefined) problems.push({ path: itemPath, message: `expected text, got ${describeValue(text)}` });
      continue;
    }
    if (text.trim() === '') continue; // An empty translation is simply absent.
    out[key] = text;
    count++;
  }
  if (count === 0) {
    problems.push({ path, message: options?.required ? 'is required but has no text in any language' : 'has no text in any language' });
    return undefined;
  }
  return out;
}

const OFFSETLESS = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * An RFC 3339 date-time with an offset (`2018-07-06T10:00:00+03:00`); with `allowDate`, also a
 * calendar date (`2018-07-06`). Returned as given (trimmed), so the author's offset is kept.
 */
export function checkInstant(v: unknown, path: string, problems: Problems, options?: CheckOptions & { allowDate?: boolean }): string | undefined {
  if (absent(v, path, problems, options)) return undefined;
  if (typeof v !== 'string') {
    problems.push({ path, message: `expected an RFC 3339 date-time, got ${describeValue(v)}` });
    return undefined;
  }
  const s = v.trim();
  if (parseInstant(s)) return s;
  if (options?.allowDate && /^\d{4}-\d{2}-\d{2}$/.test(s)) {
    if (isCalendarDate(s)) return s;
    problems.push({ path, message: `${quote(s)} is not a real date` });
    return undefined;
  }
  if (OFFSETLESS.test(s)) {
    problems.push({ path, message: `${quote(s)} has no UTC offset (add Z or one like +03:00)` });
    return undefined;
  }
  const expected = options?.allowDate ? 'an RFC 3339 date-time or a date (YYYY-MM-DD)' : 'an RFC 3339 date-time';
  problems.push({ path, message: `${quote(s)} is not ${expected}` });
  return undefined;
}

/** A real calendar date `YYYY-MM-DD` (2020-02-29 yes, 2019-02-29 no). */
export function checkDate(v: unknown, path: string, problems: Problems, options?: CheckOptions): string | undefined {
  if (absent(v, path, problems, options)) return undefined;
  if (typeof v !== 'string') {
    problems.push({ path, message: `expected a date (YYYY-MM-DD), got ${describeValue(v)}` });
    return undefined;
  }
  const s = v.trim();
  if (isCalendarDate(s)) return s;
  const message = /^\d{4}-\d{2}-\d{2}$/.test(s) ? `${quote(s)} is not a real date` : `${quote(s)} is not a date (YYYY-MM-DD)`;
  problems.push({ path, message });
  return undefined;
}

/** A URL that may become a link (see safeUrl): http, https, mailto, tel or relative. */
export function checkUrl(v: unknown, path: string, problems: Problems, options?: CheckOptions): string | undefined {
  if (absent(v, path, problems, options)) return undefined;
  if (typeof v !== 'string') {
    problems.push({ path, message: `expected a link, got ${describeValue(v)}` });
    return undefined;
  }
  const url = safeUrl(v);
  if (url === undefined) {
    problems.push({ path, message: `${quote(v)} is not a safe link (only http, https, mailto, tel or relative)` });
  }
  return url;
}

/** One of the allowed strings. */
export function checkEnum<T extends string>(v: unknown, allowed: readonly T[], path: string, problems: Problems, options?: CheckOptions): T | undefined {
  if (absent(v, path, problems, options)) return undefined;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  const got = typeof v === 'string' ? quote(v) : describeValue(v);
  problems.push({ path, message: `${got} is not one of: ${allowed.join(', ')}` });
  return undefined;
}

/** `true` or `false` (a JSON boolean: the text "true" is not one). */
export function checkBoolean(v: unknown, path: string, problems: Problems, options?: CheckOptions): boolean | undefined {
  if (absent(v, path, problems, options)) return undefined;
  if (typeof v === 'boolean') return v;
  problems.push({ path, message: `expected true or false, got ${describeValue(v)}` });
  return undefined;
}

/** A finite number, optionally within bounds and whole. */
export function checkNumber(
  v: unknown,
  path: string,
  problems: Problems,
  options?: CheckOptions & { min?: number; max?: number; integer?: boolean },
): number | undefined {
  if (absent(v, path, problems, options)) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    problems.push({ path, message: `expected a number, got ${describeValue(v)}` });
    return undefined;
  }
  if (options?.integer && !Number.isInteger(v)) {
    problems.push({ path, message: `${v} is not a whole number` });
    return undefined;
  }
  if (options?.min !== undefined && v < options.min) {
    problems.push({ path, message: `${v} is less than ${options.min}` });
    return undefined;
  }
  if (options?.max !== undefined && v > options.max) {
    problems.push({ path, message: `${v} is more than ${options.max}` });
    return undefined;
  }
  return v;
}

/** An amount of money: `{ amount: finite >= 0, currency: ISO 4217 code like "EUR" }`. */
export function checkMoney(v: unknown, path: string, problems: Problems, options?: CheckOptions): Money | undefined {
  if (absent(v, path, problems, options)) return undefined;
  if (!isRecord(v)) {
    problems.push({ path, message: `expected { amount, currency }, got ${describeValue(v)}` });
    return undefined;
  }
  const amount = checkNumber(readField(v, 'amount', `${path}.amount`, problems), `${path}.amount`, problems, {
    required: true,
    min: 0,
  });
  const currency = checkString(readField(v, 'currency', `${path}.currency`, problems), `${path}.currency`, problems, {
    required: true,
    pattern: /^[A-Z]{3}$/,
    patternHint: 'a three-letter ISO 4217 currency code (like "EUR")',
  });
  if (amount === undefined || currency === undefined) return undefined;
  return { amount, currency };
}

/** Longest list read; the rest is dropped with one problem. */
const MAX_ITEMS = 10_000;

/**
 * A list whose items each pass `itemFn`; failing items are dropped (the checker reports why),
 * the order of the others is kept.
 */
export function checkArray<T>(
  v: unknown,
  path: string,
  problems: Problems,
  itemFn: (item: unknown, path: string, problems: Problems) => T | undefined,
  options?: CheckOptions,
): T[] | undefined {
  if (absent(v, path, problems, options)) return undefined;
  if (!isList(v)) {
    problems.push({ path, message: `expected a list, got ${describeValue(v)}` });
    return undefined;
  }
  const lengthValue = readField(v, 'length', path, problems);
  const length = typeof lengthValue === 'number' ? lengthValue : 0;
  if (length > MAX_ITEMS) problems.push({ path, message: `has ${length} items; only the first ${MAX_ITEMS} are read` });
  const out: T[] = [];
  for (let i = 0; i < Math.min(length, MAX_ITEMS); i++) {
    const itemPath = `${path}[${i}]`;
    const item = itemFn(readField(v, i, itemPath, problems), itemPath, problems);
    if (item !== undefined) out.push(item);
  }
  return out;
}

/** An IANA time zone Intl knows (`Europe/Sofia`). */
export function checkTimeZone(v: unknown, path: string, problems: Problems, options?: CheckOptions): string | undefined {
  if (absent(v, path, problems, options)) return undefined;
  if (typeof v !== 'string') {
    problems.push({ path, message: `expected an IANA time zone (like "Europe/Sofia"), got ${describeValue(v)}` });
    return undefined;
  }
  const zone = v.trim();
  if (isValidTimeZone(zone)) return zone;
  problems.push({ path, message: `${quote(v)} is not a known IANA time zone (like "Europe/Sofia")` });
  return undefined;
}

/**
 * Removes keys whose value is `undefined` (in place), so results compare and serialize cleanly.
 * With `empty`, also those whose value is empty or falsy (`''`, `null`, `0`, `false`, `[]`), as
 * views leave out what there is nothing to show of.
 */
export function compact<T extends object>(o: T, empty?: boolean): T {
  for (const key of Object.keys(o) as (keyof T)[]) {
    const v: unknown = o[key];
    if (v === undefined || (empty && (!v || (isList(v) && v.length === 0)))) delete o[key];
  }
  return o;
}

/** A list, or `undefined` when it is empty. */
export function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list?.length ? list : undefined;
}

/**
 * Field access for one object: `get('name')` reads safely (getters may throw), `at('name')` gives
 * the field's path, `check(checker, 'name', options)`, `oneOf('name', allowed)` and `list('name', itemFn)` read and check.
 */
export function fieldsOf(r: Record<string, unknown>, path: string, problems: Problems) {
  const at = (key: string): string => `${path}.${key}`;
  const get = (key: string): unknown => readField(r, key, at(key), problems);
  /** Reads one field and checks it: `check(checkText, 'name', { required: true })`. */
  const check = <T, O>(checker: (v: unknown, path: string, problems: Problems, options?: O) => T, key: string, options?: O): T =>
    checker(get(key), at(key), problems, options);
  /** Reads one field and checks it is one of `allowed` (see checkEnum). */
  const oneOf = <T extends string>(key: string, allowed: readonly T[], options?: CheckOptions): T | undefined =>
    checkEnum(get(key), allowed, at(key), problems, options);
  /** Reads one list field and checks its items (see checkArray). */
  const list = <T>(key: string, itemFn: (item: unknown, path: string, problems: Problems) => T | undefined): T[] | undefined =>
    checkArray(get(key), at(key), problems, itemFn);
  return { get, at, check, oneOf, list };
}

/** The value as a record, or `undefined` with a problem (`what` names the expected thing). */
export function checkRecord(v: unknown, path: string, problems: Problems, what: string): Record<string, unknown> | undefined {
  if (isRecord(v)) return v;
  problems.push({ path, message: `expected ${what} (an object), got ${describeValue(v)}` });
  return undefined;
}
