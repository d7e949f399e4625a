// The My Queue view in a real VS Code, on the reference playbook: whose queue (the mops.queue.person setting, or
// a message saying what was tried), its items as `mops report queue` lists them, a click that opens the line, and
// an away period added to the Team that hands the approval to the delegate.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { QueueProvider } from '../../../src/extension/views/queue';
import { api, closeAll, read, uri, write } from './util';

async function queue(): Promise<QueueProvider> {
  const mops = await api();
  assert.ok(mops.views, 'the views are registered while mops is enabled');
  return mops.views.myQueue;
}

async function person(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('mops').update('queue.person', value, vscode.ConfigurationTarget.Workspace);
}

/** The view as a user reads it: `label — description` per line. */
async function outline(provider: QueueProvider): Promise<string[]> {
  const nodes = await provider.getChildren();
  return nodes.map((node) => {
    const item = provider.getTreeItem(node);
    const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
    return `${label}${item.description ? ` — ${String(item.description)}` : ''}`;
  });
}

/** Resolves once the view shows exactly `expected`: checked now and whenever the view says it changed; never on a timer. */
function shows(provider: QueueProvider, expected: string[], ms = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let last: string[] = [];
    let done = false;
    const check = async () => {
      last = await outline(provider);
      if (done || JSON.stringify(last) !== JSON.stringify(expected)) return;
      done = true;
      listener.dispose();
      clearTimeout(timer);
      resolve();
    };
    const listener = provider.onDidChangeTreeData(() => void check());
    const timer = setTimeout(() => {
      done = true;
      listener.dispose();
      reject(new Error(`the view shows:\n${last.join('\n')}\ninstead of:\n${expected.join('\n')}`));
    }, ms);
    void check();
  });
}

const TEAM = 'team.yaml';

describe('My Queue view', function () {
  this.timeout(60_000);
  let team: string;
  before(async () => {
    team = await read(TEAM);
  });
  afterEach(async () => {
    await closeAll();
    await person(undefined);
    if ((await read(TEAM)) !== team) await write(TEAM, team);
  });

  it("shows the person's items; a click opens the line the item is about", async () => {
    const provider = await queue();
    await person('tom.becker');
    // The winter webinar stands at 'creative' since 2026-11-12 with no approval; the gate's role is brand, held by
    // Tom only; SLA 10 days: due 2026-11-22, 2 days after the config's today 2026-11-20.
    await shows(provider, ['Winter operations webinar — Approval · due in 2 days']);
    const [node] = await provider.getChildren();
    const item = provider.getTreeItem(node);
    assert.ok(item.command?.arguments);
    await vscode.commands.executeCommand(item.command.command, ...item.command.arguments);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri('campaigns/2026q4-emea-social-winter-webinar.yaml').toString());
    assert.equal(editor.document.lineAt(editor.selection.active.line).text, 'stage: creative');
  });

  it('says so when nothing waits, and when the setting names nobody', async () => {
    const provider = await queue();
    await person('maria.lopez');
    await shows(provider, ['Nothing waits for Maria Lopez on 2026-11-20.']);
    await person('tom.bekcer');
    await shows(provider, ["Nobody in the Team has the id 'tom.bekcer' (mops.queue.person)."]);
  });

  it('without the setting, and no Team member with an email, asks who you are', async () => {
    const provider = await queue();
    await person(undefined);
    const [node] = await provider.getChildren();
    const item = provider.getTreeItem(node);
    assert.match(String(item.label), /^Who are you\? Set mops\.queue\.person: /);
  });

  it("hands an away member's approval to the delegate for the period", async () => {
    const provider = await queue();
    await person('ana.silva');
    await shows(provider, ['Nothing waits for Ana Silva on 2026-11-20.']);
    // Tom (brand) away 2026-11-19 to 2026-11-30, Ana as delegate: the creative gate is Ana's to approve today.
    await write(TEAM, team.replace('    roles: [brand]\n', '    roles: [brand]\n    away:\n      - from: 2026-11-19\n        to: 2026-11-30\n        delegate: ana.silva\n'));
    await shows(provider, ['Winter operations webinar — Approval · due in 2 days · for tom.becker']);
    await person('tom.becker');
    await shows(provider, ['Nothing waits for Tom Becker on 2026-11-20.']);
  });
});
