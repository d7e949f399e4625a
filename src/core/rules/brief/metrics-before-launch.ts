// brief/metrics-before-launch: a brief at or past its launch stage with no success metrics.

import { filled } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { briefState } from './state';

const rule: DocumentRule = {
  id: 'brief/metrics-before-launch',
  severity: 'error',
  description: 'A brief is at or past its launch stage without success metrics, which must be agreed before launch.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const state = briefState(ctx);
    const launch = state.workflow?.launchStage;
    if (state.status === 'cancelled' || !launch || !state.stage || state.stage.index < launch.index) return;
    if (filled(ctx.data.success_metrics)) return;
    ctx.report({
      path: ['stage'],
      message: `The brief is at '${state.stage.id}', at or past launch ('${launch.id}'), but has no success_metrics; agree them before launch.`,
    });
  },
};

export default rule;
