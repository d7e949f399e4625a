// The playbooks the server holds: one core Workspace per playbook root (a folder with mops.config.yaml, or a
// workspace folder without one), loaded through the caller's file system, then kept current from open
// buffers and file events, with URIs as strings.

import { discover, loadPlaybook, parseFile, type DirEntry, type FileContent } from '../core';
import type { FileSystemFactory, ServerSettings } from './context';
import { Playbook, type Changes, type Located, type OpenBuffer } from './playbook';

export { Playbook, type Changes, type Located, type OpenBuffer } from './playbook';
import { findRoots } from './roots';
import { yielding } from './slices';
import { parentUri, uriKey } from './uris';

/** Files read at once while loading. */
const LOAD_CONCURRENCY = 4;

export class Playbooks {
  private list: Playbook[] = [];
  private folders: string[] = [];
  private readonly listeners: Array<(changes: Changes) => void> = [];
  private readonly loading = new Map<string, Promise<Playbook | undefined>>();
  private started = false;
  /** Counts restarts: a load that began before the last one is dropped. */
  private generation = 0;
  /** Requests that arrive before the client's `initialized` wait for the first load, which starts then. */
  private firstStart?: () => void;
  private starting = new Promise<void>((resolve) => (this.firstStart = resolve));
  private serial: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly fileSystem: FileSystemFactory,
    private readonly settings: () => ServerSettings,
    private readonly buffers: () => Iterable<OpenBuffer>,
    private readonly log: (message: string) => void,
  ) {}

  all(): readonly Playbook[] {
    return this.list;
  }

  /** Resolves once the playbooks found at start (or restart) are loaded. */
  get ready(): Promise<void> {
    return this.starting;
  }

  /** Whether the first load has finished. */
  get isReady(): boolean {
    return this.started;
  }

  onChange(listener: (changes: Changes) => void): void {
    this.listeners.push(listener);
  }

  /** Finds the playbooks of the client's folders and loads them. */
  start(folders: readonly string[]): Promise<void> {
    this.folders = [...folders];
    const loading = this.findAndLoad(this.folders).finally(() => {
      this.started = true;
      this.firstStart?.();
      this.firstStart = undefined;
    });
    this.starting = this.firstStart ? this.starting : loading;
    return loading;
  }

  /** Drops every playbook and loads them again (a config appeared, moved or changed). */
  restart(): Promise<void> {
    this.generation++;
    const gone = this.list;
    this.list = [];
    for (const playbook of gone) playbook.versions.clear();
    const changes: Changes = new Map(gone.map((p) => [p, new Set(p.workspace.paths())]));
    if (changes.size > 0) this.fire(changes);
    return this.start(this.folders);
  }

  /** The playbook (the innermost, for nested ones) that holds `uri` and includes it. */
  locate(uri: string): Located | undefined {
    const best = this.innermost(uri);
    return best && best.playbook.includes(best.path) ? best : undefined;
  }

  /** Whether this playbook is the one that reports on its file (a nested playbook reports on its own files). */
  owns(playbook: Playbook, path: string): boolean {
    return this.locate(playbook.uriOf(path))?.playbook === playbook;
  }

  /**
   * Makes the workspace hold a buffer's text; returns whether anything changed. A buffer replaces a file the
   * playbook holds; it adds one only to the playbook `addTo` that found its file on disk as it was opened (see
   * opened): a buffer a client keeps of a deleted file never brings the file back, nor does a playbook read
   * again meanwhile.
   */
  sync(buffer: OpenBuffer, options: { addTo?: Playbook } = {}): boolean {
    const found = this.locate(buffer.uri);
    if (!found || found.playbook.versions.get(found.path) === buffer.version) return false;
    const { playbook, path } = found;
    if (!playbook.workspace.has(path) && options.addTo !== playbook) return false;
    if (playbook.gone.get(path) === buffer.version) return false;
    playbook.gone.delete(path);
    if (playbook.undecoded.get(path) === buffer.version) return false;
    playbook.undecoded.delete(path);
    playbook.versions.set(path, buffer.version);
    this.set(playbook, path, playbook.bufferContent(buffer.getText(), this.settings().maxFileSize));
    return true;
  }

  /**
   * A buffer just opened, before it is synced: the playbook its file may join, when it is on disk (see
   * Playbook.opening).
   */
  async opened(buffer: OpenBuffer): Promise<Playbook | undefined> {
    const found = this.locate(buffer.uri);
    if (!found) return undefined;
    const { onDisk, content } = await found.playbook.opening(found.path, buffer, this.settings().maxFileSize);
    if (!this.list.includes(found.playbook)) return undefined; // read again meanwhile: that load took the buffer in
    if (content) this.set(found.playbook, found.path, content);
    return onDisk ? found.playbook : undefined;
  }

  /**
   * Reads files, or every file under folders, from disk into their playbooks (file events, a buffer closed
   * without saving); a path that is gone is dropped. Each folder is listed once (a checkout creates a
   * thousand files in one).
   */
  async reloadAll(uris: readonly string[]): Promise<void> {
    const byFolder = new Map<string, { playbook: Playbook; folder: string; names: Map<string, string> }>();
    for (const uri of uris) {
      const found = this.innermost(uri);
      if (!found) continue;
      const { playbook, path } = found;
      const slash = path.lastIndexOf('/');
      const folder = slash < 0 ? '' : path.slice(0, slash);
      const key = `${this.list.indexOf(playbook)} ${folder}`;
      let group = byFolder.get(key);
      if (!group) byFolder.set(key, (group = { playbook, folder, names: new Map() }));
      group.names.set(path.slice(slash + 1), uri);
    }
    for (const { playbook, folder, names } of byFolder.values()) {
      let listing: DirEntry[];
      try {
        listing = await playbook.fs.readDirectory(folder);
      } catch {
        listing = [];
      }
      const entries = new Map(listing.map((e) => [e.name, e]));
      for (const [name, uri] of names) {
        const path = folder === '' ? name : `${folder}/${name}`;
        const entry = entries.get(name);
        if (!entry) this.forget(uri);
        else if (entry.type === 'directory') {
          if (path.split('/').includes('.git')) continue;
          const { include, exclude } = playbook.workspace.config;
          for (const found of await discover(playbook.fs, include, exclude, path)) await this.read(playbook, found.path, found.entry);
        } else if (entry.type !== 'other' && playbook.includes(path)) await this.read(playbook, path, entry);
      }
    }
  }

  /** Removes a file, or every file under a folder, from its playbooks. */
  forget(uri: string): void {
    const changes: Changes = new Map();
    for (const playbook of this.list) {
      const prefix = playbook.relative(uri);
      if (prefix === undefined) continue;
      const affected = new Set<string>();
      for (const path of playbook.workspace.paths()) {
        if (path !== prefix && !path.startsWith(`${prefix}/`)) continue;
        for (const p of playbook.workspace.delete(path)) affected.add(p);
        const version = playbook.versions.get(path);
        if (version !== undefined) playbook.gone.set(path, version);
        playbook.versions.delete(path);
        affected.add(path);
      }
      if (affected.size > 0) changes.set(playbook, affected);
    }
    if (changes.size > 0) this.fire(changes);
  }

  /** Whether the file of a URI was deleted on disk while a buffer of it stays open. */
  isGone(uri: string): boolean {
    const found = this.locate(uri);
    return found !== undefined && found.playbook.gone.has(found.path);
  }

  /** A buffer closed: the file is what is on disk again (read in turn with file events, see exclusive). */
  async closed(uri: string): Promise<void> {
    const found = this.locate(uri);
    if (!found) return;
    found.playbook.versions.delete(found.path);
    found.playbook.gone.delete(found.path);
    found.playbook.undecoded.delete(found.path);
    await this.exclusive(() => this.reloadAll([uri]));
  }

  /**
   * Runs `task` after every task queued before it: file events, closed buffers and saved configs change the
   * playbooks one at a time, so a read made before a file was deleted never lands after its delete.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.serial.then(task, task);
    this.serial = run.catch(() => undefined);
    return run;
  }

  /**
   * Brings in the folder of an opened document that declares a mops document outside every playbook (a file
   * outside the client's folders, or a client that named none).
   */
  async adopt(buffer: OpenBuffer): Promise<void> {
    if (!/\.ya?ml$/i.test(buffer.uri) || this.list.some((p) => p.relative(buffer.uri) !== undefined)) return;
    if (!parseFile('', buffer.getText().slice(0, 16_384)).isMops) return;
    const key = uriKey(buffer.uri);
    const folder = this.folders.find((f) => key.startsWith(`${uriKey(f)}/`)) ?? parentUri(buffer.uri);
    if (folder) await this.open(folder, false);
  }

  private async read(playbook: Playbook, path: string, entry: DirEntry): Promise<void> {
    if (playbook.versions.has(path)) return; // an open buffer wins over the disk
    const content = await playbook.readEntry(path, entry, this.settings().maxFileSize);
    if (playbook.versions.has(path) || !this.list.includes(playbook)) return; // opened or restarted meanwhile
    if (content === 'gone') return this.forget(playbook.uriOf(path));
    playbook.gone.delete(path);
    // The same text read again (a move reported by the watcher and by the client, a file touched): nothing changed.
    const held = playbook.workspace.content(path);
    if (content.type === 'text' && held?.type === 'text' && held.text === content.text) return;
    this.set(playbook, path, content);
  }

  /** The innermost playbook that holds `uri`, whether its globs include it or not (a folder is not matched by the globs its files are). */
  private innermost(uri: string): Located | undefined {
    let best: Located | undefined;
    for (const playbook of this.list) {
      const path = playbook.relative(uri);
      if (path !== undefined && (!best || path.length < best.path.length)) best = { playbook, path };
    }
    return best;
  }

  private set(playbook: Playbook, path: string, content: FileContent): void {
    const affected = playbook.workspace.set(path, content);
    this.fire(new Map([[playbook, new Set(affected)]]));
  }

  private fire(changes: Changes): void {
    for (const listener of this.listeners) {
      try {
        listener(changes);
      } catch (error) {
        this.log(`mops: a change listener failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  private async findAndLoad(folders: readonly string[]): Promise<void> {
    const roots = await findRoots(folders, this.fileSystem, this.log);
    // One root at a time: each load yields between reads, and two at once would only share the same core.
    for (const root of roots) await this.open(root.uri, root.configured);
  }

  private open(root: string, configured: boolean): Promise<Playbook | undefined> {
    const existing = this.list.find((p) => uriKey(p.uri) === uriKey(root));
    if (existing) return Promise.resolve(existing);
    // A load begun before a restart read the disk as it was then: a restart's loads never join it.
    const key = `${this.generation} ${uriKey(root)}`;
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.load(root, configured).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  private async load(root: string, configured: boolean): Promise<Playbook | undefined> {
    const fs = this.fileSystem(root);
    if (!fs) return undefined;
    const started = Date.now();
    const generation = this.generation;
    try {
      // Few files at once: the reads of the CLI's file system are synchronous anyway, and each reader parses
      // the file it read before the next turn of the event loop, so fewer readers make shorter turns.
      const workspace = await loadPlaybook(yielding(fs), { maxFileBytes: this.settings().maxFileSize, concurrency: LOAD_CONCURRENCY });
      if (generation !== this.generation) return undefined; // restarted meanwhile: the restart loads it again
      const playbook = new Playbook(root, fs, workspace, configured);
      this.list = [...this.list.filter((p) => uriKey(p.uri) !== uriKey(root)), playbook];
      // Open buffers win over the disk: unsaved edits are what the user sees.
      playbook.takeBuffers([...this.buffers()].filter((b) => this.locate(b.uri)?.playbook === playbook), this.settings().maxFileSize);
      this.log(`mops: loaded ${workspace.paths().length} files of ${root} in ${Date.now() - started} ms`);
      this.fire(new Map([[playbook, new Set(workspace.paths())]]));
      return playbook;
    } catch (error) {
      this.log(`mops: could not read the playbook at ${root}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}
