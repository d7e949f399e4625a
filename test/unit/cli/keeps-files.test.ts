// The CLI never writes over a file the user has: not a playbook file named as an output, not a file at the
// cache's location that is no cache, not a file `mops init` finds only as it writes. Outputs replace outputs.

import assert from 'node:assert/strict';
import fs, { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, REFERENCE, runCli, tempPlaybook } from '../../helpers';

function playbook(): string {
  const dir = tempPlaybook({});
  cpSync(REFERENCE, dir, { recursive: true });
  return dir;
}

const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');

describe('the CLI keeps the files it did not make', () => {
  after(cleanup);

  it('writes no check, report or baseline over a file of the playbook', async () => {
    const dir = playbook();
    const team = read(dir, 'team.yaml');
    const brief = read(dir, 'campaigns/2026q4-na-email-black-friday.yaml');
    for (const [argv, path] of [
      [['check', '--format', 'json', '--output', 'team.yaml'], 'team.yaml'],
      [['report', 'pipeline', '--format', 'md', '--out', 'campaigns/2026q4-na-email-black-friday.yaml'], 'campaigns/2026q4-na-email-black-friday.yaml'],
      [['baseline', 'team.yaml'], 'team.yaml'],
    ] as const) {
      const run = await runCli([...argv], dir);
      assert.equal(run.code, 2, `${argv.join(' ')}: ${run.stderr}`);
      assert.equal(run.stderr, `mops: Nothing written: ${path} is a file of the playbook, and mops does not write its output over it. Name another file.\n`);
    }
    assert.equal(read(dir, 'team.yaml'), team);
    assert.equal(read(dir, 'campaigns/2026q4-na-email-black-friday.yaml'), brief);
  });

  it('replaces an earlier output: reports and baselines are generated files', async () => {
    const dir = playbook();
    writeFileSync(join(dir, 'check.json'), 'an old check\n');
    writeFileSync(join(dir, 'notes.yaml'), '# a YAML file without mops documents\n');
    assert.equal((await runCli(['check', '--format', 'json', '--output', 'check.json'], dir)).code, 0);
    assert.equal(JSON.parse(read(dir, 'check.json')).summary.errors, 0);
    assert.equal((await runCli(['check', '--format', 'json', '--output', 'notes.yaml'], dir)).code, 0);
    assert.equal(JSON.parse(read(dir, 'notes.yaml')).summary.errors, 0);
  });

  it('writes no cache over a file that is not one, and replaces its own', async () => {
    const dir = playbook();
    writeFileSync(join(dir, 'notes.txt'), 'my notes ✓\n');
    for (let i = 0; i < 2; i++) {
      const run = await runCli(['check', '--cache-location', 'notes.txt'], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /^mops: warning: could not write the cache .*notes\.txt: it is not a mops cache, and mops does not write over other files; delete it or name another --cache-location\n$/);
      assert.equal(read(dir, 'notes.txt'), 'my notes ✓\n');
    }
    writeFileSync(join(dir, 'old.cache'), JSON.stringify({ format: 0, mops: '0.0.1', files: {} }));
    const run = await runCli(['check', '--cache-location', 'old.cache'], dir);
    assert.equal(run.stderr, '');
    assert.equal(JSON.parse(read(dir, 'old.cache').split('\n')[0]).format, 3);
  });

  it('init creates its files and never replaces one that appears while it writes', async () => {
    const dir = tempPlaybook({});
    const team = join(dir, 'team.yaml');
    const original = fs.writeFileSync;
    // The user saves a team.yaml after init found none there and before init writes its own.
    fs.writeFileSync = ((file: fs.PathOrFileDescriptor, ...rest: [string, fs.WriteFileOptions?]) => {
      if (file === team) original(team, 'mine: true\n');
      return original(file, ...rest);
    }) as typeof fs.writeFileSync;
    let run;
    try {
      run = await runCli(['init'], dir);
    } finally {
      fs.writeFileSync = original;
    }
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^mops: Could not write team\.yaml in \.: EEXIST: file already exists, open '.*team\.yaml'\. Written before it:\n {2}mops\.config\.yaml\n$/);
    assert.equal(readFileSync(team, 'utf8'), 'mine: true\n');
  });
});
