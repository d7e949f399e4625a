// The approval a gate still needs: who may give it (the holders of the gate's roles, and the delegates of those
// away that day), on which day (the playbook's today) and which checklist it confirms; and the edit that records
// it in the brief.

import { gateActors, type GateVerdict } from '../domain/gates';
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
  /**
   * Who may give it today, with their names: the holders who are not away and the delegates of those who are
   * (`for`: the away holder), then the away holders (`awayUntil`: the last day of their period, YYYY-MM-DD).
   */
  approvers: Array<{ id: string; name?: string; for?: string; awayUntil?: string }>;
  /** The day to record: the playbook's today, YYYY-MM-DD. */
  date: string;
  /** The gate's checklist, which the approver confirms with the approval. */
  checklist: string[];
}

/**
 * The offer for a gate with no approved decision at all; undefined once one is recorded (a flawed one is
 * for the person to correct: another approval beside it would not make the gate pass), or when nobody
 * may give it.
 */
export function approvalOffer(verdict: GateVerdict, people: People, today: number): ApprovalOffer | undefined {
  if (verdict.approved.length > 0) return undefined;
  const actors = gateActors(verdict.gate, today, people);
  if (actors.length === 0) return undefined;
  return {
    gate: verdict.stage.id,
    roles: [...verdict.gate.approverRoles],
    approvers: actors.map((a) => ({
      id: a.id,
      name: people.byId.get(a.id)?.name,
      ...(a.for !== undefined ? { for: a.for } : {}),
      ...(a.awayUntil !== undefined ? { awayUntil: formatDay(a.awayUntil) } : {}),
    })),
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
