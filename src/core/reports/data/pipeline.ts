// The pipeline report's data: open briefs per workflow and stage, SLA and gate status, launches ahead, closed campaigns.

import { currentEntry, missingGates, slaOverrun, timeline } from '../../domain/brief';
import { launchAtRisk, launchMissed } from '../../domain/schedule';
import { formatDay } from '../../text/dates';
import { briefsOf, workflowsOf, type BriefFacts, type ReportInput } from '../facts';

export interface PipelineBrief {
  id: string;
  title: string;
  file: string;
  owner: string | null;
  ownerName: string | null;
  tier: number | null;
  status: string;
  workflow: string | null;
  stage: string | null;
  /** The date of the last history entry, when it is the current stage's. */
  enteredStage: string | null;
  /** today − enteredStage, in whole days. */
  daysInStage: number | null;
  slaDays: number | null;
  /** daysInStage − slaDays when an active brief is over its SLA (what brief/sla-overdue reports), else null. */
  overSlaDays: number | null;
  /** Earlier gates with no approved approval, for active briefs (what brief/gate-missing reports). */
  missingGates: string[];
  launch: string | null;
  /** launch − today, in whole days (negative: launched that many days ago). */
  daysToLaunch: number | null;
  /** today − launch when the launch date passed before the launch stage (what brief/launch-missed reports), else null. */
  launchMissedDays: number | null;
  /** How many days after the launch date the stages left, each taking its SLA, reach the launch stage (what brief/launch-at-risk reports), else null. */
  launchLateDays: number | null;
  end: string | null;
  planned: number | null;
  actual: number | null;
}

export interface PipelineStage {
  workflow: string;
  stage: string;
  slaDays: number | null;
  /** Open (active and on-hold) briefs at the stage. */
  briefs: number;
  overSla: number;
}

export interface PipelineData {
  today: string;
  launchWindowDays: number;
  /** Active and on-hold briefs, by workflow (file order), stage (workflow order) and id. */
  open: PipelineBrief[];
  stages: PipelineStage[];
  /** Active briefs whose launch date is today or within the launch window, soonest first. */
  launching: PipelineBrief[];
  closed: PipelineBrief[];
  cancelled: PipelineBrief[];
  totals: { active: number; onHold: number; overSla: number; missingGates: number; launching: number; closed: number; cancelled: number; launchMissed: number; launchAtRisk: number };
}

function pipelineBrief(brief: BriefFacts, today: number): PipelineBrief {
  const entry = currentEntry(brief.state);
  const days = entry?.entered === undefined ? null : today - entry.entered;
  const sla = brief.stage?.slaDays ?? null;
  const dates = timeline(brief.data);
  const risk = launchAtRisk(brief.state, dates, today);
  return {
    id: brief.id,
    title: brief.title,
    file: brief.file,
    owner: brief.owner ?? null,
    ownerName: brief.ownerName ?? null,
    tier: brief.tier ?? null,
    status: brief.status,
    workflow: brief.workflowId ?? null,
    stage: brief.stageId ?? null,
    enteredStage: entry?.entered === undefined ? null : formatDay(entry.entered),
    daysInStage: days,
    slaDays: sla,
    overSlaDays: slaOverrun(brief.state, today)?.over ?? null,
    missingGates: missingGates(brief.state).map((s) => s.id),
    launch: brief.launch === undefined ? null : formatDay(brief.launch),
    daysToLaunch: brief.launch === undefined ? null : brief.launch - today,
    launchMissedDays: launchMissed(brief.state, dates, today)?.days ?? null,
    launchLateDays: risk ? risk.earliest - risk.launch : null,
    end: brief.end === undefined ? null : formatDay(brief.end),
    planned: brief.planned ?? null,
    actual: brief.actual,
  };
}

export function buildPipeline(input: ReportInput): PipelineData {
  const { today } = input;
  const window = input.config.reports.launchWindowDays;
  const workflows = workflowsOf(input);
  const order = new Map(workflows.map((w, i) => [w.id, i]));
  const briefs = briefsOf(input);
  const rank = (b: BriefFacts) => [order.get(b.workflowId ?? '') ?? workflows.length, b.stage?.index ?? Number.MAX_SAFE_INTEGER] as const;
  const sorted = [...briefs].sort((a, b) => {
    const [wa, sa] = rank(a);
    const [wb, sb] = rank(b);
    return wa - wb || (a.workflowId ?? '').localeCompare(b.workflowId ?? '') || sa - sb || a.id.localeCompare(b.id);
  });
  const rows = new Map(sorted.map((b) => [b, pipelineBrief(b, today)]));
  const open = sorted.filter((b) => b.status === 'active' || b.status === 'on-hold').map((b) => rows.get(b)!);
  const stages: PipelineStage[] = workflows.flatMap((w) =>
    w.stages.map((s) => {
      const here = open.filter((b) => b.workflow === w.id && b.stage === s.id);
      return { workflow: w.id, stage: s.id, slaDays: s.slaDays ?? null, briefs: here.length, overSla: here.filter((b) => b.overSlaDays !== null).length };
    }),
  );
  const launching = open
    .filter((b) => b.status === 'active' && b.daysToLaunch !== null && b.daysToLaunch >= 0 && b.daysToLaunch <= window)
    .sort((a, b) => a.daysToLaunch! - b.daysToLaunch! || a.id.localeCompare(b.id));
  const closed = sorted.filter((b) => b.status === 'closed').map((b) => rows.get(b)!);
  const cancelled = sorted.filter((b) => b.status === 'cancelled').map((b) => rows.get(b)!);
  return {
    today: formatDay(today),
    launchWindowDays: window,
    open,
    stages,
    launching,
    closed,
    cancelled,
    totals: {
      active: open.filter((b) => b.status === 'active').length,
      onHold: open.filter((b) => b.status === 'on-hold').length,
      overSla: open.filter((b) => b.overSlaDays !== null).length,
      missingGates: open.filter((b) => b.missingGates.length > 0).length,
      launching: launching.length,
      closed: closed.length,
      cancelled: cancelled.length,
      launchMissed: open.filter((b) => b.launchMissedDays !== null).length,
      launchAtRisk: open.filter((b) => b.launchLateDays !== null).length,
    },
  };
}
