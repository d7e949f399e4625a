// A reader that goes away (`mops rules | head -2`) ends the command quietly: the real CLI, in a child process
// whose stdout pipe is closed before it writes, or after its first chunk, never prints an EPIPE stack trace.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { cleanup, REFERENCE, ROOT } from '../../helpers';
import { defectivePlaybook } from './defects';

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs bin/mops.js with `args`, closing its stdout at once or after the first chunk it reads. */
function runClosing(args: string[], when: 'at once' | 'after the first chunk'): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'mops.js'), ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    if (when === 'at once') child.stdout.destroy();
    else child.stdout.once('data', () => child.stdout.destroy());
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}

describe('a closed stdout', function () {
  this.timeout(120_000);
  afterEach(cleanup);

  const commands: Array<[string[], number]> = [
    [['rules'], 0],
    [['rules', '--format', 'json'], 0],
    [['explain', 'brief/gate-missing'], 0],
    [['rules', '--format', 'markdown'], 0],
    [['report', 'pipeline', REFERENCE, '--today', '2026-11-20'], 0],
    [['check', REFERENCE, '--format', 'sarif'], 0],
  ];
  for (const [args, expected] of commands) {
    it(`ends mops ${args.join(' ').replace(REFERENCE, 'REF')} quietly, whenever the reader goes`, async () => {
      // Several times each way: when the reader goes relative to the writes is a race.
      for (const when of ['at once', 'after the first chunk', 'at once', 'after the first chunk', 'after the first chunk'] as const) {
        const ended = await runClosing(args, when);
        assert.deepEqual(ended, { code: expected, signal: null, stderr: '' }, `closed ${when}`);
      }
    });
  }

  it('keeps the exit code of a check with errors', async () => {
    const { dir } = defectivePlaybook();
    for (const format of ['stylish', 'json', 'github', 'junit', 'markdown']) {
      assert.deepEqual(await runClosing(['check', dir, '--format', format], 'at once'), { code: 1, signal: null, stderr: '' }, format);
    }
  });
});
