// Importing spreadsheets into a playbook: from a table of cells to the files to write, and what each row became.
// Reading the file (CSV, XLSX) is the caller's: the core takes the cells.

import type { Workspace } from '../engine/workspace';
import { locate } from '../model/locate';
import type { Finding } from '../model/types';
import { planBriefs } from './briefs';
import { planLinks } from './links';
import { planPeople } from './people-plan';
import type { PlanInput } from './plan-common';
import { planTools } from './tools';
import type { ImportKind, ImportPlan, RowOutcome } from './types';

export { IMPORT_KINDS, type Cell, type DateOrder, type ImportKind, type ImportPlan, type Note, type PlannedFile, type RowOutcome, type Table, type TableRow } from './types';
export { importContext, type ImportContext } from './context';
export { guessMapping, readMapping, writeMapping, type Mapping } from './mapping';
export { guessDefaults, guessValues } from './guess-values';
export { dateOrders, readRows, type DateOrders } from './rows';
export { FIELDS, NAMED_BY } from './fields';
export { tableOf } from './table';
export type { PlanInput } from './plan-common';
export { importReport, type ImportSummary } from './report';

/** The files to write and each row's outcome; a string when the playbook cannot take this kind of record. */
export function planImport(kind: ImportKind, input: PlanInput): ImportPlan | string {
  switch (kind) {
    case 'briefs':
      return planBriefs(input);
    case 'tools':
      return planTools(input);
    case 'links':
      return planLinks(input);
    case 'people': {
      const [team] = input.ctx.index.all('Team');
      if (!team) return 'The playbook has no Team document to add people to (mops init writes one in team.yaml).';
      return planPeople(input, team);
    }
  }
}

/** The findings of each imported row: a new file's, or those on the lines of the entry it appended. */
export function rowFindings(rows: RowOutcome[], workspace: Workspace): Map<number, Finding[]> {
  const byRow = new Map<number, Finding[]>();
  const byFile = new Map<string, Finding[]>();
  for (const row of rows) {
    if (!row.at || (row.status !== 'written' && row.status !== 'appended')) continue;
    const { path, docIndex, dataPath } = row.at;
    let findings = byFile.get(path);
    if (!findings) byFile.set(path, (findings = workspace.findings(path)));
    if (dataPath.length === 0) {
      byRow.set(row.line, findings);
      continue;
    }
    const doc = workspace.parsed(path)?.documents.find((d) => d.index === docIndex);
    const node = doc ? locate(doc.yaml, dataPath)?.node : undefined;
    if (!doc || !node?.range) continue;
    const [first, last] = [doc.lines.position(node.range[0]).line, doc.lines.position(Math.max(node.range[0], node.range[1] - 1)).line];
    byRow.set(
      row.line,
      findings.filter((f) => f.range.start.line >= first && f.range.start.line <= last),
    );
  }
  return byRow;
}
