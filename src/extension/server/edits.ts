// Applies the edits the language server computed for a command: one undoable workspace edit, refused whole when
// a buffer moved on since the server read it (its version) or holds unsaved text the server never saw.

import * as vscode from 'vscode';
import type { FileEdits } from '../../lsp/protocol-commands';
import { toRange } from '../ranges';

/** The open document of a URI, if any. */
function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/** Applies every file's edits as one workspace edit; resolves false (nothing changed) when any file moved on. */
export async function applyFileEdits(files: readonly FileEdits[], options: vscode.WorkspaceEditMetadata = {}): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  for (const file of files) {
    const uri = vscode.Uri.parse(file.uri);
    const open = openDocument(uri);
    if (file.version !== null ? open?.version !== file.version : open?.isDirty) return false;
    for (const e of file.edits) edit.replace(uri, toRange(e.range), e.newText);
  }
  return vscode.workspace.applyEdit(edit, options);
}
