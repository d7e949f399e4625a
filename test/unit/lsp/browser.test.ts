// src/lsp is meant to run in a browser web worker too: it bundles for the browser platform, where esbuild
// fails on any Node API it reaches (the lint rule and the layer test hold the imports; this holds what they pull in).

import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { ROOT } from '../../helpers';

describe('mops lsp: the server bundles for a browser worker', function () {
  this.timeout(60_000);

  it('src/lsp/server.ts and everything it imports build for platform browser', async () => {
    const result = await build({
      entryPoints: ['src/lsp/server.ts'],
      absWorkingDir: ROOT,
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      alias: { yaml: './node_modules/yaml/browser/index.js' },
      loader: { '.code-snippets': 'json' },
      logLevel: 'silent',
    });
    assert.deepEqual(result.errors, []);
    assert.ok(result.outputFiles[0].contents.length > 100_000);
  });
});
