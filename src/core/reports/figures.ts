// The money figures of the budget report and the diff: one name (column, CSV header, summary card), one JSON key and one definition each.

export interface FigureName {
  /** The property holding the figure in the JSON format. */
  key: string;
  /** Its name in every table, chart, summary card and CSV header. */
  label: string;
  definition: string;
}

/** The glossary of docs/reports.md; a test holds the docs, every renderer and the JSON keys to it. */
export const FIGURES = {
  allocation: { key: 'allocation', label: 'Allocation', definition: 'What a Budget allocates to the program for its period (allocations[].amount).' },
  planned: {
    key: 'planned',
    label: 'Planned',
    definition:
      "The sum of budget.planned of the briefs counted against the allocation: the program's briefs dated inside the Budget period (by launch, else approval), not cancelled, in the Budget's currency, as budget/over-allocation counts them.",
  },
  actual: { key: 'actual', label: 'Actual', definition: "The sum of those briefs' budget lines' actual amounts (a line without one counts 0)." },
  unplanned: {
    key: 'unplanned',
    label: 'Unplanned',
    definition:
      'Allocation − planned: the part of the allocation no brief plans to spend yet. When the briefs plan more than the allocation, it reads "over by" the difference (a negative number in CSV and JSON), and budget/over-allocation reports it.',
  },
  unspent: {
    key: 'unspent',
    label: 'Unspent',
    definition: 'Allocation − actual: the part of the allocation not spent yet. When more was spent than allocated, it reads "over by" the difference (a negative number in CSV and JSON).',
  },
  variance: {
    key: 'variance',
    label: 'Variance',
    definition: 'Actual − planned, for an allocation or a brief: below 0 the plan is not (yet) spent, above 0 spending ran over the plan (brief/over-budget reports a brief).',
  },
  plannedChange: { key: 'plannedChange', label: 'Planned change', definition: 'In the diff: planned after − planned before, an allocation missing on one side counting 0.' },
} as const satisfies Record<string, FigureName>;

/** A figure's name on one side of the diff: `Planned before`, `Planned after`. */
export const before = (figure: FigureName) => `${figure.label} before`;
export const after = (figure: FigureName) => `${figure.label} after`;
