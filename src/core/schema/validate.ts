// Validates a document's data against its kind's schema and words each error for a person.

import type { ErrorObject, ValidateFunction } from 'ajv';
import * as VALIDATORS from '../generated/validators';
import type { Kind } from '../model/kinds';
import type { DataPath, PathSegment } from '../model/locate';
import { didYouMean, nearest } from '../text/distance';

/** Where a schema finding goes: on the value, on the key, or on the object that lacks something. */
export type Place = 'value' | 'key' | 'object';

export interface SchemaIssue {
  rule: string;
  message: string;
  path: DataPath;
  place: Place;
  /** A replacement for the value (`place: value`) or the key (`place: key`). */
  suggestion?: string;
}

/** The validators of every kind, generated from the schemas at build time (scripts/generate.mjs). */
function validator(kind: Kind): ValidateFunction {
  return VALIDATORS[kind];
}

export function validateKind(kind: Kind, data: unknown): SchemaIssue[] {
  const validate = validator(kind);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const typeErrorPaths = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return errors
    .filter((e) => e.keyword === 'type' || !typeErrorPaths.has(e.instancePath))
    .filter((e) => e.keyword !== 'if')
    .map((e) => toIssue(kind, e));
}

function segments(instancePath: string): PathSegment[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

/** `budget.lines[1].planned`, or the kind for the document itself. */
export function pathLabel(kind: string, path: DataPath): string {
  if (path.length === 0) return kind;
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/**
 * The value in capitals or without surrounding blanks, when that is all it lacks (`usd` for `USD`). The
 * pattern is one of the product's own schemas', never a playbook's.
 */
function patternSuggestion(pattern: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const shape = new RegExp(pattern, 'u');
  return [value.trim(), value.trim().toUpperCase(), value.trim().toLowerCase()].find((v) => v !== value && shape.test(v));
}

function typeName(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text '${value}'`;
  if (typeof value === 'number') return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'empty',
};

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

export const KEYWORD_RULES: Record<string, string> = {
  required: 'schema/required',
  additionalProperties: 'schema/unknown-property',
  type: 'schema/type',
  enum: 'schema/enum',
  const: 'schema/enum',
  format: 'schema/format',
  pattern: 'schema/pattern',
  minimum: 'schema/range',
  maximum: 'schema/range',
  exclusiveMinimum: 'schema/range',
  exclusiveMaximum: 'schema/range',
  minLength: 'schema/length',
  maxLength: 'schema/length',
  minItems: 'schema/items',
  maxItems: 'schema/items',
  uniqueItems: 'schema/items',
};

/** Words one ajv error for a person and names the schema rule it belongs to. */
export function toIssue(kind: Kind, error: ErrorObject): SchemaIssue {
  const path = segments(error.instancePath);
  const label = pathLabel(kind, path);
  const rule = KEYWORD_RULES[error.keyword] ?? 'schema/invalid';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const property = String(params.missingProperty);
      return { rule, path, place: 'object', message: `${label} is missing the required property '${property}'.` };
    }
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
      const suggestion = properties ? nearest(property, Object.keys(properties)) : undefined;
      const where = path.length === 0 ? `a ${kind}` : `'${label}'`;
      return {
        rule,
        path: [...path, property],
        place: 'key',
        suggestion,
        message: `Unknown property '${property}' in ${where}.${didYouMean(suggestion)}`,
      };
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(' or ');
      return { rule, path, place: 'value', message: `'${label}' must be ${expected}, not ${typeName(error.data)}.` };
    }
    case 'enum':
    case 'const': {
      const allowed = (error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]).map(String);
      const suggestion = typeof error.data === 'string' ? nearest(error.data, allowed) : undefined;
      const list = allowed.length === 1 ? `'${allowed[0]}'` : `one of ${allowed.map((a) => `'${a}'`).join(', ')}`;
      return {
        rule,
        path,
        place: 'value',
        suggestion: suggestion ?? (allowed.length === 1 ? allowed[0] : undefined),
        message: `'${label}' must be ${list}, not ${show(error.data)}.${didYouMean(suggestion)}`,
      };
    }
    case 'format': {
      const format = String(params.format);
      const wanted = format === 'date' ? 'a real calendar date written YYYY-MM-DD' : `in the ${format} format`;
      return { rule, path, place: 'value', message: `'${label}' must be ${wanted}, not ${show(error.data)}.` };
    }
    case 'pattern': {
      // Every pattern of the product's schemas says in words what it wants (a test holds them to it).
      const wanted = (error.parentSchema as { patternMessage?: unknown } | undefined)?.patternMessage;
      const suggestion = patternSuggestion(String(params.pattern), error.data);
      return {
        rule,
        path,
        place: 'value',
        suggestion,
        message: `'${label}' must be ${typeof wanted === 'string' ? wanted : 'written in its required form'}, not ${show(error.data)}.${didYouMean(suggestion)}`,
      };
    }
    case 'maximum': {
      const limit = Number(params.limit);
      const minimum = (error.parentSchema as { minimum?: unknown } | undefined)?.minimum;
      // A share from 0 to 1 given as a percentage (60 for 60 %).
      if (limit === 1 && minimum === 0 && typeof error.data === 'number' && error.data <= 100) {
        const share = String(Math.round(error.data * 100) / 10000);
        return { rule, path, place: 'value', suggestion: share, message: `'${label}' is a share from 0 to 1: write ${share} for ${error.data} %, not ${error.data}.` };
      }
      return { rule, path, place: 'value', message: `'${label}' must be at most ${limit}, not ${show(error.data)}.` };
    }
    case 'maxLength':
    case 'minLength': {
      const limit = Number(params.limit);
      const length = typeof error.data === 'string' ? [...error.data].length : undefined;
      const has = length === undefined ? '' : ` (it has ${length.toLocaleString('en-US')})`;
      const message = error.keyword === 'maxLength' ? `'${label}' is longer than ${limit.toLocaleString('en-US')} characters${has}.` : limit === 1 ? `'${label}' is empty.` : `'${label}' is shorter than ${limit} characters${has}.`;
      return { rule, path, place: 'value', message };
    }
    default:
      return { rule, path, place: 'value', message: `'${label}' ${error.message ?? 'is not valid'}.` };
  }
}
