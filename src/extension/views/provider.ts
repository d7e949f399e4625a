// A tree view drawn from a ViewSource: its nodes are the core's plain JSON nodes, rendered as they are asked for.

import * as vscode from 'vscode';
import type { ViewId, ViewNode, ViewOptions } from '../../core';
import { treeItem } from './render';
import type { ViewSource } from './source';

export class TreeProvider implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The roots last drawn: what a source that answers later shows until its answer comes. */
  private last: ViewNode[] = [];
  /** The number of the last question to such a source: an older answer never replaces a newer one. */
  private asked = 0;

  constructor(
    protected readonly source: ViewSource,
    readonly view: ViewId,
  ) {}

  dispose(): void {
    this.changed.dispose();
  }

  refresh(): void {
    this.changed.fire();
  }

  /** What the view asks of the source beyond the playbooks. */
  protected options(): ViewOptions | undefined {
    return undefined;
  }

  getChildren(node?: ViewNode): ViewNode[] {
    if (node) return node.children ?? [];
    const roots = this.source.roots(this.view, this.options());
    if (Array.isArray(roots)) return (this.last = roots);
    // A source that answers later (a language server): the last roots now, and a redraw once the answer differs.
    const asked = ++this.asked;
    void roots.then((answer) => {
      if (asked !== this.asked || JSON.stringify(answer) === JSON.stringify(this.last)) return;
      this.last = answer;
      this.refresh();
    });
    return this.last;
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    return treeItem(node);
  }
}
