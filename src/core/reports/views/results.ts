// The results report as a document: targets against results per campaign (table and attainment chart), per program, and the results missing.

import { RISKS } from '../../domain/risks';
import type { ResultsCampaign, ResultsData, ResultsMetricRow } from '../data/results';
import { FIGURES } from '../figures';
import { risky, toneOf, type BarChart, type Cell, type ReportDocument, type Table } from '../model';
import { RESULT_FIGURES, VERDICT_LABELS } from '../result-figures';

const { target, result, attainment, costPerResult, targetsReached } = RESULT_FIGURES;
const missedTone = toneOf(RISKS.missedTarget.severity);
const missingTone = toneOf(RISKS.missingResults.severity);

const attained = (value: number | null, ok: boolean | null): Cell => (ok === null ? value : { value, tone: ok ? 'good' : missedTone });

function verdictCell(c: ResultsCampaign): Cell {
  const text = VERDICT_LABELS[c.verdict];
  if (c.verdict === 'attained') return { value: text, tone: 'good' };
  if (c.verdict === 'missed') return { value: text, tone: missedTone };
  if (c.verdict === 'missing') return { value: text, tone: missingTone };
  return { value: text, tone: 'muted' };
}

function metricTable(data: ResultsData): Table {
  const verdicts = new Map(data.campaigns.map((c) => [c.id, c]));
  return {
    columns: [
      { label: 'Brief' },
      { label: 'Program' },
      { label: 'Metric' },
      { label: 'Unit', csvOnly: true },
      { label: 'Better', csvOnly: true },
      { label: 'Baseline', format: 'number', csvOnly: true },
      { label: target.label, format: 'number' },
      { label: result.label, format: 'number' },
      { label: attainment.label, format: 'percent' },
      { label: FIGURES.actual.label, format: 'money' },
      { label: 'Currency', csvOnly: true },
      { label: costPerResult.label, format: 'money' },
      { label: 'Campaign' },
    ],
    rows: data.campaigns.flatMap((c) =>
      c.metrics.map((m: ResultsMetricRow): Cell[] => [
        m.brief,
        m.program,
        m.unit ? `${m.metric} (${m.unit})` : m.metric,
        m.unit,
        m.better,
        m.baseline,
        m.target,
        m.result === null && c.missingResults.includes(m.metric) ? risky(null, RISKS.missingResults.severity) : attained(m.result, m.attained),
        attained(m.attainment, m.attained),
        m.actual,
        m.currency,
        m.costPerResult,
        verdictCell(verdicts.get(m.brief)!),
      ]),
    ),
    empty: 'No campaign has success metrics.',
  };
}

function attainmentChart(data: ResultsData): BarChart {
  const rows = data.campaigns.flatMap((c) => c.metrics).filter((m) => m.attainment !== null);
  return {
    type: 'bars',
    title: `${attainment.label} per campaign and metric (100% meets the target)`,
    series: [attainment.label],
    format: 'percent',
    categories: rows.map((m) => ({ label: `${m.brief}: ${m.metric}`, values: [m.attainment], tone: m.attained ? 'good' : missedTone })),
  };
}

function programTable(data: ResultsData): Table {
  return {
    columns: [
      { label: 'Program' },
      { label: 'Campaigns', format: 'number' },
      { label: VERDICT_LABELS.attained, format: 'number' },
      { label: VERDICT_LABELS.missed, format: 'number' },
      { label: VERDICT_LABELS.missing, format: 'number' },
      { label: VERDICT_LABELS.awaiting, format: 'number' },
      { label: targetsReached.label, format: 'percent' },
    ],
    rows: data.programs.map((p) => [
      p.program ?? '(no program)',
      p.campaigns,
      p.attained,
      risky(p.missed, p.missed > 0 ? RISKS.missedTarget.severity : undefined),
      risky(p.missing, p.missing > 0 ? RISKS.missingResults.severity : undefined),
      p.awaiting,
      p.targetsReached,
    ]),
    empty: 'No campaign has success metrics.',
  };
}

function programMetricTable(data: ResultsData): Table {
  return {
    columns: [
      { label: 'Program' },
      { label: 'Metric' },
      { label: 'Measured campaigns', format: 'number' },
      { label: VERDICT_LABELS.attained, format: 'number' },
      { label: target.label, format: 'number' },
      { label: result.label, format: 'number' },
      { label: attainment.label, format: 'percent' },
      { label: costPerResult.label, format: 'money' },
    ],
    rows: data.programMetrics.map((p) => [
      p.program ?? '(no program)',
      p.unit ? `${p.metric} (${p.unit})` : p.metric,
      p.measured,
      p.attained,
      p.target,
      p.result,
      attained(p.attainment, p.attainment === null ? null : p.attainment >= 100),
      p.costPerResult,
    ]),
    empty: 'No campaign has success metrics.',
  };
}

function missingTable(data: ResultsData): Table {
  return {
    columns: [{ label: 'Brief' }, { label: 'Owner' }, { label: 'Ended' }, { label: 'Metrics without a result' }],
    rows: data.missing.map((c) => [c.id, c.owner, c.end, risky(c.missingResults.join(', '), RISKS.missingResults.severity)]),
    empty: 'Every campaign that has ended has its results recorded.',
  };
}

export function resultsDocument(data: ResultsData, notes: string[]): ReportDocument {
  const main = metricTable(data);
  const count = (v: keyof typeof VERDICT_LABELS) => data.campaigns.filter((c) => c.verdict === v).length;
  const reached = data.targetsReached;
  return {
    title: 'Results against targets',
    today: data.today,
    summary: [
      { label: 'Campaigns with targets', value: data.campaigns.length },
      { label: targetsReached.label, value: reached.share, format: 'percent', tone: reached.share === null ? undefined : reached.attained === reached.measured ? 'good' : missedTone },
      { label: VERDICT_LABELS.attained, value: count('attained'), tone: 'good' },
      { label: VERDICT_LABELS.missed, value: count('missed'), tone: count('missed') > 0 ? missedTone : 'good' },
      { label: VERDICT_LABELS.missing, value: data.missing.length, tone: data.missing.length > 0 ? missingTone : 'good' },
      { label: VERDICT_LABELS.awaiting, value: count('awaiting') },
    ],
    sections: [
      {
        title: 'Campaigns',
        intro:
          'Each success metric of each campaign that is not cancelled: its target, its result once recorded, attainment and what a result cost. A campaign attained its targets when every metric has a result that meets its target; it missed when any result falls short.',
        blocks: [attainmentChart(data), { type: 'table', table: main }, { type: 'list', items: [target, result, attainment, costPerResult].map((f) => `${f.label}: ${f.definition}`) }],
      },
      {
        title: 'Programs',
        intro: `Per program, the campaigns by verdict and the share that reached their targets; then each metric's targets and results added up over the campaigns that have a result (only for metrics where more is better). ${targetsReached.label}: ${targetsReached.definition}`,
        blocks: [
          { type: 'table', table: programTable(data) },
          { type: 'table', title: 'Metrics per program', table: programMetricTable(data) },
        ],
      },
      {
        title: 'Results missing',
        intro: "Campaigns past their end date (as of the report's day) with success metrics still without a result: what brief/missing-actuals reports.",
        blocks: [{ type: 'table', table: missingTable(data) }],
      },
      ...(data.withoutMetrics.length > 0 ? [{ title: 'Without success metrics', blocks: [{ type: 'list' as const, items: data.withoutMetrics }] }] : []),
    ],
    main,
    notes,
  };
}
