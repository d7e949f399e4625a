// mops's language server: the core behind the Language Server Protocol. The caller gives it a connection
// (stdio or IPC in Node, a message port in a browser worker) and a file system per root; this file answers
// `initialize` with the features' capabilities, loads the playbooks once the client is initialized, and
// wires each feature (one file each) to the connection.

import { TextDocumentSyncKind, type Connection, type InitializeParams, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver';
import { assist } from './assist';
import { codeActions } from './code-actions';
import { COMMAND_FEATURES } from './commands';
import type { Feature, FileSystemFactory, ServerContext, ServerSettings } from './context';
import { diagnostics } from './diagnostics';
import { navigate } from './navigate';
import { Documents } from './documents';
import { Playbooks } from './playbooks';
import { clientFileSystem } from './client-fs';
import { idle } from './idle';
import type { ClientOptions, InitializationOptions } from './protocol';
import { status } from './status';
import { views } from './views';
import { watch } from './watch';

/** Every feature, in the order its handlers are registered. A new handler is a file and a line here. */
const FEATURES: readonly Feature[] = [diagnostics, codeActions, assist, navigate, watch, status, views, idle, ...COMMAND_FEATURES];

export interface ServerOptions {
  fileSystem: FileSystemFactory;
  /** The version `initialize` and `mops/status` report. */
  version: string;
  /** The process's memory, for `mops/status` (the Node transport can tell; a browser worker cannot). */
  memory?: () => { heapUsedMB: number; rssMB: number };
}

export interface Server {
  /** Whether the client asked to shut down (the exit code after `exit`: 0 if it did, 1 if not). */
  readonly shutdownRequested: boolean;
}

const DEFAULTS: ServerSettings = { debounceMs: 200, maxFileSize: 1024 * 1024, validateOnType: true, clientFileSystem: false, pushDiagnostics: false };

/** A number option from the client, within bounds, or the default. */
/** How long the first load waits for the client to register the server's file watchers. */
const REGISTRATION_WAIT_MS = 5_000;

/** Resolves when `promise` settles or after `ms`, whichever is first. */
function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([promise.then(() => undefined), timeout]).finally(() => clearTimeout(timer));
}

function bounded(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function settingsOf(options: unknown): ServerSettings {
  const given = (typeof options === 'object' && options !== null ? options : {}) as InitializationOptions & ClientOptions;
  return {
    debounceMs: bounded(given.debounceMs, DEFAULTS.debounceMs, 0, 10_000),
    maxFileSize: bounded(given.maxFileSize, DEFAULTS.maxFileSize, 1024, 512 * 1024 * 1024),
    validateOnType: given.validateOnType !== false,
    clientFileSystem: given.clientFileSystem === true,
    pushDiagnostics: given.pushDiagnostics === true,
  };
}

/** The folders to look for playbooks in: the workspace folders, else the root URI (or the root path, long deprecated). */
function foldersOf(params: InitializeParams): string[] {
  const folders = Array.isArray(params.workspaceFolders) ? params.workspaceFolders.map((f) => f?.uri).filter((u): u is string => typeof u === 'string') : [];
  if (folders.length > 0) return folders;
  if (typeof params.rootUri === 'string') return [params.rootUri];
  if (typeof params.rootPath === 'string' && params.rootPath.startsWith('/')) return [`file://${params.rootPath.split('/').map(encodeURIComponent).join('/')}`];
  return [];
}

/** Wires the server to a connection and starts listening. */
export function startServer(connection: Connection, options: ServerOptions): Server {
  const log = (message: string) => {
    try {
      connection.console.log(message);
    } catch {
      // the connection is gone: nothing to tell
    }
  };
  const state = { settings: DEFAULTS };
  // A scheme the caller's file system cannot read is read through the client, when the client offers to.
  const fileSystem = (root: string) => options.fileSystem(root) ?? (state.settings.clientFileSystem ? clientFileSystem(connection, root) : undefined);
  const playbooks: Playbooks = new Playbooks(fileSystem, () => state.settings, () => documents.all(), log);
  const documents: Documents = new Documents(playbooks, () => state.settings, log);
  const context: ServerContext = {
    connection,
    playbooks,
    documents,
    client: {},
    version: options.version,
    ...(options.memory ? { memory: options.memory } : {}),
    log,
    settlers: [],
    get settings() {
      return state.settings;
    },
    set settings(value) {
      state.settings = value;
    },
  };

  let folders: string[] = [];
  let shutdownRequested = false;

  connection.onInitialize((params): InitializeResult => {
    context.client = params.capabilities ?? {};
    context.settings = settingsOf(params.initializationOptions);
    folders = foldersOf(params);
    const capabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    };
    for (const feature of FEATURES) {
      try {
        Object.assign(capabilities, feature.capabilities?.(context));
      } catch (error) {
        log(`mops: a feature's capabilities failed: ${String(error)}`);
      }
    }
    return { capabilities, serverInfo: { name: 'mops', version: options.version } };
  });

  connection.onInitialized(() => {
    const registered: Array<Promise<void>> = [];
    for (const feature of FEATURES) {
      try {
        registered.push(Promise.resolve(feature.initialized?.(context)).catch((error: unknown) => log(`mops: a feature's start failed: ${String(error)}`)));
      } catch (error) {
        log(`mops: a feature's start failed: ${String(error)}`);
      }
    }
    // The disk is read once the client watches it (a file deleted meanwhile would otherwise stay in the
    // playbook), but never later than REGISTRATION_WAIT_MS: a client that does not answer still gets checked.
    void within(Promise.all(registered), REGISTRATION_WAIT_MS)
      .then(() => playbooks.start(folders))
      .catch((error: unknown) => log(`mops: loading the playbooks failed: ${String(error)}`));
  });

  connection.onShutdown(() => {
    shutdownRequested = true;
  });

  documents.listen(connection);
  for (const feature of FEATURES) feature.register(context);
  connection.listen();
  return {
    get shutdownRequested() {
      return shutdownRequested;
    },
  };
}
