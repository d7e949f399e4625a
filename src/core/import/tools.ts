// `mops import tools`: one new Tool file per inventory row, its id from the naming convention's tool target.

import { namingOf } from '../domain/naming';
import { rec, str } from '../model/readers';
import { buildName } from './ids';
import { emptyRow, folderOf, joinPath, newFile, notImported, playbookCurrency, rowNotes, type PlanInput } from './plan-common';
import { loose } from './text';
import type { ImportPlan, Note, PlannedFile, RowOutcome } from './types';
import { documentText, type YamlValue } from './yaml-text';

const s = (v: unknown) => (typeof v === 'string' ? v : undefined);
const n = (v: unknown) => (typeof v === 'number' ? v : undefined);
const b = (v: unknown) => (typeof v === 'boolean' ? v : undefined);

function compact(map: Record<string, YamlValue | undefined>): Record<string, YamlValue | undefined> | undefined {
  return Object.values(map).some((v) => v !== undefined) ? map : undefined;
}

/** Integrations named by a tool of the same sheet (`Google Analytics 4`), as the id that row gets. */
function integrations(v: Map<string, unknown>, sheet: Map<string, string>, notes: Note[]): string[] | undefined {
  const given = v.get('integrations') as string[] | undefined;
  return given?.map((name) => {
    const id = sheet.get(loose(name));
    if (id === undefined || id === name) return name;
    notes.push({ column: 'integrations', from: JSON.stringify(name), to: id, why: 'a tool of this sheet' });
    return id;
  });
}

function toolRecord(id: string, v: Map<string, unknown>, notes: Note[], currency: string | undefined, sheet: Map<string, string>): Record<string, YamlValue | undefined> {
  const annual = n(v.get('cost.annual'));
  let costCurrency = s(v.get('cost.currency'));
  if (annual !== undefined && costCurrency === undefined && currency) {
    costCurrency = currency;
    notes.push({ column: 'cost.currency', from: '', to: currency, why: "the Budget's currency: the row names none" });
  }
  const licensed = n(v.get('seats.licensed'));
  let active = n(v.get('seats.active'));
  const share = n(v.get('utilisation'));
  if (active === undefined && share !== undefined && licensed !== undefined) {
    active = Math.round(share * licensed);
    notes.push({ column: 'seats.active', from: '', to: String(active), why: `${Math.round(share * 1000) / 10}% of ${licensed} licensed seats` });
  }
  const renewal = s(v.get('contract.renewal'));
  return {
    apiVersion: 'mops/v1',
    kind: 'Tool',
    id,
    name: s(v.get('name')),
    vendor: s(v.get('vendor')),
    category: s(v.get('category')),
    purpose: s(v.get('purpose')),
    owner: s(v.get('owner')),
    status: s(v.get('status')),
    cost: annual === undefined ? undefined : { annual, currency: costCurrency },
    seats: compact({ licensed, active }),
    contract: renewal === undefined ? undefined : { renewal, notice_days: n(v.get('contract.notice_days')), auto_renew: b(v.get('contract.auto_renew')) },
    last_review: s(v.get('last_review')),
    review_every_days: n(v.get('review_every_days')),
    integrations: integrations(v, sheet, notes),
    data: v.has('data.pii') ? { pii: b(v.get('data.pii')), dpa_signed: b(v.get('data.dpa_signed')) } : undefined,
    notes: s(v.get('notes')),
  };
}

export function planTools(input: PlanInput): ImportPlan {
  const { ctx } = input;
  const folder = folderOf(ctx, 'Tool', 'martech');
  const template = namingOf(ctx.index)?.targets.get('tool');
  const currency = playbookCurrency(ctx);
  const byName = new Map(ctx.index.all('Tool').flatMap((d) => (str(rec(d.value).name) ? [[loose(str(rec(d.value).name)!), d] as const] : [])));
  const files = new Map<string, PlannedFile>();
  const seen = new Map<string, number>();
  // The ids this sheet's tools get (or have), by name, for integrations between them.
  const sheet = new Map<string, string>();
  for (const row of input.rows) {
    const name = s(row.values.get('name'));
    const known = name ? byName.get(loose(name))?.id : undefined;
    const built = name ? buildName(template, { slug: name }, 'tool') : undefined;
    const id = s(row.values.get('id')) ?? known ?? (built?.ok ? built.id : undefined);
    if (name && id) sheet.set(loose(name), id);
  }
  const rows = input.rows.map((row): RowOutcome => {
    const notes = rowNotes(row);
    if (emptyRow(row)) return notImported(row, 'nothing in the columns imported', notes);
    const name = s(row.values.get('name'));
    let id = s(row.values.get('id'));
    if (!id) {
      const built = buildName(template, { slug: name }, 'tool');
      if (!built.ok) return notImported(row, `no id: ${built.reason}`, notes);
      id = built.id;
      notes.push({ column: 'id', from: '', to: id, why: 'made from the naming convention' });
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) return notImported(row, `its id ${id} is the id of row ${earlier} too`, notes);
    seen.set(id, row.line);
    const existing = ctx.index.byId('Tool', id)[0] ?? (name ? byName.get(loose(name)) : undefined);
    if (existing) return { line: row.line, status: 'unchanged', file: existing.path, id: existing.id ?? id, notes, reason: 'already in the register' };
    const path = joinPath(folder, `${id}.yaml`);
    const blocked = newFile(files, input, path);
    if (blocked) return notImported(row, blocked, notes);
    const problems = row.problems.length > 0 ? [`Not imported: ${row.problems.join('; ')}.`] : [];
    const text = documentText([`Imported by mops import from ${input.source}, row ${row.line}.`, ...problems], toolRecord(id, row.values, notes, currency, sheet));
    files.set(path, { path, text });
    return { line: row.line, status: 'written', file: path, id, notes, reason: row.problems.join('; ') || undefined, at: { path, docIndex: 0, dataPath: [] } };
  });
  return { rows, files: [...files.values()] };
}
