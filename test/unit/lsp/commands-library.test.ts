// The lookups and reports behind the extension's commands, over the protocol with `mops lsp --stdio` on a copy of
// the reference playbook: where a file is, the Team, where a view node's value is (after an unsaved edit), the SOP
// library with its steps, a report rendered from the buffers the client holds, and bad params answered, not fatal.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaybooksResult, PositionResult, ReportResult, ReportsResult, SopsResult, TeamResult } from '../../../src/lsp/protocol-commands';
import { cleanup, readTree, REFERENCE, tempPlaybook } from '../../helpers';
import type { LspClient } from '../lsp-client';
import { fileUri, ready, startServer } from './mops-server';

const BRIEF = 'campaigns/2026q4-na-email-black-friday.yaml';

describe('mops lsp: the commands’ lookups and reports', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient;
  let root: string;

  before(async () => {
    dir = tempPlaybook(readTree(REFERENCE));
    root = fileUri(dir);
    ({ client } = await startServer(dir));
    await ready(client);
  });
  after(async () => {
    await client?.close();
    cleanup();
  });

  it('lists the playbook and places a brief in it, with the brief’s id', async () => {
    const result = await client.request<PlaybooksResult>('mops/playbooks', { uri: fileUri(dir, BRIEF) });
    assert.deepEqual(result.playbooks.map((p) => p.uri), [root]);
    assert.deepEqual(result.located, { root, path: BRIEF, brief: '2026q4-na-email-black-friday' });
    const outside = await client.request<PlaybooksResult>('mops/playbooks', { uri: 'file:///elsewhere/x.yaml' });
    assert.equal(outside.located, undefined);
  });

  it('answers the Team with names and roles', async () => {
    const { people } = await client.request<TeamResult>('mops/team', { root });
    const priya = people.find((p) => p.id === 'priya.shah');
    assert.ok(priya?.name && priya.roles.length > 0, JSON.stringify(people));
    assert.deepEqual(await client.request<TeamResult>('mops/team', { root: 'file:///nowhere' }), { people: [] });
  });

  it('places a view node’s value in the buffer as typed, not as saved', async () => {
    const uri = fileUri(dir, BRIEF);
    const text = readFileSync(join(dir, BRIEF), 'utf8');
    const stageLine = text.split('\n').findIndex((l) => l.startsWith('stage:'));
    const saved = await client.request<PositionResult>('mops/position', { uri, index: 0, path: ['stage'] });
    assert.deepEqual(saved, { line: stageLine, character: 7 });
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: `# a new first line\n${text}` } });
    const typed = await client.request<PositionResult>('mops/position', { uri, index: 0, path: ['stage'] });
    assert.deepEqual(typed, { line: stageLine + 1, character: 7 });
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('lists each SOP once with its steps, as text and as YAML scalars', async () => {
    const { sops } = await client.request<SopsResult>('mops/sops', null);
    const launch = sops.find((s) => s.id === 'campaign-launch-checklist');
    assert.ok(launch, JSON.stringify(sops.map((s) => s.id)));
    assert.equal(launch.title, 'Campaign launch checklist');
    assert.equal(launch.path, 'sops/campaign-launch-checklist.yaml');
    assert.deepEqual(launch.position, { line: 0, character: 0 });
    assert.equal(launch.steps[0].text, 'Confirm that every gate approval before launch is recorded in the brief');
    assert.equal(new Set(sops.map((s) => s.uri)).size, sops.length);
  });

  it('renders a report and the check report from the buffers the client holds', async () => {
    const { reports, formats } = await client.request<ReportsResult>('mops/reports', null);
    assert.ok(reports.some((r) => r.name === 'pipeline') && formats.includes('csv'));
    const check = await client.request<ReportResult>('mops/report', { root, report: 'check' });
    assert.equal(check.fileName, 'mops-check.md');
    assert.match(check.content, /files checked: no problems/);
    const uri = fileUri(dir, BRIEF);
    const text = readFileSync(join(dir, BRIEF), 'utf8').replace(/^owner: .*$/m, 'owner: nobody.here');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const unsaved = await client.request<ReportResult>('mops/report', { root, report: 'check' });
    assert.match(unsaved.content, /nobody\.here/);
    const csv = await client.request<ReportResult>('mops/report', { root, report: 'utm', format: 'csv' });
    assert.equal(csv.fileName, 'utm.csv');
    assert.match(csv.content.split(/\r?\n/)[0], /utm_campaign/);
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('answers bad params with empty results and keeps serving', async () => {
    assert.equal(await client.request('mops/report', { root, report: 'nope', format: 'md' }), null);
    assert.equal(await client.request('mops/report', { root, report: 'pipeline', format: 'exe' }), null);
    assert.equal(await client.request('mops/report', 42), null);
    assert.equal(await client.request('mops/position', { uri: 7, index: 'x', path: {} }), null);
    assert.deepEqual(await client.request('mops/team', null), { people: [] });
    assert.equal((await client.request<PlaybooksResult>('mops/playbooks', { uri: ['x'] })).playbooks.length, 1);
  });
});
