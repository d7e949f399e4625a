// Code actions in a real VS Code: quick fixes, fix-all (also as source.fixAll.mops) and "disable for
// this line" edit the live document, keep its comments, and are undone by one undo.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, BRIEF, closeAll, diagnostics, has, none, open, position, read, replace, rule, uri, write } from './util';

async function actions(document: vscode.TextDocument, range: vscode.Range, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind?.value)) ?? [];
}

async function apply(action: vscode.CodeAction | undefined): Promise<void> {
  assert.ok(action?.edit, 'the action carries a workspace edit');
  assert.ok(await vscode.workspace.applyEdit(action.edit));
}

describe('code actions', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('applies a quick fix to the live document and keeps its comments', async () => {
    await api();
    const editor = await open(BRIEF);
    await replace(editor, 'owner: priya.shah\n', '# who runs it day to day\nowner: priya.shahh  # the campaign lead\n');
    const expected = editor.document.getText().replace('priya.shahh', 'priya.shah');
    const [d] = await diagnostics(editor.document.uri, (ds) => ds.some((x) => rule(x) === 'ref/unknown-person'));
    const fix = (await actions(editor.document, d.range)).find((a) => a.title === "Change to 'priya.shah'");
    assert.equal(fix?.kind?.value, 'quickfix');
    assert.equal(fix?.isPreferred, true);
    await apply(fix);
    assert.equal(editor.document.getText(), expected);
    await diagnostics(editor.document.uri, none);
    await vscode.commands.executeCommand('undo');
    assert.match(editor.document.getText(), /owner: priya\.shahh {2}# the campaign lead/);
  });

  it('fixes every fixable problem of the file at once, also as source.fixAll.mops', async () => {
    await api();
    const editor = await open(BRIEF);
    const original = editor.document.getText();
    await replace(editor, 'utm_source=newsletter', 'utm_source=NewsLetter');
    await replace(editor, 'utm_source=newsletter', 'utm_source=NEWSLETTER');
    await replace(editor, 'owner: priya.shah\n', 'owner: priya.shahh\n');
    await diagnostics(editor.document.uri, (ds) => ds.filter((d) => rule(d) === 'utm/case').length === 2);
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const [fixAll] = await actions(editor.document, whole, vscode.CodeActionKind.SourceFixAll.append('mops'));
    assert.equal(fixAll?.kind?.value, 'source.fixAll.mops');
    await apply(fixAll);
    assert.equal(editor.document.getText(), original);
    await diagnostics(editor.document.uri, none);
    // Nothing left to fix: no action, so a save action does nothing.
    assert.deepEqual(await actions(editor.document, whole, vscode.CodeActionKind.SourceFixAll.append('mops')), []);
  });

  it('disables a rule for one line with a comment above it, indented like it', async () => {
    await api();
    const editor = await open(BRIEF);
    await replace(editor, '    url: https://shop.acme.example/black-friday?utm_source=newsletter', '    url: https://shop.acme.example/black-friday?utm_source=Newsletter');
    const ds = await diagnostics(editor.document.uri, has('utm/case@68:59-68:69'));
    const disable = (await actions(editor.document, ds[0].range)).find((a) => a.title === 'Disable utm/case for this line');
    await apply(disable);
    assert.equal(editor.document.lineAt(68).text, '    # mops-disable-next-line utm/case');
    assert.match(editor.document.lineAt(69).text, /utm_source=Newsletter/);
    await diagnostics(editor.document.uri, none);
  });

  it('offers nothing on a line without problems', async () => {
    await api();
    const editor = await open(BRIEF);
    const at = position(editor.document, 'title:');
    assert.deepEqual(await actions(editor.document, new vscode.Range(at, at)), []);
  });
});

describe('fix all problems in the playbook', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('fixes every file of the playbook in one workspace edit, unsaved edits included', async () => {
    await api();
    const other = 'campaigns/2026q4-emea-social-winter-webinar.yaml';
    const otherText = await read(other);
    await write(other, otherText.replace('status: active', 'status: actve'));
    try {
      await diagnostics(uri(other), (ds) => ds.some((d) => rule(d) === 'schema/enum'));
      const editor = await open(BRIEF);
      const original = editor.document.getText();
      await replace(editor, 'owner: priya.shah\n', 'owner: priya.shahh\n');
      await diagnostics(editor.document.uri, (ds) => ds.some((d) => rule(d) === 'ref/unknown-person'));
      const fixed = await vscode.commands.executeCommand<number>('mops.fixPlaybook');
      assert.equal(fixed, 2);
      assert.equal(editor.document.getText(), original);
      assert.equal((await vscode.workspace.openTextDocument(uri(other))).getText(), otherText);
      await diagnostics(editor.document.uri, none);
    } finally {
      await write(other, otherText);
    }
  });
});
