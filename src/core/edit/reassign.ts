// Moving work from one person to another: the owner, requester and pending-approver fields that name them,
// rewritten as minimal edits (comments, quoting, key order and line breaks stay). History and decided
// approvals are records of what happened and are never touched.

import { isAlias, isScalar } from 'yaml';
import { applyEdits } from '../engine/fix';
import type { Workspace } from '../engine/workspace';
import { locate, type DataPath } from '../model/locate';
import type { ParsedDocument } from '../model/parse';
import { records, str } from '../model/readers';
import type { TextEdit } from '../model/types';
import { replaceScalar } from '../model/write-scalar';

/** The kinds whose documents name people who carry work: the values `--kinds` takes. */
export const REASSIGN_KINDS = ['Brief', 'Tool', 'Sop', 'Budget'] as const;
export type ReassignKind = (typeof REASSIGN_KINDS)[number];

export interface ReassignChange {
  kind: ReassignKind;
  /** The document's id (a Budget allocation: the budget's id). */
  id: string;
  /** `owner`, `requester`, `allocations[2].owner`, `approvals[1].approver`. */
  field: string;
  /** 0-based line of the value. */
  line: number;
}

export interface FileReassign {
  path: string;
  before: string;
  after: string;
  changes: ReassignChange[];
  /** Values that name the person but cannot be rewritten alone (an alias, an anchored value), with why. */
  skipped: Array<ReassignChange & { reason: string }>;
}

/** The fields of a document that carry work now or later, as data paths; decided approvals and history are left out. */
function workFields(doc: ParsedDocument): DataPath[] {
  const data = (doc.value ?? {}) as Record<string, unknown>;
  if (doc.kind === 'Budget') return records(data.allocations).map(([, i]) => ['allocations', i, 'owner']);
  const paths: DataPath[] = [['owner']];
  if (doc.kind !== 'Brief') return paths;
  paths.push(['requester']);
  // A pending approval is a decision still to be made: it is future work. Approved or rejected ones are records.
  for (const [approval, i] of records(data.approvals)) if (str(approval.status) === 'pending') paths.push(['approvals', i, 'approver']);
  return paths;
}

const fieldName = (path: DataPath) => path.reduce<string>((name, s) => (typeof s === 'number' ? `${name}[${s}]` : name ? `${name}.${s}` : s), '');

function valueAt(value: unknown, path: DataPath): unknown {
  let here = value;
  for (const segment of path) here = here && typeof here === 'object' ? (here as Record<string | number, unknown>)[segment] : undefined;
  return here;
}

/** The edits that write `to` over every work field of `doc` that names `from`, and the values that had to be left. */
function documentEdits(doc: ParsedDocument, from: string, to: string): { edits: TextEdit[]; changes: ReassignChange[]; skipped: FileReassign['skipped'] } {
  const out = { edits: [] as TextEdit[], changes: [] as ReassignChange[], skipped: [] as FileReassign['skipped'] };
  const kind = doc.kind as ReassignKind;
  for (const path of workFields(doc)) {
    if (str(valueAt(doc.value, path)) !== from) continue;
    const node = locate(doc.yaml, path)?.node;
    const line = node?.range ? doc.lines.position(node.range[0]).line : 0;
    const change: ReassignChange = { kind, id: doc.id ?? '', field: fieldName(path), line };
    // Through an alias or an anchor, the new name would change another value too (an approved decision, say).
    const reason = isAlias(node) ? 'it is an alias (*name): write the value out first' : isScalar(node) && node.anchor ? `it carries the anchor &${node.anchor}, which other values may share` : undefined;
    const edit = reason ? undefined : replaceScalar(doc.yaml, doc.lines, node, to);
    if (!edit) {
      out.skipped.push({ ...change, reason: reason ?? 'it is not written as a plain value' });
      continue;
    }
    out.edits.push(edit);
    out.changes.push(change);
  }
  return out;
}

/**
 * What reassigning `from`'s work to `to` does to each of `files` (documents of `kinds` only): the new text
 * and the fields changed, per file that changes or names `from` in a value it cannot change. Pure: writes nothing.
 */
export function reassignPlan(workspace: Workspace, files: readonly string[], from: string, to: string, kinds: readonly ReassignKind[] = REASSIGN_KINDS): FileReassign[] {
  const plan: FileReassign[] = [];
  for (const path of files) {
    const parsed = workspace.parsed(path);
    if (!parsed) continue;
    const edits: TextEdit[] = [];
    const file: FileReassign = { path, before: parsed.text, after: parsed.text, changes: [], skipped: [] };
    for (const doc of parsed.documents) {
      if (!doc.clean || !kinds.includes(doc.kind as ReassignKind)) continue;
      const found = documentEdits(doc, from, to);
      edits.push(...found.edits);
      file.changes.push(...found.changes);
      file.skipped.push(...found.skipped);
    }
    if (edits.length > 0) file.after = applyEdits(parsed.text, edits);
    if (file.changes.length + file.skipped.length > 0) plan.push(file);
  }
  return plan;
}
