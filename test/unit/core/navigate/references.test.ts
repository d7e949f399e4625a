// Find all references on the reference playbook and fixtures: from a reference and from the definition.

import assert from 'node:assert/strict';
import { referencesAt, type Workspace } from '../../../../src/core';
import { at, BLACK_FRIDAY, BUDGET, CAMPAIGN_WORKFLOW, cursor, HUBSPOT, marked, playbook, REGISTER, TEAM, TREE, WEBINAR } from './helpers';

const references = (ws: Workspace, path: string, marker: string, declaration = false) => referencesAt(ws, path, cursor(ws, path, marker), declaration).map((l) => at(l.path, l.range));

const CONTENT = 'campaigns/2027q1-global-content-state-of-ops.yaml';
const SEARCH = 'campaigns/2026q3-na-search-back-to-school.yaml';
const LAUNCH_SOP = 'sops/campaign-launch-checklist.yaml';

describe('referencesAt', () => {
  const ws = playbook();

  it("finds every field that names a person, from a reference and from the Team entry, sorted", () => {
    const expected = [
      marked(ws, SEARCH, 'owner: «priya.shah»'),
      marked(ws, BLACK_FRIDAY, 'owner: «priya.shah»'),
      marked(ws, BLACK_FRIDAY, 'approver: «priya.shah»'),
      marked(ws, HUBSPOT, 'owner: «priya.shah»'),
      marked(ws, REGISTER, 'owner: «priya.shah»'),
      marked(ws, LAUNCH_SOP, 'owner: «priya.shah»'),
    ];
    const fromReference = references(ws, BLACK_FRIDAY, 'owner: priya|.shah');
    // The search brief has more mentions; every one is there, in path then position order.
    for (const place of expected) assert.ok(fromReference.includes(place), `${place} in ${fromReference.join(', ')}`);
    const sorted = [...fromReference].sort((a, b) => (a.split(':')[0] === b.split(':')[0] ? Number(a.split(':')[1]) - Number(b.split(':')[1]) : a < b ? -1 : 1));
    assert.deepEqual(fromReference, sorted);
    assert.equal(new Set(fromReference).size, fromReference.length);
    const fromDefinition = references(ws, TEAM, '- id: priya|.shah');
    assert.deepEqual(fromDefinition, fromReference);
    const withDeclaration = references(ws, TEAM, '- id: priya|.shah', true);
    assert.deepEqual(withDeclaration, [...fromReference, marked(ws, TEAM, '- id: «priya.shah»')].sort((a, b) => (a.split(':')[0] < b.split(':')[0] ? -1 : a.split(':')[0] > b.split(':')[0] ? 1 : Number(a.split(':')[1]) - Number(b.split(':')[1]))));
  });

  it('finds a tool in briefs, SOPs and integrations', () => {
    const ga4 = references(ws, REGISTER, 'id: g|a4', true);
    assert.deepEqual(ga4, [
      marked(ws, SEARCH, 'tools: [«ga4»]'),
      marked(ws, BLACK_FRIDAY, 'tools: [hubspot, «ga4»]'),
      marked(ws, HUBSPOT, 'integrations: [salesforce, «ga4»]'),
      marked(ws, REGISTER, 'id: «ga4»'),
      marked(ws, REGISTER, 'integrations: [«ga4»]'),
    ]);
  });

  it("finds a brief's links by their utm_campaign, from the id and from a link", () => {
    const own = references(ws, BLACK_FRIDAY, 'id: 2026q4-na-email|-black-friday', true);
    const text = ws.parsed(BLACK_FRIDAY)!.text;
    assert.equal(own.length, 3);
    assert.equal(own[0], marked(ws, BLACK_FRIDAY, 'id: «2026q4-na-email-black-friday»'));
    const first = text.indexOf('utm_campaign=') + 'utm_campaign='.length;
    const line = text.slice(0, first).split('\n').length;
    assert.match(own[1], new RegExp(`^${BLACK_FRIDAY.replace(/[.]/g, '\\.')}:${line}:`));
    assert.deepEqual(references(ws, BLACK_FRIDAY, 'utm_campaign=2026q4-na-email-black-fri|day&utm_content=footer', true), own);
    assert.deepEqual(references(ws, BLACK_FRIDAY, 'utm_campaign=2026q4-na-email-black-fri|day&utm_content=footer'), own.slice(1));
  });

  it('finds a stage only in the briefs of its workflow, with history, gates and the workflow itself', () => {
    const brief = references(ws, CAMPAIGN_WORKFLOW, '- id: bri|ef', true);
    const content = references(ws, 'workflows/content.yaml', '- id: bri|ef', true);
    assert.ok(brief.includes(marked(ws, CAMPAIGN_WORKFLOW, '- id: «brief»')));
    assert.ok(brief.includes(marked(ws, BLACK_FRIDAY, '- gate: «brief»')));
    assert.ok(brief.some((p) => p.startsWith(`${WEBINAR}:`)));
    assert.ok(!brief.some((p) => p.startsWith(`${CONTENT}:`)), 'the content workflow has a brief stage of its own');
    assert.ok(content.some((p) => p.startsWith(`${CONTENT}:`)));
    assert.ok(!content.some((p) => p.startsWith(`${BLACK_FRIDAY}:`)));
  });

  it('finds a program from its allocation and a channel from its dictionary entry', () => {
    assert.deepEqual(references(ws, BUDGET, '- program: bra|nd'), [marked(ws, CONTENT, 'program: «brand»')]);
    const email = references(ws, 'conventions/naming.yaml', 'values: [ema|il, social');
    assert.ok(email.includes(marked(ws, BLACK_FRIDAY, 'channels: [«email»]')));
    assert.ok(email.includes(marked(ws, WEBINAR, 'channels: [social, «email»]')));
  });

  it('finds values however they are written: quoted, in flow mappings, after comments, in a second document', () => {
    const brief = [
      'apiVersion: mops/v1',
      'kind: Brief',
      'id: 2026q4-na-email-quoted',
      '# the owner changes in March',
      'owner: "ana"   # until then',
      "requester: 'ana'",
      'approvals:',
      '  - {gate: brief, approver: ana, status: pending}',
      '  -   gate: review',
      '      approver: >-',
      '        ana',
      '---',
      'apiVersion: mops/v1',
      'kind: Tool',
      'id: crm',
      'owner: ana',
      '',
    ].join('\n');
    const team = ['apiVersion: mops/v1', 'kind: Team', 'id: t', 'members:', '  - id: ana', '    name: Ana', '    roles: [x]', ''].join('\n');
    const fixture = playbook({ 'brief.yaml': brief, 'team.yaml': team });
    assert.deepEqual(references(fixture, 'team.yaml', 'id: a|na'), [
      marked(fixture, 'brief.yaml', 'owner: "«ana»"'),
      marked(fixture, 'brief.yaml', "requester: '«ana»'"),
      marked(fixture, 'brief.yaml', 'approver: «ana», status'),
      marked(fixture, 'brief.yaml', '>-\n        «ana»'),
      marked(fixture, 'brief.yaml', 'id: crm\nowner: «ana»'),
    ]);
  });

  it('answers nothing off an entity', () => {
    assert.deepEqual(references(ws, BLACK_FRIDAY, 'title: Black| Friday'), []);
    assert.deepEqual(references(ws, BLACK_FRIDAY, 'consent_basis: con|sent'), []);
    assert.deepEqual(referencesAt(ws, 'missing.yaml', 0, true), []);
    assert.equal(TREE[TEAM].length > 0, true);
  });
});
