// martech/low-utilization: an active tool uses fewer of its licensed seats than the threshold.

import type { DocumentRule } from '../types';
import { toolFacts } from './tool';

const rule: DocumentRule = {
  id: 'martech/low-utilization',
  severity: 'warning',
  description: "An active tool's active seats are below the utilisation threshold (Config martech.low_utilization_below) of its licensed seats.",
  scope: 'document',
  kinds: ['Tool'],
  check(ctx) {
    const tool = toolFacts(ctx.data);
    const { licensed, activeSeats } = tool;
    if (tool.status !== 'active' || licensed === undefined || activeSeats === undefined || licensed <= 0) return;
    const ratio = activeSeats / licensed;
    const threshold = ctx.config.martech.lowUtilizationBelow;
    if (ratio >= threshold) return;
    ctx.report({
      path: ['seats', 'active'],
      message: `${activeSeats} of ${licensed} licensed seats are in use (${Math.round(ratio * 100)}%), below the ${Math.round(threshold * 100)}% threshold; consider cutting seats at renewal.`,
    });
  },
};

export default rule;
