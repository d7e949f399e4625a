// The reports' public surface: their names, building one as data from a workspace, and rendering it in a format.

import type { Workspace } from '../engine/workspace';
import type { Kind } from '../model/kinds';
import { formatDay } from '../text/dates';
import { buildBudget, type BudgetData } from './data/budget';
import { buildHealth, type HealthData } from './data/health';
import { buildMartech, type MartechData } from './data/martech';
import { buildPipeline, type PipelineData } from './data/pipeline';
import { buildUtm, type UtmData } from './data/utm';
import { buildResults, type ResultsData } from './data/results';
import { unreadable, type ReportInput } from './facts';
import type { ReportDocument } from './model';
import { renderAs } from './render';
import { renderReportIndex, reportIndexFileName, type IndexFormat } from './report-index';
import { budgetDocument } from './views/budget';
import { healthDocument } from './views/health';
import { martechDocument } from './views/martech';
import { pipelineDocument } from './views/pipeline';
import { utmDocument } from './views/utm';
import { resultsDocument } from './views/results';
import { buildCalendar, type CalendarData, type CalendarOptions } from './data/calendar';
import { calendarDocument } from './views/calendar';
import { renderIcs } from './render/ics';
import { buildQueue, type QueueData } from './queue/data';
import { queueDocument } from './queue/view';

export const REPORTS = ['pipeline', 'martech', 'budget', 'health', 'utm', 'results', 'calendar', 'queue'] as const;
export type ReportName = (typeof REPORTS)[number];

export const REPORT_FORMATS = ['md', 'html', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportDataMap {
  pipeline: PipelineData;
  martech: MartechData;
  budget: BudgetData;
  health: HealthData;
  utm: UtmData;
  results: ResultsData;
  calendar: CalendarData;
  queue: QueueData;
}

export interface Report<N extends ReportName = ReportName> {
  name: N;
  title: string;
  /** The day the report counts from, YYYY-MM-DD. */
  today: string;
  /** The figures, as numbers and ISO dates: what JSON exports. */
  data: ReportDataMap[N];
  /** The data laid out as figures, sections, tables and charts: what Markdown and HTML show, CSV's main table. */
  document: ReportDocument;
}

export interface ReportOptions {
  /** The day to count from (a day number, see text/dates); default the workspace's today (Config.today, else the clock). */
  today?: number;
  /** The calendar report's range and grouping. */
  calendar?: CalendarOptions;
  /** The person a per-person report (queue) is for; default every member. */
  person?: string;
}

interface Spec<D> {
  title: string;
  description: string;
  kinds: Kind[];
  build(input: ReportInput): D;
  view(data: D, notes: string[]): ReportDocument;
}

const SPECS: { [N in ReportName]: Spec<ReportDataMap[N]> } = {
  pipeline: {
    title: 'Campaign pipeline',
    description: 'Briefs per workflow and stage: owner, tier, days in stage against the SLA, missing gates, launches ahead, closed campaigns.',
    kinds: ['Brief', 'Workflow'],
    build: buildPipeline,
    view: pipelineDocument,
  },
  martech: {
    title: 'Martech audit',
    description: 'Annual cost by category, renewals and notice deadlines, overdue reviews, utilisation, overlap, PII without DPA, retired tools in use, the integration map.',
    kinds: ['Tool', 'Brief'],
    build: buildMartech,
    view: martechDocument,
  },
  budget: {
    title: 'Budget vs actual',
    description: "Per program: allocation, the briefs' planned and actual spend, what is unplanned and unspent, variance; briefs over budget.",
    kinds: ['Budget', 'Brief'],
    build: buildBudget,
    view: budgetDocument,
  },
  health: {
    title: 'Process health',
    description: 'From brief histories: cycle time to launch per tier, median time in each stage and the bottleneck, rework, SLA breach rate per stage.',
    kinds: ['Brief', 'Workflow'],
    build: buildHealth,
    view: healthDocument,
  },
  utm: {
    title: 'UTM links',
    description: 'Every tracked link with its UTM parameters and the verdict mops check gives it; the CSV is fit for ad platforms.',
    kinds: ['Brief', 'UtmStandard'],
    build: buildUtm,
    view: utmDocument,
  },
  results: {
    title: 'Results against targets',
    description: 'Per campaign and program: success metric targets against results, attainment, cost per result, and the campaigns that ended without their results.',
    kinds: ['Brief'],
    build: buildResults,
    view: resultsDocument,
  },
  calendar: {
    title: 'Campaign calendar',
    description: 'Launches and live windows per week or month, region and channel; clashes (one audience segment twice at once, too many launches on a channel) and blackouts flagged; also as an iCalendar file (--format ics).',
    kinds: ['Brief', 'NamingConvention'],
    build: buildCalendar,
    view: calendarDocument,
  },
  queue: {
    title: 'My queue',
    description: "What waits for a person (--person, else git's user.email; every member in report all): approvals at their gates, also as a delegate, their briefs over SLA, tools' notice deadlines and reviews, SOP reviews.",
    kinds: ['Brief', 'Workflow', 'Team', 'Tool', 'Sop'],
    build: buildQueue,
    view: queueDocument,
  },
};

/** Each report's title and one-line description, for pickers and help text. */
export const REPORT_INFO: { [N in ReportName]: { title: string; description: string } } = Object.fromEntries(
  REPORTS.map((n) => [n, { title: SPECS[n].title, description: SPECS[n].description }]),
) as { [N in ReportName]: { title: string; description: string } };

export function isReportName(value: unknown): value is ReportName {
  return typeof value === 'string' && (REPORTS as readonly string[]).includes(value);
}

export function isReportFormat(value: unknown): value is ReportFormat {
  return typeof value === 'string' && (REPORT_FORMATS as readonly string[]).includes(value);
}

/** `pipeline.md`, `utm.csv`: the file a report is written to. */
export function reportFileName(name: ReportName, format: ReportFormat): string {
  return `${name}.${format}`;
}

function skippedNotes(workspace: Workspace, kinds: Kind[]): string[] {
  return kinds.flatMap((kind) => {
    const files = [...new Set(unreadable(workspace, kind).map((d) => d.path))];
    return files.length > 0 ? [`${kind} documents that do not parse are left out (see mops check): ${files.join(', ')}.`] : [];
  });
}

/** Builds a report once, as data and as a document, from a loaded workspace. */
export function buildReport<N extends ReportName>(name: N, workspace: Workspace, options: ReportOptions = {}): Report<N> {
  const spec = SPECS[name] as unknown as Spec<ReportDataMap[N]>;
  const today = options.today ?? workspace.today;
  const input: ReportInput = { workspace, index: workspace.view(), config: workspace.config, today, calendar: options.calendar, person: options.person };
  const data = spec.build(input);
  return { name, title: spec.title, today: formatDay(today), data, document: spec.view(data, skippedNotes(workspace, spec.kinds)) };
}

export function renderReport(report: Report, format: ReportFormat): string {
  return renderAs(report, format);
}

/** The index page of several built reports (`mops report all`): links to their files in `formats`, and their headline figures. */
export function renderIndex(reports: readonly Report[], formats: readonly ReportFormat[], format: IndexFormat): string {
  return renderReportIndex(
    reports.map((r) => ({ ...r, description: REPORT_INFO[r.name].description })),
    formats,
    format,
  );
}

/** The calendar report as an iCalendar file (`--format ics`): only the calendar has one. */
export function renderCalendarIcs(report: Report<'calendar'>): string {
  return renderIcs(report.data);
}

export { reportIndexFileName, type IndexFormat };
export type { ReportDocument } from './model';
export { REPORT_CSP } from './render/html';
export type { PipelineData, BudgetData, HealthData, MartechData, UtmData, ResultsData, CalendarData, CalendarOptions };
export type { QueueData };
