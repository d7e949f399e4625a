// "mops: Open an SOP from the library": the one with the given id (links, the walkthrough), or a pick.

import * as vscode from 'vscode';
import { SOPS_REQUEST, type SopsResult } from '../../lsp/protocol-commands';
import { openAt, type CommandHost } from './shared';

export async function openSop(host: CommandHost, id?: unknown): Promise<void> {
  await host.idle();
  const { sops } = await host.request<SopsResult>(SOPS_REQUEST);
  const items = sops.map((sop) => ({ label: sop.title, description: [sop.area, sop.owner].filter(Boolean).join(' · '), detail: sop.path, sop }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage('This playbook has no SOPs yet: create one with the "mops-sop" snippet in a new YAML file.');
    return;
  }
  const picked =
    typeof id === 'string'
      ? items.find((i) => i.sop.id === id)
      : await vscode.window.showQuickPick(items, { title: 'SOP library', matchOnDescription: true, matchOnDetail: true });
  if (picked) await openAt(vscode.Uri.parse(picked.sop.uri), picked.sop.position);
}
