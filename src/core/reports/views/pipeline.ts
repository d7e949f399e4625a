// The pipeline report as a document: figures, a stage chart per workflow, open briefs, launches ahead, closed campaigns.

import { RISKS } from '../../domain/risks';
import type { PipelineBrief, PipelineData } from '../data/pipeline';
import { risky, toneOf, type BarChart, type Cell, type CellValue, type Column, type ReportDocument, type Table } from '../model';

const overSla = toneOf(RISKS.overSla.severity);
const missingGate = toneOf(RISKS.missingGate.severity);
const late = (value: CellValue, over: boolean): Cell => risky(value, over ? RISKS.overSla.severity : undefined);
const gates = (b: PipelineBrief): Cell => (b.missingGates.length > 0 ? risky(b.missingGates.join(', '), RISKS.missingGate.severity) : null);
const owner = (b: PipelineBrief) => b.ownerName ?? b.owner;
/** The launch's risk in words, coloured as brief/launch-missed and brief/launch-at-risk are. */
function launchRisk(b: PipelineBrief): Cell {
  if (b.launchMissedDays !== null) return risky(`missed ${b.launchMissedDays} ${b.launchMissedDays === 1 ? 'day' : 'days'} ago`, RISKS.launchMissed.severity);
  if (b.launchLateDays !== null) return risky(`at risk: ${b.launchLateDays} ${b.launchLateDays === 1 ? 'day' : 'days'} late by SLAs`, RISKS.launchAtRisk.severity);
  return null;
}

const OPEN_COLUMNS: Column[] = [
  { label: 'Workflow' },
  { label: 'Stage' },
  { label: 'Brief' },
  { label: 'Title' },
  { label: 'Owner' },
  { label: 'Tier', format: 'number' },
  { label: 'Status' },
  { label: 'Entered stage', csvOnly: true },
  { label: 'Days in stage', format: 'days' },
  { label: 'SLA', format: 'days' },
  { label: 'Over SLA by', format: 'days' },
  { label: 'Missing gates' },
  { label: 'Launch' },
  { label: 'Launch risk' },
  { label: 'File', csvOnly: true },
];

function openTable(data: PipelineData): Table {
  return {
    columns: OPEN_COLUMNS,
    rows: data.open.map((b) => [
      b.workflow,
      b.stage,
      b.id,
      b.title,
      owner(b),
      b.tier,
      b.status === 'active' ? b.status : { value: b.status, tone: 'muted' },
      b.enteredStage,
      late(b.daysInStage, b.overSlaDays !== null),
      b.slaDays,
      late(b.overSlaDays, b.overSlaDays !== null),
      gates(b),
      b.launch,
      launchRisk(b),
      b.file,
    ]),
    empty: 'No active or on-hold briefs.',
  };
}

function stageCharts(data: PipelineData): BarChart[] {
  const workflows = [...new Set(data.stages.map((s) => s.workflow))];
  return workflows.map((w) => ({
    type: 'bars',
    title: `Workflow '${w}': open briefs per stage`,
    series: ['Briefs', 'Over SLA'],
    seriesTones: [undefined, overSla],
    format: 'number',
    categories: data.stages
      .filter((s) => s.workflow === w)
      .map((s) => ({ label: s.stage, values: [s.briefs, s.overSla], tone: s.overSla > 0 ? overSla : undefined })),
  }));
}

function launchTable(data: PipelineData): Table {
  return {
    columns: [
      { label: 'Launch' },
      { label: 'In', format: 'days' },
      { label: 'Brief' },
      { label: 'Title' },
      { label: 'Owner' },
      { label: 'Stage' },
      { label: 'Missing gates' },
    ],
    rows: data.launching.map((b) => [b.launch, b.daysToLaunch, b.id, b.title, owner(b), b.stage, gates(b)]),
    empty: `No active brief launches in the next ${data.launchWindowDays} days.`,
  };
}

function closedTable(data: PipelineData): Table {
  return {
    columns: [
      { label: 'Brief' },
      { label: 'Title' },
      { label: 'Owner' },
      { label: 'Tier', format: 'number' },
      { label: 'Workflow' },
      { label: 'Launch' },
      { label: 'End' },
      { label: 'Planned', format: 'money' },
      { label: 'Actual', format: 'money' },
    ],
    rows: data.closed.map((b) => [b.id, b.title, owner(b), b.tier, b.workflow, b.launch, b.end, b.planned, b.actual]),
    empty: 'No closed campaigns.',
  };
}

export function pipelineDocument(data: PipelineData, notes: string[]): ReportDocument {
  const t = data.totals;
  const main = openTable(data);
  return {
    title: 'Campaign pipeline',
    today: data.today,
    summary: [
      { label: 'Active briefs', value: t.active },
      { label: 'On hold', value: t.onHold, tone: t.onHold > 0 ? 'muted' : undefined },
      { label: 'Over SLA', value: t.overSla, tone: t.overSla > 0 ? overSla : 'good' },
      { label: 'Missing gates', value: t.missingGates, tone: t.missingGates > 0 ? missingGate : 'good' },
      { label: `Launching in ${data.launchWindowDays} days`, value: t.launching },
      { label: 'Closed', value: t.closed },
      { label: 'Cancelled', value: t.cancelled, tone: 'muted' },
      { label: 'Launch missed', value: t.launchMissed, tone: t.launchMissed > 0 ? toneOf(RISKS.launchMissed.severity) : 'good' },
      { label: 'Launch at risk', value: t.launchAtRisk, tone: t.launchAtRisk > 0 ? toneOf(RISKS.launchAtRisk.severity) : 'good' },
    ],
    sections: [
      {
        title: 'Briefs by stage',
        intro: 'Active and on-hold briefs at each stage of their workflow, and how many of them are over the stage SLA.',
        blocks: stageCharts(data),
      },
      {
        title: 'Open briefs',
        intro:
          "Days in stage count from the date of the last history entry, when it is the current stage's, to today. A brief is over SLA when it is active and has been in its stage more days than the stage's sla_days. Missing gates are earlier gates with no approved approval. A launch is missed when its date has passed before the brief reached its launch stage, and at risk when the stages left, each taking its SLA, would reach the launch stage after it.",
        blocks: [{ type: 'table', table: main }],
      },
      {
        title: `Launching in the next ${data.launchWindowDays} days`,
        intro: `Active briefs whose timeline launch date is today or up to ${data.launchWindowDays} days ahead.`,
        blocks: [{ type: 'table', table: launchTable(data) }],
      },
      {
        title: 'Closed campaigns',
        blocks: [{ type: 'table', table: closedTable(data) }],
      },
    ],
    main,
    notes: [...(data.cancelled.length > 0 ? [`Cancelled briefs, not counted above: ${data.cancelled.map((b) => b.id).join(', ')}.`] : []), ...notes],
  };
}
