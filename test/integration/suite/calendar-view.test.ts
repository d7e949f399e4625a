// The Calendar view in a real VS Code: the reference playbook's launches by month and by week, a blackout badge that
// follows an edit of mops.config.yaml (and agrees with the diagnostics), and a click that opens the brief on its launch line.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ViewNode } from '../../../src/core';
import type { Views } from '../../../src/extension/views';
import { api, BRIEF, closeAll, diagnostics, open, replace, rule, uri } from './util';

type Provider = Views['calendar'];
type Node = ViewNode;

/** A node's children as drawn now: none while the view waits for the server's first answer. */
function children(provider: Provider, node?: Node): Node[] {
  const found = provider.getChildren(node as never);
  return Array.isArray(found) ? found : [];
}

async function calendar(): Promise<Provider> {
  const mops = await api();
  assert.ok(mops.views, 'the views are registered while mops is enabled');
  // Drawn once, as VS Code draws a view that is shown: from then on it follows the server's changes.
  await mops.views.calendar.getChildren();
  return mops.views.calendar;
}

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

/** The tree as a user reads it: `label — description`, children indented under their parent. */
function outline(provider: Provider, node?: Node, depth = 0): string[] {
  return children(provider, node).flatMap((child) => {
    const item = provider.getTreeItem(child as never);
    return [`${'  '.repeat(depth)}${label(item)}${item.description ? ` — ${String(item.description)}` : ''}`, ...outline(provider, child, depth + 1)];
  });
}

function find(provider: Provider, text: string, node?: Node): vscode.TreeItem | undefined {
  for (const child of children(provider, node)) {
    // Resolved, as VS Code does on hover: the tooltip is added then.
    const item = provider.resolveTreeItem(provider.getTreeItem(child as never), child as never);
    if (label(item) === text) return item;
    const deeper = find(provider, text, child);
    if (deeper) return deeper;
  }
  return undefined;
}

/** Resolves once `read()` is truthy: checked now and whenever the view says it changed; never on a timer. */
function whenView<T>(provider: Provider, read: () => T | undefined, what: string, ms = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const value = read();
      if (!value) return;
      listener.dispose();
      clearTimeout(timer);
      resolve(value);
    };
    const listener = provider.onDidChangeTreeData(check);
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`${what}; the view shows:\n${outline(provider).join('\n')}`));
    }, ms);
    check();
  });
}

describe('calendar view', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('lists the launches by month, then by week, with the period holding today marked', async () => {
    const view = await calendar();
    // The four briefs of campaigns/ by timeline.launch; today is the config's 2026-11-20.
    assert.deepEqual(outline(view), [
      'July 2026 — 1 launch',
      '  Back to school search push — 2026-07-15 → 2026-08-15 · search · closed',
      'November 2026 — 1 launch · this month',
      '  Black Friday early access — 2026-11-18 → 2026-11-30 · email',
      'December 2026 — 1 launch',
      '  Winter operations webinar — 2026-12-10 → 2026-12-17 · social, email',
      'January 2027 — 1 launch',
      '  State of Marketing Ops report 2027 — 2027-01-20 → 2027-03-31 · content, email, social',
    ]);
    await vscode.commands.executeCommand('mops.calendar.toggleGrouping');
    try {
      // Drawn by week, as VS Code draws the view again after the switch.
      await view.getChildren();
      // Wednesday 18 November 2026 is in ISO week 47, Monday 16 to Sunday 22 November.
      const weeks = outline(view).filter((l) => !l.startsWith(' '));
      assert.deepEqual(weeks, ['Week 29, 13 Jul – 19 Jul 2026 — 1 launch', 'Week 47, 16 Nov – 22 Nov 2026 — 1 launch · this week', 'Week 50, 7 Dec – 13 Dec 2026 — 1 launch', 'Week 3, 18 Jan – 24 Jan 2027 — 1 launch']);
    } finally {
      await vscode.commands.executeCommand('mops.calendar.toggleGrouping');
    }
  });

  it('badges a brief live in a blackout added to mops.config.yaml, as the diagnostics do, and opens it on its launch line', async () => {
    const view = await calendar();
    const config = await open('mops.config.yaml');
    await replace(config, 'martech:\n', 'calendar:\n  blackouts:\n    - from: 2026-11-26\n      to: 2026-11-27\n      reason: Thanksgiving\nmartech:\n');
    const item = await whenView(view, () => {
      const found = find(view, 'Black Friday early access');
      return String(found?.description).startsWith('blackout') ? found : undefined;
    }, 'no blackout badge');
    assert.equal(item.description, 'blackout · 2026-11-18 → 2026-11-30 · email');
    assert.match((item.tooltip as vscode.MarkdownString).value, /blackout.*Live 2026-11-26 to 2026-11-27 during the blackout 'Thanksgiving'/);
    await diagnostics(uri(BRIEF), (ds) => ds.some((d) => rule(d) === 'calendar/blackout'));
    assert.ok(item.command?.arguments);
    await vscode.commands.executeCommand(item.command.command, ...item.command.arguments);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri(BRIEF).toString());
    // `  launch: 2026-11-18` is line 19 of the file, 18 from 0; the value starts at 10.
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [18, 10]);
  });
});
