// The Marketing Ops tree views in a real VS Code: what the Pipeline, the Martech Register and the SOP Library
// show of the reference playbook, badges that follow edits (and agree with the diagnostics), a click that
// opens a brief on its stage line, "Insert as checklist", and grouping under playbooks when there are several.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ViewNode } from '../../../src/core';
import type { Views } from '../../../src/extension/views';
import { api, BRIEF, closeAll, diagnostics, has, open, replace, rule, uri, write } from './util';

type Provider = Views['pipeline'] | Views['martech'] | Views['sops'];
type Node = ViewNode;

/** A node's children as drawn now: none while the view waits for the server's first answer. */
function children(provider: Provider, node?: Node): Node[] {
  const found = provider.getChildren(node as never);
  return Array.isArray(found) ? found : [];
}

async function views(): Promise<Views> {
  const mops = await api();
  assert.ok(mops.views, 'the views are registered while mops is enabled');
  // Each view drawn once, as VS Code draws a view that is shown: from then on it follows the server's changes.
  await Promise.all([mops.views.pipeline, mops.views.martech, mops.views.sops].map((p) => p.getChildren()));
  return mops.views;
}

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

function icon(item: vscode.TreeItem): string | undefined {
  return item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;
}

/** The tree as a user reads it: one line per node, `label — description`, children indented under their parent. */
function outline(provider: Provider, node?: Node, depth = 0): string[] {
  return children(provider, node).flatMap((child) => {
    const item = provider.getTreeItem(child as never);
    const line = `${'  '.repeat(depth)}${label(item)}${item.description ? ` — ${String(item.description)}` : ''}`;
    return [line, ...outline(provider, child, depth + 1)];
  });
}

/** The first node, depth first, whose item has this label. */
function find(provider: Provider, text: string, node?: Node): { node: Node; item: vscode.TreeItem } | undefined {
  for (const child of children(provider, node)) {
    // Resolved, as VS Code does on hover: the tooltip is added then.
    const item = provider.resolveTreeItem(provider.getTreeItem(child as never), child as never);
    if (label(item) === text) return { node: child, item };
    const deeper = find(provider, text, child);
    if (deeper) return deeper;
  }
  return undefined;
}

/** Resolves with `read()` once it is truthy: checked now and whenever the view says it changed; never on a timer. */
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

describe('views', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('Pipeline: each workflow with its stages in order and the briefs at them', async () => {
    const { pipeline } = await views();
    // Counted by hand from campaigns/: 3 briefs name the workflow 'campaign' (creative: winter webinar;
    // launch: Black Friday; report: back to school, closed) and 1 names 'content' (draft: state of ops):
    // 3 + 1 = 4 briefs, the 4 files of campaigns/. Every stage of workflows/*.yaml is listed, 7 + 7.
    assert.deepEqual(outline(pipeline), [
      'Campaign launch — campaign · 3 briefs',
      '  brief (0) — SLA 5 days',
      '  creative (1) — SLA 10 days',
      '    Winter operations webinar — li.wei',
      '  review (0) — SLA 3 days',
      '  qa (0) — SLA 3 days',
      '  launch (1) — SLA 2 days',
      '    Black Friday early access — priya.shah',
      '  optimize (0) — SLA 30 days',
      '  report (1) — SLA 7 days',
      '    Back to school search push — priya.shah · closed',
      'Content production — content · 1 brief',
      '  ideation (0) — SLA 10 days',
      '  brief (0) — SLA 5 days',
      '  draft (1) — SLA 15 days',
      '    State of Marketing Ops report 2027 — maria.lopez',
      '  edit (0) — SLA 5 days',
      '  design (0) — SLA 10 days',
      '  publish (0) — SLA 2 days',
      '  promote (0) — SLA 30 days',
    ]);
    const brief = find(pipeline, 'Black Friday early access');
    assert.equal(brief && icon(brief.item), 'megaphone', 'a brief with no findings has the plain icon');
  });

  it('Martech Register: tools by category with owner and annual cost', async () => {
    const { martech } = await views();
    // martech/hubspot.yaml holds 1 tool and martech/register.yaml 3 (salesforce, ga4, meta-ads): 1 + 3 = 4
    // tools in 4 different categories, sorted by name; the costs are cost.annual with cost.currency.
    assert.deepEqual(outline(martech), [
      'advertising — 1 tool',
      '  Meta Ads Manager — priya.shah · USD 0/yr',
      'analytics — 1 tool',
      '  Google Analytics 4 — li.wei · USD 0/yr',
      'crm — 1 tool',
      '  Salesforce Sales Cloud — li.wei · USD 54,000/yr',
      'marketing-automation — 1 tool',
      '  HubSpot Marketing Hub — priya.shah · USD 36,000/yr',
    ]);
  });

  it('SOP Library: SOPs by area with their owner; a click opens one', async () => {
    const { sops } = await views();
    // sops/ holds 2 SOPs, one in area campaign-ops and one in martech: 1 + 1 = 2; each lists its 4 steps,
    // plain sentences with no role or "done when" (so no description).
    assert.deepEqual(outline(sops), [
      'campaign-ops — 1 SOP',
      '  Campaign launch checklist — priya.shah',
      '    1. Confirm that every gate approval before launch is recorded in the brief',
      '    2. Test every tracked link and check its UTM parameters against the standard',
      '    3. Verify the audience segment and its size in the CRM',
      '    4. Schedule the send and the post-launch monitoring checks',
      'martech — 1 SOP',
      '  Requesting a new marketing tool — li.wei',
      '    1. Check the martech register for a tool that already covers the need',
      '    2. Write the business case, the integrations needed and the total cost of ownership',
      '    3. Present it to the martech committee for approval',
      '    4. Add the approved tool to the register with an owner and a review date',
    ]);
    const sop = find(sops, 'Requesting a new marketing tool');
    assert.ok(sop?.item.command?.arguments);
    assert.equal(sop.item.contextValue, 'mops.sop', 'the node carries the context of the "Insert as checklist" action');
    await vscode.commands.executeCommand(sop.item.command.command, ...sop.item.command.arguments);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri('sops/new-tool-request.yaml').toString());
  });

  it('badges a brief that is made overdue, gate-missing and wrong by edits, as the diagnostics do, and clears them when fixed', async () => {
    const { pipeline } = await views();
    const editor = await open(BRIEF);
    const brief = () => find(pipeline, 'Black Friday early access')?.item;
    const redrawn: Array<readonly Node[] | undefined> = [];
    const listening = pipeline.onDidChangeTreeData((e) => redrawn.push(e ?? undefined));
    // In 'launch' since 2026-11-12 on the config's today 2026-11-20: 8 days, the stage's SLA is 2.
    await replace(editor, '    entered: 2026-11-18', '    entered: 2026-11-12');
    let item = await whenView(pipeline, () => (String(brief()?.description).includes('SLA overdue') ? brief() : undefined), 'no SLA-overdue badge');
    listening.dispose();
    // The view kept its shape: VS Code is given the brief's node again, not the whole tree.
    assert.ok(
      redrawn.some((e) => e?.some((n) => n.label === 'Black Friday early access')) && redrawn.every((e) => e !== undefined),
      `drawn again: ${JSON.stringify(redrawn.map((e) => e?.map((n) => n.label) ?? 'the whole view'))}`,
    );
    assert.equal(item.description, 'SLA overdue · priya.shah');
    assert.equal(icon(item), 'watch');
    assert.match((item.tooltip as vscode.MarkdownString).value, /SLA overdue.*In 'launch' for 8 days/);
    await diagnostics(editor.document.uri, (ds) => ds.some((d) => rule(d) === 'brief/sla-overdue'));
    // The qa gate's approval is no longer approved, and the owner is not on the Team (an error of another rule).
    await replace(editor, '    approver: priya.shah\n    status: approved', '    approver: priya.shah\n    status: pending');
    await replace(editor, 'owner: priya.shah\n', 'owner: priya.shahh\n');
    item = await whenView(pipeline, () => (String(brief()?.description).includes('1 error') ? brief() : undefined), 'no gate-missing and error badges');
    assert.equal(item.description, 'gate missing · 1 error · SLA overdue · priya.shahh');
    assert.equal(icon(item), 'lock', 'the most important badge is the icon');
    await diagnostics(editor.document.uri, (ds) => ['brief/gate-missing', 'brief/sla-overdue', 'ref/unknown-person'].every((r) => ds.some((d) => rule(d) === r)));
    // Fixed by typing: every badge goes away.
    await replace(editor, '    entered: 2026-11-12', '    entered: 2026-11-18');
    await replace(editor, 'status: pending', 'status: approved');
    await replace(editor, 'owner: priya.shahh\n', 'owner: priya.shah\n');
    item = await whenView(pipeline, () => (brief()?.description === 'priya.shah' ? brief() : undefined), 'the badges stay');
    assert.equal(icon(item), 'megaphone');
    await diagnostics(editor.document.uri, (ds) => ds.length === 0);
  });

  it('badges a tool from the martech findings', async () => {
    const { martech } = await views();
    const editor = await open('martech/hubspot.yaml');
    const tool = () => find(martech, 'HubSpot Marketing Hub')?.item;
    // 5 of 20 seats (25%) is below the config's 0.6; a review every 30 days since 2026-10-01 was due 2026-10-31.
    await replace(editor, 'active: 17', 'active: 5');
    await replace(editor, 'review_every_days: 90', 'review_every_days: 30');
    // Both edits re-check the file, each after the debounce: wait for the badges of both.
    const both = (d: string) => d.includes('low utilisation') && d.includes('review overdue');
    const item = await whenView(martech, () => (both(String(tool()?.description)) ? tool() : undefined), 'no tool badges');
    assert.equal(item.description, 'review overdue · low utilisation · priya.shah · USD 36,000/yr');
    assert.equal(icon(item), 'history');
    await diagnostics(editor.document.uri, has('martech/low-utilization@12:10-12:11', 'martech/review-overdue@17:13-17:23'));
  });

  it("opens a brief with the cursor on its stage value, found from the YAML of the current text", async () => {
    const { pipeline } = await views();
    const click = async () => {
      const found = find(pipeline, 'Black Friday early access');
      assert.ok(found?.item.command?.arguments, 'the brief has a click command');
      await vscode.commands.executeCommand(found.item.command.command, ...found.item.command.arguments);
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), uri(BRIEF).toString());
      return editor;
    };
    // `stage: launch` is line 11 of the file, 10 counted from 0; the value starts after `stage: `, at 7.
    let editor = await click();
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [10, 7]);
    assert.equal(editor.document.lineAt(10).text, 'stage: launch');
    // Two lines above it, not saved: the click lands on the stage line as it is now.
    await replace(editor, 'kind: Brief\n', 'kind: Brief\n# a note\n# another\n');
    editor = await click();
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [12, 7]);
  });

  it('inserts an SOP as a checklist at the cursor, Markdown or YAML, in one undoable edit', async () => {
    const { sops } = await views();
    const sop = find(sops, 'Campaign launch checklist');
    assert.ok(sop);
    const steps = [
      'Confirm that every gate approval before launch is recorded in the brief',
      'Test every tracked link and check its UTM parameters against the standard',
      'Verify the audience segment and its size in the CRM',
      'Schedule the send and the post-launch monitoring checks',
    ];
    const markdown = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Launch\n\n' }));
    markdown.selection = new vscode.Selection(2, 0, 2, 0);
    assert.equal(await vscode.commands.executeCommand('mops.sops.insertChecklist', sop.node), true);
    assert.equal(markdown.document.getText(), `# Launch\n\n${steps.map((s) => `- [ ] ${s}`).join('\n')}`);
    await vscode.commands.executeCommand('undo');
    assert.equal(markdown.document.getText(), '# Launch\n\n', 'one undo takes the whole checklist back');

    // In YAML, after a key: the items start on the next line, indented like the key's line.
    const yaml = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'yaml', content: 'gate:\n  checklist:' }));
    yaml.selection = new vscode.Selection(1, 12, 1, 12);
    assert.equal(await vscode.commands.executeCommand('mops.sops.insertChecklist', 'campaign-launch-checklist'), true);
    assert.equal(yaml.document.getText(), `gate:\n  checklist:\n${steps.map((s) => `  - ${s}`).join('\n')}`);
    // Untitled buffers are closed without a save prompt.
    for (const editor of [yaml, markdown]) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('SOP Library: a step shows its role and "done when", its link in the tooltip; a click opens its line', async () => {
    const { sops } = await views();
    const text = [
      'apiVersion: mops/v1',
      'kind: Sop',
      'id: launch-day',
      'title: Launch day',
      'area: campaign-ops',
      'owner: priya.shah',
      'steps:',
      '  - Check the calendar',
      '  - do: Send the launch e-mail',
      '    role: campaign-ops',
      '    link: https://wiki.acme.example/launch',
      '    done_when: The send shows in HubSpot',
      '',
    ].join('\n');
    await write('sops/launch-day.yaml', text);
    try {
      const lines = await whenView(sops, () => {
        const all = outline(sops);
        return all.includes('  Launch day — priya.shah') ? all : undefined;
      }, 'the new SOP is not listed');
      const at = lines.indexOf('  Launch day — priya.shah');
      assert.deepEqual(lines.slice(at, at + 3), [
        '  Launch day — priya.shah',
        '    1. Check the calendar',
        '    2. Send the launch e-mail — campaign-ops · done when: The send shows in HubSpot',
      ]);
      const step = find(sops, '2. Send the launch e-mail');
      assert.ok(step);
      assert.equal(icon(step.item), 'link', 'a step with a link has the link icon');
      const tooltip = step.item.tooltip instanceof vscode.MarkdownString ? step.item.tooltip.value : '';
      assert.ok(tooltip.includes('Role: campaign-ops'), tooltip);
      assert.ok(tooltip.includes('Done when: The send shows in HubSpot'), tooltip);
      assert.ok(tooltip.includes('Link: https://wiki.acme.example/launch'), tooltip);
      assert.equal(step.item.tooltip instanceof vscode.MarkdownString && step.item.tooltip.isTrusted, false);
      assert.ok(step.item.command?.arguments);
      await vscode.commands.executeCommand(step.item.command.command, ...step.item.command.arguments);
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), uri('sops/launch-day.yaml').toString());
      assert.equal(editor?.selection.active.line, 8, 'the click lands on the step (line 9)');
    } finally {
      await vscode.workspace.fs.delete(uri('sops/launch-day.yaml'));
    }
    await whenView(sops, () => !outline(sops).includes('  Launch day — priya.shah'), 'the deleted SOP is still listed');
  });

  it('groups each view under the playbooks when there are several, and ungroups when one goes', async () => {
    const { sops } = await views();
    const nested = 'apiVersion: mops/v1\nkind: Sop\nid: nested-sop\ntitle: A nested SOP\narea: nested\nowner: someone\nsteps: [one, two]\n';
    await write('second/sops/nested.yaml', nested);
    await write('second/mops.config.yaml', 'apiVersion: mops/v1\nkind: Config\n');
    try {
      const grouped = await whenView(sops, () => {
        const lines = outline(sops);
        return lines.some((l) => l.startsWith('second')) && lines.some((l) => l.startsWith('    A nested SOP — ') && l.endsWith(' someone')) ? lines : undefined;
      }, 'no group per playbook');
      // The nested playbook's SOP is listed under it only, not also under the playbook that contains its folder.
      assert.equal(grouped.filter((l) => l.includes('A nested SOP')).length, 1);
      assert.equal(grouped.filter((l) => !l.startsWith(' ')).length, 2, 'two playbook groups');
      assert.ok(grouped.includes('    Campaign launch checklist — priya.shah'));
    } finally {
      await vscode.workspace.fs.delete(uri('second'), { recursive: true });
    }
    await whenView(sops, () => outline(sops)[0] === 'campaign-ops — 1 SOP', 'still grouped after the second playbook went');
  });
});
