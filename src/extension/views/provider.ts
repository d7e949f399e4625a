// The base of the three tree providers: the change event, and whether a change of the playbooks touches a view.

import * as vscode from 'vscode';
import type { Changes, Playbooks } from '../playbooks';
import type { ParsedDocument } from '../../core';
import { ownDocuments, playbookItem, roots, type PlaybookNode } from './common';

export abstract class ViewProvider<T> implements vscode.TreeDataProvider<T | PlaybookNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** `root path` of every file the last render of the roots read: a change to one of them redraws the view. */
  private shown = new Set<string>();

  constructor(
    protected readonly playbooks: Playbooks,
    /** The kinds of document the view lists. */
    private readonly kinds: readonly string[],
  ) {}

  dispose(): void {
    this.changed.dispose();
  }

  refresh(): void {
    this.changed.fire();
  }

  /** Whether a change concerns this view: a file it showed, or a file that now holds a document it lists. */
  affects(changes: Changes): boolean {
    for (const [playbook, paths] of changes) {
      const root = playbook.root.toString();
      for (const path of paths) {
        if (this.shown.has(`${root} ${path}`)) return true;
        if (playbook.workspace.parsed(path)?.documents.some((d) => d.kind !== undefined && this.kinds.includes(d.kind))) return true;
      }
    }
    return false;
  }

  getChildren(node?: T | PlaybookNode): Array<T | PlaybookNode> {
    if (node === undefined) {
      this.shown = new Set(this.playbooks.all().flatMap((p) => this.kinds.flatMap((k) => p.workspace.documents(k).map((d) => `${p.root.toString()} ${d.path}`))));
      return roots(this.playbooks, (playbook) => this.rootsOf(playbook));
    }
    if (isPlaybookNode(node)) return this.rootsOf(node.playbook);
    return this.childrenOf(node);
  }

  getTreeItem(node: T | PlaybookNode): vscode.TreeItem {
    return isPlaybookNode(node) ? playbookItem(node) : this.itemOf(node);
  }

  /** The documents of a kind that this playbook owns. */
  protected ownDocuments(playbook: PlaybookNode['playbook'], kind: string): ParsedDocument[] {
    return ownDocuments(this.playbooks, playbook, kind);
  }

  protected abstract rootsOf(playbook: PlaybookNode['playbook']): T[];
  protected abstract childrenOf(node: T): T[];
  protected abstract itemOf(node: T): vscode.TreeItem;
}

function isPlaybookNode(node: unknown): node is PlaybookNode {
  return (node as { type?: string }).type === 'playbook';
}
