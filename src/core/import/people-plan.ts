// `mops import people`: new members appended to the Team, in the style of its list; people already in it
// (by e-mail, id or name) are left as they are.

import type { ParsedDocument } from '../model/parse';
import { appendEntry } from './append';
import { personId } from './people';
import { emptyRow, notImported, rowNotes, type PlanInput } from './plan-common';
import { loose } from './text';
import type { ImportPlan, RowOutcome } from './types';

const s = (v: unknown) => (typeof v === 'string' ? v : undefined);

const ORDER = ['id', 'name', 'title', 'email', 'roles'];

export function planPeople(input: PlanInput, team: ParsedDocument): ImportPlan {
  const { ctx } = input;
  const path = team.path;
  const before = team.lines.text;
  let text = before;
  const byEmail = new Map(ctx.members.flatMap((m) => (m.email ? [[m.email, m.id] as const] : [])));
  const byId = new Set(ctx.members.map((m) => m.id));
  const byName = new Map(ctx.members.flatMap((m) => (m.name ? [[loose(m.name), m.id] as const] : [])));
  const seen = new Map<string, number>();
  const rows = input.rows.map((row): RowOutcome => {
    const notes = rowNotes(row);
    if (emptyRow(row)) return notImported(row, 'nothing in the columns imported', notes);
    const name = s(row.values.get('name'));
    const email = s(row.values.get('email'));
    const already = (email && byEmail.get(email)) ?? (name ? byName.get(loose(name)) : undefined);
    let id = s(row.values.get('id'));
    const known = already ?? (id && byId.has(id) ? id : undefined);
    if (known) return { line: row.line, status: 'unchanged', file: path, id: known, notes, reason: `already in the Team as ${known}` };
    if (!id) {
      id = personId(name, email);
      if (!id) return notImported(row, 'no id, name or e-mail address to make an id from', notes);
      notes.push({ column: 'id', from: '', to: id, why: email && id === email.split('@')[0].replace(/[_-]/g, '.') ? 'from the e-mail address' : 'from the name' });
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) return notImported(row, `its id ${id} is the id of row ${earlier} too`, notes);
    seen.set(id, row.line);
    const roles = (row.values.get('roles') as string[] | undefined) ?? [];
    const appended = appendEntry(path, text, 'Team', team.id ?? '', 'members', { id, name, title: s(row.values.get('title')), email, roles }, ORDER);
    if (typeof appended === 'string') return notImported(row, appended, notes);
    text = appended.text;
    return { line: row.line, status: 'appended', file: path, id, notes, reason: row.problems.join('; ') || undefined, at: { path, docIndex: team.index, dataPath: ['members', appended.index] } };
  });
  return { rows, files: text === before ? [] : [{ path, text, before }] };
}
