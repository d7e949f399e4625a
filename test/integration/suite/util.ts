// Shared steps of the extension-host tests: the extension's API, files in the test workspace, and
// waiting on diagnostics events (never on sleeps).

import * as vscode from 'vscode';
import type { MopsApi } from '../../../src/extension/extension';

/** Assertions that run in both extension hosts (the web worker has no `node:assert`). */
interface Assert {
  ok(value: unknown, message?: string): asserts value;
  notEqual<T>(actual: T, unexpected: T, message: string): void;
}

export const assert: Assert = {
  ok(value: unknown, message = 'expected a truthy value'): asserts value {
    if (!value) throw new Error(message);
  },
  notEqual<T>(actual: T, unexpected: T, message: string): void {
    if (actual === unexpected) throw new Error(message);
  },
};

export const EXTENSION_ID = 'mops-dev.mops';
export const BRIEF = 'campaigns/2026q4-na-email-black-friday.yaml';

export function root(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run with the reference playbook open as the workspace folder');
  return folder.uri;
}

export function uri(path: string): vscode.Uri {
  return vscode.Uri.joinPath(root(), ...path.split('/'));
}

export async function api(): Promise<MopsApi> {
  const extension = vscode.extensions.getExtension<MopsApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed in the test editor`);
  const exports = await extension.activate();
  await exports.idle();
  return exports;
}

export async function read(path: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri(path)));
}

export async function write(path: string, text: string): Promise<vscode.Uri> {
  const target = uri(path);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  return target;
}

/** Deletes a file or folder of the test workspace, if it is there. */
export async function remove(path: string): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri(path), { recursive: true });
  } catch {
    // already gone
  }
}

export function mops(target: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(target).filter((d) => d.source === 'mops');
}

export function rule(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** A compact form for assertions: `rule@line:start-line:end`. */
export function brief(d: vscode.Diagnostic): string {
  const { start, end } = d.range;
  return `${rule(d)}@${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** Resolves with the file's mops diagnostics once `until` holds for them; rejects after `ms`. */
export function diagnostics(target: vscode.Uri, until: (ds: vscode.Diagnostic[]) => boolean, ms = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const current = mops(target);
      if (!until(current)) return false;
      listener.dispose();
      clearTimeout(timer);
      resolve(current);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === target.toString())) check();
    });
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`diagnostics of ${target.path} never matched; now: ${JSON.stringify(mops(target).map(brief))}`));
    }, ms);
    check();
  });
}

export const has = (...expected: string[]) => (ds: vscode.Diagnostic[]) => expected.every((e) => ds.map(brief).includes(e));
export const none = (ds: vscode.Diagnostic[]) => ds.length === 0;

export async function open(path: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri(path)));
}

/** Replaces the first occurrence of `from` in the editor's text (as a user's edit). */
export async function replace(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const text = editor.document.getText();
  const at = text.indexOf(from);
  assert.notEqual(at, -1, `'${from}' is in ${editor.document.uri.path}`);
  const range = new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + from.length));
  assert.ok(await editor.edit((e) => e.replace(range, to)));
}

/**
 * Reverts and closes every editor, so each test starts from the files on disk. A dirty editor must never
 * reach closeAllEditors: its "save changes?" dialog is answered Save in the test workbench, which wrote a
 * test's edit to disk for the tests after it. So each dirty document is reverted and closed (an untitled
 * one discarded), as often as needed until none is left.
 */
export async function closeAll(): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty);
    if (dirty.length === 0) break;
    for (const doc of dirty) {
      await vscode.window.showTextDocument(doc);
      if (vscode.window.activeTextEditor?.document === doc) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  assert.ok(vscode.workspace.textDocuments.every((d) => !d.isDirty), `documents left dirty: ${vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()).join(', ')}`);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function position(document: vscode.TextDocument, text: string, offset = 0): vscode.Position {
  const at = document.getText().indexOf(text);
  assert.notEqual(at, -1, `'${text}' is in ${document.uri.path}`);
  return document.positionAt(at + offset);
}
