// martech/retired-in-use: an active brief uses a tool that is being sunset or is retired.

import { isRecord, str, strings } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { toolFacts } from '../../domain/tool';

const rule: DocumentRule = {
  id: 'martech/retired-in-use',
  severity: 'warning',
  description: 'An active brief lists a tool whose status is sunsetting or retired.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    if ((str(ctx.data.status) ?? 'active') !== 'active') return;
    for (const [id, i] of strings(ctx.data.tools)) {
      const [tool] = ctx.index.byId('Tool', id);
      if (!tool || !isRecord(tool.value)) continue;
      const { status } = toolFacts(tool.value);
      if (status !== 'sunsetting' && status !== 'retired') continue;
      ctx.report({
        path: ['tools', i],
        message: `'${id}' is ${status}; plan this campaign on a tool that stays.`,
        related: [ctx.locationOf(tool, ['status'], `the status of ${id}`)],
      });
    }
  },
};

export default rule;
