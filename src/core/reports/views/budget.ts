// The budget report as a document: allocation vs planned vs actual per program (table and chart), briefs over budget.

import type { BudgetData } from '../data/budget';
import type { Cell, Figure, ReportDocument, Table } from '../model';

const signed = (value: number | null, badAbove = 0): Cell => (value !== null && value > badAbove ? { value, tone: 'bad' } : value);

function allocationTable(data: BudgetData): Table {
  const many = new Set(data.allocations.map((a) => a.budget)).size > 1;
  return {
    columns: [
      { label: 'Program' },
      ...(many ? [{ label: 'Budget' }] : [{ label: 'Budget', csvOnly: true }]),
      { label: 'Currency', csvOnly: true },
      { label: 'Allocation', format: 'money' as const },
      { label: 'Planned', format: 'money' as const },
      { label: 'Actual', format: 'money' as const },
      { label: 'Planned − allocation', format: 'signed' as const },
      { label: 'Actual − planned', format: 'signed' as const },
      { label: 'Remaining', format: 'money' as const },
      { label: 'Briefs', format: 'number' as const },
    ],
    rows: data.allocations.map((a) => [
      a.program,
      a.budget,
      a.currency,
      a.allocation,
      a.planned,
      a.actual,
      signed(a.plannedVsAllocation),
      a.actualVsPlanned,
      a.remaining !== null && a.remaining < 0 ? { value: a.remaining, tone: 'bad' } : a.remaining,
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
      { label: 'Planned', format: 'money' },
      { label: 'Actual', format: 'money' },
      { label: 'Actual − planned', format: 'signed' },
      { label: onlyOver ? 'Lines over plan' : 'Counted in' },
    ],
    rows: briefs.map((b) => [
      b.id,
      ...(onlyOver ? [b.title, b.owner] : []),
      b.program,
      b.status,
      b.planned,
      b.actual,
      signed(b.variance),
      onlyOver ? b.overLines.join(', ') || '(the total)' : (b.countedIn ?? { value: `not counted: ${b.uncounted}`, tone: 'muted' }),
    ]),
    empty: onlyOver ? 'No brief has spent more than planned.' : 'No briefs.',
  };
}

export function budgetDocument(data: BudgetData, notes: string[]): ReportDocument {
  const main = allocationTable(data);
  const over = data.allocations.filter((a) => a.plannedVsAllocation !== null && a.plannedVsAllocation > 0).length;
  const totals: Figure[] = data.totals.flatMap((t) => {
    const cur = t.currency ? ` (${t.currency})` : '';
    return [
      { label: `Allocated${cur}`, value: t.allocation, format: 'money' as const },
      { label: `Planned${cur}`, value: t.planned, format: 'money' as const, tone: t.planned > t.allocation ? ('bad' as const) : undefined },
      { label: `Actual${cur}`, value: t.actual, format: 'money' as const },
    ];
  });
  const labels = data.allocations.map((a) => (data.allocations.filter((b) => b.program === a.program).length > 1 ? `${a.program} (${a.budget})` : a.program));
  return {
    title: 'Budget vs actual',
    today: data.today,
    summary: [
      ...totals,
      { label: 'Programs over allocation', value: over, tone: over > 0 ? 'bad' : 'good' },
      { label: 'Briefs over budget', value: data.overBudget.length, tone: data.overBudget.length > 0 ? 'warn' : 'good' },
    ],
    sections: [
      {
        title: 'Programs',
        intro:
          "Planned is the sum of budget.planned of the program's briefs that count against the allocation (not cancelled, dated inside the Budget period, in its currency); actual is the sum of their budget lines' actual amounts.",
        blocks: [
          {
            type: 'bars',
            title: 'Allocation, planned and actual per program',
            series: ['Allocation', 'Planned', 'Actual'],
            seriesTones: ['muted', undefined, 'good'],
            format: 'money',
            categories: data.allocations.map((a, i) => ({
              label: labels[i],
              values: [a.allocation ?? 0, a.planned, a.actual],
              tone: a.plannedVsAllocation !== null && a.plannedVsAllocation > 0 ? 'bad' : undefined,
            })),
          },
          { type: 'table', table: main },
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
