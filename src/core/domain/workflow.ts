// A Workflow document read into ordered stages, gates and tier rules.

import type { IndexView } from '../engine/index-view';
import type { ParsedDocument } from '../model/parse';
import type { Gate as GateFields, Stage as StageFields, TierRule as TierFields, Workflow } from '../generated';
import { fieldRecords, fields, isRecord, num, str, strings } from '../model/readers';

export interface Gate {
  approverRoles: string[];
  requires: string[];
  checklist: string[];
}

export interface Stage {
  id: string;
  index: number;
  slaDays?: number;
  gate?: Gate;
}

export interface TierRule {
  tier: number;
  minLeadDays?: number;
  maxChannels?: number;
}

export interface WorkflowView {
  id: string;
  doc: ParsedDocument;
  stages: Stage[];
  byId: Map<string, Stage>;
  tiers: Map<number, TierRule>;
  /** The stage from which a campaign counts as launched (see docs/rules/brief/metrics-before-launch.md). */
  launchStage?: Stage;
}

/** Stage ids that mean "launched" when a workflow does not say which of its stages is the launch. */
export const LAUNCH_STAGE_NAMES = ['launch', 'publish', 'live', 'go-live'];

const views = new WeakMap<ParsedDocument, WorkflowView>();

export function workflowView(doc: ParsedDocument): WorkflowView {
  let view = views.get(doc);
  if (view) return view;
  const data = fields<Workflow>(doc.value);
  const stages: Stage[] = [];
  const byId = new Map<string, Stage>();
  for (const [raw, index] of fieldRecords<StageFields>(data.stages)) {
    const id = str(raw.id);
    if (id === undefined) continue;
    const gateData = fields<GateFields>(raw.gate);
    const gate = isRecord(raw.gate)
      ? {
          approverRoles: strings(gateData.approver_roles).map(([r]) => r),
          requires: strings(gateData.requires).map(([r]) => r),
          checklist: strings(gateData.checklist).map(([c]) => c),
        }
      : undefined;
    const stage: Stage = { id, index, slaDays: num(raw.sla_days), gate };
    stages.push(stage);
    if (!byId.has(id)) byId.set(id, stage);
  }
  const tiers = new Map<number, TierRule>();
  for (const [raw] of fieldRecords<TierFields>(data.tiers)) {
    const tier = num(raw.tier);
    if (tier !== undefined && !tiers.has(tier)) tiers.set(tier, { tier, minLeadDays: num(raw.min_lead_days), maxChannels: num(raw.max_channels) });
  }
  const named = str(data.launch_stage);
  const launchStage = named !== undefined ? byId.get(named) : stages.find((s) => LAUNCH_STAGE_NAMES.includes(s.id));
  view = { id: str(data.id) ?? '', doc, stages, byId, tiers, launchStage };
  views.set(doc, view);
  return view;
}

/** The workflow a brief names, if exactly one such Workflow exists (a duplicate id is its own finding). */
export function workflowOf(index: IndexView, id: string | undefined): WorkflowView | undefined {
  if (id === undefined) return undefined;
  const [doc] = index.byId('Workflow', id);
  return doc && doc.clean && isRecord(doc.value) ? workflowView(doc) : undefined;
}
