// A tree view drawn from a ViewSource: its nodes are the core's plain JSON nodes, rendered as they are asked for.

import * as vscode from 'vscode';
import type { ViewId, ViewNode, ViewOptions } from '../../core';
import { treeItem, withTooltip } from './render';
import type { ViewSource } from './source';

export class TreeProvider implements vscode.TreeDataProvider<ViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ViewNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The number of the last question to a source that answers later: an older answer is asked again. */
  private asked = 0;

  constructor(
    protected readonly source: ViewSource,
    readonly view: ViewId,
  ) {}

  dispose(): void {
    this.changed.dispose();
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** Draws these nodes again (changed in place), not the whole view. */
  refreshNodes(nodes: ViewNode[]): void {
    this.changed.fire(nodes);
  }

  /** What the view asks of the source beyond the playbooks. */
  protected options(): ViewOptions | undefined {
    return undefined;
  }

  /** A node's children, or the view's roots: at once when the source has them, else once it answers. */
  getChildren(node?: ViewNode): ViewNode[] | Promise<ViewNode[]> {
    if (node) return node.children ?? (node.collapsed === 'expanded' || node.collapsed === 'collapsed' ? this.source.children(this.view, node) : []);
    const roots = this.source.roots(this.view, this.options());
    if (Array.isArray(roots)) return roots;
    // A source that answers later (the language server): VS Code shows its progress until the answer comes.
    const asked = ++this.asked;
    return roots.then((answer) => (asked === this.asked ? answer : (this.source.roots(this.view, this.options()) as ViewNode[] | Promise<ViewNode[]>)));
  }

  /** For `TreeView.reveal`: the node's parent as the source gave it. */
  getParent(node: ViewNode): ViewNode | undefined {
    return this.source.parentOf(this.view, node);
  }

  getTreeItem(node: ViewNode): vscode.TreeItem {
    return treeItem(node);
  }

  resolveTreeItem(item: vscode.TreeItem, node: ViewNode): vscode.TreeItem {
    return withTooltip(item, node);
  }
}
