// The first hour of a playbook in a real VS Code (issue 12, §6 and §7): snippets filled from the playbook and
// offered only where they belong, a refused advance that offers the way on, an untouched new brief that
// cannot pass its gate, Fix all that says what it did, first-name suggestions, hovers that do not repeat
// a problem, the UTM link's last step, the New brief wizard's questions and Create a playbook's name.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, BRIEF, closeAll, diagnostics, has, open, position, read, remove, replace, rule, uri, write } from './util';

const WEBINAR = 'campaigns/2026q4-emea-social-winter-webinar.yaml';

async function completions(document: vscode.TextDocument, at: vscode.Position): Promise<vscode.CompletionItem[]> {
  return (await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, at)).items;
}

const snippets = (items: vscode.CompletionItem[]) => items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));

async function hover(document: vscode.TextDocument, at: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Accepts the quick pick that `running` shows (the first item), as often as it asks, until it is done. */
async function acceptEach<T>(running: Thenable<T>): Promise<{ value: T; asked: number }> {
  let done = false;
  let asked = 0;
  const result = Promise.resolve(running).finally(() => (done = true));
  while (!done) {
    // One round trip to the workbench per try: no timer, the loop ends when the command does.
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    asked += 1;
    if (asked > 100_000) throw new Error('the command never finished');
  }
  return { value: await result, asked };
}

describe('the first hour in the editor (issue 12)', function () {
  this.timeout(60_000);
  afterEach(closeAll);

  it('offers no snippet after owner: or stage:, and the right ones under a list or in an empty file', async () => {
    await api();
    const editor = await open(BRIEF);
    await replace(editor, 'owner: priya.shah\n', 'owner: m\n');
    assert.deepEqual(snippets(await completions(editor.document, position(editor.document, 'owner: m', 8))), []);
    await replace(editor, 'stage: launch\n', 'stage: \n');
    assert.deepEqual(snippets(await completions(editor.document, position(editor.document, 'stage: ', 7))), []);
    await replace(editor, 'tools: [hubspot, ga4]', '  mops-\ntools: [hubspot, ga4]');
    assert.deepEqual(snippets(await completions(editor.document, position(editor.document, '  mops-\n', 7))), ['mops-link', 'mops-disable']);
  });

  it('a brief snippet in a new file, accepted as VS Code accepts it, gives a brief that checks clean', async () => {
    await api();
    // The snippet's id: launch 2026-11-20 + 7 days of lead time + 14 of slack, in 2026q4; the file is named after it.
    const path = 'campaigns/2026q4-na-email-new-campaign.yaml';
    await write(path, '');
    try {
      const editor = await open(path);
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'mops-brief'));
      const items = await completions(editor.document, new vscode.Position(0, 10));
      assert.deepEqual(snippets(items).filter((l) => l.startsWith('mops-brief')), ['mops-brief-campaign-tier1', 'mops-brief-campaign-tier2', 'mops-brief-campaign-tier3', 'mops-brief-content-tier1', 'mops-brief-content-tier2', 'mops-brief-content-tier3']);
      const item = items.find((i) => i.label === 'mops-brief-campaign-tier1')!;
      assert.ok(item.insertText instanceof vscode.SnippetString);
      assert.ok(await editor.insertSnippet(item.insertText, item.range as vscode.Range));
      // Out of the snippet session: every placeholder keeps its default.
      await vscode.commands.executeCommand('leaveSnippet');
      assert.match(editor.document.getText(), /^id: 2026q4-na-email-new-campaign\n[\s\S]*^owner: priya\.shah\n[\s\S]*^ {4}entered: 2026-11-20\n/m);
      assert.ok(await editor.document.save());
      await diagnostics(editor.document.uri, (ds) => ds.length === 0 && editor.document.getText().includes('kind: Brief'));
    } finally {
      await closeAll();
      await remove(path);
    }
  });

  it("the approval snippet names the gate to pass, a holder of its role and the playbook's today", async () => {
    await api();
    const editor = await open(WEBINAR);
    await replace(editor, '    date: 2026-11-12\nhistory:', '    date: 2026-11-12\n  mops-appr\nhistory:');
    const items = await completions(editor.document, position(editor.document, '  mops-appr', 11));
    const approval = items.find((i) => i.label === 'mops-approval');
    assert.ok(approval?.insertText instanceof vscode.SnippetString);
    assert.equal(approval.insertText.value, '- gate: ${1:creative}\n  approver: ${2:tom.becker}\n  status: ${3|approved,pending,rejected|}\n  date: ${4:2026-11-20}\n  checklist: [${5:}]');
  });

  it('a refused Advance brief offers the approval it needs and the line of each blocker; with the approval it advances', async () => {
    await api();
    const editor = await open(WEBINAR);
    const before = editor.document.getText();
    const refused = await vscode.commands.executeCommand<{ ok: boolean; reasons: string[]; actions: string[] }>('mops.advanceStage', editor.document.uri);
    assert.equal(refused.ok, false);
    const approvals = before.split('\n').indexOf('approvals:');
    assert.deepEqual(refused.actions, ["Add the approval for 'creative'", `Go to line ${approvals + 2}`]);

    await vscode.commands.executeCommand('mops.advanceStage', editor.document.uri, { then: 'goto' });
    assert.equal(vscode.window.activeTextEditor?.selection.start.line, approvals + 1);

    await vscode.commands.executeCommand('mops.advanceStage', editor.document.uri, { then: 'approve' });
    const approved = before.replace('    date: 2026-11-12\nhistory:', '    date: 2026-11-12\n  - gate: creative\n    approver: tom.becker\n    status: approved\n    date: 2026-11-20\nhistory:');
    assert.equal(editor.document.getText(), approved);
    const advanced = await vscode.commands.executeCommand<{ ok: boolean }>('mops.advanceStage', editor.document.uri);
    assert.equal(advanced.ok, true);
    assert.match(editor.document.getText(), /^stage: review$/m);
  });

  it('an untouched new brief, its gate approved, cannot advance: its placeholder text and zeros count as empty', async () => {
    await api();
    const created = await vscode.commands.executeCommand<vscode.Uri>('mops.newBrief', {
      workflow: 'campaign',
      tier: 1,
      tokens: { year: '2027', quarter: 'q1', region: 'na', channel: 'email', slug: 'untouched' },
      title: 'Untouched',
      owner: 'priya.shah',
      program: 'demand-gen',
    });
    try {
      await vscode.commands.executeCommand('leaveSnippet');
      await vscode.commands.executeCommand('mops.advanceStage', created, { then: 'approve' });
      const text = vscode.window.activeTextEditor!.document.getText();
      assert.match(text, /^ {2}- gate: brief\n {4}approver: maria\.lopez\n {4}status: approved\n {4}date: 2026-11-20$/m);
      const refused = await vscode.commands.executeCommand<{ ok: boolean; reasons: string[] }>('mops.advanceStage', created);
      assert.equal(refused.ok, false);
      assert.deepEqual(refused.reasons, [
        "The 'brief' gate requires objective, audience, budget, success_metrics, but the brief leaves objective (the template's placeholder text), audience.segment (the template's placeholder text), budget.planned (0), success_metrics[0].metric (the template's placeholder text), success_metrics[0].target (0).",
      ]);
      await diagnostics(created, (ds) => ds.some((d) => rule(d) === 'brief/gate-incomplete' && /objective \(the template's placeholder text\)/.test(d.message)));
    } finally {
      await closeAll();
      await remove('campaigns/2027q1-na-email-untouched.yaml');
    }
  });

  it('Fix all says how many problems it fixed and which remain', async () => {
    await api();
    const editor = await open(BRIEF);
    await replace(editor, 'tools: [hubspot, ga4]', 'tools: [hubspt, ga4]');
    await replace(editor, 'requester: maria.lopez', 'requester: nobody.here');
    await diagnostics(editor.document.uri, (ds) => ds.length === 2);
    const outcome = await vscode.commands.executeCommand<{ fixed: number; remaining: number; message: string }>('mops.fixAll');
    assert.deepEqual(outcome, { fixed: 1, remaining: 1, message: `Fixed 1 problem in ${BRIEF}. 1 problem remains: 1 × ref/unknown-person.` });
    const again = await vscode.commands.executeCommand<{ fixed: number; remaining: number; message: string }>('mops.fixAll');
    assert.equal(again.message, `Nothing fixed in ${BRIEF}: its one problem (ref/unknown-person) has no automatic fix.`);
  });

  it("a first name is matched: 'priya' offers priya.shah in the message and as a quick fix; the hover does not repeat it", async () => {
    await api();
    const editor = await open(BRIEF);
    await replace(editor, 'owner: priya.shah\n', 'owner: priya\n');
    const [found] = await diagnostics(editor.document.uri, (ds) => ds.some((d) => rule(d) === 'ref/unknown-person'));
    assert.equal(found.message, "'priya' is not a member of the Team. Did you mean 'priya.shah'?");
    const at = position(editor.document, 'owner: priya', 9);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(at, at));
    assert.ok(actions.some((a) => a.title === "Change to 'priya.shah'"), actions.map((a) => a.title).join(', '));
    const shown = await hover(editor.document, at);
    assert.match(shown, /\*\*owner\*\*/);
    assert.doesNotMatch(shown, /is not a member/);
  });

  it("the UTM link's last step shows the link and offers Add to brief (first) and Copy link", async () => {
    await api();
    const editor = await open(BRIEF);
    const running = vscode.commands.executeCommand<string | undefined>('mops.buildUtmLink', { source: 'newsletter', medium: 'email', content: 'banner-gift', landing: 'https://shop.acme.example/gift' });
    const { value: link } = await acceptEach(running);
    assert.equal(link, 'https://shop.acme.example/gift?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=banner-gift');
    assert.ok(editor.document.getText().includes(`  - name: banner-gift\n    url: ${link}\n`));
  });

  it('New campaign brief asks for the owner and the program (the first of each, picked here)', async () => {
    await api();
    const running = vscode.commands.executeCommand<vscode.Uri | undefined>('mops.newBrief', {
      workflow: 'campaign',
      tier: 2,
      tokens: { year: '2027', quarter: 'q1', region: 'na', channel: 'email', slug: 'asked' },
      title: 'Asked',
    });
    const { value: created } = await acceptEach(running);
    try {
      assert.ok(created);
      assert.match(vscode.window.activeTextEditor!.document.getText(), /\nowner: priya\.shah\nrequester: priya\.shah\nprogram: demand-gen\n/);
    } finally {
      await closeAll();
      await remove('campaigns/2027q1-na-email-asked.yaml');
    }
  });

  it('Create a playbook names the team and writes a .gitignore', async () => {
    await api();
    await vscode.workspace.fs.createDirectory(uri('scratch-named'));
    try {
      const files = await vscode.commands.executeCommand<vscode.Uri[]>('mops.createPlaybook', uri('scratch-named'), { name: 'Acme Outdoor' });
      assert.ok(files.some((f) => f.path.endsWith('scratch-named/.gitignore')));
      assert.match(await read('scratch-named/team.yaml'), /^description: "The Acme Outdoor marketing team"$/m);
      assert.match(await read('scratch-named/.gitignore'), /^\/reports\/$/m);
      await diagnostics(uri('scratch-named/team.yaml'), (ds) => ds.length === 0);
      // The brief it opens is checked as the new playbook's: a person its Team lacks is a problem at once.
      const editor = vscode.window.activeTextEditor!;
      assert.match(editor.document.uri.path, /\/scratch-named\/campaigns\/.*\.yaml$/);
      await replace(editor, 'requester: sam.taylor', 'requester: nobody.here');
      await diagnostics(editor.document.uri, (ds) => ds.some((d) => rule(d) === 'ref/unknown-person'));
    } finally {
      await closeAll();
      await remove('scratch-named');
    }
  });

  it('the gate-incomplete problem names the field on the approval line', async () => {
    await api();
    const editor = await open(WEBINAR);
    await replace(editor, 'objective: Fill a live webinar with 400 registrations from EMEA operations leaders', 'objective: The outcome this campaign must achieve, with a number');
    const line = editor.document.getText().split('\n').indexOf('  - gate: brief');
    await diagnostics(editor.document.uri, has(`brief/gate-incomplete@${line}:10-${line}:15`));
  });
});
