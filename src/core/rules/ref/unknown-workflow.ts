// ref/unknown-workflow: a brief names a workflow that does not exist.

import { str } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { checkIdReference } from './unknown';

const rule: DocumentRule = {
  id: 'ref/unknown-workflow',
  severity: 'error',
  description: 'A brief names a workflow that no Workflow document defines.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const id = str(ctx.data.workflow);
    if (id !== undefined) checkIdReference(ctx, 'Workflow', ['workflow'], id, 'a Workflow in this playbook');
  },
};

export default rule;
