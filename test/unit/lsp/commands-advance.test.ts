// The advance command's requests over the protocol (`mops/advance`, `mops/approve`), with `mops lsp --stdio` on a copy
// of the reference playbook: a brief whose gate passes moves on (stage and history only), one whose gate fails says
// why and offers the approval it lacks, whose edit, applied, lets it move on; params that make no sense answered empty.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AdvanceStageResult, ApproveResult } from '../../../src/lsp/protocol-advance';
import { cleanup, readTree, REFERENCE, tempPlaybook } from '../../helpers';
import type { LspClient } from '../lsp-client';
import { applyEdits, fileUri, ready, startServer } from './mops-server';

const LAUNCH = 'campaigns/2026q4-na-email-black-friday.yaml';
const CREATIVE = 'campaigns/2026q4-emea-social-winter-webinar.yaml';

describe('mops lsp: the advance requests', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient;
  const advance = (uri: unknown) => client.request<AdvanceStageResult>('mops/advance', { uri });
  const read = (path: string) => readFileSync(join(dir, ...path.split('/')), 'utf8');
  const open = (path: string, text = read(path), version = 1) => {
    client.notify('textDocument/didOpen', { textDocument: { uri: fileUri(dir, path), languageId: 'yaml', version, text } });
    return fileUri(dir, path);
  };

  before(async () => {
    dir = tempPlaybook(readTree(REFERENCE));
    ({ client } = await startServer(dir, { pull: true }));
    await ready(client);
  });
  after(async () => {
    await client?.close();
    cleanup();
  });

  it('moves a brief whose gate passes one stage on: the stage and one history entry, on the buffer it was given', async () => {
    // Unsaved typing in the buffer: the edit is computed on it, for its version.
    const typed = read(LAUNCH).replace('owner: priya.shah\n', 'owner: priya.shah   # typed, not saved\n');
    const uri = open(LAUNCH, typed, 4);
    const answer = await advance(uri);
    assert.equal(answer?.id, '2026q4-na-email-black-friday');
    assert.ok(answer?.result.ok);
    assert.deepEqual([answer.result.from, answer.result.to], ['launch', 'optimize']);
    assert.deepEqual([answer.result.file.uri, answer.result.file.version], [uri, 4]);
    const expected = typed
      .replace('\nstage: launch\n', '\nstage: optimize\n')
      .replace('  - stage: launch\n    entered: 2026-11-18\n', '  - stage: launch\n    entered: 2026-11-18\n  - stage: optimize\n    entered: 2026-11-20\n');
    assert.equal(applyEdits(typed, answer.result.file.edits), expected);
  });

  it('offers the delegate of an away holder first, then the holder; the delegate\'s approval passes the gate', async () => {
    const team = read('team.yaml');
    const away = team.replace('    roles: [brand]\n', '    roles: [brand]\n    away:\n      - from: 2026-11-16\n        to: 2026-11-27\n        delegate: ana.silva\n');
    const teamUri = open('team.yaml', away);
    const text = read(CREATIVE);
    const uri = open(CREATIVE, text);
    const answer = await advance(uri);
    assert.ok(answer && !answer.result.ok && answer.result.approval);
    assert.deepEqual(answer.result.approval.approvers, [
      { id: 'ana.silva', name: 'Ana Silva', for: 'tom.becker' },
      { id: 'tom.becker', name: 'Tom Becker', awayUntil: '2026-11-27' },
    ]);
    const approved = await client.request<ApproveResult>('mops/approve', { uri, offer: answer.result.approval, approver: 'ana.silva' });
    assert.ok(approved && 'edits' in approved);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: applyEdits(text, approved.edits.edits) }] });
    const report = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(report.items, [], 'a delegate approving on a day of the period breaks no rule');
    assert.ok((await advance(uri))?.result.ok);
    client.notify('textDocument/didClose', { textDocument: { uri } });
    client.notify('textDocument/didClose', { textDocument: { uri: teamUri } });
    await client.request('mops/idle', {}); // the Team is the disk's again before the next test
  });

  it('refuses a brief whose gate fails, says why, and offers the approval; its edit applied, the brief moves on', async () => {
    const text = read(CREATIVE);
    const uri = open(CREATIVE, text);
    const answer = await advance(uri);
    assert.equal(answer?.id, '2026q4-emea-social-winter-webinar');
    assert.ok(answer && !answer.result.ok);
    assert.deepEqual(answer.result.reasons, ["The 'creative' gate has no approval from a person with the role 'brand'."]);
    assert.deepEqual(answer.result.blockers.map((b) => b.message), answer.result.reasons);
    const offer = answer.result.approval;
    assert.ok(offer);
    assert.equal(offer.gate, 'creative');
    assert.deepEqual(offer.roles, ['brand']);
    assert.equal(offer.date, '2026-11-20');
    assert.ok(offer.approvers.length > 0);

    const approver = offer.approvers[0].id;
    const approved = await client.request<ApproveResult>('mops/approve', { uri, offer, approver });
    assert.ok(approved && 'edits' in approved, JSON.stringify(approved));
    assert.deepEqual([approved.edits.uri, approved.edits.version], [uri, 1]);
    const after = applyEdits(text, approved.edits.edits);
    assert.match(after, new RegExp(`  - gate: creative\\n    approver: ${approver.replace('.', '\\.')}\\n    status: approved\\n    date: 2026-11-20\\n`));
    assert.equal(after.replace(/ {2}- gate: creative\n( {4}.*\n)+/, ''), text);
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: after }] });
    const report = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
    assert.deepEqual(report.items, []);
    const again = await advance(uri);
    assert.ok(again?.result.ok, JSON.stringify(again));
    assert.deepEqual([again.result.from, again.result.to, again.result.file.version], ['creative', 'review', 2]);
  });

  it('answers params that make no sense with empty answers, and keeps serving', async () => {
    const uri = fileUri(dir, LAUNCH);
    assert.equal(await advance(undefined), null);
    assert.equal(await advance(7), null);
    assert.equal(await advance('file:///nowhere/brief.yaml'), null);
    assert.equal(await client.request('mops/advance', null), null);
    const offer = { gate: 'launch', roles: [], approvers: [], date: '2026-11-20', checklist: [] };
    assert.equal(await client.request('mops/approve', { uri, offer }), null);
    assert.equal(await client.request('mops/approve', { uri, offer: { ...offer, checklist: 'all' }, approver: 'li.wei' }), null);
    assert.equal(await client.request('mops/approve', { uri: fileUri(dir, 'team.yaml'), offer, approver: 'li.wei' }), null);
    assert.equal(await client.request('mops/approve', 'approve'), null);
    assert.ok((await advance(uri))?.result.ok);
  });
});
