// `mops reassign FROM TO`: moves owners, requesters and pending approvers as minimal edits; records stay;
// --dry-run prints a diff and writes nothing; people who are not in the Team are a usage error.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, EXAMPLE, readTree, runCli, tempPlaybook } from '../../helpers';

// CRLF line ends, a comment after the owner, a quoted requester, a decided and a pending approval by the same person.
const HANDOVER = [
  'apiVersion: mops/v1',
  'kind: Brief',
  'id: 2027q1-na-content-handover',
  'title: Handover test',
  'workflow: content',
  'tier: 2',
  'owner: marcus.reyes   # accountable until the handover',
  "requester: 'marcus.reyes'",
  'program: demand-gen',
  'stage: brief',
  'approvals:',
  '  - gate: ideation',
  '    approver: marcus.reyes',
  '    status: approved',
  '    date: 2026-11-10',
  '  - {gate: brief, approver: marcus.reyes, status: pending}',
  'history:',
  '  - stage: ideation',
  '    entered: 2026-11-04',
  '',
].join('\r\n');

const AFTER = HANDOVER.replace('owner: marcus.reyes   #', 'owner: dana.okafor   #')
  .replace("requester: 'marcus.reyes'", "requester: 'dana.okafor'")
  .replace('{gate: brief, approver: marcus.reyes', '{gate: brief, approver: dana.okafor');

const FILE = 'campaigns/2027q1-na-content-handover.yaml';

function playbook(): string {
  return tempPlaybook({ ...readTree(EXAMPLE), [FILE]: HANDOVER });
}

describe('mops reassign', () => {
  after(cleanup);

  it('moves owners, requesters and pending approvals and keeps records, comments, quotes and line ends', async () => {
    const dir = playbook();
    const before = readTree(dir);
    const run = await runCli(['reassign', 'marcus.reyes', 'dana.okafor', dir]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(join(dir, FILE), 'utf8'), AFTER);
    const budget = readFileSync(join(dir, 'budget/fy2026.yaml'), 'utf8');
    assert.equal(budget, before['budget/fy2026.yaml'].replace('    owner: marcus.reyes\n', '    owner: dana.okafor\n'));
    assert.match(run.stdout, /^campaigns\/2027q1-na-content-handover\.yaml: changed Brief 2027q1-na-content-handover owner \(line 7\), requester \(line 8\), approvals\[1\]\.approver \(line 16\)$/m);
    assert.match(run.stdout, /^budget\/fy2026\.yaml: changed Budget fy2026 allocations\[0\]\.owner \(line 14\)$/m);
    assert.match(run.stdout, /^martech\/advertising\.yaml: changed Tool \S+ owner \(line 8\); Tool \S+ owner \(line 29\)$/m);
    // Counted by hand in examples/acme: 2 tool owners, 1 allocation, 7 brief owners, 12 requesters (their
    // approvals by marcus are all decided): 22 fields in 21 files; with the handover brief's 3, 25 in 22 files.
    const changed = Object.keys(before).filter((f) => readFileSync(join(dir, f), 'utf8') !== before[f]);
    const named = [...run.stdout.matchAll(/^(\S+\.yaml): changed/gm)].map((m) => m[1]);
    assert.equal(changed.length, 22);
    assert.deepEqual(changed.sort(), named.sort());
    assert.match(run.stdout, /^Moved 25 fields from 'marcus.reyes' to 'dana.okafor'\.$/m);
    const again = await runCli(['reassign', 'marcus.reyes', 'dana.okafor', dir]);
    assert.match(again.stdout, /^Nothing to move: no owner, requester or pending approver here is 'marcus.reyes'\.$/m);
    // The approved ideation gate still names marcus: it is a record.
    assert.match(readFileSync(join(dir, FILE), 'utf8'), /- gate: ideation\r\n {4}approver: marcus\.reyes\r\n/);
  });

  it('--dry-run prints a unified diff and writes nothing; --kinds picks the kinds', async () => {
    const dir = playbook();
    const before = readTree(dir);
    const run = await runCli(['reassign', 'marcus.reyes', 'dana.okafor', dir, '--dry-run', '--kinds', 'budget']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readTree(dir), before);
    assert.match(run.stdout, /^--- a\/budget\/fy2026\.yaml$/m);
    assert.match(run.stdout, /^- {4}owner: marcus\.reyes\n\+ {4}owner: dana\.okafor$/m);
    assert.doesNotMatch(run.stdout, /handover/);
    assert.equal(run.stderr, "budget/fy2026.yaml: would change Budget fy2026 allocations[0].owner (line 14)\nWould move 1 field from 'marcus.reyes' to 'dana.okafor'.\n");
  });

  it('exits 2 for someone who is not in the Team, with the person they probably meant', async () => {
    const dir = playbook();
    const typo = await runCli(['reassign', 'marcus.reyse', 'dana.okafor', dir]);
    assert.equal(typo.code, 2);
    assert.equal(typo.stderr, "mops: FROM 'marcus.reyse' is not a member of the Team. Did you mean 'marcus.reyes'?\n");
    const to = await runCli(['reassign', 'marcus.reyes', 'dana', dir]);
    assert.equal(to.code, 2);
    assert.match(to.stderr, /TO 'dana' is not a member of the Team\. Did you mean 'dana\.okafor'\?/);
    assert.equal((await runCli(['reassign', 'dana.okafor', 'dana.okafor', dir])).code, 2);
    const kinds = await runCli(['reassign', 'marcus.reyes', 'dana.okafor', dir, '--kinds', 'tools']);
    assert.equal(kinds.code, 2);
    assert.match(kinds.stderr, /'tools' is not a kind mops reassigns; did you mean 'tool'\?/);
    assert.equal((await runCli(['reassign', 'marcus.reyes'])).code, 2);
  });
});
