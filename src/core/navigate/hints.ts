// Inlay hints: a person's name after their id, wherever a field names a person.

import { peopleOf } from '../domain/people';
import type { Workspace } from '../engine/workspace';
import { FIELDS } from '../assist/references';
import { expand, locateAll, type Occurrence } from './occurrences';
import type { NavInlayHint } from './types';

/** The person fields of the FIELDS table (owners, requesters, approvers, delegates), patterns split once. */
const PERSON_FIELDS = FIELDS.filter(([, , r]) => r.kind === 'person').map(([kind, pattern]) => [kind, pattern.split('.')] as const);

/**
 * After each person id in a reference field (owner, requester, approver, delegate; tool, SOP and allocation
 * owners): " Priya Shah", when the Team knows the id and gives a name. Only values starting within
 * [start, end) when given.
 */
export function inlayHints(workspace: Workspace, path: string, start = 0, end = Infinity): NavInlayHint[] {
  const file = workspace.parsed(path);
  if (!file?.isMops) return [];
  const people = peopleOf(workspace.view());
  const wanted: Occurrence[] = [];
  for (const doc of file.documents) {
    if (doc.value === undefined || doc.end < start || doc.start >= end) continue;
    for (const [kind, pattern] of PERSON_FIELDS) {
      if (doc.kind !== kind) continue;
      for (const [data, value] of expand(doc.value, pattern)) {
        if (typeof value === 'string' && people.byId.get(value)?.name !== undefined) wanted.push({ doc, data, value, declaration: false });
      }
    }
  }
  return locateAll(wanted)
    .filter((o) => o.start >= start && o.start < end)
    .map((o) => {
      const person = people.byId.get(o.value)!;
      const roles = person.roles.join(', ');
      const position = file.lines.position(o.end + (o.quote ? 1 : 0));
      return { position, label: ` ${person.name}`, tooltip: `${person.name} (${person.id})${roles ? ` — ${roles}` : ''}` };
    });
}
