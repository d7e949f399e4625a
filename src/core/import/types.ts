// What an import works on: a spreadsheet as rows of cells, and what became of each row.

/** One cell as the readers give it: CSV gives text; a workbook gives numbers, booleans and dates too. */
export type Cell = string | number | boolean | Date | null | undefined;

export interface TableRow {
  /** The row's number as the spreadsheet app shows it (the header is row 1 when it is the first line). */
  line: number;
  cells: Cell[];
}

export interface Table {
  /** Where the table came from, for messages and the comment of every file written (`tracker.csv`). */
  source: string;
  headers: string[];
  rows: TableRow[];
  /** Rows with nothing in any cell (after the header): not records, but counted so that nothing goes unsaid. */
  blank: number;
}

export const IMPORT_KINDS = ['briefs', 'links', 'tools', 'people'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One normalisation applied to a cell: what the spreadsheet said and what the playbook holds. */
export interface Note {
  column: string;
  from: string;
  to: string;
  /** Why, when it is not plain (`day first: the column has 28/02/2027`). */
  why?: string;
}

export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** The row as imported, before its file is written: its values by field, notes, and problems. */
export interface RowValues {
  line: number;
  values: Map<string, unknown>;
  notes: Note[];
  /** A cell that could not be read: the row is still imported without that value, and the cell is named. */
  problems: string[];
  /** Columns whose cells had spaces around them. */
  trimmed: string[];
}

/** A row's fate: what it became in the playbook, or why it could not be imported. */
export interface RowOutcome {
  line: number;
  status: 'written' | 'appended' | 'unchanged' | 'not-imported';
  /** The file written or changed (playbook-relative), or the one already holding the record. */
  file?: string;
  /** The record's id in the playbook. */
  id?: string;
  notes: Note[];
  /** Why it was not imported, or why it is unchanged; or what else happened (a draft brief made). */
  reason?: string;
  /** The data path of the record in its file (for a list entry or a document of several), to place findings. */
  at?: { path: string; docIndex: number; dataPath: Array<string | number> };
}

/** A file the import writes: a new one, or an existing one with entries appended. */
export interface PlannedFile {
  path: string;
  text: string;
  /** The text it had (undefined for a new file): written only if the file still holds it. */
  before?: string;
}

export interface ImportPlan {
  rows: RowOutcome[];
  files: PlannedFile[];
}
