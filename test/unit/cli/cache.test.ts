// `mops check --cache` gives exactly the findings of a check without it: after edits to a brief, to the
// Team that briefs depend on, a deletion, a new file; and it is ignored, never trusted, when damaged, from
// another config or another day.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, REFERENCE, readTree, runCli, tempPlaybook } from '../../helpers';

const BRIEF = 'campaigns/2026q4-na-email-black-friday.yaml';

async function both(dir: string, env: Record<string, string> = {}): Promise<{ cached: string; plain: string; reused: number }> {
  const cached = await runCli(['check', dir, '--format', 'json', '--cache'], dir, { MOPS_CACHE_REPORT: '1', ...env });
  const plain = await runCli(['check', dir, '--format', 'json'], dir, env);
  const reused = Number(/cache gave the findings of (\d+) files/.exec(cached.stderr)?.[1] ?? -1);
  assert.equal(cached.code, plain.code);
  return { cached: cached.stdout, plain: plain.stdout, reused };
}

function edit(dir: string, path: string, from: string | RegExp, to: string): void {
  const file = join(dir, path);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  assert.notEqual(next, text, `${from} is in ${path}`);
  writeFileSync(file, next);
}

describe('check --cache', function () {
  this.timeout(60_000);
  afterEach(cleanup);

  it('gives the plain check’s findings through a sequence of changes, re-checking only what a change reaches', async () => {
    const dir = tempPlaybook(readTree(REFERENCE));
    const files = 15; // the reference playbook's YAML files, mops.config.yaml included (14 cached)

    let run = await both(dir);
    assert.equal(run.cached, run.plain);
    assert.equal(run.reused, 0, 'the first run has no cache');

    run = await both(dir);
    assert.equal(run.cached, run.plain);
    assert.equal(run.reused, files - 1, 'nothing changed: every file from the cache');

    // One brief: only it is checked again (no other file's check read the brief).
    edit(dir, BRIEF, /^owner: priya\.shah$/m, 'owner: nobody');
    run = await both(dir);
    assert.equal(run.cached, run.plain);
    assert.ok(JSON.parse(run.cached).findings.some((f: { rule: string }) => f.rule === 'ref/unknown-person'));
    assert.ok(run.reused >= files - 4 && run.reused < files - 1, `reused ${run.reused}`);
    // A change this small is written as a delta next to the cache, not as a whole new cache.
    assert.ok(existsSync(join(dir, '.mopscache.delta')));
    run = await both(dir);
    assert.equal(run.cached, run.plain);
    assert.equal(run.reused, files - 1, 'the delta holds the brief checked last time');
    // A damaged delta is ignored: the cache alone is an older, consistent picture.
    writeFileSync(join(dir, '.mopscache.delta'), '{"files": [');
    run = await both(dir);
    assert.equal(run.cached, run.plain);

    // The Team: every file whose check read it is checked again, so the briefs of a renamed person fail.
    edit(dir, BRIEF, /^owner: nobody$/m, 'owner: priya.shah');
    edit(dir, 'team.yaml', 'id: maria.lopez', 'id: maria.lopes');
    run = await both(dir);
    assert.equal(run.cached, run.plain);
    assert.ok(JSON.parse(run.cached).findings.filter((f: { rule: string }) => f.rule === 'ref/unknown-person').length > 1);

    // A deleted file and a new one.
    rmSync(join(dir, 'sops/new-tool-request.yaml'));
    writeFileSync(join(dir, 'sops/copy.yaml'), readFileSync(join(REFERENCE, 'sops/campaign-launch-checklist.yaml')));
    run = await both(dir);
    assert.equal(run.cached, run.plain);
    assert.ok(JSON.parse(run.cached).findings.some((f: { rule: string }) => f.rule === 'mops/duplicate-id'));
  });

  it('ignores a damaged cache, one from another day, and one from another config', async () => {
    const dir = tempPlaybook(readTree(REFERENCE));
    await both(dir);
    writeFileSync(join(dir, '.mopscache'), '{"format": 1, "files": ');
    let run = await both(dir);
    assert.equal(run.reused, 0, 'damaged');
    assert.equal(run.cached, run.plain);

    run = await both(dir, {});
    assert.ok(run.reused > 0);
    const other = await runCli(['check', dir, '--format', 'json', '--cache', '--today', '2027-01-05'], dir, { MOPS_CACHE_REPORT: '1' });
    assert.match(other.stderr, /findings of 0 files/, 'another day');
    const plain = await runCli(['check', dir, '--format', 'json', '--today', '2027-01-05'], dir);
    assert.equal(other.stdout, plain.stdout);

    edit(dir, 'mops.config.yaml', 'renewal_warning_days: 30', 'renewal_warning_days: 400');
    run = await both(dir);
    assert.equal(run.reused, 0, 'another config');
    assert.equal(run.cached, run.plain);
  });

  it('keeps the cache where --cache-location says', async () => {
    const dir = tempPlaybook(readTree(REFERENCE));
    const run = await runCli(['check', dir, '--cache-location', join(dir, 'tmp-cache.json')], dir);
    assert.equal(run.code, 0);
    assert.equal(JSON.parse(readFileSync(join(dir, 'tmp-cache.json'), 'utf8')).format, 1);
  });
});
