// Diagnostics in a real VS Code: exact ranges, codes with doc links, related files, cross-file updates,
// files on disk that are not open, and silence on YAML that is not a playbook's.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { STATUS_REQUEST, type StatusResult } from '../../../src/lsp/protocol';
import { api, BRIEF, brief, closeAll, diagnostics, has, mops, none, open, read, replace, rule, uri, write } from './util';

describe('diagnostics', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('the reference playbook checks clean', async () => {
    await api();
    const all = vscode.languages.getDiagnostics().flatMap(([file, ds]) => ds.filter((d) => d.source === 'mops').map((d) => `${vscode.workspace.asRelativePath(file)}: ${brief(d)}`));
    assert.deepEqual(all, []);
  });

  it('puts each broken variant on its exact range, with the rule as code and a link to its doc', async () => {
    await api();
    const editor = await open(BRIEF);
    await replace(editor, 'owner: priya.shah\n', 'owner: priya.shahh\n');
    await replace(editor, 'objective:', 'objectiv:');
    await replace(editor, 'status: active', 'status: actve');
    await replace(editor, 'utm_source=newsletter', 'utm_source=Newsletter');
    const ds = await diagnostics(editor.document.uri, has('ref/unknown-person@7:7-7:18', 'schema/unknown-property@11:0-11:8', 'utm/case@68:59-68:69'));
    const status = ds.find((d) => rule(d) === 'schema/enum');
    assert.ok(status, 'the misspelt status is a schema/enum finding');
    assert.equal(status.range.start.line, 6);
    assert.equal(editor.document.getText(status.range), 'actve');
    const person = ds.find((d) => rule(d) === 'ref/unknown-person') as vscode.Diagnostic;
    assert.equal(person.severity, vscode.DiagnosticSeverity.Error);
    assert.match(person.message, /priya\.shahh.*Did you mean 'priya\.shah'/);
    const code = person.code as { value: string; target: vscode.Uri };
    assert.equal(code.target.toString(), 'https://github.com/mops-dev/mops/blob/main/docs/rules/ref/unknown-person.md');
    assert.equal(person.relatedInformation?.[0].location.uri.toString(), uri('team.yaml').toString());
    // Fixed by typing: every diagnostic goes away.
    await replace(editor, 'owner: priya.shahh', 'owner: priya.shah');
    await replace(editor, 'objectiv:', 'objective:');
    await replace(editor, 'status: actve', 'status: active');
    await replace(editor, 'utm_source=Newsletter', 'utm_source=newsletter');
    await diagnostics(editor.document.uri, none);
  });

  it('re-checks a brief in another file when team.yaml changes, before it is saved', async () => {
    await api();
    const team = await open('team.yaml');
    await replace(team, 'id: priya.shah', 'id: priya.shah-moved');
    const ds = await diagnostics(uri(BRIEF), has('ref/unknown-person@7:7-7:17'));
    assert.ok(ds.some((d) => d.relatedInformation?.some((r) => r.location.uri.toString() === team.document.uri.toString())));
    await replace(team, 'id: priya.shah-moved', 'id: priya.shah');
    await diagnostics(uri(BRIEF), none);
  });

  it('checks files that are not open, as they are created, changed and deleted on disk', async () => {
    await api();
    const text = (await read(BRIEF)).replace('id: 2026q4-na-email-black-friday', 'id: 2026q4-na-email-cyber-monday').replace('owner: priya.shah\n', 'owner: nobody\n');
    const created = await write('campaigns/2026q4-na-email-cyber-monday.yaml', text);
    await diagnostics(created, (ds) => ds.some((d) => rule(d) === 'ref/unknown-person'));
    await write('campaigns/2026q4-na-email-cyber-monday.yaml', text.replace('owner: nobody\n', 'owner: priya.shah\n'));
    await diagnostics(created, (ds) => !ds.some((d) => rule(d) === 'ref/unknown-person'));
    await vscode.workspace.fs.delete(created);
    await diagnostics(created, none);
  });

  it('clears the diagnostics of every file in a deleted folder', async () => {
    await api();
    const bad = 'apiVersion: mops/v1\nkind: Sop\nid: x\n';
    const files = await Promise.all(['a', 'b', 'c'].map((n) => write(`scratch/${n}.yaml`, bad)));
    for (const file of files) await diagnostics(file, (ds) => ds.length > 0);
    await vscode.workspace.fs.delete(uri('scratch'), { recursive: true });
    for (const file of files) await diagnostics(file, none);
  });

  it('keeps a deleted folder out of the playbook while a clean buffer of one of its files stays open', async () => {
    const mopsApi = await api();
    const bad = 'apiVersion: mops/v1\nkind: Sop\nid: x\n';
    const file = await write('scratch-open/a.yaml', bad);
    const doc = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(doc);
    await diagnostics(file, (ds) => ds.length > 0);
    await vscode.workspace.fs.delete(uri('scratch-open'), { recursive: true });
    await diagnostics(file, none);
    // Hover, completion and code actions sync the buffer they are asked about: a clean one of a deleted file
    // must not bring the file back.
    await vscode.commands.executeCommand('vscode.executeHoverProvider', file, new vscode.Position(1, 7));
    await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', file, new vscode.Position(2, 4));
    await vscode.commands.executeCommand('vscode.executeCodeActionProvider', file, new vscode.Range(2, 0, 2, 5));
    await mopsApi.idle();
    const status = await mopsApi.request<StatusResult>(STATUS_REQUEST, { paths: true });
    const paths = status.roots.flatMap((r) => r.paths ?? []);
    assert.deepEqual(paths.filter((p) => p.startsWith('scratch-open/')), []);
    assert.deepEqual(mops(file), []);
  });

  it('leaves YAML that is not a playbook alone', async () => {
    await api();
    const workflow = await write('.github/workflows/ci.yml', 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n      - run: npm test\n');
    const k8s = await write('deploy/config.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  name: y\n');
    // A mops file written after them: once its diagnostic shows, the earlier files were processed too.
    const marker = await write('scratch-marker.yaml', 'apiVersion: mops/v1\nkind: Sop\nid: marker\n');
    await diagnostics(marker, (ds) => ds.length > 0);
    await open('deploy/config.yaml');
    await (await api()).idle();
    assert.deepEqual(mops(workflow), []);
    assert.deepEqual(mops(k8s), []);
    await vscode.workspace.fs.delete(marker);
    await diagnostics(marker, none);
  });

  it('ends on the diagnostics of the final text after many quick edits', async () => {
    await api();
    const editor = await open(BRIEF);
    for (let i = 0; i < 60; i++) {
      await replace(editor, i === 0 ? 'owner: priya.shah\n' : `owner: typo${i - 1}\n`, `owner: typo${i}\n`);
    }
    await diagnostics(editor.document.uri, has('ref/unknown-person@7:7-7:13'));
    await replace(editor, 'owner: typo59\n', 'owner: priya.shah\n');
    await diagnostics(editor.document.uri, none);
  });
});
