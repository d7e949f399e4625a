// `mops lsp --stdio | --node-ipc`: mops's language server (src/lsp) on a Node transport, reading playbooks
// through node:fs. In this mode stdout carries protocol messages only: logs go to the client's console or stderr.

import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { createConnection, IPCMessageReader, IPCMessageWriter, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { startServer } from '../../lsp/server';
import { parseCommandArgs } from '../args';
import { UsageError, type CliIo } from '../io';
import { BoundedMessageReader } from '../lsp-framing';
import { nodeFileSystem } from '../node-fs';
import { VERSION } from '../package-info';

export const LSP_HELP = `Usage: mops lsp --stdio
       mops lsp --node-ipc

Runs mops's language server: the editor features of the VS Code extension
(diagnostics for every file of the playbook, quick fixes, fix all, disable
comments, completion, hover) for any editor that speaks the Language Server
Protocol. The playbooks are found in the client's workspace folders: each
folder with a mops.config.yaml, or the folder itself.

Options:
  --stdio       talk JSON-RPC over stdin and stdout
  --node-ipc    talk over Node's IPC channel (a client that forks the server)

initializationOptions: { "debounceMs": 200, "maxFileSize": 1048576 }`;

/** The core's file system for a file: URI; other schemes are not read by this server. */
function fileSystemOf(rootUri: string) {
  if (!rootUri.startsWith('file:')) return undefined;
  try {
    return nodeFileSystem(fileURLToPath(rootUri));
  } catch {
    return undefined;
  }
}

/** The process's memory for `mops/status`: what the index holds, after a full collection when gc is exposed (the bench runs it so). */
function memory(): { heapUsedMB: number; rssMB: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsedMB: heapUsed / 2 ** 20, rssMB: rss / 2 ** 20 };
}

/** Sends what would go to stdout (a stray console.log in a dependency) to the client's log instead. */
function redirectConsole(connection: Connection): void {
  const toClient = (...args: unknown[]) => connection.console.log(format(...args));
  console.log = toClient;
  console.info = toClient;
  console.debug = toClient;
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => process.stderr.write(`${format(...args)}\n`);
}

export function lsp(_io: CliIo, args: string[]): Promise<number> {
  const { values } = parseCommandArgs('lsp', {
    args,
    // vscode-languageclient adds --clientProcessId=PID: the server exits when that process is gone.
    options: { stdio: { type: 'boolean' }, 'node-ipc': { type: 'boolean' }, clientProcessId: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (Boolean(values.stdio) === Boolean(values['node-ipc'])) throw new UsageError('mops lsp needs one transport: --stdio or --node-ipc (see mops lsp --help).');
  if (values['node-ipc'] && typeof process.send !== 'function') throw new UsageError('mops lsp --node-ipc needs an IPC channel: it is started by a client that forks it.');
  const problem = (message: string) => process.stderr.write(`mops lsp: ${message}\n`);
  // The server lives as long as the editor, holding the index: its heap grows by a fifth at a time, not by V8's
  // own factor, which left 371 MB of old space committed for 176 MB used once 10,000 briefs were loaded (a full
  // collection gave none of it back). bench/lsp.mjs: resident memory 476 -> 317-325 MB, the load about 15% slower.
  setFlagsFromString('--heap-growing-percent=20');
  const connection = values.stdio
    ? createConnection(ProposedFeatures.all, new BoundedMessageReader(process.stdin, problem), new StreamMessageWriter(process.stdout))
    : createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process));
  redirectConsole(connection);
  const server = startServer(connection, { fileSystem: fileSystemOf, version: VERSION, memory });
  // A bug that escapes every handler is logged, not fatal: an editor loses all of mops when its server dies.
  process.on('uncaughtException', (error) => problem(`internal error: ${error.stack ?? error.message}`));
  process.on('unhandledRejection', (reason) => problem(`internal error: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`));
  // The client went away: exit as after an `exit` notification (0 only if it asked to shut down first).
  const gone = () => process.exit(server.shutdownRequested ? 0 : 1);
  if (values.stdio) {
    process.stdin.on('end', gone);
    process.stdin.on('close', gone);
  } else process.on('disconnect', gone);
  // Runs until the client says exit (vscode-languageserver ends the process then) or goes away.
  return new Promise<number>(() => undefined);
}
