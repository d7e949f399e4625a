// "mops: Advance brief to its next stage": only when the stage's gate passes (the language server decides, by
// the same logic as the gate rules); then one undoable edit of the live document sets `stage` and adds the
// history entry, keeping comments and formatting. Otherwise nothing changes, mops says why, and offers
// what to do: go to the line of a blocker, or add the approval the gate still needs.

import * as vscode from 'vscode';
import type { AdvanceResult, ApprovalOffer } from '../../core';
import { ADVANCE_REQUEST, APPROVE_REQUEST, type AdvanceParams, type AdvanceStageResult, type ApproveParams, type ApproveResult } from '../../lsp/protocol-advance';
import { applyFileEdits } from '../server/edits';
import type { CommandHost } from './shared';

/** Answers given up front (tests): what to do with a refusal instead of asking. */
export interface AdvanceAnswers {
  /** Go to the first blocker's line, or add the approval the gate needs (by `approver`, else the only holder). */
  then?: 'goto' | 'approve';
  approver?: string;
}

/** The refusal as the command returns it: the core's, with the titles of the actions offered. */
export type AdvanceOutcome = AdvanceResult & { actions?: string[] };

/** The brief to advance: a URI, a brief of the Pipeline view (its context menu), else the active editor's file. */
function targetOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const node = arg as { contextValue?: unknown; open?: { uri?: unknown } } | undefined;
  if (node?.contextValue === 'mops.brief' && typeof node.open?.uri === 'string') return vscode.Uri.parse(node.open.uri);
  return vscode.window.activeTextEditor?.document.uri;
}

export async function advanceStage(host: CommandHost, arg?: unknown, given: AdvanceAnswers = {}): Promise<AdvanceOutcome | undefined> {
  await host.idle();
  const uri = targetOf(arg);
  // The server computes on the buffer, unsaved edits included (what the user sees), else on the disk's text.
  const answer = uri && (await host.request<AdvanceStageResult>(ADVANCE_REQUEST, { uri: uri.toString() } satisfies AdvanceParams));
  if (!uri || !answer) {
    void vscode.window.showInformationMessage('Open a brief of your playbook (or pick one in the Pipeline view) to advance it.');
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const { id, result } = answer;
  if (!result.ok) return refused(host, document, id, result, given);
  // The edits fit the version of the text the server read: they are refused should the document have moved on.
  if (!(await applyFileEdits([result.file]))) {
    void vscode.window.showErrorMessage(`${id} changed while mops was preparing the edit; nothing was changed. Try again.`);
    return undefined;
  }
  void vscode.window.showInformationMessage(`${id}: ${result.from} → ${result.to}.`);
  return { ok: true, from: result.from, to: result.to, edits: result.file.edits };
}

/** Says why the brief cannot advance, and offers the way on: the first blocker's line, the missing approval. */
async function refused(host: CommandHost, document: vscode.TextDocument, id: string, result: Extract<AdvanceResult, { ok: false }>, given: AdvanceAnswers): Promise<AdvanceOutcome> {
  const line = result.blockers.find((b) => b.line !== undefined)?.line;
  const goto = line !== undefined ? `Go to line ${line + 1}` : undefined;
  const offer = result.approval;
  const approve = offer ? `Add the approval for '${offer.gate}'` : undefined;
  const actions = [approve, goto].filter((a): a is string => a !== undefined);
  const run = async (choice: string | undefined) => {
    if (choice !== undefined && choice === goto && line !== undefined) await reveal(document, line);
    if (choice !== undefined && choice === approve && offer) await addApproval(host, document, id, offer, given.approver);
  };
  if (given.then) {
    await run(given.then === 'goto' ? goto : approve);
  } else {
    // Not awaited: the command ends now; the actions run when (if) the user picks one.
    void vscode.window.showWarningMessage(`${id} cannot advance: ${result.reasons.join(' ')}`, ...actions).then(run);
  }
  return { ...result, actions };
}

async function reveal(document: vscode.TextDocument, line: number): Promise<void> {
  const editor = await vscode.window.showTextDocument(document);
  const at = document.lineAt(Math.min(line, document.lineCount - 1)).range;
  const start = new vscode.Position(at.start.line, document.lineAt(at.start.line).firstNonWhitespaceCharacterIndex);
  editor.selection = new vscode.Selection(start, at.end);
  editor.revealRange(at, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Why a person may approve: holding the role, or as an away holder's delegate; an away holder says so. */
function approverDetail(offer: ApprovalOffer, person: ApprovalOffer['approvers'][number]): string {
  if (person.for !== undefined) return `delegate for ${person.for}, who holds ${offer.roles.join(' or ')} and is away`;
  return `holds ${offer.roles.join(' or ')}${person.awayUntil !== undefined ? `; away until ${person.awayUntil}` : ''}`;
}

/** Asks who approves (the holders of the gate's roles and the delegates of those away), then records the approval dated the playbook's today. */
async function addApproval(host: CommandHost, document: vscode.TextDocument, id: string, offer: ApprovalOffer, given?: string): Promise<void> {
  const approver =
    given ??
    (offer.approvers.length === 1
      ? offer.approvers[0].id
      : (
          await vscode.window.showQuickPick(
            offer.approvers.map((p) => ({ label: p.id, description: p.name, detail: approverDetail(offer, p) })),
            { title: `The approval of the '${offer.gate}' gate, dated ${offer.date}: who approves?`, ignoreFocusOut: true },
          )
        )?.label);
  if (approver === undefined) return;
  // Computed on the text as it is now: the user may have typed since the refusal.
  const answer = await host.request<ApproveResult>(APPROVE_REQUEST, { uri: document.uri.toString(), offer, approver } satisfies ApproveParams);
  const edits = answer === null ? `${vscode.workspace.asRelativePath(document.uri)} is no longer a brief.` : 'reason' in answer ? answer.reason : answer.edits;
  if (typeof edits === 'string') {
    void vscode.window.showErrorMessage(`The approval was not added: ${edits}`);
    return;
  }
  if (!(await applyFileEdits([edits]))) {
    void vscode.window.showErrorMessage(`${id} changed while mops was adding the approval; nothing was changed. Try again.`);
    return;
  }
  await reveal(document, edits.edits[0].range.start.line + 1);
  const checklist = offer.checklist.length > 0 ? `, confirming ${offer.checklist.join(', ')}` : '';
  void vscode.window
    .showInformationMessage(`Added the approval of the '${offer.gate}' gate by ${approver} on ${offer.date}${checklist}.`, 'Advance brief')
    .then((choice) => choice && vscode.commands.executeCommand('mops.advanceStage', document.uri));
}
