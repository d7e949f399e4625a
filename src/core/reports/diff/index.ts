// The diff report's public surface: what a change does to the operation, from two loaded workspaces (base and head).

import type { Workspace } from '../../engine/workspace';
import { formatDay } from '../../text/dates';
import type { ReportFormat } from '../index';
import type { ReportDocument } from '../model';
import { renderAs } from '../render';
import { buildDiff, type DiffData } from './data';
import { diffDocument } from './view';

export const DIFF_REPORT_INFO = {
  title: 'Playbook changes',
  description: 'What a change does to the operation against a base revision, opening with a one-line verdict (new errors; whether CI fails): people added, removed or given other roles and what they leave orphaned, briefs added, removed or moved and their field changes, gates approved, planned spend per allocation, tools and their annual cost, renewals and reviews newly due, new and fixed findings (grouped by cause; in changed files or knock-on).',
};

export interface DiffOptions {
  /**
   * The day both sides count from (default: the head's today). Load both workspaces with the same
   * `today` too, or their date findings will differ for that reason alone.
   */
  today?: number;
  /** Renamed files: head path → the path it had on the base (plain object or Map). */
  renames?: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** What the base is (a git revision, say), shown in the title. */
  base?: string;
}

export interface DiffReport {
  name: 'diff';
  title: string;
  today: string;
  data: DiffData;
  document: ReportDocument;
}

/** Compares two loaded workspaces of one playbook and builds the diff report once, as data and as a document. */
export function buildDiffReport(base: Workspace, head: Workspace, options: DiffOptions = {}): DiffReport {
  const today = options.today ?? head.today;
  const renames = options.renames instanceof Map ? options.renames : new Map(Object.entries(options.renames ?? {}));
  const data = buildDiff({ base, head, today, renames, label: options.base });
  const title = options.base ? `${DIFF_REPORT_INFO.title} compared with ${options.base}` : DIFF_REPORT_INFO.title;
  return { name: 'diff', title, today: formatDay(today), data, document: diffDocument(data, title) };
}

export function renderDiffReport(report: DiffReport, format: ReportFormat): string {
  return renderAs(report, format);
}

export type { DiffData } from './data';
export type { BriefChange, BriefState, GateApproval } from './briefs';
export type { BudgetChange, CostTotal, RenewalDue, ReviewDue, ToolChange } from './operation';
export type { FindingChange } from './findings';
export type { TeamChange } from './team';
export type { BriefFieldChange, BriefField } from './brief-fields';
export type { FindingCause, Verdict } from './causes';
