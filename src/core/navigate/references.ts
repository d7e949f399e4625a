// Find all references: every place that names the thing under the cursor, from a reference or its definition.

import type { Workspace } from '../engine/workspace';
import { locateAll, occurrencesOf } from './occurrences';
import { entityAt } from './symbol-at';
import type { NavLocation } from './types';

/**
 * Every place in the playbook that names the thing under the cursor (a person, tool, brief, workflow, stage,
 * program, channel, tier or role), the definition too when `includeDeclaration`; a brief is also named by the
 * utm_campaign of links. Sorted by path, then position.
 */
export function referencesAt(workspace: Workspace, path: string, offset: number, includeDeclaration: boolean): NavLocation[] {
  const at = entityAt(workspace, path, offset);
  if (!at) return [];
  const wanted = occurrencesOf(workspace, at.entity).filter((o) => includeDeclaration || !o.declaration);
  return locateAll(wanted).map((o) => ({ path: o.doc.path, range: o.range }));
}
