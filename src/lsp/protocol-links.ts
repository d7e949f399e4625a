// The requests behind "mops: Build a tracked (UTM) link": what the questions offer (`mops/utm`), then the link,
// its verdict against its brief and the edit that adds it (`mops/link`). No import, like protocol-commands.ts,
// so either side can take the file as it is; `FileEdits` is written out here as it is there.

export interface LinkPosition {
  line: number;
  character: number;
}

/** One file's edits and the version of the buffer they were computed on (null: the disk's text), as in protocol-commands.ts. */
export interface LinkFileEdits {
  uri: string;
  version: number | null;
  edits: Array<{ range: { start: LinkPosition; end: LinkPosition }; newText: string }>;
}

/** A part of a naming template (the core's `NamingPart`): literal text, or a token the user picks or types. */
export type LinkNamingPart =
  | { kind: 'literal'; text: string }
  | { kind: 'values'; token: string; values: string[] }
  | { kind: 'date'; token: string }
  | { kind: 'run'; token: string; format: 'year' | 'number' | 'slug'; minLength: number; maxLength: number };

/** `mops/utm`: what the link's questions offer, from a playbook's UTM standard and naming convention. */
export const UTM_REQUEST = 'mops/utm';

export interface UtmParams {
  /** A playbook's root URI. Without it: the playbook of `uri` when that file holds a brief, else the first. */
  root?: string;
  /** The active editor's file. */
  uri?: string;
}

export interface UtmResult {
  /** The playbook answered for; absent when there is none. */
  root?: string;
  /** The id of the brief in `uri`'s file, when it holds one (the campaign, then asked no more). */
  brief?: string;
  /** The values the standard allows per parameter (`utm_source`, `utm_medium`…), where it lists them. */
  params: Record<string, string[]>;
  /** The mediums allowed with each source, when the standard pairs them. */
  sourceMedium?: Record<string, string[]>;
  /** The allowed landing domains (none: any). */
  domains: string[];
  /** The playbook's briefs with an id, for the campaign pick. */
  briefs: Array<{ id: string; title?: string }>;
  /** The naming convention's `asset` template, when it has one: utm_content is asked part by part. */
  asset?: LinkNamingPart[];
}

/** `mops/link`: the tracked link, its verdict against the campaign's brief, and the edit that adds it there. */
export const LINK_REQUEST = 'mops/link';

export interface LinkParams {
  root: string;
  landing: string;
  source: string;
  medium: string;
  campaign: string;
  /** Empty: no utm_content (the entry is then named after the source). */
  content: string;
  /** The active editor's file: its brief is the link's when its id is the campaign. */
  uri?: string;
}

/** A finding the link would bring, as the Problems panel shows it. */
export interface LinkFinding {
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  /** 0-based, in the brief's text with the entry added. */
  line: number;
}

export interface LinkResult {
  /** The link; absent when the landing page is not a web address (`error` says why) or the playbook is unknown. */
  link?: string;
  error?: string;
  /** Why `content` does not follow the `asset` naming convention, when there is one and it does not. */
  naming?: string;
  /** The campaign's brief: the open one when its id is the campaign, else the playbook's brief with that id. */
  brief?: { uri: string; id: string };
  /** The findings that adding the entry to the brief would bring (infos left out); none when it cannot be added. */
  findings: LinkFinding[];
  /** The edits adding `{name, url}` to the brief's `links`, computed on the text the server holds now; absent when it brings findings. */
  edits?: LinkFileEdits;
  /** Why the entry cannot be added to the brief (no brief, or its `links` cannot take it). */
  unchanged?: string;
}
