// Which views a change touches (ViewTracker), on a copy of the reference playbook changed as the editor and the
// server change it: the paths the workspace says a change affected, per playbook.

import assert from 'node:assert/strict';
import { VIEW_IDS, ViewTracker, type ViewId } from '../../../../src/core';
import { cleanup, readTree, REFERENCE, tempPlaybook } from '../../../helpers';
import { playbooksIn, type LoadedPlaybook } from './helpers';

const BRIEF = 'campaigns/2026q4-na-email-black-friday.yaml';

describe('ViewTracker', () => {
  let playbook: LoadedPlaybook;
  let tracker: ViewTracker;
  /** Sets a file's text (or deletes it) and adds the change as the editor's and the server's playbooks report it. */
  const apply = (path: string, text: string | undefined): void => {
    const affected = text === undefined ? [...playbook.workspace.delete(path), path] : playbook.workspace.set(path, { type: 'text', text });
    tracker.add([[playbook, affected]]);
  };
  /** Applies a change and says which views it touches. */
  const change = (path: string, text: string | undefined): ViewId[] => {
    apply(path, text);
    return tracker.touched([playbook]);
  };
  const text = (path: string) => readTree(REFERENCE)[path];
  const drawAll = () => VIEW_IDS.forEach((view) => tracker.drawn(view, [playbook]));

  beforeEach(async () => {
    [playbook] = await playbooksIn(tempPlaybook(readTree(REFERENCE)));
    // Checked, as the diagnostics publisher checks every file: a file's check records what it read.
    for (const path of playbook.workspace.paths()) playbook.workspace.findings(path);
    tracker = new ViewTracker();
  });
  after(cleanup);

  it('says nothing of views never drawn', () => {
    assert.deepEqual(change(BRIEF, text(BRIEF).replace('stage: launch', 'stage: qa')), []);
    tracker.drawn('martech', [playbook]);
    assert.deepEqual(change(BRIEF, text(BRIEF)), []);
  });

  it('names the views that list what changed; My Queue for any change', () => {
    drawAll();
    assert.deepEqual(change(BRIEF, text(BRIEF).replace('stage: launch', 'stage: qa')), ['pipeline', 'calendar', 'queue']);
    // The briefs that use HubSpot read it when checked (tools: [hubspot, …]): their findings may change too.
    assert.deepEqual(change('martech/hubspot.yaml', text('martech/hubspot.yaml').replace('active: 17', 'active: 5')), ['pipeline', 'martech', 'calendar', 'queue']);
    assert.deepEqual(change('sops/new-tool-request.yaml', text('sops/new-tool-request.yaml').replace('li.wei', 'priya.shah')), ['sops', 'queue']);
    // The config is read by every file's check (and the Calendar lists its blackouts): every view.
    assert.deepEqual(change('mops.config.yaml', text('mops.config.yaml').replace('low_utilization_below: 0.6', 'low_utilization_below: 0.9')), [...VIEW_IDS]);
    // A Team change re-checks the files that read the Team: the briefs (their owners) among them.
    assert.ok(change('team.yaml', text('team.yaml').replace('name: Li Wei', 'name: Li Wei-Chen')).includes('pipeline'));
    tracker.add([[playbook, []]]);
    assert.deepEqual(tracker.touched([playbook]), [], 'nothing changed');
  });

  it('a new file with a listed kind, and a shown file deleted', () => {
    drawAll();
    const tool = 'apiVersion: mops/v1\nkind: Tool\nid: figma\nname: Figma\ncategory: design\nowner: li.wei\n';
    assert.deepEqual(change('martech/figma.yaml', tool), ['martech', 'queue']);
    // The SOP Library was drawn with new-tool-request.yaml: its deletion touches it, though the file now holds nothing.
    assert.deepEqual(change('sops/new-tool-request.yaml', undefined), ['sops', 'queue']);
  });

  it('a view drawn after a change already shows it', () => {
    drawAll();
    apply(BRIEF, text(BRIEF).replace('stage: launch', 'stage: qa'));
    tracker.drawn('pipeline', [playbook]);
    assert.deepEqual(tracker.touched([playbook]), ['calendar', 'queue']);
    apply(BRIEF, text(BRIEF));
    tracker.drawn('queue', [playbook]);
    apply('sops/new-tool-request.yaml', text('sops/new-tool-request.yaml').replace('li.wei', 'priya.shah'));
    assert.deepEqual(tracker.touched([playbook]), ['pipeline', 'sops', 'calendar', 'queue'], 'the queue for the change after its draw');
  });

  it('every view drawn from another set of playbooks', async () => {
    tracker.drawn('sops', [playbook]);
    tracker.drawn('queue', [playbook]);
    const [other] = await playbooksIn(tempPlaybook({ 'mops.config.yaml': 'apiVersion: mops/v1\nkind: Config\n' }));
    assert.deepEqual(tracker.touched([playbook, other]), ['sops', 'queue']);
    tracker.drawn('sops', [playbook, other]);
    assert.deepEqual(tracker.touched([playbook, other]), ['queue'], 'the queue was not drawn again');
    tracker.drawn('queue', [playbook, other]);
    assert.deepEqual(tracker.touched([playbook, other]), []);
    assert.deepEqual(tracker.touched([playbook]), ['sops', 'queue']);
  });
});
