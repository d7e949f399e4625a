// `mops import briefs`: one new Brief file per tracker row, its id from the naming convention.

import { namingOf } from '../domain/naming';
import type { ImportContext } from './context';
import { buildName, yearQuarter } from './ids';
import { emptyRow, folderOf, joinPath, newFile, notImported, playbookCurrency, rowNotes, type PlanInput } from './plan-common';
import type { ImportPlan, Note, PlannedFile, RowOutcome, RowValues } from './types';
import { documentText, type YamlValue } from './yaml-text';

const s = (v: unknown) => (typeof v === 'string' ? v : undefined);
const n = (v: unknown) => (typeof v === 'number' ? v : undefined);

/** Nested records with their empty parts left out. */
function compact(map: Record<string, YamlValue | undefined>): Record<string, YamlValue | undefined> | undefined {
  return Object.values(map).some((v) => v !== undefined) ? map : undefined;
}

/** The brief's id: the ID column's, or built from the convention's campaign template. */
export function briefId(ctx: ImportContext, values: Map<string, unknown>, notes: Note[]): { id?: string; reason?: string } {
  const given = s(values.get('id'));
  if (given) return { id: given };
  const channels = (values.get('channels') as string[] | undefined) ?? [];
  const multi = ctx.dictionary('channel').values.includes('multi') ? 'multi' : undefined;
  const when = s(values.get('timeline.launch')) ?? s(values.get('timeline.brief_approved')) ?? s(values.get('timeline.end'));
  const built = buildName(
    namingOf(ctx.index)?.targets.get('campaign'),
    { ...yearQuarter(when), region: s(values.get('region')), channel: channels.length === 1 ? channels[0] : channels.length > 1 ? multi : undefined, slug: s(values.get('title')) },
    'brief',
  );
  if (!built.ok) return { reason: `no id: ${built.reason}` };
  notes.push({ column: 'id', from: '', to: built.id, why: 'made from the naming convention' });
  return { id: built.id };
}

function briefRecord(ctx: ImportContext, id: string, v: Map<string, unknown>, notes: Note[]): Record<string, YamlValue | undefined> {
  const planned = n(v.get('budget.planned'));
  let currency = s(v.get('budget.currency'));
  if (planned !== undefined && currency === undefined) {
    currency = playbookCurrency(ctx);
    if (currency) notes.push({ column: 'budget.currency', from: '', to: currency, why: "the Budget's currency: the row names none" });
  }
  const metric = s(v.get('metric'));
  const target = n(v.get('target'));
  return {
    apiVersion: 'mops/v1',
    kind: 'Brief',
    id,
    title: s(v.get('title')),
    workflow: s(v.get('workflow')),
    tier: n(v.get('tier')),
    status: s(v.get('status')),
    owner: s(v.get('owner')),
    requester: s(v.get('requester')),
    program: s(v.get('program')),
    stage: s(v.get('stage')),
    objective: s(v.get('objective')),
    audience: compact({ segment: s(v.get('audience.segment')), size: n(v.get('audience.size')) }),
    channels: v.get('channels') as string[] | undefined,
    timeline: compact({ brief_approved: s(v.get('timeline.brief_approved')), launch: s(v.get('timeline.launch')), end: s(v.get('timeline.end')) }),
    budget: compact({ currency: planned === undefined ? undefined : currency, planned }),
    success_metrics: metric !== undefined && target !== undefined ? [{ metric, target, unit: s(v.get('unit')) }] : undefined,
    notes: s(v.get('notes')),
  };
}

export function planBriefs(input: PlanInput): ImportPlan {
  const { ctx } = input;
  const folder = folderOf(ctx, 'Brief', 'campaigns');
  const files = new Map<string, PlannedFile>();
  const seen = new Map<string, number>();
  const rows = input.rows.map((row: RowValues): RowOutcome => {
    const notes = rowNotes(row);
    if (emptyRow(row)) return notImported(row, 'nothing in the columns imported', notes);
    const { id, reason } = briefId(ctx, row.values, notes);
    if (!id) return notImported(row, reason ?? 'no id', notes);
    const earlier = seen.get(id);
    if (earlier !== undefined) return notImported(row, `its id ${id} is the id of row ${earlier} too`, notes);
    seen.set(id, row.line);
    const [existing] = ctx.index.byId('Brief', id);
    if (existing) return { line: row.line, status: 'unchanged', file: existing.path, id, notes, reason: 'already in the playbook' };
    const path = joinPath(folder, `${id}.yaml`);
    const blocked = newFile(files, input, path);
    if (blocked) return notImported(row, blocked, notes);
    const problems = row.problems.length > 0 ? [`Not imported: ${row.problems.join('; ')}.`] : [];
    const metricAlone = row.values.has('metric') !== row.values.has('target') ? ['The success metric is left out: the row has a metric without a target, or a target without a metric.'] : [];
    const text = documentText([`Imported by mops import from ${input.source}, row ${row.line}.`, ...problems, ...metricAlone], briefRecord(ctx, id, row.values, notes));
    files.set(path, { path, text });
    return { line: row.line, status: 'written', file: path, id, notes, reason: [...row.problems, ...metricAlone].join('; ') || undefined, at: { path, docIndex: 0, dataPath: [] } };
  });
  return { rows, files: [...files.values()] };
}
