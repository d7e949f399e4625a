// The figures of the results report and the health report's share of targets reached: one name, one JSON key and one definition each.

import type { FigureName } from './figures';

/** The glossary of results in docs/reports.md; a test holds the docs and the renderers to it. */
export const RESULT_FIGURES = {
  target: { key: 'target', label: 'Target', definition: 'The value a success metric aims for, agreed before launch (success_metrics[].target).' },
  result: {
    key: 'result',
    label: 'Result',
    definition: "The value the campaign achieved (success_metrics[].actual), once recorded. Not to be confused with Actual, the money spent.",
  },
  attainment: {
    key: 'attainment',
    label: 'Attainment',
    definition:
      'Result ÷ target in %, or target ÷ result for a metric where less is better (better: lower, or a target below its baseline): 100% meets the target, above 100% beats it. Blank when the divisor is 0 or there is no result yet.',
  },
  costPerResult: {
    key: 'costPerResult',
    label: 'Cost per result',
    definition:
      "Actual (the brief's budget lines' actual amounts) ÷ result, for a metric counted in plain numbers (no unit) where more is better; blank without actual spend or a result above 0.",
  },
  targetsReached: {
    key: 'targetsReached',
    label: 'Targets reached',
    definition:
      'Of the campaigns whose results are known (every result recorded, or a target already missed), the share that met every target, in %. Cancelled campaigns, campaigns without success metrics and campaigns still awaiting a result are not counted.',
  },
} as const satisfies Record<string, FigureName>;

/** The verdicts of domain/results as the reports print them. */
export const VERDICT_LABELS = {
  attained: 'Attained',
  missed: 'Missed',
  missing: 'Results missing',
  awaiting: 'Awaiting results',
  'no-metrics': 'No success metrics',
  cancelled: 'Cancelled',
} as const;
