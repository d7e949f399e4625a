// Go to definition on the reference playbook and small fixtures: each kind of reference to what defines it.

import assert from 'node:assert/strict';
import { definitionAt, type Workspace } from '../../../../src/core';
import { at, BLACK_FRIDAY, BUDGET, CAMPAIGN_WORKFLOW, cursor, HUBSPOT, marked, playbook, REGISTER, TEAM, TREE, WEBINAR } from './helpers';

const definitions = (ws: Workspace, path: string, marker: string) => definitionAt(ws, path, cursor(ws, path, marker)).map((l) => at(l.path, l.range));

describe('definitionAt', () => {
  const ws = playbook();

  it('takes a person in any person field to their Team entry', () => {
    const priya = [marked(ws, TEAM, '- id: «priya.shah»')];
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, 'owner: pri|ya.shah'), priya);
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, 'approver: priya.shah|'), priya);
    assert.deepEqual(definitions(ws, HUBSPOT, 'owner: |priya.shah'), priya);
    assert.deepEqual(definitions(ws, 'sops/campaign-launch-checklist.yaml', 'owner: priya|.shah'), priya);
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, 'requester: maria|.lopez'), [marked(ws, TEAM, '- id: «maria.lopez»')]);
  });

  it('takes a tool in a brief, an SOP or an integration to the Tool document', () => {
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, 'tools: [hubspot, g|a4]'), [marked(ws, REGISTER, 'id: «ga4»')]);
    assert.deepEqual(definitions(ws, WEBINAR, 'tools: [hub|spot, meta-ads]'), [marked(ws, HUBSPOT, 'id: «hubspot»')]);
    assert.deepEqual(definitions(ws, HUBSPOT, 'integrations: [sales|force, ga4]'), [marked(ws, REGISTER, 'id: «salesforce»')]);
  });

  it('takes a workflow, a stage, a history stage, a gate and a tier into the workflow', () => {
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, 'workflow: camp|aign'), [marked(ws, CAMPAIGN_WORKFLOW, 'id: «campaign»')]);
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, 'stage: la|unch\nobjective'), [marked(ws, CAMPAIGN_WORKFLOW, '- id: «launch»')]);
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, '- stage: revi|ew'), [marked(ws, CAMPAIGN_WORKFLOW, '- id: «review»')]);
    // The gate of an approval: the stage's `gate:`.
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, '- gate: re|view'), [marked(ws, CAMPAIGN_WORKFLOW, '- id: review\n    sla_days: 3\n    «gate»')]);
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, 'tier: |2'), [marked(ws, CAMPAIGN_WORKFLOW, '- tier: «2»\n    min_lead_days: 21')]);
    // The content workflow's brief stage, not the campaign workflow's.
    const content = 'campaigns/2027q1-global-content-state-of-ops.yaml';
    assert.deepEqual(definitions(ws, content, 'workflow: con|tent'), [marked(ws, 'workflows/content.yaml', 'id: «content»')]);
  });

  it('takes a program to its Budget allocation and a channel to the naming dictionary', () => {
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, 'program: demand|-gen'), [marked(ws, BUDGET, '- program: «demand-gen»')]);
    assert.deepEqual(definitions(ws, WEBINAR, 'channels: [social, em|ail]'), [marked(ws, 'conventions/naming.yaml', 'values: [«email», social')]);
  });

  it("takes a link's utm_campaign to the brief it names", () => {
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, 'utm_campaign=2026q4-na-email-black-fri|day&utm_content=hero'), [marked(ws, BLACK_FRIDAY, 'id: «2026q4-na-email-black-friday»')]);
    // Another parameter of the same URL names nothing.
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, 'utm_source=newsl|etter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=hero'), []);
  });

  it('answers itself on a definition, and nothing off a reference', () => {
    assert.deepEqual(definitions(ws, TEAM, '- id: priya|.shah'), [marked(ws, TEAM, '- id: «priya.shah»')]);
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, 'title: Black| Friday'), []);
    assert.deepEqual(definitions(ws, BLACK_FRIDAY, 'ow|ner: priya.shah'), []);
    // An unknown person is defined nowhere.
    const typo = playbook({ ...TREE, [BLACK_FRIDAY]: TREE[BLACK_FRIDAY].replace('owner: priya.shah', 'owner: priya.shha') });
    assert.deepEqual(definitions(typo, BLACK_FRIDAY, 'owner: priya|.shha'), []);
  });

  it('takes a role between the Team members who hold it and the gates and steps that ask for it', () => {
    const files = {
      ...TREE,
      'sops/review.yaml': ['apiVersion: mops/v1', 'kind: Sop', 'id: review', 'title: Review', 'owner: ana.silva', 'steps:', '  - do: Read the draft', '    role: legal', ''].join('\n'),
    };
    const roles = playbook(files);
    assert.deepEqual(definitions(roles, CAMPAIGN_WORKFLOW, 'approver_roles: [le|gal]'), [marked(roles, TEAM, 'roles: [«legal»]')]);
    assert.deepEqual(definitions(roles, 'sops/review.yaml', 'role: le|gal'), [marked(roles, TEAM, 'roles: [«legal»]')]);
    assert.deepEqual(definitions(roles, TEAM, 'roles: [le|gal]'), [marked(roles, 'sops/review.yaml', 'role: «legal»'), marked(roles, CAMPAIGN_WORKFLOW, 'approver_roles: [«legal»]')]);
  });
});
