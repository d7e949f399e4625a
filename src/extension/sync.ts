// Keeps the playbooks current: editor buffers as the user types (debounced; a newer version always
// wins), saves, closes, and files created, changed, deleted or renamed on disk or in the explorer.

import * as vscode from 'vscode';
import { CONFIG_FILE } from '../core';
import { isYaml, type Playbooks } from './playbooks';
import { readSettings } from './settings';

/** File-system events are gathered this long and applied together (a checkout touches many files). */
const BATCH_MS = 60;
/** Files read from disk at once while applying a batch. */
const READS_AT_ONCE = 16;

type FileEvent = { type: 'changed' | 'deleted'; uri: vscode.Uri };

export class Sync implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly events: FileEvent[] = [];
  private batch?: ReturnType<typeof setTimeout>;
  private chain: Promise<void> = Promise.resolve();
  private restarting = false;

  constructor(
    private readonly playbooks: Playbooks,
    private readonly restart: () => Promise<void>,
  ) {
    const on = <T>(event: vscode.Event<T>, listener: (e: T) => unknown) => this.disposables.push(event(listener));
    on(vscode.workspace.onDidOpenTextDocument, (doc) => void this.opened(doc));
    on(vscode.workspace.onDidChangeTextDocument, (e) => this.changed(e.document));
    on(vscode.workspace.onDidSaveTextDocument, (doc) => this.saved(doc));
    on(vscode.workspace.onDidCloseTextDocument, (doc) => this.closed(doc));
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(watcher);
    on(watcher.onDidCreate, (uri) => this.queue({ type: 'changed', uri }));
    on(watcher.onDidChange, (uri) => this.queue({ type: 'changed', uri }));
    on(watcher.onDidDelete, (uri) => this.queue({ type: 'deleted', uri }));
    // Explorer operations say which folders went; the watcher alone may report only the folder.
    on(vscode.workspace.onDidDeleteFiles, (e) => e.files.forEach((uri) => this.queue({ type: 'deleted', uri })));
    on(vscode.workspace.onDidRenameFiles, (e) =>
      e.files.forEach(({ oldUri, newUri }) => {
        this.queue({ type: 'deleted', uri: oldUri });
        this.queue({ type: 'changed', uri: newUri });
      }),
    );
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    if (this.batch) clearTimeout(this.batch);
    this.disposables.forEach((d) => d.dispose());
  }

  /** Resolves when no edit or file event is waiting to be applied. */
  async settled(): Promise<void> {
    for (const doc of vscode.workspace.textDocuments) if (this.timers.has(doc.uri.toString())) this.flush(doc);
    while (this.batch || this.events.length > 0) {
      this.run();
      await this.chain;
    }
    await this.chain;
  }

  private async opened(doc: vscode.TextDocument): Promise<void> {
    if (!isYaml(doc)) return;
    await this.playbooks.adopt(doc);
    this.playbooks.sync(doc);
  }

  private changed(doc: vscode.TextDocument): void {
    if (!isYaml(doc) || !this.playbooks.locate(doc.uri)) return;
    const settings = readSettings(doc.uri);
    if (!settings.validateOnType) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => this.flush(doc), settings.debounceMs),
    );
  }

  /** Checks a buffer now; the workspace skips a version it already holds. */
  private flush(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (!doc.isClosed) this.playbooks.sync(doc);
  }

  private saved(doc: vscode.TextDocument): void {
    const located = this.playbooks.locate(doc.uri);
    if (located?.path === CONFIG_FILE) {
      // The include and exclude globs may have changed which files belong: read the playbook again.
      void this.restartOnce();
      return;
    }
    if (located) this.flush(doc);
  }

  private closed(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    // A buffer closed without saving leaves the file as it is on disk.
    if (this.playbooks.locate(doc.uri)) this.queue({ type: 'changed', uri: doc.uri });
  }

  private queue(event: FileEvent): void {
    this.events.push(event);
    this.batch ??= setTimeout(() => this.run(), BATCH_MS);
  }

  /** Applies the gathered events after those already being applied. */
  private run(): void {
    clearTimeout(this.batch);
    this.batch = undefined;
    this.chain = this.chain.then(() => this.apply()).catch((error) => console.error('mops: applying file changes failed', error));
  }

  private async apply(): Promise<void> {
    // The watcher and the explorer report the same change more than once: the last event per path wins.
    const latest = new Map<string, FileEvent>();
    for (const event of this.events.splice(0)) {
      latest.delete(event.uri.toString());
      latest.set(event.uri.toString(), event);
    }
    const read = new Set<string>();
    // Files are read several at once (each read waits on the file system). Events on other paths commute with
    // a read; a delete of a folder with a read pending under it, or a folder to read, waits for the reads first.
    const reads: vscode.Uri[] = [];
    const readAll = () => eachAtOnce(reads.splice(0), (file) => this.playbooks.reload(file));
    let configMoved = false;
    for (const { type, uri } of latest.values()) {
      const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
      if (name === CONFIG_FILE || (type === 'deleted' && this.playbooks.all().some((p) => p.root.toString() === uri.toString()))) {
        configMoved = true;
        continue;
      }
      if (type === 'deleted') {
        const under = `${uri.toString()}/`;
        if (reads.some((r) => r.toString().startsWith(under))) await readAll();
        this.playbooks.forget(uri);
      } else if (isYamlPath(uri) || this.playbooks.all().some((p) => p.relative(uri) !== undefined)) {
        // An open buffer is the truth for its file; the disk is read only for files not open, and for a file
        // deleted before (a late or repeated event must not bring it back from a clean buffer: the disk says).
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (open && !open.isClosed && !this.playbooks.isGone(uri)) this.playbooks.sync(open);
        else if (isYamlPath(uri)) {
          if (!read.has(uri.toString())) reads.push(uri);
          read.add(uri.toString());
        } else {
          await readAll();
          await this.reloadFolder(uri, read);
        }
      }
    }
    await readAll();
    if (configMoved) await this.restartOnce();
  }

  /** A folder that appeared (moved in, checked out): read the YAML files in it. */
  private async reloadFolder(uri: vscode.Uri, read: Set<string>): Promise<void> {
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch {
      return;
    }
    if (!(stat.type & vscode.FileType.Directory) || stat.type & vscode.FileType.SymbolicLink) return;
    const files = (await this.playbooks.filesUnder(uri)).filter((file) => !read.has(file.toString()));
    files.forEach((file) => read.add(file.toString()));
    await eachAtOnce(files, async (file) => {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
      if (open && !open.isClosed) this.playbooks.sync(open);
      else await this.playbooks.reload(file);
    });
  }

  private async restartOnce(): Promise<void> {
    if (this.restarting) return;
    this.restarting = true;
    try {
      await this.restart();
    } finally {
      this.restarting = false;
    }
  }
}

/** Runs `run` on every item, at most READS_AT_ONCE at a time. */
async function eachAtOnce<T>(items: readonly T[], run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await run(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(READS_AT_ONCE, items.length) }, worker));
}

function isYamlPath(uri: vscode.Uri): boolean {
  return /\.ya?ml$/i.test(uri.path);
}
