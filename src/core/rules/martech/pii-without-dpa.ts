// martech/pii-without-dpa: a tool holds personal data without a signed data processing agreement.

import { rec } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { toolFacts } from '../../domain/tool';

const rule: DocumentRule = {
  id: 'martech/pii-without-dpa',
  severity: 'error',
  description: 'A tool holds personal data (data.pii) without a signed data processing agreement (data.dpa_signed).',
  scope: 'document',
  kinds: ['Tool'],
  check(ctx) {
    const data = rec(ctx.data.data);
    if (data.pii !== true || data.dpa_signed === true || toolFacts(ctx.data).status === 'retired') return;
    ctx.report({
      path: ['data', 'pii'],
      message: 'This tool holds personal data but has no signed data processing agreement (set data.dpa_signed: true once it is signed).',
    });
  },
};

export default rule;
