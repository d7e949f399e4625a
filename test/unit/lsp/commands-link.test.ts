// The tracked-link command's requests over the protocol (`mops/utm`, `mops/link`), with `mops lsp --stdio` on a copy
// of the reference playbook: the choices its questions offer, a link the standard refuses (its findings, no edit),
// a good link's edit that, applied, leaves a brief that checks clean, and params that make no sense answered empty.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinkResult, UtmResult } from '../../../src/lsp/protocol-links';
import { cleanup, readTree, REFERENCE, tempPlaybook } from '../../helpers';
import type { LspClient } from '../lsp-client';
import { applyEdits, fileUri, ready, startServer } from './mops-server';

const BRIEF = 'campaigns/2026q4-na-email-black-friday.yaml';
const CAMPAIGN = '2026q4-na-email-black-friday';

describe('mops lsp: the tracked-link requests', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient;
  let briefUri: string;
  let text: string;
  const link = (params: unknown) => client.request<LinkResult>('mops/link', params);
  const good = () => ({ root: fileUri(dir), landing: 'https://shop.acme.example/cyber', source: 'newsletter', medium: 'email', campaign: CAMPAIGN, content: 'banner-cyber-week', uri: briefUri });

  before(async () => {
    dir = tempPlaybook(readTree(REFERENCE));
    ({ client } = await startServer(dir, { pull: true }));
    await ready(client);
    briefUri = fileUri(dir, BRIEF);
    text = readFileSync(join(dir, ...BRIEF.split('/')), 'utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri: briefUri, languageId: 'yaml', version: 1, text } });
  });
  after(async () => {
    await client?.close();
    cleanup();
  });

  it("offers the standard's values, its source/medium pairs, the domains, the briefs and the asset template", async () => {
    const utm = await client.request<UtmResult>('mops/utm', { uri: briefUri });
    assert.equal(utm.root, fileUri(dir));
    assert.equal(utm.brief, CAMPAIGN);
    assert.deepEqual(utm.params.utm_source, ['newsletter', 'google', 'meta', 'linkedin', 'partner']);
    assert.deepEqual(utm.sourceMedium?.google, ['cpc', 'display']);
    assert.deepEqual(utm.domains, ['www.acme.example', 'shop.acme.example']);
    assert.equal(utm.briefs.length, 4);
    assert.deepEqual(utm.briefs.find((b) => b.id === CAMPAIGN), { id: CAMPAIGN, title: 'Black Friday early access' });
    assert.deepEqual(utm.asset?.map((p) => (p.kind === 'literal' ? p.text : `{${p.token}}`)).join(''), '{format}-{slug}');
    // No brief open: the first playbook, and no campaign taken for granted.
    const bare = await client.request<UtmResult>('mops/utm', {});
    assert.equal(bare.root, fileUri(dir));
    assert.equal(bare.brief, undefined);
  });

  it('a link the standard refuses gets its findings and no edit', async () => {
    const refused = await link({ ...good(), medium: 'cpc' });
    assert.equal(refused.link, 'https://shop.acme.example/cyber?utm_source=newsletter&utm_medium=cpc&utm_campaign=2026q4-na-email-black-friday&utm_content=banner-cyber-week');
    assert.equal(refused.brief?.uri, briefUri);
    assert.ok(refused.findings.length > 0);
    assert.ok(refused.findings.every((f) => f.rule.startsWith('utm/') && f.severity !== ('info' as string)), JSON.stringify(refused.findings));
    assert.match(refused.findings.map((f) => f.message).join(' '), /cpc/);
    assert.equal(refused.edits, undefined);
  });

  it("a good link's edit, applied to the brief's text, adds the entry and leaves a brief that checks clean", async () => {
    const added = await link(good());
    assert.deepEqual(added.findings, []);
    assert.equal(added.naming, undefined);
    assert.deepEqual(added.brief, { uri: briefUri, id: CAMPAIGN });
    assert.equal(added.edits?.uri, briefUri);
    assert.equal(added.edits?.version, 1);
    const after = applyEdits(text, added.edits?.edits ?? []);
    const at = text.indexOf('\ntools:');
    assert.equal(after, `${text.slice(0, at)}\n  - name: banner-cyber-week\n    url: ${added.link}${text.slice(at)}`);
    client.notify('textDocument/didChange', { textDocument: { uri: briefUri, version: 2 }, contentChanges: [{ text: after }] });
    const report = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: briefUri } });
    assert.deepEqual(report.items, []);
    // Computed on the text as it is now: the version the client checks before applying.
    assert.equal((await link({ ...good(), content: 'banner-cyber-monday' })).edits?.version, 2);
    client.notify('textDocument/didChange', { textDocument: { uri: briefUri, version: 3 }, contentChanges: [{ text }] });
  });

  it("says what the content breaks of the asset convention, and that a campaign with no brief cannot take the link", async () => {
    const named = await link({ ...good(), content: 'gif-cyber' });
    assert.match(named.naming ?? '', /./);
    const elsewhere = await link({ ...good(), campaign: '2027q1-na-email-nothing-here', uri: undefined });
    assert.match(elsewhere.link ?? '', /utm_campaign=2027q1-na-email-nothing-here/);
    assert.equal(elsewhere.brief, undefined);
    assert.equal(elsewhere.edits, undefined);
    assert.equal(elsewhere.unchanged, 'the playbook has no brief with the id 2027q1-na-email-nothing-here.');
  });

  it('answers params that make no sense with empty answers, and keeps serving', async () => {
    const landing = await link({ ...good(), landing: 'shop.acme.example/cyber' });
    assert.deepEqual(landing, { findings: [], error: '"shop.acme.example/cyber" is not a web address: write it in full, e.g. https://www.example.com/page' });
    assert.deepEqual(await link({ ...good(), root: 'file:///nowhere' }), { findings: [] });
    assert.deepEqual(await link({ ...good(), source: 7 }), { findings: [] });
    assert.deepEqual(await link(null), { findings: [] });
    assert.deepEqual(await client.request<UtmResult>('mops/utm', { root: 'file:///nowhere' }), { params: {}, domains: [], briefs: [] });
    assert.deepEqual(await client.request<UtmResult>('mops/utm', 42), (await client.request<UtmResult>('mops/utm', {})));
    assert.equal((await link(good())).edits?.version, 3);
  });
});
