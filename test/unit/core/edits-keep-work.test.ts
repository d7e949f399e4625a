// Edits keep work: advancing a stage, appending a link, every rule's quick fix and fix-all change only the
// nodes they name, byte for byte, in files with comments everywhere, anchors and aliases, flow style, CRLF
// line endings, no final newline, tabs and unicode, and several documents.

import assert from 'node:assert/strict';
import { advanceBrief, appendListEntry, applyEdits, applyFixes, disableEdit, parseDay, RULES, type Finding, type TextEdit, type Workspace } from '../../../src/core';
import { readTree, REFERENCE, workspaceOf } from '../../helpers';

const TREE = readTree(REFERENCE);
const BRIEF = 'campaigns/2026q4-na-email-black-friday.yaml';
const TODAY = parseDay('2026-11-20')!;

/**
 * The reference black-friday brief (at launch, free to advance), written the way people write: comments on
 * and around every line an edit touches, an anchor on the stage and on the budget, an alias of the owner,
 * flow maps and lists next to block ones, a tab and characters beyond the BMP in neighbouring values.
 */
const HOSTILE = `# Black Friday — early access ✓ (owned by Priya)
apiVersion: mops/v1
kind: Brief
id: 2026q4-na-email-black-friday   # the campaign id
title: "Black Friday\tearly access 🎉"
workflow: campaign
tier: 2
status: active
owner: &lead priya.shah   # runs it day to day
requester: maria.lopez
program: demand-gen\t# ✓ FY26
# Where it stands:
stage: &now launch   # since 2026-11-18
objective: Drive 1,200 early-access sign-ups — existing customers in North America 🇺🇸
audience: {segment: existing-customers-na, size: 48000}
channels: [email]
timeline: {brief_approved: 2026-10-01, launch: 2026-11-18, end: 2026-11-30}
budget: &budget
  currency: USD   # as the FY26 budget
  planned: 20000
  lines:
    - {item: email-production, planned: 8000, actual: 7600}
    - item: design
      planned: 12000
      actual: 11000
success_metrics:
  - metric: sign-ups
    target: 1200
    baseline: 800
  - {metric: revenue, target: 250000}
approvals:
  - gate: brief
    approver: maria.lopez
    status: approved
    date: 2026-10-01
  - {gate: creative, approver: tom.becker, status: approved, date: 2026-10-09}
  - gate: review
    approver: ana.silva   # legal
    status: approved
    date: 2026-11-10
    checklist: [brand-guidelines, legal-compliance]
  - gate: qa
    approver: *lead
    status: approved
    date: 2026-11-17
    checklist: [links-tested, utm-verified, tracking-verified, audience-verified]
history:
  # oldest first
  - stage: brief
    entered: 2026-09-25
  - {stage: creative, entered: 2026-10-01}
  - stage: review
    entered: 2026-10-09
  - stage: qa
    entered: 2026-11-10
  - stage: launch   # the last one
    entered: 2026-11-18
  # the next entry goes above this line
links:
  - name: hero-early-access
    url: https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=hero-early-access
  - {name: "footer ✓ 🎉", url: "https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=footer-early-access"}
tools: [hubspot, ga4]   # the stack
compliance:
  legal_review: true
  consent_basis: consent
# end of brief
`;

/** `text` with each `from` (which it holds exactly once) replaced by its `to`. */
function swap(text: string, ...pairs: Array<[string, string]>): string {
  for (const [from, to] of pairs) {
    assert.equal(text.split(from).length, 2, `exactly one '${from}' in the text`);
    text = text.replace(from, () => to);
  }
  return text;
}

const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');

/** The same case with LF and CRLF line endings, with and without a final line break. */
function variants(before: string, expected: string): Array<[string, string, string]> {
  const cases: Array<[string, string, string]> = [
    ['LF', before, expected],
    ['CRLF', crlf(before), crlf(expected)],
  ];
  if (before.endsWith('\n') && expected.endsWith('\n')) {
    cases.push(['LF, no final newline', before.slice(0, -1), expected.slice(0, -1)], ['CRLF, no final newline', crlf(before).slice(0, -2), crlf(expected).slice(0, -2)]);
  }
  return cases;
}

/** Applies the edits and checks the whole text; a CRLF text gets no bare LF. */
function edited(label: string, before: string, edits: readonly TextEdit[], expected: string): string {
  const after = applyEdits(before, edits);
  assert.equal(after, expected, label);
  if (before.includes('\r\n')) assert.doesNotMatch(after, /(?<!\r)\n/, `${label}: every line break stays CRLF`);
  return after;
}

function playbook(files: Record<string, string>): Workspace {
  return workspaceOf({ ...TREE, ...files }, { rules: RULES });
}

/** The finding of `rule` on the line holding `marker` (the file's first such line). */
function findingAt(ws: Workspace, path: string, text: string, rule: string, marker: string): Finding {
  const at = text.indexOf(marker);
  assert.notEqual(at, -1, `'${marker}' is in ${path}`);
  const line = text.slice(0, at).split('\n').length - 1;
  const found = ws.findings(path).filter((f) => f.rule === rule && f.range.start.line === line);
  assert.equal(found.length, 1, `one ${rule} on line ${line + 1}; all: ${ws.findings(path).map((f) => `${f.range.start.line + 1}:${f.rule}`).join(' ')}`);
  return found[0];
}

/** Applies the first fix of the finding of `rule` on the marker's line, in every variant; the finding goes. */
function quickFix(before: string, marker: string, rule: string, expected: string, path = BRIEF): void {
  for (const [label, text, want] of variants(before, expected)) {
    const finding = findingAt(playbook({ [path]: text }), path, text, rule, marker);
    assert.ok(finding.fixes.length > 0, `${label}: ${rule} offers a fix`);
    const after = edited(`${label}: ${finding.fixes[0].title}`, text, finding.fixes[0].edits, want);
    const left = playbook({ [path]: after }).findings(path).filter((f) => f.rule === rule && f.range.start.line === finding.range.start.line);
    assert.deepEqual(left, [], `${label}: the fix removes the finding`);
  }
}

/** What `mops advance` would write, in every variant; and the edited brief checks as cleanly as before. */
function advances(before: string, expected: string, path = BRIEF): void {
  for (const [label, text, want] of variants(before, expected)) {
    const ws = playbook({ [path]: text });
    const result = advanceBrief(ws, path, { today: TODAY });
    assert.ok(result.ok, `${label}: refused: ${result.ok ? '' : result.reasons.join(' | ')}`);
    const after = edited(label, text, result.edits, want);
    const old = new Set(ws.findings(path).map((f) => `${f.rule} ${f.message}`));
    ws.set(path, { type: 'text', text: after });
    assert.deepEqual(ws.findings(path).filter((f) => !old.has(`${f.rule} ${f.message}`)), [], `${label}: no new finding`);
  }
}

/** The new history entry of the hostile brief, after the last entry's line (its comment stays with it). */
const ADVANCED = (text: string) =>
  swap(text, ['stage: &now launch   # since', 'stage: &now optimize   # since'], ['    entered: 2026-11-18\n', '    entered: 2026-11-18\n  - stage: optimize\n    entered: 2026-11-20\n']);

describe('edits keep work', () => {
  it('the hostile brief checks clean, so that each case below adds exactly one problem', () => {
    for (const [label, text] of variants(HOSTILE, HOSTILE)) assert.deepEqual(playbook({ [BRIEF]: text }).findings(BRIEF), [], label);
  });

  describe('advancing a stage', () => {
    it('changes the stage value and adds one history entry, nothing else', () => {
      const expected = HOSTILE.replace('stage: &now launch   # since', 'stage: &now optimize   # since').replace(
        '  - stage: launch   # the last one\n    entered: 2026-11-18\n  # the next',
        '  - stage: launch   # the last one\n    entered: 2026-11-18\n  - stage: optimize\n    entered: 2026-11-20\n  # the next',
      );
      assert.equal(ADVANCED(HOSTILE), expected);
      advances(HOSTILE, expected);
    });

    it('keeps the quotes of the stage and a comment at the end of a file without a final newline', () => {
      const quoted = swap(HOSTILE, ['stage: &now launch', "stage: &now 'launch'"]);
      advances(quoted, swap(ADVANCED(HOSTILE), ['stage: &now optimize', "stage: &now 'optimize'"]));
      // The history is the last key, and a comment without a line break ends the file.
      const last = `${HOSTILE.slice(0, HOSTILE.indexOf('links:'))}# end`;
      const lastAfter = `${ADVANCED(HOSTILE).slice(0, ADVANCED(HOSTILE).indexOf('links:'))}# end`;
      advances(last, lastAfter);
      // …and with the last entry's line as the file's last, without a line break.
      const bare = HOSTILE.slice(0, HOSTILE.indexOf('\n  # the next entry'));
      advances(bare, `${swap(bare, ['stage: &now launch', 'stage: &now optimize'])}\n  - stage: optimize\n    entered: 2026-11-20`);
    });

    it('writes a block scalar stage as one plain value, keeping the comment below it', () => {
      const block = swap(HOSTILE, ['stage: &now launch   # since 2026-11-18\n', 'stage: >-\n  launch\n# since 2026-11-18\n']);
      advances(block, swap(block, ['stage: >-\n  launch\n', 'stage: optimize\n'], ['    entered: 2026-11-18\n', '    entered: 2026-11-18\n  - stage: optimize\n    entered: 2026-11-20\n']));
    });

    it('keeps anchors on the history list and its entries, and writes flow entries in flow', () => {
      const anchored = swap(HOSTILE, ['history:\n  # oldest first', 'history: &history\n  # oldest first'], ['  - stage: launch   # the last one', '  - &last\n    stage: launch   # the last one']);
      advances(anchored, ADVANCED(anchored));
      const entry = '  - {stage: launch, entered: 2026-11-18}   # the last one\n';
      const flow = swap(HOSTILE, ['  - stage: launch   # the last one\n    entered: 2026-11-18\n', entry]);
      advances(flow, swap(flow, ['stage: &now launch', 'stage: &now optimize'], [entry, `${entry}  - {stage: optimize, entered: 2026-11-20}\n`]));
      const list = '[{stage: creative, entered: 2026-10-01}, {stage: launch, entered: 2026-11-18}]';
      const flowList = swap(HOSTILE, [HOSTILE.slice(HOSTILE.indexOf('history:'), HOSTILE.indexOf('links:')), `history: ${list}   # ✓ tab\there\n`]);
      advances(flowList, swap(flowList, ['stage: &now launch', 'stage: &now optimize'], [list, list.replace(/]$/, ', {stage: optimize, entered: 2026-11-20}]')]));
    });

    it('refuses, changing nothing, when the stage is shared through an anchor or is an alias', () => {
      const shared = swap(HOSTILE, ['  - stage: launch   # the last one', '  - stage: *now   # the last one']);
      const result = advanceBrief(playbook({ [BRIEF]: shared }), BRIEF, { today: TODAY });
      const message = "The brief's stage carries the anchor &now, which line 56 uses; advancing would change that value too. Write the value out there first.";
      // The blocker is on the brief's stage line.
      const stageLine = shared.split('\n').findIndex((l) => l.startsWith('stage: &now'));
      assert.deepEqual(result, { ok: false, reasons: [message], blockers: [{ message, line: stageLine }] });
      const alias = swap(
        HOSTILE,
        ['# Where it stands:\nstage: &now launch   # since 2026-11-18\n', ''],
        ['timeline: {brief_approved: 2026-10-01, launch: 2026-11-18,', '# the stage is the key below\ntimeline: {brief_approved: 2026-10-01, &launch launch: 2026-11-18,'],
        ['budget: &budget', 'stage: *launch\nbudget: &budget'],
      );
      const refused = advanceBrief(playbook({ [BRIEF]: alias }), BRIEF, { today: TODAY });
      assert.deepEqual(refused.ok ? [] : refused.reasons, ["The brief's stage is not written as a plain value, so it cannot be edited here."]);
    });

    it('edits only the brief of a file with several documents', () => {
      const notes = '# notes, not a mops document\nstage: launch\nhistory: [x]   # theirs\n---\n';
      const archive = '---\n# archive\nstage: launch\nhistory:\n  - stage: launch\n    entered: 2026-11-18\n';
      advances(`${notes}${HOSTILE}${archive}`, `${notes}${ADVANCED(HOSTILE)}${archive}`);
      // The history missing: added after the approvals of the brief, not at the end of the file.
      const noHistory = HOSTILE.replace(HOSTILE.slice(HOSTILE.indexOf('history:'), HOSTILE.indexOf('links:')), '');
      const withEntry = swap(noHistory, ['stage: &now launch', 'stage: &now optimize'], ['audience-verified]\n', 'audience-verified]\nhistory:\n  - stage: optimize\n    entered: 2026-11-20\n']);
      for (const [label, before, expected] of variants(`${notes}${noHistory}${archive}`, `${notes}${withEntry}${archive}`)) {
        const result = advanceBrief(playbook({ [BRIEF]: before }), BRIEF, { today: TODAY });
        // Without its history the brief has a brief/history-mismatch warning: advancing is still allowed.
        assert.ok(result.ok, `${label}: ${result.ok ? '' : result.reasons.join(' | ')}`);
        edited(label, before, result.edits, expected);
      }
    });
  });

  describe('appending a tracked link', () => {
    const LINK = { name: 'banner-cyber-week', url: 'https://shop.acme.example/cyber?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=banner-cyber-week' };

    function appends(before: string, expected: string): void {
      for (const [label, text, want] of variants(before, expected)) {
        const doc = playbook({ [BRIEF]: text }).parsed(BRIEF)!.documents.find((d) => d.kind === 'Brief')!;
        const edits = appendListEntry(doc, 'links', LINK, { order: ['name', 'url'], after: 'history' });
        assert.ok(Array.isArray(edits), `${label}: ${String(edits)}`);
        edited(label, text, edits, want);
      }
    }

    it('imitates the last entry (a flow map, double-quoted) after its line, before the next key', () => {
      appends(HOSTILE, swap(HOSTILE, ['utm_content=footer-early-access"}\n', `utm_content=footer-early-access"}\n  - {name: "banner-cyber-week", url: "${LINK.url}"}\n`]));
    });

    it('imitates a block entry with comments around it', () => {
      const block = swap(HOSTILE, [
        '  - {name: "footer ✓ 🎉", url: "https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=footer-early-access"}\n',
        '  # the footer ✓\n  - name: footer\t# tab\n    url: https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=footer-early-access  # 🎉\n  # more links below\n',
      ]);
      appends(block, swap(block, ['footer-early-access  # 🎉\n', `footer-early-access  # 🎉\n  - name: banner-cyber-week\n    url: ${LINK.url}\n`]));
    });

    it('adds the links after the history when there are none, and at the end of a file without a final newline', () => {
      const none = HOSTILE.replace(HOSTILE.slice(HOSTILE.indexOf('links:'), HOSTILE.indexOf('tools:')), '');
      appends(none, swap(none, ['    entered: 2026-11-18\n', `    entered: 2026-11-18\nlinks:\n  - name: banner-cyber-week\n    url: ${LINK.url}\n`]));
      const last = HOSTILE.slice(0, HOSTILE.indexOf('\ntools:'));
      appends(last, `${last}\n  - {name: "banner-cyber-week", url: "${LINK.url}"}`);
      const flow = swap(HOSTILE, [HOSTILE.slice(HOSTILE.indexOf('links:'), HOSTILE.indexOf('tools:')), 'links: []   # none yet\n']);
      appends(flow, swap(flow, ['links: []', `links: [{ name: banner-cyber-week, url: ${LINK.url} }]`]));
    });

    it('edits only the brief of a file with several documents', () => {
      const other = '---\n# another team\'s links\nlinks:\n  - name: theirs\n    url: https://example.com/\n';
      appends(`${HOSTILE}${other}`, `${swap(HOSTILE, ['footer-early-access"}\n', `footer-early-access"}\n  - {name: "banner-cyber-week", url: "${LINK.url}"}\n`])}${other}`);
    });
  });

  describe('quick fixes', () => {
    it('ref/unknown-person: the anchored, quoted owner keeps its anchor, quotes and comment; the alias is replaced alone', () => {
      const before = swap(HOSTILE, ['owner: &lead priya.shah ', 'owner: &lead "priya.shahh" ']);
      quickFix(before, 'owner:', 'ref/unknown-person', swap(before, ['"priya.shahh"', '"priya.shah"']));
      quickFix(before, 'approver: *lead', 'ref/unknown-person', swap(before, ['approver: *lead', 'approver: priya.shah']));
      const single = swap(HOSTILE, ['approver: tom.becker,', "approver: 'tom.beker',"]);
      quickFix(single, 'approver: \'tom.beker\'', 'ref/unknown-person', swap(single, ["'tom.beker'", "'tom.becker'"]));
    });

    it('ref/unknown-tool, ref/unknown-channel: a value in a flow list, with a comment after it', () => {
      const tools = swap(HOSTILE, ['tools: [hubspot, ga4]', 'tools: [hubspot, ga44]']);
      quickFix(tools, 'tools:', 'ref/unknown-tool', HOSTILE);
      const channels = swap(HOSTILE, ['channels: [email]', 'channels: [emial]']);
      quickFix(channels, 'channels:', 'ref/unknown-channel', HOSTILE);
    });

    it('ref/unknown-program, ref/unknown-workflow, ref/unknown-stage: tabs, anchors and comments stay', () => {
      quickFix(swap(HOSTILE, ['program: demand-gen\t#', 'program: demand-gn\t#']), 'program:', 'ref/unknown-program', HOSTILE);
      quickFix(swap(HOSTILE, ['workflow: campaign', 'workflow: campaing']), 'workflow:', 'ref/unknown-workflow', HOSTILE);
      quickFix(swap(HOSTILE, ['stage: &now launch', 'stage: &now lanch']), 'stage: &now', 'ref/unknown-stage', HOSTILE);
    });

    it('ref/unknown-role: a role in a flow list of a workflow', () => {
      const path = 'workflows/campaign.yaml';
      const workflow = `# gates ✓\n${TREE[path].replace('approver_roles: [brand]', 'approver_roles: [brnad]   # the brand team')}`;
      quickFix(workflow, '[brnad]', 'ref/unknown-role', swap(workflow, ['[brnad]', '[brand]']), path);
    });

    it('schema/enum and schema/unknown-property: a value and a key, plain and quoted', () => {
      quickFix(swap(HOSTILE, ['status: active', 'status: activ']), 'status:', 'schema/enum', HOSTILE);
      quickFix(swap(HOSTILE, ['success_metrics:', 'succes_metrics:']), 'succes_metrics:', 'schema/unknown-property', HOSTILE);
      const quoted = swap(HOSTILE, ['success_metrics:', '"succes_metrics":']);
      quickFix(quoted, '"succes_metrics":', 'schema/unknown-property', swap(HOSTILE, ['success_metrics:', '"success_metrics":']));
      const inFlow = swap(HOSTILE, ['{segment: existing-customers-na, size: 48000}', '{segmnt: existing-customers-na, size: 48000}']);
      quickFix(inFlow, 'segmnt', 'schema/unknown-property', HOSTILE);
    });

    it('mops/unknown-kind and mops/api-version', () => {
      quickFix(swap(HOSTILE, ['kind: Brief', 'kind: Breif']), 'kind:', 'mops/unknown-kind', HOSTILE);
      quickFix(swap(HOSTILE, ['apiVersion: mops/v1', "apiVersion: 'mops/v2'"]), 'apiVersion:', 'mops/api-version', swap(HOSTILE, ['apiVersion: mops/v1', "apiVersion: 'mops/v1'"]));
    });

    it('brief/budget-sum and a currency in lower case (schema/pattern): values under an anchored map', () => {
      quickFix(swap(HOSTILE, ['  planned: 20000', '  planned: 21000']), '  planned: 21000', 'brief/budget-sum', HOSTILE);
      // budget/currency-mismatch offers no fix (its amounts would stay in the other currency); a case slip has one.
      quickFix(swap(HOSTILE, ['currency: USD   #', 'currency: usd   #']), 'currency:', 'schema/pattern', HOSTILE);
    });

    it('config/unknown-rule: a key of the Config', () => {
      const path = 'mops.config.yaml';
      const config = `${TREE[path]}rules:\n  # quiet for now ✓\n  utm/caes: off   # too noisy\n  "brief/sla-overdue": warning\n`;
      quickFix(config, 'utm/caes', 'config/unknown-rule', swap(config, ['utm/caes', 'utm/case']), path);
    });

    it('the utm/* fixes and naming/convention edit one parameter of a URL, plain or quoted inside a flow map', () => {
      const hero = 'https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=hero-early-access';
      const block = (from: string, to: string) => swap(HOSTILE, [hero, hero.replace(from, to)]);
      quickFix(block('utm_source=newsletter', 'utm_source=NewsLetter'), 'NewsLetter', 'utm/case', HOSTILE);
      quickFix(block('utm_source=newsletter', 'utm_source=newsleter'), 'newsleter', 'utm/unknown-value', HOSTILE);
      quickFix(block('utm_medium=email', 'utm_medium=cpc'), 'utm_medium=cpc', 'utm/source-medium', HOSTILE);
      quickFix(block('black-friday&utm_content', 'black-fridey&utm_content'), 'black-fridey', 'utm/campaign-mismatch', HOSTILE);
      quickFix(block('https://shop.acme.example/', 'http://shop.acme.example:80/'), 'http://', 'utm/insecure', HOSTILE);
      const flow = (from: string, to: string) => swap(HOSTILE, [`black-friday&utm_content=footer-early-access"}`, `black-friday&utm_content=footer-early-access"}`.replace(from, to)]);
      quickFix(flow('footer-early-access', 'foter-early-access'), 'foter-early', 'naming/convention', HOSTILE);
      quickFix(flow('footer-early-access', 'footer%20early-access'), 'footer%20early', 'utm/whitespace', HOSTILE);
    });

    it('"disable RULE for this line" puts its comment above the line, indented like it, with the file\'s line endings', () => {
      for (const [label, text] of variants(swap(HOSTILE, ['tools: [hubspot, ga4]', 'tools: [hubspot, ga44]']), '')) {
        const ws = playbook({ [BRIEF]: text });
        const finding = findingAt(ws, BRIEF, text, 'ref/unknown-tool', 'tools:');
        const edit = disableEdit(ws.parsed(BRIEF)!, finding.range.start.line, finding.rule);
        assert.ok(edit, label);
        const eol = label.startsWith('CRLF') ? '\r\n' : '\n';
        edited(label, text, [edit], swap(text, [`tools: [hubspot, ga44]`, `# mops-disable-next-line ref/unknown-tool${eol}tools: [hubspot, ga44]`]));
      }
      for (const [label, text] of variants(swap(HOSTILE, ['    approver: ana.silva   # legal', '    approver: ana.silvaa   # legal']), '')) {
        const ws = playbook({ [BRIEF]: text });
        const finding = findingAt(ws, BRIEF, text, 'ref/unknown-person', 'ana.silvaa');
        const eol = label.startsWith('CRLF') ? '\r\n' : '\n';
        const edit = disableEdit(ws.parsed(BRIEF)!, finding.range.start.line, finding.rule);
        edited(label, text, edit ? [edit] : [], swap(text, ['    approver: ana.silvaa', `    # mops-disable-next-line ref/unknown-person${eol}    approver: ana.silvaa`]));
      }
    });

    it('edits only the brief of a file with several documents', () => {
      const notes = '# notes ✓\nowner: priya.shahh\ntools: [hubspot, ga44]\n---\n';
      const archive = '---\n# archive\nowner: priya.shahh   # not a mops document\n';
      const broken = swap(HOSTILE, ['tools: [hubspot, ga4]', 'tools: [hubspot, ga44]']);
      quickFix(`${notes}${broken}${archive}`, 'tools: [hubspot, ga44]   #', 'ref/unknown-tool', `${notes}${HOSTILE}${archive}`);
    });
  });

  describe('fix all', () => {
    /** Every finding's first fix at once, as `mops: Fix all` and `source.fixAll.mops` apply them. */
    function fixesAll(before: string, expected: string, path = BRIEF): void {
      for (const [label, text, want] of variants(before, expected)) {
        const findings = playbook({ [path]: text }).findings(path);
        assert.ok(findings.filter((f) => f.fixes.length > 0).length > 1, `${label}: several fixable findings`);
        const after = applyFixes(text, findings.map((f) => f.fixes[0]));
        assert.equal(after, want, label);
        if (text.includes('\r\n')) assert.doesNotMatch(after, /(?<!\r)\n/, `${label}: every line break stays CRLF`);
      }
    }

    it('fixes every fixable finding of the hostile brief and changes nothing else', () => {
      const broken = swap(
        HOSTILE,
        ['status: active', 'status: activ'],
        ['program: demand-gen\t#', "program: 'demand-gn'\t#"],
        ['tools: [hubspot, ga4]', 'tools: [hubspt, ga44]'],
        ['utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=footer', 'utm_source=NewsLetter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=footer'],
        ['https://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=hero', 'http://shop.acme.example/black-friday?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=hero'],
        ['success_metrics:', 'succes_metrics:'],
      );
      fixesAll(broken, swap(HOSTILE, ['program: demand-gen\t#', "program: 'demand-gen'\t#"]));
    });

    it('an anchored value and its alias: the anchor is fixed in place, the alias replaced by the value', () => {
      const broken = swap(HOSTILE, ['owner: &lead priya.shah ', 'owner: &lead priya.shahh '], ['currency: USD   #', 'currency: usd   #'], ['tools: [hubspot, ga4]', 'tools: [hubspot, ga44]']);
      fixesAll(broken, swap(HOSTILE, ['approver: *lead', 'approver: priya.shah']));
    });

    it('edits only the brief of a file with several documents', () => {
      const notes = '# notes ✓\nstatus: activ\ntools: [hubspt]\n---\n';
      const archive = '---\n# archive\nstatus: activ   # not a mops document\n';
      const broken = swap(HOSTILE, ['status: active', 'status: activ'], ['tools: [hubspot, ga4]', 'tools: [hubspt, ga4]']);
      fixesAll(`${notes}${broken}${archive}`, `${notes}${HOSTILE}${archive}`);
    });
  });
});
