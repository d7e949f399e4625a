// The approval a gate still needs: who may give it (the people holding the gate's roles), on which day (the
// playbook's today) and which checklist it confirms; and the edit that records it in the brief.

import { gateApprovers, type GateVerdict } from '../domain/gates';
import type { People } from '../domain/people';
import type { ParsedDocument } from '../model/parse';
import type { TextEdit } from '../model/types';
import { formatDay } from '../text/dates';
import { appendListEntry } from './list-entry';

export interface ApprovalOffer {
  /** The gate (a stage id). */
  gate: string;
  /** The roles the gate asks of its approver. */
  roles: string[];
  /** The Team members who hold one of them, in Team order, with their names. */
  approvers: Array<{ id: string; name?: string }>;
  /** The day to record: the playbook's today, YYYY-MM-DD. */
  date: string;
  /** The gate's checklist, which the approver confirms with the approval. */
  checklist: string[];
}

/**
 * The offer for a gate with no approved decision at all; undefined once one is recorded (a flawed one is
 * for the person to correct: another approval beside it would not make the gate pass), or when nobody
 * holds the gate's roles.
 */
export function approvalOffer(verdict: GateVerdict, people: People, today: number): ApprovalOffer | undefined {
  if (verdict.approved.length > 0) return undefined;
  const ids = gateApprovers(verdict.gate, people);
  if (ids.length === 0) return undefined;
  return {
    gate: verdict.stage.id,
    roles: [...verdict.gate.approverRoles],
    approvers: ids.map((id) => ({ id, name: people.byId.get(id)?.name })),
    date: formatDay(today),
    checklist: [...verdict.gate.checklist],
  };
}

/**
 * Appends `{ gate, approver, status: approved, date, checklist }` to the brief's approvals, written as its
 * other approvals are (an empty `approvals: []` becomes a block list); or why it cannot be.
 */
export function approvalEdits(doc: ParsedDocument, offer: ApprovalOffer, approver: string): TextEdit[] | string {
  const values: Record<string, string | string[]> = { gate: offer.gate, approver, status: 'approved', date: offer.date };
  if (offer.checklist.length > 0) values.checklist = offer.checklist;
  return appendListEntry(doc, 'approvals', values, { order: Object.keys(values), after: 'success_metrics', blockWhenEmpty: true });
}
