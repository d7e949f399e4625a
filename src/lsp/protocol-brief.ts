// The requests behind "mops: New campaign brief" and "mops: Create a playbook": the client asks the questions and
// writes the files; the server reads the playbook (its workflows, naming convention, Team and Budget) and writes
// the texts. No import, like protocol.ts, so either side can take the file as it is. Offsets into a text are
// JavaScript string offsets (UTF-16 code units).

/**
 * One part of a naming convention's template (the core's NamingPart, written out): literal text, a token with
 * a list of values, a date (YYYYMMDD), or a run of digits or slug characters.
 */
export type BriefNamingPart =
  | { kind: 'literal'; text: string }
  | { kind: 'values'; token: string; values: string[] }
  | { kind: 'date'; token: string }
  | { kind: 'run'; token: string; format: 'year' | 'number' | 'slug'; minLength: number; maxLength: number };

/** A workflow a brief can follow, and its tiers (in the workflow's order). */
export interface BriefWorkflow {
  id: string;
  /** Its title; empty when it has none. */
  title: string;
  tiers: Array<{ tier: number; minLeadDays?: number; maxChannels?: number }>;
}

/** `mops/newBrief`: what the New brief wizard asks from, for one playbook. */
export const NEW_BRIEF_REQUEST = 'mops/newBrief';

export interface NewBriefParams {
  /** A playbook's root URI. */
  root: string;
}

/** Null for a root that is not a playbook the server holds. */
export type NewBriefResult = {
  /** The Workflow documents that have an id, in playbook order. */
  workflows: BriefWorkflow[];
  /** The parts of the naming convention's `campaign` template; null when the playbook has none. */
  naming: BriefNamingPart[] | null;
  /** The playbook's today's year (`2026`), the default of a `year` token. */
  year: string;
  /** Where the playbook keeps its briefs, relative to the root: the folder that holds the most, else `campaigns`. */
  folder: string;
} | null;

/** `mops/briefTemplate`: a new brief's text, and what the wizard checks and asks before writing it. */
export const BRIEF_TEMPLATE_REQUEST = 'mops/briefTemplate';

export interface BriefTemplateParams {
  root: string;
  /** The brief's id: a file name too, so no path separator and no leading dot. */
  id: string;
  workflow: string;
  tier: number;
  /** Absent or empty: the template's placeholder title (a tab stop). */
  title?: string;
  /** A Team member's id (owner and requester); absent: the Team's first. */
  owner?: string;
  /** A budget program; absent: the first with an allocation today. */
  program?: string;
}

/** Null for a playbook the server does not hold or params of the wrong shape. */
export type BriefTemplateResult = {
  /** Why the id does not follow the `campaign` naming convention (the convention's message); absent when it does or there is none. */
  convention?: string;
  /** The brief's file, relative to the root (in the brief folder), and whether the playbook has a file there already. */
  path: string;
  exists: boolean;
  /** The Team members the owner may be chosen from, in playbook order. */
  people: Array<{ id: string; name?: string; roles: string[] }>;
  /** The programs with an allocation today, each with its first amount (`36,000 USD allocated in fy2026`). */
  programs: Array<{ id: string; description?: string }>;
  text: string;
  /** The words a person must write (title, objective, segment, planned, metric, target; not the title when one is given), in text order. */
  placeholders: Array<{ start: number; end: number; role: string }>;
} | null;

/** `mops/scaffold`: the files of a new playbook (those of `mops init`), dated the server's today. */
export const SCAFFOLD_REQUEST = 'mops/scaffold';

export interface ScaffoldParams {
  /** The team or company it belongs to (`Acme Outdoor`); absent or empty: none. */
  name?: string;
  /** The text of the .gitignore already in the folder, if there is one. */
  gitignore?: string;
}

export interface ScaffoldResult {
  /** Relative to the new playbook's root, forward slashes; empty for params of the wrong shape. */
  files: Array<{ path: string; text: string }>;
  /** The given .gitignore with the scaffold's lines it lacks appended; null when none was given or it lacks none. */
  gitignore: string | null;
}
