// Stamps taken on a worker thread are the stamps taken here, for files, links, folders and missing paths;
// a worker that dies or answers nonsense leaves the work to this thread.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStamping } from '../../../src/cli/stamps';
import { ROOT } from '../../helpers';

describe('stamps', function () {
  this.timeout(30_000);
  let dir: string;
  let files: string[];
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'mops-stamps-'));
    files = Array.from({ length: 2100 }, (_, i) => join(dir, `f${i}.yaml`));
    files.forEach((f, i) => writeFileSync(f, 'x'.repeat(i % 50)));
    symlinkSync(files[0], join(dir, 'link.yaml'));
    mkdirSync(join(dir, 'folder.yaml'));
    files.push(join(dir, 'link.yaml'), join(dir, 'folder.yaml'), join(dir, 'missing.yaml'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const here = () => startStamping(files, { MOPS_JOBS: '1' })();

  it('gives the same stamps on a worker as here: a link, a folder and a missing file have none', async () => {
    const expected = await here();
    assert.equal(expected.filter((s) => s.stamp === undefined).length, 3);
    assert.equal(new Set(expected.map((s) => s.stamp)).size, files.length - 2, 'every file its own stamp');
    assert.deepEqual(await startStamping(files, { MOPS_JOBS: '2' }, join(ROOT, 'dist', 'stat-worker.js'))(), expected);
  });

  it('takes the stamps here when the worker dies or answers something else', async () => {
    const expected = await here();
    const dies = join(dir, 'dies.cjs');
    writeFileSync(dies, "require('node:worker_threads').parentPort.on('message', () => process.exit(3));\n");
    assert.deepEqual(await startStamping(files, { MOPS_JOBS: '2' }, dies)(), expected);
    const wrong = join(dir, 'wrong.cjs');
    writeFileSync(wrong, "const { parentPort } = require('node:worker_threads'); parentPort.on('message', () => parentPort.postMessage({ numbers: new Float64Array(4), isFile: new Uint8Array(1) }));\n");
    assert.deepEqual(await startStamping(files, { MOPS_JOBS: '2' }, wrong)(), expected);
  });
});
