// The diff report's Team changes: people added, removed or given other roles, and what a change leaves without
// anyone: the open briefs a removed person still owns, and the gates nobody on the head can approve any more.

import { gateApprovers } from '../../domain/gates';
import { peopleOf, type People } from '../../domain/people';
import { readable, briefsOf, type ReportInput } from '../facts';
import { workflowView } from '../../domain/workflow';
import type { Sides } from './sides';

export interface TeamChange {
  id: string;
  name: string | null;
  change: 'added' | 'removed' | 'roles';
  /** null on the side the person is not on. */
  rolesBefore: string[] | null;
  rolesAfter: string[] | null;
  /** Briefs on the head, neither closed nor cancelled, whose owner is a person removed. */
  orphanedBriefs: string[];
  /** `workflow/stage`: gates this person could approve on the base that nobody on the head can approve. */
  orphanedGates: string[];
}

const CLOSED = new Set(['closed', 'cancelled']);

/** `workflow/stage` → the ids of the people who may approve the gate, as gate-role checks count them. */
function gateHolders(input: ReportInput, people: People): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const doc of readable(input.workspace, 'Workflow')) {
    const workflow = workflowView(doc);
    for (const stage of workflow.stages) if (stage.gate) holders.set(`${workflow.id}/${stage.id}`, gateApprovers(stage.gate, people));
  }
  return holders;
}

const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r, i) => r === b[i]);

export function teamChanges(sides: Sides): TeamChange[] {
  const [before, after] = [peopleOf(sides.base.input.index), peopleOf(sides.head.input.index)];
  // A Team file that does not parse on one side says nothing about who left: no Team section then.
  const teamFiles = (people: People) => new Set(people.teams.map((t) => t.path));
  const [baseTeams, headTeams] = [teamFiles(before), teamFiles(after)];
  if ([...sides.head.unreadable].some((p) => baseTeams.has(sides.toBase(p))) || [...sides.base.unreadable].some((p) => headTeams.has(sides.toHead(p)))) return [];
  const [gatesBefore, gatesAfter] = [gateHolders(sides.base.input, before), gateHolders(sides.head.input, after)];
  const headBriefs = briefsOf(sides.head.input).filter((b) => !CLOSED.has(b.status));
  const orphanedGates = (id: string) =>
    [...gatesBefore]
      .filter(([gate, holders]) => holders.includes(id) && (gatesAfter.get(gate)?.length ?? 1) === 0)
      .map(([gate]) => gate)
      .sort();
  const changes: TeamChange[] = [];
  for (const [id, person] of after.byId) {
    const old = before.byId.get(id);
    if (old && sameRoles(old.roles, person.roles)) continue;
    changes.push({ id, name: person.name ?? null, change: old ? 'roles' : 'added', rolesBefore: old ? old.roles : null, rolesAfter: person.roles, orphanedBriefs: [], orphanedGates: old ? orphanedGates(id) : [] });
  }
  for (const [id, person] of before.byId) {
    if (after.byId.has(id)) continue;
    const briefs = headBriefs.filter((b) => b.owner === id).map((b) => b.id);
    changes.push({ id, name: person.name ?? null, change: 'removed', rolesBefore: person.roles, rolesAfter: null, orphanedBriefs: briefs.sort(), orphanedGates: orphanedGates(id) });
  }
  const order = { removed: 0, roles: 1, added: 2 };
  return changes.sort((a, b) => order[a.change] - order[b.change] || a.id.localeCompare(b.id));
}
