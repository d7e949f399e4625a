// One playbook the server holds: its root URI, the file system it is read through and its core Workspace; the
// shapes the server's playbooks, documents and features pass between them.

import { readFileContent, selectsPath, sizeLimit, tooLargeContent, type DirEntry, type FileContent, type PlaybookFileSystem, type Workspace } from '../core';
import { childUri, parseUri, relativePath, type ParsedUri } from './uris';

/** One playbook: its root, the file system it is read through, and its workspace. */
export class Playbook {
  /** Path → version of the open buffer whose text the workspace holds (absent: the text on disk). */
  readonly versions = new Map<string, number>();
  /**
   * Path → version of the open buffer of a file deleted on disk: that clean buffer must not bring the file
   * back when a request syncs it. An edit (a new version), or the file on disk again, lifts it.
   */
  readonly gone = new Map<string, number>();
  /** Path → version of the buffer opened over a file that is not UTF-8: its finding stands until the buffer is edited. */
  readonly undecoded = new Map<string, number>();
  readonly root: ParsedUri;

  constructor(
    readonly uri: string,
    readonly fs: PlaybookFileSystem,
    readonly workspace: Workspace,
    readonly configured: boolean,
  ) {
    this.root = parseUri(uri) as ParsedUri;
  }

  /** Its root folder's name (the root URI for a root with none). */
  get name(): string {
    return this.root.path.slice(this.root.path.lastIndexOf('/') + 1) || this.uri;
  }

  uriOf(path: string): string {
    return childUri(this.root, path);
  }

  /** The path of `uri` inside this playbook, or undefined when it is outside. */
  relative(uri: string): string | undefined {
    return relativePath(this.root, uri);
  }

  /** Whether the config's include and exclude globs select this path. */
  includes(path: string): boolean {
    return selectsPath(this.workspace.config, path);
  }

  /** A buffer's text as the workspace takes it: over the size limit, the finding instead. */
  bufferContent(text: string, maxFileSize: number): FileContent {
    const limit = sizeLimit(this.workspace.config, maxFileSize);
    const size = text.length > limit.bytes / 3 ? new TextEncoder().encode(text).length : text.length;
    return size > limit.bytes ? tooLargeContent(size, limit) : { type: 'text', text };
  }

  /**
   * A file listed on disk, read: its content, or `gone` when it was moved or deleted between the listing and the
   * read (a checkout, a rename under way), which is no unreadable file.
   */
  async readEntry(path: string, entry: DirEntry, maxFileSize: number): Promise<FileContent | 'gone'> {
    if (entry.type === 'symlink') return { type: 'skipped', rule: 'file/symlink', message: 'This is a symbolic link; mops does not follow links, so it is not checked.' };
    const content = await readFileContent(this.fs, path, sizeLimit(this.workspace.config, maxFileSize), entry);
    const gone = content.type === 'skipped' && content.rule === 'file/encoding' && !(await this.fs.exists(path).catch(() => true));
    return gone ? 'gone' : content;
  }

  /**
   * A buffer of one of its files just opened: whether the file is on disk (a buffer a client keeps of a
   * deleted file, sent again to a restarted server, does not bring the file in), and, for a file that is not
   * UTF-8 (a client shows it with replacement characters), the disk's finding to hold until it is edited.
   */
  async opening(path: string, buffer: OpenBuffer, maxFileSize: number): Promise<{ onDisk: boolean; content?: FileContent }> {
    if (this.versions.has(path)) return { onDisk: true };
    if (!this.workspace.has(path) && !(await this.fs.exists(path).catch(() => false))) return { onDisk: false };
    if (!buffer.getText().includes('\uFFFD')) return { onDisk: true };
    const content = await readFileContent(this.fs, path, sizeLimit(this.workspace.config, maxFileSize)).catch(() => undefined);
    if (content?.type !== 'skipped' || content.rule !== 'file/encoding' || this.versions.has(path)) return { onDisk: true };
    this.undecoded.set(path, buffer.version);
    return { onDisk: true, content };
  }

  /**
   * Takes the open buffers of its files, just loaded from disk: unsaved edits are what the user sees. A buffer
   * of a file no longer on disk does not bring it back (clients keep closed documents open for a while); an
   * edit does. A buffer of a file that is not UTF-8 leaves that finding standing until it is edited.
   */
  takeBuffers(buffers: readonly OpenBuffer[], maxFileSize: number): void {
    for (const buffer of buffers) {
      const path = this.relative(buffer.uri);
      if (path === undefined) continue;
      if (!this.workspace.has(path)) {
        this.gone.set(path, buffer.version);
        continue;
      }
      const held = this.workspace.content(path);
      if (held?.type === 'skipped' && held.rule === 'file/encoding' && buffer.getText().includes('\uFFFD')) {
        this.undecoded.set(path, buffer.version);
        continue;
      }
      this.versions.set(path, buffer.version);
      this.workspace.set(path, this.bufferContent(buffer.getText(), maxFileSize));
    }
  }
}

export interface Located {
  playbook: Playbook;
  path: string;
}

/** Files whose findings may have changed, per playbook. */
export type Changes = Map<Playbook, Set<string>>;

/** An open buffer, as the documents manager holds it. */
export interface OpenBuffer {
  uri: string;
  version: number;
  getText(): string;
}

