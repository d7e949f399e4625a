// Completion and hover in a real VS Code, through the editor's own provider commands.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, BRIEF, closeAll, open, position, replace } from './util';

async function complete(document: vscode.TextDocument, at: vscode.Position): Promise<string[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, at);
  return list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

async function hover(document: vscode.TextDocument, at: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

describe('completion and hover', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it("offers the Team's people for a brief's owner", async () => {
    await api();
    const editor = await open(BRIEF);
    await replace(editor, 'owner: priya.shah\n', 'owner: \n');
    const labels = await complete(editor.document, position(editor.document, 'owner: ', 'owner: '.length));
    for (const person of ['priya.shah', 'maria.lopez', 'tom.becker', 'ana.silva']) assert.ok(labels.includes(person), `${person} in ${labels.join(', ')}`);
  });

  it('offers the enum values of the schema', async () => {
    await api();
    const editor = await open(BRIEF);
    await replace(editor, 'status: active', 'status: ');
    const labels = await complete(editor.document, position(editor.document, 'status: ', 'status: '.length));
    for (const value of ['active', 'on-hold', 'closed', 'cancelled']) assert.ok(labels.includes(value), `${value} in ${labels.join(', ')}`);
  });

  it('shows the schema description of a property', async () => {
    await api();
    const editor = await open(BRIEF);
    assert.match(await hover(editor.document, position(editor.document, 'objective:', 2)), /objective/i);
  });

  it('shows the UTM parameters of a tracked link with their verdicts', async () => {
    await api();
    const editor = await open(BRIEF);
    await replace(editor, 'utm_source=newsletter', 'utm_source=Newsletter');
    const text = await hover(editor.document, position(editor.document, 'utm_medium=email', 3));
    assert.match(text, /utm_source/);
    assert.match(text, /utm_medium/);
    assert.match(text, /utm\/case|lower case/i);
  });

  it('offers nothing in YAML that is not a playbook', async () => {
    await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'yaml', content: 'name: ci\non: push\nowner: \n' });
    const labels = await complete(doc, new vscode.Position(2, 7));
    assert.ok(!labels.includes('priya.shah'));
  });
});
