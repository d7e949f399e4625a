// The palette commands and the manifest in a real VS Code: every contributed command is registered,
// and the ones the walkthrough runs do their job when given their answers as arguments.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, EXTENSION_ID, read, uri } from './util';

describe('commands', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('registers every command the manifest contributes, and activates quickly', async () => {
    const mops = await api();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: Array<{ command: string }> } };
    const registered = await vscode.commands.getCommands(true);
    for (const { command } of manifest.contributes.commands) assert.ok(registered.includes(command), command);
    assert.ok(mops.activationMs >= 0);
  });

  it('writes the check report into the playbook', async () => {
    await api();
    await vscode.commands.executeCommand('mops.writeCheckReport');
    assert.match(await read('reports/mops-check.md'), /## mops check\n\n✅ \d+ files checked: no problems\./);
    await vscode.workspace.fs.delete(uri('reports'), { recursive: true });
  });

  it('builds a tracked link from the UTM standard', async () => {
    await api();
    const link = await vscode.commands.executeCommand<string>('mops.buildUtmLink', {
      campaign: '2026q4-na-email-black-friday',
      source: 'newsletter',
      medium: 'email',
      content: 'Hero-Banner',
      landing: 'https://shop.acme.example/black-friday#top',
    });
    assert.equal(link, 'https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=hero-banner#top');
    assert.equal(await vscode.env.clipboard.readText(), link);
  });

  it('opens a new brief from the snippet of a tier', async () => {
    await api();
    await vscode.commands.executeCommand('mops.newBrief', 'mops-brief-tier2');
    const text = vscode.window.activeTextEditor?.document.getText() ?? '';
    assert.match(text, /^apiVersion: mops\/v1\nkind: Brief\n/);
    assert.match(text, /tier: 2/);
  });

  it('opens an SOP of the library by id', async () => {
    await api();
    await vscode.commands.executeCommand('mops.openSop', 'new-tool-request');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri('sops/new-tool-request.yaml').toString());
  });
});
