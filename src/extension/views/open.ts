// The command a view's node runs when clicked: open its document with the cursor on the value at the node's data
// path, placed from the YAML the workspace holds now.

import * as vscode from 'vscode';
import { objectRange, valueRange, type DataPath } from '../../core';
import type { Playbooks } from '../playbooks';

/** Opens a document of a playbook file with the cursor on a node of it; arguments: uri, document index, data path. */
export const OPEN_COMMAND = 'mops.views.open';

/**
 * Opens a document at the value at `path`, placed from the YAML nodes of the text the workspace holds
 * now (an open buffer is synced first, so a click right after typing lands on the right line).
 */
export async function openAt(playbooks: Playbooks, uri: vscode.Uri, index: number, path: DataPath): Promise<vscode.TextEditor> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) playbooks.sync(open);
  const located = playbooks.locate(uri);
  const doc = located?.playbook.workspace.parsed(located.path)?.documents.find((d) => d.index === index);
  const range = doc && (valueRange(doc.yaml, doc.lines, path) ?? objectRange(doc.yaml, doc.lines, []));
  const at = range ? new vscode.Position(range.start.line, range.start.character) : undefined;
  const editor = await vscode.window.showTextDocument(uri, { preview: true, selection: at && new vscode.Range(at, at) });
  if (at) editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
