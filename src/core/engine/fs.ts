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
  /** The file's bytes, or its size when that is over `maxBytes` (then it is not read): for listings without sizes. */
  readFileUpTo?(path: string, maxBytes: number): Promise<Uint8Array | { size: number }>;
  /** Whether a file exists (used for the config file). */
  exists(path: string): Promise<boolean>;
}
