/**
 * The tables of the Storybook page "Event document" (EventDocument.mdx), generated from the single
 * description of the document (src/data/entities.ts) and its JSON Schema (src/data/json-schema.ts),
 * never typed by hand: a field added there appears here. Titles and descriptions are read from the
 * schema, so the page says word for word what an editor's tooltip says.
 *
 * Only the words for each kind of value ("date-time with offset") are written here; TypeScript
 * asks for one when a kind is added.
 */
import type { Entity, Field, Kind, RefKind } from '../src/data/entities.js';
import { ENTITIES, type EntityName } from '../src/data/entities-document.js';
import { KIND_DOCS } from '../src/data/entities.docs.js';
import { eventDocumentSchema, RUNTIME_ONLY, type JsonSchema } from '../src/data/json-schema.js';

/** Kinds of single values, each with a row in the table of value types. */
export type ValueKind = Exclude<Kind, 'enum' | 'num' | 'obj' | 'list'>;

/** How the type column names each kind of value. */
const KIND_LABELS: Record<ValueKind, string> = {
  id: 'id',
  str: 'text',
  text: 'text or text per language',
  instant: 'date-time with offset',
  when: 'date-time with offset, or date',
  date: 'date',
  url: 'URL',
  country: 'country code',
  currency: 'currency code',
  lang: 'language code',
  zone: 'time zone',
  color: 'CSS colour',
  bool: 'true or false',
  strs: 'list of texts',
};

/** A piece of a type or a note: plain text, a code literal, or a link to a table on the page. */
export type Piece = string | { code: string } | { text: string; href: string };

export interface FieldRow {
  /** The JSON key. */
  field: string;
  type: Piece[];
  /** `yes`: without it the entity is left out; `yes, repaired`: reported, the entity is kept. */
  required: '' | 'yes' | 'yes, repaired';
  description: string;
}

export interface EntityTable {
  /** The `$defs` name in the schema (`Session`). */
  name: EntityName;
  /** The id of its heading, the target of in-page links. */
  id: string;
  /** The schema's title, when it says more than the name. */
  title?: string;
  description: string;
  /** What the whole entity needs, in words (at least one of ..., left out without ...). */
  notes: Piece[][];
  rows: FieldRow[];
}

export interface ValueTypeRow {
  kind: ValueKind;
  id: string;
  label: string;
  description: string;
  examples: string[];
}

const schema = eventDocumentSchema();
const defs = schema.$defs as Record<string, JsonSchema>;
const entries = Object.entries(ENTITIES) as [EntityName, Entity][];
const nameOf = new Map<Entity, EntityName>(entries.map(([name, entity]) => [entity, name]));

/** The id of an entity's heading (`entity-session`). */
export const entityId = (name: string): string => `entity-${name.toLowerCase()}`;
/** The id of a value type's row (`value-instant`). */
export const valueId = (kind: string): string => `value-${kind}`;

const link = (entity: Entity): Piece => {
  const name = nameOf.get(entity)!;
  return { text: name, href: `#${entityId(name)}` };
};
const kindLink = (kind: ValueKind, text = KIND_LABELS[kind]): Piece => ({ text, href: `#${valueId(kind)}` });

/** The entity whose list defines a kind of reference (`people` -> Person). */
function definedBy(ref: RefKind): Entity | undefined {
  for (const [, entity] of entries) {
    for (const field of Object.values(entity.fields)) if (field.defines === ref) return field.e;
  }
  return undefined;
}

/** A list of code literals, comma-separated. */
const codes = (values: readonly string[]): Piece[] => values.flatMap((value, i) => (i ? [', ', { code: value }] : [{ code: value }]));

function typeOf(field: Field): Piece[] {
  const target = field.ref ? definedBy(field.ref) : undefined;
  switch (field.k) {
    case 'enum':
      return ['one of: ', ...codes(field.of ?? [])];
    case 'num': {
      const number = field.int ? 'whole number' : 'number';
      if (field.min !== undefined && field.max !== undefined) return [`${number} from ${field.min} to ${field.max}`];
      if (field.min !== undefined) return [`${number}, at least ${field.min}`];
      return [number];
    }
    case 'obj':
      return field.or ? [link(field.e!), ', or ', kindLink(field.or)] : [link(field.e!)];
    case 'list': {
      const unique = field.u || field.defines ? ' (ids unique)' : '';
      return field.or ? ['list of ', link(field.e!), ` or ${KIND_LABELS[field.or]}${unique}`] : ['list of ', link(field.e!), unique];
    }
    case 'id':
      return target ? [kindLink('id'), ` of ${/^[AEIOU]/.test(nameOf.get(target)!) ? 'an' : 'a'} `, link(target)] : [kindLink('id')];
    case 'strs':
      return target ? ['list of ', kindLink('id', 'ids'), ' of ', link(target)] : [kindLink('strs')];
    default:
      return [kindLink(field.k)];
  }
}

const REQUIRED = { 1: 'yes', 2: 'yes, repaired' } as const;

/** A schema keyword that holds text (`title`, `description`); anything else reads as no text. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function property(name: EntityName, key: string): JsonSchema {
  return ((defs[name]?.properties ?? {}) as Record<string, JsonSchema>)[key] ?? {};
}

function notesOf(name: EntityName, entity: Entity): Piece[][] {
  const notes: Piece[][] = [];
  // `needs` says in words what `any` lists, when both are given.
  if (entity.any && !entity.needs) notes.push(['Needs at least one of ', ...codes(entity.any), '.']);
  const dependent = defs[name]?.dependentRequired as Record<string, string[]> | undefined;
  for (const [key, needed] of Object.entries(dependent ?? {})) notes.push([{ code: key }, ' only with ', ...codes(needed), '.']);
  if (entity.needs) notes.push([`Left out, with a problem reported, without ${entity.needs}.`]);
  return notes;
}

function tableOf(name: EntityName, entity: Entity): EntityTable {
  const def = defs[name]!;
  const rows: FieldRow[] = [];
  // `$schema` is a property of the schema's root only, with no kind in entities.ts.
  if (entity.root)
    rows.push({ field: '$schema', type: ['path or URL of this schema'], required: '', description: textOf(property(name, '$schema').description) });
  for (const [key, field] of Object.entries(entity.fields)) {
    rows.push({ field: key, type: typeOf(field), required: field.r ? REQUIRED[field.r] : '', description: textOf(property(name, key).description) });
  }
  const title = textOf(def.title);
  return {
    name,
    id: entityId(name),
    title: title && title !== name ? title : undefined,
    description: textOf(def.description),
    notes: notesOf(name, entity),
    rows,
  };
}

/** The entities a document contains, from the root down (the others are views elements take as properties). */
function inDocument(): Set<Entity> {
  const seen = new Set<Entity>();
  const visit = (entity: Entity) => {
    if (seen.has(entity)) return;
    seen.add(entity);
    for (const field of Object.values(entity.fields)) if (field.e) visit(field.e);
  };
  visit(ENTITIES.EventDocument);
  return seen;
}

const documentSet = inDocument();

/** One table per entity of a document, the document first, in the order of entities.ts. */
export const documentTables: EntityTable[] = entries.filter(([, e]) => documentSet.has(e)).map(([name, e]) => tableOf(name, e));

/** One table per view (what elements take as properties), in the order of entities.ts. */
export const viewTables: EntityTable[] = entries.filter(([, e]) => !documentSet.has(e)).map(([name, e]) => tableOf(name, e));

/** The schema's definition of a kind, found through a field of that kind. */
function kindSchema(kind: ValueKind): JsonSchema | undefined {
  for (const [name, entity] of entries) {
    for (const [key, field] of Object.entries(entity.fields)) {
      const ref = field.k === kind ? property(name, key).$ref : undefined;
      if (typeof ref === 'string') return defs[ref.replace('#/$defs/', '')];
    }
  }
  return undefined;
}

/** One row per kind of value, with the schema's examples. */
export const valueTypes: ValueTypeRow[] = (Object.keys(KIND_LABELS) as ValueKind[]).map((kind) => {
  const examples = kindSchema(kind)?.examples;
  return {
    kind,
    id: valueId(kind),
    label: KIND_LABELS[kind],
    description: KIND_DOCS[kind],
    examples: Array.isArray(examples) ? examples.map((e) => JSON.stringify(e)) : [],
  };
});

/** What the runtime checks beyond the schema, in the schema's words. */
export const runtimeOnly: string[] = Object.values(RUNTIME_ONLY);

/** What the schema says of keys starting with `x-`. */
export const extensionKeys = textOf(((defs.EventDocument?.patternProperties ?? {}) as Record<string, JsonSchema>)['^x-']?.description);
