// Results against targets: which way a success metric counts, its attainment, whether a campaign reached its targets, cost per result.

import type { Brief, SuccessMetric } from '../generated';
import { fieldRecords, num, str, type Fields } from '../model/readers';
import { timeline } from './brief';
import type { Stage, WorkflowView } from './workflow';

/**
 * Which way a metric is better: its `better` field when it has one; else the brief's own numbers say it,
 * a target below the metric's baseline aiming to bring the value down (cost per lead, churn, days to
 * close); any other metric counts more as better.
 */
export type Direction = 'higher' | 'lower';

export function directionOf(target: number, baseline: number | undefined, better?: string): Direction {
  if (better === 'higher' || better === 'lower') return better;
  return baseline !== undefined && target < baseline ? 'lower' : 'higher';
}

export interface MetricResult {
  /** The entry's index in `success_metrics`. */
  index: number;
  metric: string;
  target: number;
  baseline?: number;
  actual?: number;
  unit?: string;
  direction: Direction;
  /** Whether the actual meets the target (at or above it, or at or below it when lower is better); undefined without an actual. */
  attained?: boolean;
  /** How far the actual went towards the target, in % with one decimal (see `attainment`); null when it cannot be divided. */
  attainment: number | null;
}

/**
 * Attainment in %: actual ÷ target when more is better, target ÷ actual when less is better, so that 100 %
 * is the target met and above 100 % beats it either way. Null without an actual, and when the divisor is
 * not above 0 (a target of 0, or an actual of 0 on a metric where less is better): a ratio there would
 * mean nothing, and whether the target was met still says what happened.
 */
export function attainment(target: number, actual: number | undefined, direction: Direction): number | null {
  if (actual === undefined) return null;
  const [part, whole] = direction === 'higher' ? [actual, target] : [target, actual];
  if (whole <= 0 || part < 0) return null;
  return Math.round((part / whole) * 1000) / 10;
}

/** Whether an actual meets its target: at or above it, or at or below it when less is better. Undefined without an actual. */
export function isAttained(target: number, actual: number | undefined, direction: Direction): boolean | undefined {
  if (actual === undefined) return undefined;
  return direction === 'higher' ? actual >= target : actual <= target;
}

/** A brief's success metrics as read here: the entries with a name and a numeric target (the schema requires both). */
export function metricResults(data: Fields<Brief>): MetricResult[] {
  return fieldRecords<SuccessMetric>(data.success_metrics).flatMap(([m, index]) => {
    const metric = str(m.metric);
    const target = num(m.target);
    if (metric === undefined || target === undefined) return [];
    const [baseline, actual, unit] = [num(m.baseline), num(m.actual), str(m.unit)];
    const direction = directionOf(target, baseline, str(m.better));
    return [{ index, metric, target, baseline, actual, unit, direction, attained: isAttained(target, actual, direction), attainment: attainment(target, actual, direction) }];
  });
}

/**
 * Whether a campaign reached its targets:
 * - `attained`: every success metric has its actual, and every one meets its target;
 * - `missed`: at least one actual falls short of its target (the campaign cannot reach all its targets, whatever the others say);
 * - `missing`: no target missed so far, but some actual is not recorded and the campaign's `end` has passed, the campaign
 *   active or closed (brief/missing-actuals);
 * - `awaiting`: no target missed so far, some actual not recorded, and the campaign has not ended (or has no end date,
 *   or is on hold: paused, its results not final);
 * - `no-metrics`: the brief has no success metric;
 * - `cancelled`: the campaign did not run, so it has no results to judge.
 */
export type ResultsVerdict = 'attained' | 'missed' | 'missing' | 'awaiting' | 'no-metrics' | 'cancelled';

export interface CampaignResults {
  verdict: ResultsVerdict;
  metrics: MetricResult[];
  /** The timeline's end, a day number, if any. */
  end?: number;
  /** The end has passed: today is after it (the end day itself still runs). */
  ended: boolean;
  /** Metrics without an actual on an active or closed campaign that has ended: what brief/missing-actuals reports. */
  missingActuals: MetricResult[];
}

/** Where a brief stands in its workflow, when known: a campaign still before its launch stage never ran. */
export type LaunchPlace = { workflow?: WorkflowView; stage?: Stage };

/** Whether the brief stands before its workflow's launch stage (brief/launch-missed reports one whose launch date passed). */
function beforeLaunch(place: LaunchPlace | undefined): boolean {
  const launch = place?.workflow?.launchStage;
  return place?.stage !== undefined && launch !== undefined && place.stage.index < launch.index;
}

export function campaignResults(data: Fields<Brief>, today: number, place?: LaunchPlace): CampaignResults {
  const metrics = metricResults(data);
  const { end } = timeline(data);
  const ended = end !== undefined && today > end;
  const status = str(data.status) ?? 'active';
  const cancelled = status === 'cancelled';
  const unknown = metrics.filter((m) => m.actual === undefined);
  // A campaign on hold is paused, its results not final: it awaits them until it is active or closed again.
  // A campaign that never launched has no results to record: its missed launch is the finding, not its actuals.
  const missingActuals = ended && (status === 'active' || status === 'closed') && !beforeLaunch(place) ? unknown : [];
  let verdict: ResultsVerdict;
  if (cancelled) verdict = 'cancelled';
  else if (metrics.length === 0) verdict = 'no-metrics';
  else if (metrics.some((m) => m.attained === false)) verdict = 'missed';
  else if (unknown.length === 0) verdict = 'attained';
  else verdict = missingActuals.length > 0 ? 'missing' : 'awaiting';
  return { verdict, metrics, end, ended, missingActuals };
}

/** A campaign whose results are known: every target met, or one already missed. The share of targets reached counts these. */
export function isMeasured(verdict: ResultsVerdict): boolean {
  return verdict === 'attained' || verdict === 'missed';
}

/**
 * The share of campaigns that reached their targets, in % with one decimal: attained ÷ (attained + missed).
 * Campaigns still awaiting or missing an actual, without metrics or cancelled are not counted; null when none is measured.
 */
export function targetsReachedShare(verdicts: readonly ResultsVerdict[]): { attained: number; measured: number; share: number | null } {
  const measured = verdicts.filter(isMeasured).length;
  const attained = verdicts.filter((v) => v === 'attained').length;
  return { attained, measured, share: measured > 0 ? Math.round((attained / measured) * 1000) / 10 : null };
}

/**
 * What one result cost: spend ÷ actual, in the budget's currency, rounded to cents. Only for a plain count
 * (a metric with no `unit`, as the schema has it) where more is better: spend per sign-up, per lead. A
 * percentage or an amount of money is no "result" to divide by, nor is a cost per lead. Null without
 * spend, or with an actual not above 0.
 */
export function costPerResult(spend: number | null | undefined, metric: Pick<MetricResult, 'actual' | 'unit' | 'direction'>): number | null {
  if (spend === null || spend === undefined || metric.unit !== undefined || metric.direction !== 'higher') return null;
  if (metric.actual === undefined || metric.actual <= 0) return null;
  return Math.round((spend / metric.actual) * 100) / 100;
}

