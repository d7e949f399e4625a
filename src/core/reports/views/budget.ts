// The budget report as a document: allocation, planned and actual per program (table and chart), what is unplanned and unspent, briefs over budget.

import { RISKS } from '../../domain/risks';
import type { BudgetData } from '../data/budget';
import { FIGURES } from '../figures';
import { risky, toneOf, type Figure, type ReportDocument, type Table } from '../model';

const { allocation, planned, actual, unplanned, unspent, variance } = FIGURES;

/** Below 0 the allocation is exceeded: by the plan (over-allocation) or by the spend. */
const over = (value: number | null, risk: { severity: 'error' | 'warning' }) => risky(value, value !== null && value < 0 ? risk.severity : undefined);
const overBudget = (value: number | null) => risky(value, value !== null && value > 0 ? RISKS.overBudget.severity : undefined);

function allocationTable(data: BudgetData): Table {
  const many = new Set(data.allocations.map((a) => a.budget)).size > 1;
  return {
    columns: [
      { label: 'Program' },
      ...(many ? [{ label: 'Budget' }] : [{ label: 'Budget', csvOnly: true }]),
      { label: 'Currency', csvOnly: true },
      { label: allocation.label, format: 'money' as const },
      { label: planned.label, format: 'money' as const },
      { label: actual.label, format: 'money' as const },
      { label: unplanned.label, format: 'headroom' as const },
      { label: unspent.label, format: 'headroom' as const },
      { label: variance.label, format: 'signed' as const },
      { label: 'Briefs', format: 'number' as const },
    ],
    rows: data.allocations.map((a) => [
      a.program,
      a.budget,
      a.currency,
      a.allocation,
      a.planned,
      a.actual,
      over(a.unplanned, RISKS.overAllocation),
      over(a.unspent, RISKS.overspentAllocation),
      overBudget(a.variance),
      a.briefs.length,
    ]),
    empty: 'No Budget allocations.',
  };
}

function briefTable(data: BudgetData, onlyOver: boolean): Table {
  const briefs = onlyOver ? data.overBudget : data.briefs;
  return {
    columns: [
      { label: 'Brief' },
      ...(onlyOver ? [{ label: 'Title' }, { label: 'Owner' }] : []),
      { label: 'Program' },
      { label: 'Status' },
      { label: planned.label, format: 'money' },
      { label: actual.label, format: 'money' },
      { label: variance.label, format: 'signed' },
      { label: onlyOver ? 'Lines over plan' : 'Counted in' },
    ],
    rows: briefs.map((b) => [
      b.id,
      ...(onlyOver ? [b.title, b.owner] : []),
      b.program,
      b.status,
      b.planned,
      b.actual,
      overBudget(b.variance),
      onlyOver ? b.overLines.join(', ') || '(the total)' : (b.countedIn ?? { value: `not counted: ${b.uncounted}`, tone: 'muted' }),
    ]),
    empty: onlyOver ? 'No brief has spent more than planned.' : 'No briefs.',
  };
}

function totals(data: BudgetData): Figure[] {
  return data.totals.flatMap((t) => {
    const cur = t.currency ? ` (${t.currency})` : '';
    const exceeded = (value: number | null, severity: 'error') => (value !== null && value < 0 ? { tone: toneOf(severity) } : {});
    return [
      { label: `${allocation.label}${cur}`, value: t.allocation, format: 'money' as const },
      { label: `${planned.label}${cur}`, value: t.planned, format: 'money' as const },
      { label: `${actual.label}${cur}`, value: t.actual, format: 'money' as const },
      { label: `${unplanned.label}${cur}`, value: t.unplanned, format: 'headroom' as const, ...exceeded(t.unplanned, RISKS.overAllocation.severity) },
      { label: `${unspent.label}${cur}`, value: t.unspent, format: 'headroom' as const, ...exceeded(t.unspent, RISKS.overspentAllocation.severity) },
    ];
  });
}

export function budgetDocument(data: BudgetData, notes: string[]): ReportDocument {
  const main = allocationTable(data);
  const overAllocated = data.allocations.filter((a) => a.unplanned !== null && a.unplanned < 0).length;
  const labels = data.allocations.map((a) => (data.allocations.filter((b) => b.program === a.program).length > 1 ? `${a.program} (${a.budget})` : a.program));
  return {
    title: 'Budget vs actual',
    today: data.today,
    summary: [
      ...totals(data),
      { label: 'Programs over allocation', value: overAllocated, tone: overAllocated > 0 ? toneOf(RISKS.overAllocation.severity) : 'good' },
      { label: 'Briefs over budget', value: data.overBudget.length, tone: data.overBudget.length > 0 ? toneOf(RISKS.overBudget.severity) : 'good' },
    ],
    sections: [
      {
        title: 'Programs',
        intro: 'Each allocation with the planned and actual spend of the briefs counted against it; the figures are defined below the table.',
        blocks: [
          {
            type: 'bars',
            title: `${allocation.label}, ${planned.label.toLowerCase()} and ${actual.label.toLowerCase()} per program`,
            series: [allocation.label, planned.label, actual.label],
            seriesTones: ['muted', undefined, 'good'],
            format: 'money',
            categories: data.allocations.map((a, i) => ({
              label: labels[i],
              values: [a.allocation ?? 0, a.planned, a.actual],
              tone: a.unplanned !== null && a.unplanned < 0 ? toneOf(RISKS.overAllocation.severity) : undefined,
            })),
          },
          { type: 'table', table: main },
          { type: 'list', items: [planned, actual, unplanned, unspent, variance].map((f) => `${f.label}: ${f.definition}`) },
        ],
      },
      {
        title: 'Briefs over budget',
        intro: "Briefs with a budget line whose actual is above its planned amount, or whose lines' actual total is above the brief's planned.",
        blocks: [{ type: 'table', table: briefTable(data, true) }],
      },
      { title: 'Briefs', blocks: [{ type: 'table', table: briefTable(data, false) }] },
    ],
    main,
    notes,
  };
}
