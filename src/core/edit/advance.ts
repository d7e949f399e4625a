// Advances a brief to the next stage of its workflow when its gate passes: the edits, or the reasons it may not.

import { isScalar, visit } from 'yaml';
import { readBrief, type BriefState } from '../domain/brief';
import { gateVerdict, requirementsSentence, type GateVerdict } from '../domain/gates';
import { didYouMeanPeople, peopleOf, suggestPeople, type People } from '../domain/people';
import type { Gate } from '../domain/workflow';
import type { Workspace } from '../engine/workspace';
import { locate, type DataPath } from '../model/locate';
import type { ParsedDocument } from '../model/parse';
import type { Finding, Position, TextEdit } from '../model/types';
import { filled, isRecord, str, type Data } from '../model/readers';
import { formatDay } from '../text/dates';
import { approvalOffer, type ApprovalOffer } from './approval';
import { appendListEntry } from './list-entry';
import { replaceScalar } from '../model/write-scalar';

export interface AdvanceOptions {
  /** The day the brief enters its next stage (a day number, see text/dates): the new history entry's date. */
  today: number;
  /**
   * The Team member who moves the brief on. When given, they must be in the Team and, if the current stage
   * has a gate, hold one of its approver roles: only a gatekeeper moves a brief through their gate.
   */
  approver?: string;
}

/** One thing that stops the brief, and the 0-based line of its file it is about, when it is about one. */
export interface Blocker {
  message: string;
  line?: number;
}

export type AdvanceResult =
  | { ok: true; from: string; to: string; edits: TextEdit[] }
  | {
      ok: false;
      /** The blockers' messages, in order. */
      reasons: string[];
      blockers: Blocker[];
      /** When the current stage's gate lacks an approval that counts: the approval that would give it. */
      approval?: ApprovalOffer;
    };

/** A blocker before it is placed: the data path of the brief it is about (a line when the path is not the brief's). */
type Reason = { message: string; path?: DataPath; line?: number };

/** Findings on a gate's own approvals that the gate's reasons already say in plain words. */
const SAID_BY_GATE = new Set(['brief/gate-approver-role', 'brief/gate-incomplete', 'ref/unknown-person']);

/**
 * Advances the first Brief of the file at `path` one stage along its workflow. It may advance when it is
 * active, not at the last stage, the current stage's gate passes (by the logic of the brief/gate-* rules),
 * entering the next stage breaks no rule (success metrics before launch, history dates in order), and the
 * file has no error-level finding. The edits change only the `stage` value and add one `history` entry.
 */
export function advanceBrief(workspace: Workspace, path: string, options: AdvanceOptions): AdvanceResult {
  const parsed = workspace.parsed(path);
  const doc = parsed?.documents.find((d) => d.kind === 'Brief');
  if (!parsed) return refuse(undefined, [{ message: `There is no file ${path} in the playbook.` }]);
  if (!doc) return refuse(undefined, [{ message: `${path} holds no brief.` }]);
  const errors = workspace.findings(path).filter((f) => f.severity === 'error');
  if (!doc.clean || !isRecord(doc.value)) return refuse(doc, [{ message: 'The brief could not be read; fix its YAML first.' }, ...errors.map(describe)]);
  const data = doc.value;
  const state = readBrief(data, workspace.view());
  const { workflow, stage } = state;
  if (!workflow) return refuse(doc, [{ message: `The brief's workflow '${str(data.workflow) ?? ''}' is not in the playbook, so it has no next stage.`, path: ['workflow'] }]);
  if (!stage) return refuse(doc, [{ message: `The brief's stage '${str(data.stage) ?? ''}' is not a stage of the '${workflow.id}' workflow.`, path: ['stage'] }]);

  const reasons: Reason[] = [];
  if (!state.active) reasons.push({ message: `The brief is ${state.status}; only an active brief can advance.`, path: ['status'] });
  const next = workflow.stages[workflow.stages.indexOf(stage) + 1];
  if (!next) reasons.push({ message: `'${stage.id}' is the last stage of the '${workflow.id}' workflow; the brief cannot advance further.`, path: ['stage'] });
  const people = peopleOf(workspace.view());
  const verdict = stage.gate ? gateVerdict({ ...stage, gate: stage.gate }, state, data, people) : undefined;
  const gateReasons = verdict ? describeGate(verdict, people) : [];
  reasons.push(...gateReasons);
  if (options.approver !== undefined) reasons.push(...approverReasons(options.approver, stage.id, stage.gate, people));
  if (next) reasons.push(...entryReasons(state, data, next.id, options.today));
  const covered = gateReasons.length > 0 ? gateApprovalLines(doc, state, stage.id) : new Set<number>();
  reasons.push(...errors.filter((f) => !(SAID_BY_GATE.has(f.rule) && covered.has(f.range.start.line))).map(describe));
  const offer = verdict && next ? approvalOffer(verdict, people, options.today) : undefined;
  if (reasons.length > 0 || !next) return refuse(doc, reasons, offer);

  const edits = stageEdits(doc, next.id, formatDay(options.today));
  if (typeof edits === 'string') return refuse(doc, [{ message: edits, path: ['stage'] }]);
  return { ok: true, from: stage.id, to: next.id, edits };
}

/** Edits `stage` to `next`, written as the old value was, and appends `{ stage: next, entered: day }` to `history`. */
function stageEdits(doc: ParsedDocument, next: string, day: string): TextEdit[] | string {
  const stage = locate(doc.yaml, ['stage'])?.node;
  const edit = isScalar(stage) ? replaceScalar(doc.yaml, doc.lines, stage, next) : undefined;
  if (!isScalar(stage) || !edit) return "The brief's stage is not written as a plain value, so it cannot be edited here.";
  const alias = stage.anchor ? aliasAfter(doc, stage.anchor, edit.range.end) : undefined;
  // Through the alias, the new stage would also change a value that is not the stage (a history entry, say).
  if (alias !== undefined) return `The brief's stage carries the anchor &${stage.anchor}, which line ${alias + 1} uses; advancing would change that value too. Write the value out there first.`;
  // A missing history goes after the approvals, where the reference playbook keeps it.
  const history = appendListEntry(doc, 'history', { stage: next, entered: day }, { order: ['stage', 'entered'], after: 'approvals' });
  if (typeof history === 'string') return history;
  return [edit, ...history];
}

/** The line of the first alias of `anchor` after `from` (an alias before it names an earlier anchor), if any. */
function aliasAfter(doc: ParsedDocument, anchor: string, from: Position): number | undefined {
  const after = doc.lines.offset(from);
  let line: number | undefined;
  visit(doc.yaml, {
    Alias(_, node) {
      if (node.source !== anchor || (node.range?.[0] ?? 0) < after) return undefined;
      line = doc.lines.position(node.range?.[0] ?? doc.start).line;
      return visit.BREAK;
    },
  });
  return line;
}

/** The refusal, each reason placed on its line of the brief's file (the nearest part of its path that is written). */
function refuse(doc: ParsedDocument | undefined, reasons: Reason[], approval?: ApprovalOffer): AdvanceResult {
  const blockers = reasons.map(({ message, path, line }): Blocker => {
    if (line !== undefined || !doc || !path) return line === undefined ? { message } : { message, line };
    for (let n = path.length; n > 0; n--) {
      const node = locate(doc.yaml, path.slice(0, n))?.node;
      const offset = node?.range?.[0];
      // A written value's line, or (for a key with nothing under it yet) the key's own.
      if (offset !== undefined) return { message, line: doc.lines.position(offset).line };
    }
    return { message };
  });
  return { ok: false, reasons: blockers.map((b) => b.message), blockers, ...(approval ? { approval } : {}) };
}

function describe(finding: Finding): Reason {
  return { message: `Line ${finding.range.start.line + 1} has an error to fix first (${finding.rule}): ${finding.message}`, line: finding.range.start.line };
}

/** 'legal', or 'brand' or 'marketing-lead'. */
function roleList(gate: Gate): string {
  return gate.approverRoles.map((r) => `'${r}'`).join(' or ');
}

function describeGate(verdict: GateVerdict, people: People): Reason[] {
  const { stage, gate } = verdict;
  const reasons: Reason[] = [];
  const byHolder = verdict.approved.some((a) => !a.unknownApprover && !a.withoutRole);
  if (!byHolder) {
    const decisions = verdict.undecided.map((a) => `the decision by ${a.approver ?? 'no one'} is ${a.status ?? 'not approved'}`);
    const from = gate.approverRoles.length > 0 ? ` from a person with the role ${roleList(gate)}` : '';
    const first = verdict.undecided[0];
    reasons.push({
      message: `The '${stage.id}' gate has no approval${from}${decisions.length > 0 ? ` (${decisions.join(', ')})` : ''}.`,
      path: first ? ['approvals', first.index, 'status'] : ['approvals'],
    });
  }
  for (const { approval, unknownApprover, withoutRole, unchecked } of verdict.approved) {
    const who = approval.approver;
    const at = (key: string): DataPath => ['approvals', approval.index, key];
    if (unknownApprover) {
      const message = who ? `${who}, who approved the '${stage.id}' gate, is not in the Team.${didYouMeanPeople(suggestPeople(who, people))}` : `An approval of the '${stage.id}' gate names no approver.`;
      reasons.push({ message, path: at('approver') });
    }
    if (withoutRole) {
      reasons.push({ message: `${withoutRole.id} approved the '${stage.id}' gate without the role ${roleList(gate)}; ${withoutRole.id} holds ${withoutRole.roles.join(', ') || 'no role'}.`, path: at('approver') });
    }
    if (unchecked.length > 0) {
      const items = `checklist item${unchecked.length > 1 ? 's' : ''} ${unchecked.join(', ')}`;
      reasons.push({ message: `The approval of the '${stage.id}' gate${who ? ` by ${who}` : ''} does not confirm the ${items}.`, path: at('checklist') });
    }
  }
  if (verdict.unfilled.length > 0) reasons.push({ message: requirementsSentence(stage.id, verdict.unfilled), path: verdict.unfilled[0].path });
  return reasons;
}

function approverReasons(approver: string, stage: string, gate: Gate | undefined, people: People): Reason[] {
  const person = people.byId.get(approver);
  if (!person) return [{ message: `${approver} is not in the Team, so cannot advance the brief.${didYouMeanPeople(suggestPeople(approver, people))}` }];
  if (!gate || gate.approverRoles.length === 0 || person.roles.some((r) => gate.approverRoles.includes(r))) return [];
  return [{ message: `${approver} cannot move the brief past the '${stage}' gate without the role ${roleList(gate)}; ${approver} holds ${person.roles.join(', ') || 'no role'}.` }];
}

/** What entering the next stage on `today` would break. */
function entryReasons(state: BriefState, data: Data, next: string, today: number): Reason[] {
  const reasons: Reason[] = [];
  const { workflow, stage } = state;
  const launch = workflow?.launchStage;
  const nextStage = workflow?.byId.get(next);
  // At or past launch already, the missing metrics are brief/metrics-before-launch's error, listed with the others.
  if (launch && nextStage && stage && nextStage.index >= launch.index && stage.index < launch.index && !filled(data.success_metrics)) {
    reasons.push({ message: `The brief has no success_metrics; agree them before it enters '${next}'.`, path: ['success_metrics'] });
  }
  const last = state.history[state.history.length - 1];
  if (last?.entered !== undefined && today < last.entered) {
    const message = `${formatDay(today)} is before ${formatDay(last.entered)}, the day the brief entered '${last.stage ?? '?'}'; the history would run backwards.`;
    reasons.push({ message, path: ['history', last.index, 'entered'] });
  }
  return reasons;
}

/** The lines of the brief's approvals of one gate. */
function gateApprovalLines(doc: ParsedDocument, state: BriefState, gate: string): Set<number> {
  const lines = new Set<number>();
  for (const approval of state.approvals.filter((a) => a.gate === gate)) {
    const range = locate(doc.yaml, ['approvals', approval.index])?.node?.range;
    if (!range) continue;
    const [first, last] = [doc.lines.position(range[0]).line, doc.lines.position(Math.max(range[0], range[1] - 1)).line];
    for (let line = first; line <= last; line++) lines.add(line);
  }
  return lines;
}
