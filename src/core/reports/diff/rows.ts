// The diff report's main table, what CSV exports: one row per change, whatever its area.

import { FIGURES } from '../figures';
import { formatValue, type Table } from '../model';
import type { BriefState } from './briefs';
import type { DiffData } from './data';
import type { BudgetChange } from './operation';
import { peopleRows } from './sections';

/** The allocation's figures after the change, by their glossary names: `Allocation: 4,000 USD; Planned change: +2,000; …`. */
function budgetDetail(b: BudgetChange): string {
  const { allocation, plannedChange, actual, unplanned, unspent } = FIGURES;
  const amount = b.allocationAfter ?? b.allocationBefore;
  return [
    `${allocation.label}: ${amount === null ? 'none' : formatValue(amount, 'money')}${b.currency ? ` ${b.currency}` : ''}`,
    `${plannedChange.label}: ${formatValue(b.plannedChange, 'signed')}`,
    ...(b.actualBefore !== null && b.actualAfter !== null && b.actualBefore !== b.actualAfter ? [`${actual.label}: ${formatValue(b.actualBefore, 'money')} -> ${formatValue(b.actualAfter, 'money')}`] : []),
    `${unplanned.label}: ${formatValue(b.unplanned, 'headroom')}`,
    `${unspent.label}: ${formatValue(b.unspent, 'headroom')}`,
  ].join('; ');
}

type StateText = (s: BriefState | null, showWorkflow: boolean) => string | null;

export function changeTable(data: DiffData, state: StateText): Table {
  return {
    columns: [{ label: 'Area' }, { label: 'Id' }, { label: 'Change' }, { label: 'Before' }, { label: 'After' }, { label: 'Detail' }, { label: 'File' }],
    rows: [
      ...peopleRows(data),
      ...data.briefs.map((b) => ['brief', b.id, b.change, state(b.before, true), state(b.after, true), b.title, b.file]),
      ...data.approvals.map((a) => ['gate', a.brief, 'approved', null, a.gate, [a.approver && `by ${a.approver}`, a.date && `on ${a.date}`].filter(Boolean).join(' ') || null, a.file]),
      ...data.budget.map((b) => ['budget', `${b.budget}/${b.program}`, FIGURES.planned.key, b.plannedBefore, b.plannedAfter, budgetDetail(b), null]),
      ...data.tools.map((t) => ['tool', t.id, t.change, t.statusBefore, t.statusAfter, `annual cost ${t.costBefore ?? 'none'} -> ${t.costAfter ?? 'none'}${t.currency ? ` ${t.currency}` : ''}`, t.file]),
      ...data.renewals.map((r) => ['renewal', r.tool, 'due', null, r.renewal, `notice deadline ${r.noticeDeadline}`, null]),
      ...data.reviews.map((r) => ['review', r.id, 'overdue', null, r.due, `${r.kind === 'Sop' ? 'SOP' : 'tool'}, ${r.daysOverdue} days overdue`, null]),
      ...data.findings.map((f) => ['finding', f.rule, f.touched ? f.change : `${f.change} (knock-on)`, null, f.severity, f.message, `${f.file}:${f.line}`]),
    ],
    empty: 'No changes.',
  };
}
