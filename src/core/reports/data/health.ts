// The process-health report's data, from brief histories: cycle time per tier, time in stage, bottlenecks, rework, SLA breaches.

import type { WorkflowView } from '../../domain/workflow';
import { formatDay } from '../../text/dates';
import { currentEntry } from '../../domain/brief';
import { briefsOf, workflowsOf, type BriefFacts, type ReportInput } from '../facts';
import { median, percentile, share } from '../stats';
import { targetsReached, type TargetsData } from './targets';

export interface HealthBrief {
  id: string;
  workflow: string | null;
  tier: number | null;
  status: string;
  /** The date of the first history entry: when the brief entered its workflow. */
  intake: string | null;
  /** The date of the first entry into the workflow's launch stage. */
  launched: string | null;
  /** launched − intake, in whole days. */
  cycleDays: number | null;
  /** Stages re-entered after a later stage of the workflow had been entered (one per such entry). */
  rework: string[];
  /** Completed stage visits that lasted longer than the stage's sla_days. */
  slaBreaches: number;
}

export interface HealthStage {
  workflow: string;
  stage: string;
  slaDays: number | null;
  /** Completed visits: history entries followed by another entry (the last entry is still open). */
  visits: number;
  medianDays: number | null;
  p90Days: number | null;
  /** Completed visits longer than sla_days. */
  breaches: number;
  /** breaches / visits, as a percentage. */
  breachRate: number | null;
  reworkEntries: number;
  /** Active briefs now in the stage for longer than sla_days (what brief/sla-overdue reports). */
  nowOverSla: number;
}

export interface HealthTier {
  /** null for all tiers together. */
  tier: number | null;
  launched: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface HealthData {
  today: string;
  briefs: HealthBrief[];
  stages: HealthStage[];
  tiers: HealthTier[];
  /** Per workflow, the stage whose median completed visit most exceeds its SLA (highest median ÷ sla_days). */
  bottlenecks: Array<{ workflow: string; stage: string; medianDays: number; slaDays: number | null }>;
  rework: { briefs: number; of: number; rate: number | null };
  breaches: { visits: number; breaches: number; rate: number | null };
  /** Campaigns that reached their targets, per tier and per channel (domain/results), over every brief. */
  targets: TargetsData;
}

interface Visit {
  workflow: string;
  stage: string;
  days: number;
  sla?: number;
}

/** Completed visits, rework entries and cycle time of one brief's history against its workflow. */
function walk(brief: BriefFacts, workflow: WorkflowView | undefined) {
  const visits: Visit[] = [];
  const rework: string[] = [];
  let furthest = -1;
  brief.history.forEach((entry, i) => {
    const stage = entry.stage === undefined ? undefined : workflow?.byId.get(entry.stage);
    if (!workflow || !stage) return;
    if (stage.index < furthest) rework.push(stage.id);
    furthest = Math.max(furthest, stage.index);
    const next = brief.history[i + 1];
    if (entry.entered === undefined || next?.entered === undefined || next.entered < entry.entered) return;
    visits.push({ workflow: workflow.id, stage: stage.id, days: next.entered - entry.entered, sla: stage.slaDays });
  });
  const intake = brief.history[0]?.entered;
  const launchId = workflow?.launchStage?.id;
  const launched = launchId === undefined ? undefined : brief.history.find((h) => h.stage === launchId && h.entered !== undefined)?.entered;
  const cycle = intake !== undefined && launched !== undefined && launched >= intake ? launched - intake : undefined;
  return { visits, rework, intake, launched: cycle === undefined ? undefined : launched, cycle };
}

const breached = (v: Visit) => v.sla !== undefined && v.days > v.sla;

function bottleneck(stages: HealthStage[]): HealthData['bottlenecks'][number] | undefined {
  const candidates = stages.filter((s) => s.medianDays !== null);
  const withSla = candidates.filter((s) => s.slaDays !== null && s.slaDays > 0);
  const score = (s: HealthStage) => (withSla.length > 0 ? s.medianDays! / s.slaDays! : s.medianDays!);
  let best: HealthStage | undefined;
  for (const s of withSla.length > 0 ? withSla : candidates) {
    if (!best || score(s) > score(best) || (score(s) === score(best) && s.medianDays! > best.medianDays!)) best = s;
  }
  return best && { workflow: best.workflow, stage: best.stage, medianDays: best.medianDays!, slaDays: best.slaDays };
}

export function buildHealth(input: ReportInput): HealthData {
  const { today } = input;
  const workflows = workflowsOf(input);
  const everyBrief = briefsOf(input);
  const briefs = everyBrief.filter((b) => b.history.length > 0);
  const walked = briefs.map((b) => ({ brief: b, ...walk(b, b.workflow) }));
  const visits = walked.flatMap((w) => w.visits);
  const stages: HealthStage[] = workflows.flatMap((wf) =>
    wf.stages.map((s) => {
      const here = visits.filter((v) => v.workflow === wf.id && v.stage === s.id).map((v) => v);
      const days = here.map((v) => v.days);
      const breaches = here.filter(breached).length;
      const now = walked.filter(({ brief }) => {
        const entry = currentEntry(brief.state);
        return brief.active && brief.workflowId === wf.id && brief.stageId === s.id && entry && s.slaDays !== undefined && today - entry.entered! > s.slaDays;
      }).length;
      return {
        workflow: wf.id,
        stage: s.id,
        slaDays: s.slaDays ?? null,
        visits: here.length,
        medianDays: median(days),
        p90Days: percentile(days, 90),
        breaches,
        breachRate: share(breaches, here.length),
        reworkEntries: walked.filter((w) => w.brief.workflowId === wf.id).reduce((n, w) => n + w.rework.filter((r) => r === s.id).length, 0),
        nowOverSla: now,
      };
    }),
  );
  const tierIds = [...new Set(briefs.map((b) => b.tier).filter((t): t is number => t !== undefined))].sort((a, b) => a - b);
  const cycles = (tier: number | null) => walked.filter((w) => w.cycle !== undefined && (tier === null || w.brief.tier === tier)).map((w) => w.cycle!);
  const tiers = [...tierIds, null].map((tier) => ({ tier, launched: cycles(tier).length, medianDays: median(cycles(tier)), p90Days: percentile(cycles(tier), 90) }));
  const reworked = walked.filter((w) => w.rework.length > 0).length;
  const breachCount = visits.filter(breached).length;
  const slaVisits = visits.filter((v) => v.sla !== undefined).length;
  return {
    today: formatDay(today),
    briefs: walked.map((w) => ({
      id: w.brief.id,
      workflow: w.brief.workflowId ?? null,
      tier: w.brief.tier ?? null,
      status: w.brief.status,
      intake: w.intake === undefined ? null : formatDay(w.intake),
      launched: w.launched === undefined ? null : formatDay(w.launched),
      cycleDays: w.cycle ?? null,
      rework: w.rework,
      slaBreaches: w.visits.filter(breached).length,
    })),
    stages,
    tiers,
    bottlenecks: workflows.flatMap((wf) => bottleneck(stages.filter((s) => s.workflow === wf.id)) ?? []),
    rework: { briefs: reworked, of: walked.length, rate: share(reworked, walked.length) },
    breaches: { visits: slaVisits, breaches: breachCount, rate: share(breachCount, slaVisits) },
    targets: targetsReached(everyBrief, today),
  };
}
