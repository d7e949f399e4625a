// The mops GitHub Action (action.yml): valid against the action metadata schema, and its composite steps run here
// by a local runner on real git clones of a playbook with a pull request's history. What cannot run offline is
// faked at its boundary: actions/setup-node is recorded, upload-sarif receives the file (checked as SARIF), and
// github-script's comment script runs against a fake GitHub API.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { validateAction } from '@action-validator/core';
import { stringify } from 'yaml';
import { cleanup, readTree, REFERENCE, ROOT, tempPlaybook } from '../../helpers';
import { readAction, runAction, type ActionRun, type StepRecord } from './action-runner';

const ACTION = join(ROOT, 'action.yml');
const action = readAction(ACTION);
const GIT = ['-c', 'user.name=x', '-c', 'user.email=y', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', '-c', 'core.autocrlf=false', '-c', 'protocol.file.allow=always'];
const HUBSPOT = 'martech/hubspot.yaml';
const FRIDAY = 'campaigns/2026q4-na-email-black-friday.yaml';

const git = (cwd: string, ...args: string[]) => execFileSync('git', [...GIT, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString();

/** An origin whose main holds the reference playbook (changed by `base`), and a clone on a pull request's merge. */
function pullRequest(change: (root: string) => void, { base = (_root: string) => undefined as void, shallow = true } = {}): string {
  const origin = tempPlaybook(readTree(REFERENCE));
  base(origin);
  git(origin, 'init', '-q');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'base');
  git(origin, 'checkout', '-q', '-b', 'pr');
  change(origin);
  git(origin, 'commit', '-q', '-am', 'the change');
  const clone = tempPlaybook({});
  // actions/checkout's default: one commit deep, the pull request's head only; the base branch is not fetched.
  git(clone, 'clone', '-q', ...(shallow ? ['--depth=1', '--single-branch'] : ['--no-single-branch']), '--branch=pr', `file://${origin}`, '.');
  return clone;
}

const edit = (root: string, path: string, from: string, to: string) => {
  const text = readFileSync(join(root, path), 'utf8');
  assert.ok(text.includes(from), `${path} holds ${from}`);
  writeFileSync(join(root, path), text.replace(from, to));
};

interface Fakes {
  uses: string[];
  sarif: Array<{ runs: Array<{ results: Array<{ ruleId: string }> }> }>;
  comments: string[];
}

/** Runs the action in `clone` on a pull_request event, as the repository's own branch (or a fork's). */
async function run(clone: string, inputs: Record<string, string> = {}, { fork = false, existing = [] as Array<{ id: number; body: string; user: { type: string } }>, event = 'pull_request', actionPath = ROOT } = {}): Promise<ActionRun & Fakes & { summary: string; temp: string }> {
  const temp = tempPlaybook({ 'summary.md': '' });
  const fakes: Fakes = { uses: [], sarif: [], comments: [] };
  const result = await runAction(action, {
    cwd: clone,
    actionPath,
    inputs,
    contexts: {
      runner: { temp },
      github: {
        token: 'a-token',
        event_name: event,
        base_ref: event === 'pull_request' ? 'main' : '',
        repository: 'acme/playbook',
        event: event === 'pull_request' ? { pull_request: { head: { repo: { full_name: fork ? 'someone/playbook' : 'acme/playbook' } } } } : {},
      },
    },
    env: { GITHUB_STEP_SUMMARY: join(temp, 'summary.md') },
    uses: async (uses, withs, env) => {
      fakes.uses.push(uses.replace(/@.*/, ''));
      if (uses.startsWith('github/codeql-action/upload-sarif@')) {
        assert.equal(withs.category, 'mops');
        fakes.sarif.push(JSON.parse(readFileSync(withs.sarif_file, 'utf8')));
      } else if (uses.startsWith('actions/github-script@')) {
        assert.equal(withs['github-token'], 'a-token');
        fakes.comments.push(...(await runScript(withs.script, env, existing)));
      } else {
        assert.equal(uses, 'actions/setup-node@v4');
        assert.equal(withs['node-version'], '20');
      }
    },
  });
  return { ...result, ...fakes, summary: readFileSync(join(temp, 'summary.md'), 'utf8'), temp };
}

/** The comment step's script, run against a fake GitHub API that records what it is asked to do. */
async function runScript(script: string, env: Record<string, string>, existing: Array<{ id: number; body: string; user: { type: string } }>): Promise<string[]> {
  const calls: string[] = [];
  const github = {
    paginate: async (_list: unknown, params: { issue_number: number }) => (params.issue_number === 7 ? existing : []),
    rest: {
      issues: {
        listComments: {},
        createComment: async (p: { issue_number: number; body: string }) => calls.push(`create #${p.issue_number}: ${p.body}`),
        updateComment: async (p: { comment_id: number; body: string }) => calls.push(`update ${p.comment_id}: ${p.body}`),
      },
    },
  };
  const context = { repo: { owner: 'acme', repo: 'playbook' }, issue: { number: 7 } };
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;
    await new AsyncFunction('require', 'github', 'context', script)(require, github, context);
  } finally {
    for (const key of Object.keys(env)) if (saved[key] === undefined) delete process.env[key];
    Object.assign(process.env, saved);
  }
  return calls;
}

const outcomes = (steps: StepRecord[]) => steps.map((s) => `${s.name}: ${s.outcome}`);
const step = (result: ActionRun, name: string) => result.steps.find((s) => s.name === name)!;

describe('the mops GitHub Action (action.yml)', () => {
  afterEach(cleanup);

  it('is valid against the action metadata schema, and the validator is no rubber stamp', () => {
    assert.deepEqual(validateAction(readFileSync(ACTION, 'utf8')).errors, []);
    assert.equal(action.runs.using, 'composite');
    // A run step without its shell, a misspelt key, and no description: each refused.
    const broken = structuredClone(action);
    delete broken.runs.steps[1].shell;
    assert.ok(validateAction(stringify(broken)).errors.length > 0);
    assert.ok(validateAction(readFileSync(ACTION, 'utf8').replace('runs:\n', 'rnus:\n')).errors.length > 0);
    assert.ok(validateAction(readFileSync(ACTION, 'utf8').replace(/^description: .*\n/m, '')).errors.length > 0);
  });

  it('takes its inputs into scripts through env: only, and the README documents each one', () => {
    const scripts = action.runs.steps.filter((s) => s.run !== undefined);
    assert.ok(scripts.length >= 3);
    for (const s of scripts) assert.ok(!s.run!.includes('${{'), `${s.name}: no expression inside the script`);
    // Every input is used by some step.
    const text = readFileSync(ACTION, 'utf8');
    for (const name of Object.keys(action.inputs)) assert.match(text, new RegExp(`\\$\\{\\{ inputs\\.${name} \\}\\}|inputs\\.${name} [!=]=`), `input ${name} is used`);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('| input | default | what it does |');
    assert.ok(start > 0, 'the README has the table of inputs');
    const rows = readme.slice(start, readme.indexOf('\n\n', start)).split('\n').slice(2);
    const table = rows.map((row) => /^\| `([\w-]+)` \| (?:`([^`]+)`|none) \| \S/.exec(row)).map((m) => [m?.[1], m?.[2] ?? '']);
    assert.deepEqual(table, Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']));
  });

  it('on a pull request: checks (clean), uploads SARIF, fetches the base a shallow clone lacks, and comments what the change does, updating its own comment', async function () {
    this.timeout(60_000);
    const clone = pullRequest((root) => edit(root, HUBSPOT, 'annual: 36000', 'annual: 30000'));
    assert.throws(() => git(clone, 'rev-parse', '--verify', 'origin/main'), 'the shallow clone has no base branch');
    const result = await run(clone);
    assert.equal(result.failed, false, JSON.stringify(result.steps, null, 1));
    assert.deepEqual(outcomes(result.steps), [
      'Set up Node.js: ran',
      'Install mops: success',
      'mops check: success',
      'Upload SARIF to code scanning: ran',
      'mops report diff: success',
      'Comment on the pull request: ran',
      'Verdict: skipped',
    ]);
    assert.match(step(result, 'Install mops').stdout, /^mops is built already/);
    assert.equal(step(result, 'mops check').stdout, '', 'no annotation for a clean playbook');
    assert.deepEqual(result.sarif[0].runs[0].results, []);
    const diff = readFileSync(result.outputs['diff-report'], 'utf8');
    assert.match(diff, /^## Playbook changes compared with origin\/main\n/);
    // 90,000 − 36,000 + 30,000 = 84,000.
    assert.match(diff, /^Annual cost of the tools not retired: 90,000 → 84,000 USD \(-6,000\)\.$/m);
    assert.equal(result.outputs['sarif-file'], join(result.temp, 'mops.sarif'));
    assert.equal(result.summary.split('## mops check').length, 2, 'one check summary, not one per format');
    assert.ok(result.summary.endsWith(`${diff}\n`));
    const body = `<!-- mops report diff -->\n${diff}`;
    assert.deepEqual(result.comments, [`create #7: ${body}`]);

    const mine = { id: 42, body: '<!-- mops report diff -->\nold', user: { type: 'Bot' } };
    const someone = { id: 41, body: '<!-- mops report diff -->\nquoted by a person', user: { type: 'User' } };
    const again = await run(clone, {}, { existing: [someone, mine] });
    assert.deepEqual(again.comments, [`update 42: ${body}`]);
  });

  it('a change that breaks a brief: annotations, SARIF and the comment all the same, then the action fails', async function () {
    this.timeout(60_000);
    const clone = pullRequest((root) => edit(root, FRIDAY, 'status: active', 'status: actve'));
    const result = await run(clone);
    assert.equal(result.failed, true);
    assert.deepEqual(outcomes(result.steps).slice(2), [
      'mops check: success',
      'Upload SARIF to code scanning: ran',
      'mops report diff: success',
      'Comment on the pull request: ran',
      'Verdict: failure',
    ]);
    assert.match(step(result, 'mops check').stdout, new RegExp(`^::error file=${FRIDAY},line=7,col=9,endLine=7,endColumn=14,title=schema/enum::`, 'm'));
    assert.deepEqual(result.sarif[0].runs[0].results.map((r) => r.ruleId), ['schema/enum']);
    assert.match(result.comments[0], /schema\/enum/);
    assert.match(step(result, 'Verdict').stderr, /^mops: the playbook check failed/);
  });

  it('a pull request from a fork, and a push: no comment (a fork has a read-only token; a push has no pull request)', async function () {
    this.timeout(60_000);
    const clone = pullRequest((root) => edit(root, HUBSPOT, 'annual: 36000', 'annual: 30000'));
    const fork = await run(clone, {}, { fork: true });
    assert.deepEqual(outcomes(fork.steps).slice(4), ['mops report diff: success', 'Comment on the pull request: skipped', 'Verdict: skipped']);
    assert.deepEqual(fork.comments, []);
    const push = await run(clone, {}, { event: 'push' });
    assert.deepEqual(outcomes(push.steps).slice(4), ['mops report diff: skipped', 'Comment on the pull request: skipped', 'Verdict: skipped']);
    assert.equal(push.outputs['diff-report'], '');
  });

  it('fail-on: warning fails on a warning that fail-on: error lets pass; sarif and comment off leave their steps out', async function () {
    this.timeout(60_000);
    const clone = pullRequest((root) => edit(root, HUBSPOT, 'last_review: 2026-10-01', 'last_review: 2025-01-01'));
    const lenient = await run(clone, { sarif: 'false', comment: 'false' });
    assert.equal(lenient.failed, false);
    assert.match(step(lenient, 'mops check').stdout, /^::warning file=martech\/hubspot\.yaml,.*title=martech\/review-overdue::/m);
    assert.deepEqual(outcomes(lenient.steps).slice(3), ['Upload SARIF to code scanning: skipped', 'mops report diff: skipped', 'Comment on the pull request: skipped', 'Verdict: skipped']);
    assert.deepEqual([lenient.sarif, lenient.comments, lenient.outputs['sarif-file']], [[], [], '']);
    const strict = await run(clone, { 'fail-on': 'warning', sarif: 'false', comment: 'false' });
    assert.equal(strict.failed, true);
    assert.equal(step(strict, 'Verdict').outcome, 'failure');
  });

  it('baseline and changed-since reach the check: a finding the base already had passes with either', async function () {
    this.timeout(60_000);
    const broken = (root: string) => edit(root, FRIDAY, 'status: active', 'status: actve');
    const clone = pullRequest((root) => edit(root, HUBSPOT, 'annual: 36000', 'annual: 30000'), { base: broken, shallow: false });
    const plain = await run(clone, { sarif: 'false', comment: 'false' });
    assert.equal(plain.failed, true);
    const since = await run(clone, { 'changed-since': 'origin/main', sarif: 'false', comment: 'false' });
    assert.equal(since.failed, false, step(since, 'mops check').stderr);
    assert.equal(step(since, 'mops check').stdout, '');
    assert.match(since.summary, /Changes since `origin\/main`/);
    execFileSync(process.execPath, [join(ROOT, 'bin', 'mops.js'), 'baseline', 'mops-baseline.json'], { cwd: clone });
    const baseline = await run(clone, { baseline: 'mops-baseline.json', sarif: 'false', comment: 'false' });
    assert.equal(baseline.failed, false, step(baseline, 'mops check').stderr);
    assert.match(step(baseline, 'mops check').stderr, /the baseline mops-baseline\.json absorbed 1 finding/);
  });

  it('an input is data, never code: a path holding shell syntax is a path that does not exist (exit 2), and a bad fail-on is refused', async function () {
    this.timeout(60_000);
    const clone = pullRequest((root) => edit(root, HUBSPOT, 'annual: 36000', 'annual: 30000'));
    const hostile = await run(clone, { path: '$(touch pwned)"; touch pwned; "`touch pwned`' });
    assert.equal(hostile.failed, true);
    assert.ok(!existsSync(join(clone, 'pwned')), 'nothing ran');
    const check = step(hostile, 'mops check');
    assert.equal(check.status, 2);
    assert.match(check.stderr, /\$\(touch pwned\)/);
    assert.deepEqual(outcomes(hostile.steps).slice(3), ['Upload SARIF to code scanning: skipped', 'mops report diff: skipped', 'Comment on the pull request: skipped', 'Verdict: skipped']);
    const wrong = await run(clone, { 'fail-on': 'never' });
    assert.equal(step(wrong, 'mops check').status, 2);
    assert.match(step(wrong, 'mops check').stderr, /^::error title=mops::The input fail-on is error or warning\.$/m);
  });

  it('installs mops from its own checkout with npm offline (the lockfile from the npm cache): production dependencies and esbuild only', async function () {
    this.timeout(240_000);
    // The action's checkout as GitHub downloads it: the repository's files, no node_modules, no dist.
    const checkout = tempPlaybook({});
    // Files only: a worktree's node_modules linked to another checkout's is not ignored by `node_modules/`, and the
    // install through the copied link emptied that checkout's node_modules.
    const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')
      .split('\0')
      .filter((f) => f && existsSync(join(ROOT, f)) && lstatSync(join(ROOT, f)).isFile());
    for (const file of files) {
      mkdirSync(dirname(join(checkout, file)), { recursive: true });
      cpSync(join(ROOT, file), join(checkout, file));
    }
    const clone = pullRequest((root) => edit(root, HUBSPOT, 'annual: 36000', 'annual: 30000'));
    const result = await runAction(action, {
      cwd: clone,
      actionPath: checkout,
      inputs: { sarif: 'false', comment: 'false', 'node-version': '' },
      contexts: { runner: { temp: tempPlaybook({}) }, github: { event_name: 'push', repository: 'acme/playbook', token: '' } },
      env: { npm_config_offline: 'true', GITHUB_STEP_SUMMARY: '' },
      uses: (uses) => assert.fail(`no uses: step runs, not ${uses}`),
    });
    const install = step(result, 'Install mops');
    assert.equal(install.outcome, 'success', install.stderr);
    assert.match(install.stdout, /^mops: installing esbuild \d+\.\d+\.\d+ for the build$/m);
    assert.equal(step(result, 'mops check').outcome, 'success', step(result, 'mops check').stderr);
    assert.ok(existsSync(join(checkout, 'dist', 'cli.js')));
    const installed = JSON.parse(readFileSync(join(checkout, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const modules = join(checkout, 'node_modules');
    const packages = new Set(readdirSync(modules).flatMap((p) => (p.startsWith('@') ? readdirSync(join(modules, p)).map((q) => `${p}/${q}`) : [p])));
    for (const dependency of Object.keys(installed.dependencies)) assert.ok(packages.has(dependency), `${dependency} is installed`);
    assert.ok(packages.has('esbuild'));
    assert.ok(!packages.has('mocha') && !packages.has('typescript'), 'no devDependency but esbuild');
  });
});
