// Go to definition: from a reference to the entry that defines what it names (a Team member, a Tool, a stage…).

import type { Node as YamlNode } from 'yaml';
import type { Workspace } from '../engine/workspace';
import { locate } from '../model/locate';
import { nodeRange } from '../model/parse';
import { rec, records, str } from '../model/readers';
import { locateAll, occurrencesOf, type Located } from './occurrences';
import { entityAt, type EntityAt } from './symbol-at';
import type { NavLocation } from './types';

const toLocation = (o: Located): NavLocation => ({ path: o.doc.path, range: o.range });

/** An approval's gate: the `gate:` of the stage whose gate it is, else the stage itself. */
function gateOf(workspace: Workspace, at: EntityAt): NavLocation[] | undefined {
  if (at.path[0] !== 'approvals' || at.path[2] !== 'gate') return undefined;
  for (const doc of workspace.documents('Workflow')) {
    if (str(rec(doc.value).id) !== at.entity.workflow) continue;
    for (const [stage, i] of records(rec(doc.value).stages)) {
      if (str(stage.id) !== at.entity.id || stage.gate === undefined) continue;
      const key = locate(doc.yaml, ['stages', i, 'gate'])?.pair?.key as YamlNode | undefined;
      if (key?.range) return [{ path: doc.path, range: nodeRange(doc.lines, key) }];
    }
  }
  return undefined;
}

/**
 * Where the thing under the cursor is defined: a person's Team entry (its `id:` value), a tool's Tool document,
 * a workflow, a stage in the brief's workflow (an approval's gate: the stage's `gate:`), a program's Budget
 * allocations, a channel in the naming convention's dictionary, a tier of the workflow, the brief a link's
 * utm_campaign names. A role: the Team members who hold it; at a member's role, the gates and SOP steps that
 * ask for it. On a definition: itself. Empty when nothing is there or it is defined nowhere.
 */
export function definitionAt(workspace: Workspace, path: string, offset: number): NavLocation[] {
  const at = entityAt(workspace, path, offset);
  if (!at) return [];
  if (at.entity.kind === 'stage') {
    const gate = gateOf(workspace, at);
    if (gate) return gate;
  }
  const all = locateAll(occurrencesOf(workspace, at.entity));
  if (at.entity.kind === 'role') return all.filter((o) => o.declaration !== at.declaration).map(toLocation);
  return all.filter((o) => o.declaration).map(toLocation);
}
