// "mops: Reassign work from one person to another": what `mops reassign` does, as one undoable workspace
// edit: two picks of the Team (from whom, to whom), the edits computed by the language server on the text the
// editor holds.

import * as vscode from 'vscode';
import { REASSIGN_REQUEST, TEAM_REQUEST, type PersonChoice, type ReassignParams, type ReassignResult, type RootParams, type TeamResult } from '../../lsp/protocol-commands';
import { applyFileEdits } from '../server/edits';
import { pickPlaybook, type CommandHost } from './shared';

/** Answers given up front (by tests, or a view's menu); the command asks for the rest. */
export interface ReassignAnswers {
  from?: string;
  to?: string;
}

async function askPerson(people: readonly PersonChoice[], title: string, placeHolder: string, except?: string): Promise<string | undefined> {
  const items = people.filter((p) => p.id !== except).map((p) => ({ label: p.id, description: p.name, detail: p.roles.join(', ') }));
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder, matchOnDescription: true, ignoreFocusOut: true });
  return picked?.label;
}

export async function reassignWork(host: CommandHost, given: ReassignAnswers = {}): Promise<number> {
  await host.idle();
  const playbook = await pickPlaybook(host);
  if (!playbook) return 0;
  const { people } = await host.request<TeamResult>(TEAM_REQUEST, { root: playbook.uri } satisfies RootParams);
  if (people.length < 2) {
    void vscode.window.showInformationMessage(`mops: ${playbook.name} has ${people.length === 0 ? 'no Team members' : 'one Team member'}: there is nobody to reassign work to.`);
    return 0;
  }
  const from = given.from ?? (await askPerson(people, 'Reassign work: from whom?', 'The person whose owned work, requests and pending approvals move'));
  if (!from) return 0;
  const to = given.to ?? (await askPerson(people, `Reassign work from ${from}: to whom?`, 'The person who takes it over', from));
  if (!to) return 0;
  for (const [which, id] of [['from', from], ['to', to]] as const) {
    if (!people.some((p) => p.id === id)) {
      void vscode.window.showErrorMessage(`mops: '${id}' (${which}) is not a member of the Team.`);
      return 0;
    }
  }
  const { files, moved, skipped } = await host.request<ReassignResult>(REASSIGN_REQUEST, { root: playbook.uri, from, to } satisfies ReassignParams);
  if (files.length === 0) {
    void vscode.window.showInformationMessage(`mops: nothing to move: no owner, requester or pending approver in ${playbook.name} is '${from}'.${skipped.length > 0 ? ` Left: ${skipped.join('; ')}.` : ''}`);
    return 0;
  }
  if (!(await applyFileEdits(files, { isRefactoring: true }))) {
    void vscode.window.showErrorMessage('mops: the work was not reassigned: a file changed meanwhile. Run the command again.');
    return 0;
  }
  await host.idle();
  void vscode.window.showInformationMessage(
    `mops moved ${moved} field${moved === 1 ? '' : 's'} from ${from} to ${to} in ${files.length} file${files.length === 1 ? '' : 's'} (unsaved: Save All to keep them, Undo to take them back).${skipped.length > 0 ? ` Left as they are: ${skipped.join('; ')}.` : ''}`,
  );
  return moved;
}
