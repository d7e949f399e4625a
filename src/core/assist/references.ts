// Which fields hold references to other playbook documents, and what each may name: the same table the ref/* rules check.

import type { Kind } from '../model/kinds';
import type { DataPath } from '../model/locate';
import { str } from '../model/readers';
import type { AssistScope } from './scope';
import * as targets from './targets';
import type { Target } from './targets';
import { code } from './text';

/** What a reference field names: navigation (go to definition, references, rename) follows these. */
export type ReferenceKind = 'person' | 'tool' | 'stage' | 'checklist' | 'workflow' | 'program' | 'channel' | 'tier' | 'currency' | 'role' | 'utm-param' | 'naming-target';

export interface Reference {
  kind: ReferenceKind;
  /** What the field must name, for a hover on an id that names nothing: "a member of the Team". */
  what: (scope: AssistScope) => string;
  targets: (scope: AssistScope) => Target[];
}

const workflowName = (scope: AssistScope) => {
  const id = str(scope.data.workflow);
  return id === undefined ? 'its workflow' : `the '${id}' workflow`;
};

const PERSON: Reference = { kind: 'person', what: () => 'a member of the Team', targets: targets.people };
const TOOL: Reference = { kind: 'tool', what: () => 'a tool in the martech register', targets: targets.tools };
const STAGE: Reference = { kind: 'stage', what: (s) => `a stage of ${workflowName(s)}`, targets: targets.stages };
const ROLE: Reference = { kind: 'role', what: () => 'a role that any Team member holds', targets: targets.roles };

/**
 * `#` stands for a list index. People: ref/unknown-person (brief owner, requester and approvers; tool,
 * SOP and allocation owners; away delegates). Tools: ref/unknown-tool. Stages and gates: ref/unknown-stage. Workflows,
 * programs, channels, roles, tiers: their ref/* rules. Approval checklists: brief/gate-incomplete.
 * Currencies: budget/currency-mismatch. Team roles: those workflow gates ask for (team checks).
 */
export const FIELDS: ReadonlyArray<[Kind, string, Reference]> = [
  ['Brief', 'owner', PERSON],
  ['Brief', 'requester', PERSON],
  ['Brief', 'approvals.#.approver', PERSON],
  ['Tool', 'owner', PERSON],
  ['Sop', 'owner', PERSON],
  ['Budget', 'allocations.#.owner', PERSON],
  ['Brief', 'tools.#', TOOL],
  ['Sop', 'tools.#', TOOL],
  ['Tool', 'integrations.#', TOOL],
  ['Brief', 'stage', STAGE],
  ['Brief', 'history.#.stage', STAGE],
  ['Brief', 'approvals.#.gate', { kind: 'stage', what: (s) => `a gate of ${workflowName(s)}`, targets: targets.gates }],
  ['Brief', 'approvals.#.checklist.#', { kind: 'checklist', what: () => "an item of the gate's checklist", targets: targets.checklistItems }],
  ['Brief', 'workflow', { kind: 'workflow', what: () => 'a Workflow in this playbook', targets: targets.workflows }],
  ['Brief', 'program', { kind: 'program', what: () => 'a program with an allocation in a Budget', targets: targets.programs }],
  ['Brief', 'channels.#', { kind: 'channel', what: () => "a channel of the naming convention's channel dictionary", targets: targets.channels }],
  ['Brief', 'tier', { kind: 'tier', what: (s) => `a tier of ${workflowName(s)}`, targets: targets.tiers }],
  ['Brief', 'budget.currency', { kind: 'currency', what: () => 'the currency of a Budget', targets: targets.currencies }],
  ['Workflow', 'launch_stage', { kind: 'stage', what: () => 'a stage of this workflow', targets: targets.ownStages }],
  ['Workflow', 'stages.#.gate.approver_roles.#', ROLE],
  ['Sop', 'steps.#.role', ROLE],
  ['Team', 'members.#.roles.#', { kind: 'role', what: () => 'a role that a workflow gate asks for', targets: targets.memberRoles }],
  ['UtmStandard', 'required.#', { kind: 'utm-param', what: () => 'a UTM parameter', targets: targets.utmParams }],
  ['UtmStandard', 'params.*.naming', { kind: 'naming-target', what: () => 'a target of the naming convention', targets: targets.namingTargets }],
  ['Team', 'members.#.away.#.delegate', PERSON],
];

function shape(path: DataPath): string {
  return path.map((s) => (typeof s === 'number' ? '#' : s)).join('.');
}

/** Whether a data path has the shape of a FIELDS pattern (`#` a list index, `*` any key). */
export function matches(pattern: string, path: DataPath): boolean {
  const parts = pattern.split('.');
  const actual = shape(path).split('.');
  return parts.length === actual.length && parts.every((p, i) => p === actual[i] || (p === '*' && actual[i] !== '#'));
}

export function referenceAt(kind: Kind | undefined, path: DataPath): Reference | undefined {
  return FIELDS.find(([k, pattern]) => k === kind && matches(pattern, path))?.[2];
}

/** What the reference at the cursor may name; undefined when the field is not a reference. */
export function targetsAt(scope: AssistScope): Target[] | undefined {
  return referenceAt(scope.kind, scope.place.path)?.targets(scope);
}

/**
 * Markdown for a reference value: the thing it names, or what it should name; nothing for a value a finding
 * already flags (`flagged`), whose sentence the editor shows.
 */
export function referenceHover(scope: AssistScope, value: string, flagged = false): string | undefined {
  const reference = referenceAt(scope.kind, scope.place.path);
  if (!reference) return undefined;
  const target = reference.targets(scope).find((t) => t.id === value);
  if (target) return target.documentation;
  return flagged ? undefined : `${code(value)} is not ${reference.what(scope)}.`;
}
