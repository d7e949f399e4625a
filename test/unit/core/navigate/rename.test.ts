// Rename of a person, tool, program and brief: the edits applied with applyEdits leave a playbook that checks as
// clean as before; quoting and comments stay; bad, taken and colliding names are refused.

import assert from 'node:assert/strict';
import { prepareRenameAt, renameAt, type RenamePlan, type Workspace } from '../../../../src/core';
import { applyPlan, at, BLACK_FRIDAY, BUDGET, cursor, findingsOf, HUBSPOT, marked, playbook, REGISTER, TEAM, TREE, WEBINAR } from './helpers';

function plan(ws: Workspace, path: string, marker: string, name: string): RenamePlan {
  const result = renameAt(ws, path, cursor(ws, path, marker), name);
  assert.ok(!('error' in result), 'error' in result ? result.error : '');
  return result;
}

function refused(ws: Workspace, path: string, marker: string, name: string): string {
  const result = renameAt(ws, path, cursor(ws, path, marker), name);
  assert.ok('error' in result, `expected a refusal, got ${JSON.stringify(result)}`);
  return result.error;
}

/** The reference playbook's findings, as a set to compare with the renamed playbook's. */
const severe = (ws: Workspace) => ws.allFindings().filter((f) => f.severity !== 'info');

describe('renameAt', () => {
  const ws = playbook();
  const before = findingsOf(ws);

  it('starts from a reference playbook with no errors or warnings', () => {
    assert.deepEqual(severe(ws), []);
  });

  it('renames a person everywhere, from a reference, and the playbook stays clean', () => {
    const p = plan(ws, BLACK_FRIDAY, 'owner: priya|.shah', 'priya.sharma');
    assert.deepEqual(p.renames, []);
    const after = applyPlan(TREE, p);
    assert.ok(after[TEAM].includes('- id: priya.sharma\n'));
    assert.ok(!Object.values(after).some((t) => /\bpriya\.shah\b/.test(t)), 'no mention of the old id is left');
    // Only the values changed: the same text with the old id written in its place.
    for (const [path, text] of Object.entries(after)) assert.equal(text.replace(/priya\.sharma/g, 'priya.shah'), TREE[path], path);
    const renamed = playbook(after);
    assert.deepEqual(severe(renamed), []);
    assert.deepEqual(findingsOf(renamed), before);
  });

  it('renames a tool from its definition, integrations and brief tools included', () => {
    const p = plan(ws, REGISTER, 'id: g|a4', 'google-analytics');
    const after = applyPlan(TREE, p);
    assert.ok(after[BLACK_FRIDAY].includes('tools: [hubspot, google-analytics]'));
    assert.ok(after[HUBSPOT].includes('integrations: [salesforce, google-analytics]'));
    assert.ok(after[REGISTER].includes('id: google-analytics\n'));
    assert.deepEqual(findingsOf(playbook(after)), before);
  });

  it('renames a program from a brief: its allocation and every brief of it', () => {
    const p = plan(ws, WEBINAR, 'program: demand|-gen', 'pipeline');
    const after = applyPlan(TREE, p);
    assert.ok(after[BUDGET].includes('- program: pipeline\n'));
    assert.equal(Object.values(after).filter((t) => t.includes('program: pipeline')).length, 4);
    assert.deepEqual(findingsOf(playbook(after)), before);
  });

  it("renames a brief: its id, its links' utm_campaign and its file", () => {
    const p = plan(ws, BLACK_FRIDAY, 'id: 2026q4-na-email-black|-friday', '2026q4-na-email-cyber-monday');
    const to = 'campaigns/2026q4-na-email-cyber-monday.yaml';
    assert.deepEqual(p.renames, [{ from: BLACK_FRIDAY, to }]);
    const after = applyPlan(TREE, p);
    assert.equal(after[BLACK_FRIDAY], undefined);
    assert.equal(after[to], TREE[BLACK_FRIDAY].replace(/2026q4-na-email-black-friday/g, '2026q4-na-email-cyber-monday'));
    assert.equal((after[to].match(/utm_campaign=2026q4-na-email-cyber-monday&/g) ?? []).length, 2);
    assert.deepEqual(findingsOf(playbook(after)), before);
    // From a link's utm_campaign: the same plan.
    assert.deepEqual(plan(ws, BLACK_FRIDAY, 'utm_campaign=2026q4-na-email-black-fri|day&utm_content=footer', '2026q4-na-email-cyber-monday'), p);
  });

  it('keeps quoting and comments, and leaves a file not named for the brief where it is', () => {
    const brief = [
      'apiVersion: mops/v1',
      'kind: Brief',
      "id: 'b1'  # the id",
      'owner: "ana"  # until March',
      "requester: 'ana'",
      'approvals:',
      '  - {gate: brief, approver: ana, status: pending}  # asked',
      'links:',
      '  - name: hero',
      '    url: "https://www.acme.example/?utm_source=newsletter&utm_medium=email&utm_campaign=b1"',
      '',
    ].join('\n');
    const team = ['apiVersion: mops/v1', 'kind: Team', 'id: t', 'members:', '  - id: ana # Ana', '    name: Ana', '    roles: [x]', ''].join('\n');
    const files = { 'briefs/launch.yaml': brief, 'team.yaml': team };
    const fixture = playbook(files);
    const person = applyPlan(files, plan(fixture, 'team.yaml', 'id: a|na', 'bo'));
    assert.equal(person['briefs/launch.yaml'], brief.replace('"ana"', '"bo"').replace("'ana'", "'bo'").replace('approver: ana', 'approver: bo'));
    assert.equal(person['team.yaml'], team.replace('id: ana # Ana', 'id: bo # Ana'));
    const renamed = plan(fixture, 'briefs/launch.yaml', "id: 'b|1'", 'b2');
    assert.deepEqual(renamed.renames, []);
    assert.equal(applyPlan(files, renamed)['briefs/launch.yaml'], brief.replace("'b1'", "'b2'").replace('utm_campaign=b1', 'utm_campaign=b2'));
  });

  it('refuses a bad id, a taken id, a file that exists and a value shared through an alias', () => {
    assert.match(refused(ws, TEAM, 'id: priya|.shah', 'priya shah'), /'priya shah' is not a valid id/);
    assert.match(refused(ws, TEAM, 'id: priya|.shah', ''), /not a valid id/);
    assert.equal(refused(ws, TEAM, 'id: priya|.shah', 'maria.lopez'), "'maria.lopez' already names a member of the Team.");
    assert.equal(refused(ws, REGISTER, 'id: g|a4', 'hubspot'), "'hubspot' already names a tool.");
    assert.equal(refused(ws, BUDGET, 'program: bra|nd', 'demand-gen'), "'demand-gen' already names a program.");
    assert.equal(refused(ws, BLACK_FRIDAY, 'id: 2026q4-na-email|-black-friday', '2026q4-emea-social-winter-webinar'), "'2026q4-emea-social-winter-webinar' already names a brief.");
    assert.match(refused(ws, BLACK_FRIDAY, 'id: 2026q4-na-email|-black-friday', 'black-friday'), /does not fit the campaign naming convention/);
    const taken = playbook({ ...TREE, 'campaigns/2026q4-na-email-cyber-monday.yaml': 'notes: a file of the same name\n' });
    assert.equal(
      refused(taken, BLACK_FRIDAY, 'id: 2026q4-na-email|-black-friday', '2026q4-na-email-cyber-monday'),
      "campaigns/2026q4-na-email-cyber-monday.yaml already exists: the brief's file cannot be renamed to it.",
    );
    const aliased = playbook({ ...TREE, [BLACK_FRIDAY]: TREE[BLACK_FRIDAY].replace('owner: priya.shah', 'owner: &lead priya.shah').replace('approver: priya.shah', 'approver: *lead') });
    assert.match(refused(aliased, TEAM, 'id: priya|.shah', 'priya.sharma'), /written through an alias in campaigns\/2026q4-na-email-black-friday\.yaml \(line \d+\)/);
    assert.equal(refused(ws, BLACK_FRIDAY, 'stage: la|unch\nobjective', 'go'), 'Only a person, tool, program or brief can be renamed');
  });
});

describe('prepareRenameAt', () => {
  const ws = playbook();

  it("gives the id's range and text, or why it cannot be renamed, or nothing", () => {
    const person = prepareRenameAt(ws, BLACK_FRIDAY, cursor(ws, BLACK_FRIDAY, 'owner: priya|.shah'));
    assert.ok(person && 'range' in person);
    assert.equal(at(BLACK_FRIDAY, person.range), marked(ws, BLACK_FRIDAY, 'owner: «priya.shah»'));
    assert.equal(person.placeholder, 'priya.shah');
    const link = prepareRenameAt(ws, BLACK_FRIDAY, cursor(ws, BLACK_FRIDAY, 'utm_campaign=2026q4|-na-email-black-friday&utm_content=footer'));
    assert.ok(link && 'range' in link);
    assert.equal(link.placeholder, '2026q4-na-email-black-friday');
    assert.deepEqual(prepareRenameAt(ws, BLACK_FRIDAY, cursor(ws, BLACK_FRIDAY, 'workflow: camp|aign')), { error: 'Only a person, tool, program or brief can be renamed' });
    assert.deepEqual(prepareRenameAt(ws, BLACK_FRIDAY, cursor(ws, BLACK_FRIDAY, 'currency: U|SD')), { error: 'Only a person, tool, program or brief can be renamed' });
    assert.equal(prepareRenameAt(ws, BLACK_FRIDAY, cursor(ws, BLACK_FRIDAY, 'title: Black| Friday')), undefined);
  });
});
