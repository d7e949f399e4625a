// The layers of STYLE.md hold: the core imports no editor or Node API, and only the extension imports vscode.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { listFiles, ROOT } from '../../helpers';

const IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1]);
}

/** The modules a file imports for run time: `import type` and `export type` statements left out. */
function runtimeImportsOf(file: string): string[] {
  const statements = readFileSync(file, 'utf8').match(/^(?:import|export)\s[^;]*?from\s+['"][^'"]+['"]/gm) ?? [];
  return statements.filter((s) => !/^(?:import|export)\s+type\b/.test(s)).map((s) => /['"]([^'"]+)['"]$/.exec(s)![1]);
}

/** The file a relative import names (src-relative, `.ts`), or undefined for a package or a file outside src. */
function resolveImport(from: string, spec: string, sources: Set<string>): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = normalize(join(dirname(from), spec)).split('\\').join('/');
  return [`${base}.ts`, `${base}/index.ts`].find((c) => sources.has(c));
}

/** The folder of src/core a file belongs to (`engine`, `rules`, …; `.` for the core's own index). */
const coreFolder = (file: string) => (file.split('/').length > 2 ? file.split('/')[1] : '.');

/** Folder → the folders it imports from, for the files given. */
function folderGraph(sources: string[]): Map<string, Set<string>> {
  const all = new Set(sources);
  const graph = new Map<string, Set<string>>();
  for (const file of sources.filter((f) => f.startsWith('core/') && !f.startsWith('core/generated/'))) {
    for (const spec of importsOf(join(ROOT, 'src', file))) {
      const target = resolveImport(file, spec, all);
      if (!target || !target.startsWith('core/')) continue;
      const [a, b] = [coreFolder(file), coreFolder(target)];
      if (a === b) continue;
      if (!graph.has(a)) graph.set(a, new Set());
      graph.get(a)!.add(b);
    }
  }
  return graph;
}

/** A cycle in a graph, as the folders on it, or undefined. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
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

  it('src/extension never imports src/cli: they are siblings sharing src/core', () => {
    const all = new Set(sources);
    const leaks = sources
      .filter((f) => f.startsWith('extension/'))
      .flatMap((f) => importsOf(join(ROOT, 'src', f)).map((m) => [f, resolveImport(f, m, all)] as const))
      .filter(([, target]) => target?.startsWith('cli/'))
      .map(([f, target]) => `${f}: ${target}`);
    assert.deepEqual(leaks, []);
  });

  it('src/lsp imports only src/core, vscode-languageserver and diff (no vscode, no Node API, no src/cli or src/extension)', () => {
    const all = new Set(sources);
    const lsp = sources.filter((f) => f.startsWith('lsp/'));
    assert.ok(lsp.length > 5, 'no src/lsp files found');
    // diff: the commands' line edits (src/lsp/commands/common.ts), plain JavaScript that runs in a browser worker too.
    const allowedPackages = new Set(['vscode-languageserver', 'vscode-languageserver-textdocument', 'diff']);
    const leaks = lsp.flatMap((f) =>
      importsOf(join(ROOT, 'src', f))
        .filter((m) => {
          if (!m.startsWith('.')) return !allowedPackages.has(m);
          const target = resolveImport(f, m, all);
          return !target || !(target.startsWith('core/') || target.startsWith('lsp/'));
        })
        .map((m) => `${f}: ${m}`),
    );
    assert.deepEqual(leaks, []);
  });

  it('only the transports (src/cli in Node, src/worker in a browser worker) start src/lsp; the extension takes only its protocol file', () => {
    const all = new Set(sources);
    const leaks = sources
      .filter((f) => !f.startsWith('lsp/') && !f.startsWith('cli/') && !f.startsWith('worker/'))
      .flatMap((f) => importsOf(join(ROOT, 'src', f)).map((m) => [f, resolveImport(f, m, all)] as const))
      .filter(([f, target]) => target?.startsWith('lsp/') && !(f.startsWith('extension/') && /^lsp\/protocol(-[a-z]+)?\.ts$/.test(target)))
      .map(([f, target]) => `${f}: ${target}`);
    assert.deepEqual(leaks, []);
  });

  it('src/lsp/protocol.ts and protocol-*.ts import nothing, so that any client can take them as they are', () => {
    const protocols = sources.filter((f) => /^lsp\/protocol(-[a-z]+)?\.ts$/.test(f));
    assert.ok(protocols.length >= 2, protocols.join());
    assert.deepEqual(protocols.flatMap((f) => importsOf(join(ROOT, 'src', f))), []);
  });

  it('the extension takes only types from src/core: the playbooks are the server\'s, nothing of the engine runs on the extension host', () => {
    const all = new Set(sources);
    // Leaf files the client needs at run time, which import nothing else of the core.
    const allowed = new Set(['core/text/base64.ts']);
    const leaks = sources
      .filter((f) => f.startsWith('extension/'))
      .flatMap((f) => runtimeImportsOf(join(ROOT, 'src', f)).map((m) => [f, resolveImport(f, m, all)] as const))
      .filter(([, target]) => target?.startsWith('core/') && !allowed.has(target))
      .map(([f, target]) => `${f}: ${target}`);
    assert.deepEqual(leaks, []);
    for (const leaf of allowed) assert.deepEqual(importsOf(join(ROOT, 'src', leaf)), [], leaf);
  });

  it('src/worker imports only src/lsp, the package manifest and vscode-languageserver/browser', () => {
    const leaks = sources
      .filter((f) => f.startsWith('worker/'))
      .flatMap((f) => importsOf(join(ROOT, 'src', f)).map((m) => `${f}: ${m}`))
      .filter((line) => !/: (\.\.\/lsp\/|\.\.\/\.\.\/package\.json$|vscode-languageserver\/browser$)/.test(line));
    assert.deepEqual(leaks, []);
  });

  it('nothing outside src/core/rules imports a rule file, only the rule table', () => {
    const all = new Set(sources);
    const leaks = sources
      .filter((f) => !f.startsWith('core/rules/'))
      .flatMap((f) => importsOf(join(ROOT, 'src', f)).map((m) => [f, resolveImport(f, m, all)] as const))
      .filter(([, target]) => target?.startsWith('core/rules/') && target !== 'core/rules/index.ts')
      .map(([f, target]) => `${f}: ${target}`);
    assert.deepEqual(leaks, []);
  });

  it('the folders of src/core import one another downhill only: no loop', () => {
    assert.deepEqual(findCycle(folderGraph(sources)), undefined);
  });

  it('navigate sits at the top of the core, after assist: it imports assist, domain, edit, model, engine and below; only core/index.ts imports it', () => {
    const graph = folderGraph(sources);
    const allowed = new Set(['assist', 'domain', 'edit', 'model', 'engine', 'naming', 'utm', 'text', 'schema', 'config', 'generated']);
    assert.deepEqual([...(graph.get('navigate') ?? [])].filter((f) => !allowed.has(f)), []);
    assert.deepEqual([...graph].filter(([from, to]) => from !== '.' && to.has('navigate')).map(([from]) => from), []);
  });

  it('views sits after reports and assist, before navigate: it imports reports, assist, domain, model, engine and below; only core/index.ts imports it', () => {
    const graph = folderGraph(sources);
    const allowed = new Set(['reports', 'assist', 'domain', 'model', 'engine', 'naming', 'utm', 'text', 'schema', 'config', 'generated']);
    assert.deepEqual([...(graph.get('views') ?? [])].filter((f) => !allowed.has(f)), []);
    assert.deepEqual([...graph].filter(([from, to]) => from !== '.' && to.has('views')).map(([from]) => from), []);
  });

  it('the loop check finds a loop', () => {
    const graph = new Map([['engine', new Set(['model', 'rules'])], ['rules', new Set(['domain'])], ['domain', new Set(['engine'])]]);
    assert.deepEqual(findCycle(graph), ['engine', 'rules', 'domain', 'engine']);
    assert.equal(findCycle(new Map([['rules', new Set(['engine'])], ['engine', new Set(['model'])]])), undefined);
  });

  it('the layer check itself catches a leak', () => {
    assert.deepEqual(
      importsOf(join(ROOT, 'src/cli/node-fs.ts')).filter((m) => m.startsWith('node:')),
      ['node:fs', 'node:fs/promises', 'node:path'],
    );
  });
});
