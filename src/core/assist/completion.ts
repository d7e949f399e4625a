// Completion in mops documents: schema keys and values, ids from the index, naming tokens, UTM parameters and SOPs.

import { isMap, type Node as YamlNode } from 'yaml';
import type { Workspace } from '../engine/workspace';
import { KINDS } from '../model/kinds';
import { locate, type DataPath } from '../model/locate';
import type { Range } from '../model/types';
import { keyText } from '../model/walk';
import { RULES } from '../rules';
import { allowedValues, describe, schemaAt } from '../schema/lookup';
import { KIND_SCHEMAS, type JsonSchema } from '../schema/schemas';
import { targetsAt } from './references';
import { inFlowSequence, rangeOf, scopeAt, siblings, valueSpan, valueText, type AssistScope, type ValueSpan } from './scope';
import { snippetItems } from './snippets';
import { sopItems } from './sops';
import type { Target } from './targets';
import { snippetText, sortKey } from './text';
import { tokenCompletions } from './tokens';
import type { AssistItem } from './types';
import { utmCompletions } from './utm';
import { celCompletions } from './cel';

/** Completion items at `offset` (UTF-16 offset in the file's current text) of a file already set into the workspace. */
export function completionsAt(workspace: Workspace, path: string, offset: number): AssistItem[] {
  const scope = scopeAt(workspace, path, offset);
  const items = [...(scope ? itemsAt(scope) : []), ...snippetItems(workspace, path, offset)];
  // In the order an editor shows them, so that callers without sorting agree.
  return items.map((item, i) => ({ item, i })).sort((a, b) => compare(a.item.sortText, b.item.sortText) || a.i - b.i).map(({ item }) => item);
}

const compare = (a = '', b = '') => (a < b ? -1 : a > b ? 1 : 0);

function itemsAt(scope: AssistScope): AssistItem[] {
  const { place } = scope;
  if (place.on === 'value' && place.path.length === 1 && place.path[0] === 'kind') return kindItems(scope);
  if (!scope.kind) return [];
  if (place.on === 'key') return keyItems(scope, place.mapPath ?? place.path.slice(0, -1));
  const special = celCompletions(scope) ?? utmCompletions(scope) ?? tokenCompletions(scope);
  if (special) return special;
  const span = valueSpan(scope);
  if (!span) return [];
  const schema = schemaAt(scope.kind, place.path);
  // `- |` or `- ga|` in a list of mappings: the first key of a new item.
  // A list whose items may be text too (an SOP's steps): the keys of a mapping item, and the SOPs to insert.
  if (isObject(schema) && typeof place.path[place.path.length - 1] === 'number') return [...keyItems(scope, place.path, span), ...(schema && acceptsText(schema) ? sopItems(scope) : [])];
  const targets = targetsAt(scope);
  if (targets) return [...targetItems(scope, targets, span), ...sopItems(scope)];
  return [...valueItems(scope, schema, span), ...fileIdItems(scope, span), ...sopItems(scope)];
}

const isObject = (schema: JsonSchema | undefined) => !!schema && (schema.type === 'object' || !!schema.properties);
const acceptsText = (schema: JsonSchema) => schema.type === 'string' || (Array.isArray(schema.type) && schema.type.includes('string'));

function item(base: AssistItem, insertText: string): AssistItem {
  return insertText === base.label ? base : { ...base, insertText };
}

function targetItems(scope: AssistScope, targets: Target[], span: ValueSpan): AssistItem[] {
  const skip = siblings(scope);
  const flow = inFlowSequence(scope);
  const range = rangeOf(scope, span.start, span.end);
  return targets
    .filter((t) => t.accepted !== false && !skip.has(t.id))
    .map((t, i) =>
      item(
        { label: t.id, kind: t.kind, detail: t.detail, documentation: t.documentation, range, sortText: sortKey(t.group ?? 0, t.order ?? i) },
        t.raw ? span.lead + t.id : valueText(span, t.id, flow),
      ),
    );
}

/** Enumerated values (and booleans) from the schema. */
function valueItems(scope: AssistScope, schema: JsonSchema | undefined, span: ValueSpan): AssistItem[] {
  const flow = inFlowSequence(scope);
  const range = rangeOf(scope, span.start, span.end);
  const documentation = describe(schema);
  return allowedValues(schema).map((value, i) =>
    item(
      { label: String(value), kind: 'enum', detail: value === schema?.default ? 'default' : undefined, documentation, range, sortText: sortKey(0, i) },
      typeof value === 'string' ? valueText(span, value, flow) : span.lead + String(value),
    ),
  );
}

function kindItems(scope: AssistScope): AssistItem[] {
  const span = valueSpan(scope);
  if (!span) return [];
  const range = rangeOf(scope, span.start, span.end);
  return KINDS.map((kind, i) => item({ label: kind, kind: 'enum', documentation: describe(KIND_SCHEMAS[kind]), range, sortText: sortKey(0, i) }, span.lead + kind));
}

/** At a document's `id`: the file's name, when the file holds only this document (a brief file is named after its id). */
function fileIdItems(scope: AssistScope, span: ValueSpan): AssistItem[] {
  const { place, file } = scope;
  if (place.path.length !== 1 || place.path[0] !== 'id' || scope.kind === 'Config' || file.documents.length !== 1) return [];
  const name = file.path.split('/').pop()?.replace(/\.ya?ml$/i, '');
  if (!name) return [];
  return [item({ label: name, kind: 'id', detail: 'the file name', range: rangeOf(scope, span.start, span.end), sortText: sortKey(0, 0) }, valueText(span, name, false))];
}

/** A snippet that writes a key and the start of its value, shaped by the property's schema. */
function keySnippet(key: string, prop: JsonSchema | undefined, items: JsonSchema | undefined): string {
  const name = snippetText(key);
  if (isObject(prop)) return `${name}:\n  $0`;
  if (prop?.type === 'array') return isObject(items) ? `${name}:\n  - $0` : `${name}: [$0]`;
  const values = allowedValues(prop).map((v) => String(v));
  if (values.length === 1) return `${name}: ${snippetText(values[0])}`;
  if (values.length > 1) return `${name}: \${1|${values.map((v) => v.replace(/[,|\\$}]/g, (c) => `\\${c}`)).join(',')}|}`;
  return `${name}: $0`;
}

function typeLabel(prop: JsonSchema | undefined): string {
  if (!prop) return 'value';
  if (Array.isArray(prop.enum)) return 'enum';
  if (prop.format === 'date') return 'date';
  if (prop.type === 'array') return 'list';
  if (isObject(prop)) return 'mapping';
  return typeof prop.type === 'string' ? prop.type : 'value';
}

/** Property keys of the mapping at `mapPath` that it does not have yet. */
function keyItems(scope: AssistScope, mapPath: DataPath, span?: ValueSpan): AssistItem[] {
  const kind = scope.kind;
  if (!kind) return [];
  const { place, file } = scope;
  const typing = place.on === 'key' ? (place.node as YamlNode | undefined) : undefined;
  const map = mapPath.length === 0 ? scope.doc.yaml.contents : locate(scope.doc.yaml, mapPath)?.node;
  const present = new Set(isMap(map) ? map.items.filter((p) => p.key !== typing).map((p) => keyText(p.key)) : []);
  const [start, end] = typing?.range ? [typing.range[0], typing.range[1]] : span ? [span.start, span.end] : [scope.offset, scope.offset];
  const range = rangeOf(scope, start, end);
  // On a key that already has its colon (`own|er: x`), only the name is replaced.
  const bare = !!typing && /^[ \t]*:/.test(file.text.slice(end));
  const lead = span?.lead ?? '';
  if (kind === 'Config' && mapPath.length === 1 && mapPath[0] === 'rules') return ruleKeyItems(present, range, bare, lead);
  const schema = schemaAt(kind, mapPath);
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const required = Array.isArray(schema?.required) ? (schema.required as string[]) : [];
  return Object.keys(properties)
    .filter((key) => !present.has(key))
    .map((key, i) => {
      const prop = schemaAt(kind, [...mapPath, key]);
      const base: AssistItem = {
        label: key,
        kind: 'property',
        detail: `${typeLabel(prop)}${required.includes(key) ? ' · required' : ''}`,
        documentation: describe(prop),
        range,
        sortText: sortKey(required.includes(key) ? 0 : 1, i),
      };
      return bare ? base : { ...base, insertText: lead + keySnippet(key, prop, schemaAt(kind, [...mapPath, key, 0])), snippet: true };
    });
}

/** Under a Config's `rules`: every rule id and family (`utm/*`), as config/unknown-rule accepts them. */
function ruleKeyItems(present: Set<string>, range: Range, bare: boolean, lead: string): AssistItem[] {
  const families = [...new Set(RULES.map((r) => `${r.id.split('/')[0]}/*`))];
  const entries: Array<[string, string, string]> = [
    ...families.map((f): [string, string, string] => [f, 'every rule of the family', `Sets the severity of every \`${f.slice(0, -2)}/…\` rule.`]),
    ...RULES.map((r): [string, string, string] => [r.id, `rule · ${r.severity} by default`, r.description]),
  ];
  return entries
    .filter(([id]) => !present.has(id))
    .map(([id, detail, documentation], i) => {
      const base: AssistItem = { label: id, kind: 'property', detail, documentation, range, sortText: sortKey(0, i) };
      return bare ? base : { ...base, insertText: `${lead}${snippetText(id)}: \${1|off,info,warning,error|}`, snippet: true };
    });
}
