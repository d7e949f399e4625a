// Registers every palette command ("mops: …"); each lives in its own file. Arguments let the walkthrough,
// the views' context menus and the tests answer a command's questions up front.

import * as vscode from 'vscode';
import { STATUS_REQUEST, type StatusResult } from '../../lsp/protocol';
import { fixAllInEditor } from '../fix-all';
import { advanceStage, type AdvanceAnswers } from './advance-stage';
import { createPlaybook, type CreatePlaybookAnswers } from './create-playbook';
import { fixPlaybookCommand } from './fix-playbook';
import { newBrief, type NewBriefAnswers } from './new-brief';
import { openSop } from './open-sop';
import { exportUtmCsv, generateReport, type ReportAnswers } from './report';
import type { CommandHost } from './shared';
import { buildLink, type LinkAnswers } from './utm-link';
import { reassignWork, type ReassignAnswers } from './reassign';

export type { CommandHost } from './shared';

const answers = <T>(value: unknown): T => (typeof value === 'object' && value !== null && !(value instanceof vscode.Uri) ? (value as T) : ({} as T));

/** "mops: Validate workspace": reads every playbook again and says what it found. */
async function validate(host: CommandHost): Promise<void> {
  await host.restart();
  await host.idle();
  const { roots } = await host.request<StatusResult>(STATUS_REQUEST);
  const files = roots.reduce((n, root) => n + root.files, 0);
  const count = (severity: 'error' | 'warning' | 'info') => roots.reduce((n, root) => n + root.findings[severity], 0);
  const choice = await vscode.window.showInformationMessage(
    `mops checked ${files} files: ${count('error')} errors, ${count('warning')} warnings, ${count('info')} infos.`,
    ...(count('error') + count('warning') + count('info') > 0 ? ['Show Problems'] : []),
  );
  if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

export function registerCommands(_context: vscode.ExtensionContext, host: CommandHost): vscode.Disposable[] {
  const register = (id: string, run: (...args: unknown[]) => unknown) => vscode.commands.registerCommand(id, run);
  return [
    register('mops.recheck', () => validate(host)),
    // From the walkthrough or the Problems panel no text editor is active: the YAML editor beside it is meant.
    register('mops.fixAll', () => fixAllInEditor(host, vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'yaml'))),
    register('mops.fixPlaybook', () => fixPlaybookCommand(host)),
    register('mops.writeCheckReport', () => generateReport(host, { report: 'check' })),
    register('mops.generateReport', (given) => generateReport(host, answers<ReportAnswers>(given))),
    register('mops.exportUtmCsv', () => exportUtmCsv(host)),
    register('mops.openSop', (id) => openSop(host, id)),
    register('mops.newBrief', (given) => newBrief(host, answers<NewBriefAnswers>(given))),
    register('mops.buildUtmLink', (given) => buildLink(host, answers<LinkAnswers>(given))),
    register('mops.advanceStage', (arg, given) => advanceStage(host, arg, answers<AdvanceAnswers>(given))),
    register('mops.createPlaybook', (folder, given) => createPlaybook(host, folder, answers<CreatePlaybookAnswers>(given))),
    register('mops.reassignWork', (given) => reassignWork(host, answers<ReassignAnswers>(given))),
  ];
}
