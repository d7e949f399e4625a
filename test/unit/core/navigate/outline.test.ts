// Document symbols, workspace symbols, code lenses and inlay hints on the reference playbook and fixtures.

import assert from 'node:assert/strict';
import { codeLenses, documentSymbols, inlayHints, workspaceSymbols, type NavSymbol } from '../../../../src/core';
import { at, BLACK_FRIDAY, cursor, marked, playbook, REGISTER, TEAM, TREE, WEBINAR } from './helpers';

const names = (symbols: NavSymbol[]) => symbols.map((s) => s.name);
const child = (symbol: NavSymbol | undefined, name: string) => symbol?.children.find((c) => c.name === name);

describe('documentSymbols', () => {
  const ws = playbook();

  it("outlines a brief: its sections, timeline dates, approvals, links and history", () => {
    const [brief] = documentSymbols(ws, BLACK_FRIDAY);
    assert.equal(brief.name, '2026q4-na-email-black-friday');
    assert.equal(brief.detail, 'Black Friday early access · Brief');
    assert.equal(brief.kind, 'brief');
    assert.equal(at(BLACK_FRIDAY, brief.selectionRange), marked(ws, BLACK_FRIDAY, 'id: «2026q4-na-email-black-friday»'));
    assert.deepEqual(names(brief.children).slice(0, 4), ['title', 'workflow', 'tier', 'status']);
    assert.deepEqual(child(brief, 'owner')?.detail, 'priya.shah');
    const timeline = child(brief, 'timeline');
    assert.deepEqual(timeline?.children.map((c) => [c.name, c.detail, c.kind]), [
      ['brief_approved', '2026-10-01', 'milestone'],
      ['launch', '2026-11-18', 'milestone'],
      ['end', '2026-11-30', 'milestone'],
    ]);
    assert.deepEqual(names(child(brief, 'approvals')?.children ?? []), ['brief · maria.lopez · approved', 'creative · tom.becker · approved', 'review · ana.silva · approved', 'qa · priya.shah · approved']);
    assert.deepEqual(child(brief, 'approvals')?.children.map((c) => c.kind), ['approval', 'approval', 'approval', 'approval']);
    assert.deepEqual(names(child(brief, 'links')?.children ?? []), ['hero-early-access', 'footer-early-access']);
    assert.deepEqual(names(child(brief, 'history')?.children ?? []), ['brief', 'creative', 'review', 'qa', 'launch']);
    assert.deepEqual(names(child(brief, 'budget')?.children ?? []), ['currency', 'planned', 'lines']);
    // The approvals section runs from its key to its last item.
    const approvals = child(brief, 'approvals')!;
    assert.equal(at(BLACK_FRIDAY, approvals.selectionRange), marked(ws, BLACK_FRIDAY, '«approvals»:'));
    assert.equal(approvals.range.end.line, approvals.children[3].range.end.line);
  });

  it('outlines each document of a file, a workflow by stages, a team by members, an SOP by steps', () => {
    assert.deepEqual(names(documentSymbols(ws, REGISTER)), ['salesforce', 'ga4', 'meta-ads']);
    assert.deepEqual(documentSymbols(ws, REGISTER).map((s) => s.kind), ['tool', 'tool', 'tool']);
    const [workflow] = documentSymbols(ws, 'workflows/campaign.yaml');
    assert.deepEqual(names(child(workflow, 'stages')?.children ?? []), ['brief', 'creative', 'review', 'qa', 'launch', 'optimize', 'report']);
    assert.equal(child(workflow, 'stages')?.children[0].detail, 'SLA 5 days · gated');
    const [team] = documentSymbols(ws, TEAM);
    assert.deepEqual(child(team, 'members')?.children.map((c) => [c.name, c.detail, c.kind])[0], ['priya.shah', 'Priya Shah', 'person']);
    const [sop] = documentSymbols(ws, 'sops/new-tool-request.yaml');
    assert.equal(child(sop, 'steps')?.children.length, 4);
    assert.equal(child(sop, 'steps')?.children[0].kind, 'step');
    assert.deepEqual(documentSymbols(ws, 'nothing.yaml'), []);
  });
});

describe('workspaceSymbols', () => {
  const ws = playbook();

  it('finds by id or title, best matches first, at their id', () => {
    const hits = workspaceSymbols(ws, 'black');
    assert.equal(hits[0].name, '2026q4-na-email-black-friday');
    assert.equal(at(hits[0].location.path, hits[0].location.range), marked(ws, BLACK_FRIDAY, 'id: «2026q4-na-email-black-friday»'));
    const priya = workspaceSymbols(ws, 'Priya');
    assert.deepEqual(priya.map((s) => [s.name, s.kind, s.detail]), [['priya.shah', 'person', 'Priya Shah']]);
    assert.equal(at(priya[0].location.path, priya[0].location.range), marked(ws, TEAM, '- id: «priya.shah»'));
    // A title: "Google Analytics 4"; a subsequence: h-s-p.
    assert.equal(workspaceSymbols(ws, 'google analytics')[0].name, 'ga4');
    assert.ok(workspaceSymbols(ws, 'hbspt').some((s) => s.name === 'hubspot'));
    // The exact id first, before ids that merely contain it.
    assert.equal(workspaceSymbols(ws, 'campaign')[0].name, 'campaign');
    assert.deepEqual(workspaceSymbols(ws, 'zzzz'), []);
    assert.equal(workspaceSymbols(ws, '', 3).length, 3);
    assert.ok(workspaceSymbols(ws, '').length > 15);
  });
});

describe('codeLenses', () => {
  it("shows a brief's stage, days against the SLA and its problems", () => {
    const ws = playbook();
    const lenses = codeLenses(ws, WEBINAR);
    // today is 2026-11-20 (mops.config.yaml); the webinar entered creative on 2026-11-12 (SLA 10).
    assert.deepEqual(lenses.map((l) => l.title), ['stage: creative', '8 days in creative · SLA 10', 'no problems']);
    assert.equal(at(WEBINAR, lenses[0].range), marked(ws, WEBINAR, 'id: «2026q4-emea-social-winter-webinar»'));
    const late = playbook({ ...TREE, [WEBINAR]: TREE[WEBINAR].replace('entered: 2026-11-12', 'entered: 2026-11-02').replace('brief_approved: 2026-11-12', 'brief_approved: 2026-11-02').replace('date: 2026-11-12', 'date: 2026-11-02').replace('entered: 2026-11-05', 'entered: 2026-10-26') });
    const titles = codeLenses(late, WEBINAR).map((l) => l.title);
    assert.equal(titles[1], '18 days in creative · SLA 10 · over by 8');
    assert.match(titles[2], /^1 warning|^1 error/);
    assert.deepEqual(codeLenses(ws, TEAM), []);
  });
});

describe('inlayHints', () => {
  const ws = playbook();

  it("names the person after each id in a person field, within the range asked", () => {
    const hints = inlayHints(ws, BLACK_FRIDAY);
    assert.deepEqual(hints.map((h) => h.label), [' Priya Shah', ' Maria Lopez', ' Maria Lopez', ' Tom Becker', ' Ana Silva', ' Priya Shah']);
    const owner = cursor(ws, BLACK_FRIDAY, 'owner: priya.shah|');
    assert.deepEqual(hints[0].position, ws.parsed(BLACK_FRIDAY)!.lines.position(owner));
    assert.equal(hints[0].tooltip, 'Priya Shah (priya.shah) — campaign-ops');
    const text = ws.parsed(BLACK_FRIDAY)!.text;
    assert.deepEqual(inlayHints(ws, BLACK_FRIDAY, text.indexOf('approvals:'), text.indexOf('history:')).map((h) => h.label), [' Maria Lopez', ' Tom Becker', ' Ana Silva', ' Priya Shah']);
    assert.deepEqual(inlayHints(ws, REGISTER).map((h) => h.label), [' Li Wei', ' Li Wei', ' Priya Shah']);
    // An unknown id gets no hint; a quoted one gets it after its closing quote.
    const odd = playbook({ ...TREE, [BLACK_FRIDAY]: TREE[BLACK_FRIDAY].replace('owner: priya.shah', 'owner: "priya.shah"').replace('requester: maria.lopez', 'requester: nobody') });
    const [first] = inlayHints(odd, BLACK_FRIDAY);
    assert.deepEqual(first.position, odd.parsed(BLACK_FRIDAY)!.lines.position(cursor(odd, BLACK_FRIDAY, 'owner: "priya.shah"|')));
    assert.equal(inlayHints(odd, BLACK_FRIDAY).length, 5);
  });
});
