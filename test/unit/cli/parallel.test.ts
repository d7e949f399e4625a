// The parallel parse and the cache give exactly the findings of the plain check: the real CLI (dist/, with
// its worker bundles) run on one thread and on several, and with a cache cold, warm and after changes, on
// the reference playbook and on a generated repo with seeded defects, must print the same JSON.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../../../bench/generate.mjs';
import { parallelParser } from '../../../src/cli/parallel-parse';
import type { ParsedFile } from '../../../src/core';
import { REFERENCE, ROOT } from '../../helpers';

function check(dir: string, env: Record<string, string>, args: string[] = []): { stdout: string; stderr: string; status: number | null } {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'mops.js'), 'check', dir, '--format', 'json', '--today', '2026-11-20', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', MOPS_PARALLEL_REPORT: '1', ...env },
    maxBuffer: 1 << 28,
  });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

describe('parallel parse', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mops-parallel-'));
    // 1,200 briefs (about 2.3 MB), 30 of them with an unknown owner, a misspelt stage or an upper-case UTM value.
    generate(dir, { briefs: 1200, seed: 7, defects: 30, reference: REFERENCE });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the same on a generated repo with seeded defects, on one thread and on two', () => {
    const one = check(dir, { MOPS_JOBS: '1' });
    const two = check(dir, { MOPS_JOBS: '2' });
    // One job: the files are parsed as they are read, with no thread pool at all.
    assert.doesNotMatch(one.stderr, /parsed on/);
    assert.match(two.stderr, /parsed on 2 threads\n/);
    assert.equal(one.status, 1);
    assert.equal(two.status, 1);
    const findings = JSON.parse(one.stdout).findings as Array<{ rule: string }>;
    for (const rule of ['ref/unknown-person', 'ref/unknown-stage', 'utm/case']) assert.ok(findings.some((f) => f.rule === rule), rule);
    assert.equal(two.stdout, one.stdout);
  });

  it('finds the same through the cache: cold, warm with files known by their stamps, and after changes', async () => {
    // Old enough for the cache to know the generated files by their stamps (2 s).
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const cache = join(dir, '..', `${dir.split('/').pop()}.mopscache`);
    const plain = () => check(dir, { MOPS_JOBS: '2' });
    const cached = () => check(dir, { MOPS_JOBS: '2', MOPS_CACHE_REPORT: '1' }, ['--cache-location', cache]);
    try {
      const expected = plain().stdout;
      assert.equal(cached().stdout, expected, 'cold');
      let run = cached();
      assert.equal(run.stdout, expected, 'warm');
      assert.match(run.stderr, /the cache gave the findings of 1\d{3} files/);
      // A brief's owner, another brief's planned spend (the Budget's total), and a Team member renamed.
      const briefs = readdirSync(join(dir, 'campaigns')).sort();
      const edit = (path: string, from: RegExp, to: string) => {
        const text = readFileSync(join(dir, path), 'utf8');
        assert.match(text, from, path);
        writeFileSync(join(dir, path), text.replace(from, to));
      };
      edit(`campaigns/${briefs[10]}`, /^owner: (\S+)$/m, 'owner: $1x');
      edit(`campaigns/${briefs[20]}`, /^ {2}planned: \d+$/m, '  planned: 9000000');
      run = cached();
      assert.equal(run.stdout, plain().stdout, 'after two briefs changed');
      assert.match(run.stdout, /budget\/over-allocation/);
      edit('team.yaml', /^ {2}- id: (\S+)$/m, '  - id: $1-renamed');
      run = cached();
      assert.equal(run.stdout, plain().stdout, 'after the Team changed');
      assert.ok((run.stdout.match(/ref\/unknown-person/g) ?? []).length > 30, 'the renamed member is missed by many briefs');
    } finally {
      rmSync(cache, { force: true });
      rmSync(`${cache}.delta`, { force: true });
    }
  });

  it('finds the same on the reference playbook when made to use threads for it', () => {
    const one = check(REFERENCE, { MOPS_JOBS: '1' });
    const three = check(REFERENCE, { MOPS_JOBS: '3', MOPS_PARALLEL_MIN_BYTES: '0' });
    assert.match(three.stderr, /parsed on 3 threads\n/);
    assert.equal(three.stdout, one.stdout);
    assert.equal(JSON.parse(one.stdout).summary.errors, 0);
  });
});

describe('parallel parse sessions', () => {
  const files = Array.from({ length: 60 }, (_, i) => ({ path: `campaigns/b${i}.yaml`, text: `apiVersion: mops/v1\nkind: CampaignBrief\nid: b${i}\nname: ${'x'.repeat(4000)}\n` }));

  async function parseWith(script: string): Promise<string[]> {
    const start = parallelParser(3, { minBytes: 0, script });
    assert.ok(start);
    const session = start();
    files.forEach((f, i) => session.add(i, f.path, f.text));
    const parsed = new Map<number, ParsedFile>();
    await session.done((i, file) => parsed.set(i, file));
    return files.map((_, i) => String(parsed.get(i)?.documents[0]?.id));
  }

  it('parses every file on the workers and this thread, in any mix', async () => {
    assert.deepEqual(await parseWith(join(ROOT, 'dist', 'parse-worker.js')), files.map((_, i) => `b${i}`));
  });

  it('takes back the chunks of a worker that dies, and still parses every file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mops-dying-'));
    const script = join(dir, 'dies.cjs');
    writeFileSync(script, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    try {
      assert.deepEqual(await parseWith(script), files.map((_, i) => `b${i}`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
