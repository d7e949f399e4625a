// The requests behind the VS Code extension's commands (New brief, Build a tracked link, Advance stage, Reassign,
// Fix, the reports, the SOP library): the client asks the questions and applies the edits; the server holds the
// playbooks and computes the choices, the texts and the edits. No import, like protocol.ts, so either side can
// take the file as it is. Positions are LSP's (0-based lines, UTF-16 columns).

export interface CommandPosition {
  line: number;
  character: number;
}

export interface CommandRange {
  start: CommandPosition;
  end: CommandPosition;
}

export interface CommandTextEdit {
  range: CommandRange;
  newText: string;
}

/**
 * The edits of one file, computed on the text the server holds: an open buffer's (its `version`, which the client
 * checks before applying: a buffer typed in since is left alone) or the disk's (`version` null).
 */
export interface FileEdits {
  uri: string;
  version: number | null;
  edits: CommandTextEdit[];
}

/** A playbook the server holds: its root URI and its name (the root folder's). */
export interface PlaybookRef {
  uri: string;
  name: string;
}

/** A Team member, for a pick. */
export interface PersonChoice {
  id: string;
  name?: string;
  roles: string[];
}

/** `mops/playbooks`: the playbooks, and where a file is among them. */
export const PLAYBOOKS_REQUEST = 'mops/playbooks';

export interface PlaybooksParams {
  /** A file to place (the active editor's). */
  uri?: string;
}

export interface PlaybooksResult {
  playbooks: PlaybookRef[];
  /** The playbook that owns `uri`, its path there, and the id of the file's first brief, if it holds one. */
  located?: { root: string; path: string; brief?: string };
}

/** `mops/team`: a playbook's Team members. */
export const TEAM_REQUEST = 'mops/team';

export interface RootParams {
  /** A playbook's root URI. */
  root: string;
}

export interface TeamResult {
  people: PersonChoice[];
}

/** `mops/position`: where the value at a data path of a document is, in the text the server holds now. */
export const POSITION_REQUEST = 'mops/position';

export interface PositionParams {
  uri: string;
  /** The document's index in its file. */
  index: number;
  path: Array<string | number>;
}

/** The value's start, else its document's start; null for a file or document the server does not hold. */
export type PositionResult = CommandPosition | null;

/** `mops/sops`: every SOP of every playbook, each once (a nested playbook's are its own). */
export const SOPS_REQUEST = 'mops/sops';

export interface SopItem {
  root: string;
  uri: string;
  path: string;
  index: number;
  id?: string;
  title: string;
  area?: string;
  owner?: string;
  /** Where the SOP's document starts. */
  position: CommandPosition;
  /** Its steps' instructions on one line each: as written, and as a YAML scalar. */
  steps: Array<{ text: string; yaml: string }>;
}

export interface SopsResult {
  sops: SopItem[];
}

/** `mops/reports`: the reports a playbook can generate, for a pick. */
export const REPORTS_REQUEST = 'mops/reports';

export interface ReportsResult {
  reports: Array<{ name: string; title: string; description: string }>;
  formats: string[];
}

/** `mops/report`: one report, rendered (the check report: every finding, as Markdown). */
export const REPORT_REQUEST = 'mops/report';

export interface ReportParams extends RootParams {
  /** A report's name, or `check`. */
  report: string;
  /** html, md, csv or json (the check report is always md). */
  format?: string;
}

export interface ReportResult {
  title: string;
  /** The file name it is written to (reports other than HTML). */
  fileName: string;
  content: string;
  /** The config's `reports.out_dir`, relative to the root. */
  outDir: string;
}

/** `mops/fixFile`: "fix all" of one file (the core's selection, as `mops fix` makes it). */
export const FIX_FILE_REQUEST = 'mops/fixFile';

export interface UriParams {
  uri: string;
}

/** Null for a file outside every playbook. */
export type FixFileResult = { edit: FileEdits; fixed: number } | null;

/** `mops/fixPlaybook`: "fix all" of every file of a playbook, passes repeated until nothing changes. */
export const FIX_PLAYBOOK_REQUEST = 'mops/fixPlaybook';

export interface FixPlaybookResult {
  files: FileEdits[];
  fixed: number;
}

/** `mops/reassign`: moves owned work, requests and pending approvals from one Team member to another. */
export const REASSIGN_REQUEST = 'mops/reassign';

export interface ReassignParams extends RootParams {
  from: string;
  to: string;
}

export interface ReassignResult {
  files: FileEdits[];
  /** Fields moved. */
  moved: number;
  /** Values that could not be rewritten: `path:line (reason)`. */
  skipped: string[];
}
