// The vocabulary every layer speaks: positions, ranges, findings and fixes (0-based, UTF-16 columns).

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units, as VS Code and LSP count them. */
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A replacement of a range of one file's text. */
export interface TextEdit {
  range: Range;
  newText: string;
}

/** A fix the user can apply: edits to the finding's own file. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * One of several readings the user must choose between (`02/05/2027`: 2 May or 5 February): offered as a
   * quick fix, never applied by "fix all" or `mops fix` on its own.
   */
  choice?: boolean;
}

/** Another place involved in a finding, usually in another file. */
export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** Path relative to the playbook root, forward slashes. */
  file: string;
  range: Range;
  related: RelatedLocation[];
  fixes: Fix[];
}
