// The tree views over the protocol (`mops/tree`, `mops/treeChanged`), with `mops lsp --stdio` on a copy of the
// reference playbook: the trees the VS Code views show, a stage edited in an open brief that moves it (after a
// notification naming the views to ask again), and a nested playbook that groups the trees.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ViewNode } from '../../../src/core';
import type { TreeChangedParams, TreeNode, TreeResult } from '../../../src/lsp/protocol';
import { cleanup, readTree, REFERENCE, tempPlaybook } from '../../helpers';
import { ResponseError, type LspClient } from '../lsp-client';
import { fileUri, ready, startServer } from './mops-server';

const BRIEF = 'campaigns/2026q4-na-email-black-friday.yaml';

/** The protocol's node is the core's, written out import-free: either converts to the other without a cast. */
const sameShape = (node: TreeNode): TreeNode => ((core: ViewNode): TreeNode => core)(node);

/** The tree as a user reads it: `label — description`, children indented under their parent. */
function outline(nodes: readonly TreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.label}${n.description ? ` — ${n.description}` : ''}`, ...outline(n.children ?? [], depth + 1)]);
}

describe('mops lsp: tree views', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient;
  const tree = async (view: string, options?: unknown) => (await client.request<TreeResult>('mops/tree', { view, options })).nodes.map(sameShape);

  before(async () => {
    dir = tempPlaybook(readTree(REFERENCE));
    ({ client } = await startServer(dir, { watchers: true }));
    await ready(client);
  });
  after(async () => {
    await client?.close();
    cleanup();
  });

  it('answers the Pipeline, Martech Register and SOP Library as the editor shows them', async () => {
    const pipeline = await tree('pipeline');
    assert.deepEqual(outline(pipeline).slice(0, 11), [
      'Campaign launch — campaign · 3 briefs',
      '  brief (0) — SLA 5 days',
      '  creative (1) — SLA 10 days',
      '    Winter operations webinar — li.wei',
      '  review (0) — SLA 3 days',
      '  qa (0) — SLA 3 days',
      '  launch (1) — SLA 2 days',
      '    Black Friday early access — priya.shah',
      '  optimize (0) — SLA 30 days',
      '  report (1) — SLA 7 days',
      '    Back to school search push — priya.shah · closed',
    ]);
    // Both workflows' 7 stages and the 4 briefs: 2 + 14 + 4 = 20 lines.
    assert.equal(outline(pipeline).length, 20);
    const brief = pipeline[0].children?.[4].children?.[0];
    assert.deepEqual(brief?.open, { uri: fileUri(dir, BRIEF), index: 0, path: ['stage'], title: 'Open the brief at its stage' });
    assert.deepEqual([brief?.icon, brief?.contextValue], ['megaphone', 'mops.brief']);
    assert.deepEqual(outline(await tree('martech')), [
      'advertising — 1 tool',
      '  Meta Ads Manager — priya.shah · USD 0/yr',
      'analytics — 1 tool',
      '  Google Analytics 4 — li.wei · USD 0/yr',
      'crm — 1 tool',
      '  Salesforce Sales Cloud — li.wei · USD 54,000/yr',
      'marketing-automation — 1 tool',
      '  HubSpot Marketing Hub — priya.shah · USD 36,000/yr',
    ]);
    const sops = await tree('sops');
    assert.deepEqual(sops.map((n) => n.label), ['campaign-ops', 'martech']);
    assert.equal(outline(sops).length, 2 + 2 + 8, '2 areas, 2 SOPs, 4 steps each');
  });

  it('takes the Calendar and My Queue options, and refuses a view it does not know', async () => {
    assert.deepEqual((await tree('calendar', { by: 'week' })).map((n) => n.label)[1], 'Week 47, 16 Nov – 22 Nov 2026');
    assert.deepEqual(outline(await tree('queue', { person: 'tom.becker' })), ['Winter operations webinar — Approval · due in 2 days']);
    assert.deepEqual(outline(await tree('queue', { email: { why: 'no git here' } })), ['Who are you? Set mops.queue.person: no git here.']);
    // Options of the wrong types are left out, not thrown on.
    assert.deepEqual(outline(await tree('calendar', { by: 'fortnight', roots: 7 })).length, 8);
    await assert.rejects(client.request('mops/tree', { view: 'budget' }), (error: unknown) => error instanceof ResponseError && error.code === -32602);
    await assert.rejects(client.request('mops/tree', null), (error: unknown) => error instanceof ResponseError && error.code === -32602);
  });

  it('a stage edited in an open brief sends mops/treeChanged and moves the brief in the next tree', async () => {
    const uri = fileUri(dir, BRIEF);
    const text = readFileSync(join(dir, BRIEF), 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const next = text.replace('stage: launch\n', 'stage: optimize\n').replace('    entered: 2026-11-18\n', '    entered: 2026-11-18\n  - stage: optimize\n    entered: 2026-11-20\n');
    const changed = client.waitFor<TreeChangedParams>('mops/treeChanged', (p) => p.views.includes('pipeline'), 'mops/treeChanged for the pipeline');
    const lines = text.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text: next }] });
    // Every view asked for so far lists briefs or reads any change; the Martech Register and SOP Library do not.
    assert.deepEqual((await changed).views, ['pipeline', 'calendar', 'queue']);
    const pipeline = outline(await tree('pipeline'));
    assert.equal(pipeline[pipeline.indexOf('  optimize (1) — SLA 30 days') + 1], '    Black Friday early access — priya.shah');
    assert.ok(pipeline.includes('  launch (0) — SLA 2 days'));
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('with changes, a title edited answers only the brief’s node; a stage edited answers the whole tree', async () => {
    const uri = fileUri(dir, BRIEF);
    const text = readFileSync(join(dir, BRIEF), 'utf8');
    const ask = () => client.request<TreeResult>('mops/tree', { view: 'pipeline', lazy: true, changes: true });
    const edit = async (version: number, next: string) => {
      const changed = client.waitFor<TreeChangedParams>('mops/treeChanged', (p) => p.views.includes('pipeline'), 'mops/treeChanged for the pipeline');
      const lines = text.split('\n');
      const end = { line: lines.length + 5, character: 0 };
      client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text: next }] });
      await changed;
    };
    // The last test's buffer, closed, is read from disk again: the tree compared with is the one after that.
    await client.request('mops/idle', null);
    await tree('pipeline');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    assert.deepEqual(await ask(), { nodes: [], changed: true }, 'nothing changed since the last answer');
    await edit(2, text.replace(/^title: .*$/m, 'title: Black Friday, early'));
    const retitled = await ask();
    assert.equal(retitled.changed, true);
    assert.deepEqual(retitled.nodes.map((n) => [n.label, n.children]), [['Black Friday, early', undefined]]);
    await edit(3, text.replace('stage: launch\n', 'stage: optimize\n').replace('    entered: 2026-11-18\n', '    entered: 2026-11-18\n  - stage: optimize\n    entered: 2026-11-20\n'));
    const moved = await ask();
    assert.equal(moved.changed, undefined, 'a new shape comes whole');
    assert.ok(outline(moved.nodes).includes('  optimize (1) — SLA 30 days'));
    client.notify('textDocument/didClose', { textDocument: { uri } });
  });

  it('a nested playbook appearing on disk regroups every view asked for, its files under it only', async () => {
    mkdirSync(join(dir, 'second', 'sops'), { recursive: true });
    writeFileSync(join(dir, 'second', 'mops.config.yaml'), 'apiVersion: mops/v1\nkind: Config\n');
    writeFileSync(join(dir, 'second', 'sops', 'nested.yaml'), 'apiVersion: mops/v1\nkind: Sop\nid: nested-sop\ntitle: A nested SOP\narea: nested\nowner: someone\nsteps: [one, two]\n');
    const changed = client.waitFor<TreeChangedParams>('mops/treeChanged', (p) => p.views.includes('sops'), 'mops/treeChanged after the new playbook');
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(dir, 'second/mops.config.yaml'), type: 1 }, { uri: fileUri(dir, 'second/sops/nested.yaml'), type: 1 }] });
    assert.deepEqual((await changed).views, ['pipeline', 'martech', 'sops', 'calendar', 'queue']);
    const sops = await tree('sops');
    assert.deepEqual(sops.map((n) => [n.label, n.description, n.contextValue]), [
      [dir.slice(dir.lastIndexOf('/') + 1), undefined, 'mops.playbook'],
      ['second', 'second', 'mops.playbook'],
    ]);
    assert.equal(outline(sops).filter((l) => l.includes('A nested SOP')).length, 1);
    assert.deepEqual(outline(sops[1].children ?? []).slice(0, 2), ['nested — 1 SOP', '  A nested SOP — 1 error · someone']);
  });

  it('with lazy, a long collapsed group comes without its nodes; they are asked for by its id, fresh after a change', async () => {
    const sop = (i: number) => `apiVersion: mops/v1\nkind: Sop\nid: bulk-${String(i).padStart(3, '0')}\ntitle: Bulk ${i}\narea: bulk\nowner: someone\nsteps: [one]\n`;
    const write = (n: number) => writeFileSync(join(dir, 'sops', 'bulk.yaml'), Array.from({ length: n }, (_, i) => sop(i)).join('---\n'));
    const changed = () => client.waitFor<TreeChangedParams>('mops/treeChanged', (p) => p.views.includes('sops'), 'mops/treeChanged after the bulk SOPs');
    const lazy = async (parent?: string) => (await client.request<TreeResult>('mops/tree', { view: 'sops', lazy: true, ...(parent ? { parent } : {}) })).nodes.map(sameShape);
    let told = changed();
    write(101);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(dir, 'sops/bulk.yaml'), type: 1 }] });
    await told;
    const bulkOf = (nodes: readonly TreeNode[]) => nodes[0].children?.find((n) => n.label === 'bulk');
    // Over 100 SOPs in an area: it starts collapsed; the whole tree still holds them, the lazy one leaves them out.
    assert.equal(bulkOf(await tree('sops'))?.children?.length, 101);
    const bulk = bulkOf(await lazy());
    assert.deepEqual([bulk?.label, bulk?.description, bulk?.collapsed, bulk?.children], ['bulk', '101 SOPs', 'collapsed', undefined]);
    const area = await lazy(bulk!.id);
    assert.deepEqual([area.length, area[0].label, area[0].collapsed, area[0].children?.length], [101, 'Bulk 0', 'collapsed', 1]);
    // An SOP more: the client is told, and the group's nodes it asks for are the new ones.
    told = changed();
    write(102);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(dir, 'sops/bulk.yaml'), type: 2 }] });
    await told;
    assert.equal((await lazy(bulk!.id)).length, 102);
    assert.deepEqual(await lazy('no such node'), []);
  });
});
