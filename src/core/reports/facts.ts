// Reads briefs and tools from a loaded workspace once, defensively, for every report builder.

import type { ResolvedConfig } from '../config/config';
import { readBrief, type BriefState } from '../domain/brief';
import { peopleOf } from '../domain/people';
import { workflowOf, workflowView, type Stage, type WorkflowView } from '../domain/workflow';
import { perDocument, type IndexView } from '../engine/index-view';
import type { Workspace } from '../engine/workspace';
import { API_VERSION, type Kind } from '../model/kinds';
import type { ParsedDocument } from '../model/parse';
import { isRecord, num, rec, records, str, strings, type Data } from '../model/readers';
import { toolFacts, type ToolFacts } from '../domain/tool';
import { parseDay } from '../text/dates';
import type { CalendarOptions } from './data/calendar';

/** What a report builder reads: the workspace, its index and settings, and the day it counts from. */
export interface ReportInput {
  workspace: Workspace;
  index: IndexView;
  config: ResolvedConfig;
  today: number;
  /** The calendar report's range and grouping (`--from`, `--to`, `--by`). */
  calendar?: CalendarOptions;
  /** The person a per-person report is for (the queue); undefined: every member. */
  person?: string;
}

export interface HistoryStep {
  stage?: string;
  entered?: number;
}

export interface BriefFacts {
  doc: ParsedDocument;
  data: Data;
  /** The brief as the rules read it (domain/brief): the gate and SLA verdicts are asked of it. */
  state: BriefState;
  id: string;
  title: string;
  file: string;
  /** `active` when the brief does not say (as the rules read it). */
  status: string;
  active: boolean;
  owner?: string;
  ownerName?: string;
  tier?: number;
  program?: string;
  workflowId?: string;
  workflow?: WorkflowView;
  stageId?: string;
  stage?: Stage;
  history: HistoryStep[];
  launch?: number;
  end?: number;
  currency?: string;
  planned?: number;
  /** The sum of the lines' `actual` amounts (lines without one count 0); null when no line has one. */
  actual: number | null;
}

export interface ToolRecord extends ToolFacts {
  doc: ParsedDocument;
  data: Data;
  id: string;
  name: string;
  file: string;
  owner?: string;
  ownerName?: string;
  annualCost?: number;
  costCurrency?: string;
  autoRenew?: boolean;
  integrations: string[];
  pii: boolean;
  dpaSigned: boolean;
}

/** The mops/v1 documents of a kind that parsed cleanly into a mapping: what the rules check too. */
export function readable(workspace: Workspace, kind: Kind): ParsedDocument[] {
  return workspace.documents(kind).filter((d) => d.apiVersion === API_VERSION && d.clean && isRecord(d.value));
}

/** Documents of a kind that could not be read (YAML errors), for the report's notes. */
export function unreadable(workspace: Workspace, kind: Kind): ParsedDocument[] {
  return workspace.documents(kind).filter((d) => d.apiVersion === API_VERSION && !(d.clean && isRecord(d.value)));
}

/** The workflows, in file order; of two with one id, the first (the one briefs resolve to). */
export function workflowsOf(input: ReportInput): WorkflowView[] {
  const seen = new Set<string>();
  return readable(input.workspace, 'Workflow')
    .map(workflowView)
    .filter((w) => !seen.has(w.id) && seen.add(w.id));
}

export function personName(index: IndexView, id: string | undefined): string | undefined {
  return id === undefined ? undefined : peopleOf(index).byId.get(id)?.name;
}

/**
 * The facts of every readable brief. A brief's facts read the brief, its workflow and the Team only: they are
 * kept per document while the workflows and the Team are the same, so a report or view made again after a
 * change to one brief of 10,000 reads that one again. The facts are shared: nothing may change them.
 */
export function briefsOf(input: ReportInput): BriefFacts[] {
  return readable(input.workspace, 'Brief').map(perDocument(input.index, 'brief-facts', ['Workflow', 'Team'], (doc) => briefFacts(input, doc)));
}

function briefFacts(input: ReportInput, doc: ParsedDocument): BriefFacts {
  const data = doc.value as Data;
  const status = str(data.status) ?? 'active';
  const workflowId = str(data.workflow);
  const workflow = workflowOf(input.index, workflowId);
  const stageId = str(data.stage);
  const timeline = rec(data.timeline);
  const budget = rec(data.budget);
  const actuals = records(budget.lines)
    .map(([line]) => num(line.actual))
    .filter((a): a is number => a !== undefined);
  const owner = str(data.owner);
  return {
    doc,
    data,
    state: readBrief(data, input.index),
    id: str(data.id) ?? doc.path,
    title: str(data.title) ?? '',
    file: doc.path,
    status,
    active: status === 'active',
    owner,
    ownerName: personName(input.index, owner),
    tier: num(data.tier),
    program: str(data.program),
    workflowId,
    workflow,
    stageId,
    stage: stageId === undefined ? undefined : workflow?.byId.get(stageId),
    history: records(data.history).map(([h]) => ({ stage: str(h.stage), entered: parseDay(h.entered) })),
    launch: parseDay(timeline.launch),
    end: parseDay(timeline.end),
    currency: str(budget.currency),
    planned: num(budget.planned),
    actual: actuals.length > 0 ? Math.round(actuals.reduce((a, b) => a + b, 0) * 100) / 100 : null,
  };
}

export function toolsOf(input: ReportInput): ToolRecord[] {
  return readable(input.workspace, 'Tool').map((doc) => {
    const data = doc.value as Data;
    const cost = rec(data.cost);
    const pii = rec(data.data);
    const owner = str(data.owner);
    return {
      ...toolFacts(data),
      doc,
      data,
      id: str(data.id) ?? doc.path,
      name: str(data.name) ?? str(data.id) ?? doc.path,
      file: doc.path,
      owner,
      ownerName: personName(input.index, owner),
      annualCost: num(cost.annual),
      costCurrency: str(cost.currency),
      autoRenew: typeof rec(data.contract).auto_renew === 'boolean' ? (rec(data.contract).auto_renew as boolean) : undefined,
      integrations: strings(data.integrations).map(([t]) => t),
      pii: pii.pii === true,
      dpaSigned: pii.dpa_signed === true,
    };
  });
}

/** The most used value, ties broken by first appearance; undefined for none. */
export function mostCommon(values: ReadonlyArray<string | undefined>): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** A person as reports show them: their name from the Team, else their id. */
export function who(id: string | undefined, name: string | undefined): string | null {
  return name ?? id ?? null;
}
