// Edits keep work, in a real VS Code: advancing a stage, quick fixes, fix-all and adding a tracked link change
// only their nodes of a buffer with unsaved edits, leave the file on disk alone, and are undone by one undo;
// an edit made for an older text is refused; and no command writes over a file the user has.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AdvanceResult } from '../../../src/core';
import { api, BRIEF, closeAll, diagnostics, open, read, remove, replace, rule, uri, write } from './util';

/** `text` with each `from` (which it holds exactly once) replaced by its `to`. */
function swap(text: string, ...pairs: Array<[string, string]>): string {
  for (const [from, to] of pairs) {
    assert.equal(text.split(from).length, 2, `exactly one '${from}' in the text`);
    text = text.replace(from, () => to);
  }
  return text;
}

/** black-friday at launch, as the reference playbook has it on 2026-11-20: advancing gives this. */
const ADVANCE: Array<[string, string]> = [
  ['\nstage: launch\n', '\nstage: optimize\n'],
  ['  - stage: launch\n    entered: 2026-11-18\n', '  - stage: launch\n    entered: 2026-11-18\n  - stage: optimize\n    entered: 2026-11-20\n'],
];

async function codeActions(document: vscode.TextDocument, range: vscode.Range, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind?.value)) ?? [];
}

/** The quick fix titled `title` for the first diagnostic of `ruleId`, once the diagnostics show it. */
async function quickFix(editor: vscode.TextEditor, ruleId: string, title: string): Promise<vscode.WorkspaceEdit> {
  const ds = await diagnostics(editor.document.uri, (all) => all.some((d) => rule(d) === ruleId));
  const fix = (await codeActions(editor.document, ds.find((d) => rule(d) === ruleId)!.range)).find((a) => a.title === title);
  assert.ok(fix?.edit, `a quick fix '${title}'`);
  return fix.edit;
}

/** The user's unsaved typing: a comment and a changed value in the buffer, none of it on disk. */
async function typeUnsaved(editor: vscode.TextEditor): Promise<string> {
  await replace(editor, 'owner: priya.shah\n', 'owner: priya.shah   # typed, not saved ✓\n');
  await replace(editor, 'objective: Drive 1,200', '# a thought, not saved\nobjective: Drive 1,500');
  assert.equal(editor.document.isDirty, true);
  return editor.document.getText();
}

/** One undo: the buffer is as the user left it. */
async function undoOnce(editor: vscode.TextEditor, typed: string): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('undo');
  assert.equal(editor.document.getText(), typed);
}

/** Writes a file and resolves once an open buffer of it shows the new text (VS Code reloads a clean buffer on its own time). */
async function writeAndReload(path: string, text: string): Promise<void> {
  const target = await write(path, text);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString());
  if (!document || document.isDirty || document.getText() === text) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => (listener.dispose(), reject(new Error(`${path} was never reloaded from disk`))), 20_000);
    const listener = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document !== document || document.getText() !== text) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

describe('edits keep work', function () {
  this.timeout(60_000);
  let disk: string;
  before(async () => {
    await api();
    disk = await read(BRIEF);
  });
  afterEach(async () => {
    await closeAll();
    // A test that changed the brief on disk puts it back.
    if ((await read(BRIEF)) !== disk) await writeAndReload(BRIEF, disk);
  });

  it('advances a brief with unsaved edits: they stay, only stage and history change, the disk waits for a save, one undo', async () => {
    const editor = await open(BRIEF);
    const typed = await typeUnsaved(editor);
    const result = await vscode.commands.executeCommand<AdvanceResult>('mops.advanceStage', editor.document.uri);
    assert.equal(result.ok, true);
    assert.equal(editor.document.getText(), swap(typed, ...ADVANCE));
    assert.equal(await read(BRIEF), disk);
    await undoOnce(editor, typed);
  });

  it('applies a quick fix to a buffer with unsaved edits: only the value changes, the disk waits, one undo', async () => {
    const editor = await open(BRIEF);
    await typeUnsaved(editor);
    await replace(editor, 'tools: [hubspot, ga4]', '# typed: the stack ✓\ntools: [hubspot, ga44]   # see martech/');
    const typed = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(await quickFix(editor, 'ref/unknown-tool', "Change to 'ga4'")));
    assert.equal(editor.document.getText(), swap(typed, ['[hubspot, ga44]', '[hubspot, ga4]']));
    assert.equal(await read(BRIEF), disk);
    await undoOnce(editor, typed);
  });

  it('fixes all problems of a buffer with unsaved edits: only the faulty values change, the disk waits, one undo', async () => {
    const editor = await open(BRIEF);
    await typeUnsaved(editor);
    await replace(editor, 'status: active\n', "status: 'activ'   # typed\n");
    await replace(editor, 'tools: [hubspot, ga4]', 'tools: [hubspt, ga4]');
    await replace(editor, 'utm_source=newsletter', 'utm_source=NewsLetter');
    const typed = editor.document.getText();
    const outcome = await vscode.commands.executeCommand<{ fixed: number; remaining: number; message: string }>('mops.fixAll');
    assert.deepEqual([outcome.fixed, outcome.remaining], [3, 0]);
    assert.equal(outcome.message, `Fixed 3 problems in ${BRIEF}. No problem remains.`);
    assert.equal(editor.document.getText(), swap(typed, ["'activ'", "'active'"], ['[hubspt, ga4]', '[hubspot, ga4]'], ['utm_source=NewsLetter', 'utm_source=newsletter']));
    assert.equal(await read(BRIEF), disk);
    await undoOnce(editor, typed);
  });

  it('keeps CRLF line endings in the editor too', async () => {
    const crlf = disk.replace(/\n/g, '\r\n');
    await writeAndReload(BRIEF, crlf);
    const editor = await open(BRIEF);
    assert.equal(editor.document.getText(), crlf);
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
    await replace(editor, 'tools: [hubspot, ga4]', 'tools: [hubspot, ga44]');
    assert.ok(await vscode.workspace.applyEdit(await quickFix(editor, 'ref/unknown-tool', "Change to 'ga4'")));
    const result = await vscode.commands.executeCommand<AdvanceResult>('mops.advanceStage', editor.document.uri);
    assert.equal(result.ok, true);
    assert.equal(editor.document.getText(), swap(disk, ...ADVANCE).replace(/\n/g, '\r\n'));
  });

  it('refuses a quick fix, fix-all or advance made for an older text: the user typed first, and their text stays', async () => {
    const editor = await open(BRIEF);
    const advanced = await vscode.commands.executeCommand<AdvanceResult>('mops.advanceStage', editor.document.uri);
    assert.ok(advanced.ok);
    await vscode.commands.executeCommand('undo');
    await replace(editor, 'tools: [hubspot, ga4]', 'tools: [hubspot, ga44]');
    const fix = await quickFix(editor, 'ref/unknown-tool', "Change to 'ga4'");
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    const [fixAll] = await codeActions(editor.document, whole, vscode.CodeActionKind.SourceFixAll.append('mops'));
    assert.ok(fixAll?.edit);
    const advance = new vscode.WorkspaceEdit();
    for (const e of advanced.edits) advance.replace(editor.document.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
    for (const [i, stale] of [fix, fixAll.edit, advance].entries()) {
      const before = editor.document.getText();
      // Both leave before the extension host hears of the typing, so the edit carries the older version and VS Code
      // refuses it. (Sent after that, it would land at stale offsets: commands compute and send with no wait between.)
      const typing = editor.edit((b) => b.insert(new vscode.Position(0, 0), `# typed first ${i}\n`));
      const applying = vscode.workspace.applyEdit(stale);
      assert.equal(await typing, true);
      assert.equal(await applying, false, `edit ${i} is refused`);
      assert.equal(editor.document.getText(), `# typed first ${i}\n${before}`);
    }
  });

  it('adds a tracked link to the text as it is when the last question is answered, not as it was when asked', async () => {
    const mops = await api();
    const editor = await open(BRIEF);
    const answers = { medium: 'email', content: 'banner-cyber-week', landing: 'https://shop.acme.example/cyber', action: 'insert' };
    // No source given: the command asks for it, having read the brief; the user types while the question is open.
    const adding = vscode.commands.executeCommand<string | undefined>('mops.buildUtmLink', answers);
    await mops.idle();
    // One turn of the event loop (not a wait on time): the command has read the brief and sent its question.
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# typed while the question was open\n')));
    const typed = editor.document.getText();
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const link = await adding;
    assert.equal(link, 'https://shop.acme.example/cyber?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=banner-cyber-week');
    assert.equal(editor.document.getText(), swap(typed, ['\ntools:', `\n  - name: banner-cyber-week\n    url: ${link}\ntools:`]));
  });

  it('never saves over a file changed on disk after it was read: the save is refused, both versions stay', async () => {
    const editor = await open(BRIEF);
    const typed = await typeUnsaved(editor);
    assert.equal((await vscode.commands.executeCommand<AdvanceResult>('mops.advanceStage', editor.document.uri)).ok, true);
    const theirs = `# changed on disk by someone else\n${disk}`;
    await write(BRIEF, theirs);
    assert.equal(await editor.document.save(), false);
    assert.equal(await read(BRIEF), theirs);
    assert.equal(editor.document.getText(), swap(typed, ...ADVANCE));
    assert.equal(editor.document.isDirty, true);
  });

  it('creates no brief over a file that exists, even one the playbook has not read yet', async () => {
    const path = 'campaigns/2027q1-na-email-dup-test.yaml';
    const mine = '# my draft, not a brief yet ✓\ntitle: Dup test\n';
    await write(path, mine);
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('mops.newBrief', {
      workflow: 'campaign',
      tier: 2,
      tokens: { year: '2027', quarter: 'q1', region: 'na', channel: 'email', slug: 'dup-test' },
      title: 'Dup test',
      owner: 'priya.shah',
      program: 'demand-gen',
    });
    assert.equal(created, undefined);
    assert.equal(await read(path), mine);
    await remove(path);
  });

  it('creates no playbook where one of its files exists, and writes none of the others', async () => {
    await write('scratch-edits/README.md', '# my notes ✓\n');
    const files = await vscode.commands.executeCommand<vscode.Uri[] | undefined>('mops.createPlaybook', uri('scratch-edits'));
    assert.equal(files, undefined);
    assert.equal(await read('scratch-edits/README.md'), '# my notes ✓\n');
    assert.deepEqual((await vscode.workspace.fs.readDirectory(uri('scratch-edits'))).map(([name]) => name), ['README.md']);
    await remove('scratch-edits');
  });

  it('replaces a generated report, but not one open with unsaved changes', async () => {
    const first = await vscode.commands.executeCommand<vscode.Uri>('mops.generateReport', { report: 'pipeline', format: 'md' });
    const report = await read('reports/pipeline.md');
    const editor = await vscode.window.showTextDocument(first);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '<!-- my notes, not saved -->\n'));
    const notes = editor.document.getText();
    assert.equal(await vscode.commands.executeCommand('mops.generateReport', { report: 'pipeline', format: 'md' }), undefined);
    assert.equal(editor.document.getText(), notes);
    assert.equal(await read('reports/pipeline.md'), report);
    await closeAll();
    await write('reports/pipeline.md', 'an old report\n');
    const again = await vscode.commands.executeCommand<vscode.Uri>('mops.generateReport', { report: 'pipeline', format: 'md' });
    assert.equal(again?.toString(), first.toString());
    assert.equal(await read('reports/pipeline.md'), report);
    await remove('reports');
  });
});
