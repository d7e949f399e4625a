// `mops init`: scaffolds a playbook that `mops check` passes, and never writes over a file unless told.

import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scaffoldPlaybook } from '../../../src/core';
import { cleanup, listFiles, runCli, tempPlaybook } from '../../helpers';

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
    assert.match(run.stdout, /\n\nNext: check it with\n {2}mops check 'my playbook'\n$/);

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
    assert.match(run.stdout, /Next: check it with\n {2}mops check\n$/);
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
        'Run mops init --force to overwrite them (no other file is touched).\n',
    );
    assert.deepEqual(listFiles(dir), ['README.md', 'team.yaml']);
    assert.equal(readFileSync(join(dir, 'team.yaml'), 'utf8'), 'mine\n');
  });

  it('--force overwrites the scaffold files and says so, and touches no other file', async () => {
    const dir = tempPlaybook({ 'team.yaml': 'mine\n', 'sops/ours.yaml': 'kept\n' });
    const run = await runCli(['init', dir, '--force'], '/');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^ {2}team\.yaml \(overwritten\)$/m);
    assert.doesNotMatch(run.stdout, /mops\.config\.yaml \(overwritten\)/);
    assert.match(readFileSync(join(dir, 'team.yaml'), 'utf8'), /^kind: Team$/m);
    assert.equal(readFileSync(join(dir, 'sops/ours.yaml'), 'utf8'), 'kept\n');
    assert.equal((await runCli(['check', dir], '/')).code, 0);
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
    assert.match(help.stdout, /^Usage: mops init \[dir\] \[--force\]/);
    assert.match((await runCli(['--help'])).stdout, /^ {2}init \[dir\] {9}scaffold a new playbook repo/m);
  });
});
