// What waits for each person, from the domain's verdicts: approvals at their gates, their briefs over SLA or
// with a launch missed or at risk, their tools' notice deadlines and reviews, their SOPs' reviews. One table of item kinds: a new kind is one entry.

import { currentEntry, slaOverrun, timeline } from '../../domain/brief';
import { noticeDue } from '../../domain/contract';
import { actorsIn, awayOn } from '../../domain/delegates';
import { gateVerdict } from '../../domain/gates';
import { peopleOf, type People } from '../../domain/people';
import { reviewOverdue } from '../../domain/review';
import { launchAtRisk, launchMissed } from '../../domain/schedule';
import { RISKS } from '../../domain/risks';
import { toolReviewOverdue } from '../../domain/tool';
import type { DataPath } from '../../model/locate';
import type { ParsedDocument } from '../../model/parse';
import { num, str, type Data } from '../../model/readers';
import type { Severity } from '../../model/types';
import { formatDay, parseDay } from '../../text/dates';
import { briefsOf, readable, toolsOf, type BriefFacts, type ReportInput, type ToolRecord } from '../facts';

/** One thing waiting for one person. */
export interface QueueItem {
  /** The kind's id (QUEUE_KINDS). */
  kind: string;
  /** Whose queue it is in. */
  person: string;
  /** The away member whose approval this is, when the person acts as their delegate. */
  for?: string;
  /** The brief, tool or SOP id, and its title or name. */
  subject: string;
  title: string;
  /** The document and the node of it to open: the line the item is about. */
  doc: ParsedDocument;
  path: DataPath;
  /** The day it is (or was) due, when known. */
  due?: number;
  severity: Severity;
  /** What to do, in a sentence. */
  message: string;
}

/** What every kind reads, read once. */
export interface QueueSources {
  input: ReportInput;
  people: People;
  briefs: BriefFacts[];
  tools: ToolRecord[];
  sops: ParsedDocument[];
}

export interface QueueKind {
  id: string;
  /** Plural, for a section title and a summary card: "Approvals waiting". */
  label: string;
  /** One item, for a line of the editor's view: "Approval". */
  one: string;
  /** Every item of this kind, for everybody (the queue keeps one person's). */
  collect(sources: QueueSources): QueueItem[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Approvals waiting: the gate of an active brief's current stage, with no approval that counts, for whoever acts in its roles today. */
function approvals({ input, people, briefs }: QueueSources): QueueItem[] {
  const items: QueueItem[] = [];
  for (const brief of briefs) {
    const stage = brief.state.stage;
    if (!brief.state.active || !stage?.gate || stage.gate.approverRoles.length === 0) continue;
    const verdict = gateVerdict(stage as typeof stage & { gate: NonNullable<typeof stage.gate> }, brief.state, brief.data, people);
    const decisions = brief.state.approvals.filter((a) => a.gate === stage.id);
    // A rejection sends the brief back to its owner: nothing waits for an approver until it comes back.
    if (verdict.approved.some((a) => a.counts) || decisions[decisions.length - 1]?.status === 'rejected') continue;
    const since = currentEntry(brief.state)?.entered;
    const due = since !== undefined && stage.slaDays !== undefined ? since + stage.slaDays : undefined;
    const late = due !== undefined && input.today > due;
    const when = due === undefined ? '' : late ? ` It was due on ${formatDay(due)} (the stage's SLA: ${plural(stage.slaDays!, 'day')}).` : ` Due by ${formatDay(due)} (the stage's SLA: ${plural(stage.slaDays!, 'day')}).`;
    for (const actor of actorsIn(stage.gate.approverRoles, input.today, people)) {
      const away = actor.for === undefined ? undefined : awayOn(people.byId.get(actor.for)!, input.today);
      const as = away ? ` As delegate for ${actor.for}, away until ${formatDay(away.to)}.` : '';
      items.push({
        kind: 'approval',
        person: actor.id,
        for: actor.for,
        subject: brief.id,
        title: brief.title,
        doc: brief.doc,
        path: ['stage'],
        due,
        severity: late ? RISKS.overSla.severity : 'info',
        message: `Approve the '${stage.id}' gate (${stage.gate.approverRoles.join(' or ')}).${when}${as}`,
      });
    }
  }
  return items;
}

/** The owner's active briefs in their stage longer than its SLA: brief/sla-overdue's verdict. */
function slaOverruns({ input, briefs }: QueueSources): QueueItem[] {
  return briefs.flatMap((brief): QueueItem[] => {
    const over = brief.owner === undefined ? undefined : slaOverrun(brief.state, input.today);
    if (!over || brief.owner === undefined) return [];
    return [
      {
        kind: 'sla',
        person: brief.owner,
        subject: brief.id,
        title: brief.title,
        doc: brief.doc,
        path: ['stage'],
        due: over.entry.entered + over.sla,
        severity: RISKS.overSla.severity,
        message: `In '${brief.stageId}' for ${plural(over.days, 'day')}, ${plural(over.over, 'day')} over its SLA of ${plural(over.sla, 'day')}: move it on or record why it waits.`,
      },
    ];
  });
}

/** The owner's active briefs whose launch date passed before the launch stage, or that their stages' SLAs reach too late: brief/launch-missed's and brief/launch-at-risk's verdicts. */
function launches({ input, briefs }: QueueSources): QueueItem[] {
  return briefs.flatMap((brief): QueueItem[] => {
    if (brief.owner === undefined) return [];
    const dates = timeline(brief.data);
    const base = { person: brief.owner, subject: brief.id, title: brief.title, doc: brief.doc, path: ['timeline', 'launch'] as DataPath };
    const missed = launchMissed(brief.state, dates, input.today);
    if (missed) {
      const message = `The launch date ${formatDay(missed.launch)} passed ${plural(missed.days, 'day')} ago before '${missed.launchStage.id}': re-plan it, or move the brief on if it launched.`;
      return [{ ...base, kind: 'launch', due: missed.launch, severity: RISKS.launchMissed.severity, message }];
    }
    const risk = launchAtRisk(brief.state, dates, input.today);
    if (!risk) return [];
    const message = `Launch ${formatDay(risk.launch)} is at risk: the stages before '${risk.launchStage.id}' take ${plural(risk.needed, 'day')} by their SLAs, reaching it ${formatDay(risk.earliest)}. Speed them up or move the date.`;
    return [{ ...base, kind: 'launch', due: risk.launch, severity: RISKS.launchAtRisk.severity, message }];
  });
}

/** The owner's tools whose notice deadline martech/renewal-due flags. */
function notices({ input, tools }: QueueSources): QueueItem[] {
  return tools.flatMap((tool): QueueItem[] => {
    if (tool.owner === undefined || tool.renewal === undefined) return [];
    const due = noticeDue(tool.renewal, tool.noticeDays, tool.autoRenew, input.today, input.config.martech.renewalWarningDays);
    if (!due) return [];
    return [{ kind: 'notice', person: tool.owner, subject: tool.id, title: tool.name, doc: tool.doc, path: ['contract', 'renewal'], due: due.deadline, severity: due.severity, message: due.message }];
  });
}

/** The owner's tools whose review martech/review-overdue flags. */
function toolReviews({ input, tools }: QueueSources): QueueItem[] {
  return tools.flatMap((tool): QueueItem[] => {
    const overdue = tool.owner === undefined ? undefined : toolReviewOverdue(tool, input.today);
    if (!overdue || tool.owner === undefined) return [];
    const message = `Review the tool: due on ${formatDay(overdue.due)}, ${plural(overdue.days, 'day')} overdue.`;
    return [{ kind: 'tool-review', person: tool.owner, subject: tool.id, title: tool.name, doc: tool.doc, path: ['last_review'], due: overdue.due, severity: RISKS.reviewOverdue.severity, message }];
  });
}

/** The owner's SOPs whose review sop/review-overdue flags. */
function sopReviews({ input, sops }: QueueSources): QueueItem[] {
  return sops.flatMap((doc): QueueItem[] => {
    const data = doc.value as Data;
    const owner = str(data.owner);
    const overdue = owner === undefined ? undefined : reviewOverdue(parseDay(data.last_review), num(data.review_every_days), input.today);
    if (!overdue || owner === undefined) return [];
    const id = str(data.id) ?? doc.path;
    const message = `Review the SOP: due on ${formatDay(overdue.due)}, ${plural(overdue.days, 'day')} overdue.`;
    return [{ kind: 'sop-review', person: owner, subject: id, title: str(data.title) ?? id, doc, path: ['last_review'], due: overdue.due, severity: RISKS.sopReviewOverdue.severity, message }];
  });
}

/** The kinds of item, in the order a queue lists them when due days tie. */
export const QUEUE_KINDS: readonly QueueKind[] = [
  { id: 'approval', label: 'Approvals waiting', one: 'Approval', collect: approvals },
  { id: 'sla', label: 'Briefs over SLA', one: 'Over SLA', collect: slaOverruns },
  { id: 'launch', label: 'Launches missed or at risk', one: 'Launch', collect: launches },
  { id: 'notice', label: 'Notice deadlines', one: 'Notice deadline', collect: notices },
  { id: 'tool-review', label: 'Tool reviews due', one: 'Tool review', collect: toolReviews },
  { id: 'sop-review', label: 'SOP reviews due', one: 'SOP review', collect: sopReviews },
];

/**
 * Everything waiting for `person` (every member's, when undefined), soonest due first (items with no due day
 * last), then in QUEUE_KINDS order, then by subject.
 */
export function queueItems(input: ReportInput, person?: string): QueueItem[] {
  const sources: QueueSources = { input, people: peopleOf(input.index), briefs: briefsOf(input), tools: toolsOf(input), sops: readable(input.workspace, 'Sop') };
  const order = new Map(QUEUE_KINDS.map((k, i) => [k.id, i]));
  return QUEUE_KINDS.flatMap((kind) => kind.collect(sources))
    .filter((item) => person === undefined || item.person === person)
    .sort(
      (a, b) =>
        (a.due ?? Infinity) - (b.due ?? Infinity) ||
        order.get(a.kind)! - order.get(b.kind)! ||
        a.subject.localeCompare(b.subject) ||
        a.person.localeCompare(b.person),
    );
}
