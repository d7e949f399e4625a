// One playbook the server holds: its root URI, the file system it is read through and its core Workspace; the
// shapes the server's playbooks, documents and features pass between them.

import { selectsPath, type PlaybookFileSystem, type Workspace } from '../core';
import { childUri, parseUri, relativePath, type ParsedUri } from './uris';

/** One playbook: its root, the file system it is read through, and its workspace. */
export class Playbook {
  /** Path → version of the open buffer whose text the workspace holds (absent: the text on disk). */
  readonly versions = new Map<string, number>();
  readonly root: ParsedUri;

  constructor(
    readonly uri: string,
    readonly fs: PlaybookFileSystem,
    readonly workspace: Workspace,
    readonly configured: boolean,
  ) {
    this.root = parseUri(uri) as ParsedUri;
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

