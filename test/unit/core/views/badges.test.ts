// Badges from findings, on a copy of the reference playbook edited as an editor would (the workspace given new
// text): a brief made overdue, gate-missing and wrong; a tool under-used and overdue for review; a launch in a
// blackout; an SOP step with a role, a "done when" and a link. The same findings as the Problems panel's.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { viewTree, type ViewNode } from '../../../../src/core';
import { cleanup, readTree, REFERENCE, tempPlaybook } from '../../../helpers';
import { find, outline, playbooksIn, type LoadedPlaybook } from './helpers';

const BRIEF = 'campaigns/2026q4-na-email-black-friday.yaml';

/** Replaces text in a file of the playbook as an editor's buffer would, and checks it was there. */
function edit(playbook: LoadedPlaybook, path: string, from: string, to: string): void {
  const text = readFileSync(join(playbook.dir, ...path.split('/')), 'utf8');
  const current = playbook.workspace.content(path);
  const base = current?.type === 'text' ? String(current.text) : text;
  assert.ok(base.includes(from), `'${from}' is not in ${path}`);
  playbook.workspace.set(path, { type: 'text', text: base.replace(from, to) });
}

const rules = (playbook: LoadedPlaybook, path: string) => playbook.workspace.findings(path).map((f) => f.rule).sort();

describe('view badges', () => {
  let playbook: LoadedPlaybook;
  let all: LoadedPlaybook[];
  beforeEach(async () => {
    all = await playbooksIn(tempPlaybook(readTree(REFERENCE)));
    [playbook] = all;
  });
  after(cleanup);

  const brief = (): ViewNode | undefined => find(viewTree('pipeline', all), 'Black Friday early access');

  it('badges a brief made overdue, gate-missing and wrong, in order of importance, and clears them when fixed', () => {
    // In 'launch' since 2026-11-12 on the config's today 2026-11-20: 8 days, the stage's SLA is 2.
    edit(playbook, BRIEF, '    entered: 2026-11-18', '    entered: 2026-11-12');
    let node = brief();
    assert.equal(node?.description, 'SLA overdue · priya.shah');
    assert.deepEqual([node?.icon, node?.color], ['watch', 'list.warningForeground']);
    assert.match(node?.tooltip ?? '', /\n\n\$\(watch\) \*\*SLA overdue\*\*: In 'launch' for 8 days/);
    assert.ok(rules(playbook, BRIEF).includes('brief/sla-overdue'));
    // The qa gate's approval no longer approved, and an owner not on the Team (an error of another rule).
    edit(playbook, BRIEF, '    approver: priya.shah\n    status: approved', '    approver: priya.shah\n    status: pending');
    edit(playbook, BRIEF, 'owner: priya.shah\n', 'owner: priya.shahh\n');
    node = brief();
    assert.equal(node?.description, 'gate missing · 1 error · SLA overdue · priya.shahh');
    assert.deepEqual([node?.icon, node?.color], ['lock', 'list.errorForeground'], 'the most important badge is the icon');
    // The error badge's tooltip line names the rule; the owner's misspelling is escaped Markdown.
    assert.match(node?.tooltip ?? '', /\$\(error\) \*\*ref\/unknown-person\*\*: /);
    assert.match(node?.tooltip ?? '', /owner priya\.shahh/);
    for (const rule of ['brief/gate-missing', 'brief/sla-overdue', 'ref/unknown-person']) assert.ok(rules(playbook, BRIEF).includes(rule), rule);
    // Fixed: every badge goes.
    edit(playbook, BRIEF, '    entered: 2026-11-12', '    entered: 2026-11-18');
    edit(playbook, BRIEF, 'status: pending', 'status: approved');
    edit(playbook, BRIEF, 'owner: priya.shahh\n', 'owner: priya.shah\n');
    node = brief();
    assert.deepEqual([node?.description, node?.icon, node?.color], ['priya.shah', 'megaphone', undefined]);
    assert.deepEqual(rules(playbook, BRIEF), []);
  });

  it('moves a brief to the stage its file names, badged until its history agrees; a stage no workflow has shows as unknown', () => {
    edit(playbook, BRIEF, 'stage: launch\n', 'stage: optimize\n');
    let lines = outline(viewTree('pipeline', all));
    // brief/history-mismatch (an error): the history still ends at 'launch'.
    assert.equal(lines[lines.indexOf('  optimize (1) — SLA 30 days') + 1], '    Black Friday early access — 1 error · priya.shah');
    assert.ok(lines.includes('  launch (0) — SLA 2 days'));
    edit(playbook, BRIEF, '    entered: 2026-11-18\n', '    entered: 2026-11-18\n  - stage: optimize\n    entered: 2026-11-20\n');
    lines = outline(viewTree('pipeline', all));
    assert.equal(lines[lines.indexOf('  optimize (1) — SLA 30 days') + 1], '    Black Friday early access — priya.shah');
    edit(playbook, BRIEF, 'stage: optimize\n', 'stage: optimise\n');
    const node = find(viewTree('pipeline', all), "unknown stage 'optimise' (1)");
    assert.deepEqual([node?.icon, node?.children?.map((c) => c.label)], ['warning', ['Black Friday early access']]);
  });

  it('badges a tool from the martech findings, only the document of its file it is about', () => {
    // 5 of 20 seats (25%) is below the config's 0.6; a review every 30 days since 2026-10-01 was due 2026-10-31.
    edit(playbook, 'martech/hubspot.yaml', 'active: 17', 'active: 5');
    edit(playbook, 'martech/hubspot.yaml', 'review_every_days: 90', 'review_every_days: 30');
    const tree = viewTree('martech', all);
    const hubspot = find(tree, 'HubSpot Marketing Hub');
    assert.equal(hubspot?.description, 'review overdue · low utilisation · priya.shah · USD 36,000/yr');
    assert.equal(hubspot?.icon, 'history');
    // martech/register.yaml holds three tools: a finding on its third (Meta Ads) badges that one only.
    edit(playbook, 'martech/register.yaml', 'name: Meta Ads Manager\n', 'name: Meta Ads Manager\nstatus: bogus\n');
    const register = viewTree('martech', all);
    assert.match(find(register, 'Meta Ads Manager')?.description ?? '', /^1 error · /);
    assert.equal(find(register, 'Google Analytics 4')?.description, 'li.wei · USD 0/yr');
    assert.equal(find(register, 'Salesforce Sales Cloud')?.description, 'li.wei · USD 54,000/yr');
  });

  it('badges a launch live in a blackout added to the config', () => {
    edit(playbook, 'mops.config.yaml', 'martech:\n', 'calendar:\n  blackouts:\n    - from: 2026-11-26\n      to: 2026-11-27\n      reason: Thanksgiving\nmartech:\n');
    const launch = find(viewTree('calendar', all), 'Black Friday early access');
    assert.equal(launch?.description, 'blackout · 2026-11-18 → 2026-11-30 · email');
    assert.match(launch?.tooltip ?? '', /blackout.*Live 2026-11-26 to 2026-11-27 during the blackout 'Thanksgiving'/);
  });

  it("shows a step's role and done-when, its link in the tooltip, escaped", () => {
    const text = [
      'apiVersion: mops/v1',
      'kind: Sop',
      'id: launch-day',
      'title: Launch day',
      'area: campaign-ops',
      'owner: priya.shah',
      'steps:',
      '  - Check the calendar',
      '  - do: Send the *launch* e-mail',
      '    role: campaign-ops',
      '    link: https://wiki.acme.example/launch',
      '    done_when: The send shows in HubSpot',
      '',
    ].join('\n');
    playbook.workspace.set('sops/launch-day.yaml', { type: 'text', text });
    const lines = outline(viewTree('sops', all));
    const at = lines.indexOf('  Launch day — priya.shah');
    assert.deepEqual(lines.slice(at, at + 3), [
      '  Launch day — priya.shah',
      '    1. Check the calendar',
      '    2. Send the *launch* e-mail — campaign-ops · done when: The send shows in HubSpot',
    ]);
    const step = find(viewTree('sops', all), '2. Send the *launch* e-mail');
    assert.equal(step?.icon, 'link');
    assert.equal(step?.tooltip, '**Send the \\*launch\\* e-mail**  \nRole: campaign-ops  \nDone when: The send shows in HubSpot  \nLink: https://wiki.acme.example/launch');
  });
});
