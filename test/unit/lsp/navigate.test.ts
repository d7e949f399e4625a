// Navigation through the language server, as an editor asks for it over stdio on a copy of the reference
// playbook: go to definition, find all references, prepareRename and rename (applied to the files, which then
// check clean), a brief's rename with its file, the outline, workspace symbols, code lenses and inlay hints.

import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, REFERENCE, tempPlaybook } from '../../helpers';
import type { LspClient } from '../lsp-client';
import { applyEdits, BIN, editsFor, fileUri, positionOf, ready, startServer, type Position, type Range, type WorkspaceEdit } from './mops-server';
import { spawnSync } from 'node:child_process';

const BRIEF = 'campaigns/2026q4-na-email-black-friday.yaml';

interface Location {
  uri: string;
  range: Range;
}
interface DocumentSymbol {
  name: string;
  kind: number;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}

describe('mops lsp: navigation (reference playbook)', function () {
  this.timeout(60_000);
  let dir: string;
  let client: LspClient;
  let capabilities: Record<string, unknown>;

  before(async () => {
    dir = tempPlaybook({});
    cpSync(REFERENCE, dir, { recursive: true });
    ({ client, capabilities } = await startServer(dir, { documentChanges: true, renameFiles: true }));
    await ready(client);
  });
  after(async () => {
    await client?.close();
    cleanup();
  });

  const text = (path: string) => readFileSync(join(dir, path), 'utf8');
  function open(path: string): { uri: string; text: string } {
    const uri = fileUri(dir, path);
    const body = text(path);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: body } });
    return { uri, text: body };
  }
  const at = (doc: { uri: string; text: string }, needle: string, shift = 0): { textDocument: { uri: string }; position: Position } => {
    const p = positionOf(doc.text, needle);
    return { textDocument: { uri: doc.uri }, position: { line: p.line, character: p.character + shift } };
  };
  const lineOf = (path: string, needle: string) => positionOf(text(path), needle).line;

  it('declares definition, references, rename with prepare, symbols, code lens and inlay hints', () => {
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.referencesProvider, true);
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
    assert.ok(capabilities.documentSymbolProvider);
    assert.equal(capabilities.workspaceSymbolProvider, true);
    assert.ok(capabilities.codeLensProvider);
    assert.ok(capabilities.inlayHintProvider);
  });

  it('goes from an owner to the Team member, and from a tool id to the Tool', async () => {
    const brief = open(BRIEF);
    const owner = await client.request<Location[]>('textDocument/definition', at(brief, 'owner: priya.shah', 'owner: '.length + 2));
    assert.equal(owner.length, 1);
    assert.equal(owner[0].uri, fileUri(dir, 'team.yaml'));
    assert.equal(owner[0].range.start.line, lineOf('team.yaml', 'id: priya.shah'));
    const tool = await client.request<Location[]>('textDocument/definition', at(brief, 'tools: [hubspot', 'tools: ['.length + 1));
    assert.equal(tool.length, 1);
    assert.equal(tool[0].uri, fileUri(dir, 'martech/hubspot.yaml'));
    const none = await client.request<Location[] | null>('textDocument/definition', at(brief, 'title:', 1));
    assert.equal(none, null);
  });

  it('finds every reference of a person, from a reference and from the definition', async () => {
    const brief = open(BRIEF);
    const fromBrief = await client.request<Location[]>('textDocument/references', { ...at(brief, 'approver: tom.becker', 'approver: '.length), context: { includeDeclaration: true } });
    const team = open('team.yaml');
    const fromTeam = await client.request<Location[]>('textDocument/references', { ...at(team, 'id: tom.becker', 'id: '.length), context: { includeDeclaration: false } });
    // Every line of the playbook that names him, and nothing else.
    const grep = spawnSync('grep', ['-rn', 'tom\\.becker', '.'], { cwd: dir, encoding: 'utf8' }).stdout.trim().split('\n');
    assert.equal(fromBrief.length, grep.length);
    assert.equal(fromTeam.length, grep.length - 1, 'without the declaration');
    assert.ok(fromBrief.some((l) => l.uri === fileUri(dir, 'team.yaml')), 'the declaration is included when asked');
    for (const location of fromBrief) {
      const lines = readFileSync(fileURLToPath(location.uri), 'utf8').split('\n');
      const line = lines[location.range.start.line];
      assert.equal(line.slice(location.range.start.character, location.range.end.character), 'tom.becker');
    }
  });

  it('refuses to rename what it cannot, with a sentence, and offers the id under the cursor otherwise', async () => {
    const brief = open(BRIEF);
    const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', at(brief, 'owner: priya.shah', 'owner: '.length + 1));
    assert.equal(prepared.placeholder, 'priya.shah');
    const refused = await client.request('textDocument/prepareRename', at(brief, 'stage: launch', 'stage: '.length + 1)).then(
      () => undefined,
      (error: Error) => error,
    );
    assert.ok(refused, 'renaming a stage is refused');
    assert.match(refused.message, /person, tool, program or brief/);
  });

  it('renames a person across the playbook as one workspace edit that leaves it clean', async () => {
    const team = open('team.yaml');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(team, 'id: tom.becker', 'id: '.length), newName: 'tom.baker' });
    assert.ok(edit.documentChanges && edit.documentChanges.length >= 2, JSON.stringify(edit));
    for (const change of edit.documentChanges) {
      assert.ok('textDocument' in change);
      const path = fileURLToPath(change.textDocument.uri);
      writeFileSync(path, applyEdits(readFileSync(path, 'utf8'), editsFor(edit, change.textDocument.uri)));
    }
    assert.equal(spawnSync('grep', ['-rln', 'tom\\.becker', '.'], { cwd: dir, encoding: 'utf8' }).stdout, '');
    const check = spawnSync(process.execPath, [BIN, 'check', dir, '--format', 'json'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
  });

  it('renames a brief with its file and the utm_campaign of its links', async () => {
    const brief = open(BRIEF);
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at(brief, 'id: 2026q4-na-email-black-friday', 'id: '.length), newName: '2026q4-na-email-cyber-week' });
    const changes = edit.documentChanges ?? [];
    const rename = changes.find((c): c is { kind: 'rename'; oldUri: string; newUri: string } => 'kind' in c && c.kind === 'rename');
    assert.ok(rename, 'the file is renamed');
    assert.equal(rename.oldUri, brief.uri);
    assert.equal(rename.newUri, fileUri(dir, 'campaigns/2026q4-na-email-cyber-week.yaml'));
    assert.ok(changes.indexOf(rename) === changes.length - 1, 'the file is renamed after its edits');
    const after = applyEdits(brief.text, editsFor(edit, brief.uri));
    assert.match(after, /^id: 2026q4-na-email-cyber-week$/m);
    assert.equal((after.match(/utm_campaign=2026q4-na-email-cyber-week/g) ?? []).length, 2);
    assert.doesNotMatch(after, /2026q4-na-email-black-friday/);
    writeFileSync(fileURLToPath(brief.uri), after);
    renameSync(fileURLToPath(rename.oldUri), fileURLToPath(rename.newUri));
    assert.ok(existsSync(join(dir, 'campaigns/2026q4-na-email-cyber-week.yaml')));
    const check = spawnSync(process.execPath, [BIN, 'check', dir, '--format', 'json'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
  });

  it("gives a brief's outline, finds symbols by name, and shows lenses and a person's name after their id", async () => {
    const path = 'campaigns/2026q3-na-search-back-to-school.yaml';
    const brief = open(path);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: brief.uri } });
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, '2026q3-na-search-back-to-school');
    const sections = (symbols[0].children ?? []).map((c) => c.name);
    for (const section of ['timeline', 'approvals', 'links']) assert.ok(sections.includes(section), `${section} in ${sections.join(', ')}`);
    const found = await client.request<Array<{ name: string; location: Location }>>('workspace/symbol', { query: 'hubspot' });
    assert.ok(found.some((s) => s.name === 'hubspot' && s.location.uri === fileUri(dir, 'martech/hubspot.yaml')), JSON.stringify(found));
    const lenses = await client.request<Array<{ range: Range; command: { title: string } }>>('textDocument/codeLens', { textDocument: { uri: brief.uri } });
    assert.ok(lenses.length > 0);
    assert.ok(lenses.some((l) => /stage/i.test(l.command.title)), JSON.stringify(lenses));
    const lines = brief.text.split('\n').length;
    const hints = await client.request<Array<{ position: Position; label: string }>>('textDocument/inlayHint', { textDocument: { uri: brief.uri }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } } });
    const owner = positionOf(brief.text, 'owner: ');
    const hint = hints.find((h) => h.position.line === owner.line);
    assert.ok(hint, JSON.stringify(hints));
    const team = text('team.yaml');
    const id = brief.text.split('\n')[owner.line].slice('owner: '.length).trim();
    const name = new RegExp(`id: ${id.replace('.', '\\.')}\\n\\s+name: (.+)`).exec(team)?.[1];
    assert.ok(name);
    assert.equal(hint.label, name);
  });
});
