// What counts as "not filled in yet" in a brief made from the New campaign brief template (or its snippets):
// the template's own marker texts, and the zero it writes for the planned budget and a metric's target.

import type { DataPath } from '../model/locate';
import { isRecord, records } from '../model/readers';

/**
 * The marker texts the brief template writes where a person must write something. A text is a placeholder
 * exactly when it equals one of these (leading and trailing spaces aside): the words are the template's own,
 * so a real objective or segment never matches by accident.
 */
export const BRIEF_PLACEHOLDERS = {
  title: 'What the campaign is called',
  objective: 'The outcome this campaign must achieve, with a number',
  segment: 'who-it-is-for',
  metric: 'name-of-the-metric',
} as const;

const MARKERS: ReadonlySet<string> = new Set(Object.values(BRIEF_PLACEHOLDERS));

export function isPlaceholder(value: unknown): boolean {
  return typeof value === 'string' && MARKERS.has(value.trim());
}

/** Why a brief field that a gate requires does not count as filled in. */
export interface Unfilled {
  /** The brief field the gate names (`objective`, `budget`, …). */
  field: string;
  /** Where in the brief: the field itself, or the value inside it that is not filled in. */
  path: DataPath;
  /** `missing`, `empty`, `placeholder` (the template's marker text) or `zero` (an amount or target of 0). */
  reason: 'missing' | 'empty' | 'placeholder' | 'zero';
}

/**
 * A required field is filled in when it is present and not empty, holds none of the template's marker texts
 * (anywhere inside it), and, for `budget`, plans more than 0 and, for `success_metrics`, aims every metric at
 * a target other than 0. An untouched new brief (`planned: 0`, `target: 0`) must not pass a gate.
 */
export function unfilled(field: string, value: unknown): Unfilled[] {
  if (value === undefined || value === null) return [{ field, path: [field], reason: 'missing' }];
  if (isBlank(value)) return [{ field, path: [field], reason: 'empty' }];
  const found: Unfilled[] = [];
  walk(value, [field], (path, leaf) => {
    if (isPlaceholder(leaf)) found.push({ field, path, reason: 'placeholder' });
  });
  if (field === 'budget' && isRecord(value) && !(typeof value.planned === 'number' && value.planned !== 0)) {
    found.push({ field, path: [field, 'planned'], reason: value.planned === undefined ? 'missing' : 'zero' });
  }
  if (field === 'success_metrics') {
    for (const [metric, i] of records(value)) if (metric.target === 0) found.push({ field, path: [field, i, 'target'], reason: 'zero' });
  }
  return found;
}

function isBlank(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.keys(value).length === 0;
  return false;
}

/** Visits every scalar inside a value, with its path; bounded by the value's own size (parsed YAML is a tree). */
function walk(value: unknown, path: DataPath, visit: (path: DataPath, leaf: unknown) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i], visit));
  else if (isRecord(value)) for (const [key, item] of Object.entries(value)) walk(item, [...path, key], visit);
  else visit(path, value);
}

/** `objective`, `audience.segment`, `success_metrics[0].target`: a path as a person reads it. */
export function pathText(path: DataPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

/** "objective (the template's placeholder text)", "budget.planned (0)", "audience (empty)". */
export function describeUnfilled(item: Unfilled): string {
  const what = { missing: 'missing', empty: 'empty', placeholder: "the template's placeholder text", zero: '0' }[item.reason];
  return `${pathText(item.path)} (${what})`;
}
