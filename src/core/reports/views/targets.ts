// The health report's section on targets reached, per tier and per channel, and its summary card.

import { RISKS } from '../../domain/risks';
import type { TargetsData, TargetsGroup } from '../data/targets';
import { toneOf, type Cell, type Figure, type Section, type Table } from '../model';
import { RESULT_FIGURES, VERDICT_LABELS } from '../result-figures';

const { targetsReached } = RESULT_FIGURES;
const missed = toneOf(RISKS.missedTarget.severity);

/** Good when every measured campaign reached its targets, a warning when some did not, plain when none is measured. */
const shareCell = (g: TargetsGroup): Cell => (g.targetsReached === null ? null : { value: g.targetsReached, tone: g.attained === g.measured ? 'good' : missed });

function table(first: string, rows: Array<[string, TargetsGroup]>): Table {
  return {
    columns: [{ label: first }, { label: 'Measured campaigns', format: 'number' }, { label: VERDICT_LABELS.attained, format: 'number' }, { label: targetsReached.label, format: 'percent' }],
    rows: rows.map(([label, g]) => [label, g.measured, g.attained, shareCell(g)]),
    empty: 'No briefs.',
  };
}

export function targetsSection(data: TargetsData): { figure: Figure; section: Section } {
  const all = data.tiers.find((t) => t.tier === null)!;
  return {
    figure: { label: targetsReached.label, value: all.targetsReached, format: 'percent', tone: all.targetsReached === null ? undefined : all.attained === all.measured ? 'good' : missed },
    section: {
      title: 'Targets reached',
      intro: `${targetsReached.label}: ${targetsReached.definition} A campaign on several channels counts in each. The results report (mops report results) shows each target.`,
      blocks: [
        { type: 'table', title: 'Per tier', table: table('Tier', data.tiers.map((t) => [t.tier === null ? 'All tiers' : `Tier ${t.tier}`, t])) },
        { type: 'table', title: 'Per channel', table: table('Channel', data.channels.map((c) => [c.channel, c])) },
      ],
    },
  };
}
