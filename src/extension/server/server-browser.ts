// The web extension's language server: the same server in a browser worker (dist/web/server.js), reading the
// playbooks through this client (`mops/fs`). Takes the place of server-node.ts in the web build.

import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';

/** A browser worker, as much of it as this file uses (the extension is typed without the DOM's lib). */
type ServerWorker = ConstructorParameters<typeof BrowserMessageReader>[0] & { terminate(): void };
declare const Worker: new (url: string) => ServerWorker;

/**
 * Where the worker's script is loaded from. VS Code's web extension host refuses a worker whose script is a
 * `vscode-remote:` URI (an extension installed on a remote server, as in code-server): the script is then
 * read through the file system and started from a blob.
 */
async function scriptUrl(context: vscode.ExtensionContext): Promise<string> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  if (script.scheme !== 'vscode-remote') return script.toString(true);
  const bytes = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/javascript' }));
}

export async function createClient(context: vscode.ExtensionContext, id: string, name: string, options: LanguageClientOptions): Promise<LanguageClient> {
  const url = await scriptUrl(context);
  let worker: ServerWorker | undefined;
  context.subscriptions.push({ dispose: () => worker?.terminate() });
  // A new worker for each start (a restart, or after a crash): the last one is ended first.
  const start = async () => {
    worker?.terminate();
    worker = new Worker(url);
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  return new LanguageClient(id, name, start, options);
}
