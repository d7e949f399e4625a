// The requests mops's language server answers beyond LSP: names and shapes shared by the server and any
// client (the future VS Code client), with no import so that either side can take the file as it is.

/** `mops/status`: what the server holds. No params. */
export const STATUS_REQUEST = 'mops/status';

/** `mops/findings`: the findings of one file, or of every file of every playbook. */
export const FINDINGS_REQUEST = 'mops/findings';

export interface StatusRoot {
  /** The playbook root's URI. */
  uri: string;
  /** Whether it has a `mops.config.yaml`. */
  configured: boolean;
  files: number;
  findings: { error: number; warning: number; info: number };
}

export interface StatusResult {
  /** The server's version (the CLI's package version). */
  version: string;
  /** False while playbooks are still being read: counts are of what is loaded so far. */
  ready: boolean;
  roots: StatusRoot[];
  /** Documents the client has open. */
  openDocuments: number;
}

export interface FindingsParams {
  /** A file's URI; absent: every file of every playbook. */
  uri?: string;
}

/** A core finding, placed by URI (0-based lines, UTF-16 columns, as LSP). */
export interface FindingItem {
  uri: string;
  rule: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** Whether the finding has an automatic fix. */
  fixable: boolean;
}

export interface FindingsResult {
  findings: FindingItem[];
}

/** What a client may pass as `initializationOptions`. */
export interface InitializationOptions {
  /** Quiet time after a keystroke before the file is checked again (ms; default 200, 0 to 10,000). */
  debounceMs?: number;
  /** Files larger than this (bytes) get `file/too-large` (default 1 MB; the playbook's own limit applies when lower). */
  maxFileSize?: number;
}
