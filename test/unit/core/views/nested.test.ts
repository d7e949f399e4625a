// Several playbooks: a copy of the reference playbook with two playbooks nested in it (second/ and third/, each
// with its own mops.config.yaml). Each view groups under one node per playbook, by name, and a nested playbook's
// files are shown under it only, though the outer playbook's globs read them too.

import assert from 'node:assert/strict';
import { viewTree, type ViewNode } from '../../../../src/core';
import { cleanup, readTree, REFERENCE, tempPlaybook } from '../../../helpers';
import { allNodes, outline, playbooksIn, type LoadedPlaybook } from './helpers';

const CONFIG = 'apiVersion: mops/v1\nkind: Config\ntoday: 2026-11-20\n';
const SOP = 'apiVersion: mops/v1\nkind: Sop\nid: nested-sop\ntitle: A nested SOP\narea: nested\nowner: someone\nsteps: [one, two]\n';
const TOOL = 'apiVersion: mops/v1\nkind: Tool\nid: nested-tool\nname: A nested tool\ncategory: crm\nowner: someone\ncost:\n  annual: 1200\n  currency: EUR\n';

describe('view trees of nested playbooks', () => {
  let playbooks: LoadedPlaybook[];
  let outer: LoadedPlaybook;
  before(async () => {
    const dir = tempPlaybook({ ...readTree(REFERENCE), 'second/mops.config.yaml': CONFIG, 'second/sops/nested.yaml': SOP, 'third/mops.config.yaml': CONFIG, 'third/tools.yaml': TOOL });
    playbooks = await playbooksIn(dir);
    outer = playbooks.find((p) => p.dir === dir)!;
  });
  after(cleanup);

  it('reads the nested files into the outer playbook too (which is why the views ask who owns a file)', () => {
    assert.equal(playbooks.length, 3);
    assert.ok(outer.workspace.documents('Sop').some((d) => d.path === 'second/sops/nested.yaml'));
  });

  it('groups each view under the playbooks by name, a nested one saying where it is', () => {
    const tree = viewTree('sops', playbooks);
    assert.deepEqual(tree.map((n) => [n.label, n.description, n.icon, n.contextValue, n.collapsed]), [
      [outer.name, undefined, 'folder-library', 'mops.playbook', 'expanded'],
      ['second', 'second', 'folder-library', 'mops.playbook', 'expanded'],
      ['third', 'third', 'folder-library', 'mops.playbook', 'expanded'],
    ]);
    assert.deepEqual(tree.map((n) => n.id), [outer.rootUri, `${outer.rootUri}/second`, `${outer.rootUri}/third`]);
    // The nested playbooks have no Team: 'someone' is an unknown person there, an error.
    assert.deepEqual(outline(tree[1].children ?? []), ['nested — 1 SOP', '  A nested SOP — 1 error · someone', '    1. one', '    2. two']);
    assert.deepEqual(tree[2].children, [], 'third/ has no SOP');
    // The nested SOP is listed under its playbook only; the outer lists its own two.
    const lines = outline(tree);
    assert.equal(lines.filter((l) => l.includes('A nested SOP')).length, 1);
    assert.deepEqual(outline(tree[0].children ?? []).filter((l) => !l.startsWith('    ')), [
      'campaign-ops — 1 SOP',
      '  Campaign launch checklist — priya.shah',
      'martech — 1 SOP',
      '  Requesting a new marketing tool — li.wei',
    ]);
  });

  it("lists a nested playbook's tool under it, opening its own file", () => {
    const tree = viewTree('martech', playbooks);
    const third = tree.find((n) => n.label === 'third');
    assert.deepEqual(outline(third?.children ?? []), ['crm — 1 tool', '  A nested tool — 1 error · someone · EUR 1,200/yr']);
    assert.equal(third?.children?.[0].children?.[0].open?.uri, `${outer.rootUri}/third/tools.yaml`);
    assert.equal(outline(tree).filter((l) => l.includes('A nested tool')).length, 1);
  });

  it('ids are unique across the groups of every view', () => {
    for (const view of ['pipeline', 'martech', 'sops', 'calendar', 'queue'] as const) {
      const ids = allNodes(viewTree(view, playbooks, { person: 'priya.shah' })).map((n: ViewNode) => n.id);
      assert.equal(new Set(ids).size, ids.length, view);
    }
  });

  it("My Queue asks per playbook: a person of one playbook's Team is nobody in another", () => {
    const tree = viewTree('queue', playbooks, { roots: { [outer.rootUri]: { person: 'maria.lopez' } }, person: 'someone' });
    assert.deepEqual(tree.map((group) => [group.label, (group.children ?? []).map((n) => n.label)]), [
      [outer.name, ['Nothing waits for Maria Lopez on 2026-11-20.']],
      ['second', ["Nobody in the Team has the id 'someone' (mops.queue.person)."]],
      ['third', ["Nobody in the Team has the id 'someone' (mops.queue.person)."]],
    ]);
  });

  it('ungroups when one playbook is left', () => {
    assert.deepEqual(viewTree('sops', [outer]).map((n) => n.label), ['campaign-ops', 'martech', 'nested']);
  });
});
