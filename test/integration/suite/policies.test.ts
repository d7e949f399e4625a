// A team policy in a real VS Code: its finding on the exact range with the policy as the code's link, a hover
// with the policy's description and a link to its document, the disable-for-this-line action, and a broken
// expression underlined at its column as it is typed.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, BRIEF, closeAll, diagnostics, has, open, remove, replace, rule, uri, write } from './util';

const POLICY = 'policies/editor-test.yaml';
const TEXT = `apiVersion: mops/v1
kind: Policy
id: tier2-legal
title: Tier-2 campaigns need legal approval
description: Legal reviews every tier-2 campaign before launch; add the legal gate's approval.
severity: error
match:
  kind: Brief
  when: self.tier == 2
assert:
  - expr: self.approvals.exists(a, a.gate == 'legal')
    at: approvals
`;

describe('team policies in the editor', function () {
  this.timeout(60_000);
  afterEach(closeAll);
  after(() => remove('policies'));

  it('shows a policy finding with its hover, its link and the disable action', async () => {
    await api();
    await write(POLICY, TEXT);
    const editor = await open(BRIEF);
    const ds = await diagnostics(editor.document.uri, has('policy/tier2-legal@36:0-36:9'));
    const finding = ds.find((d) => rule(d) === 'policy/tier2-legal')!;
    assert.equal(finding.severity, vscode.DiagnosticSeverity.Error);
    const target = (finding.code as { target: vscode.Uri }).target;
    assert.equal(target.path, uri(POLICY).path);
    assert.equal(target.fragment, 'L3');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, finding.range.start.translate(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Legal reviews every tier-2 campaign before launch/);
    assert.match(text, /\[The policy, in policies\/editor-test\.yaml\]\(.*editor-test\.yaml#L3\)/);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, finding.range)) ?? [];
    const disable = actions.find((a) => a.title === 'Disable policy/tier2-legal for this line');
    assert.ok(disable?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    await diagnostics(editor.document.uri, (d) => !d.some((x) => rule(x) === 'policy/tier2-legal'));
    assert.match(editor.document.getText(), /# mops-disable-next-line policy\/tier2-legal\napprovals:/);
  });

  it('underlines a typo in an expression at its column as it is typed', async () => {
    await api();
    await write(POLICY, TEXT);
    const editor = await open(POLICY);
    await replace(editor, 'when: self.tier == 2', 'when: self.tierr == 2');
    await diagnostics(editor.document.uri, has('policy/invalid@8:13-8:18'));
  });
});
