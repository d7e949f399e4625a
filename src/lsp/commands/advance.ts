// The advance command's requests: a brief one stage on when its gate passes, or why not (`mops/advance`), and the
// edit recording the approval a refused gate still needs (`mops/approve`), both on the text the server holds now.

import { advanceBrief, approvalEdits, type ApprovalOffer } from '../../core';
import type { Feature, ServerContext } from '../context';
import { ADVANCE_REQUEST, APPROVE_REQUEST, type AdvanceStageResult, type ApproveResult } from '../protocol-advance';
import { fileAt, fileEdits, onRequest, stringParam } from './common';

/** The playbook and path of a client's file, every open buffer synced (a gate reads the Team and the workflow too). */
const located = async (context: ServerContext, uri: string | undefined) => (uri === undefined ? undefined : fileAt(context, uri, { all: true }));

async function advanceAt(context: ServerContext, params: unknown): Promise<AdvanceStageResult> {
  const uri = stringParam(params, 'uri');
  const at = await located(context, uri);
  if (uri === undefined || !at) return null;
  const { workspace } = at.playbook;
  const result = advanceBrief(workspace, at.path, { today: workspace.today });
  const id = workspace.parsed(at.path)?.documents.find((d) => d.kind === 'Brief')?.id ?? at.path;
  if (result.ok) return { id, result: { ok: true, from: result.from, to: result.to, file: fileEdits(context, uri, result.edits) } };
  const { reasons, blockers, approval } = result;
  return { id, result: { ok: false, reasons, blockers, ...(approval ? { approval } : {}) } };
}

const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** The offer a client sends back, if it has the fields the edit is written from. */
function offerParam(params: unknown): ApprovalOffer | undefined {
  const offer = (params as { offer?: Partial<ApprovalOffer> } | undefined)?.offer;
  if (typeof offer !== 'object' || offer === null || typeof offer.gate !== 'string' || typeof offer.date !== 'string' || !strings(offer.checklist)) return undefined;
  return { gate: offer.gate, date: offer.date, checklist: offer.checklist, roles: strings(offer.roles) ? offer.roles : [], approvers: [] };
}

async function approve(context: ServerContext, params: unknown): Promise<ApproveResult> {
  const uri = stringParam(params, 'uri');
  const approver = stringParam(params, 'approver');
  const offer = offerParam(params);
  const at = approver !== undefined && offer ? await located(context, uri) : undefined;
  const doc = at?.playbook.workspace.parsed(at.path)?.documents.find((d) => d.kind === 'Brief');
  if (uri === undefined || approver === undefined || !offer || !doc) return null;
  const edits = approvalEdits(doc, offer, approver);
  return typeof edits === 'string' ? { reason: edits } : { edits: fileEdits(context, uri, edits) };
}

export const advance: Feature = {
  register(context) {
    onRequest(context, ADVANCE_REQUEST, null as AdvanceStageResult, (params: unknown) => advanceAt(context, params));
    onRequest(context, APPROVE_REQUEST, null as ApproveResult, (params: unknown) => approve(context, params));
  },
};
