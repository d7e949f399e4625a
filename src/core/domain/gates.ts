// What a workflow gate asks of a brief: the checks shared by the brief/gate-* rules and by advancing a brief.

import type { Data } from '../model/readers';
import { parseDay } from '../text/dates';
import { actorsIn, authorityIn, awayOn } from './delegates';
import { describeUnfilled, unfilled, type Unfilled } from './placeholders';
import type { Approval, BriefState } from './brief';
import type { People, Person } from './people';
import type { Gate, Stage } from './workflow';

/**
 * The approver of an approved decision who is in the Team but holds none of the gate's roles, and did not act
 * for an away holder as their delegate on the approval's date (see domain/delegates).
 */
export function approverWithoutRole(gate: Gate, approval: Approval, people: People): Person | undefined {
  if (approval.status !== 'approved' || gate.approverRoles.length === 0 || approval.approver === undefined) return undefined;
  const person = people.byId.get(approval.approver);
  return person && !authorityIn(person.id, gate.approverRoles, parseDay(approval.data.date), people) ? person : undefined;
}

/** The people who hold one of the gate's approver roles, each once. */
export function gateApprovers(gate: Gate, people: People): string[] {
  return [...new Set(gate.approverRoles.flatMap((r) => people.roles.get(r) ?? []))];
}

/** Someone who may approve a gate on a day: a holder of its roles, or the delegate of an away one. */
export interface GateActor {
  id: string;
  /** The away holder this person approves for, as their delegate. */
  for?: string;
  /** For a holder who is away that day (still entitled: being away does not take a role away), the period's last day. */
  awayUntil?: number;
}

/**
 * Who may approve the gate on `day`, the people expected to first: the holders who are not away and the
 * delegates of those who are (as the queue routes approvals), then the away holders themselves.
 */
export function gateActors(gate: Gate, day: number, people: People): GateActor[] {
  const actors: GateActor[] = actorsIn(gate.approverRoles, day, people).map((a) => (a.for === undefined ? { id: a.id } : { id: a.id, for: a.for }));
  const listed = new Set(actors.map((a) => a.id));
  for (const id of gateApprovers(gate, people)) {
    const person = people.byId.get(id);
    const away = person && awayOn(person, day);
    if (!listed.has(id) && away) actors.push({ id, awayUntil: away.to });
  }
  return actors;
}

/** The items of the gate's checklist that an approval does not confirm. */
export function uncheckedItems(gate: Gate, approval: Approval): string[] {
  return gate.checklist.filter((item) => !approval.checklist.includes(item));
}

/**
 * What the brief leaves unfilled of the fields the gate requires: missing, empty, still the New brief
 * template's placeholder text, or an amount or target of 0 (see domain/placeholders).
 */
export function unfilledRequirements(gate: Gate, brief: Data): Unfilled[] {
  return gate.requires.flatMap((field) => unfilled(field, brief[field]));
}

/** The brief fields the gate requires that are not filled in, each once. */
export function emptyRequirements(gate: Gate, brief: Data): string[] {
  return [...new Set(unfilledRequirements(gate, brief).map((u) => u.field))];
}

/**
 * "requires objective, budget, but the brief leaves them empty" when every field is plainly empty; else the
 * values that are not filled in, by path: "…leaves objective (the template's placeholder text), budget.planned (0)".
 */
export function requirementsSentence(stage: string, items: readonly Unfilled[]): string {
  const fields = [...new Set(items.map((u) => u.field))];
  const plain = items.every((u) => u.reason === 'missing' || u.reason === 'empty') && items.every((u) => u.path.length === 1);
  const what = plain ? `leaves ${fields.length > 1 ? 'them' : 'it'} empty` : `leaves ${items.map(describeUnfilled).join(', ')}`;
  return `The '${stage}' gate requires ${fields.join(', ')}, but the brief ${what}.`;
}

/**
 * The approver is in the Team and holds one of the gate's roles, or acted for an away holder as their delegate on
 * the approval's date (any approver, when the gate names no role).
 */
export function holdsGateRole(gate: Gate, approval: Approval, people: People): boolean {
  if (gate.approverRoles.length === 0) return approval.approver !== undefined;
  return approval.approver !== undefined && authorityIn(approval.approver, gate.approverRoles, parseDay(approval.data.date), people) !== undefined;
}

/** One approval as the gate sees it. */
export interface ApprovalVerdict {
  approval: Approval;
  /** The approver is not in the Team. */
  unknownApprover: boolean;
  /** The approver is in the Team but holds none of the gate's roles. */
  withoutRole?: Person;
  unchecked: string[];
  /** Approved by someone holding a role, with the whole checklist confirmed. */
  counts: boolean;
}

/** Where a brief stands with one stage's exit gate. */
export interface GateVerdict {
  stage: Stage;
  gate: Gate;
  /** Every approved decision for this gate, each judged. */
  approved: ApprovalVerdict[];
  /** Decisions for this gate that are not approved (pending, rejected, or without a status). */
  undecided: Approval[];
  emptyFields: string[];
  /** Why each of those fields is not filled in. */
  unfilled: Unfilled[];
  /** An approval counts, every approved decision is sound and every required field is filled. */
  passed: boolean;
}

/**
 * Judges a stage's gate by the rules' logic: brief/gate-missing (an approved approval), gate-approver-role
 * (its approver holds a role) and gate-incomplete (checklist confirmed, required fields filled).
 */
export function gateVerdict(stage: Stage & { gate: Gate }, state: BriefState, brief: Data, people: People): GateVerdict {
  const { gate } = stage;
  const mine = state.approvals.filter((a) => a.gate === stage.id);
  const approved = mine
    .filter((a) => a.status === 'approved')
    .map((approval): ApprovalVerdict => {
      const unknownApprover = approval.approver === undefined || !people.byId.has(approval.approver);
      const unchecked = uncheckedItems(gate, approval);
      const counts = holdsGateRole(gate, approval, people) && unchecked.length === 0;
      return { approval, unknownApprover, withoutRole: approverWithoutRole(gate, approval, people), unchecked, counts };
    });
  const unfilled = unfilledRequirements(gate, brief);
  const emptyFields = [...new Set(unfilled.map((u) => u.field))];
  const passed = approved.some((a) => a.counts) && approved.every((a) => a.counts) && emptyFields.length === 0;
  return { stage, gate, approved, undecided: mine.filter((a) => a.status !== 'approved'), emptyFields, unfilled, passed };
}
