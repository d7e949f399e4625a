// The requests mops's language server answers beyond LSP: names and shapes shared by the server and any
// client (the future VS Code client), with no import so that either side can take the file as it is.

/** `mops/status`: what the server holds (StatusParams, optional). */
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
  /** The playbook's own files (root-relative paths), when asked for with `{ paths: true }`. */
  paths?: string[];
}

/** `mops/status` params (optional). */
export interface StatusParams {
  /** List each root's files too. */
  paths?: boolean;
}

export interface StatusResult {
  /** The server's version (the CLI's package version). */
  version: string;
  /** False while playbooks are still being read: counts are of what is loaded so far. */
  ready: boolean;
  roots: StatusRoot[];
  /** Documents the client has open. */
  openDocuments: number;
  /** The server process's memory, when its host can tell (the Node server; after a full collection when run with --expose-gc). */
  memory?: { heapUsedMB: number; rssMB: number };
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

/**
 * `mops/idle` (client → server): answered once the playbooks are loaded, every pending edit and file event is
 * applied and every diagnostic is published. With a `marker`, the server last publishes an empty diagnostic
 * list for that URI, so a client knows every diagnostic before it has been handled (its own queue is ordered).
 */
export const IDLE_REQUEST = 'mops/idle';

export interface IdleParams {
  /** A URI no file has (e.g. `mops-idle:/7`), published last with no diagnostics. */
  marker?: string;
}

/**
 * `mops/fs` (server → client): the server reads a playbook through the client, for a scheme it cannot read
 * itself (a browser worker reads nothing; a virtual workspace). Sent only to a client that declares
 * `clientFileSystem: true` in its initializationOptions.
 */
export const FS_REQUEST = 'mops/fs';

export type FsParams = { op: 'readDirectory' | 'readFile' | 'exists'; uri: string };

/** An entry of a folder, as the core's DirEntry (the size of a YAML file when the client knows it). */
export interface FsEntry {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
  size?: number;
}

/** readDirectory: FsEntry[]; readFile: the bytes in base64; exists: whether a file (not a folder or a link) is there. */
export type FsResult = FsEntry[] | { base64: string } | boolean;

/** What a client may also pass as `initializationOptions` (beyond the settings above). */
export interface ClientOptions {
  /** The client answers `mops/fs` for URIs the server cannot read itself. */
  clientFileSystem?: boolean;
  /** Check a buffer while it is typed in (after debounceMs); false: on save and on requests only. */
  validateOnType?: boolean;
  /** Push diagnostics (`textDocument/publishDiagnostics`) even to a client that could pull them. */
  pushDiagnostics?: boolean;
}

/** `mops/tree`: one tree view's nodes (the VS Code extension's Pipeline, Martech Register, SOP Library, Calendar, My Queue). */
export const TREE_REQUEST = 'mops/tree';

/**
 * `mops/treeChanged`, server → client: the views whose trees a change may have altered; ask `mops/tree` again.
 * Sent 100 ms after a batch of changes, only for views the client has asked for.
 */
export const TREE_CHANGED_NOTIFICATION = 'mops/treeChanged';

export type TreeView = 'pipeline' | 'martech' | 'sops' | 'calendar' | 'queue';

/** Whose queue My Queue shows. */
export interface TreeWho {
  /** A Team member's id (the mops.queue.person setting); empty or absent to go by `email`. */
  person?: string;
  /** git's user.email for the playbook, or why the client has none (the server runs no git). */
  email?: { email: string } | { why: string };
}

export interface TreeOptions extends TreeWho {
  /** The Calendar's periods (default `month`). */
  by?: 'month' | 'week';
  /** My Queue, per playbook root URI: overrides `person` and `email` for that playbook. */
  roots?: Record<string, TreeWho>;
}

export interface TreeParams {
  view: TreeView;
  options?: TreeOptions;
  /**
   * Leave out the nodes of each collapsed group of more than 100 (Pipeline stages, Calendar periods, Martech
   * categories and SOP areas that long start collapsed): such a node comes with `collapsed` and no `children`; ask
   * for them with `parent` when it is opened.
   */
  lazy?: boolean;
  /**
   * Only the children of the node with this id, from the tree last answered for this view and options (a new one
   * if a change touched the view since: `mops/treeChanged` said so); none for an id it does not hold.
   */
  parent?: string;
  /**
   * Only what changed since the tree last answered for this view and options (not with `parent`): when the tree
   * kept its shape (the same node ids in the same places), the nodes whose own fields changed, without their
   * children, and `changed: true`; otherwise the whole tree, as without it.
   */
  changes?: boolean;
}

/** A JSON value (a command's argument). */
export type TreeJson = string | number | boolean | null | TreeJson[] | { [key: string]: TreeJson };

/** One node of a tree: what the client shows and what a click does. The core's `ViewNode`. */
export interface TreeNode {
  /** Unique in the view and stable across redraws. */
  id: string;
  label: string;
  description?: string;
  /** Markdown; text from the playbook in it is escaped. */
  tooltip?: string;
  /** A codicon id. */
  icon?: string;
  /** A theme colour id for the icon. */
  color?: string;
  /** What the node is (`mops.brief`, `mops.sop`, `mops.playbook`, …), for menus. */
  contextValue?: string;
  /** Absent or `none`: a leaf. */
  collapsed?: 'expanded' | 'collapsed' | 'none';
  /** A click opens document `index` of the file at `uri` with the cursor on the value at the data path `path`. */
  open?: { uri: string; index: number; path: Array<string | number>; title: string };
  command?: { id: string; title: string; arguments: TreeJson[] };
  /** Absent from a node that has some when asked with `lazy`: ask with `parent`. */
  children?: TreeNode[];
}

export interface TreeResult {
  /** The top nodes: one playbook's, or one group per playbook (`contextValue: 'mops.playbook'`) when there are several. */
  nodes: TreeNode[];
  /** Asked with `changes`, and the tree kept its shape: `nodes` are only the nodes that changed (none: nothing did). */
  changed?: true;
}

export interface TreeChangedParams {
  views: TreeView[];
}
