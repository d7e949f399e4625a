// `mops init`: scaffolds a playbook that `mops check` passes, and never writes over a file unless told.

import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaffoldPlaybook } from '../../../src/core';
import { cleanup, listFiles, ROOT, runCli, tempPlaybook } from '../../helpers';

const SCAFFOLD = scaffoldPlaybook().map((f) => f.path);

describe('mops init', () => {
  after(cleanup);

  it('writes the scaffold into a new folder, lists the files and the next step, and the playbook checks clean', async () => {
    const parent = tempPlaybook({});
    const run = await runCli(['init', 'my playbook'], parent);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    const dir = join(parent, 'my playbook');
    assert.deepEqual(listFiles(dir), [...SCAFFOLD].sort());
    assert.match(run.stdout, new RegExp(`^Created a playbook in ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\n {2}mops\\.config\\.yaml\n {2}team\\.yaml\n`));
    assert.match(run.stdout, /^ {2}\.github\/workflows\/mops\.yml$/m);
    assert.match(run.stdout, /\n\nNext: check it with\n {2}mops check 'my playbook'\nREADME\.md says how to install mops for everyone who works in this repo\.\n$/);

    const check = await runCli(['check', 'my playbook', '--format', 'json'], parent);
    assert.equal(check.code, 0, check.stdout);
    const report = JSON.parse(check.stdout);
    assert.deepEqual(report.findings, []);
    assert.equal(report.summary.files, SCAFFOLD.filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('.github/')).length);
  });

  it('defaults to the current folder and keeps the files already there', async () => {
    const dir = tempPlaybook({ 'notes.txt': 'keep me\n', 'campaigns/old.yaml': 'not: ours\n' });
    const run = await runCli(['init'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Next: check it with\n {2}mops check\n/);
    assert.equal(readFileSync(join(dir, 'notes.txt'), 'utf8'), 'keep me\n');
    assert.equal(readFileSync(join(dir, 'campaigns/old.yaml'), 'utf8'), 'not: ours\n');
    assert.deepEqual(listFiles(dir), [...SCAFFOLD, 'notes.txt', 'campaigns/old.yaml'].sort());
  });

  it('refuses with exit 2 and writes nothing when a file of the scaffold exists', async () => {
    const dir = tempPlaybook({ 'team.yaml': 'mine\n', 'README.md': '# ours\n' });
    const run = await runCli(['init', '.'], dir);
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr,
      'mops: Nothing written: . already has these files of the scaffold:\n  team.yaml\n  README.md\n' +
        'Run mops init --force to overwrite them; each is kept as FILE.bak first (no other file is touched).\n',
    );
    assert.deepEqual(listFiles(dir), ['README.md', 'team.yaml']);
    assert.equal(readFileSync(join(dir, 'team.yaml'), 'utf8'), 'mine\n');
  });

  it('--force overwrites the scaffold files it differs from, keeping each as FILE.bak first, and touches no other file', async () => {
    const dir = tempPlaybook({ 'team.yaml': 'mine\n', 'sops/ours.yaml': 'kept\n' });
    const run = await runCli(['init', dir, '--force'], '/');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^ {2}team\.yaml \(overwritten; the old one is kept as team\.yaml\.bak\)$/m);
    assert.doesNotMatch(run.stdout, /mops\.config\.yaml \(overwritten/);
    assert.match(readFileSync(join(dir, 'team.yaml'), 'utf8'), /^kind: Team$/m);
    assert.equal(readFileSync(join(dir, 'team.yaml.bak'), 'utf8'), 'mine\n');
    assert.equal(readFileSync(join(dir, 'sops/ours.yaml'), 'utf8'), 'kept\n');
    assert.equal((await runCli(['check', dir], '/')).code, 0);

    // Again, over a changed team: the first backup stays, the next one goes beside it.
    writeFileSync(join(dir, 'team.yaml'), 'mine again\n');
    const again = await runCli(['init', dir, '--force'], '/');
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^ {2}team\.yaml \(overwritten; the old one is kept as team\.yaml\.bak\.1\)$/m);
    // The files it wrote itself the same day are the same: kept, with no backup.
    assert.match(again.stdout, /^ {2}mops\.config\.yaml \(already there, unchanged\)$/m);
    assert.equal(readFileSync(join(dir, 'team.yaml.bak'), 'utf8'), 'mine\n');
    assert.equal(readFileSync(join(dir, 'team.yaml.bak.1'), 'utf8'), 'mine again\n');
    assert.ok(!listFiles(dir).includes('mops.config.yaml.bak'));
    assert.equal((await runCli(['check', dir], '/')).code, 0);
  });

  it('--name names the team, the README and the ids; without it no playbook says "The Marketing marketing team"', async () => {
    const parent = tempPlaybook({});
    const run = await runCli(['init', 'acme', '--name', 'Acme Outdoor'], parent);
    assert.equal(run.code, 0, run.stderr);
    const dir = join(parent, 'acme');
    assert.match(readFileSync(join(dir, 'README.md'), 'utf8'), /^# Acme Outdoor — marketing-ops playbook$/m);
    assert.match(readFileSync(join(dir, 'team.yaml'), 'utf8'), /^id: acme-outdoor\ndescription: "The Acme Outdoor marketing team"$/m);
    assert.match(readFileSync(join(dir, 'conventions/utm.yaml'), 'utf8'), /^id: acme-outdoor$/m);
    assert.equal((await runCli(['check', 'acme'], parent)).code, 0);

    assert.equal((await runCli(['init', 'plain'], parent)).code, 0);
    const team = readFileSync(join(parent, 'plain', 'team.yaml'), 'utf8');
    assert.match(team, /^description: "The marketing team"$/m);
    assert.match(readFileSync(join(parent, 'plain', 'README.md'), 'utf8'), /^# Marketing-ops playbook$/m);
    const empty = await runCli(['init', 'x', '--name', ' '], parent);
    assert.deepEqual([empty.code, empty.stderr], [2, 'mops: --name needs a name, e.g. --name "Acme Outdoor".\n']);
  });

  it('writes a .gitignore for reports and the cache, and adds those lines to one that is there', async () => {
    const fresh = tempPlaybook({});
    assert.equal((await runCli(['init'], fresh)).code, 0);
    const ignore = readFileSync(join(fresh, '.gitignore'), 'utf8');
    for (const line of ['/reports/', '/.mopscache', '/.mopscache.delta', 'node_modules/']) assert.ok(ignore.split('\n').includes(line), line);

    // A repository's own .gitignore is not "in the way": the missing lines are appended, nothing is removed.
    const dir = tempPlaybook({ '.gitignore': 'dist/\n/reports/\n' });
    const run = await runCli(['init'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^ {2}\.gitignore \(added the lines mops needs\)$/m);
    assert.equal(
      readFileSync(join(dir, '.gitignore'), 'utf8'),
      'dist/\n/reports/\n\n# Made by mops from the playbook, not part of it: reports, the check cache, an installed mops.\n/.mopscache\n/.mopscache.delta\nnode_modules/\n',
    );
    // The cache and the reports mops writes in the playbook are then ignored by git.
    assert.equal((await runCli(['check', '--cache'], dir)).code, 0);
    assert.equal((await runCli(['report', 'all'], dir)).code, 0);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const ignored = spawnSync('git', ['check-ignore', '.mopscache', 'reports/pipeline.md', 'team.yaml'], { cwd: dir, encoding: 'utf8' }).stdout;
    assert.deepEqual(ignored.split('\n').filter(Boolean), ['.mopscache', 'reports/pipeline.md']);
    assert.ok(listFiles(dir).includes('reports/pipeline.md') && listFiles(dir).includes('.mopscache'));
  });

  it("the README says how to install and run mops, which is not on npm: the repository, a clone, a packed copy", () => {
    const readme = scaffoldPlaybook().find((f) => f.path === 'README.md')!.text;
    assert.match(readme, /mops is not published on the npm registry/);
    assert.match(readme, /npm install --no-save git\+https:\/\/github\.com\/mops-dev\/mops\.git\n {2}npx mops check/);
    assert.match(readme, /node ~\/mops\/bin\/mops\.js check/);
    assert.match(readme, /npm install --no-save \.\/mops-0\.1\.0\.tgz/);
    // The CI workflow runs the mops action from the same repository.
    const ci = scaffoldPlaybook().find((f) => f.path === '.github/workflows/mops.yml')!.text;
    assert.match(ci, /uses: mops-dev\/mops@v1/);
    assert.match(readme, /uses: mops-dev\/mops@v1/);
    assert.equal(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version, '0.1.0', 'the README names the packed file of this version');
  });

  it('never replaces a folder, a link or a file that stands where a folder goes, even with --force', async () => {
    const dir = tempPlaybook({ budget: 'a file\n', 'elsewhere/secret.txt': 'untouched\n' });
    mkdirSync(join(dir, 'team.yaml'));
    symlinkSync(join(dir, 'elsewhere', 'secret.txt'), join(dir, 'README.md'));
    const run = await runCli(['init', '--force'], dir);
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      'mops: Nothing written: these are in the way in ., and --force does not replace them:\n' +
        '  team.yaml (a folder)\n  budget (a file where a folder goes)\n  README.md (a link)\n',
    );
    assert.equal(readFileSync(join(dir, 'elsewhere', 'secret.txt'), 'utf8'), 'untouched\n');
    assert.deepEqual(listFiles(dir), ['budget', 'elsewhere/secret.txt']);
  });

  it('usage errors: a file as the folder, two folders, an unknown option; --help', async () => {
    const dir = tempPlaybook({ 'file.txt': 'x\n' });
    writeFileSync(join(dir, 'other.txt'), 'y\n');
    const file = await runCli(['init', 'file.txt'], dir);
    assert.deepEqual([file.code, file.stderr], [2, 'mops: file.txt exists and is not a folder.\n']);
    const two = await runCli(['init', 'a', 'b'], dir);
    assert.deepEqual([two.code, two.stderr], [2, 'mops: mops init takes one folder, not 2.\n']);
    const unknown = await runCli(['init', '--forse'], dir);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stderr, "mops: unknown option '--forse'; did you mean --force?\n");
    assert.deepEqual(listFiles(dir), ['file.txt', 'other.txt']);
    const help = await runCli(['init', '--help'], dir);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: mops init \[dir\] \[--name NAME\] \[--force\]/);
    assert.match((await runCli(['--help'])).stdout, /^ {2}init \[dir\] {9}scaffold a new playbook repo/m);
  });
});
