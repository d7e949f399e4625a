// `mops check --cache` gives exactly the findings of a check without it: after edits to a brief, to the
// Team that briefs depend on, a deletion, a new file, with files just written (read and hashed every time)
// and files old enough to be known by their size, times and inode (not read); and it is ignored, never
// trusted, when damaged, from another config or another day.

import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

/** A cache file's head (its first line; the values' blob follows) and the blob. */
function cacheFile(path: string): { head: { format: number; files: Record<string, { hash: string; stamp?: string; findings: unknown[] }> }; blob: string } {
  const text = readFileSync(path, 'utf8');
  const line = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
  return { head: JSON.parse(text.slice(0, line)), blob: text.slice(line + 1) };
}

/** The cache's entries, its delta applied. */
function entries(dir: string, file = '.mopscache'): Record<string, { hash: string; stamp?: string; findings: unknown[] }> {
  let delta = {};
  try {
    delta = cacheFile(join(dir, `${file}.delta`)).head.files;
  } catch {
    // none, or damaged (mops ignores it too)
  }
  return { ...cacheFile(join(dir, file)).head.files, ...delta };
}

/** Waits until files written now are old enough for the cache to know them by their stamp (RACY_MS, 2 s). */
const age = () => new Promise((resolve) => setTimeout(resolve, 2100));

describe('check --cache', function () {
  this.timeout(60_000);
  afterEach(cleanup);

  for (const aged of [false, true]) {
    it(`gives the plain check’s findings through a sequence of changes, re-checking only what a change reaches (${aged ? 'files known by their stamps' : 'files just written, read every time'})`, () => sequence(aged));
  }

  async function sequence(aged: boolean): Promise<void> {
    const dir = tempPlaybook(readTree(REFERENCE));
    const files = 15; // the reference playbook's YAML files, mops.config.yaml included (14 cached)
    if (aged) await age();

    let run = await both(dir);
    assert.equal(run.cached, run.plain);
    assert.equal(run.reused, 0, 'the first run has no cache');
    const stamped = Object.values(entries(dir)).filter((e) => e.stamp !== undefined).length;
    assert.equal(stamped, aged ? files - 1 : 0, 'files changed in the last 2 s have no stamp');

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

    // A brief's planned spend: the Budget's total reads every brief's spending fact, the others' from the cache.
    assert.ok(Object.entries(entries(dir)).some(([path, e]) => path.startsWith('campaigns/') && JSON.stringify(e).includes('"budget/spending"')), 'briefs keep their facts');
    edit(dir, BRIEF, /^ {2}planned: 20000$/m, '  planned: 900000');
    run = await both(dir);
    assert.equal(run.cached, run.plain);
    assert.ok(JSON.parse(run.cached).findings.some((f: { rule: string }) => f.rule === 'budget/over-allocation'));
    edit(dir, BRIEF, /^ {2}planned: 900000$/m, '  planned: 20000');
    run = await both(dir);
    assert.equal(run.cached, run.plain);
    assert.ok(!run.cached.includes('budget/over-allocation'));

    // A deleted file and a new one.
    rmSync(join(dir, 'sops/new-tool-request.yaml'));
    writeFileSync(join(dir, 'sops/copy.yaml'), readFileSync(join(REFERENCE, 'sops/campaign-launch-checklist.yaml')));
    run = await both(dir);
    assert.equal(run.cached, run.plain);
    assert.ok(JSON.parse(run.cached).findings.some((f: { rule: string }) => f.rule === 'mops/duplicate-id'));
  }

  it('does not read a file whose stamp is unchanged, and reads it again once its times change', async () => {
    const dir = tempPlaybook(readTree(REFERENCE));
    await age();
    await both(dir);
    // A finding planted in the brief's entry, under a hash its text does not have: only a check that
    // trusts the stamp, without reading the file, still reports it.
    const { head: cache, blob } = cacheFile(join(dir, '.mopscache'));
    const entry = cache.files[BRIEF];
    assert.ok(entry.stamp, 'the brief is stamped');
    const planted = { rule: 'planted/finding', severity: 'error', message: 'from the cache', file: BRIEF, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, related: [], fixes: [] };
    cache.files[BRIEF] = { ...entry, hash: 'not the hash of its text', findings: [planted] };
    writeFileSync(join(dir, '.mopscache'), `${JSON.stringify(cache)}\n${blob}`);
    const trusted = await runCli(['check', dir, '--format', 'json', '--cache'], dir);
    assert.ok(JSON.parse(trusted.stdout).findings.some((f: { rule: string }) => f.rule === 'planted/finding'), 'the stamp was trusted');

    // The same text and modification time, but the change time moves: the file is read, hashed and checked.
    const { atime, mtime } = statSync(join(dir, BRIEF));
    utimesSync(join(dir, BRIEF), atime, mtime);
    const run = await both(dir);
    assert.equal(run.cached, run.plain);
    assert.ok(!run.cached.includes('planted/finding'));
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

  it('parses a file again when its cached values are damaged or cut off, and gives the plain findings', async () => {
    const dir = tempPlaybook(readTree(REFERENCE));
    await both(dir);
    // The blob overwritten with other characters of the same length: every span is there, none parses.
    const { head, blob } = cacheFile(join(dir, '.mopscache'));
    writeFileSync(join(dir, '.mopscache'), `${JSON.stringify(head)}\n${'x'.repeat(blob.length)}`);
    // A brief changes: its check reads the Team's values, and the budget's check every brief's.
    edit(dir, BRIEF, /^owner: priya\.shah$/m, 'owner: tom.becker');
    let run = await both(dir);
    assert.equal(run.cached, run.plain);
    assert.ok(run.reused > 0, 'the heads were still good');

    // Cut off in the middle of the blob: the entries whose values lay past the end are left out.
    const whole = readFileSync(join(dir, '.mopscache'), 'utf8');
    writeFileSync(join(dir, '.mopscache'), whole.slice(0, whole.indexOf('\n') + 200));
    edit(dir, BRIEF, /^owner: tom\.becker$/m, 'owner: priya.shah');
    run = await both(dir);
    assert.equal(run.cached, run.plain);
  });

  it('reads the config as the plain check does: one over 1 MB, or not UTF-8, is the same finding with and without --cache', async () => {
    for (const config of [`apiVersion: mops/v1\nkind: Config\n# ${'x'.repeat(1024 * 1024)}\n`, Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41])]) {
      const dir = tempPlaybook({ ...readTree(REFERENCE), 'mops.config.yaml': config });
      const { cached, plain } = await both(dir);
      assert.equal(cached, plain);
      const rules = JSON.parse(plain).findings.filter((f: { file: string }) => f.file === 'mops.config.yaml').map((f: { rule: string }) => f.rule);
      assert.ok(rules.length > 0, `a finding on the config: ${plain.slice(0, 300)}`);
    }
  });

  it('keeps the cache where --cache-location says', async () => {
    const dir = tempPlaybook(readTree(REFERENCE));
    const run = await runCli(['check', dir, '--cache-location', join(dir, 'tmp-cache.json')], dir);
    assert.equal(run.code, 0);
    assert.equal(cacheFile(join(dir, 'tmp-cache.json')).head.format, 3);
  });
});
