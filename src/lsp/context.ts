// What every feature of the server shares: the connection, the playbooks, the open documents, what the client
// can do, and a guard that turns a handler's error into a log line and an empty answer.

import type { ClientCapabilities, Connection, ServerCapabilities } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlaybookFileSystem } from '../core';
import type { Documents } from './documents';
import type { Playbook } from './playbook';
import type { Playbooks } from './playbooks';

/** The core's file system for a root URI, or undefined when the server cannot read that scheme. */
export type FileSystemFactory = (rootUri: string) => PlaybookFileSystem | undefined;

export interface ServerSettings {
  debounceMs: number;
  maxFileSize: number;
  /** Check a buffer while it is typed in; false: on save and when a request needs it. */
  validateOnType: boolean;
  /** Whether the client answers `mops/fs` for URIs the server's own file system cannot read. */
  clientFileSystem: boolean;
  /** Push diagnostics even when the client could pull them (the client asked to). */
  pushDiagnostics: boolean;
}

export interface ServerContext {
  readonly connection: Connection;
  readonly playbooks: Playbooks;
  readonly documents: Documents;
  /** The client's capabilities, known once `initialize` has arrived (empty before). */
  client: ClientCapabilities;
  settings: ServerSettings;
  /** The server's version, for `mops/status`. */
  readonly version: string;
  /** The process's memory, when its host can tell. */
  readonly memory?: () => { heapUsedMB: number; rssMB: number };
  log(message: string): void;
  /**
   * What `mops/idle` waits for, besides the load: each feature with work of its own in flight (a batch of file
   * events, diagnostics being published) adds a function that resolves when it is done.
   */
  readonly settlers: Array<() => Promise<void>>;
}

/**
 * One concern of the server (diagnostics, completion, …): what it adds to the capabilities, and its handlers,
 * registered before the connection listens. Adding a feature is one file and one line in server.ts.
 */
export interface Feature {
  capabilities?(context: ServerContext): ServerCapabilities;
  register(context: ServerContext): void;
  /**
   * Called once the client has said `initialized` (dynamic registrations). The first load waits for what it
   * returns: a file watcher registered before the disk is read misses no change made after the read.
   */
  initialized?(context: ServerContext): void | Promise<void>;
}

/**
 * A handler that never throws: an error (a bug, or params a client got wrong) is logged to the client's
 * console and the request is answered with `fallback`, so one bad request cannot take the server down.
 */
export function guard<P extends unknown[], R>(
  context: Pick<ServerContext, 'log'>,
  name: string,
  fallback: R,
  handler: (...args: P) => R | Promise<R>,
): (...args: P) => Promise<R> {
  return async (...args: P) => {
    try {
      return await handler(...args);
    } catch (error) {
      context.log(`mops: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
}

/**
 * The open document at `uri`, its playbook and path, with the workspace holding the buffer's text (once the
 * playbooks are loaded); undefined for a document that is not open or not in a playbook.
 */
export async function openInPlaybook(context: Pick<ServerContext, 'playbooks' | 'documents'>, uri: string): Promise<{ document: TextDocument; playbook: Playbook; path: string } | undefined> {
  await context.playbooks.ready;
  const document = context.documents.current(uri);
  const located = context.playbooks.locate(uri);
  return document && located ? { document, ...located } : undefined;
}
