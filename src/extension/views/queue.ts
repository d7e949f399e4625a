// The My Queue view: the core's queue of the user in each playbook. Whose queue: the setting mops.queue.person,
// else the Team member whose e-mail is git's user.email (git-email.ts); both are found here and passed to the source.

import * as vscode from 'vscode';
import type { QueueWho, ViewNode, ViewOptions } from '../../core';
import { gitEmail } from '../git-email';
import { treeItem, withTooltip } from './render';
import type { ViewSource } from './source';

export const QUEUE_SETTING = 'queue.person';

export class QueueProvider implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  readonly view = 'queue';
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** git's user.email per playbook root, asked once until the view is refreshed by hand. */
  private readonly emails = new Map<string, ReturnType<typeof gitEmail>>();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly source: ViewSource,
    /** The roots of the playbooks shown. */
    private readonly roots: () => Promise<readonly vscode.Uri[]>,
  ) {
    this.disposables = [this.changed, vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`mops.${QUEUE_SETTING}`) && this.refresh())];
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  refresh(): void {
    this.changed.fire();
  }

  /** My Queue is short: a change of some of its nodes draws it again whole. */
  refreshNodes(): void {
    this.refresh();
  }

  /** Asks git again on the next draw (the user may have set user.email meanwhile). */
  forget(): void {
    this.emails.clear();
  }

  async getChildren(node?: ViewNode): Promise<ViewNode[]> {
    if (node) return node.children ?? [];
    return this.source.roots('queue', await this.options());
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    return treeItem(node);
  }

  resolveTreeItem(item: vscode.TreeItem, node: ViewNode): vscode.TreeItem {
    return withTooltip(item, node);
  }

  /** Whose queue in each playbook: the setting (for that folder), else git's user.email, asked only then. */
  private async options(): Promise<ViewOptions> {
    const roots: Record<string, QueueWho> = {};
    for (const root of await this.roots()) {
      const person = vscode.workspace.getConfiguration('mops', root).get<string>(QUEUE_SETTING, '').trim();
      if (person !== '') {
        roots[root.toString()] = { person };
        continue;
      }
      const key = root.toString();
      if (!this.emails.has(key)) this.emails.set(key, gitEmail(root));
      roots[key] = { email: await this.emails.get(key)! };
    }
    return { roots };
  }
}
