// The palette commands in a real VS Code: every contributed command is registered, and each one does its
// job when given its answers as arguments (the walkthrough and the views pass them the same way).

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { STATUS_REQUEST, type StatusResult } from '../../../src/lsp/protocol';
import { api, BRIEF, closeAll, diagnostics, EXTENSION_ID, mops, none, open, read, remove, uri } from './util';

/** Asks the server for its status (with paths) until `until` accepts it. */
async function serverStatus(until: (status: StatusResult) => boolean, ms = 20_000): Promise<StatusResult> {
  const mopsApi = await api();
  const deadline = Date.now() + ms;
  for (;;) {
    await mopsApi.idle();
    const status = await mopsApi.request<StatusResult>(STATUS_REQUEST, { paths: true });
    if (until(status)) return status;
    if (Date.now() > deadline) throw new Error(`the server's status never matched: ${JSON.stringify(status.roots.map((r) => ({ uri: r.uri, files: r.files })))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const WEBINAR = 'campaigns/2026q4-emea-social-winter-webinar.yaml';

describe('commands', function () {
  this.timeout(60_000);
  afterEach(closeAll);
  after(() => remove('reports'));

  it('registers every command the manifest contributes, and activates quickly', async () => {
    const mops = await api();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: Array<{ command: string }> } };
    const registered = await vscode.commands.getCommands(true);
    for (const { command } of manifest.contributes.commands) assert.ok(registered.includes(command), command);
    assert.ok(mops.activationMs >= 0);
  });

  it('writes the check report into the playbook and opens it beside', async () => {
    await api();
    await vscode.commands.executeCommand('mops.writeCheckReport');
    assert.match(await read('reports/mops-check.md'), /## mops check\n\n✅ \d+ files checked: no problems\./);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri('reports/mops-check.md').toString());
  });

  it('generates a report as Markdown in the reports folder', async () => {
    await api();
    await vscode.commands.executeCommand('mops.generateReport', { report: 'pipeline', format: 'md' });
    const text = await read('reports/pipeline.md');
    // The reference playbook has four briefs: black-friday, winter-webinar, back-to-school, state-of-ops.
    for (const id of ['2026q4-na-email-black-friday', '2026q4-emea-social-winter-webinar', '2027q1-global-content-state-of-ops']) assert.ok(text.includes(id), id);
  });

  it('opens an HTML report in a webview with a strict content security policy and no script', async () => {
    await api();
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('mops.generateReport', { report: 'martech', format: 'html' });
    const html = panel.webview.html;
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    assert.match(policy, /default-src 'none'/);
    const nonce = /style-src 'nonce-([A-Za-z0-9]+)'/.exec(policy)?.[1];
    assert.ok(nonce, policy);
    assert.doesNotMatch(policy, /unsafe|https?:/);
    assert.equal((html.match(/<meta http-equiv="Content-Security-Policy"/g) ?? []).length, 1);
    for (const style of html.match(/<style[^>]*>/g) ?? []) assert.equal(style, `<style nonce="${nonce}">`);
    assert.doesNotMatch(html, /<script/i);
    assert.equal(panel.webview.options.enableScripts, false);
    assert.match(html, /HubSpot/);
  });

  it('exports the UTM links as CSV, one row per tracked link', async () => {
    await api();
    await vscode.commands.executeCommand('mops.exportUtmCsv');
    const rows = (await read('reports/utm.csv')).trim().split(/\r?\n/);
    // Count the links in the files themselves: every `url:` under a brief's links.
    let links = 0;
    for (const [name] of await vscode.workspace.fs.readDirectory(uri('campaigns'))) links += ((await read(`campaigns/${name}`)).match(/^\s+url: /gm) ?? []).length;
    assert.ok(links > 0);
    assert.equal(rows.length, links + 1);
    assert.match(rows[0], /utm_source/);
  });

  it('copies a tracked link built from the UTM standard when no brief is open', async () => {
    await api();
    const link = await vscode.commands.executeCommand<string>('mops.buildUtmLink', {
      campaign: '2026q4-na-email-black-friday',
      source: 'newsletter',
      medium: 'email',
      content: 'Hero-Banner',
      landing: 'https://shop.acme.example/black-friday#top',
      action: 'copy',
    });
    assert.equal(link, 'https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=hero-banner#top');
    assert.equal(await vscode.env.clipboard.readText(), link);
  });

  it("adds a checked tracked link to the open brief's links, as one edit that keeps everything else", async () => {
    await api();
    const editor = await open(BRIEF);
    const before = editor.document.getText();
    const link = await vscode.commands.executeCommand<string>('mops.buildUtmLink', { source: 'newsletter', medium: 'email', content: 'banner-cyber-week', landing: 'https://shop.acme.example/cyber', action: 'insert' });
    assert.equal(link, 'https://shop.acme.example/cyber?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=banner-cyber-week');
    const after = editor.document.getText();
    const added = `\n  - name: banner-cyber-week\n    url: ${link}`;
    const at = before.indexOf('\ntools:');
    assert.equal(after, before.slice(0, at) + added + before.slice(at));
    await diagnostics(editor.document.uri, none);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('refuses a link whose source and medium the standard does not pair, and changes nothing', async () => {
    await api();
    const editor = await open(BRIEF);
    const before = editor.document.getText();
    const link = await vscode.commands.executeCommand<string | undefined>('mops.buildUtmLink', { source: 'newsletter', medium: 'cpc', content: 'banner-x', landing: 'https://shop.acme.example/x' });
    assert.equal(link, undefined);
    assert.equal(editor.document.getText(), before);
  });

  it('creates a new brief from the tier, the workflow and the naming tokens, and it checks clean', async () => {
    await api();
    const created = await vscode.commands.executeCommand<vscode.Uri>('mops.newBrief', {
      workflow: 'campaign',
      tier: 2,
      tokens: { year: '2027', quarter: 'q1', region: 'na', channel: 'email', slug: 'spring-test' },
      title: 'Spring test',
      owner: 'tom.becker',
      program: 'demand-gen',
    });
    assert.equal(created.toString(), uri('campaigns/2027q1-na-email-spring-test.yaml').toString());
    const document = vscode.window.activeTextEditor?.document;
    assert.equal(document?.uri.toString(), created.toString());
    assert.match(document.getText(), /^apiVersion: mops\/v1\nkind: Brief\nid: 2027q1-na-email-spring-test\ntitle: Spring test\nworkflow: campaign\ntier: 2\nstatus: active\nowner: tom\.becker\nrequester: tom\.becker\nprogram: demand-gen\n/);
    assert.ok(await document.save());
    await diagnostics(created, none);
    await vscode.workspace.fs.delete(created);
  });

  it('advances a brief whose gate passes: stage and history change, nothing else', async () => {
    await api();
    const editor = await open(BRIEF);
    const before = editor.document.getText();
    const result = await vscode.commands.executeCommand<{ ok: boolean }>('mops.advanceStage', editor.document.uri);
    assert.equal(result.ok, true);
    // The reference playbook's today is 2026-11-20; black-friday is at launch, whose next stage is optimize.
    const expected = before.replace('\nstage: launch\n', '\nstage: optimize\n').replace('  - stage: launch\n    entered: 2026-11-18\n', '  - stage: launch\n    entered: 2026-11-18\n  - stage: optimize\n    entered: 2026-11-20\n');
    assert.equal(editor.document.getText(), expected);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), before);
  });

  it('refuses to advance a brief whose gate fails, says why and changes nothing', async () => {
    await api();
    const editor = await open(WEBINAR);
    const before = editor.document.getText();
    const result = await vscode.commands.executeCommand<{ ok: boolean; reasons: string[] }>('mops.advanceStage', editor.document.uri);
    assert.equal(result.ok, false);
    assert.deepEqual(result.reasons, ["The 'creative' gate has no approval from a person with the role 'brand'."]);
    assert.equal(editor.document.getText(), before);
    assert.equal(editor.document.isDirty, false);
  });

  it('creates a playbook that checks clean, and refuses to overwrite one', async () => {
    await api();
    const before = await serverStatus(() => true);
    await vscode.workspace.fs.createDirectory(uri('scratch-playbook'));
    const files = await vscode.commands.executeCommand<vscode.Uri[]>('mops.createPlaybook', uri('scratch-playbook'));
    assert.ok(files.some((f) => f.path.endsWith('scratch-playbook/mops.config.yaml')));
    // The server takes the new playbook in through its file watcher, as a playbook of its own.
    const nested = (status: StatusResult) => status.roots.some((r) => r.uri.endsWith('/scratch-playbook'));
    await serverStatus(nested);
    for (const file of files.filter((f) => /\.ya?ml$/.test(f.path))) assert.deepEqual(mops(file), [], file.path);
    const again = await vscode.commands.executeCommand<vscode.Uri[] | undefined>('mops.createPlaybook', uri('scratch-playbook'));
    assert.equal(again, undefined);
    await remove('scratch-playbook');
    // Deleted at once after it was created: none of its files stays behind in the workspace's playbook.
    const status = await serverStatus((s) => !nested(s) && !s.roots.some((r) => r.paths?.some((p) => p.startsWith('scratch-playbook/'))));
    assert.deepEqual(status.roots.map((r) => [r.uri, r.findings]), before.roots.map((r) => [r.uri, r.findings]));
    await diagnostics(uri('team.yaml'), none);
  });

  it('opens an SOP of the library by id', async () => {
    await api();
    await vscode.commands.executeCommand('mops.openSop', 'new-tool-request');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri('sops/new-tool-request.yaml').toString());
  });
});
