// The layers of STYLE.md hold: the core imports no editor or Node API, and only the extension imports vscode.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, ROOT } from '../../helpers';

const IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1]);
}

const NODE_BUILTINS = new Set(['fs', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'worker_threads', 'process', 'stream', 'events', 'buffer']);

describe('layers', () => {
  const sources = listFiles(join(ROOT, 'src')).filter((f) => f.endsWith('.ts'));

  it('has sources to check', () => assert.ok(sources.length > 20));

  it('src/core imports neither vscode nor Node APIs', () => {
    const leaks = sources
      .filter((f) => f.startsWith('core/'))
      .flatMap((f) => importsOf(join(ROOT, 'src', f)).filter((m) => m === 'vscode' || m.startsWith('node:') || NODE_BUILTINS.has(m)).map((m) => `${f}: ${m}`));
    assert.deepEqual(leaks, []);
  });

  it('only src/extension imports vscode', () => {
    const leaks = sources.filter((f) => !f.startsWith('extension/') && importsOf(join(ROOT, 'src', f)).includes('vscode'));
    assert.deepEqual(leaks, []);
  });

  it('src/core never imports from src/cli or src/extension', () => {
    const leaks = sources
      .filter((f) => f.startsWith('core/'))
      .flatMap((f) => importsOf(join(ROOT, 'src', f)).filter((m) => /(^|\/)(cli|extension)\//.test(m)).map((m) => `${f}: ${m}`));
    assert.deepEqual(leaks, []);
  });

  it('the layer check itself catches a leak', () => {
    assert.deepEqual(
      importsOf(join(ROOT, 'src/cli/node-fs.ts')).filter((m) => m.startsWith('node:')),
      ['node:fs', 'node:fs/promises', 'node:path'],
    );
  });
});
