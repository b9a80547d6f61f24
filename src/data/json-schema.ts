/**
 * The JSON Schema (draft 2020-12) of the event document, generated from entities.ts and the
 * descriptions in entities.docs.ts. Build time only (scripts/schema.mjs writes
 * `event-document.schema.json`; the Storybook "Event document" page reads the same tables): no
 * element imports this module, so none of it reaches a page.
 *
 * Each field kind has one schema here that accepts exactly what its runtime checker in
 * validate.ts accepts, with the differences named in {@link RUNTIME_ONLY} (rules across fields or
 * documents, and what the runtime forgives).
 */
import { MAX_NESTING, type Entity, type Field, type Kind } from './entities.js';
import { ENTITIES, type EntityName } from './entities-document.js';
import { ENTITY_DOCS, FIELD_DOCS, KIND_DOCS } from './entities.docs.js';
import { LANGUAGE_TAG } from './validate.js';

export type JsonSchema = { [key: string]: unknown };

/** The schema's id (documents name it by path: `node_modules/@cluster-events/components/event-document.schema.json`). */
export const SCHEMA_ID = 'urn:cluster-events:event-document';

/**
 * What the runtime checks and the schema cannot (or does not) say. Each is named here, in the
 * schema's description, and excluded explicitly by the agreement test (test/schema/).
 */
export const RUNTIME_ONLY = {
  zone: 'A time zone must also be known to the browser (Intl); the schema checks its shape.',
  references: 'Ids are unique within their list, and references (trackId, personId, organizationId, ...) name an id the document defines.',
  order:
    "An end is not before its start, a deadline not before the call opens, a registration does not close before it opens, a project's end date not before its start date, and an event's end is of the same kind (date or date-time) as its start.",
  places: 'The places remaining for a registration are not more than its capacity.',
  nesting: `Objective items nest at most ${MAX_NESTING} levels deep.`,
  colorName: 'A colour name must also be one the browser knows (CSS.supports).',
  lengths: 'Lengths (ids up to 200 characters, links up to 8192, colours up to 100) count UTF-16 code units at run time, characters in the schema.',
  null: 'At run time, null counts as an absent field; the schema asks to leave the field out.',
  cleanup:
    'At run time, a link may have spaces or control characters around it and tabs or line breaks inside, which browsers remove; the schema asks for the clean link.',
} as const;

// ---------------------------------------------------------------------------------------------
// The shapes of the kinds

/** A word in any letter case, as a pattern (JSON Schema patterns have no flags). */
function anyCase(word: string): string {
  return word.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

const DATE = String.raw`\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29`;
const TIME = String.raw`(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:[Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)`;
const NUM = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
const SEP = String.raw`(?:\s*,\s*|\s+)`;
const ALPHA = String.raw`(?:\s*[,/]\s*${NUM}%?)?`;
const COLOR = [
  String.raw`#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})`,
  String.raw`${anyCase('rgb')}[aA]?\(\s*${NUM}%?${SEP}${NUM}%?${SEP}${NUM}%?${ALPHA}\s*\)`,
  String.raw`${anyCase('hsl')}[aA]?\(\s*${NUM}(?:${anyCase('deg')})?${SEP}${NUM}%?${SEP}${NUM}%?${ALPHA}\s*\)`,
  String.raw`(?!(?:${['inherit', 'initial', 'unset', 'revert'].map(anyCase).join('|')})\s*$)[a-zA-Z]{3,30}`,
].join('|');
const SCHEME = String.raw`[a-zA-Z][a-zA-Z0-9+.\-]*:`;
const URL = [
  String.raw`^(?![\s\S]*[\u0000-\u001f\u007f])(?! )(?![\s\S]* $)`,
  String.raw`(?:${anyCase('http')}[sS]?:\/\/[^\/\\]|${anyCase('mailto')}:|${anyCase('tel')}:|(?!${SCHEME}))`,
].join('');

/** The schema of each kind of value, one `$defs` entry each. */
const KIND_SCHEMAS: Record<Exclude<Kind, 'enum' | 'num' | 'obj' | 'list'>, JsonSchema> = {
  id: { type: 'string', pattern: String.raw`^\s*(?![\s\S]*[\uD800-\uDFFF])\S(?:[\s\S]{0,198}\S)?\s*$`, examples: ['varna-2018', 'opening-session'] },
  str: { type: 'string', pattern: String.raw`\S`, examples: ['Marine Cluster Bulgaria'] },
  text: {
    anyOf: [
      { type: 'string', pattern: String.raw`\S` },
      {
        type: 'object',
        propertyNames: { pattern: LANGUAGE_TAG.source },
        additionalProperties: { type: 'string' },
        not: { additionalProperties: { type: 'string', pattern: String.raw`^\s*$` } },
      },
    ],
    examples: ['Varna', { en: 'Innovative Growth through Cluster Cooperation', bg: 'Иновативен растеж чрез клъстерно сътрудничество' }],
  },
  instant: { type: 'string', pattern: String.raw`^\s*(?:${DATE})[Tt ]${TIME}\s*$`, examples: ['2018-07-06T10:00:00+03:00'] },
  when: { type: 'string', pattern: String.raw`^\s*(?:${DATE})(?:[Tt ]${TIME})?\s*$`, examples: ['2018-07-06T10:00:00+03:00', '2018-07-06'] },
  date: { type: 'string', pattern: String.raw`^\s*(?:${DATE})\s*$`, examples: ['2018-07-06'] },
  url: {
    type: 'string',
    minLength: 1,
    maxLength: 8192,
    pattern: URL,
    examples: ['https://example.org/events', '/events/varna-2018', 'mailto:info@example.org'],
  },
  country: { type: 'string', pattern: String.raw`^\s*[A-Z]{2}\s*$`, examples: ['BG', 'RO', 'GR'] },
  currency: { type: 'string', pattern: String.raw`^\s*[A-Z]{3}\s*$`, examples: ['EUR', 'BGN'] },
  lang: { type: 'string', pattern: String.raw`^\s*${LANGUAGE_TAG.source.slice(1, -1)}\s*$`, examples: ['en', 'bg'] },
  zone: {
    type: 'string',
    pattern: String.raw`^\s*[A-Za-z][A-Za-z0-9_+\-/]{0,63}\s*$`,
    examples: ['Europe/Sofia', 'Europe/Brussels', 'Europe/Bucharest', 'Europe/Athens', 'UTC'],
  },
  color: { type: 'string', pattern: String.raw`^\s*(?:${COLOR})\s*$`, examples: ['#1e6fba', 'rgb(30 111 186)', 'hsl(150, 60%, 35%)', 'teal'] },
  bool: { type: 'boolean' },
  strs: { type: 'array', maxItems: 10_000, items: { type: 'string', pattern: String.raw`\S` } },
};

/** `$defs` names of the kinds. */
const KIND_NAMES: Record<keyof typeof KIND_SCHEMAS, string> = {
  id: 'Id',
  str: 'Text',
  text: 'LocalizedText',
  instant: 'DateTime',
  when: 'DateTimeOrDate',
  date: 'Date',
  url: 'Url',
  country: 'CountryCode',
  currency: 'CurrencyCode',
  lang: 'LanguageTag',
  zone: 'TimeZone',
  color: 'Color',
  bool: 'Boolean',
  strs: 'TextList',
};

const ref = (name: string): JsonSchema => ({ $ref: `#/$defs/${name}` });

/** Schema keywords that say what a rule of entities.ts requires, where JSON Schema can say it. */
const RULE_SCHEMAS: Partial<Record<EntityName, JsonSchema>> = {
  Session: { dependentRequired: { end: ['start'] } },
  AgendaSessionView: { dependentRequired: { end: ['start'] } },
  SpeakerSessionView: { dependentRequired: { start: ['timeZone'], end: ['start'] } },
  FundingCall: {
    anyOf: [{ required: ['deadlines'], properties: { deadlines: { type: 'array', minItems: 1 } } }, { required: ['opens'] }, { required: ['opensEstimate'] }],
  },
  AgendaTrackView: {
    if: { required: ['sessions'], properties: { sessions: { type: 'array', contains: { type: 'object', required: ['start'] } } } },
    then: { required: ['timeZone'] },
  },
  Registration: {
    if: { required: ['free'], properties: { free: { const: true } } },
    then: { properties: { price: { type: 'object', properties: { amount: { const: 0 } } } } },
  },
  EventHeaderView: {
    if: { required: ['start'], properties: { start: ref('DateTime') } },
    then: { required: ['timeZone'] },
  },
};

function fieldSchema(field: Field, names: Map<Entity, string>): JsonSchema {
  switch (field.k) {
    case 'enum':
      return { enum: [...field.of!] };
    case 'num':
      return compactSchema({ type: field.int ? 'integer' : 'number', minimum: field.min, maximum: field.max });
    case 'obj': {
      const entity = ref(names.get(field.e!)!);
      return field.or ? { anyOf: [ref(KIND_NAMES[field.or]), entity] } : entity;
    }
    case 'list': {
      const entity = ref(names.get(field.e!)!);
      return {
        type: 'array',
        maxItems: 10_000,
        items: field.or ? { anyOf: [ref(KIND_NAMES[field.or]), entity] } : entity,
      };
    }
    default:
      return ref(KIND_NAMES[field.k]);
  }
}

function compactSchema(schema: JsonSchema): JsonSchema {
  for (const key of Object.keys(schema)) if (schema[key] === undefined) delete schema[key];
  return schema;
}

function describe(entityName: EntityName, key: string): string {
  const docs = ENTITY_DOCS[entityName] as { fields?: Record<string, string> };
  const text = docs.fields?.[key] ?? FIELD_DOCS[key];
  if (!text) throw new Error(`entities.docs.ts: no description for ${entityName}.${key}`);
  return text;
}

function entitySchema(name: EntityName, entity: Entity, names: Map<Entity, string>): JsonSchema {
  const docs = ENTITY_DOCS[name];
  const properties: Record<string, JsonSchema> = {};
  if (entity.root) properties.$schema = { description: FIELD_DOCS.$schema };
  for (const [key, field] of Object.entries(entity.fields)) {
    properties[key] = { description: describe(name, key), ...fieldSchema(field, names) };
  }
  const required = Object.entries(entity.fields)
    .filter(([, field]) => field.r)
    .map(([key]) => key);
  return compactSchema({
    title: docs.title,
    description: docs.description,
    type: 'object',
    properties,
    required: required.length > 0 ? required : undefined,
    patternProperties: { '^x-': { description: FIELD_DOCS['x-'] } },
    additionalProperties: false,
    ...(entity.any ? { anyOf: entity.any.map((key) => ({ required: [key] })) } : {}),
    ...RULE_SCHEMAS[name],
    examples: docs.examples,
  });
}

/** The whole JSON Schema of the event document, with `$defs` for every entity and kind. */
export function eventDocumentSchema(version = '0.0.0'): JsonSchema {
  const names = new Map<Entity, string>(Object.entries(ENTITIES).map(([name, entity]) => [entity as Entity, name]));
  const defs: Record<string, JsonSchema> = {};
  for (const [name, entity] of Object.entries(ENTITIES)) defs[name] = entitySchema(name as EntityName, entity, names);
  for (const [kind, schema] of Object.entries(KIND_SCHEMAS)) {
    defs[KIND_NAMES[kind as keyof typeof KIND_SCHEMAS]] = { description: KIND_DOCS[kind as keyof typeof KIND_DOCS], ...schema };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Cluster event document',
    description: [
      `${ENTITY_DOCS.EventDocument.description} Generated from @cluster-events/components ${version}.`,
      'Besides what this schema says, the elements check (and report in the console, in the cluster-data-error event and with show-problems):',
      ...Object.values(RUNTIME_ONLY).map((text) => `- ${text}`),
    ].join('\n'),
    $ref: '#/$defs/EventDocument',
    $defs: defs,
  };
}
