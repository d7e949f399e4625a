// Checking before a commit: `mops init --hooks` installs a git pre-commit hook that checks the playbook as staged,
// and .pre-commit-hooks.yaml offers the same check to the pre-commit framework. Real repositories, real commits.

import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { cleanup, readTree, REFERENCE, ROOT, runCli, tempPlaybook } from '../../helpers';

const GIT = ['-c', 'user.name=x', '-c', 'user.email=y', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', '-c', 'core.autocrlf=false'];
const FRIDAY = 'campaigns/2026q4-na-email-black-friday.yaml';

/** A folder holding a `mops` command that runs this checkout's CLI, as an installed mops would be on the PATH. */
function mopsOnPath(): string {
  const bin = tempPlaybook({ mops: `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'mops.js')}" "$@"\n` });
  chmodSync(join(bin, 'mops'), 0o755);
  return bin;
}

/** The folders of git and sh only: a PATH on which no mops is found. */
function pathWithoutMops(): string {
  const dirs = ['git', 'sh', 'mktemp', 'xargs'].map((tool) => dirname(spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim()));
  return [...new Set(dirs)].join(':');
}

interface Repo {
  top: string;
  git(...args: string[]): { status: number | null; out: string };
  write(path: string, text: string): void;
  edit(path: string, from: string, to: string): void;
}

/** A repository whose first commit holds the reference playbook (in `sub` when given), hooks run with `path` as PATH. */
function repo(sub = '', path = `${mopsOnPath()}:${process.env.PATH}`): Repo {
  const top = tempPlaybook({});
  const root = join(top, sub);
  for (const [file, text] of Object.entries(readTree(REFERENCE))) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const r: Repo = {
    top,
    git: (...args) => {
      const result = spawnSync('git', [...GIT, ...args], { cwd: top, encoding: 'utf8', env: { ...process.env, PATH: path } });
      return { status: result.status, out: `${result.stdout}${result.stderr}` };
    },
    write: (file, text) => {
      mkdirSync(dirname(join(top, file)), { recursive: true });
      writeFileSync(join(top, file), text);
    },
    edit: (file, from, to) => {
      const text = readFileSync(join(top, file), 'utf8');
      assert.ok(text.includes(from), `${file} holds ${from}`);
      r.write(file, text.replace(from, to));
    },
  };
  r.git('init', '-q');
  r.git('add', '-A');
  assert.equal(r.git('commit', '-q', '--no-verify', '-m', 'base').status, 0);
  return r;
}

const head = (r: Repo) => r.git('rev-parse', 'HEAD').out.trim();

describe('mops init --hooks (a plain git pre-commit hook)', () => {
  afterEach(cleanup);

  it('installs an executable hook; a commit with a broken brief is refused, naming file, line and rule; the fixed one is accepted', async function () {
    this.timeout(60_000);
    const r = repo();
    const run = await runCli(['init', '--hooks'], r.top);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.stdout,
      `Installed the mops pre-commit hook in .git/hooks/pre-commit.\nEach commit now checks the staged YAML files of the playbook as staged, and is refused on errors; git commit --no-verify skips it once.\n`,
    );
    assert.equal(statSync(join(r.top, '.git', 'hooks', 'pre-commit')).mode & 0o111, 0o111);

    r.edit(FRIDAY, 'status: active', 'status: actve');
    r.write('notes.txt', 'not YAML, not checked\n');
    r.git('add', '-A');
    const before = head(r);
    const refused = r.git('commit', '-q', '-m', 'broken');
    assert.notEqual(refused.status, 0);
    assert.match(refused.out, new RegExp(`${FRIDAY.replace(/\./g, '\\.')}\\n\\s+7:9\\s+error\\s.*schema/enum`));
    assert.match(refused.out, /mops pre-commit hook: commit refused; fix the problems above and stage the fix/);
    assert.equal(head(r), before, 'nothing committed');

    r.edit(FRIDAY, 'status: actve', 'status: active');
    r.git('add', '-A');
    const accepted = r.git('commit', '-q', '-m', 'fixed');
    assert.equal(accepted.status, 0, accepted.out);
    assert.notEqual(head(r), before);
  });

  it('checks what is staged, not what is on disk', async function () {
    this.timeout(60_000);
    const r = repo();
    assert.equal((await runCli(['init', '--hooks'], r.top)).code, 0);
    // Broken and staged, fixed on disk but not staged: the commit would hold the broken file.
    r.edit(FRIDAY, 'status: active', 'status: actve');
    r.git('add', FRIDAY);
    r.edit(FRIDAY, 'status: actve', 'status: active');
    assert.notEqual(r.git('commit', '-q', '-m', 'broken in the index').status, 0);
    // Clean and staged, broken on disk only: the commit holds the clean file.
    r.edit(FRIDAY, 'objective: Drive', 'objective: Drives');
    r.git('add', FRIDAY);
    r.edit(FRIDAY, 'status: active', 'status: actve');
    const accepted = r.git('commit', '-q', '-m', 'clean in the index');
    assert.equal(accepted.status, 0, accepted.out);
  });

  it('for a playbook in a folder of the repository: its staged YAML only, not the other YAML of the repository', async function () {
    this.timeout(60_000);
    const r = repo('ops/playbook');
    const run = await runCli(['init', '--hooks', 'ops/playbook'], r.top);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /of the playbook in ops\/playbook\/ as staged/);
    // YAML outside the playbook (it would be another playbook root for mops) does not stop a commit.
    r.write('docker-compose.yml', 'services: {}\n');
    r.edit(`ops/playbook/${FRIDAY}`, 'objective: Drive', 'objective: Drives');
    r.git('add', '-A');
    assert.equal(r.git('commit', '-q', '-m', 'fine').status, 0);
    r.edit(`ops/playbook/${FRIDAY}`, 'status: active', 'status: actve');
    r.git('add', '-A');
    const refused = r.git('commit', '-q', '-m', 'broken');
    assert.notEqual(refused.status, 0);
    assert.match(refused.out, /schema\/enum/);
  });

  it('refuses the commit, and says so, when no mops is installed', async function () {
    this.timeout(60_000);
    const path = pathWithoutMops();
    assert.notEqual(spawnSync('sh', ['-c', 'command -v mops'], { env: { PATH: path } }).status, 0, 'no mops on that PATH');
    const r = repo('', path);
    assert.equal((await runCli(['init', '--hooks'], r.top)).code, 0);
    r.edit(FRIDAY, 'objective: Drive', 'objective: Drives');
    r.git('add', '-A');
    const refused = r.git('commit', '-q', '-m', 'unchecked');
    assert.notEqual(refused.status, 0);
    assert.match(refused.out, /^mops pre-commit hook: mops is not installed here \(the playbook's README says how\); commit refused\. Skip the check once: git commit --no-verify$/m);
  });

  it('keeps an existing hook unless --force, and then keeps it as pre-commit.bak; a second install changes nothing', async () => {
    const r = repo();
    const hook = join(r.top, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho ours\n');
    const refused = await runCli(['init', '--hooks'], r.top);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, 'mops: Nothing written: .git/hooks/pre-commit already exists (another pre-commit hook). Run mops init --hooks --force to replace it; it is kept as pre-commit.bak first.\n');
    assert.equal(readFileSync(hook, 'utf8'), '#!/bin/sh\necho ours\n');

    const forced = await runCli(['init', '--hooks', '--force'], r.top);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(forced.stdout, /^Installed the mops pre-commit hook in \.git\/hooks\/pre-commit \(the old one is kept as pre-commit\.bak\)\.\n/);
    assert.equal(readFileSync(`${hook}.bak`, 'utf8'), '#!/bin/sh\necho ours\n');
    assert.match(readFileSync(hook, 'utf8'), /^#!\/bin\/sh\n# mops pre-commit hook/);

    const again = await runCli(['init', '--hooks', '--force'], r.top);
    assert.equal(again.code, 0);
    assert.equal(again.stdout, 'The mops pre-commit hook is already installed in .git/hooks/pre-commit.\n');
    assert.ok(!existsSync(`${hook}.bak.1`), 'no second backup');
  });

  it('usage errors: no git repository, no playbook root, --name with --hooks', async () => {
    const plain = tempPlaybook(readTree(REFERENCE));
    const noGit = await runCli(['init', '--hooks'], plain);
    assert.equal(noGit.code, 2);
    assert.equal(noGit.stderr, 'mops: . is not in a git repository: run git init there first, then mops init --hooks.\n');
    const r = repo();
    const noRoot = await runCli(['init', '--hooks', 'campaigns'], r.top);
    assert.equal(noRoot.code, 2);
    assert.match(noRoot.stderr, /^mops: campaigns holds no mops\.config\.yaml: the hook checks the playbook whose root holds it\./);
    const named = await runCli(['init', '--hooks', '--name', 'Acme'], r.top);
    assert.equal(named.code, 2);
    assert.match(named.stderr, /--name names a new scaffold; mops init --hooks writes none/);
  });
});

describe('.pre-commit-hooks.yaml (the pre-commit framework)', () => {
  afterEach(cleanup);

  interface Hook {
    id: string;
    name: string;
    entry: string;
    language: string;
    files: string;
    pass_filenames: boolean;
    require_serial: boolean;
  }
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

  it('declares mops-check: mops check on the YAML files, all in one run, installed with node', () => {
    assert.deepEqual(
      hooks.map(({ id, entry, language, files, pass_filenames, require_serial }) => ({ id, entry, language, files, pass_filenames, require_serial })),
      [{ id: 'mops-check', entry: 'mops check', language: 'node', files: '\\.ya?ml$', pass_filenames: true, require_serial: true }],
    );
    // What npm installs for language: node is this package, whose `mops` command is the entry's.
    assert.equal(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.mops, 'bin/mops.js');
  });

  it("npm pack prints only the tarball's name, which pre-commit installs (the repository's .npmrc keeps the prepare banner off stdout)", function () {
    this.timeout(60_000);
    // A package with a prepare script, as mops is, packed with and without the repository's npm settings.
    const pack = (npmrc: boolean) => {
      const dir = tempPlaybook({ 'package.json': JSON.stringify({ name: 't', version: '1.0.0', scripts: { prepare: 'node -e 0' } }), ...(npmrc ? { '.npmrc': readFileSync(join(ROOT, '.npmrc'), 'utf8') } : {}) });
      return spawnSync('npm', ['pack', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8' }).stdout;
    };
    assert.equal(pack(true), 't-1.0.0.tgz\n');
    assert.match(pack(false), /^> t@1\.0\.0 prepare\n/m, 'this npm prints the banner on stdout by default');
  });

  it('run as the framework runs it (the staged files its pattern selects, after the entry) refuses a broken brief and passes a clean one', async function () {
    this.timeout(60_000);
    const hook = hooks[0];
    const r = repo();
    const entry = hook.entry.split(' ');
    const runHook = () => {
      const staged = r.git('diff', '--cached', '--name-only').out.split('\n').filter((f) => f && new RegExp(hook.files).test(f));
      assert.equal(entry[0], 'mops');
      return spawnSync(process.execPath, [join(ROOT, 'bin', 'mops.js'), ...entry.slice(1), ...staged], { cwd: r.top, encoding: 'utf8' });
    };
    r.edit(FRIDAY, 'status: active', 'status: actve');
    r.write('README.md', '# not YAML: left out by the pattern\n');
    r.write('.github/workflows/ci.yml', 'on: push\n');
    r.git('add', '-A');
    const refused = runHook();
    assert.equal(refused.status, 1, refused.stderr);
    assert.match(refused.stdout, /schema\/enum/);
    r.edit(FRIDAY, 'status: actve', 'status: active');
    r.edit(FRIDAY, 'objective: Drive', 'objective: Drives');
    r.git('add', '-A');
    const passed = runHook();
    assert.equal(passed.status, 0, `${passed.stdout}${passed.stderr}`);
    assert.match(passed.stdout, /^2 files checked: no problems\.$/m);
  });
});
