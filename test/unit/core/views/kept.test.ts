// What the views and reports keep between changes, and when they must not: a brief's facts (reports/facts
// briefsOf) and its calendar entry (domain/calendar) are the same objects after a change to another brief, and
// new ones after a change to the brief itself or to what they read of the rest (the Team, the naming
// convention); the Calendar's launch nodes likewise.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { viewTree, type ViewNode } from '../../../../src/core';
import { calendarOf } from '../../../../src/core/domain/calendar';
import { briefsOf, type ReportInput } from '../../../../src/core/reports/facts';
import { REFERENCE } from '../../../helpers';
import { allNodes, playbooksIn } from './helpers';

const EDITED = 'campaigns/2026q4-na-email-black-friday.yaml';
const read = (path: string) => readFileSync(join(REFERENCE, path), 'utf8');

describe('kept between changes', () => {
  it("a brief's facts and calendar entry: kept for the others when one brief changes; read again after the Team or the convention changes", async () => {
    const [{ workspace }] = await playbooksIn(REFERENCE);
    const input = (): ReportInput => ({ workspace, index: workspace.view(), config: workspace.config, today: workspace.today });
    const byFile = <T extends { file: string }>(list: readonly T[]) => new Map(list.map((x) => [x.file, x]));
    const facts = byFile(briefsOf(input()));
    const entries = byFile(calendarOf(workspace.view()).entries);
    workspace.set(EDITED, { type: 'text', text: read(EDITED).replace('owner: priya.shah', 'owner: li.wei') });
    const [facts2, entries2] = [byFile(briefsOf(input())), byFile(calendarOf(workspace.view()).entries)];
    for (const [file, f] of facts2) assert.equal(f === facts.get(file), file !== EDITED, `${file}'s facts`);
    assert.equal(facts2.get(EDITED)?.owner, 'li.wei');
    for (const [file, e] of entries2) assert.equal(e === entries.get(file), file !== EDITED, `${file}'s entry`);
    // The Team names the owners: every brief's facts are read again, and say the new name.
    workspace.set('team.yaml', { type: 'text', text: read('team.yaml').replace('name: Li Wei', 'name: Li Wei-Chen') });
    const facts3 = byFile(briefsOf(input()));
    for (const [file, f] of facts3) assert.notEqual(f, facts2.get(file), `${file}'s facts after the Team changed`);
    assert.equal(facts3.get(EDITED)?.ownerName, 'Li Wei-Chen');
    // The naming convention gives the region: every entry is read again.
    const naming = 'conventions/naming.yaml';
    workspace.set(naming, { type: 'text', text: `${read(naming)}\n` });
    for (const [file, e] of byFile(calendarOf(workspace.view()).entries)) assert.notEqual(e, entries2.get(file), `${file}'s entry after the convention changed`);
  });

  it("the Calendar's launch nodes: kept for the others when one brief changes, built again for it", async () => {
    const [playbook] = await playbooksIn(REFERENCE);
    const launches = (nodes: readonly ViewNode[]) => new Map(allNodes(nodes).filter((n) => n.contextValue === 'mops.launch').map((n) => [n.id, n]));
    const first = launches(viewTree('calendar', [playbook]));
    playbook.workspace.set(EDITED, { type: 'text', text: read(EDITED).replace('title: Black Friday early access', 'title: Black Friday, early') });
    const second = launches(viewTree('calendar', [playbook]));
    assert.ok(second.size >= 3);
    assert.deepEqual([...second.values()].filter((n) => n !== first.get(n.id)).map((n) => n.label), ['Black Friday, early']);
  });
});
