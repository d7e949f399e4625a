// Results against targets in a real VS Code: the results report from the command, and brief/missing-actuals as the user types.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, diagnostics, has, open, read, remove, replace, rule } from './util';

const BACK_TO_SCHOOL = 'campaigns/2026q3-na-search-back-to-school.yaml';

describe('results against targets', function () {
  this.timeout(60_000);
  afterEach(closeAll);
  after(() => remove('reports'));

  it('generates the results report: back-to-school met its target, 560 trial starts of 500', async () => {
    await api();
    await vscode.commands.executeCommand('mops.generateReport', { report: 'results', format: 'md' });
    const text = await read('reports/results.md');
    assert.match(text, /^- \*\*Targets reached:\*\* 🟢 100%$/m);
    assert.ok(text.includes('| 2026q3-na-search-back-to-school | demand-gen | trial-starts | 500 | 🟢 560 | 🟢 112% | 14,200 | 25.36 | 🟢 Attained |'), text);
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('mops.generateReport', { report: 'results', format: 'html' });
    assert.match(panel.webview.html, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="chart"/);
    assert.doesNotMatch(panel.webview.html, /<script/i);
  });

  it('warns, on the metric, when a campaign that has ended loses its result, and stops when it is back', async () => {
    await api();
    const editor = await open(BACK_TO_SCHOOL);
    await replace(editor, '    target: 500\n    actual: 560\n', '    target: 500\n');
    const ds = await diagnostics(editor.document.uri, has('brief/missing-actuals@27:12-27:24'));
    assert.match(ds.find((d) => rule(d) === 'brief/missing-actuals')!.message, /ended on 2026-08-15, but 'trial-starts' \(target 500\) has no actual/);
    await replace(editor, '    target: 500\n', '    target: 500\n    actual: 560\n');
    await diagnostics(editor.document.uri, (all) => !all.some((d) => rule(d) === 'brief/missing-actuals'));
  });
});
