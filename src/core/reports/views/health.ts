// The process-health report as a document: cycle time per tier, time in stage with bottlenecks, rework, SLA breaches.

import { RISKS, slaBreachRisk } from '../../domain/risks';
import type { HealthData } from '../data/health';
import { risky, toneOf, type BarChart, type Block, type Cell, type ReportDocument, type Table } from '../model';
import { targetsSection } from './targets';

const bottleneck = toneOf(RISKS.bottleneck.severity);

const tierLabel = (tier: number | null) => (tier === null ? 'All tiers' : `Tier ${tier}`);

function stageTable(data: HealthData): Table {
  return {
    columns: [
      { label: 'Workflow' },
      { label: 'Stage' },
      { label: 'SLA', format: 'days' },
      { label: 'Visits', format: 'number' },
      { label: 'Median', format: 'days' },
      { label: 'p90', format: 'days' },
      { label: 'Breaches', format: 'number' },
      { label: 'Breach rate', format: 'percent' },
      { label: 'Rework entries', format: 'number' },
      { label: 'Now over SLA', format: 'number' },
    ],
    rows: data.stages.map((s): Cell[] => {
      const slow = s.medianDays !== null && s.slaDays !== null && s.medianDays > s.slaDays;
      const neck = data.bottlenecks.some((b) => b.workflow === s.workflow && b.stage === s.stage);
      return [
        s.workflow,
        neck ? { value: `${s.stage} (bottleneck)`, tone: bottleneck } : s.stage,
        s.slaDays,
        s.visits,
        slow ? { value: s.medianDays, tone: 'bad' } : s.medianDays,
        s.p90Days,
        s.breaches,
        risky(s.breachRate, slaBreachRisk(s.breachRate)),
        risky(s.reworkEntries, s.reworkEntries > 0 ? RISKS.rework.severity : undefined),
        risky(s.nowOverSla, s.nowOverSla > 0 ? RISKS.overSla.severity : undefined),
      ];
    }),
    empty: 'No workflows.',
  };
}

function stageCharts(data: HealthData): Block[] {
  const workflows = [...new Set(data.stages.map((s) => s.workflow))];
  return workflows.flatMap((w): Block[] => {
    const neck = data.bottlenecks.find((b) => b.workflow === w);
    const chart: BarChart = {
      type: 'bars',
      title: `Workflow '${w}': median days in stage against the SLA`,
      series: ['Median days', 'SLA days'],
      seriesTones: [undefined, 'muted'],
      format: 'number',
      categories: data.stages
        .filter((s) => s.workflow === w)
        .map((s) => ({ label: s.stage, values: [s.medianDays, s.slaDays], tone: neck?.stage === s.stage ? bottleneck : undefined })),
    };
    const text = neck
      ? `Bottleneck of '${w}': ${neck.stage}, a median of ${neck.medianDays} days${neck.slaDays !== null ? ` against an SLA of ${neck.slaDays}` : ''}.`
      : `No completed stage visits in '${w}' yet.`;
    return [chart, { type: 'text', text }];
  });
}

function briefTable(data: HealthData): Table {
  return {
    columns: [
      { label: 'Brief' },
      { label: 'Workflow' },
      { label: 'Tier', format: 'number' },
      { label: 'Status' },
      { label: 'Intake' },
      { label: 'Launched' },
      { label: 'Cycle time', format: 'days' },
      { label: 'Re-entered stages' },
      { label: 'SLA breaches', format: 'number' },
    ],
    rows: data.briefs.map((b) => [
      b.id,
      b.workflow,
      b.tier,
      b.status,
      b.intake,
      b.launched,
      b.cycleDays,
      b.rework.length > 0 ? risky(b.rework.join(', '), RISKS.rework.severity) : null,
      risky(b.slaBreaches, b.slaBreaches > 0 ? RISKS.slaBreach.severity : undefined),
    ]),
    empty: 'No brief has a history.',
  };
}

export function healthDocument(data: HealthData, notes: string[]): ReportDocument {
  const main = stageTable(data);
  const all = data.tiers.find((t) => t.tier === null);
  return {
    title: 'Process health',
    today: data.today,
    summary: [
      { label: 'Briefs with a history', value: data.rework.of },
      { label: 'Launched', value: all?.launched ?? 0 },
      { label: 'Median cycle time', value: all?.medianDays ?? null, format: 'days' },
      { label: 'p90 cycle time', value: all?.p90Days ?? null, format: 'days' },
      { label: 'Rework rate', value: data.rework.rate, format: 'percent', tone: data.rework.briefs > 0 ? toneOf(RISKS.rework.severity) : 'good' },
      { label: 'SLA breach rate', value: data.breaches.rate, format: 'percent', tone: toneOf(slaBreachRisk(data.breaches.rate)) ?? 'good' },
      ...data.bottlenecks.map((b) => ({ label: `Bottleneck of ${b.workflow}`, value: b.stage, tone: bottleneck })),
      targetsSection(data.targets).figure,
    ],
    sections: [
      {
        title: 'Cycle time from brief to launch',
        intro:
          "Whole days from a brief's first history entry to its first entry into its workflow's launch stage, for every brief that reached it. The median of an even count is the mean of the middle two; p90 is the nearest-rank 90th percentile.",
        blocks: [
          {
            type: 'table',
            table: {
              columns: [{ label: 'Tier' }, { label: 'Launched briefs', format: 'number' }, { label: 'Median', format: 'days' }, { label: 'p90', format: 'days' }],
              rows: data.tiers.map((t) => [tierLabel(t.tier), t.launched, t.medianDays, t.p90Days]),
            },
          },
        ],
      },
      {
        title: 'Time in stage',
        intro:
          "A visit lasts from a history entry to the next one; the last entry is still open and not counted. A visit breaches the SLA when it lasts more days than the stage's sla_days. The bottleneck is the stage whose median visit is longest relative to its SLA. Rework entries re-enter a stage after a later stage was entered.",
        blocks: [...stageCharts(data), { type: 'table', table: main }],
      },
      {
        title: 'Rework and SLA breaches per brief',
        intro: `${data.rework.briefs} of ${data.rework.of} briefs with a history re-entered an earlier stage after a later one.`,
        blocks: [{ type: 'table', table: briefTable(data) }],
      },
      targetsSection(data.targets).section,
    ],
    main,
    notes,
  };
}
