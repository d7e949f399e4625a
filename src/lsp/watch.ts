// Files created, changed or deleted outside the editor (`workspace/didChangeWatchedFiles`): batched, then read
// from disk or dropped (a deleted folder drops every file under it). An open buffer is the truth for its file;
// a config that appears, changes or goes reloads the playbooks (its globs decide which files belong).

import { DidChangeWatchedFilesNotification, FileChangeType, type FileEvent } from 'vscode-languageserver';
import { CONFIG_FILE } from '../core';
import type { Feature, ServerContext } from './context';
import { uriKey } from './uris';

/** Events are gathered this long and applied together (a checkout touches many files). */
const BATCH_MS = 60;

/** The files the server asks the client to watch, when the client lets it register watchers. */
export const WATCHED = ['**/*.yaml', '**/*.yml', `**/${CONFIG_FILE}`];

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

  private run(): void {
    this.batch = undefined;
    this.chain = this.chain.then(() => this.apply()).catch((error) => this.context.log(`mops: applying file changes failed: ${String(error)}`));
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
    for (const { uri, type } of latest.values()) {
      const name = uriKey(uri).slice(uriKey(uri).lastIndexOf('/') + 1);
      const isRoot = playbooks.all().some((p) => uriKey(p.uri) === uriKey(uri));
      if (name === CONFIG_FILE || (type === FileChangeType.Deleted && isRoot)) {
        configMoved = true;
        continue;
      }
      if (documents.isOpen(uri)) continue; // the open buffer wins
      if (type === FileChangeType.Deleted) playbooks.forget(uri);
      else await playbooks.reload(uri);
    }
    if (configMoved) await playbooks.restart();
  }
}

export const watch: Feature = {
  register(context) {
    const watcher = new Watcher(context);
    context.connection.onDidChangeWatchedFiles((params) => watcher.queue(Array.isArray(params?.changes) ? params.changes : []));
  },

  initialized(context) {
    if (!context.client.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    void context.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED.map((globPattern) => ({ globPattern })) })
      .catch((error) => context.log(`mops: could not register file watchers: ${String(error)}`));
  },
};
