// The shipped GitHub Actions workflow: the README shows it as it is, `mops init` writes it, it is a valid
// workflow, and it runs the mops action (action.yml, whose steps github-action.test.ts runs) with inputs it has.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';
import { parseFile, scaffoldPlaybook } from '../../../src/core';
import { cleanup, readTree, REFERENCE, ROOT, runCli, tempPlaybook } from '../../helpers';
import { readAction } from './action-runner';

const WORKFLOW = join(ROOT, 'examples', 'github', 'mops.yml');

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  with?: Record<string, string | number>;
}

interface Workflow {
  permissions: Record<string, string>;
  jobs: { check: { permissions: Record<string, string>; steps: Step[] } };
}

const text = readFileSync(WORKFLOW, 'utf8');
const workflow = parse(text) as Workflow;

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
  });

  it('is the one `mops init` writes into a new playbook', () => {
    const written = scaffoldPlaybook({ today: 20_000 }).find((f) => f.path === '.github/workflows/mops.yml');
    assert.equal(written?.text, text);
  });

  it('is a valid workflow (the github-workflow schema), and the validator refuses a broken one', () => {
    assert.deepEqual(validateWorkflow(text).errors, []);
    assert.ok(validateWorkflow(text.replace('runs-on:', 'runs_on:')).errors.length > 0);
    assert.ok(validateWorkflow(text.replace('      - uses: actions/checkout@v4\n', '      - with: {}\n')).errors.length > 0);
  });

  it('runs the mops action with inputs it has, and grants the permissions its SARIF upload and comment need', () => {
    const steps = workflow.jobs.check.steps;
    assert.deepEqual(steps.map((s) => s.uses), ['actions/checkout@v4', 'mops-dev/mops@v1']);
    assert.ok(steps.every((s) => s.run === undefined), 'the action does the work; the workflow runs no script');
    const inputs = Object.keys(readAction(join(ROOT, 'action.yml')).inputs);
    for (const name of Object.keys(steps[1].with ?? {})) assert.ok(inputs.includes(name), `action.yml has the input ${name}`);
    assert.deepEqual(workflow.permissions, { contents: 'read' });
    assert.deepEqual(workflow.jobs.check.permissions, { contents: 'read', actions: 'read', 'security-events': 'write', 'pull-requests': 'write' });
  });
});
