// A view's node as VS Code draws it: the core's plain JSON node turned into a TreeItem, its icon a theme icon in
// its colour, and a click that opens its document at the node's value; its tooltip, untrusted Markdown, is added
// only when VS Code resolves the item (on hover): VS Code parses a tooltip's Markdown on the extension host.

import * as vscode from 'vscode';
import type { ViewNode } from '../../core';
import { OPEN_COMMAND } from './open';

const STATES = {
  expanded: vscode.TreeItemCollapsibleState.Expanded,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  none: vscode.TreeItemCollapsibleState.None,
} as const;

export function treeItem(node: ViewNode): vscode.TreeItem {
  const item = new vscode.TreeItem(node.label, STATES[node.collapsed ?? 'none']);
  item.id = node.id;
  if (node.description !== undefined) item.description = node.description;
  if (node.icon !== undefined) item.iconPath = new vscode.ThemeIcon(node.icon, node.color !== undefined ? new vscode.ThemeColor(node.color) : undefined);
  if (node.contextValue !== undefined) item.contextValue = node.contextValue;
  if (node.open) {
    const { uri, index, path, title } = node.open;
    item.command = { command: OPEN_COMMAND, title, arguments: [vscode.Uri.parse(uri), index, path] };
  } else if (node.command) {
    item.command = { command: node.command.id, title: node.command.title, arguments: node.command.arguments };
  }
  return item;
}

/** The item with the node's tooltip (TreeDataProvider.resolveTreeItem). */
export function withTooltip(item: vscode.TreeItem, node: ViewNode): vscode.TreeItem {
  if (node.tooltip !== undefined) {
    // Text from the playbook is escaped by the core; untrusted and without HTML all the same, as a second guard.
    const tooltip = new vscode.MarkdownString(node.tooltip, true);
    tooltip.isTrusted = false;
    tooltip.supportHtml = false;
    item.tooltip = tooltip;
  }
  return item;
}
