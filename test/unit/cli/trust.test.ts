// Trust: nothing from a playbook repo is executed, and the CLI writes only where it is told to (--out,
// --out-dir, the baseline file, the cache), never through a symbolic link the repo planted there.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { cleanup, REFERENCE, ROOT, runCli, tempPlaybook } from '../../helpers';

/** Every entry under a folder (files with a hash of their bytes, links with their target, folders), by relative path. */
function snapshot(dir: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const abs = join(e.parentPath, e.name);
    const path = relative(dir, abs).split(sep).join('/');
    if (e.isSymbolicLink()) entries.set(path, `link → ${readlinkSync(abs)}`);
    else if (e.isDirectory()) entries.set(path, 'folder');
    else entries.set(path, createHash('sha1').update(readFileSync(abs)).digest('hex'));
  }
  return entries;
}

/** The paths added, removed or changed between two snapshots. */
function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((p) => before.get(p) !== after.get(p)).sort();
}

/** A world with the reference playbook in repo/ and a folder beside it that nothing may touch. */
function world(): { top: string; repo: string; victim: string } {
  const top = tempPlaybook({ 'victim/secret.txt': 'keep\n' });
  const repo = join(top, 'repo');
  cpSync(REFERENCE, repo, { recursive: true });
  return { top, repo, victim: join(top, 'victim') };
}

/** Every command that writes, with where it is allowed to write (relative to the world's top). */
const WRITERS: Array<{ argv: string[]; writes: RegExp }> = [
  { argv: ['check', '--format', 'json', '--output', 'out/check.json'], writes: /^repo\/out(\/check\.json)?$/ },
  { argv: ['check', '--format', 'sarif', '--output', 'check.sarif'], writes: /^repo\/check\.sarif$/ },
  { argv: ['check', '--cache'], writes: /^repo\/\.mopscache(\.delta)?$/ },
  { argv: ['check', '--cache-location', '../cache/mops'], writes: /^cache(\/mops(\.delta)?)?$/ },
  { argv: ['baseline', 'baseline.json'], writes: /^repo\/baseline\.json$/ },
  { argv: ['report', 'all', '.', '--out-dir', 'reports'], writes: /^repo\/reports(\/[\w.-]+)?$/ },
  { argv: ['report', 'pipeline', '--format', 'md', '--out', 'one/pipeline.md'], writes: /^repo\/one(\/pipeline\.md)?$/ },
];

describe('trust: what the CLI writes and runs', () => {
  after(cleanup);

  it('each command writes only the output it is given, and leaves no temporary file', async function () {
    this.timeout(60_000);
    const { top, repo } = world();
    for (const { argv, writes } of WRITERS) {
      const before = snapshot(top);
      const run = await runCli(argv, repo);
      assert.equal(run.code, 0, `${argv.join(' ')}: ${run.stderr}`);
      const changed = changes(before, snapshot(top));
      assert.ok(changed.length > 0, `${argv.join(' ')} wrote something`);
      for (const path of changed) assert.match(path, writes, `${argv.join(' ')} wrote ${path}`);
    }
    // A second cached check with one brief changed writes only the delta next to the cache.
    const brief = join(repo, 'campaigns', readdirSync(join(repo, 'campaigns')).find((f) => f.endsWith('.yaml')) as string);
    writeFileSync(brief, `${readFileSync(brief, 'utf8')}# edited\n`);
    const before = snapshot(top);
    assert.equal((await runCli(['check', '--cache'], repo)).code, 0);
    assert.deepEqual(changes(before, snapshot(top)), ['repo/.mopscache.delta']);
  });

  it('does not write through links the repo planted at its output paths', async function () {
    this.timeout(60_000);
    const { repo, victim } = world();
    writeFileSync(join(victim, 'target.txt'), 'target\n');
    symlinkSync('../victim/target.txt', join(repo, 'out.json'));
    symlinkSync('../victim/target.txt', join(repo, 'baseline.json'));
    symlinkSync('../victim/target.txt', join(repo, '.mopscache'));
    symlinkSync('../victim/target.txt', join(repo, '.mopscache.delta'));
    symlinkSync('../victim', join(repo, 'reports'));
    mkdirSync(join(repo, 'deep'));
    symlinkSync('../../victim', join(repo, 'deep', 'er'));
    const untouched = snapshot(victim);

    // A link at the output file is replaced by the output, not followed.
    for (const argv of [['check', '--format', 'json', '--output', 'out.json'], ['baseline', 'baseline.json'], ['check', '--cache'], ['check', '--cache']]) {
      const run = await runCli(argv, repo);
      assert.equal(run.code, 0, `${argv.join(' ')}: ${run.stderr}`);
    }
    assert.ok(lstatSync(join(repo, 'out.json')).isFile());
    assert.equal(JSON.parse(readFileSync(join(repo, 'out.json'), 'utf8')).summary.errors, 0);
    assert.ok(lstatSync(join(repo, 'baseline.json')).isFile());
    assert.ok(lstatSync(join(repo, '.mopscache')).isFile());

    // A linked folder on the way to an output is refused, with the link named, and nothing is written.
    for (const [argv, link] of [
      [['report', 'all', '.', '--out-dir', 'reports'], 'reports'],
      [['report', 'pipeline', '--out', 'reports/p.md'], 'reports'],
      [['check', '--output', 'deep/er/x.json'], join('deep', 'er')],
      [['baseline', 'deep/er/new/b.json'], join('deep', 'er')],
    ] as const) {
      const run = await runCli([...argv], repo);
      assert.equal(run.code, 2, `${argv.join(' ')} is refused`);
      assert.ok(run.stderr.includes(`${link} is a symbolic link`), run.stderr);
    }
    assert.deepEqual(changes(untouched, snapshot(victim)), []);
    assert.equal(readFileSync(join(victim, 'target.txt'), 'utf8'), 'target\n');
  });

  it("a playbook's config cannot send reports outside the playbook", async () => {
    const { top, repo } = world();
    const config = readFileSync(join(repo, 'mops.config.yaml'), 'utf8');
    for (const outDir of ['../victim', '/tmp/mops-escape', 'a/../../victim']) {
      writeFileSync(join(repo, 'mops.config.yaml'), `${config}reports:\n  out_dir: ${JSON.stringify(outDir)}\n`);
      const before = snapshot(top);
      const run = await runCli(['report', 'all', '.'], repo);
      assert.equal(run.code, 2, run.stdout);
      assert.match(run.stderr, /out_dir' must be a folder inside the playbook/);
      assert.deepEqual(changes(before, snapshot(top)), []);
    }
    assert.equal(existsSync('/tmp/mops-escape'), false);
  });

  it('never reads a cache through a link', async () => {
    const { repo, victim } = world();
    // A planted cache that would say "no findings" for a broken brief, reached through a link.
    const brief = 'campaigns/broken.yaml';
    writeFileSync(join(repo, brief), 'apiVersion: mops/v1\nkind: CampaignBrief\nid: nope\n');
    assert.equal((await runCli(['check', '--cache-location', '../victim/real'], repo)).code, 1);
    symlinkSync('../victim/real', join(repo, '.mopscache'));
    const run = await runCli(['check', '--cache', '--format', 'json'], repo, { MOPS_CACHE_REPORT: '1' });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /the cache gave the findings of 0 files/);
    assert.ok(existsSync(join(victim, 'real')));
  });

  it('runs nothing from the workspace: no plugins, custom rules, scripts or language-specific YAML tags', async () => {
    const { repo, top } = world();
    const marker = join(top, 'executed');
    const evil = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = {};\n`;
    for (const path of ['evil.js', 'rules/custom.js', '.mops/rules/custom.js', 'node_modules/mops-plugin-evil/index.js', 'mops.config.js', '.mopsrc.js']) {
      mkdirSync(join(repo, path, '..'), { recursive: true });
      writeFileSync(join(repo, path), evil);
    }
    writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'evil', scripts: { preinstall: evil, mops: evil }, mops: { plugins: ['./evil.js'] } }));
    const config = readFileSync(join(repo, 'mops.config.yaml'), 'utf8');
    writeFileSync(join(repo, 'mops.config.yaml'), `${config}plugins: [./evil.js, mops-plugin-evil]\ncustomRules: ./rules/custom.js\n`);
    writeFileSync(
      join(repo, 'campaigns', 'tags.yaml'),
      `apiVersion: mops/v1\nkind: CampaignBrief\nid: !!js/function "function () { require('fs').writeFileSync('${marker}', 'ran') }"\nname: !<tag:yaml.org,2002:js/undefined> ''\nowner: !!python/object/apply:os.system ["touch ${marker}"]\n`,
    );
    for (const argv of [['check', '--format', 'json'], ['report', 'all', '.', '--out-dir', 'reports'], ['baseline', 'b.json'], ['rules'], ['explain', 'brief/owner-known']]) {
      const run = await runCli(argv, repo);
      assert.notEqual(run.stderr.includes('internal error'), true, run.stderr);
    }
    const run = await runCli(['check', '--format', 'json'], repo);
    const rules = new Set((JSON.parse(run.stdout).findings as Array<{ file: string; rule: string }>).filter((f) => f.file === 'mops.config.yaml').map((f) => f.rule));
    assert.ok(rules.size > 0, 'the unknown config keys are reported, not acted on');
    assert.equal(existsSync(marker), false, 'a workspace file was executed');
  });

  it('the sources load no code by a computed name and start no process but git', () => {
    const allowed: Record<string, RegExp> = {
      'src/cli/git.ts': /child_process/,
      'src/cli/parallel-parse.ts': /new Worker\(this\.script/,
      'src/cli/stamps.ts': /new Worker\(script\)/,
      // The web extension's language server: mops's own dist/web/server.js (or a blob of that same file).
      'src/extension/server/server-browser.ts': /new Worker\(url\)/,
    };
    const risky = /\brequire\(|\bimport\(|\beval\(|new Function\b|node:vm|child_process|new Worker\(|process\.dlopen/;
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
        const path = `${dir}/${e.name}`;
        if (e.isDirectory()) walk(path);
        else if (path.endsWith('.ts') && !path.startsWith('src/core/generated/')) {
          readFileSync(join(ROOT, path), 'utf8')
            .split('\n')
            .forEach((line, i) => {
              const code = line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
              if (risky.test(code) && !allowed[path]?.test(code) && !/^\s*(\/\/|\*)/.test(code)) found.push(`${path}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    walk('src');
    assert.deepEqual(found, []);
    // git is started with fixed arguments and no shell.
    const git = readFileSync(join(ROOT, 'src/cli/git.ts'), 'utf8');
    assert.doesNotMatch(git, /shell:\s*true|\bexec\(|execSync\(/);
  });
});
