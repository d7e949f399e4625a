// policy/invalid, and every policy/<id>: runs the playbook's own policies on each document they match, and
// reports a policy that is broken (on its own line and column) or cannot be evaluated on a document.

import type { DocumentRule, DocumentRuleContext } from '../../engine/rule';
import { KINDS } from '../../model/kinds';
import type { DataPath } from '../../model/locate';
import { MAX_STEPS, estimateOnPlaybook } from '../../policy/cost';
import { evaluatePolicies } from '../../policy/evaluate';
import { playbookFor } from '../../policy/playbook';
import { policiesOf, policyOf } from '../../policy/policies';

const ID = 'policy/invalid';

/** The range of characters [start, end) of the scalar at `path`, or the whole value when they cannot be placed. */
function inText(ctx: DocumentRuleContext, path: DataPath, start?: number, end?: number) {
  return (start !== undefined && end !== undefined ? ctx.textRange(path, start, Math.max(end, start + 1)) : undefined) ?? ctx.rangeOf(path);
}

/** A Policy document's own problems: what does not parse, names nothing, or would cost too much. */
function checkPolicy(ctx: DocumentRuleContext): void {
  const policy = policyOf(ctx.index, ctx.doc);
  if (!policy) return;
  for (const problem of policy.problems) ctx.report({ message: problem.message, range: inText(ctx, problem.path, problem.start, problem.end), path: problem.path });
  if (!policy.runnable) return;
  const steps = estimateOnPlaybook(policy, playbookFor(ctx.index, policy.reads, policy.owned).sizes);
  if (steps > MAX_STEPS) {
    const loops = [...policy.reads].map((r) => `playbook.${r}`).join(', ');
    ctx.report({
      path: policy.when && !policy.asserts.length ? ['match', 'when'] : ['assert'],
      place: 'key',
      message: `This policy would take about ${steps.toLocaleString('en-US')} steps on each document it checks (it loops over ${loops}), more than the ${MAX_STEPS.toLocaleString('en-US')} mops allows, so it is not run. Loop over less: what one person owns is playbook.people[self.owner].briefs (or .tools).`,
    });
  }
}

/** A finding about a list or mapping goes on its key (`approvals:`), not over the whole block below it. */
function placeOf(ctx: DocumentRuleContext, path: DataPath): 'key' | 'value' {
  let at: unknown = ctx.data;
  for (const segment of path) at = at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>)[segment] : undefined;
  return typeof path[path.length - 1] === 'string' && at !== null && typeof at === 'object' ? 'key' : 'value';
}

const rule: DocumentRule = {
  id: ID,
  severity: 'error',
  description: "A policy of the playbook is broken (it does not parse, names a field its kind cannot have, gives no true or false) or could not be evaluated on a document; the rest of the check goes on.",
  scope: 'document',
  kinds: KINDS,
  check(ctx) {
    if (ctx.doc.kind === 'Policy') checkPolicy(ctx);
    const policies = policiesOf(ctx.index).byKind.get(ctx.doc.kind as (typeof KINDS)[number]);
    if (!policies) return;
    // A document that breaks its schema already has a finding that says so: a policy that stumbles on the
    // same value (`planned: lots`) would only repeat it in CEL's words.
    const broken = ctx.schemaIssues().length > 0;
    for (const outcome of evaluatePolicies(ctx.doc, policies, ctx.index, ctx.today)) {
      if (outcome.type === 'invalid' && outcome.expr && broken) continue;
      const related = [ctx.locationOf(outcome.policy.doc, outcome.type === 'broken' ? ['assert', outcome.assert.index, 'expr'] : (outcome.expr?.path ?? ['id']), `the policy ${outcome.policy.rule}`)];
      const place = placeOf(ctx, outcome.path);
      if (outcome.type === 'broken') {
        ctx.report({ rule: outcome.policy.rule, severity: outcome.policy.severity, message: outcome.message, path: outcome.path, place, related });
      } else {
        ctx.report({ message: outcome.message, path: outcome.path, place, related });
      }
    }
  },
};

export default rule;
