// The shipped GitHub Actions workflow: the README shows it as it is, and its steps work on a pull request's clone.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseFile, scaffoldPlaybook } from '../../../src/core';
import { cleanup, readTree, REFERENCE, ROOT, runCli, tempPlaybook } from '../../helpers';

const WORKFLOW = join(ROOT, 'examples', 'github', 'mops.yml');
const GIT = ['-c', 'user.name=x', '-c', 'user.email=y', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', '-c', 'core.autocrlf=false'];

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string | number>;
}

const text = readFileSync(WORKFLOW, 'utf8');
const steps = (parse(text) as { jobs: { check: { steps: Step[] } } }).jobs.check.steps;

/** Runs a `run:` step in bash, with `npx mops` the CLI of this checkout. */
function runStep(step: Step, cwd: string, env: Record<string, string>): { status: number | null; stderr: string } {
  const bin = tempPlaybook({ npx: `#!/bin/sh\n[ "$1" = mops ] && shift\nexec "${process.execPath}" "${join(ROOT, 'bin', 'mops.js')}" "$@"\n` });
  chmodSync(join(bin, 'npx'), 0o755);
  const result = spawnSync('bash', ['-e', '-c', step.run!], { cwd, env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH}` }, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
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
  const saved = process.env.RUNNER_TEMP;
  process.env.RUNNER_TEMP = env.RUNNER_TEMP;
  try {
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;
    await new AsyncFunction('require', 'github', 'context', script)(require, github, context);
  } finally {
    process.env.RUNNER_TEMP = saved;
  }
  return calls;
}

describe('the GitHub Actions workflow', () => {
  afterEach(cleanup);

  it('is the one the README shows, and is not read as a playbook', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    assert.ok(readme.includes(`\`\`\`yaml\n${text}\`\`\`\n`), 'README.md shows examples/github/mops.yml as it is');
    assert.equal(parseFile('mops.yml', text).isMops, false);
    const playbook = tempPlaybook({ ...readTree(REFERENCE), '.github/workflows/mops.yml': text });
    const run = await runCli(['check', playbook, '--format', 'json']);
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stdout).findings, []);
    assert.equal(steps.find((s) => s.uses?.startsWith('actions/checkout'))?.with?.['fetch-depth'], 0);
  });

  it('is the one `mops init` writes into a new playbook', () => {
    const written = scaffoldPlaybook({ today: 20_000 }).find((f) => f.path === '.github/workflows/mops.yml');
    assert.equal(written?.text, text);
  });

  it('checks, writes SARIF, and comments the diff report on a pull request clone (updating its own comment)', async () => {
    const origin = tempPlaybook(readTree(REFERENCE));
    execFileSync('git', [...GIT, 'init', '-q'], { cwd: origin });
    execFileSync('git', [...GIT, 'add', '-A'], { cwd: origin });
    execFileSync('git', [...GIT, 'commit', '-q', '-m', 'base'], { cwd: origin });
    const clone = tempPlaybook({});
    execFileSync('git', [...GIT, 'clone', '-q', origin, '.'], { cwd: clone });
    execFileSync('git', [...GIT, 'checkout', '-q', '-b', 'pr'], { cwd: clone });
    const tool = join(clone, 'martech', 'hubspot.yaml');
    writeFileSync(tool, readFileSync(tool, 'utf8').replace('annual: 36000', 'annual: 30000'));
    execFileSync('git', [...GIT, 'commit', '-q', '-am', 'cheaper hubspot'], { cwd: clone });

    const temp = tempPlaybook({ 'summary.md': '' });
    const env = { BASE_REF: 'main', RUNNER_TEMP: temp, GITHUB_STEP_SUMMARY: join(temp, 'summary.md') };
    for (const step of steps.filter((s) => s.run?.includes('npx mops'))) {
      const result = runStep(step, clone, env);
      assert.equal(result.status, 0, `${step.name}: ${result.stderr}`);
    }
    assert.ok(existsSync(join(temp, 'mops.sarif')));
    const diff = readFileSync(join(temp, 'mops-diff.md'), 'utf8');
    assert.match(diff, /^## Playbook changes compared with origin\/main\n/);
    // 90,000 − 36,000 + 30,000 = 84,000.
    assert.match(diff, /^Annual cost of the tools not retired: 90,000 → 84,000 USD \(-6,000\)\.$/m);
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
    assert.equal(summary.split('## mops check').length, 2, 'one check summary');
    assert.ok(summary.endsWith(`${diff}\n`));

    const script = String(steps.find((s) => s.uses?.startsWith('actions/github-script'))?.with?.script);
    const body = `<!-- mops report diff -->\n${diff}`;
    assert.deepEqual(await runScript(script, env, []), [`create #7: ${body}`]);
    const mine = { id: 42, body: '<!-- mops report diff -->\nold', user: { type: 'Bot' } };
    const someone = { id: 41, body: '<!-- mops report diff -->\nquoted by a person', user: { type: 'User' } };
    assert.deepEqual(await runScript(script, env, [someone, mine]), [`update 42: ${body}`]);
  });
});
