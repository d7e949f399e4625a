// The command a view's node runs when clicked: open its document with the cursor on the value at the node's data
// path, placed by the server from the text it holds now.

import * as vscode from 'vscode';
import { POSITION_REQUEST, type PositionParams, type PositionResult } from '../../lsp/protocol-commands';
import type { TreeClient } from './server-source';

/** Opens a document of a playbook file with the cursor on a node of it; arguments: uri, document index, data path. */
export const OPEN_COMMAND = 'mops.views.open';

/**
 * Opens a document at the value at `path`, placed from the YAML the server holds now (the client sends its pending
 * edits before the request, so a click right after typing lands on the right line).
 */
export async function openAt(client: TreeClient, uri: vscode.Uri, index: number, path: Array<string | number>): Promise<vscode.TextEditor> {
  const start = await client.request<PositionResult>(POSITION_REQUEST, { uri: uri.toString(), index, path } satisfies PositionParams).catch(() => null);
  const at = start ? new vscode.Position(start.line, start.character) : undefined;
  const editor = await vscode.window.showTextDocument(uri, { preview: true, selection: at && new vscode.Range(at, at) });
  if (at) editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
