// The TypeScript types in src/core/generated/ are what json-schema-to-typescript makes of schemas/ today.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers';

describe('generated types', () => {
  it('are up to date with the schemas', function () {
    this.timeout(60_000);
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/generate.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /up to date/);
  });
});
