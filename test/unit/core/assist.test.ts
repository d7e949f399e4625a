// Completion and hover on the reference playbook: exact items at exact cursor positions, mid-edit included.

import assert from 'node:assert/strict';
import { completionsAt, hoverAt, LineIndex, RULES, type AssistItem, type Range, type Workspace, type WorkspaceOptions } from '../../../src/core';
import { readTree, REFERENCE, workspaceOf } from '../../helpers';

const TREE = readTree(REFERENCE);
const BLACK_FRIDAY = 'campaigns/2026q4-na-email-black-friday.yaml';
const WEBINAR = 'campaigns/2026q4-emea-social-winter-webinar.yaml';
const CONTENT = 'campaigns/2027q1-global-content-state-of-ops.yaml';
const SEARCH = 'campaigns/2026q3-na-search-back-to-school.yaml';

interface Cursor {
  ws: Workspace;
  path: string;
  text: string;
  offset: number;
}

function once(text: string, needle: string, where: string): number {
  const at = text.indexOf(needle);
  assert.ok(at !== -1 && text.indexOf(needle, at + 1) === -1, `'${needle}' must occur once in ${where}`);
  return at;
}

/**
 * The reference playbook with `path` edited (each [old, new] replaced once, or the whole text when
 * `edits` is a string), and the cursor where `|` stands in `marker`, which occurs once in the result.
 */
function cursor(path: string, edits: Array<[string, string]> | string, marker: string, options: WorkspaceOptions = {}): Cursor {
  let text = typeof edits === 'string' ? edits : (TREE[path] ?? '');
  if (typeof edits !== 'string') {
    for (const [from, to] of edits) {
      once(text, from, path);
      text = text.replace(from, () => to);
    }
  }
  const offset = once(text, marker.replace('|', ''), path) + marker.indexOf('|');
  return { ws: workspaceOf({ ...TREE, [path]: text }, options), path, text, offset };
}

/** Completions but snippets, which test/unit/snippets.test.ts covers where they are offered. */
const complete = (c: Cursor) => completionsAt(c.ws, c.path, c.offset).filter((i) => i.kind !== 'snippet');
const labels = (c: Cursor) => complete(c).map((i) => i.label);
const hover = (c: Cursor) => hoverAt(c.ws, c.path, c.offset);
const find = (items: AssistItem[], label: string) => items.find((i) => i.label === label);

/** The range of `needle` (occurring once) in the cursor's text, or an empty range at the cursor. */
function span(c: Cursor, needle?: string): Range {
  return needle === undefined ? new LineIndex(c.text).range(c.offset, c.offset) : part(c, needle);
}

/** The range of the characters `from` to `to` of `needle`, which occurs once in the cursor's text. */
function part(c: Cursor, needle: string, from = 0, to = needle.length): Range {
  const at = once(c.text, needle, c.path);
  return new LineIndex(c.text).range(at + from, at + to);
}

const SOP_FILE = 'sops/campaign-launch-checklist.yaml';

describe('completion', () => {
  describe('where it applies', () => {
    it('offers nothing in YAML that is not a mops document', () => {
      const text = 'owner: \nstatus: \ntools: [\n';
      const c = cursor('other.yaml', text, 'owner: |');
      assert.deepEqual(complete(c), []);
      assert.equal(hover(c), undefined);
      // A foreign document of a mops file is not ours either (`kind: Brief` alone would be a near miss: ours).
      const mixed = `${TREE['sops/new-tool-request.yaml']}---\napiVersion: v1\nkind: ConfigMap\nowner: \n`;
      assert.deepEqual(complete(cursor('sops/new-tool-request.yaml', mixed, 'owner: |\n')), []);
    });

    it('offers nothing outside content: comments, separators, impossible indentation', () => {
      const register = 'martech/register.yaml';
      assert.deepEqual(complete(cursor(register, [], '# Several| tools')), []);
      assert.deepEqual(complete(cursor(register, [], '|# Several')), []);
      assert.deepEqual(complete(cursor(register, [['---\napiVersion: mops/v1\nkind: Tool\nid: ga4', '---  \napiVersion: mops/v1\nkind: Tool\nid: ga4']], '---| ')), []);
      assert.deepEqual(complete(cursor(BLACK_FRIDAY, [['owner: priya.shah', 'owner: priya.shah # the lead']], '# the| lead')), []);
      // Two spaces under a key whose value is a scalar: nothing can start there.
      assert.deepEqual(complete(cursor(BLACK_FRIDAY, [['tier: 2\n', 'tier: 2\n  \n']], 'tier: 2\n  |')), []);
    });
  });

  describe('schema keys and values', () => {
    it('offers the enum values of a field, replacing the value', () => {
      const c = cursor(BLACK_FRIDAY, [], 'status: |active');
      const items = complete(c);
      assert.deepEqual(items.map((i) => [i.label, i.kind, i.detail]), [
        ['active', 'enum', 'default'],
        ['on-hold', 'enum', undefined],
        ['closed', 'enum', undefined],
        ['cancelled', 'enum', undefined],
      ]);
      assert.deepEqual(items[1].range, part(c, 'status: active', 8));
      assert.match(items[0].documentation ?? '', /Only `active` briefs are held to stage SLAs/);
    });

    it('offers booleans, and the values of an enum inside a list', () => {
      assert.deepEqual(labels(cursor(BLACK_FRIDAY, [], 'legal_review: |true')), ['true', 'false']);
      const workflow = cursor('workflows/campaign.yaml', [['requires: [objective, audience, timeline, budget, success_metrics]', 'requires: [objective, ]']], 'objective, |');
      assert.deepEqual(labels(workflow), ['objective', 'audience', 'channels', 'timeline', 'budget', 'success_metrics', 'links', 'tools', 'compliance', 'program', 'requester', 'notes']);
    });

    it('offers the keys the document lacks on an empty line, as snippets shaped by their schema', () => {
      const c = cursor(SEARCH, [['tools: [ga4]\n', 'tools: [ga4]\n\n']], 'tools: [ga4]\n|');
      const items = complete(c);
      assert.deepEqual(items.map((i) => [i.label, i.detail, i.insertText, i.snippet]), [
        ['compliance', 'mapping', 'compliance:\n  $0', true],
        ['notes', 'string', 'notes: $0', true],
      ]);
      assert.deepEqual(items[0].range, span(c));
      assert.match(items[0].documentation ?? '', /^Privacy and legal facts about the campaign/);
    });

    it('offers the missing keys of a nested mapping by the indentation of an empty line', () => {
      const c = cursor(SEARCH, [['  launch: 2026-07-15\n', '  launch: 2026-07-15\n  \n'], ['  end: 2026-08-15\n', '']], 'launch: 2026-07-15\n  |');
      assert.deepEqual(labels(c), ['end']);
      const items = complete(cursor(BLACK_FRIDAY, [['    checklist: [brand-guidelines, legal-compliance]\n', '    \n']], '2026-11-10\n    |'));
      assert.deepEqual(items.map((i) => [i.label, i.insertText]), [
        ['checklist', 'checklist: [$0]'],
        ['note', 'note: $0'],
      ]);
    });

    it('completes a key being typed, and only the name when its colon is already there', () => {
      const typing = cursor(SEARCH, [['  end: 2026-08-15\n', '  en\n']], '\n  en|\n');
      const items = complete(typing);
      assert.deepEqual(items.map((i) => [i.label, i.insertText]), [['end', 'end: $0']]);
      assert.deepEqual(items[0].range, part(typing, '  en\n', 2, 4));
      const renaming = cursor(SEARCH, [['  end: 2026-08-15\n', '  ed: 2026-08-15\n']], '  e|d:');
      assert.deepEqual(complete(renaming).map((i) => [i.label, i.insertText, i.snippet]), [['end', undefined, undefined]]);
    });

    it('offers the keys of a new list item after `- `, and inserts values in snippets for enums', () => {
      const c = cursor(WEBINAR, [['    date: 2026-11-12\nhistory:', '    date: 2026-11-12\n  - \nhistory:']], '2026-11-12\n  - |');
      const items = complete(c);
      assert.deepEqual(items.map((i) => [i.label, i.detail, i.insertText]), [
        ['gate', 'string · required', 'gate: $0'],
        ['approver', 'string · required', 'approver: $0'],
        ['status', 'enum · required', 'status: ${1|approved,rejected,pending|}'],
        ['date', 'date', 'date: $0'],
        ['checklist', 'list', 'checklist: [$0]'],
        ['note', 'string', 'note: $0'],
      ]);
      assert.deepEqual(items[0].range, span(c));
      const partial = cursor(WEBINAR, [['    date: 2026-11-12\nhistory:', '    date: 2026-11-12\n  - ap\nhistory:']], '  - ap|');
      assert.deepEqual(complete(partial)[1].range, part(partial, '  - ap\n', 4, 6));
    });

    it('offers every kind at `kind:`, and rule ids under a Config’s rules', () => {
      const text = 'apiVersion: mops/v1\nkind: \n';
      assert.deepEqual(labels(cursor('new.yaml', text, 'kind: |')), ['Config', 'Brief', 'NamingConvention', 'UtmStandard', 'Team', 'Workflow', 'Tool', 'Budget', 'Sop', 'Policy']);
      const config = cursor('mops.config.yaml', [['martech:', 'rules:\n  utm/case: off\n  \nmartech:']], 'off\n  |');
      const items = complete(config);
      assert.ok(find(items, 'utm/*'), 'rule families');
      assert.ok(find(items, 'ref/unknown-person'));
      assert.equal(find(items, 'utm/case'), undefined, 'a rule already set is not offered again');
      assert.equal(find(items, 'brief/sla-overdue')?.insertText, 'brief/sla-overdue: ${1|off,info,warning,error|}');
    });
  });

  describe('ids from the index', () => {
    it('offers the Team members for an owner, with name and role', () => {
      const c = cursor(BLACK_FRIDAY, [], 'owner: |priya.shah');
      const items = complete(c);
      assert.deepEqual(items.map((i) => [i.label, i.kind, i.detail]), [
        ['priya.shah', 'person', 'Priya Shah · campaign-ops'],
        ['maria.lopez', 'person', 'Maria Lopez · marketing-lead'],
        ['tom.becker', 'person', 'Tom Becker · brand'],
        ['ana.silva', 'person', 'Ana Silva · legal'],
        ['li.wei', 'person', 'Li Wei · analytics, campaign-ops'],
      ]);
      assert.deepEqual(items[0].range, part(c, 'owner: priya.shah', 7));
      assert.equal(items[0].documentation, '**Priya Shah** (priya.shah) — campaign-ops\n\nTeam member. Defined in team.yaml.');
    });

    it('offers people for tool, SOP and allocation owners too', () => {
      const people = ['priya.shah', 'maria.lopez', 'tom.becker', 'ana.silva', 'li.wei'];
      assert.deepEqual(labels(cursor('martech/hubspot.yaml', [], 'owner: |priya')), people);
      assert.deepEqual(labels(cursor('sops/new-tool-request.yaml', [], 'owner: |li.wei')), people);
      assert.deepEqual(labels(cursor('budget/fy2026.yaml', [['amount: 150000\n', 'amount: 150000\n    owner: \n']], '    owner: |')), people);
    });

    it('puts the people who hold the gate’s approver role first for an approver', () => {
      const items = complete(cursor(BLACK_FRIDAY, [['approver: ana.silva', 'approver: ']], 'approver: |\n'));
      assert.deepEqual(items.map((i) => [i.label, i.detail]), [
        ['ana.silva', 'Ana Silva · legal'],
        ['priya.shah', 'Priya Shah · campaign-ops · no approver role for this gate'],
        ['maria.lopez', 'Maria Lopez · marketing-lead · no approver role for this gate'],
        ['tom.becker', 'Tom Becker · brand · no approver role for this gate'],
        ['li.wei', 'Li Wei · analytics, campaign-ops · no approver role for this gate'],
      ]);
    });

    it("offers the stages of the brief's own workflow, in workflow order", () => {
      const campaign = cursor(WEBINAR, [], '\nstage: |creative');
      assert.deepEqual(complete(campaign).map((i) => [i.label, i.kind, i.detail]), [
        ['brief', 'stage', 'stage 1 of campaign · SLA 5 days · gated'],
        ['creative', 'stage', 'stage 2 of campaign · SLA 10 days · gated'],
        ['review', 'stage', 'stage 3 of campaign · SLA 3 days · gated'],
        ['qa', 'stage', 'stage 4 of campaign · SLA 3 days · gated'],
        ['launch', 'stage', 'stage 5 of campaign · SLA 2 days'],
        ['optimize', 'stage', 'stage 6 of campaign · SLA 30 days'],
        ['report', 'stage', 'stage 7 of campaign · SLA 7 days'],
      ]);
      const content = ['ideation', 'brief', 'draft', 'edit', 'design', 'publish', 'promote'];
      assert.deepEqual(labels(cursor(CONTENT, [], '\nstage: |draft')), content);
      assert.deepEqual(labels(cursor(CONTENT, [], '  - stage: |ideation')), content);
      // An approval names a gate: only the stages that have one.
      assert.deepEqual(labels(cursor(CONTENT, [], '  - gate: |brief')), ['brief', 'edit']);
    });

    it('offers the gate’s checklist items in an approval’s checklist, then the SOPs', () => {
      const c = cursor(BLACK_FRIDAY, [['checklist: [links-tested, utm-verified, tracking-verified, audience-verified]', 'checklist: [links-tested, ]']], 'links-tested, |');
      assert.deepEqual(complete(c).map((i) => [i.label, i.kind]), [
        ['utm-verified', 'id'],
        ['tracking-verified', 'id'],
        ['audience-verified', 'id'],
        ['campaign-launch-checklist', 'sop'],
        ['new-tool-request', 'sop'],
      ]);
    });

    it('offers register tools not yet listed, and never a tool as its own integration', () => {
      const brief = cursor(WEBINAR, [['tools: [hubspot, meta-ads]', 'tools: [hubspot, ]']], 'tools: [hubspot, |');
      const items = complete(brief);
      assert.deepEqual(items.map((i) => [i.label, i.kind, i.detail]), [
        ['salesforce', 'tool', 'Salesforce Sales Cloud · crm'],
        ['ga4', 'tool', 'Google Analytics 4 · analytics'],
        ['meta-ads', 'tool', 'Meta Ads Manager · advertising'],
      ]);
      assert.deepEqual(items[0].range, span(brief));
      assert.deepEqual(labels(cursor('martech/hubspot.yaml', [['integrations: [salesforce, ga4]', 'integrations: []']], 'integrations: [|')), ['salesforce', 'ga4', 'meta-ads']);
      // A retired tool is still in the register, offered after the others.
      const retired = cursor(WEBINAR, [['tools: [hubspot, meta-ads]', 'tools: []']], 'tools: [|');
      retired.ws.set('martech/register.yaml', { type: 'text', text: TREE['martech/register.yaml'].replace('owner: li.wei\nstatus: active\ncost:\n  annual: 54000', 'owner: li.wei\nstatus: retired\ncost:\n  annual: 54000') });
      assert.deepEqual(complete(retired).map((i) => [i.label, i.detail]).slice(-1), [['salesforce', 'Salesforce Sales Cloud · crm · retired']]);
    });

    it('offers the programs of the Budget allocations that cover the brief', () => {
      const c = cursor(WEBINAR, [['program: demand-gen', 'program: ']], 'program: |');
      assert.deepEqual(complete(c).map((i) => [i.label, i.kind, i.detail]), [
        ['demand-gen', 'program', 'fy2026 400000 USD'],
        ['brand', 'program', 'fy2026 150000 USD'],
        ['customer-marketing', 'program', 'fy2026 80000 USD'],
      ]);
      // Launching after the Budget period, no program has money for it (ref/unknown-program).
      assert.deepEqual(labels(cursor(WEBINAR, [['program: demand-gen', 'program: '], ['launch: 2026-12-10', 'launch: 2027-06-10']], 'program: |')), []);
    });

    it("offers the naming convention's channels not yet listed", () => {
      const c = cursor(WEBINAR, [['channels: [social, email]', 'channels:\n  - social\n  - ']], 'social\n  - |');
      const items = complete(c);
      assert.deepEqual(items.map((i) => i.label), ['email', 'search', 'display', 'events', 'content', 'partner', 'multi']);
      assert.equal(items[0].kind, 'channel');
      assert.deepEqual(items[0].range, span(c));
    });

    it('offers the workflows, and the tiers of the brief’s workflow', () => {
      const workflows = complete(cursor(WEBINAR, [], 'workflow: |campaign'));
      assert.deepEqual(workflows.map((i) => [i.label, i.kind, i.detail]), [
        ['campaign', 'workflow', 'Campaign launch · 7 stages'],
        ['content', 'workflow', 'Content production · 7 stages'],
      ]);
      const tiers = complete(cursor(WEBINAR, [['tier: 2', 'tier: ']], 'tier: |'));
      assert.deepEqual(tiers.map((i) => [i.label, i.detail]), [
        ['1', 'at least 7 days from brief approval to launch, at most 1 channel'],
        ['2', 'at least 21 days from brief approval to launch'],
        ['3', 'at least 42 days from brief approval to launch'],
      ]);
    });

    it('offers the roles Team members hold for a gate’s approver roles', () => {
      const c = cursor('workflows/campaign.yaml', [['approver_roles: [brand]', 'approver_roles: [brand, ]']], '[brand, |');
      assert.deepEqual(complete(c).map((i) => [i.label, i.kind, i.detail]), [
        ['campaign-ops', 'role', 'held by Priya Shah, Li Wei'],
        ['marketing-lead', 'role', 'held by Maria Lopez'],
        ['legal', 'role', 'held by Ana Silva'],
        ['analytics', 'role', 'held by Li Wei'],
      ]);
    });

    it('offers the file name at a single document’s id', () => {
      const c = cursor(BLACK_FRIDAY, [['id: 2026q4-na-email-black-friday', 'id: ']], 'id: |');
      assert.deepEqual(complete(c).map((i) => [i.label, i.kind]), [['2026q4-na-email-black-friday', 'id']]);
    });
  });

  describe('naming tokens', () => {
    it('offers the convention’s tokens after `{`, inserted with the closing brace', () => {
      const c = cursor('conventions/naming.yaml', [['"{format}-{slug}"', '"{format}-{"']], '{format}-{|');
      const items = complete(c);
      assert.deepEqual(items.map((i) => [i.label, i.kind, i.insertText]), [
        ['year', 'token', 'year}'],
        ['quarter', 'token', 'quarter}'],
        ['region', 'token', 'region}'],
        ['channel', 'token', 'channel}'],
        ['format', 'token', 'format}'],
        ['slug', 'token', 'slug}'],
      ]);
      assert.deepEqual(items[0].range, span(c));
      assert.equal(items[1].detail, 'one of q1, q2, q3, q4');
      // A token half typed, with its brace already there: the whole name and brace are replaced.
      const partial = cursor('conventions/naming.yaml', [['"{format}-{slug}"', '"{format}-{sl}"']], '{format}-{s|l}');
      assert.deepEqual(complete(partial)[0].range, part(partial, '{format}-{sl}', 10, 13));
      assert.deepEqual(labels(cursor('conventions/naming.yaml', [], '"{format}-|{slug}"')), []);
    });
  });

  describe('tracked links', () => {
    const LINK = 'utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-black-friday&utm_content=hero-early-access';

    it('offers the UTM parameters not yet in the URL after & or ?, inserted with =', () => {
      const c = cursor(BLACK_FRIDAY, [[LINK, 'utm_source=newsletter&']], 'newsletter&|\n');
      const items = complete(c);
      assert.deepEqual(items.map((i) => [i.label, i.kind, i.detail, i.insertText]), [
        ['utm_medium', 'utm', 'required UTM parameter', 'utm_medium='],
        ['utm_campaign', 'utm', 'required UTM parameter', 'utm_campaign='],
        ['utm_content', 'utm', 'optional UTM parameter', 'utm_content='],
      ]);
      assert.deepEqual(items[0].range, span(c));
      const first = cursor(BLACK_FRIDAY, [[LINK, 'utm_s']], 'black-friday?utm_s|\n');
      const [source] = complete(first);
      assert.deepEqual([source.label, source.insertText, source.range], ['utm_source', 'utm_source=', part(first, 'black-friday?utm_s\n', 13, 18)]);
    });

    it('offers the allowed values of a parameter, narrowed by the source and medium pairs', () => {
      const sources = complete(cursor(BLACK_FRIDAY, [[LINK, 'utm_source=']], '?utm_source=|\n'));
      assert.deepEqual(sources.map((i) => [i.label, i.detail]), [
        ['newsletter', 'allowed utm_source'],
        ['google', 'allowed utm_source'],
        ['meta', 'allowed utm_source'],
        ['linkedin', 'allowed utm_source'],
        ['partner', 'allowed utm_source'],
      ]);
      const mediums = complete(cursor(BLACK_FRIDAY, [[LINK, 'utm_source=meta&utm_medium=']], 'utm_medium=|\n'));
      assert.deepEqual(mediums.map((i) => [i.label, i.detail]), [
        ['paid-social', 'allowed with utm_source=meta'],
        ['organic-social', 'allowed with utm_source=meta'],
      ]);
      const c = cursor(BLACK_FRIDAY, [[LINK, 'utm_medium=cpc&utm_source=goo&utm_campaign=x']], 'utm_source=go|o');
      const items = complete(c);
      assert.deepEqual(items.map((i) => i.label), ['google']);
      assert.deepEqual(items[0].range, span(c, 'goo'));
    });

    it("offers the brief's id for utm_campaign and the link's name for utm_content", () => {
      const campaign = complete(cursor(BLACK_FRIDAY, [[LINK, 'utm_campaign=']], 'utm_campaign=|\n'));
      assert.deepEqual(campaign.map((i) => [i.label, i.detail]), [['2026q4-na-email-black-friday', "this brief's id"]]);
      const content = complete(cursor(BLACK_FRIDAY, [[LINK, 'utm_content=']], 'utm_content=|\n'));
      assert.deepEqual(content.map((i) => [i.label, i.detail]), [['hero-early-access', "this link's name"]]);
    });
  });

  describe('SOPs', () => {
    const launchSteps = [
      'Confirm that every gate approval before launch is recorded in the brief',
      'Test every tracked link and check its UTM parameters against the standard',
      'Verify the audience segment and its size in the CRM',
      'Schedule the send and the post-launch monitoring checks',
    ];

    it('inserts an SOP’s steps as the checklist of a workflow gate', () => {
      const c = cursor('workflows/campaign.yaml', [['checklist: [brand-guidelines, legal-compliance]', 'checklist:\n        - ']], 'checklist:\n        - |');
      const items = complete(c);
      assert.deepEqual(items.map((i) => [i.label, i.kind, i.detail]), [
        ['campaign-launch-checklist', 'sop', 'SOP checklist: Campaign launch checklist (4 steps)'],
        ['new-tool-request', 'sop', 'SOP checklist: Requesting a new marketing tool (4 steps)'],
      ]);
      assert.equal(items[0].insertText, launchSteps.join('\n- '));
      assert.deepEqual(items[0].range, span(c));
      assert.match(items[0].documentation ?? '', /^\*\*Campaign launch checklist\*\* — campaign-ops\n\n1\. Confirm that every gate approval/);
    });

    it('quotes steps in a flow list, and offers other SOPs in an SOP’s steps', () => {
      const flow = complete(cursor('workflows/campaign.yaml', [['checklist: [brand-guidelines, legal-compliance]', 'checklist: []']], 'checklist: [|]'));
      assert.equal(
        find(flow, 'new-tool-request')?.insertText,
        'Check the martech register for a tool that already covers the need, "Write the business case, the integrations needed and the total cost of ownership", Present it to the martech committee for approval, Add the approved tool to the register with an owner and a review date',
      );
      const sop = cursor('sops/new-tool-request.yaml', [['  - Add the approved tool', '  - \n  - Add the approved tool']], 'for approval\n  - |');
      // A step is a sentence or a mapping: the keys of a mapping step, then the other SOP to insert.
      assert.deepEqual(labels(sop), ['do', 'role', 'link', 'done_when', 'campaign-launch-checklist']);
    });
  });

  describe('mid-edit documents', () => {
    it('completes an owner at the very end of the file', () => {
      const text = TREE[SOP_FILE].slice(0, TREE[SOP_FILE].indexOf('owner: ') + 'owner: '.length);
      assert.deepEqual(labels(cursor(SOP_FILE, text, 'owner: |')), ['priya.shah', 'maria.lopez', 'tom.becker', 'ana.silva', 'li.wei']);
    });

    it('completes a list item at the very end of the file', () => {
      const text = `${TREE[WEBINAR].replace('tools: [hubspot, meta-ads]\n', '').replace(/compliance:[\s\S]*$/, '')}tools:\n  - hubspot\n  - `;
      assert.deepEqual(labels(cursor(WEBINAR, text, 'hubspot\n  - |')), ['salesforce', 'ga4', 'meta-ads']);
    });

    it('completes an item on an empty line of a flow list spread over lines', () => {
      const c = cursor(WEBINAR, [['tools: [hubspot, meta-ads]', 'tools: [\n  hubspot,\n  \n]']], 'hubspot,\n  |');
      assert.deepEqual(labels(c), ['salesforce', 'ga4', 'meta-ads']);
    });

    it('completes a value right after a colon, putting the space in', () => {
      const c = cursor(BLACK_FRIDAY, [['status: active\n', 'status:\n']], '\nstatus:|');
      const items = complete(c);
      assert.deepEqual(items.map((i) => i.insertText), [' active', ' on-hold', ' closed', ' cancelled']);
      assert.deepEqual(items[0].range, span(c));
    });

    it('completes a key with no value yet, and keys while the line is still unfinished', () => {
      const c = cursor(BLACK_FRIDAY, [['requester: maria.lopez\n', 'requester:\n']], 'requester:|');
      assert.deepEqual(labels(c), ['priya.shah', 'maria.lopez', 'tom.becker', 'ana.silva', 'li.wei']);
      const text = `${TREE[SOP_FILE]}summ`;
      assert.deepEqual(labels(cursor(SOP_FILE, text, '\nsumm|')), ['summary', 'tools']);
    });
  });
});

describe('hover', () => {
  it('shows the schema description of a key, with the allowed values of an enum', () => {
    const c = cursor(BLACK_FRIDAY, [], 'sta|tus: active');
    const shown = hover(c);
    assert.equal(
      shown?.markdown,
      '**status** — Whether the campaign is being worked on: `active` (the default), `on-hold`, `closed` or `cancelled`. Only `active` briefs are held to stage SLAs and gates.\n\nAllowed values: `active`, `on-hold`, `closed`, `cancelled`',
    );
    assert.deepEqual(shown?.range, part(c, 'status: active', 0, 6));
    assert.equal(hover(cursor(BLACK_FRIDAY, [], '  launch|: 2026-11-18'))?.markdown, '**launch** — The day the campaign goes live.\n\nExample: `2026-11-18`');
  });

  it('shows what a reference names, then the field', () => {
    const c = cursor(BLACK_FRIDAY, [], 'approver: ana|.silva');
    const shown = hover(c);
    assert.equal(
      shown?.markdown,
      "**Ana Silva** (ana.silva) — legal\n\nTeam member. Defined in team.yaml.\n\n---\n\n**approver** — The person who made the decision: a person `id` from the `Team` file, e.g. `priya.shah`. They must hold one of the gate's approver roles.",
    );
    assert.deepEqual(shown?.range, span(c, 'ana.silva'));
    assert.match(hover(cursor(BLACK_FRIDAY, [], 'tools: [hub|spot'))?.markdown ?? '', /^\*\*HubSpot Marketing Hub\*\* \(hubspot\) — marketing-automation, active, owned by priya\.shah\n\nMartech tool\. Defined in martech\/hubspot\.yaml\./);
    assert.match(hover(cursor(WEBINAR, [], '\nstage: cre|ative'))?.markdown ?? '', /^\*\*creative\*\* — stage 2 of 7 in the campaign workflow, SLA 10 days\n\nExit gate — approver roles: brand\.\n\nDefined in workflows\/campaign\.yaml\./);
  });

  it('says what an unknown reference should name, unless a finding says it (the editor shows that sentence)', () => {
    const quiet = { rules: RULES.filter((r) => r.id !== 'ref/unknown-person') };
    const shown = hover(cursor(BLACK_FRIDAY, [['owner: priya.shah', 'owner: pria.shah']], 'owner: pr|ia', quiet));
    assert.match(shown?.markdown ?? '', /^`pria\.shah` is not a member of the Team\.\n\n---\n\n\*\*owner\*\*/);
    // With the finding, its sentence is the diagnostic's; the hover keeps only what the field is.
    const c = cursor(BLACK_FRIDAY, [['owner: priya.shah', 'owner: priya']], 'owner: pr|iya', { rules: RULES });
    const finding = c.ws.findings(c.path).find((f) => f.rule === 'ref/unknown-person');
    assert.equal(finding?.message, "'priya' is not a member of the Team. Did you mean 'priya.shah'?");
    const markdown = hover(c)?.markdown ?? '';
    assert.match(markdown, /^\*\*owner\*\* — /);
    assert.doesNotMatch(markdown, /is not a member/);
  });

  it('never repeats the sentence of a finding under the cursor', () => {
    const cases: Array<[string, Array<[string, string]>, string]> = [
      [BLACK_FRIDAY, [['owner: priya.shah', 'owner: sam']], 'owner: s|am'],
      [BLACK_FRIDAY, [['tools: [hubspot', 'tools: [hubspott']], 'tools: [hub|spott'],
      [SEARCH, [['utm_source=google&utm_medium=cpc&utm_campaign=2026q3-na-search-back-to-school', 'utm_source=Google&utm_medium=email&utm_campaign=Back_To_School']], 'utm_source=Goo|gle'],
      [WEBINAR, [['\nstage: creative', '\nstage: creativ']], '\nstage: crea|tiv'],
    ];
    for (const [path, edits, marker] of cases) {
      const c = cursor(path, edits, marker, { rules: RULES });
      const markdown = hover(c)?.markdown ?? '';
      const messages = c.ws.findings(path).map((f) => f.message).filter((m) => m.length > 0);
      assert.ok(messages.length > 0, `${marker}: the edit makes a finding`);
      // Compared without quotes and Markdown escapes: `sam` in the hover is 'sam' in the message.
      const plain = (text: string) => text.replace(/[\\`'"*_]/g, '');
      for (const message of messages) {
        const sentence = plain(message.split(/(?<=\.) /)[0]);
        assert.ok(!plain(markdown).includes(sentence), `${marker}: the hover repeats '${sentence}'\n${markdown}`);
      }
    }
  });

  it('escapes Markdown in strings from the playbook', () => {
    const c = cursor(BLACK_FRIDAY, [], 'approver: ana|.silva');
    c.ws.set('team.yaml', { type: 'text', text: TREE['team.yaml'].replace('name: Ana Silva', 'name: "Ana *the* [law](x) <b>|</b> `_`"') });
    assert.equal(hover(c)?.markdown.split('\n')[0], '**Ana \\*the\\* \\[law\\](x) \\<b\\>\\|\\</b\\> \\`\\_\\`** (ana.silva) — legal');
  });

  it("describes a rule under a Config's rules, and a UTM standard's parameter", () => {
    const config = cursor('mops.config.yaml', [['martech:', 'rules:\n  utm/case: warning\nmartech:']], 'utm/ca|se');
    assert.equal(hover(config)?.markdown, "**utm/case** — A UTM value is not all lower case, so analytics would count it apart from its lower-case twin; or a UTM parameter name is not, so analytics would ignore it.\n\nDefault severity: error.");
    const utm = hover(cursor('conventions/utm.yaml', [], '  utm_med|ium:\n'));
    assert.equal(utm?.markdown.split('\n\n')[0], '**utm\\_medium** — The rule for this UTM parameter: allowed `values` or a `naming` target.');
  });

  it('shows the token a naming template names', () => {
    const shown = hover(cursor('conventions/naming.yaml', [], '{year}{qu|arter}'));
    assert.equal(shown?.markdown.split('\n\n---\n\n')[0], '**{quarter}** — one of q1, q2, q3, q4');
  });

  it('tabulates a tracked link’s UTM parameters with the verdicts of its findings', () => {
    const ok = hover(cursor(SEARCH, [], 'utm_source=goo|gle', { rules: RULES }));
    assert.equal(
      ok?.markdown.split('\n\n---\n\n')[0],
      [
        '**Tracked link** — www.acme.example/trial',
        '',
        '| Parameter | Value | Verdict |',
        '| --- | --- | --- |',
        '| utm\\_source | google | ok |',
        '| utm\\_medium | cpc | ok |',
        '| utm\\_campaign | 2026q3-na-search-back-to-school | ok |',
        '| utm\\_content | ad-trial | ok |',
      ].join('\n'),
    );
    const bad = cursor(SEARCH, [['utm_source=google&utm_medium=cpc&utm_campaign=2026q3-na-search-back-to-school', 'utm_source=google&utm_medium=email&utm_campaign=Back_To_School']], 'utm_source=goo|gle', { rules: RULES });
    const shown = hover(bad);
    assert.equal(
      shown?.markdown.split('\n\n---\n\n')[0],
      [
        '**Tracked link** — www.acme.example/trial',
        '',
        '| Parameter | Value | Verdict |',
        '| --- | --- | --- |',
        '| utm\\_source | google | ok |',
        '| utm\\_medium | email | utm/source-medium |',
        '| utm\\_campaign | Back\\_To\\_School | utm/campaign-mismatch, utm/case |',
        '| utm\\_content | ad-trial | ok |',
      ].join('\n'),
    );
    assert.deepEqual(shown?.range, span(bad, 'https://www.acme.example/trial?utm_source=google&utm_medium=email&utm_campaign=Back_To_School&utm_content=ad-trial'));
    assert.match(shown?.markdown ?? '', /\n\n---\n\n\*\*url\*\* — The full tracked URL/);
  });

  it('lists a missing parameter and the findings on the link as a whole', () => {
    const c = cursor(SEARCH, [['utm_source=google&utm_medium=cpc&', 'utm_medium=cpc&'], ['https://www.acme', 'http://www.acme']], 'utm_medium=c|pc', { rules: RULES });
    const table = hover(c)?.markdown.split('\n\n---\n\n')[0].split('\n') ?? [];
    assert.deepEqual(table.slice(-3), [
      '| utm\\_source | *(missing)* | utm/missing-param |',
      '',
      'On the link as a whole: utm/insecure, utm/missing-param.',
    ]);
  });

  it('shows nothing on an empty value or outside mops documents', () => {
    assert.equal(hover(cursor(BLACK_FRIDAY, [['owner: priya.shah', 'owner: ']], 'owner: |')), undefined);
    assert.equal(hover(cursor('other.yaml', 'status: active\n', 'sta|tus')), undefined);
  });
});

describe('completion and hover at every offset', () => {
  const inside = (text: string, range: Range | undefined) => {
    if (!range) return true;
    const lines = new LineIndex(text);
    const [start, end] = [lines.offset(range.start), lines.offset(range.end)];
    return start <= end && lines.position(start).character === range.start.character && lines.position(end).character === range.end.character;
  };

  it('never throws and keeps every range inside the text, in every reference file', () => {
    const ws = workspaceOf(TREE, { rules: RULES });
    for (const [path, text] of Object.entries(TREE)) {
      for (let offset = 0; offset <= text.length; offset++) {
        for (const item of completionsAt(ws, path, offset)) assert.ok(inside(text, item.range), `${path}@${offset}: ${item.label}`);
        assert.ok(inside(text, hoverAt(ws, path, offset)?.range), `${path}@${offset}: hover`);
      }
    }
  });

  it('never throws while a brief is being typed, at the end of each prefix', () => {
    const ws = workspaceOf(TREE, { rules: RULES });
    const text = TREE[BLACK_FRIDAY];
    for (let end = 0; end <= text.length; end += 3) {
      const prefix = text.slice(0, end);
      ws.set(BLACK_FRIDAY, { type: 'text', text: prefix });
      for (const item of completionsAt(ws, BLACK_FRIDAY, end)) assert.ok(inside(prefix, item.range), `@${end}: ${item.label}`);
      assert.ok(inside(prefix, hoverAt(ws, BLACK_FRIDAY, Math.max(0, end - 1))?.range), `@${end}: hover`);
    }
  });
});
