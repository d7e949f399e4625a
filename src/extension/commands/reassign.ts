// "mops: Reassign work from one person to another": what `mops reassign` does, as one undoable workspace
// edit: two picks of the Team (from whom, to whom), the edits computed in the core on the text the editor holds.

import * as vscode from 'vscode';
import { peopleOf, reassignPlan, type FileReassign } from '../../core';
import type { Playbook } from '../playbooks';
import { lineEdits } from './fix-playbook';
import { pickPlaybook, type CommandHost } from './shared-legacy';

/** Answers given up front (by tests, or a view's menu); the command asks for the rest. */
export interface ReassignAnswers {
  from?: string;
  to?: string;
}

async function askPerson(playbook: Playbook, title: string, placeHolder: string, except?: string): Promise<string | undefined> {
  const team = peopleOf(playbook.workspace.view());
  const items = [...team.byId.values()]
    .filter((p) => p.id !== except)
    .map((p) => ({ label: p.id, description: p.name, detail: p.roles.join(', ') }));
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder, matchOnDescription: true, ignoreFocusOut: true });
  return picked?.label;
}

/** The plan on the playbook's workspace; files whose values could not be rewritten are reported, not edited. */
function planOf(playbook: Playbook, from: string, to: string): FileReassign[] {
  return reassignPlan(playbook.workspace, playbook.workspace.paths(), from, to);
}

export async function reassignWork(host: CommandHost, given: ReassignAnswers = {}): Promise<number> {
  await host.idle();
  const playbook = await pickPlaybook(host.playbooks());
  if (!playbook) return 0;
  for (const document of vscode.workspace.textDocuments) host.playbooks().sync(document);
  const team = peopleOf(playbook.workspace.view());
  if (team.byId.size < 2) {
    void vscode.window.showInformationMessage(`mops: ${playbook.name} has ${team.byId.size === 0 ? 'no Team members' : 'one Team member'}: there is nobody to reassign work to.`);
    return 0;
  }
  const from = given.from ?? (await askPerson(playbook, 'Reassign work: from whom?', 'The person whose owned work, requests and pending approvals move'));
  if (!from) return 0;
  const to = given.to ?? (await askPerson(playbook, `Reassign work from ${from}: to whom?`, 'The person who takes it over', from));
  if (!to) return 0;
  for (const [which, id] of [['from', from], ['to', to]] as const) {
    if (!team.byId.has(id)) {
      void vscode.window.showErrorMessage(`mops: '${id}' (${which}) is not a member of the Team.`);
      return 0;
    }
  }
  const plan = planOf(playbook, from, to);
  const changed = plan.filter((f) => f.changes.length > 0);
  const skipped = plan.flatMap((f) => f.skipped.map((s) => `${f.path}:${s.line + 1} (${s.reason})`));
  if (changed.length === 0) {
    void vscode.window.showInformationMessage(`mops: nothing to move: no owner, requester or pending approver in ${playbook.name} is '${from}'.${skipped.length > 0 ? ` Left: ${skipped.join('; ')}.` : ''}`);
    return 0;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const file of changed) for (const e of lineEdits(file.before, file.after)) edit.replace(playbook.uri(file.path), e.range, e.text);
  if (!(await vscode.workspace.applyEdit(edit, { isRefactoring: true }))) {
    void vscode.window.showErrorMessage('mops: the work was not reassigned: a file changed meanwhile. Run the command again.');
    return 0;
  }
  await host.idle();
  const moved = changed.reduce((n, f) => n + f.changes.length, 0);
  void vscode.window.showInformationMessage(
    `mops moved ${moved} field${moved === 1 ? '' : 's'} from ${from} to ${to} in ${changed.length} file${changed.length === 1 ? '' : 's'} (unsaved: Save All to keep them, Undo to take them back).${skipped.length > 0 ? ` Left as they are: ${skipped.join('; ')}.` : ''}`,
  );
  return moved;
}
