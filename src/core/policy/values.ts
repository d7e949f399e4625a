// A document's value as CEL reads it, typed by its kind's schema: a field the schema says is an integer is a
// CEL int, a number a CEL double (so one field has one type in every document, however it is written), a
// field left out gets the schema's default (a brief without `status` is 'active', as the rules read it).
// Mappings become Maps, so no key (`__proto__`, `constructor`) ever reaches an object's prototype.

import type { Kind } from '../model/kinds';
import type { DataPath } from '../model/locate';
import { childSchema, schemaAt } from '../schema/lookup';
import type { JsonSchema } from '../schema/schemas';

const ROOT: DataPath = [];

/** The schema below a schema node, by segment, worked out once per node and segment (a check asks it per value). */
const children = new WeakMap<JsonSchema, Map<string | number, JsonSchema | undefined>>();
function below(kind: Kind, schema: JsonSchema, segment: string | number): JsonSchema | undefined {
  let known = children.get(schema);
  if (!known) children.set(schema, (known = new Map()));
  if (known.has(segment)) return known.get(segment);
  const child = childSchema(kind, schema, segment);
  known.set(segment, child);
  return child;
}

/** The fields of a schema node that have a default, with their schemas (worked out once per node: asked per value). */
const defaults = new WeakMap<JsonSchema, Array<[string, JsonSchema]>>();
function defaultsOf(kind: Kind, schema: JsonSchema): Array<[string, JsonSchema]> {
  let known = defaults.get(schema);
  if (!known) {
    known = [];
    for (const key of Object.keys((schema.properties as Record<string, JsonSchema> | undefined) ?? {})) {
      const field = below(kind, schema, key);
      if (field && 'default' in field) known.push([key, field]);
    }
    defaults.set(schema, known);
  }
  return known;
}

/** The ints most fields hold (a tier, a count, a day), made once: a check reads them in every document. */
const SMALL = Array.from({ length: 4096 }, (_, i) => BigInt(i));

function number(value: number, schema: JsonSchema | undefined): unknown {
  const type = schema?.type;
  if (type === 'number') return value;
  // An integer field, or a field no schema types (a team's own x- field): whole numbers are ints.
  if (!Number.isSafeInteger(value) || type === 'string') return value;
  return value >= 0 && value < SMALL.length ? SMALL[value] : BigInt(value);
}

function convert(value: unknown, kind: Kind | undefined, schema: JsonSchema | undefined): unknown {
  if (typeof value === 'number') return number(value, schema);
  if (value === null || typeof value !== 'object') return value;
  let out: unknown;
  const child = (segment: string | number) => (kind && schema ? below(kind, schema, segment) : undefined);
  if (Array.isArray(value)) {
    const item = child(0);
    out = value.map((v) => convert(v, kind, item));
  } else {
    const map = new Map<string, unknown>();
    for (const key of Object.keys(value)) map.set(key, convert((value as Record<string, unknown>)[key], kind, child(key)));
    if (kind && schema) for (const [key, field] of defaultsOf(kind, schema)) if (!map.has(key)) map.set(key, convert(field.default, kind, field));
    out = map;
  }
  return out;
}

/**
 * The schema at a path of a kind, looked up once per path array and kind: asked for every list item a `*`
 * runs over, with the same path each time.
 */
const schemas = new WeakMap<DataPath, Map<Kind, JsonSchema | undefined>>();
function schemaOf(kind: Kind, path: DataPath): JsonSchema | undefined {
  let known = schemas.get(path);
  if (!known) schemas.set(path, (known = new Map()));
  if (known.has(kind)) return known.get(kind);
  const schema = schemaAt(kind, path);
  known.set(kind, schema);
  return schema;
}

/**
 * The value of a document of `kind` (or of the part of one at `path`: a Team's member, an item under a `*`).
 * Not kept: a check converts each document once, and values that live as long as the documents cost every
 * garbage collection after (what lives long, such as the `playbook` variable, is kept by whoever builds it).
 */
export function celValue(value: unknown, kind?: Kind, path: DataPath = ROOT): unknown {
  return convert(value, kind, kind ? schemaOf(kind, path) : undefined);
}

/**
 * A document's value with only `names` of its fields (each converted as celValue would, a default where the
 * document leaves one out): what policies that read just these fields need, without converting the rest.
 */
export function celFields(value: unknown, kind: Kind, names: ReadonlySet<string>): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return celValue(value, kind);
  const schema = schemaOf(kind, ROOT);
  const map = new Map<string, unknown>();
  for (const name of names) {
    const field = schema ? below(kind, schema, name) : undefined;
    if (Object.hasOwn(value, name)) map.set(name, convert((value as Record<string, unknown>)[name], kind, field));
    else if (field && 'default' in field && Object.hasOwn(schema?.properties ?? {}, name)) map.set(name, convert(field.default, kind, field));
  }
  return map;
}
