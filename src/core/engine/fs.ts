// The small file-system interface through which the core reads a playbook (Node, VS Code or the web).

export type EntryType = 'file' | 'directory' | 'symlink' | 'other';

export interface DirEntry {
  name: string;
  type: EntryType;
  /** Size in bytes, when the file system knows it without reading (lets huge files go unread). */
  size?: number;
}

/** Paths are relative to the playbook root, with forward slashes; '' is the root. */
export interface PlaybookFileSystem {
  readDirectory(path: string): Promise<DirEntry[]>;
  readFile(path: string): Promise<Uint8Array>;
  /** Whether a file exists (used for the config file). */
  exists(path: string): Promise<boolean>;
}
