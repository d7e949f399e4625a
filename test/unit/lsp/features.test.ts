// The language server as an editor drives it, over stdio, on a copy of the reference playbook, with a client
// that pulls diagnostics: the playbook checks clean, an edit gets its finding on the right range with its rule
// code and doc link, the quick fix, fix-all and disable actions fix it when applied, completion and hover know
// the Team, and files created and deleted on disk are taken in through didChangeWatchedFiles.

import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, REFERENCE, tempPlaybook } from '../../helpers';
import type { LspClient } from '../lsp-client';
import { applyEdits, editsFor, fileUri, positionOf, ready, startServer, until, type CodeAction, type Diagnostic } from './mops-server';

const BRIEF = 'campaigns/2026q4-na-email-black-friday.yaml';
const OWNER_LINE = 'owner: priya.shah';

interface FullReport {
  kind: 'full' | 'unchanged';
  resultId?: string;
  items?: Diagnostic[];
}
interface WorkspaceReport {
  items: { kind: string; uri: string; version: number | null; items?: Diagnostic[] }[];
}
interface CompletionItem {
  label: string;
  kind?: number;
  detail?: string;
  textEdit?: { range: unknown; newText: string };
  insertText?: string;
}

describe('mops lsp: features (pull diagnostics, reference playbook)', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient;
  let capabilities: Record<string, unknown>;
  let briefUri: string;
  let text: string;
  let version = 1;

  before(async () => {
    dir = tempPlaybook({});
    cpSync(REFERENCE, dir, { recursive: true });
    ({ client, capabilities } = await startServer(dir, { pull: true, watchers: true }));
    briefUri = fileUri(dir, BRIEF);
    text = readFileSync(join(dir, BRIEF), 'utf8');
  });
  after(async () => {
    await client?.close();
    cleanup();
  });

  /** Sends the whole new text as one incremental change of the old text's full range. */
  function change(next: string): void {
    const lines = text.split('\n');
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    client.notify('textDocument/didChange', { textDocument: { uri: briefUri, version: ++version }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text: next }] });
    text = next;
  }

  const pull = (uri = briefUri, previousResultId?: string) => client.request<FullReport>('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
  const workspace = () => client.request<WorkspaceReport>('workspace/diagnostic', { previousResultIds: [] });

  it('declares its capabilities: incremental sync, pull diagnostics, code actions, completion, hover', () => {
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.deepEqual(capabilities.diagnosticProvider, { identifier: 'mops', interFileDependencies: true, workspaceDiagnostics: true });
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.mops'] });
    assert.deepEqual((capabilities.completionProvider as { triggerCharacters: string[] }).triggerCharacters, [' ', ':', '-', '{', '?', '&', '=']);
    assert.equal(capabilities.hoverProvider, true);
    // The client's own creates, renames and deletes of files and folders, as a watcher may report them late or not at all.
    const every = { filters: [{ pattern: { glob: '**/*' } }] };
    assert.deepEqual((capabilities.workspace as { fileOperations: unknown }).fileOperations, { didCreate: every, didRename: every, didDelete: every });
  });

  it('loads the playbook and reports it in mops/status', async () => {
    const status = await ready(client);
    assert.equal(status.roots.length, 1);
    assert.equal(status.roots[0].configured, true);
    assert.equal(status.roots[0].files, 15);
    assert.deepEqual(status.roots[0].findings, { error: 0, warning: 0, info: 0 });
  });

  it('registers file watchers for YAML files (the config among them), and for anything created or deleted (folders)', () => {
    const registration = client.serverRequests.find((r) => r.method === 'client/registerCapability');
    assert.ok(registration, 'no client/registerCapability');
    const params = registration.params as { registrations: { method: string; registerOptions: { watchers: { globPattern: string; kind?: number }[] } }[] };
    assert.equal(params.registrations[0].method, 'workspace/didChangeWatchedFiles');
    // WatchKind: Create 1, Change 2, Delete 4; absent means all three.
    assert.deepEqual(params.registrations[0].registerOptions.watchers, [{ globPattern: '**/*.{yaml,yml}' }, { globPattern: '**/*', kind: 1 | 4 }]);
  });

  it('the reference playbook has no diagnostics: every file pulled, each empty', async () => {
    const report = await workspace();
    assert.equal(report.items.length, 15);
    assert.deepEqual(report.items.filter((i) => (i.items ?? []).length > 0), []);
  });

  it('an unknown owner typed in (incremental change) gets ref/unknown-person on its range', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: briefUri, languageId: 'yaml', version, text } });
    const at = positionOf(text, OWNER_LINE);
    // An incremental change of just the name's last letter: priya.shah → priya.shaw.
    const h = { line: at.line, character: at.character + OWNER_LINE.length - 1 };
    client.notify('textDocument/didChange', {
      textDocument: { uri: briefUri, version: ++version },
      contentChanges: [{ range: { start: h, end: { line: h.line, character: h.character + 1 } }, text: 'w' }],
    });
    text = text.replace(OWNER_LINE, 'owner: priya.shaw');
    const report = await pull();
    assert.equal(report.kind, 'full');
    assert.equal(report.items?.length, 1, JSON.stringify(report));
    const [d] = report.items!;
    assert.equal(d.code, 'ref/unknown-person');
    assert.equal(d.source, 'mops');
    assert.equal(d.severity, 1);
    assert.deepEqual(d.range, { start: { line: at.line, character: 7 }, end: { line: at.line, character: 17 } });
    assert.match(d.message, /'priya\.shaw' is not a member of the Team\. Did you mean 'priya\.shah'\?/);
    assert.equal(d.codeDescription?.href, 'https://github.com/mops-dev/mops/blob/main/docs/rules/ref/unknown-person.md');
    assert.equal(d.relatedInformation?.[0].location.uri, fileUri(dir, 'team.yaml'));
    // The same findings again: the client is told they are unchanged.
    assert.deepEqual(await pull(briefUri, report.resultId), { kind: 'unchanged', resultId: report.resultId });
    // The workspace pull says the same, for the open document at its version.
    const item = (await workspace()).items.find((i) => i.uri === briefUri);
    assert.equal(item?.version, version);
    assert.deepEqual(item?.items?.map((x) => x.code), ['ref/unknown-person']);
  });

  async function actions(only?: string[]): Promise<CodeAction[]> {
    const [d] = (await pull()).items!;
    return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: briefUri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) } });
  }

  it('offers the quick fix and the disable comment; the quick fix applied fixes the finding', async () => {
    const offered = await actions();
    assert.deepEqual(offered.map((a) => a.title), ["Change to 'priya.shah'", 'Disable ref/unknown-person for this line']);
    const [fix] = offered;
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.diagnostics?.[0].code, 'ref/unknown-person');
    change(applyEdits(text, editsFor(fix.edit, briefUri)));
    assert.ok(text.includes(OWNER_LINE));
    assert.deepEqual((await pull()).items, []);
  });

  it('source.fixAll.mops: the fix-all action for a save, and none when nothing is fixable', async () => {
    change(text.replace(OWNER_LINE, 'owner: priya.shaw'));
    const [fixAll, ...rest] = await actions(['source.fixAll']);
    assert.equal(rest.length, 0);
    assert.equal(fixAll.kind, 'source.fixAll.mops');
    change(applyEdits(text, editsFor(fixAll.edit, briefUri)));
    assert.deepEqual((await pull()).items, []);
    const none = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: briefUri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.mops'] } });
    assert.deepEqual(none, []);
  });

  it('"Disable RULE for this line" applied silences the finding with a comment', async () => {
    change(text.replace(OWNER_LINE, 'owner: nobody.here'));
    const disable = (await actions()).find((a) => a.title === 'Disable ref/unknown-person for this line');
    assert.ok(disable);
    change(applyEdits(text, editsFor(disable.edit, briefUri)));
    assert.match(text, /mops-disable.*ref\/unknown-person/);
    assert.deepEqual((await pull()).items, []);
    change(readFileSync(join(dir, BRIEF), 'utf8'));
  });

  it('completes Team members after `owner: `', async () => {
    const at = positionOf(text, OWNER_LINE);
    change(text.replace(OWNER_LINE, 'owner: '));
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: briefUri }, position: { line: at.line, character: 7 } });
    const labels = items.map((i) => i.label);
    for (const member of ['priya.shah', 'maria.lopez', 'tom.becker', 'ana.silva', 'li.wei']) assert.ok(labels.includes(member), `${member} not in ${labels.join(', ')}`);
    const priya = items.find((i) => i.label === 'priya.shah')!;
    assert.equal(priya.kind, 18);
    assert.match(priya.detail ?? '', /Priya Shah/);
    change(readFileSync(join(dir, BRIEF), 'utf8'));
  });

  it('hovers an owner with the person', async () => {
    const at = positionOf(text, 'priya.shah', text.indexOf(OWNER_LINE));
    const hover = await client.request<{ contents: { kind: string; value: string }; range: unknown }>('textDocument/hover', { textDocument: { uri: briefUri }, position: { line: at.line, character: at.character + 2 } });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /Priya Shah/);
  });

  it('takes in a file created on disk and drops it when deleted (didChangeWatchedFiles)', async () => {
    const path = 'campaigns/2027q1-na-email-new.yaml';
    const body = readFileSync(join(dir, BRIEF), 'utf8').replace('id: ', 'id: x').replace(OWNER_LINE, 'owner: someone.else');
    writeFileSync(join(dir, path), body);
    const uri = fileUri(dir, path);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    const withIt = await until(workspace, (r) => r.items.some((i) => i.uri === uri), 'the new file in workspace/diagnostic');
    assert.ok(withIt.items.find((i) => i.uri === uri)?.items?.some((d) => d.code === 'ref/unknown-person'));
    rmSync(join(dir, path));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 3 }] });
    await until(workspace, (r) => !r.items.some((i) => i.uri === uri), 'the deleted file gone from workspace/diagnostic');
  });

  it('a deleted folder drops every file under it', async () => {
    mkdirSync(join(dir, 'extra/deep'), { recursive: true });
    const brief = readFileSync(join(dir, BRIEF), 'utf8');
    writeFileSync(join(dir, 'extra/a.yaml'), brief.replace('id: ', 'id: a'));
    writeFileSync(join(dir, 'extra/deep/b.yaml'), brief.replace('id: ', 'id: b'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(dir, 'extra/a.yaml'), type: 1 }, { uri: fileUri(dir, 'extra/deep/b.yaml'), type: 1 }] });
    await until(() => client.request<{ roots: { files: number }[] }>('mops/status', null), (s) => s.roots[0].files === 17, '17 files');
    rmSync(join(dir, 'extra'), { recursive: true });
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(dir, 'extra'), type: 3 }] });
    await until(() => client.request<{ roots: { files: number }[] }>('mops/status', null), (s) => s.roots[0].files === 15, '15 files again');
  });

  it('moves a folder renamed by the client (workspace/didRenameFiles), with no watcher event at all', async () => {
    mkdirSync(join(dir, 'extra'), { recursive: true });
    const brief = readFileSync(join(dir, BRIEF), 'utf8').replace('id: ', 'id: r').replace(OWNER_LINE, 'owner: someone.else');
    writeFileSync(join(dir, 'extra/a.yaml'), brief);
    client.notify('workspace/didCreateFiles', { files: [{ uri: fileUri(dir, 'extra') }] });
    const old = fileUri(dir, 'extra/a.yaml');
    await until(workspace, (r) => r.items.some((i) => i.uri === old && (i.items ?? []).length > 0), 'the created folder read');
    renameSync(join(dir, 'extra'), join(dir, 'moved'));
    client.notify('workspace/didRenameFiles', { files: [{ oldUri: fileUri(dir, 'extra'), newUri: fileUri(dir, 'moved') }] });
    const moved = fileUri(dir, 'moved/a.yaml');
    const after = await until(workspace, (r) => r.items.some((i) => i.uri === moved) && !r.items.some((i) => i.uri === old), 'the file at its new path only');
    assert.ok(after.items.find((i) => i.uri === moved)?.items?.some((d) => d.code === 'ref/unknown-person'));
    rmSync(join(dir, 'moved'), { recursive: true });
    client.notify('workspace/didDeleteFiles', { files: [{ uri: fileUri(dir, 'moved') }] });
    await until(workspace, (r) => !r.items.some((i) => i.uri === moved), 'the deleted folder gone');
  });

  it('an open buffer wins over a change on disk', async () => {
    writeFileSync(join(dir, BRIEF), text.replace(OWNER_LINE, 'owner: on.disk'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: briefUri, type: 2 }] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual((await pull()).items, []);
    // Closed without saving: the file is the disk's again.
    client.notify('textDocument/didClose', { textDocument: { uri: briefUri } });
    const report = await until(pull, (r) => (r.items ?? []).length > 0, 'the disk text checked after close');
    assert.match(report.items![0].message, /'on\.disk'/);
  });

  it('answers mops/findings for a file and for all', async () => {
    const one = await client.request<{ findings: { uri: string; rule: string; fixable: boolean }[] }>('mops/findings', { uri: briefUri });
    assert.deepEqual(one.findings.map((f) => [f.uri, f.rule]), [[briefUri, 'ref/unknown-person']]);
    const all = await client.request<{ findings: unknown[] }>('mops/findings', {});
    assert.equal(all.findings.length, 1);
  });

  it('shuts down and exits with code 0', async () => {
    assert.deepEqual(await client.close(), { code: 0, signal: null });
  });
});
