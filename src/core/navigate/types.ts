// What the navigation features hand out (locations, symbols, lenses, hints), shared by every navigate module.

import type { Position, Range, TextEdit } from '../model/types';

/** A place in a file of the workspace (its path relative to the playbook root, '/'-separated). */
export interface NavLocation {
  path: string;
  range: Range;
}

/** A rename as edits per file (against the files as they are now) and the files to rename after them. */
export interface RenamePlan {
  edits: Array<{ path: string; edits: TextEdit[] }>;
  renames: Array<{ from: string; to: string }>;
}

export type NavSymbolKind =
  | 'brief'
  | 'tool'
  | 'person'
  | 'team'
  | 'workflow'
  | 'stage'
  | 'sop'
  | 'budget'
  | 'policy'
  | 'naming'
  | 'utm'
  | 'config'
  | 'section'
  | 'field'
  | 'approval'
  | 'link'
  | 'milestone'
  | 'step';

/** One entry of a file's outline: `range` is all of it, `selectionRange` its name (an id's value, a key). */
export interface NavSymbol {
  name: string;
  detail?: string;
  kind: NavSymbolKind;
  range: Range;
  selectionRange: Range;
  children: NavSymbol[];
}

export interface NavWorkspaceSymbol {
  name: string;
  detail?: string;
  kind: NavSymbolKind;
  location: NavLocation;
}

/** A line of text above a document: its stage, its time in it, its problems. */
export interface NavLens {
  range: Range;
  title: string;
}

/** Text shown after a value (a person's name after their id). */
export interface NavInlayHint {
  position: Position;
  label: string;
  tooltip?: string;
}
