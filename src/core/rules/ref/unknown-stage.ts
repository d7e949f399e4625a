// ref/unknown-stage: a brief's stage, an approval's gate or a history stage that is not in its workflow.

import { workflowOf } from '../../domain/workflow';
import { records, str } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { reportUnknown } from './unknown';

const rule: DocumentRule = {
  id: 'ref/unknown-stage',
  severity: 'error',
  description: "A brief's stage, an approval's gate or a history entry's stage is not a stage of the brief's workflow.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const workflow = workflowOf(ctx.index, str(ctx.data.workflow));
    if (!workflow) return;
    const stageIds = workflow.stages.map((s) => s.id);
    const related = ctx.locationOf(workflow.doc, ['stages'], `the stages of workflow '${workflow.id}'`, 'key');
    const what = `a stage of the '${workflow.id}' workflow`;
    const stage = str(ctx.data.stage);
    if (stage !== undefined && !workflow.byId.has(stage)) reportUnknown(ctx, { path: ['stage'], value: stage, what, candidates: stageIds, related, listAs: 'Its stages are' });
    for (const [entry, i] of records(ctx.data.history)) {
      const id = str(entry.stage);
      if (id !== undefined && !workflow.byId.has(id)) reportUnknown(ctx, { path: ['history', i, 'stage'], value: id, what, candidates: stageIds, related });
    }
    const gates = workflow.stages.filter((s) => s.gate).map((s) => s.id);
    for (const [approval, i] of records(ctx.data.approvals)) {
      const gate = str(approval.gate);
      if (gate === undefined || gates.includes(gate)) continue;
      const path = ['approvals', i, 'gate'];
      if (workflow.byId.has(gate)) {
        ctx.report({ message: `Stage '${gate}' of the '${workflow.id}' workflow has no gate to approve. Gated stages: ${gates.join(', ') || 'none'}.`, path, related: [related] });
      } else {
        reportUnknown(ctx, { path, value: gate, what: `a gate of the '${workflow.id}' workflow`, candidates: gates, related });
      }
    }
  },
};

export default rule;
