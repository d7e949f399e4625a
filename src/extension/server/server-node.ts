// The desktop extension's language server: `mops lsp` in a Node process of its own (the CLI's bundle, talking
// over Node's IPC channel), so indexing a large playbook never holds the extension host. The web build takes
// server-browser.ts in place of this file (scripts/build.mjs).

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

export async function createClient(context: vscode.ExtensionContext, id: string, name: string, options: LanguageClientOptions): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const run = { module, transport: TransportKind.ipc };
  // MOPS_SERVER_INSPECT=PORT lets a developer attach a debugger to the server.
  const inspect = process.env.MOPS_SERVER_INSPECT;
  const server: ServerOptions = {
    run,
    debug: { ...run, options: { execArgv: inspect ? [`--inspect=${inspect}`] : [] } },
  };
  return new LanguageClient(id, name, server, options);
}
