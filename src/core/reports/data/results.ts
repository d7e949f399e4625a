// The results report's data: per campaign and per program, targets against results with attainment, cost per result, and the results missing.

import { attainment, campaignResults, costPerResult, targetsReachedShare, type Direction, type ResultsVerdict } from '../../domain/results';
import { cents } from '../../domain/budget';
import { strings } from '../../model/readers';
import { formatDay } from '../../text/dates';
import { briefsOf, who, type BriefFacts, type ReportInput } from '../facts';

export interface ResultsMetricRow {
  brief: string;
  program: string | null;
  metric: string;
  unit: string | null;
  /** Which way the metric is better (domain/results directionOf). */
  better: Direction;
  baseline: number | null;
  target: number;
  /** success_metrics[].actual: what the campaign achieved. */
  result: number | null;
  attainment: number | null;
  attained: boolean | null;
  /** The brief's actual spend (as the budget report's Actual), in `currency`. */
  actual: number | null;
  currency: string | null;
  costPerResult: number | null;
}

export interface ResultsCampaign {
  id: string;
  title: string;
  owner: string | null;
  program: string | null;
  tier: number | null;
  channels: string[];
  status: string;
  end: string | null;
  verdict: ResultsVerdict;
  metrics: ResultsMetricRow[];
  /** Metrics without a result on a campaign that has ended (what brief/missing-actuals reports). */
  missingResults: string[];
}

export interface ResultsProgram {
  program: string | null;
  campaigns: number;
  attained: number;
  missed: number;
  missing: number;
  awaiting: number;
  /** Targets reached among the program's measured campaigns, in %. */
  targetsReached: number | null;
}

/** One metric of one program with at least one result: its campaigns with a result added up, for metrics where more is better. */
export interface ResultsProgramMetric {
  program: string | null;
  metric: string;
  unit: string | null;
  better: Direction;
  /** Campaigns of the program with a result for the metric. */
  measured: number;
  attained: number;
  /** Σ target and Σ result over those campaigns; null where less is better (a cost per lead does not add up). */
  target: number | null;
  result: number | null;
  attainment: number | null;
  /** Σ actual ÷ Σ result over those campaigns with actual spend, all in one currency; else null. */
  costPerResult: number | null;
  currency: string | null;
}

export interface ResultsData {
  today: string;
  /** Briefs with success metrics, not cancelled. */
  campaigns: ResultsCampaign[];
  /** Briefs that are not cancelled and have no success metric. */
  withoutMetrics: string[];
  programs: ResultsProgram[];
  programMetrics: ResultsProgramMetric[];
  /** Campaigns that ended with results still missing. */
  missing: ResultsCampaign[];
  targetsReached: { attained: number; measured: number; share: number | null };
}

function campaignOf(brief: BriefFacts, today: number): ResultsCampaign {
  const results = campaignResults(brief.data, today, brief);
  return {
    id: brief.id,
    title: brief.title,
    owner: who(brief.owner, brief.ownerName),
    program: brief.program ?? null,
    tier: brief.tier ?? null,
    channels: strings(brief.data.channels).map(([c]) => c),
    status: brief.status,
    end: results.end === undefined ? null : formatDay(results.end),
    verdict: results.verdict,
    missingResults: results.missingActuals.map((m) => m.metric),
    metrics: results.metrics.map((m) => ({
      brief: brief.id,
      program: brief.program ?? null,
      metric: m.metric,
      unit: m.unit ?? null,
      better: m.direction,
      baseline: m.baseline ?? null,
      target: m.target,
      result: m.actual ?? null,
      attainment: m.attainment,
      attained: m.attained ?? null,
      actual: brief.actual,
      currency: brief.currency ?? null,
      costPerResult: costPerResult(brief.actual, m),
    })),
  };
}

function programMetrics(campaigns: ResultsCampaign[]): ResultsProgramMetric[] {
  const groups = new Map<string, ResultsMetricRow[]>();
  // Grouped per program in the order programs first appear, then per metric in the order metrics first appear.
  const programs = [...new Set(campaigns.map((c) => c.program))];
  const ordered = programs.flatMap((p) => campaigns.filter((c) => c.program === p).flatMap((c) => c.metrics));
  for (const row of ordered) {
    const key = JSON.stringify([row.program, row.metric, row.unit, row.better]);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].flatMap((rows): ResultsProgramMetric[] => {
    const { program, metric, unit, better } = rows[0];
    const measured = rows.filter((r) => r.result !== null);
    if (measured.length === 0) return [];
    const adds = better === 'higher';
    const target = adds ? cents(measured.reduce((s, r) => s + r.target, 0)) : null;
    const result = adds ? cents(measured.reduce((s, r) => s + r.result!, 0)) : null;
    const spent = measured.filter((r) => r.actual !== null);
    const currencies = new Set(spent.map((r) => r.currency));
    const oneCurrency = spent.length > 0 && currencies.size === 1;
    const spentResult = spent.reduce((s, r) => s + r.result!, 0);
    return [
      {
        program,
        metric,
        unit,
        better,
        measured: measured.length,
        attained: measured.filter((r) => r.attained).length,
        target,
        result,
        attainment: target === null ? null : attainment(target, result ?? undefined, better),
        costPerResult: oneCurrency ? costPerResult(spent.reduce((s, r) => s + r.actual!, 0), { actual: spentResult, unit: unit ?? undefined, direction: better }) : null,
        currency: oneCurrency ? [...currencies][0] : null,
      },
    ];
  });
}

export function buildResults(input: ReportInput): ResultsData {
  const all = briefsOf(input).map((b) => campaignOf(b, input.today));
  const campaigns = all.filter((c) => c.verdict !== 'cancelled' && c.verdict !== 'no-metrics');
  const programIds = [...new Set(campaigns.map((c) => c.program))];
  return {
    today: formatDay(input.today),
    campaigns,
    withoutMetrics: all.filter((c) => c.verdict === 'no-metrics').map((c) => c.id),
    programs: programIds.map((program) => {
      const these = campaigns.filter((c) => c.program === program);
      const count = (v: ResultsVerdict) => these.filter((c) => c.verdict === v).length;
      return {
        program,
        campaigns: these.length,
        attained: count('attained'),
        missed: count('missed'),
        missing: count('missing'),
        awaiting: count('awaiting'),
        targetsReached: targetsReachedShare(these.map((c) => c.verdict)).share,
      };
    }),
    programMetrics: programMetrics(campaigns),
    missing: campaigns.filter((c) => c.missingResults.length > 0),
    targetsReached: targetsReachedShare(campaigns.map((c) => c.verdict)),
  };
}
