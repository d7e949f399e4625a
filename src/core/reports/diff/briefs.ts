// The diff report's brief changes: briefs added, removed, moved between stages or closed, and gates newly approved.

import { records, str } from '../../model/readers';
import { briefsOf, personName, type BriefFacts } from '../facts';
import { pairById, type Presence, type Sides } from './sides';

export interface BriefState {
  workflow: string | null;
  stage: string | null;
  status: string;
}

export interface BriefChange {
  id: string;
  title: string;
  /** The head file; the base file for a brief that is gone. */
  file: string;
  /** `moved`: another stage or workflow; `status`: the same stage, another status (closed, on hold…). */
  change: Exclude<Presence, 'both'> | 'moved' | 'status';
  before: BriefState | null;
  after: BriefState | null;
}

export interface GateApproval {
  brief: string;
  gate: string;
  approver: string | null;
  approverName: string | null;
  date: string | null;
  file: string;
}

export type Keyed = BriefFacts & { key: string };

const state = (b: BriefFacts): BriefState => ({ workflow: b.workflowId ?? null, stage: b.stageId ?? null, status: b.status });

export function keyed(sides: Sides, which: 'base' | 'head'): Keyed[] {
  // A brief is the same brief under its id wherever its file lives; one with no id is known by its (base) path.
  const path = which === 'head' ? sides.toBase : (p: string) => p;
  return briefsOf(sides[which].input).map((b) => ({ ...b, key: str(b.data.id) ?? `\u0000${path(b.file)}` }));
}

function change(before: BriefState, after: BriefState): BriefChange['change'] | undefined {
  if (before.workflow !== after.workflow || before.stage !== after.stage) return 'moved';
  return before.status !== after.status ? 'status' : undefined;
}

/** Gate id → the first approved entry for it. */
function approvedGates(brief: BriefFacts | undefined): Map<string, Record<string, unknown>> {
  const gates = new Map<string, Record<string, unknown>>();
  for (const [entry] of records(brief?.data.approvals)) {
    const gate = str(entry.gate);
    if (gate !== undefined && str(entry.status) === 'approved' && !gates.has(gate)) gates.set(gate, entry);
  }
  return gates;
}

/** Ids in the order people count: brief-2 before brief-10. */
export const byId = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

const ORDER: Array<BriefChange['change']> = ['added', 'parses now', 'moved', 'status', 'removed', 'no longer parses'];

export function briefChanges(sides: Sides): { briefs: BriefChange[]; approvals: GateApproval[] } {
  const pairs = pairById(sides, keyed(sides, 'base'), keyed(sides, 'head'));
  const briefs: BriefChange[] = [];
  const approvals: GateApproval[] = [];
  for (const { presence, base, head } of pairs) {
    const brief = (head ?? base)!;
    const before = base ? state(base) : null;
    const after = head ? state(head) : null;
    const what = presence === 'both' ? change(before!, after!) : presence;
    if (what) briefs.push({ id: brief.id, title: brief.title, file: brief.file, change: what, before, after });
    // A brief that arrives with approvals records them in this change too; one that parses only now may have had them.
    if (!head || presence === 'parses now') continue;
    const had = approvedGates(base);
    for (const [gate, entry] of approvedGates(head)) {
      if (had.has(gate)) continue;
      const approver = str(entry.approver) ?? null;
      const name = personName(sides.head.input.index, approver ?? undefined) ?? null;
      approvals.push({ brief: head.id, gate, approver, approverName: name, date: str(entry.date) ?? null, file: head.file });
    }
  }
  const rank = (c: BriefChange) => ORDER.indexOf(c.change);
  briefs.sort((a, b) => rank(a) - rank(b) || byId(a.id, b.id));
  // By brief; a brief's gates stay in the order its approvals list them.
  approvals.sort((a, b) => byId(a.brief, b.brief));
  return { briefs, approvals };
}
