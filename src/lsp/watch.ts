// Files created, changed or deleted outside the editor (`workspace/didChangeWatchedFiles`): batched, then read
// from disk or dropped (a deleted folder drops every file under it). An open buffer is the truth for its file;
// a config that appears, changes or goes reloads the playbooks (its globs decide which files belong).

import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  WatchKind,
  type FileEvent,
  type FileOperationRegistrationOptions,
  type FileSystemWatcher,
} from 'vscode-languageserver';
import { CONFIG_FILE } from '../core';
import type { Feature, ServerContext } from './context';
import { uriKey } from './uris';

/** Events are gathered this long and applied together (a checkout touches many files). */
const BATCH_MS = 60;

/**
 * What the server asks the client to watch, when the client lets it register watchers: YAML files, and any
 * path created or deleted, for a folder (a deleted folder's files get no events of their own; a folder moved
 * in is read whole).
 */
export const WATCHED: FileSystemWatcher[] = [
  { globPattern: '**/*.{yaml,yml}' },
  { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete },
];

/**
 * The client's own file operations (the Explorer, a workspace edit) are reported too, as the events they
 * are: a watcher may report them late, or (VS Code's, when a create and a delete of one path meet in one of
 * its throttled chunks) not at all.
 */
const FILE_OPERATIONS: FileOperationRegistrationOptions = { filters: [{ pattern: { glob: '**/*' } }] };

/** A client's file-operation params as file events: each rename is its old path deleted and its new one created. */
function operationEvents(params: unknown, kind: 'create' | 'rename' | 'delete'): FileEvent[] {
  const files: unknown[] = Array.isArray((params as { files?: unknown })?.files) ? (params as { files: unknown[] }).files : [];
  const events: FileEvent[] = [];
  for (const file of files as Array<Record<string, unknown> | null>) {
    if (kind === 'rename') {
      if (typeof file?.oldUri === 'string') events.push({ uri: file.oldUri, type: FileChangeType.Deleted });
      if (typeof file?.newUri === 'string') events.push({ uri: file.newUri, type: FileChangeType.Created });
    } else if (typeof file?.uri === 'string') events.push({ uri: file.uri, type: kind === 'create' ? FileChangeType.Created : FileChangeType.Deleted });
  }
  return events;
}

class Watcher {
  private readonly events: FileEvent[] = [];
  private batch?: ReturnType<typeof setTimeout>;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly context: ServerContext) {}

  queue(events: readonly FileEvent[]): void {
    // Only well-formed events: a client's bad params are dropped, not thrown on later.
    for (const e of events) if (typeof e?.uri === 'string' && typeof e.type === 'number') this.events.push(e);
    this.batch ??= setTimeout(() => this.run(), BATCH_MS);
  }

  /** Resolves when every event received so far is applied (a waiting batch runs now). */
  settled(): Promise<void> {
    if (this.batch) {
      clearTimeout(this.batch);
      this.run();
    }
    return this.chain;
  }

  private run(): void {
    this.batch = undefined;
    const { playbooks } = this.context;
    this.chain = this.chain.then(() => playbooks.exclusive(() => this.apply())).catch((error) => this.context.log(`mops: applying file changes failed: ${String(error)}`));
  }

  private async apply(): Promise<void> {
    const { playbooks, documents } = this.context;
    await playbooks.ready;
    // The last event per path wins.
    const latest = new Map<string, FileEvent>();
    for (const event of this.events.splice(0)) {
      latest.delete(uriKey(event.uri));
      latest.set(uriKey(event.uri), event);
    }
    let configMoved = false;
    /** Files and folders created or changed, read together: each folder is listed once. */
    const reads: string[] = [];
    for (const { uri, type } of latest.values()) {
      const name = uriKey(uri).slice(uriKey(uri).lastIndexOf('/') + 1);
      const isRoot = playbooks.all().some((p) => uriKey(p.uri) === uriKey(uri));
      if (name === CONFIG_FILE || (type === FileChangeType.Deleted && isRoot)) {
        configMoved = true;
        continue;
      }
      if (type !== FileChangeType.Deleted) {
        // The open buffer wins, unless its file was deleted before: then the disk says whether it is back.
        if (!documents.isOpen(uri) || playbooks.isGone(uri)) reads.push(uri);
        continue;
      }
      // A file deleted on disk leaves the playbook, even with a buffer of it open (until that buffer is edited).
      // In order: what was read before a delete is read first (a folder deleted, then a file created in it again).
      await playbooks.reloadAll(reads.splice(0));
      playbooks.forget(uri);
    }
    await playbooks.reloadAll(reads);
    if (configMoved) await playbooks.restart();
  }
}

export const watch: Feature = {
  capabilities: () => ({ workspace: { fileOperations: { didCreate: FILE_OPERATIONS, didRename: FILE_OPERATIONS, didDelete: FILE_OPERATIONS } } }),

  register(context) {
    const watcher = new Watcher(context);
    const { connection } = context;
    context.settlers.push(() => watcher.settled());
    connection.onDidChangeWatchedFiles((params) => watcher.queue(Array.isArray(params?.changes) ? params.changes : []));
    connection.workspace.onDidCreateFiles((params) => watcher.queue(operationEvents(params, 'create')));
    connection.workspace.onDidRenameFiles((params) => watcher.queue(operationEvents(params, 'rename')));
    connection.workspace.onDidDeleteFiles((params) => watcher.queue(operationEvents(params, 'delete')));
  },

  async initialized(context) {
    if (!context.client.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    await context.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED })
      .then(() => undefined)
      .catch((error) => context.log(`mops: could not register file watchers: ${String(error)}`));
  },
};
