// The playbooks open in the editor: one core Workspace per playbook root, loaded once, then kept
// current from editor buffers and file-system events. Everything else in the extension reads from here.

import * as vscode from 'vscode';
import {
  CONFIG_FILE,
  discover,
  loadPlaybook,
  parseFile,
  readFileContent,
  selectsPath,
  sizeLimit,
  tooLargeContent,
  type FileContent,
  type Finding,
  type Workspace,
} from '../core';
import { readSettings } from './settings';
import { uriOf, vscodeFileSystem } from './vscode-fs';

/** One playbook: a folder with `mops.config.yaml`, or a workspace folder holding mops documents. */
export class Playbook {
  /** Path → version of the editor buffer whose text the workspace holds (absent: the text on disk). */
  readonly versions = new Map<string, number>();
  /**
   * Files deleted on disk (or under a deleted folder) whose editor buffer may still be open: a clean buffer of
   * one does not bring it back into the playbook when a hover, a completion or a code action syncs it; an edit
   * in it does (the user is writing the file again).
   */
  readonly gone = new Set<string>();

  constructor(
    readonly root: vscode.Uri,
    readonly workspace: Workspace,
  ) {}

  get name(): string {
    return this.root.path.slice(this.root.path.lastIndexOf('/') + 1) || this.root.toString();
  }

  uri(path: string): vscode.Uri {
    return uriOf(this.root, path);
  }

  /** The path of `uri` inside this playbook, or undefined when it is outside. */
  relative(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== this.root.scheme || uri.authority !== this.root.authority) return undefined;
    const base = this.root.path.endsWith('/') ? this.root.path : `${this.root.path}/`;
    return uri.path.startsWith(base) && uri.path.length > base.length ? uri.path.slice(base.length) : undefined;
  }

  /** Whether the config's include and exclude globs select this path. */
  includes(path: string): boolean {
    return selectsPath(this.workspace.config, path);
  }
}

export interface Located {
  playbook: Playbook;
  path: string;
}

/** Files the publisher must refresh, per playbook. */
export type Changes = Map<Playbook, Set<string>>;

export class Playbooks implements vscode.Disposable {
  private list: Playbook[] = [];
  private readonly changed = new vscode.EventEmitter<Changes>();
  /** Fires with the files whose findings may have changed. */
  readonly onDidChange = this.changed.event;
  /** Roots being loaded, so that one root is never loaded twice at once. */
  private readonly loading = new Map<string, Promise<Playbook | undefined>>();

  all(): readonly Playbook[] {
    return this.list;
  }

  dispose(): void {
    this.changed.dispose();
    this.list = [];
  }

  /** Whether start was called: until then nothing is read, and an opened document brings nothing in. */
  private begun = false;

  /** Finds every playbook of the open folders and loads it. */
  async start(): Promise<void> {
    this.begun = true;
    const configs = await vscode.workspace.findFiles(`**/${CONFIG_FILE}`, '**/{node_modules,.git}/**');
    const roots = configs.map((uri) => vscode.Uri.joinPath(uri, '..'));
    await Promise.all(roots.map((root) => this.open(root)));
    // Open documents that declare mops documents outside any configured playbook bring their folder in.
    await Promise.all(vscode.workspace.textDocuments.map((doc) => this.adopt(doc)));
  }

  /** Drops every playbook and loads them again (the config moved, or the user asked). */
  async restart(): Promise<void> {
    const gone = this.list;
    this.list = [];
    const changes: Changes = new Map();
    for (const playbook of gone) changes.set(playbook, new Set(playbook.workspace.paths()));
    if (changes.size > 0) this.changed.fire(changes);
    await this.start();
  }

  /** The playbook (the innermost, for nested ones) that holds `uri` and includes it. */
  locate(uri: vscode.Uri): Located | undefined {
    let best: Located | undefined;
    for (const playbook of this.list) {
      const path = playbook.relative(uri);
      if (path !== undefined && (!best || path.length < best.path.length)) best = { playbook, path };
    }
    return best && best.playbook.includes(best.path) ? best : undefined;
  }

  /**
   * The files a playbook includes under a folder that appeared (moved in, checked out), found as the loader
   * finds them: links are listed, not followed, and the editor's search excludes and ignore files play no part.
   */
  async filesUnder(folder: vscode.Uri): Promise<vscode.Uri[]> {
    let best: Located | undefined;
    for (const playbook of this.list) {
      const path = playbook.relative(folder);
      if (path !== undefined && (!best || path.length < best.path.length)) best = { playbook, path };
    }
    if (!best || best.path.split('/').includes('.git')) return [];
    const { playbook, path } = best;
    const { include, exclude } = playbook.workspace.config;
    const found = await discover(vscodeFileSystem(playbook.root), include, exclude, path);
    return found.map((c) => playbook.uri(c.path));
  }

  /** Brings in the folder of a document that declares a mops document outside every playbook. */
  async adopt(doc: vscode.TextDocument): Promise<void> {
    // The core's own reading of its head (a near miss such as `kind: Brief` without apiVersion counts: it gets
    // its finding there, rather than no diagnostics at all).
    if (!this.begun || !isYaml(doc) || this.locateAny(doc.uri) || !parseFile('', doc.getText(new vscode.Range(0, 0, 400, 0))).isMops) return;
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri)?.uri ?? vscode.Uri.joinPath(doc.uri, '..');
    await this.open(folder);
  }

  /** Makes the workspace hold the buffer's text; returns whether anything changed. */
  sync(doc: vscode.TextDocument): boolean {
    const found = this.locate(doc.uri);
    if (!found || found.playbook.versions.get(found.path) === doc.version) return false;
    const { playbook, path } = found;
    if (playbook.gone.has(path)) {
      if (!doc.isDirty) return false;
      playbook.gone.delete(path);
    }
    // VS Code shows a file it cannot decode with replacement characters: until the user edits it, the finding
    // about the file on disk (not text) stands, as the CLI reports it.
    const held = playbook.workspace.content(path);
    if (!doc.isDirty && !playbook.versions.has(path) && held?.type === 'skipped' && held.rule === 'file/encoding') return false;
    const text = doc.getText();
    const limit = sizeLimit(playbook.workspace.config, readSettings(doc.uri).maxFileSize);
    const size = text.length > limit.bytes / 3 ? new TextEncoder().encode(text).length : text.length;
    this.set(playbook, path, size > limit.bytes ? tooLargeContent(size, limit) : { type: 'text', text });
    playbook.versions.set(path, doc.version);
    return true;
  }

  /** Reads a file from disk into its playbook (a closed buffer, or a change outside the editor). */
  async reload(uri: vscode.Uri): Promise<void> {
    const found = this.locate(uri);
    if (!found) return;
    const { playbook, path } = found;
    const limit = sizeLimit(playbook.workspace.config, readSettings(uri).maxFileSize);
    let content: FileContent;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      // A link is reported whatever it points to (a folder too), as the loader reports it.
      if (stat.type & vscode.FileType.Directory && !(stat.type & vscode.FileType.SymbolicLink)) return;
      content = stat.type & vscode.FileType.SymbolicLink
        ? { type: 'skipped', rule: 'file/symlink', message: 'This is a symbolic link; mops does not follow links, so it is not checked.' }
        : stat.size > limit.bytes
          ? tooLargeContent(stat.size, limit)
          : await readFileContent(vscodeFileSystem(playbook.root), path, limit);
    } catch {
      this.forget(uri);
      return;
    }
    playbook.versions.delete(path);
    playbook.gone.delete(path);
    this.set(playbook, path, content);
  }

  /** Whether a file was deleted on disk since it was last read (its buffer may still be open). */
  isGone(uri: vscode.Uri): boolean {
    const found = this.locate(uri);
    return found !== undefined && found.playbook.gone.has(found.path);
  }

  /** Removes a file, or every file under a folder, from its playbook. */
  forget(uri: vscode.Uri): void {
    const changes: Changes = new Map();
    for (const playbook of this.list) {
      const prefix = playbook.relative(uri);
      if (prefix === undefined) continue;
      const affected = new Set<string>();
      for (const path of playbook.workspace.paths()) {
        if (path !== prefix && !path.startsWith(`${prefix}/`)) continue;
        for (const p of playbook.workspace.delete(path)) affected.add(p);
        playbook.versions.delete(path);
        playbook.gone.add(path);
        affected.add(path);
      }
      if (affected.size > 0) changes.set(playbook, affected);
    }
    if (changes.size > 0) this.changed.fire(changes);
  }

  private set(playbook: Playbook, path: string, content: FileContent): void {
    const affected = playbook.workspace.set(path, content);
    this.changed.fire(new Map([[playbook, new Set(affected)]]));
  }

  private locateAny(uri: vscode.Uri): boolean {
    return this.list.some((p) => p.relative(uri) !== undefined || p.root.toString() === uri.toString());
  }

  private open(root: vscode.Uri): Promise<Playbook | undefined> {
    const key = root.toString();
    const existing = this.list.find((p) => p.root.toString() === key);
    if (existing) return Promise.resolve(existing);
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.load(root).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  private async load(root: vscode.Uri): Promise<Playbook | undefined> {
    let report: ((done: number, total: number) => void) | undefined;
    const loaded = loadPlaybook(vscodeFileSystem(root), {
      maxFileBytes: readSettings(root).maxFileSize,
      onProgress: (done, total) => report?.(done, total),
    });
    // A notification only when indexing takes long enough to notice; the status bar shows it at once.
    const finished = loaded.then(
      () => undefined,
      () => undefined,
    );
    const name = root.path.slice(root.path.lastIndexOf('/') + 1);
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `mops: indexing ${name}` }, () => finished);
    const timer = setTimeout(() => {
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `mops: indexing the playbook ${name}` }, (progress) => {
        let shown = 0;
        report = (done, total) => {
          const percent = Math.floor((done / Math.max(total, 1)) * 100);
          if (percent > shown) progress.report({ increment: percent - shown, message: `${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files` });
          shown = percent;
        };
        return finished;
      });
    }, 500);
    try {
      const playbook = new Playbook(root, await loaded);
      this.list = [...this.list.filter((p) => p.root.toString() !== root.toString()), playbook];
      // Open buffers win over the disk: unsaved edits are what the user sees. A clean buffer of a file that
      // is gone (VS Code keeps a closed or deleted file's document for a while) does not bring it back.
      for (const doc of vscode.workspace.textDocuments) {
        const path = playbook.relative(doc.uri);
        if (path !== undefined && (doc.isDirty || playbook.workspace.has(path))) this.sync(doc);
      }
      this.changed.fire(new Map([[playbook, new Set(playbook.workspace.paths())]]));
      return playbook;
    } catch (error) {
      void vscode.window.showErrorMessage(`mops could not read the playbook at ${root.fsPath || root.toString()}: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }
}

export function isYaml(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'yaml' || /\.ya?ml$/i.test(doc.uri.path);
}

/** Current findings of a document's file, after syncing its buffer. */
export function findingsOf(playbooks: Playbooks, doc: vscode.TextDocument): { located: Located; findings: Finding[] } | undefined {
  playbooks.sync(doc);
  const located = playbooks.locate(doc.uri);
  return located && { located, findings: located.playbook.workspace.findings(located.path) };
}
