// The playbooks the server holds: one core Workspace per playbook root (a folder with mops.config.yaml, or a
// workspace folder without one), loaded through the caller's file system, then kept current from open
// buffers and file events. The LSP twin of src/extension/playbooks.ts, with URIs as strings.

import {
  CONFIG_FILE,
  compileGlob,
  discover,
  loadPlaybook,
  parseFile,
  readFileContent,
  sizeLimit,
  tooLargeContent,
  type DirEntry,
  type FileContent,
} from '../core';
import type { FileSystemFactory, ServerSettings } from './context';
import { Playbook, type Changes, type Located, type OpenBuffer } from './playbook';

export { Playbook, type Changes, type Located, type OpenBuffer } from './playbook';
import { yielding } from './slices';
import { childUri, parentUri, parseUri, uriKey } from './uris';

/** Where playbook roots are looked for below a workspace folder, and what is never walked. */
const CONFIG_GLOB = compileGlob(`**/${CONFIG_FILE}`);
const NEVER_WALKED = compileGlob('**/node_modules/**');
/** Files read at once while loading. */
const LOAD_CONCURRENCY = 4;

export class Playbooks {
  private list: Playbook[] = [];
  private folders: string[] = [];
  private readonly listeners: Array<(changes: Changes) => void> = [];
  private readonly loading = new Map<string, Promise<Playbook | undefined>>();
  private started = false;
  /** Requests that arrive before the client's `initialized` wait for the first load, which starts then. */
  private firstStart?: () => void;
  private starting = new Promise<void>((resolve) => (this.firstStart = resolve));

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
    const gone = this.list;
    this.list = [];
    for (const playbook of gone) playbook.versions.clear();
    const changes: Changes = new Map(gone.map((p) => [p, new Set(p.workspace.paths())]));
    if (changes.size > 0) this.fire(changes);
    return this.start(this.folders);
  }

  /** The playbook (the innermost, for nested ones) that holds `uri` and includes it. */
  locate(uri: string): Located | undefined {
    let best: Located | undefined;
    for (const playbook of this.list) {
      const path = playbook.relative(uri);
      if (path !== undefined && (!best || path.length < best.path.length)) best = { playbook, path };
    }
    return best && best.playbook.includes(best.path) ? best : undefined;
  }

  /** Whether this playbook is the one that reports on its file (a nested playbook reports on its own files). */
  owns(playbook: Playbook, path: string): boolean {
    return this.locate(playbook.uriOf(path))?.playbook === playbook;
  }

  /** Makes the workspace hold a buffer's text; returns whether anything changed. */
  sync(buffer: OpenBuffer): boolean {
    const found = this.locate(buffer.uri);
    if (!found || found.playbook.versions.get(found.path) === buffer.version) return false;
    const { playbook, path } = found;
    playbook.versions.set(path, buffer.version);
    this.set(playbook, path, this.bufferContent(playbook, buffer.getText()));
    return true;
  }

  /** A buffer's text as the workspace takes it: over the size limit, the finding instead. */
  private bufferContent(playbook: Playbook, text: string): FileContent {
    const limit = sizeLimit(playbook.workspace.config, this.settings().maxFileSize);
    const size = text.length > limit.bytes / 3 ? new TextEncoder().encode(text).length : text.length;
    return size > limit.bytes ? tooLargeContent(size, limit) : { type: 'text', text };
  }

  /**
   * Reads a file, or every file under a folder, from disk into its playbook (a file event, a buffer closed
   * without saving); a path that is gone is dropped.
   */
  async reload(uri: string): Promise<void> {
    const found = this.locateOrFolder(uri);
    if (!found) return;
    const { playbook, path } = found;
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    let entry: DirEntry | undefined;
    try {
      entry = (await playbook.fs.readDirectory(slash < 0 ? '' : path.slice(0, slash))).find((e) => e.name === name);
    } catch {
      entry = undefined;
    }
    if (!entry) return this.forget(uri);
    if (entry.type === 'directory') {
      if (path.split('/').includes('.git')) return;
      const { include, exclude } = playbook.workspace.config;
      for (const found of await discover(playbook.fs, include, exclude, path)) await this.read(playbook, found.path, found.entry);
      return;
    }
    if (entry.type === 'other' || !playbook.includes(path)) return;
    await this.read(playbook, path, entry);
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
        playbook.versions.delete(path);
        affected.add(path);
      }
      if (affected.size > 0) changes.set(playbook, affected);
    }
    if (changes.size > 0) this.fire(changes);
  }

  /** A buffer closed: the file is what is on disk again. */
  async closed(uri: string): Promise<void> {
    const found = this.locate(uri);
    if (!found) return;
    found.playbook.versions.delete(found.path);
    await this.reload(uri);
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
    const limit = sizeLimit(playbook.workspace.config, this.settings().maxFileSize);
    const content: FileContent =
      entry.type === 'symlink'
        ? { type: 'skipped', rule: 'file/symlink', message: 'This is a symbolic link; mops does not follow links, so it is not checked.' }
        : await readFileContent(playbook.fs, path, limit, entry);
    if (playbook.versions.has(path) || !this.list.includes(playbook)) return; // opened or restarted meanwhile
    this.set(playbook, path, content);
  }

  /** Like locate, without the include check: a folder is not matched by the globs its files are. */
  private locateOrFolder(uri: string): Located | undefined {
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
    const roots: Array<{ uri: string; configured: boolean }> = [];
    for (const folder of folders) {
      const fs = this.fileSystem(folder);
      const parsed = parseUri(folder);
      if (!fs || !parsed) {
        this.log(`mops: cannot read ${folder}: only file: URIs are supported`);
        continue;
      }
      const configs = await discover(fs, [CONFIG_GLOB], [NEVER_WALKED]).catch(() => []);
      if (configs.length === 0) roots.push({ uri: childUri(parsed, ''), configured: false });
      for (const config of configs) {
        const dir = config.path.includes('/') ? config.path.slice(0, config.path.lastIndexOf('/')) : '';
        if (config.entry.type === 'file') roots.push({ uri: childUri(parsed, dir), configured: true });
      }
    }
    // One root at a time: each load yields between reads, and two at once would only share the same core.
    for (const root of roots) await this.open(root.uri, root.configured);
  }

  private open(root: string, configured: boolean): Promise<Playbook | undefined> {
    const key = uriKey(root);
    const existing = this.list.find((p) => uriKey(p.uri) === key);
    if (existing) return Promise.resolve(existing);
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
    try {
      // Few files at once: the reads of the CLI's file system are synchronous anyway, and each reader parses
      // the file it read before the next turn of the event loop, so fewer readers make shorter turns.
      const workspace = await loadPlaybook(yielding(fs), { maxFileBytes: this.settings().maxFileSize, concurrency: LOAD_CONCURRENCY });
      const playbook = new Playbook(root, fs, workspace, configured);
      this.list = [...this.list.filter((p) => uriKey(p.uri) !== uriKey(root)), playbook];
      // Open buffers win over the disk: unsaved edits are what the user sees.
      for (const buffer of this.buffers()) {
        const path = playbook.relative(buffer.uri);
        if (path !== undefined && playbook.includes(path) && this.locate(buffer.uri)?.playbook === playbook) {
          playbook.versions.set(path, buffer.version);
          workspace.set(path, this.bufferContent(playbook, buffer.getText()));
        }
      }
      this.log(`mops: loaded ${workspace.paths().length} files of ${root} in ${Date.now() - started} ms`);
      this.fire(new Map([[playbook, new Set(workspace.paths())]]));
      return playbook;
    } catch (error) {
      this.log(`mops: could not read the playbook at ${root}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}
