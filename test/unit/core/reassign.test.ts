// reassignPlan: the edits are pure and minimal; a value shared through an anchor or alias is left and said why.

import assert from 'node:assert/strict';
import { reassignPlan } from '../../../src/core';
import { workspaceOf } from '../../helpers';

const SOP = ['apiVersion: mops/v1', 'kind: Sop', 'id: intake', 'title: Intake', 'owner: &lead ana', 'steps: []', ''].join('\n');
const TOOL = ['apiVersion: mops/v1', 'kind: Tool', 'id: crm', 'name: CRM', 'owner: "ana"  # until March', ''].join('\n');
const BRIEF = ['apiVersion: mops/v1', 'kind: Brief', 'id: b1', 'owner: ana', 'requester: ana', 'approvals:', '  - {gate: brief, approver: ana, status: rejected}', ''].join('\n');

describe('reassignPlan', () => {
  it('rewrites plain values in their quotes, leaves anchored values and decided approvals, and writes nothing itself', () => {
    const ws = workspaceOf({ 'sop.yaml': SOP, 'tool.yaml': TOOL, 'brief.yaml': BRIEF });
    const plan = reassignPlan(ws, ws.paths(), 'ana', 'bo', ['Sop', 'Tool']);
    assert.deepEqual(
      plan.map((f) => [f.path, f.after === f.before, f.changes.map((c) => c.field), f.skipped.map((s) => s.reason)]),
      [
        ['sop.yaml', true, [], ['it carries the anchor &lead, which other values may share']],
        ['tool.yaml', false, ['owner'], []],
      ],
    );
    assert.equal(plan[1].after, TOOL.replace('"ana"', '"bo"'));
    assert.equal(ws.parsed('tool.yaml')?.text, TOOL);
    const brief = reassignPlan(ws, ['brief.yaml'], 'ana', 'bo');
    assert.equal(brief[0].after, BRIEF.replace('owner: ana', 'owner: bo').replace('requester: ana', 'requester: bo'));
  });
});
