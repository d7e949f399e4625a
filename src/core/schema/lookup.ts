// Looks up the part of a kind's JSON Schema that describes a data path (for completion and hover).

import type { Kind } from '../model/kinds';
import type { DataPath } from '../model/locate';
import { KIND_SCHEMAS, type JsonSchema } from './schemas';

/** Follows `$ref` to the kind's own definitions and one-item `allOf` wrappers, keeping the outer description. */
function resolve(root: JsonSchema, schema: JsonSchema | undefined): JsonSchema | undefined {
  let current = schema;
  const described = schema;
  for (let i = 0; i < 10 && current; i++) {
    const ref = current.$ref;
    const allOf = current.allOf as JsonSchema[] | undefined;
    if (typeof ref === 'string' && ref.startsWith('#/definitions/')) {
      current = (root.definitions as Record<string, JsonSchema>)[ref.slice('#/definitions/'.length)];
    } else if (allOf?.length === 1 && !current.properties) {
      current = { ...allOf[0], description: current.description ?? allOf[0].description, markdownDescription: current.markdownDescription ?? allOf[0].markdownDescription };
    } else break;
  }
  if (current && described && current !== described && described.description) {
    return { ...current, description: described.description, markdownDescription: described.markdownDescription ?? described.description };
  }
  return current;
}

function child(root: JsonSchema, schema: JsonSchema, segment: string | number): JsonSchema | undefined {
  if (typeof segment === 'number' || /^\d+$/.test(String(segment))) {
    if (schema.items && typeof schema.items === 'object') return resolve(root, schema.items as JsonSchema);
  }
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (properties && typeof segment === 'string' && properties[segment]) return resolve(root, properties[segment]);
  const patterns = schema.patternProperties as Record<string, JsonSchema> | undefined;
  // The patterns are the product's own schemas' (utm_ parameter names), not the playbook's.
  const matching = patterns && Object.entries(patterns).find(([pattern]) => new RegExp(pattern, 'u').test(String(segment)));
  if (matching) return resolve(root, matching[1]);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') return resolve(root, schema.additionalProperties as JsonSchema);
  return undefined;
}

/** The schema of `segment` (a property or a list index) below `schema`, a part of the schema of `kind`. */
export function childSchema(kind: Kind, schema: JsonSchema, segment: string | number): JsonSchema | undefined {
  return child(KIND_SCHEMAS[kind], schema, segment);
}

/** The schema of the value at `path` in a document of `kind`. */
export function schemaAt(kind: Kind, path: DataPath): JsonSchema | undefined {
  const root = KIND_SCHEMAS[kind];
  let schema: JsonSchema | undefined = root;
  for (const segment of path) {
    if (!schema) return undefined;
    schema = child(root, schema, segment);
  }
  return schema;
}

/** The values a schema allows by enumeration (`enum` or `const`). */
export function allowedValues(schema: JsonSchema | undefined): unknown[] {
  if (!schema) return [];
  if (Array.isArray(schema.enum)) return schema.enum;
  if (schema.const !== undefined) return [schema.const];
  if (schema.type === 'boolean') return [true, false];
  return [];
}

export function describe(schema: JsonSchema | undefined): string | undefined {
  const text = schema?.markdownDescription ?? schema?.description;
  return typeof text === 'string' ? text : undefined;
}
