// The New brief and Create a playbook requests over the protocol (`mops/newBrief`, `mops/briefTemplate`,
// `mops/scaffold`), with `mops lsp --stdio` on a copy of the reference playbook: the wizard's choices, a brief
// and a playbook written from the answers that check clean once on disk, an id that is taken or breaks the
// convention, and params of the wrong shape answered empty.

import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FindingsResult } from '../../../src/lsp/protocol';
import type { BriefTemplateResult, NewBriefResult, ScaffoldResult } from '../../../src/lsp/protocol-brief';
import { cleanup, readTree, REFERENCE, tempPlaybook } from '../../helpers';
import type { LspClient } from '../lsp-client';
import { fileUri, ready, startServer, until, type StatusResult } from './mops-server';

const TOKENS = ['year', 'quarter', 'region', 'channel', 'slug'];

describe('mops lsp: the New brief and Create a playbook requests', function () {
  this.timeout(60_000);
  let dir: string;
  let root: string;
  let client: LspClient;
  const template = (params: Record<string, unknown>) => client.request<BriefTemplateResult>('mops/briefTemplate', { root, workflow: 'campaign', tier: 2, ...params });
  /** Writes files into the temp playbook as an editor would, tells the server, and waits until it has checked them. */
  const write = async (files: Array<{ path: string; text: string }>) => {
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.text);
    }
    client.notify('workspace/didChangeWatchedFiles', { changes: files.map((f) => ({ uri: fileUri(dir, f.path), type: 1 })) });
    await client.request('mops/idle', {});
  };
  const findings = async (path: string) => (await client.request<FindingsResult>('mops/findings', { uri: fileUri(dir, path) })).findings.map((f) => `${f.rule}: ${f.message}`);

  before(async () => {
    dir = tempPlaybook(readTree(REFERENCE));
    ({ client } = await startServer(dir, { watchers: true }));
    const status = await ready(client);
    root = status.roots[0].uri;
  });
  after(async () => {
    await client?.close();
    cleanup();
  });

  it('answers the wizard its workflows and tiers, the campaign convention, the year and the brief folder', async () => {
    const wizard = await client.request<NewBriefResult>('mops/newBrief', { root });
    assert.ok(wizard);
    assert.deepEqual(
      wizard.workflows.map((w) => [w.id, w.title, w.tiers.map((t) => t.tier)]),
      [
        ['campaign', 'Campaign launch', [1, 2, 3]],
        ['content', 'Content production', [1, 2, 3]],
      ],
    );
    assert.deepEqual(wizard.naming?.filter((p) => p.kind !== 'literal').map((p) => ('token' in p ? p.token : '')), TOKENS);
    assert.deepEqual(wizard.naming?.find((p) => 'token' in p && p.token === 'quarter'), { kind: 'values', token: 'quarter', values: ['q1', 'q2', 'q3', 'q4'] });
    assert.equal(wizard.year, '2026');
    assert.equal(wizard.folder, 'campaigns');
  });

  it('writes a brief from the answers that checks clean on disk, with tab stops on the words to write', async () => {
    const id = '2027q1-na-email-spring-test';
    const brief = await template({ id, title: 'Spring test', owner: 'tom.becker', program: 'demand-gen' });
    assert.ok(brief);
    assert.equal(brief.convention, undefined);
    assert.deepEqual([brief.path, brief.exists], [`campaigns/${id}.yaml`, false]);
    assert.match(brief.text, /^apiVersion: mops\/v1\nkind: Brief\nid: 2027q1-na-email-spring-test\ntitle: Spring test\nworkflow: campaign\ntier: 2\nstatus: active\nowner: tom\.becker\nrequester: tom\.becker\nprogram: demand-gen\n/);
    assert.deepEqual(brief.placeholders.map((p) => p.role), ['objective', 'segment', 'planned', 'metric', 'target']);
    assert.equal(brief.text.slice(brief.placeholders[0].start, brief.placeholders[0].end), 'The outcome this campaign must achieve, with a number');
    const tom = brief.people.find((p) => p.id === 'tom.becker');
    assert.ok(tom?.name && tom.roles.length > 0, JSON.stringify(brief.people));
    assert.match(brief.programs.find((p) => p.id === 'demand-gen')?.description ?? '', /^[\d,]+ USD allocated in fy2026$/);
    await write([{ path: brief.path, text: brief.text }]);
    assert.deepEqual(await findings(brief.path), []);
    // Written, the same id is taken; without a title, the title is a tab stop too.
    const again = await template({ id });
    assert.equal(again?.exists, true);
    assert.deepEqual(again?.placeholders.map((p) => p.role), ['title', 'objective', 'segment', 'planned', 'metric', 'target']);
  });

  it("reports a brief that exists and an id that breaks the convention, with the convention's message", async () => {
    const taken = await template({ id: '2026q4-na-email-black-friday' });
    assert.deepEqual([taken?.exists, taken?.convention], [true, undefined]);
    const broken = await template({ id: '2027q9-na-email-spring' });
    assert.equal(broken?.exists, false);
    assert.equal(broken?.convention, "{quarter} at position 5: 'q9' is not one of q1, q2, q3, q4 (did you mean 'q1'?)");
  });

  it('answers params of the wrong shape with null, never an error', async () => {
    assert.equal(await client.request('mops/newBrief', {}), null);
    assert.equal(await client.request('mops/newBrief', { root: 'file:///no/such/playbook' }), null);
    assert.equal(await client.request('mops/briefTemplate', null), null);
    assert.equal(await template({ id: '../escape' }), null);
    assert.equal(await template({ id: '.hidden' }), null);
    assert.equal(await template({ id: 'fine', tier: 'two' }), null);
    assert.equal(await template({ id: 'fine', owner: 7 }), null);
    assert.equal(await client.request('mops/briefTemplate', { root: 'file:///no/such/playbook', id: 'fine', workflow: 'campaign', tier: 1 }), null);
    assert.deepEqual(await client.request('mops/scaffold', { name: 3 }), { files: [], gitignore: null });
    assert.deepEqual(await client.request('mops/scaffold', { gitignore: ['x'] }), { files: [], gitignore: null });
  });

  it("scaffolds a playbook that checks clean as a nested playbook, and merges the folder's .gitignore", async () => {
    const scaffold = await client.request<ScaffoldResult>('mops/scaffold', { name: 'Acme Outdoor' });
    assert.equal(scaffold.gitignore, null);
    assert.ok(scaffold.files.some((f) => f.path === 'mops.config.yaml'));
    assert.match(scaffold.files.find((f) => f.path === 'team.yaml')?.text ?? '', /^description: "The Acme Outdoor marketing team"$/m);
    await write(scaffold.files.map((f) => ({ path: `scratch/${f.path}`, text: f.text })));
    const status = await until(
      () => client.request<StatusResult>('mops/status', null),
      (s) => s.roots.some((r) => r.uri.endsWith('/scratch')),
      'the scaffolded playbook',
    );
    assert.deepEqual(status.roots.find((r) => r.uri.endsWith('/scratch'))?.findings, { error: 0, warning: 0, info: 0 });
    for (const f of scaffold.files.filter((x) => x.path.endsWith('.yaml'))) assert.deepEqual(await findings(`scratch/${f.path}`), [], f.path);

    const merged = await client.request<ScaffoldResult>('mops/scaffold', { gitignore: 'node_modules/\n' });
    assert.match(merged.gitignore ?? '', /^node_modules\/\n\n#.*\n/);
    assert.match(merged.gitignore ?? '', /^\/reports\/$/m);
    assert.equal((await client.request<ScaffoldResult>('mops/scaffold', { gitignore: merged.gitignore })).gitignore, null);
  });
});
