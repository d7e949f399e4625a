// The diff report's main table, what CSV exports: one row per change, whatever its area.

import type { Table } from '../model';
import type { BriefState } from './briefs';
import type { DiffData } from './data';

type StateText = (s: BriefState | null, showWorkflow: boolean) => string | null;

export function changeTable(data: DiffData, state: StateText): Table {
  return {
    columns: [{ label: 'Area' }, { label: 'Id' }, { label: 'Change' }, { label: 'Before' }, { label: 'After' }, { label: 'Detail' }, { label: 'File' }],
    rows: [
      ...data.briefs.map((b) => ['brief', b.id, b.change, state(b.before, true), state(b.after, true), b.title, b.file]),
      ...data.approvals.map((a) => ['gate', a.brief, 'approved', null, a.gate, [a.approver && `by ${a.approver}`, a.date && `on ${a.date}`].filter(Boolean).join(' ') || null, a.file]),
      ...data.budget.map((b) => [
        'budget',
        `${b.budget}/${b.program}`,
        'planned',
        b.plannedBefore,
        b.plannedAfter,
        `allocation ${b.allocationAfter ?? b.allocationBefore ?? 'none'}${b.currency ? ` ${b.currency}` : ''}; change ${b.plannedChange}`,
        null,
      ]),
      ...data.tools.map((t) => ['tool', t.id, t.change, t.statusBefore, t.statusAfter, `annual cost ${t.costBefore ?? 'none'} -> ${t.costAfter ?? 'none'}${t.currency ? ` ${t.currency}` : ''}`, t.file]),
      ...data.renewals.map((r) => ['renewal', r.tool, 'due', null, r.renewal, `notice deadline ${r.noticeDeadline}`, null]),
      ...data.reviews.map((r) => ['review', r.id, 'overdue', null, r.due, `${r.kind === 'Sop' ? 'SOP' : 'tool'}, ${r.daysOverdue} days overdue`, null]),
      ...data.findings.map((f) => ['finding', f.rule, f.change, null, f.severity, f.message, `${f.file}:${f.line}`]),
    ],
    empty: 'No changes.',
  };
}
