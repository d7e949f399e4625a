// A new brief from the playbook's own data checks clean on the day it is made, in every workflow and tier
// of the reference playbook and the sample, and marks the words a person must write.

import assert from 'node:assert/strict';
import { briefTemplate, isPlaceholder, parseDay, type Workspace } from '../../../src/core';
import { EXAMPLE, loadDir, REFERENCE } from '../../helpers';

function tryBrief(ws: Workspace, id: string, workflow: string, tier: number, today: string) {
  const template = briefTemplate(ws.view(), { id, workflow, tier, today: parseDay(today) as number });
  ws.set(`campaigns/${id}.yaml`, { type: 'text', text: template.text });
  return { template, findings: ws.findings(`campaigns/${id}.yaml`) };
}

describe('new brief template', () => {
  for (const [name, dir] of [['reference playbook', REFERENCE], ['sample playbook', EXAMPLE]] as const) {
    it(`checks clean in every workflow and tier of the ${name}`, async () => {
      const ws = await loadDir(dir);
      const workflows = ws.documents('Workflow');
      assert.ok(workflows.length >= 2);
      for (const workflow of workflows) {
        const tiers = ((workflow.value as { tiers?: Array<{ tier: number }> }).tiers ?? [{ tier: 1 }]).map((t) => t.tier);
        for (const tier of tiers) {
          const id = `2027q1-na-email-new-${workflow.id}-${tier}`;
          const { findings } = tryBrief(ws, id, workflow.id as string, tier, '2026-11-20');
          assert.deepEqual(findings.map((f) => `${f.rule}@${f.range.start.line}: ${f.message}`), [], `${workflow.id} tier ${tier}`);
        }
      }
    });
  }

  it('starts in the workflow’s first stage, launches after the tier’s lead time, and takes the channel from the id', async () => {
    const ws = await loadDir(REFERENCE);
    const { template } = tryBrief(ws, '2027q1-emea-social-spring-push', 'campaign', 3, '2026-11-20');
    // Tier 3 of the campaign workflow needs 42 days of lead time; 14 more of slack: 2026-11-20 + 56 days.
    assert.match(template.text, /\nstage: brief\n/);
    assert.match(template.text, /\n {2}launch: 2027-01-15\n {2}end: 2027-02-12\n/);
    assert.match(template.text, /\nchannels: \[social\]\n/);
    assert.match(template.text, /\nhistory:\n {2}- stage: brief\n {4}entered: 2026-11-20\n/);
    assert.match(template.text, /\nprogram: demand-gen\n/);
  });

  it('marks the words to write (title, objective, audience, planned, metric, target) and the values it chose (owner, requester, program)', async () => {
    const ws = await loadDir(REFERENCE);
    const { template } = tryBrief(ws, '2027q1-na-email-placeholders', 'campaign', 1, '2026-11-20');
    const words = template.placeholders.map((p) => `${p.role}=${template.text.slice(p.start, p.end)}`);
    assert.deepEqual(words, [
      'title=What the campaign is called',
      'owner=priya.shah',
      'requester=priya.shah',
      'program=demand-gen',
      'objective=The outcome this campaign must achieve, with a number',
      'segment=who-it-is-for',
      'planned=0',
      'metric=name-of-the-metric',
      'target=0',
    ]);
    // Every marker text is one that a gate counts as not filled in.
    for (const p of template.placeholders.filter((p) => ['title', 'objective', 'segment', 'metric'].includes(p.role))) assert.ok(isPlaceholder(template.text.slice(p.start, p.end)));
    assert.deepEqual(template.people.slice(0, 3), ['priya.shah', 'maria.lopez', 'tom.becker']);
    assert.ok(template.programs.includes('demand-gen'));
  });

  it('writes the owner and program it is given', async () => {
    const ws = await loadDir(REFERENCE);
    const template = briefTemplate(ws.view(), { id: '2027q1-na-email-given', workflow: 'campaign', tier: 1, owner: 'tom.becker', program: 'brand', today: parseDay('2026-11-20')! });
    assert.match(template.text, /\nowner: tom\.becker\nrequester: tom\.becker\nprogram: brand\n/);
  });

  it('quotes a title that YAML would read as something else', async () => {
    const ws = await loadDir(REFERENCE);
    const template = briefTemplate(ws.view(), { id: 'x', workflow: 'campaign', tier: 1, title: 'Launch: #1 - yes', today: 20000 });
    assert.match(template.text, /\ntitle: "Launch: #1 - yes"\n/);
  });
});
