// Trust in the editor: a report is never written through a symbolic link the playbook repo holds, so a
// repo cannot turn "Generate a report" into a write outside it.

import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { api, uri } from './util';

describe('trust: reports and links', () => {
  let outside: string;
  before(async () => {
    await api();
    outside = mkdtempSync(join(tmpdir(), 'mops-outside-'));
    writeFileSync(join(outside, 'target.md'), 'not yours\n');
  });
  after(() => {
    rmSync(outside, { recursive: true, force: true });
    rmSync(uri('reports').fsPath, { recursive: true, force: true });
  });

  it('refuses a reports folder that is a link, and writes nothing through it', async () => {
    rmSync(uri('reports').fsPath, { recursive: true, force: true });
    symlinkSync(outside, uri('reports').fsPath);
    const written = await vscode.commands.executeCommand('mops.generateReport', { report: 'pipeline', format: 'md' });
    assert.equal(written, undefined);
    assert.deepEqual(readdirSync(outside), ['target.md']);
    rmSync(uri('reports').fsPath);
  });

  it('refuses a report file that is a link, and leaves its target as it was', async () => {
    mkdirSync(uri('reports').fsPath, { recursive: true });
    symlinkSync(join(outside, 'target.md'), uri('reports/pipeline.md').fsPath);
    const written = await vscode.commands.executeCommand('mops.generateReport', { report: 'pipeline', format: 'md' });
    assert.equal(written, undefined);
    assert.equal(readFileSync(join(outside, 'target.md'), 'utf8'), 'not yours\n');
    rmSync(uri('reports/pipeline.md').fsPath);
    // With the link gone, the report is written as usual.
    const report = await vscode.commands.executeCommand<vscode.Uri>('mops.generateReport', { report: 'pipeline', format: 'md' });
    assert.equal(report?.toString(), uri('reports/pipeline.md').toString());
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
