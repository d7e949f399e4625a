// martech/low-utilization: an active tool uses fewer of its licensed seats than the threshold.

import type { DocumentRule } from '../../engine/rule';
import { lowUtilisation, toolFacts } from '../../domain/tool';

/** A share as a percentage, with a decimal only where rounding would hide the difference (59.5%, not 60%). */
function percent(share: number): string {
  const whole = Math.round(share * 100);
  return Math.abs(whole - share * 100) < 0.05 ? `${whole}%` : `${(Math.floor(share * 1000) / 10).toFixed(1)}%`;
}

const rule: DocumentRule = {
  id: 'martech/low-utilization',
  severity: 'warning',
  description: "An active tool's active seats are below the utilisation threshold (Config martech.low_utilization_below) of its licensed seats.",
  scope: 'document',
  kinds: ['Tool'],
  check(ctx) {
    const tool = toolFacts(ctx.data);
    const threshold = ctx.config.martech.lowUtilizationBelow;
    const low = lowUtilisation(tool, threshold);
    if (!low) return;
    const { licensed, activeSeats } = tool;
    const ratio = low.share;
    ctx.report({
      path: ['seats', 'active'],
      message: `${activeSeats} of ${licensed} licensed seats are in use (${percent(ratio)}), below the ${percent(threshold)} threshold; consider cutting seats at renewal.`,
    });
  },
};

export default rule;
