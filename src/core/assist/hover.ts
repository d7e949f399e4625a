// Hover in mops documents: a field's schema description, what a reference names, a tracked link's UTM verdicts.

import { isScalar } from 'yaml';
import type { Workspace } from '../engine/workspace';
import type { DataPath } from '../model/locate';
import type { Range } from '../model/types';
import { findRule } from '../rules';
import { allowedValues, describe, schemaAt } from '../schema/lookup';
import type { JsonSchema } from '../schema/schemas';
import { referenceHover } from './references';
import { rangeOf, scopeAt, type AssistScope } from './scope';
import { code, md } from './text';
import { tokenHover } from './tokens';
import type { AssistHover } from './types';
import { utmHover } from './utm';

const RULE = '\n\n---\n\n';

const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
/** The finding's range lies within (or is) the hovered value's. */
const within = (inner: Range, outer: Range) => before(outer.start, inner.start) && before(inner.end, outer.end);

/** `**key** — description`, with the allowed values of an enumeration. */
function fieldMarkdown(scope: AssistScope, path: DataPath, schema: JsonSchema | undefined): string | undefined {
  const key = [...path].reverse().find((s): s is string => typeof s === 'string');
  if (key === undefined) return undefined;
  if (scope.kind === 'Config' && path.length === 2 && path[0] === 'rules') {
    const rule = findRule(key);
    if (rule) return `**${md(key)}** — ${rule.description}\n\nDefault severity: ${rule.severity}.`;
  }
  const description = describe(schema);
  if (description === undefined) return undefined;
  const values = allowedValues(schema);
  const allowed = values.length > 1 ? `\n\nAllowed values: ${values.map((v) => code(String(v))).join(', ')}` : '';
  return `**${md(key)}** — ${description}${allowed}`;
}

export function hoverAt(workspace: Workspace, path: string, offset: number): AssistHover | undefined {
  const scope = scopeAt(workspace, path, offset);
  if (!scope?.kind) return undefined;
  const { place } = scope;
  const node = place.node;
  if (!node?.range || node.range[0] === node.range[1]) return undefined;
  const range = rangeOf(scope, node.range[0], node.range[1]);
  const field = fieldMarkdown(scope, place.path, schemaAt(scope.kind, place.path));
  if (place.on === 'key') return field ? { markdown: field, range } : undefined;
  const special = tokenHover(scope) ?? utmHover(scope);
  if (special) return { markdown: [special.markdown, field].filter(Boolean).join(RULE), range: special.range };
  const value = isScalar(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined;
  // A value with a finding on it: the editor shows the finding's sentence ("'sam' is not a member of the
  // Team. Did you mean …?"); the hover does not say it again.
  const flagged = scope.workspace.findings(path).some((f) => within(f.range, range));
  const reference = value === undefined ? undefined : referenceHover(scope, value, flagged);
  const parts = [reference, field].filter((p): p is string => !!p);
  return parts.length ? { markdown: parts.join(RULE), range } : undefined;
}
