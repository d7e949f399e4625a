// My Queue's tree on the reference playbook: whose queue (a person named by the setting, else by git's e-mail), its
// items as `mops report queue` lists them, and a message that says what was tried when nothing is listed.

import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { viewTree, type ViewNode } from '../../../../src/core';
import { cleanup, readTree, REFERENCE, tempPlaybook } from '../../../helpers';
import { playbooksIn, type LoadedPlaybook } from './helpers';

const lines = (nodes: readonly ViewNode[]) => nodes.map((n) => `${n.label}${n.description ? ` — ${n.description}` : ''}`);

describe('My Queue tree', () => {
  let reference: LoadedPlaybook[];
  before(async () => {
    reference = await playbooksIn(REFERENCE);
  });
  after(cleanup);

  it("shows the person's items, each opening the line it is about", () => {
    // The winter webinar stands at 'creative' since 2026-11-12 with no approval; the gate's role is brand, held by
    // Tom only; SLA 10 days: due 2026-11-22, 2 days after the config's today 2026-11-20.
    const tree = viewTree('queue', reference, { person: 'tom.becker' });
    assert.deepEqual(lines(tree), ['Winter operations webinar — Approval · due in 2 days']);
    const [item] = tree;
    assert.deepEqual(item.open, {
      uri: `${pathToFileURL(REFERENCE).href}/campaigns/2026q4-emea-social-winter-webinar.yaml`,
      index: 0,
      path: ['stage'],
      title: 'Open the line',
    });
    // Not yet late: an item of info severity has no colour.
    assert.deepEqual([item.icon, item.color, item.contextValue], ['pass', undefined, 'mops.queueItem']);
    assert.match(item.tooltip ?? '', /^\*\*Winter operations webinar\*\* \(2026q4-emea-social-winter-webinar\) {2}\n/);
  });

  it('says so when nothing waits, and when the setting names nobody', () => {
    assert.deepEqual(lines(viewTree('queue', reference, { person: 'maria.lopez' })), ['Nothing waits for Maria Lopez on 2026-11-20.']);
    const [typo] = viewTree('queue', reference, { person: 'tom.bekcer' });
    assert.equal(typo.label, "Nobody in the Team has the id 'tom.bekcer' (mops.queue.person).");
    assert.equal(typo.tooltip, "Set mops.queue.person to your id in the Team. Did you mean 'tom.becker'?");
    assert.deepEqual([typo.icon, typo.contextValue], ['info', 'mops.queueMessage']);
  });

  it("without the setting, goes by git's e-mail, and says why it cannot", () => {
    // The reference Team records no e-mail.
    assert.deepEqual(lines(viewTree('queue', reference, { email: { email: 'tom@acme.example' } })), [
      'Who are you? Set mops.queue.person: no Team member records an email to match tom@acme.example (git config user.email).',
    ]);
    assert.deepEqual(lines(viewTree('queue', reference, { email: { why: "VS Code's Git extension is disabled (git.enabled)" } })), [
      "Who are you? Set mops.queue.person: VS Code's Git extension is disabled (git.enabled).",
    ]);
    assert.match(viewTree('queue', reference)[0].label, /^Who are you\? Set mops\.queue\.person: /);
  });

  it('finds the member by e-mail, and the per-playbook options win over the shared ones', async () => {
    const files = readTree(REFERENCE);
    files['team.yaml'] = files['team.yaml'].replace('    name: Tom Becker\n', '    name: Tom Becker\n    email: Tom.Becker@acme.example\n');
    const playbooks = await playbooksIn(tempPlaybook(files));
    assert.deepEqual(lines(viewTree('queue', playbooks, { email: { email: ' tom.becker@ACME.example ' } })), ['Winter operations webinar — Approval · due in 2 days']);
    assert.deepEqual(lines(viewTree('queue', playbooks, { email: { email: 'ana@acme.example' } })), [
      'Who are you? Set mops.queue.person: no Team member has the email ana@acme.example (git config user.email).',
    ]);
    const roots = { [playbooks[0].rootUri]: { person: 'maria.lopez' } };
    assert.deepEqual(lines(viewTree('queue', playbooks, { person: 'tom.becker', roots })), ['Nothing waits for Maria Lopez on 2026-11-20.']);
  });
});
