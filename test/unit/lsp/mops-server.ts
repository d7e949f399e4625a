// Starting `mops lsp --stdio` (the built bin/mops.js) on a folder as a client would, and the few client-side
// chores the tests share: file URIs, opening documents, applying a server's edits to a text.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../../helpers';
import { LspClient, type RequestHandler } from '../lsp-client';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}
export interface TextEdit {
  range: Range;
  newText: string;
}
export interface Diagnostic {
  range: Range;
  message: string;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  relatedInformation?: { location: { uri: string; range: Range }; message: string }[];
}
export interface WorkspaceEdit {
  changes?: Record<string, TextEdit[]>;
  documentChanges?: Array<{ textDocument: { uri: string; version: number | null }; edits: TextEdit[] } | { kind: 'rename'; oldUri: string; newUri: string }>;
}
export interface CodeAction {
  title: string;
  kind?: string;
  edit?: WorkspaceEdit;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
}
export interface StatusResult {
  version: string;
  ready: boolean;
  roots: { uri: string; configured: boolean; files: number; findings: { error: number; warning: number; info: number } }[];
  openDocuments: number;
}

export const BIN = join(ROOT, 'bin', 'mops.js');

export function fileUri(dir: string, path = ''): string {
  return pathToFileURL(path === '' ? dir : join(dir, ...path.split('/'))).href;
}

export interface StartOptions {
  /** Declare pull diagnostics (textDocument.diagnostic), with refresh support. */
  pull?: boolean;
  /** Declare dynamic registration of file watchers. */
  watchers?: boolean;
  /** Declare versioned document changes in workspace edits. */
  documentChanges?: boolean;
  /** Declare that workspace edits may rename files (resourceOperations: rename). */
  renameFiles?: boolean;
  initializationOptions?: unknown;
  onRequest?: RequestHandler;
  args?: string[];
}

/** Spawns the server on `dir` and completes initialize/initialized; resolves with the client and the initialize result. */
export async function startServer(dir: string, options: StartOptions = {}): Promise<{ client: LspClient; capabilities: Record<string, unknown> }> {
  const client = new LspClient(process.execPath, [BIN, 'lsp', '--stdio', ...(options.args ?? [])], ROOT, options.onRequest);
  const capabilities = {
    workspace: {
      workspaceFolders: true,
      didChangeWatchedFiles: { dynamicRegistration: options.watchers === true },
      workspaceEdit: { documentChanges: options.documentChanges === true, ...(options.renameFiles ? { resourceOperations: ['rename'] } : {}) },
      ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { didSave: true },
      completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
      publishDiagnostics: { relatedInformation: true },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
  };
  const result = await client.request<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: process.pid,
    rootUri: fileUri(dir),
    workspaceFolders: [{ uri: fileUri(dir), name: 'playbook' }],
    capabilities,
    initializationOptions: options.initializationOptions ?? { debounceMs: 20 },
  });
  client.notify('initialized', {});
  return { client, capabilities: result.capabilities };
}

/** Resolves once the server has loaded its playbooks (asks `mops/status` until it says so). */
export async function ready(client: LspClient, timeoutMs = 30_000): Promise<StatusResult> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await client.request<StatusResult>('mops/status', null);
    if (status.ready) return status;
    if (Date.now() > deadline) throw new Error(`the server was not ready within ${timeoutMs} ms; stderr:\n${client.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Asks until `check` accepts the answer (for effects the server applies after a batch delay), or fails with the last. */
export async function until<T>(ask: () => Promise<T>, check: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T;
  for (;;) {
    last = await ask();
    if (check(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last answer: ${JSON.stringify(last).slice(0, 2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}

/** Applies edits (non-overlapping, any order) to a text, as a client applies a WorkspaceEdit's edits. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start) - offsetAt(text, a.range.start));
  let result = text;
  for (const edit of sorted) result = result.slice(0, offsetAt(result, edit.range.start)) + edit.newText + result.slice(offsetAt(result, edit.range.end));
  return result;
}

/** The edits of a WorkspaceEdit for one URI, whichever form the server used. */
export function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  if (!edit) return [];
  if (edit.documentChanges) return edit.documentChanges.flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits : []));
  return edit.changes?.[uri] ?? [];
}

/** The position of the first occurrence of `needle` in `text` (after `from`). */
export function positionOf(text: string, needle: string, from = 0): Position {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`'${needle}' is not in the text`);
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  return { line, character: at - (before.lastIndexOf('\n') + 1) };
}
