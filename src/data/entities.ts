/**
 * The event document as one declarative description: every entity (the whole document, the event,
 * a session, a person, ...) and every view an element takes as a property (a track, a speaker, a
 * project card), field by field. It is the single source of
 *
 * - runtime validation with repair (`parseWith` in walk.ts: keep what is valid, drop the bad
 *   field or item, report each problem with its JSON path, report unknown keys);
 * - the TypeScript types in types.ts and views.ts, checked against it at compile time
 *   (entities.check.ts);
 * - the JSON Schema shipped as `event-document.schema.json` and the "Event document" docs page,
 *   both generated from it with the descriptions in entities.docs.ts (build time only, so the
 *   descriptions cost the browser nothing).
 *
 * Rules a field kind cannot say (an end after its start, a deadline after the opening) are
 * `rule`s of their entity, written once and documented next to the code.
 *
 * The description is one module per group of readers, so that a page pays only for the entities
 * its elements read (a bundler places whole modules in chunks): this module holds the kinds with
 * their checkers, the field shorthands and the pieces everyone shares; entities-agenda.ts the
 * agenda track view (the agenda and its tracks), entities-programme.ts what a session has in a
 * document and in a track view alike with the kinds only they have (a colour, a list of tags or
 * ids), entities-funding.ts the funding call (the banner), entities-speaker.ts the speaker view,
 * entities-people.ts the event header view, entities-project.ts the project card view and
 * objective items, and entities-document.ts the whole document with {@link ENTITIES}, the list the
 * schema is made from.
 *
 * Kinds are pluggable: a field carries its kind's checker (`c`, given by the kind's shorthand
 * below, never written apart from `k`), and the walker (walk.ts) knows no table of kinds, so a
 * page loads the checkers of the kinds its entities have and no other.
 */
import {
  checkBoolean,
  checkCountry,
  checkDate,
  checkEnum,
  checkId,
  checkInstant,
  checkNumber,
  checkString,
  checkText,
  checkTimeZone,
  checkUrl,
  LANGUAGE_TAG,
  quote,
  type CheckOptions,
  type Problems,
} from './validate.js';
import { parseInstant } from './time.js';

/**
 * What a field holds. Each kind has one checker (its shorthand's `c`, below) and one JSON Schema
 * (json-schema.ts):
 * - `id`: a non-empty string of at most 200 characters, no broken Unicode;
 * - `str`: non-empty text in one language (a name, an acronym); `text`: localized text;
 * - `instant`: an RFC 3339 date-time with offset; `when`: an instant or a calendar date;
 *   `date`: a calendar date `YYYY-MM-DD`;
 * - `url`: a link that may be shown (http, https, mailto, tel or relative);
 * - `enum` (with `of`), `num` (with `min`/`max`, and `int` for whole numbers), `bool` (true or
 *   false), `country` (ISO 3166 alpha-2), `currency` (ISO 4217), `lang` (BCP 47), `zone` (IANA),
 *   `color` (a CSS colour without tricks);
 * - `strs`: a list of non-empty strings (duplicates dropped);
 * - `obj` / `list`: one / a list of the entity `e`; with `or`, a plain string of that kind is
 *   accepted instead of the object (an organisation by name, a link by URL).
 */
export type Kind =
  | 'id'
  | 'str'
  | 'text'
  | 'instant'
  | 'when'
  | 'date'
  | 'url'
  | 'enum'
  | 'num'
  | 'bool'
  | 'country'
  | 'currency'
  | 'lang'
  | 'zone'
  | 'color'
  | 'strs'
  | 'obj'
  | 'list';

/** Kinds of ids that other fields refer to, see {@link DocumentRefs}. */
export type RefKind = 'tracks' | 'rooms' | 'people' | 'organizations' | 'projects' | 'objectiveLists';

/**
 * The checker of one kind: the clean value of `v`, or `undefined` after pushing a problem (a
 * missing value is one only when the field is required: `options.required`, from `field.r`).
 * `refs` are the ids the document defines, for the kinds that refer to them (entities-document.ts).
 */
export type KindCheck = (v: unknown, path: string, problems: Problems, options: CheckOptions, field: Field, refs?: DocumentRefs) => unknown;

export interface Field {
  readonly k: Kind;
  /**
   * The kind's checker, for every kind but `obj` and `list` (which the walker reads itself): given
   * with `k` by the kind's shorthand ({@link INSTANT}, {@link oneOf}, ...), so the two never
   * disagree.
   */
  readonly c?: KindCheck;
  /**
   * Required: `1` when the entity cannot be used without it (it is left out, with a problem);
   * `2` when it is reported as missing but the entity is kept and repaired by its rule.
   */
  readonly r?: 1 | 2;
  /** Allowed values of an `enum`. */
  readonly of?: readonly string[];
  /** The entity of an `obj` or the items of a `list`. */
  readonly e?: Entity;
  /** For `obj`/`list`: a plain string of this kind stands for the object. */
  readonly or?: 'str' | 'url';
  /** With `or`: the string becomes the object `{ [wrap]: string }` (a link given by its URL). */
  readonly wrap?: string;
  readonly min?: number;
  readonly max?: number;
  /** For a `num`: a whole number. */
  readonly int?: 1;
  /**
   * An id (or, for `strs`, ids) of this kind, checked when the document defines that kind: given
   * with `c` by `refTo` (entities-document.ts), since only a whole document has references.
   */
  readonly ref?: RefKind;
  /** For a `list`: the items' ids are unique (later duplicates are left out). */
  readonly u?: 1;
  /** For a `list`: the items' ids are unique and define this kind of reference for the fields after it. */
  readonly defines?: RefKind;
  /** For a `list`: an empty list counts as absent. */
  readonly ne?: 1;
  /** For a `list` of nested items: one level deeper (see MAX_NESTING). */
  readonly nest?: 1;
}

/** Ids a document defines, against which references are checked; a kind left out is not checked. */
export type DocumentRefs = { [K in RefKind]?: ReadonlySet<string> };

/** What a rule sees of the entity being checked. */
export interface RuleContext {
  /** The checked fields so far (a rule may change or delete them). */
  out: Record<string, unknown>;
  /** The raw value of a field as given. */
  raw: (key: string) => unknown;
  /** The JSON path of a field. */
  at: (key: string) => string;
  /** The path of the entity. */
  path: string;
  problems: Problems;
  refs: DocumentRefs | undefined;
}

/** A rule across fields; returns `false` to leave the entity out (after reporting why). */
export type Rule = (ctx: RuleContext) => boolean | void;

export interface Entity {
  /** Name for messages, with its article: `a session`. */
  readonly name: string;
  /** What a usable one needs, for the "left out" message: `an id and a title`. */
  readonly needs?: string;
  /** At least one of these fields must be present (a person known by name, job title or organisation). */
  readonly any?: readonly string[];
  readonly fields: Readonly<Record<string, Field>>;
  readonly rule?: Rule;
  /** The root: `$schema` is allowed there. */
  readonly root?: 1;
  /**
   * Remember the result per path: an object at the same path as last time, checked against the
   * same references, with the same keys whose values are the same objects (like any Lit property,
   * a value changed in place is not seen) or the same plain data (compared by content, so a new
   * copy of an unchanged session is not checked again: a programme re-rendered after one session
   * changed), gets the same result object. Values that are not plain objects, arrays or
   * primitives match only themselves.
   */
  readonly memo?: 1;
}

/** A field as entities write it: a kind the walker reads itself, or one with its checker. */
export type EntityField = Field & ({ readonly k: 'obj' | 'list' } | { readonly c: KindCheck });

/**
 * Makes an entity, keeping the literal field specs for the compile-time checks. Free of side
 * effects, so a bundler drops the entities a page does not read.
 */
/* @__NO_SIDE_EFFECTS__ */
export function entity<const F extends Readonly<Record<string, EntityField>>>(
  name: string,
  fields: F,
  options: Omit<Entity, 'name' | 'fields'> = {},
): Omit<Entity, 'fields'> & { readonly fields: F } {
  return { name, fields, ...options };
}

/** How deep objective items may nest (an item at level 1 may have children down to level 6). */
export const MAX_NESTING = 6;

/** Default content language when the document names none. */
export const DEFAULT_LANG = 'en';

// ---------------------------------------------------------------------------------------------
// Kinds, each with its checker (optional fields: spread one and add `r` to require it)

const CURRENCY_CODE = { pattern: /^[A-Z]{3}$/, patternHint: 'a three-letter ISO 4217 currency code (like "EUR")' };
const LANGUAGE_CODE = { pattern: LANGUAGE_TAG, patternHint: 'a language code (like "en" or "bg")' };

/** A kind with its checker. Free of side effects, so a bundler drops the kinds a page does not use. */
/* @__NO_SIDE_EFFECTS__ */
export function kind<const K extends Kind>(k: K, c: KindCheck): { readonly k: K; readonly c: KindCheck } {
  return { k, c };
}

export const ANY_ID = kind('id', checkId);
export const STR = kind('str', checkString);
export const TEXT = kind('text', checkText);
export const INSTANT = kind('instant', checkInstant);
export const WHEN = kind('when', (v, path, problems, options) => checkInstant(v, path, problems, { ...options, allowDate: true }));
export const DATE = kind('date', checkDate);
export const URL = kind('url', checkUrl);
/** A number; add `min`, `max` and `int: 1` to bound it. */
export const NUM = kind('num', (v, path, problems, options, field) =>
  checkNumber(v, path, problems, { ...options, min: field.min, max: field.max, integer: field.int === 1 }),
);
export const BOOL = kind('bool', checkBoolean);
export const COUNTRY = kind('country', checkCountry);
export const CURRENCY = kind('currency', (v, path, problems, options) => checkString(v, path, problems, { ...options, ...CURRENCY_CODE }));
export const LANG = kind('lang', (v, path, problems, options) => checkString(v, path, problems, { ...options, ...LANGUAGE_CODE }));
export const ZONE = kind('zone', checkTimeZone);

/** One of the strings of `of`. */
const checkOneOf: KindCheck = (v, path, problems, options, field) => checkEnum(v, field.of!, path, problems, options);
export const oneOf = <const T extends readonly string[]>(of: T) => ({ k: 'enum', of, c: checkOneOf }) as const;

// ---------------------------------------------------------------------------------------------
// Field shorthands

export const ID = { ...ANY_ID, r: 1 } as const;
export const NAME = { ...TEXT, r: 1 } as const;

// ---------------------------------------------------------------------------------------------
// Rules (each written once, for every entry point)

/**
 * Session times: a start alone (a programme that gives only start times) or a start and an end,
 * or neither (untimed: the session keeps its place in the list). The same on every path, a
 * document or a track view: an invalid start leaves the session untimed (its end is dropped);
 * an end without a start, or before the start, is dropped with a problem (the start is kept).
 */
export const sessionTimes: Rule = ({ out, raw, at, problems }) => {
  const { start, end } = out as { start?: string; end?: string };
  if (end === undefined) return;
  if (start === undefined) {
    if (raw('start') == null) problems.push({ path: at('end'), message: 'is given without a start; it is ignored' });
    delete out.end;
  } else if (instantMs(end) < instantMs(start)) {
    problems.push({ path: at('end'), message: `${quote(end)} is before the start ${quote(start)}; it is ignored` });
    delete out.end;
  }
};

/** Milliseconds of an instant that passed its check. */
export const instantMs = (s: string): number => parseInstant(s)!.getTime();

// ---------------------------------------------------------------------------------------------
// Shared pieces

export const MONEY = entity('an amount of money', {
  amount: { ...NUM, r: 1, min: 0 },
  currency: { ...CURRENCY, r: 1 },
});

export const IMAGE = entity('an image', { url: { ...URL, r: 1 }, alt: TEXT }, { needs: 'a safe url' });

export const LINK = entity('a link', { url: { ...URL, r: 1 }, label: TEXT }, { needs: 'a safe url' });

export const PROGRAMME = entity('a programme', { name: NAME, fund: STR, period: STR, url: URL }, { needs: 'a name' });
