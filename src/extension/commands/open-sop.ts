// "mops: Open an SOP from the library": the one with the given id (links, the walkthrough), or a pick.

import * as vscode from 'vscode';
import { rec, str } from '../../core';
import { openAt, type CommandHost } from './shared-legacy';

export async function openSop(host: CommandHost, id?: unknown): Promise<void> {
  await host.idle();
  const items = host.playbooks().all().flatMap((playbook) =>
    playbook.workspace.documents('Sop').map((doc) => ({
      label: str(rec(doc.value).title) ?? doc.id ?? doc.path,
      description: [str(rec(doc.value).area), str(rec(doc.value).owner)].filter(Boolean).join(' · '),
      detail: doc.path,
      playbook,
      doc,
    })),
  );
  if (items.length === 0) {
    void vscode.window.showInformationMessage('This playbook has no SOPs yet: create one with the "mops-sop" snippet in a new YAML file.');
    return;
  }
  const picked =
    typeof id === 'string'
      ? items.find((i) => i.doc.id === id)
      : await vscode.window.showQuickPick(items, { title: 'SOP library', matchOnDescription: true, matchOnDetail: true });
  if (picked) await openAt(picked.playbook, picked.doc);
}
