// The diff report's sections for people and causes: the Team, brief field changes, new findings by cause, and
// the verdict figure the report opens with.

import { SEVERITY_TONE, type Cell, type Figure, type Section, type Table } from '../model';
import type { BriefFieldChange } from './brief-fields';
import type { DiffData } from './data';
import type { TeamChange } from './team';

const TEAM_CHANGE: Record<TeamChange['change'], string> = { added: 'added', removed: 'removed', roles: 'roles changed' };

const roles = (r: string[] | null) => (r === null ? null : r.length === 0 ? '(none)' : r.join(', '));
const orList = (items: string[]) => (items.length === 0 ? null : items.join(', '));

/** The verdict as the first figure: red when CI fails. */
export function verdictFigure(data: DiffData): Figure {
  return { label: 'Verdict', value: data.verdict.text, tone: data.verdict.ciFails ? 'bad' : 'good' };
}

export function teamSection(data: DiffData, capped: (t: Table) => Section['blocks']): Section {
  const orphan = (items: string[]): Cell => (items.length === 0 ? null : { value: items.join(', '), tone: 'bad' });
  return {
    title: 'Team',
    intro: 'People added, removed or given other roles; what a removal leaves orphaned: the open briefs the person still owns, and the gates (workflow/stage) they could approve that nobody on the Team can approve now.',
    blocks: capped({
      columns: [{ label: 'Person' }, { label: 'Name' }, { label: 'Change' }, { label: 'Roles before' }, { label: 'Roles after' }, { label: 'Briefs orphaned' }, { label: 'Gates orphaned' }],
      rows: data.team.map((t) => [t.id, t.name, TEAM_CHANGE[t.change], roles(t.rolesBefore), roles(t.rolesAfter), orphan(t.orphanedBriefs), orphan(t.orphanedGates)]),
    }),
  };
}

export function fieldsSection(data: DiffData, capped: (t: Table) => Section['blocks']): Section {
  return {
    title: 'Brief fields',
    intro: 'Launch date, owner, tier, channels, status, planned budget and links of the briefs on both sides.',
    blocks: capped({
      columns: [{ label: 'Brief' }, { label: 'Field' }, { label: 'Before' }, { label: 'After' }],
      rows: data.fields.map((f) => [f.brief, f.field, f.before, f.after]),
    }),
  };
}

export function causesSection(data: DiffData, capped: (t: Table) => Section['blocks']): Section {
  return {
    title: 'New findings by cause',
    intro: "A cause is a rule and the text its findings point at (one unknown person's id across many briefs is one cause). Knock-on: findings in files the change did not touch.",
    blocks: capped({
      columns: [{ label: 'Severity' }, { label: 'Rule' }, { label: 'Points at' }, { label: 'Findings', format: 'number' }, { label: 'Knock-on', format: 'number' }, { label: 'Files' }, { label: 'Example' }],
      rows: data.causes.map((c) => [{ value: c.severity, tone: SEVERITY_TONE[c.severity] }, c.rule, c.subject || null, c.count, c.knockOn, orList(c.files), c.message]),
    }),
  };
}

/** The main table's rows for the verdict, the Team and brief fields (CSV). */
export function peopleRows(data: DiffData): Cell[][] {
  const field = (f: BriefFieldChange): Cell[] => ['brief field', f.brief, f.field, f.before, f.after, null, f.file];
  const team = (t: TeamChange): Cell[] => {
    const orphaned = [t.orphanedBriefs.length > 0 ? `briefs orphaned: ${t.orphanedBriefs.join(' ')}` : '', t.orphanedGates.length > 0 ? `gates orphaned: ${t.orphanedGates.join(' ')}` : ''].filter(Boolean).join('; ');
    return ['person', t.id, t.change, roles(t.rolesBefore), roles(t.rolesAfter), orphaned || null, null];
  };
  return [['verdict', null, data.verdict.ciFails ? 'CI fails' : 'CI passes', null, null, data.verdict.text, null], ...data.team.map(team), ...data.fields.map(field)];
}
