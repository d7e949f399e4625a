// Completion inside a policy's CEL expressions (`match.when`, an assertion's `expr`, a message's `{…}`):
// the fields of `self` (and of `it`, and of a playbook collection's entry) from the matched kinds' schemas,
// and the playbook's collections after `playbook.`.

import { isKind, type Kind } from '../model/kinds';
import type { DataPath } from '../model/locate';
import { str } from '../model/readers';
import { schemaAt } from '../schema/lookup';
import type { JsonSchema } from '../schema/schemas';
import { PLAYBOOK_ENTRIES, PLAYBOOK_FIELDS } from '../policy/playbook';
import { rangeOf, valueSpan, type AssistScope } from './scope';
import { sortKey } from './text';
import type { AssistItem } from './types';

/** What a playbook collection's entries are, for the fields offered after `playbook.people['x'].`. */
const ENTRY: Record<string, { kind: Kind; path: DataPath } | undefined> = PLAYBOOK_ENTRIES;

/** Whether the cursor is in one of a policy's expressions (or a message, where `{…}` holds them). */
function inExpression(path: DataPath): boolean {
  return (path.length === 2 && path[0] === 'match' && path[1] === 'when') || (path.length === 3 && path[0] === 'assert' && (path[2] === 'expr' || path[2] === 'message'));
}

/** The kinds the policy matches, from `match.kind`. */
function matchedKinds(scope: AssistScope): Kind[] {
  const kind = (scope.data.match as Record<string, unknown> | undefined)?.kind;
  const names = Array.isArray(kind) ? kind : [kind];
  return names.filter((k): k is Kind => typeof k === 'string' && isKind(k));
}

/** `self.budget.li`, `it.`, `playbook.people[self.owner].ro` at the end of the text before the cursor. */
const CHAIN = /(?:^|[^\w.\]])(self|it|playbook(?:\.(\w+)(?:\[[^\]]*\])?)?)((?:\.\w+|\[\d+\])*)\.(\w*)$/;

/** The field names (and their descriptions) at a path of some kinds' schemas. */
function fieldsAt(kinds: readonly Kind[], path: DataPath): Array<[string, JsonSchema]> {
  const out = new Map<string, JsonSchema>();
  for (const kind of kinds) {
    const schema = schemaAt(kind, path);
    for (const [name, field] of Object.entries((schema?.properties as Record<string, JsonSchema> | undefined) ?? {})) if (!out.has(name)) out.set(name, field);
  }
  return [...out];
}

export function celCompletions(scope: AssistScope): AssistItem[] | undefined {
  if (scope.kind !== 'Policy' || !inExpression(scope.place.path)) return undefined;
  const span = valueSpan(scope);
  if (!span) return undefined;
  const before = scope.file.text.slice(span.start, scope.offset);
  const match = CHAIN.exec(before);
  if (!match) return undefined;
  const [, head, collection, rest, partial] = match;
  const range = rangeOf(scope, scope.offset - partial.length, scope.offset);
  const segments: DataPath = [...rest.matchAll(/\.(\w+)|\[(\d+)\]/g)].map((m) => (m[1] !== undefined ? m[1] : 0));
  if (head === 'playbook') {
    return PLAYBOOK_FIELDS.map((f, i) => ({ label: f, kind: 'property' as const, detail: `playbook.${f}`, range, sortText: sortKey(0, i) }));
  }
  let kinds: readonly Kind[] = matchedKinds(scope);
  let base: DataPath = [];
  if (collection !== undefined) {
    const entry = ENTRY[collection];
    if (!entry) return [];
    kinds = [entry.kind];
    base = entry.path;
  } else if (head === 'it') {
    const at = str((scope.data.assert as Array<Record<string, unknown>> | undefined)?.[Number(scope.place.path[1])]?.at);
    const star = at?.split('.').indexOf('*') ?? -1;
    if (!at || star === -1) return [];
    base = at.split('.').slice(0, star + 1).map((s) => (s === '*' || /^\d+$/.test(s) ? 0 : s));
  }
  return fieldsAt(kinds, [...base, ...segments]).map(([name, field], i) => ({
    label: name,
    kind: 'property',
    detail: typeof field.type === 'string' ? field.type : undefined,
    documentation: typeof field.markdownDescription === 'string' ? field.markdownDescription : typeof field.description === 'string' ? field.description : undefined,
    range,
    sortText: sortKey(0, i),
  }));
}
