// The parallel parse and the cache give exactly the findings of the plain check: the real CLI (dist/, with
// its worker bundles) run on one thread and on several, and with a cache cold, warm and after changes, on
// the reference playbook and on generated repos with seeded defects in every folder layout of the bench,
// must print the same JSON. And while parsing, no brief is checked before the Team and workflows it refers
// to are indexed, whatever the layout.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, LAYOUTS, type Layout } from '../../../bench/generate.mjs';
import { nodeFileSystem } from '../../../src/cli/node-fs';
import { parallelParser } from '../../../src/cli/parallel-parse';
import { KindCounts, loadPlaybook, parseFile, RULES, type ParsedFile, type ParseSession, type Rule } from '../../../src/core';
import { sniffKinds } from '../../../src/core/engine/early-checks';
import { REFERENCE, ROOT } from '../../helpers';

const layouts = Object.keys(LAYOUTS) as Layout[];

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

  for (const layout of layouts) {
    it(`finds the same on one thread and on two in the ${layout} layout`, () => {
      const repo = mkdtempSync(join(tmpdir(), `mops-${layout}-`));
      try {
        // 400 briefs (about 0.8 MB, threads made to start at once), 12 of them with seeded defects.
        generate(repo, { briefs: 400, seed: 11, defects: 12, reference: REFERENCE, layout });
        const one = check(repo, { MOPS_JOBS: '1' });
        const two = check(repo, { MOPS_JOBS: '2', MOPS_PARALLEL_MIN_BYTES: '0' });
        assert.match(two.stderr, /parsed on 2 threads\n/);
        assert.equal(one.status, 1);
        const rules = new Set((JSON.parse(one.stdout).findings as Array<{ rule: string }>).map((f) => f.rule));
        for (const rule of ['ref/unknown-person', 'ref/unknown-stage', 'utm/case']) assert.ok(rules.has(rule), rule);
        assert.equal(two.stdout, one.stdout);
      } finally {
        rmSync(repo, { recursive: true, force: true });
      }
    });
  }

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

describe('checks while parsing, whatever the folder layout', function () {
  this.timeout(60_000);

  /**
   * A parse session like a worker that parses one file at a time while the loader checks all it may between
   * two files: in the order they were read (no reordering of its own), or the rarest kinds first (the
   * order of the CLI's sessions).
   */
  const oneByOne = (order: 'read' | 'rarest') => (): ParseSession => {
    const files: Array<{ index: number; path: string; text: string; kinds?: readonly string[] }> = [];
    const counts = new KindCounts();
    return {
      add(index, path, text, kinds) {
        files.push({ index, path, text, kinds });
        if (kinds) counts.add(kinds);
      },
      async done(parsed, idle) {
        const rank = (kinds?: readonly string[]) => counts.rank(kinds ?? []);
        for (const { index, path, text } of order === 'read' ? files : [...files].sort((a, b) => rank(a.kinds) - rank(b.kinds))) {
          parsed(index, parseFile(path, text));
          while (idle?.());
        }
      },
    };
  };

  for (const [layout, order] of layouts.flatMap((l) => [[l, 'read'] as const, [l, 'rarest'] as const])) {
    it(`checks briefs after the Team and workflows are indexed, and each file once but the first of a kind: ${layout} layout, parsed in ${order === 'read' ? 'reading order' : 'rarest kinds first'}`, async () => {
      const repo = mkdtempSync(join(tmpdir(), `mops-order-${layout}-`));
      try {
        generate(repo, { briefs: 100, seed: 3, reference: REFERENCE, layout });
        const checks = new Map<string, { kind: string; count: number }>();
        const early: string[] = [];
        const spy: Rule = {
          id: 'test/spy',
          severity: 'info',
          description: 'Counts the checks of each file, and notes the briefs checked before the Team or the campaign workflow was indexed.',
          scope: 'document',
          check(ctx) {
            if (ctx.doc !== ctx.file.documents[0]) return;
            const seen = checks.get(ctx.file.path) ?? { kind: String(ctx.doc.kind), count: 0 };
            checks.set(ctx.file.path, { ...seen, count: seen.count + 1 });
            if (ctx.doc.kind !== 'Brief') return;
            if (ctx.index.all('Team').length === 0 || ctx.index.byId('Workflow', 'campaign').length === 0) early.push(ctx.file.path);
          },
        };
        const workspace = await loadPlaybook(nodeFileSystem(repo), { rules: [...RULES, spy], parser: oneByOne(order), checkWhileParsing: true });
        const findings = workspace.paths().flatMap((path) => workspace.findings(path));
        assert.deepEqual(findings, [], 'the generated repo checks clean');
        assert.deepEqual(early, [], 'briefs checked before the Team and the campaign workflow were indexed');
        assert.equal([...checks.values()].filter((c) => c.kind === 'Brief').length, 104, 'the generated briefs and the reference playbook\'s');
        // The first Tool checked reads every tool, and the Budget every brief, before they are all indexed:
        // they are checked again, and teach the loader to let the other tools wait for the rest.
        const again = [...checks].filter(([, c]) => c.count > 1).map(([, c]) => c.kind);
        assert.deepEqual(again, [...new Set(again)], 'more than one file of a kind checked twice');
      } finally {
        rmSync(repo, { recursive: true, force: true });
      }
    });
  }

  it('parses the files of the rarest kinds first once every file is read, the largest first within a rank', async () => {
    // No worker starts below the size threshold: this thread parses the queue in its order.
    const start = parallelParser(2, { minBytes: Number.POSITIVE_INFINITY, script: join(ROOT, 'dist', 'parse-worker.js') });
    assert.ok(start);
    const session = start();
    const file = (kind: string, id: string) => `apiVersion: mops/v1\nkind: ${kind}\nid: ${id}\n`;
    const read: Array<[string, string]> = [
      ['b1.yaml', file('Brief', 'b1')],
      ['b2.yaml', `${file('Brief', 'b2')}title: ${'x'.repeat(100)}\n`],
      ['team.yaml', file('Team', 'marketing')],
      ['b3.yaml', file('Brief', 'b3')],
      ['tools.yaml', `${file('Tool', 't1')}---\n${file('Tool', 't2')}`],
      ['workflow.yaml', file('Workflow', 'campaign')],
    ];
    read.forEach(([path, text], i) => session.add(i, path, text, sniffKinds(text)));
    const order: string[] = [];
    await session.done((i) => order.push(read[i][0]));
    // One Team and one Workflow: the same rank, the longer text first.
    assert.deepEqual(order, ['workflow.yaml', 'team.yaml', 'tools.yaml', 'b2.yaml', 'b1.yaml', 'b3.yaml']);
  });

  it('sniffs the kinds of a file\'s documents from the lines that start with kind:', () => {
    assert.deepEqual(sniffKinds('kind: Team\nid: x\n'), ['Team']);
    assert.deepEqual(sniffKinds('# a register\napiVersion: mops/v1\nkind: Tool # one\n---\nkind: "Tool"\r\n---\nkind: \'Sop\''), ['Tool', 'Tool', 'Sop']);
    assert.deepEqual(sniffKinds('apiVersion: mops/v1\nmembers:\n  kind: nested\n'), []);
    assert.deepEqual(sniffKinds('{kind: Team}\n'), []);
  });
});
