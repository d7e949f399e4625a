// ref/unknown-workflow: a brief names a workflow that does not exist.

import { str } from '../access';
import type { DocumentRule } from '../types';
import { reportUnknown } from './unknown';

const rule: DocumentRule = {
  id: 'ref/unknown-workflow',
  severity: 'error',
  description: 'A brief names a workflow that no Workflow document defines.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const id = str(ctx.data.workflow);
    if (id === undefined || ctx.index.byId('Workflow', id).length > 0) return;
    reportUnknown(ctx, {
      path: ['workflow'],
      value: id,
      what: 'a Workflow in this playbook',
      definitionOf: (suggestion) => {
        const [doc] = ctx.index.byId('Workflow', suggestion);
        return doc ? ctx.locationOf(doc, ['id'], `the workflow '${suggestion}'`) : undefined;
      },
      candidates: ctx.index.derive('workflow-ids', ['Workflow'], () => ctx.index.all('Workflow').flatMap((d) => (d.id ? [d.id] : []))),
    });
  },
};

export default rule;
