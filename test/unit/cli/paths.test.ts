// Which playbook the paths of a command name, and that nothing checked is never "no problems": paths in two
// playbooks, a non-YAML file, a folder with no YAML file and a playbook without a mops document are exit 2,
// with a message and nothing on stdout, for every command and format.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FORMATTERS } from '../../../src/cli/formatters';
import { cleanup, readTree, REFERENCE, runCli, tempPlaybook } from '../../helpers';

const BRIEF = '2026q4-na-email-black-friday';
const K8S = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n';
const COMPOSE = 'services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n';

/** A folder holding a copy of the reference playbook (`my-playbook`), a note, and another repo's YAML next to it. */
function folderAbove(): string {
  const files: Record<string, string> = { 'notes.txt': 'call the agency\n', 'other-repo/deploy.yaml': K8S, 'other-repo/brief.yaml': 'apiVersion: mops/v1\nkind: Brief\nid: x\n' };
  for (const [path, text] of Object.entries(readTree(REFERENCE))) files[`my-playbook/${path}`] = text;
  return tempPlaybook(files);
}

const TODAY = ['--today', '2026-11-20'];

describe('the paths a command is given', () => {
  afterEach(cleanup);

  describe('must all resolve to one playbook root', () => {
    it('refuses a note next to a playbook, in either order, and reads neither', async () => {
      const dir = folderAbove();
      for (const args of [['notes.txt', 'my-playbook'], ['my-playbook', 'notes.txt']]) {
        const run = await runCli(['check', ...args, '--format', 'json'], dir);
        assert.equal(run.code, 2, args.join(' '));
        assert.equal(run.stdout, '');
        assert.match(run.stderr, /^mops: The paths given to mops check are in different playbooks:\n/);
        assert.match(run.stderr, /\n {2}notes\.txt → \. \(no mops\.config\.yaml there or above it\)\n/);
        assert.match(run.stderr, /\n {2}my-playbook → my-playbook \(it holds mops\.config\.yaml\)\n/);
      }
    });

    it('refuses YAML files of two playbooks, naming the root of each', async () => {
      const dir = folderAbove();
      const run = await runCli(['check', 'other-repo/brief.yaml', 'my-playbook/team.yaml', 'my-playbook/campaigns'], dir);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.match(run.stderr, /\n {2}other-repo\/brief\.yaml → other-repo \(no mops\.config\.yaml there or above it\)\n {2}my-playbook\/team\.yaml, my-playbook\/campaigns → my-playbook \(it holds mops\.config\.yaml\)\n/);
    });

    it('checks paths of one playbook together, whatever their order', async () => {
      const dir = folderAbove();
      const run = await runCli(['check', 'my-playbook/team.yaml', 'my-playbook/campaigns', '--format', 'json', ...TODAY], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(JSON.parse(run.stdout).summary.files, 5);
    });

    it('says which folder it takes as the playbook when there is no path and no mops.config.yaml', async () => {
      const dir = tempPlaybook(Object.fromEntries(Object.entries(readTree(REFERENCE)).filter(([p]) => p !== 'mops.config.yaml')));
      const run = await runCli(['check', '--format', 'json', ...TODAY], dir);
      assert.equal(run.stderr, `mops: no mops.config.yaml in this folder or above it; taking ${dir} as the playbook.\n`);
      assert.equal(JSON.parse(run.stdout).summary.files, 14);
      const configured = await runCli(['check', '--format', 'json', ...TODAY], tempPlaybook(readTree(REFERENCE)));
      assert.equal(configured.stderr, '');
      assert.equal(configured.code, 0);
    });
  });

  describe('nothing checked is not "no problems"', () => {
    const nothing = (): Record<string, string> => ({
      'empty/.keep': '',
      'notes.txt': 'apiVersion: mops/v1\n',
      'README.md': '# Our playbook\n\n```yaml\napiVersion: mops/v1\nkind: Team\n```\n',
      'package.json': '{"name": "x"}\n',
      'ops/deploy.yaml': K8S,
      'ops/docker-compose.yml': COMPOSE,
      'config-only/mops.config.yaml': 'apiVersion: mops/v1\nkind: Config\n',
      'globs-miss/mops.config.yaml': 'apiVersion: mops/v1\nkind: Config\ninclude: ["playbook/**/*.yaml"]\n',
      'globs-miss/src/team.yaml': 'apiVersion: mops/v1\nkind: Team\nid: t\nmembers: []\n',
    });
    const cases: Array<[string, RegExp]> = [
      ['empty', /^mops: No YAML file \(\.yaml or \.yml\) to check in empty\.\n$/],
      ['notes.txt', /^mops: notes\.txt is not a YAML file; mops \S+( \w+)? reads playbooks of \.yaml and \.yml files\./],
      ['README.md', /^mops: README\.md is not a YAML file;/],
      ['package.json', /^mops: package\.json is not a YAML file;/],
      ['ops', /^mops: No mops document in the playbook at .*ops, so nothing for mops [\w ]+: none of its 2 YAML files holds one\. A mops document is YAML that starts with apiVersion: mops\/v1 and a kind/],
      ['ops/deploy.yaml', /^mops: No mops document in the playbook at .*ops, so nothing for mops [\w ]+: none of its 2 YAML files holds one\./],
      ['config-only', /^mops: No mops document in the playbook at .*config-only, so nothing for mops [\w ]+: its include and exclude globs select no YAML file besides mops\.config\.yaml\./],
      ['globs-miss', /^mops: No mops document in the playbook at .*globs-miss, so nothing for mops [\w ]+: its include and exclude globs select no YAML file besides mops\.config\.yaml\./],
      ['globs-miss/src', /^mops: No YAML file \(\.yaml or \.yml\) that the include and exclude globs of mops\.config\.yaml select to check in globs-miss\/src\.\n$/],
    ];

    for (const [path, message] of cases) {
      it(`exit 2 and nothing on stdout, in every format: ${path}`, async () => {
        const dir = tempPlaybook(nothing());
        const summary = join(dir, 'summary.md');
        for (const format of Object.keys(FORMATTERS)) {
          const run = await runCli(['check', path, '--format', format], dir, { GITHUB_STEP_SUMMARY: summary });
          assert.deepEqual([run.code, run.stdout], [2, ''], `${path} --format ${format}`);
          assert.match(run.stderr, message, format);
        }
        const written = await runCli(['check', path, '--format', 'sarif', '--output', 'out.sarif'], dir);
        assert.equal(written.code, 2);
        assert.ok(!existsSync(join(dir, 'out.sarif')), 'no report written');
        assert.ok(!existsSync(summary), 'no step summary written');
      });

      it(`exit 2 for baseline, report and utm build too: ${path}`, async () => {
        const dir = tempPlaybook(nothing());
        const runs = [
          ['baseline', 'base.json', path],
          ['report', 'pipeline', path],
          ['report', 'budget', path, '--format', 'json'],
          ['report', 'all', path, '--out-dir', 'out'],
          ['utm', 'build', path, '--campaign', BRIEF, '--source', 'newsletter', '--medium', 'email', '--landing', 'https://shop.acme.example/'],
        ];
        for (const args of runs) {
          const run = await runCli(args, dir);
          assert.deepEqual([run.code, run.stdout], [2, ''], args.join(' '));
          assert.match(run.stderr, message, args.join(' '));
        }
        assert.ok(!existsSync(join(dir, 'base.json')) && !existsSync(join(dir, 'out')), 'nothing written');
      });
    }

    it('with no path: a folder of other YAML, or none', async () => {
      const dir = tempPlaybook({ 'deploy.yaml': K8S, 'README.md': '# x\n' });
      const run = await runCli(['check'], dir);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr.split('\n')[0], `mops: no mops.config.yaml in this folder or above it; taking ${dir} as the playbook.`);
      assert.match(run.stderr.split('\n')[1], /^mops: No mops document in the playbook at /);
      const empty = join(dir, 'empty');
      mkdirSync(empty);
      const none = await runCli(['report', 'pipeline'], empty);
      assert.equal(none.code, 2);
      assert.match(none.stderr, /\nmops: No YAML file \(\.yaml or \.yml\) to check in the current folder\.\n$/);
    });

    it('still checks other YAML named inside a playbook that has mops documents (it is read, and not ours)', async () => {
      const dir = tempPlaybook({ ...readTree(REFERENCE), '.github/workflows/ci.yml': 'on: push\njobs: {}\n' });
      const run = await runCli(['check', '.github/workflows/ci.yml', '--format', 'json'], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout).summary, { files: 1, errors: 0, warnings: 0, infos: 0 });
    });

    it('a broken config is still reported as such, with its findings', async () => {
      const dir = tempPlaybook({ 'mops.config.yaml': 'apiVersion: mops/v1\nkind: Config\nexclude: ["[broken"]\n' });
      const run = await runCli(['check', '--format', 'json'], dir);
      assert.equal(run.code, 2);
      assert.deepEqual(JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule), ['config/bad-glob']);
    });

    it('refuses a text file named inside a playbook, even one that looks like a mops document', async () => {
      const dir = tempPlaybook({ ...readTree(REFERENCE), 'drafts/idea.txt': 'apiVersion: mops/v1\nkind: Sop\nid: n\n' });
      const text = await runCli(['check', 'drafts/idea.txt', 'team.yaml'], dir);
      assert.deepEqual([text.code, text.stdout], [2, '']);
      assert.equal(text.stderr, "mops: drafts/idea.txt is not a YAML file; mops check reads playbooks of .yaml and .yml files. Name the playbook's folder or its YAML files.\n");
    });
  });
});
