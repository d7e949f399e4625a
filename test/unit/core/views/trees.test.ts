// The views' trees of the real playbooks on disk: what the Pipeline, Martech Register, SOP Library and Calendar
// show of the reference playbook (the lines the editor's views show), plain JSON with unique ids, nodes that open
// the right document and value, and the example playbook's briefs each shown once.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { changedNodes, VIEW_IDS, viewTree, type ViewNode } from '../../../../src/core';
import { EXAMPLE, REFERENCE } from '../../../helpers';
import { allNodes, find, outline, playbooksIn, type LoadedPlaybook } from './helpers';

describe('view trees', () => {
  let reference: LoadedPlaybook[];
  before(async () => {
    reference = await playbooksIn(REFERENCE);
  });

  it('Pipeline: each workflow with its stages in order and the briefs at them', () => {
    // 3 briefs name the workflow 'campaign' and 1 'content': the 4 files of campaigns/; every stage of
    // workflows/*.yaml is listed, 7 + 7.
    assert.deepEqual(outline(viewTree('pipeline', reference)), [
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
    const tree = viewTree('pipeline', reference);
    const brief = find(tree, 'Black Friday early access');
    const closed = find(tree, 'Back to school search push');
    assert.deepEqual([brief?.icon, brief?.color, brief?.contextValue, brief?.collapsed], ['megaphone', undefined, 'mops.brief', undefined]);
    assert.equal(closed?.icon, 'pass', 'a closed brief has the pass icon');
    assert.deepEqual([find(tree, 'brief (0)')?.collapsed, find(tree, 'brief (0)')?.icon], ['none', 'circle-large-outline']);
    assert.deepEqual([find(tree, 'launch (1)')?.collapsed, find(tree, 'launch (1)')?.icon], ['expanded', 'circle-large-filled']);
    assert.equal(
      brief?.tooltip,
      '**Black Friday early access**  \n2026q4-na-email-black-friday · owner priya.shah · stage launch · active  \ncampaigns/2026q4-na-email-black-friday.yaml',
    );
  });

  it('a node opens its document at the value it is about', () => {
    const uri = (path: string) => `${pathToFileURL(REFERENCE).href}/${path}`;
    const brief = find(viewTree('pipeline', reference), 'Black Friday early access');
    assert.deepEqual(brief?.open, { uri: uri('campaigns/2026q4-na-email-black-friday.yaml'), index: 0, path: ['stage'], title: 'Open the brief at its stage' });
    // martech/register.yaml holds 3 tools: Salesforce is its document 0, GA4 1, Meta Ads 2.
    assert.deepEqual(find(viewTree('martech', reference), 'Google Analytics 4')?.open, { uri: uri('martech/register.yaml'), index: 1, path: ['id'], title: 'Open the tool' });
    const step = find(viewTree('sops', reference), '3. Present it to the martech committee for approval');
    assert.deepEqual(step?.open, { uri: uri('sops/new-tool-request.yaml'), index: 0, path: ['steps', 2], title: 'Open the step' });
    const launch = find(viewTree('calendar', reference), 'Black Friday early access');
    assert.deepEqual(launch?.open?.path, ['timeline', 'launch']);
  });

  it('Martech Register: tools by category with owner and annual cost', () => {
    // martech/hubspot.yaml holds 1 tool and martech/register.yaml 3: 4 tools in 4 categories, sorted by name.
    assert.deepEqual(outline(viewTree('martech', reference)), [
      'advertising — 1 tool',
      '  Meta Ads Manager — priya.shah · USD 0/yr',
      'analytics — 1 tool',
      '  Google Analytics 4 — li.wei · USD 0/yr',
      'crm — 1 tool',
      '  Salesforce Sales Cloud — li.wei · USD 54,000/yr',
      'marketing-automation — 1 tool',
      '  HubSpot Marketing Hub — priya.shah · USD 36,000/yr',
    ]);
    const hubspot = find(viewTree('martech', reference), 'HubSpot Marketing Hub');
    // 17 of 20 seats, renewal 2027-06-30 (martech/hubspot.yaml).
    assert.equal(hubspot?.tooltip, '**HubSpot Marketing Hub**  \nhubspot · owner priya.shah · active  \nUSD 36,000/yr · 17 of 20 seats in use · renews 2027-06-30  \nmartech/hubspot.yaml');
    assert.equal(hubspot?.icon, 'plug');
  });

  it('SOP Library: SOPs by area with their owner and steps; the SOP node carries the checklist action context', () => {
    const tree = viewTree('sops', reference);
    assert.deepEqual(outline(tree), [
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
    const sop = find(tree, 'Requesting a new marketing tool');
    assert.deepEqual([sop?.contextValue, sop?.collapsed, sop?.icon], ['mops.sop', 'collapsed', 'book']);
    assert.equal(find(tree, '1. Check the martech register for a tool that already covers the need')?.icon, 'circle-small');
  });

  it('Calendar: launches by month, then by week, with the period holding today marked and past ones collapsed', () => {
    // The four briefs by timeline.launch; today is the config's 2026-11-20.
    const months = viewTree('calendar', reference);
    assert.deepEqual(outline(months), [
      'July 2026 — 1 launch',
      '  Back to school search push — 2026-07-15 → 2026-08-15 · search · closed',
      'November 2026 — 1 launch · this month',
      '  Black Friday early access — 2026-11-18 → 2026-11-30 · email',
      'December 2026 — 1 launch',
      '  Winter operations webinar — 2026-12-10 → 2026-12-17 · social, email',
      'January 2027 — 1 launch',
      '  State of Marketing Ops report 2027 — 2027-01-20 → 2027-03-31 · content, email, social',
    ]);
    assert.deepEqual(months.map((n) => [n.collapsed, n.icon]), [['collapsed', 'blank'], ['expanded', 'calendar'], ['expanded', 'blank'], ['expanded', 'blank']]);
    // Wednesday 18 November 2026 is in ISO week 47, Monday 16 to Sunday 22 November.
    assert.deepEqual(viewTree('calendar', reference, { by: 'week' }).map((n) => `${n.label} — ${n.description}`), [
      'Week 29, 13 Jul – 19 Jul 2026 — 1 launch',
      'Week 47, 16 Nov – 22 Nov 2026 — 1 launch · this week',
      'Week 50, 7 Dec – 13 Dec 2026 — 1 launch',
      'Week 3, 18 Jan – 24 Jan 2027 — 1 launch',
    ]);
  });

  it('every tree is plain JSON with ids unique in the view', () => {
    for (const view of VIEW_IDS) {
      const tree = viewTree(view, reference, { person: 'tom.becker' });
      assert.deepEqual(JSON.parse(JSON.stringify(tree)), tree, view);
      const ids = allNodes(tree).map((n) => n.id);
      assert.equal(new Set(ids).size, ids.length, `${view}: duplicate ids`);
      assert.ok(ids.every((id) => id.startsWith(pathToFileURL(REFERENCE).href)), `${view}: an id without its root`);
    }
  });

  it('the example playbook: every brief once in the Pipeline, every one not cancelled once in the Calendar', async () => {
    const example = await playbooksIn(EXAMPLE);
    const [{ workspace }] = example;
    const briefs = workspace.documents('Brief');
    // examples/acme/campaigns holds 31 briefs, one per file.
    assert.equal(briefs.length, 31);
    const opened = (tree: ViewNode[], context: string) => allNodes(tree).filter((n) => n.contextValue === context).map((n) => n.open?.uri).sort();
    const files = briefs.map((d) => example[0].uriOf(d.path)).sort();
    assert.deepEqual(opened(viewTree('pipeline', example), 'mops.brief'), files);
    // Each has a launch date; the Industry Week retargeting is cancelled and takes no place on the calendar:
    // 31 - 1 = 30 launches in 8 months, July 2026 to March 2027.
    const calendar = viewTree('calendar', example);
    const cancelled = example[0].uriOf('campaigns/2026q4-dach-display-industry-week.yaml');
    assert.deepEqual(opened(calendar, 'mops.launch'), files.filter((f) => f !== cancelled));
    assert.equal(calendar.length, 8);
    assert.equal(calendar.reduce((n, period) => n + Number(/^(\d+) launch/.exec(period.description ?? '')?.[1]), 0), 30);
    // Every tool of the register once, under its category.
    const tools = allNodes(viewTree('martech', example)).filter((n) => n.contextValue === 'mops.tool');
    assert.equal(tools.length, workspace.documents('Tool').length);
  });

  it('changedNodes: only the nodes whose own fields changed while the tree kept its shape; undefined once it did not', () => {
    const tree = viewTree('pipeline', reference);
    const copy = (): ViewNode[] => JSON.parse(JSON.stringify(tree));
    assert.deepEqual(changedNodes(tree, copy()), []);
    const retitled = copy();
    const brief = allNodes(retitled).find((n) => n.label === 'Black Friday early access')!;
    brief.label = 'Black Friday, early';
    const changed = changedNodes(tree, retitled);
    assert.deepEqual(changed?.map((n) => [n.id, n.label, 'children' in n]), [[brief.id, 'Black Friday, early', false]]);
    const reopened = copy();
    allNodes(reopened).find((n) => n.label === 'Winter operations webinar')!.open!.path = ['owner'];
    assert.deepEqual(changedNodes(tree, reopened)?.map((n) => n.label), ['Winter operations webinar'], 'a field that is an object, compared by value');
    const moved = copy();
    const [launch, optimize] = ['launch (1)', 'optimize (0)'].map((label) => allNodes(moved).find((n) => n.label === label)!);
    optimize.children = launch.children!.splice(0);
    assert.equal(changedNodes(tree, moved), undefined, 'a brief in another stage is a new shape');
    const grown = copy();
    grown[0].children![0].children = [{ id: 'x', label: 'x' }];
    assert.equal(changedNodes(tree, grown), undefined, 'a node added is a new shape');
  });

  it('keeps the node of a brief whose document and findings are the same; builds again one edited, or whose findings changed', async () => {
    const [playbook] = await playbooksIn(REFERENCE);
    const { workspace } = playbook;
    const briefNodes = (nodes: readonly ViewNode[]) => allNodes(nodes).filter((n) => n.contextValue === 'mops.brief');
    const first = viewTree('pipeline', [playbook]);
    const edited = 'campaigns/2026q4-na-email-black-friday.yaml';
    const text = readFileSync(join(REFERENCE, edited), 'utf8');
    workspace.set(edited, { type: 'text', text: text.replace('title: Black Friday early access', 'title: Black Friday, early') });
    const second = viewTree('pipeline', [playbook]);
    const [before, after] = [briefNodes(first), briefNodes(second)];
    assert.equal(after.length, 4);
    assert.deepEqual(after.filter((n, i) => n !== before[i]).map((n) => n.label), ['Black Friday, early'], 'only the edited brief is built again');
    assert.deepEqual(changedNodes(first, second)?.map((n) => n.label), ['Black Friday, early']);
    // Li Wei leaves the Team: the webinar's document is the same, its findings are not, and its node says so.
    const team = readFileSync(join(REFERENCE, 'team.yaml'), 'utf8');
    workspace.set('team.yaml', { type: 'text', text: team.replace(/ {2}- id: li\.wei\n(?: {4}.*\n)*/, '') });
    const webinar = briefNodes(viewTree('pipeline', [playbook])).find((n) => n.label === 'Winter operations webinar');
    assert.match(webinar?.description ?? '', /error/);
  });
});
