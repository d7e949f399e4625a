// What the VS Code client relies on, over stdio as it would be over IPC or a worker's port: a playbook whose
// scheme the server cannot read (as in a browser worker, or a virtual workspace) read through `mops/fs`
// requests the client answers; `mops/idle` with its marker published last; diagnostics pushed to a client that
// could pull them when it asks; and no check while typing when validateOnType is off.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LspClient } from '../lsp-client';
import { REFERENCE } from '../../helpers';
import { BIN } from './mops-server';

const ROOT = 'memfs:/playbook';

/** The reference playbook as an in-memory file system, answered as the VS Code client answers (client-fs.ts). */
function answerFs(files: Map<string, Buffer>, asked: string[], vanishing = new Set<string>()) {
  return (method: string, params: unknown): unknown => {
    if (method !== 'mops/fs') return null;
    const { op, uri: asked1 } = params as { op: string; uri: string };
    // The server writes URIs as scheme://authority/path: `memfs:///playbook` is VS Code's `memfs:/playbook`.
    const uri = asked1.replace(/^memfs:\/\/\//, 'memfs:/');
    asked.push(`${op} ${uri}`);
    assert.ok(uri === ROOT || uri.startsWith(`${ROOT}/`), `the server asks only inside its root: ${asked1}`);
    const path = uri === ROOT ? '' : decodeURIComponent(uri.slice(ROOT.length + 1));
    if (op === 'readFile') {
      // A file listed a moment ago, moved away before it is read (a rename or a checkout under way).
      if (vanishing.delete(path)) files.delete(path);
      const bytes = files.get(path);
      if (!bytes) throw new Error(`no file ${path}`);
      return { base64: bytes.toString('base64') };
    }
    if (op === 'exists') return files.has(path);
    const prefix = path === '' ? '' : `${path}/`;
    const names = new Map<string, 'file' | 'directory'>();
    for (const file of files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length);
      names.set(rest.split('/')[0], rest.includes('/') ? 'directory' : 'file');
    }
    return [...names].map(([name, type]) => (type === 'file' ? { name, type, size: files.get(prefix + name)!.length } : { name, type }));
  };
}

function referenceFiles(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else files.set(`${prefix}${name}`, readFileSync(full));
    }
  };
  walk(REFERENCE, '');
  return files;
}

describe('mops lsp: what the VS Code client relies on (mops/fs, mops/idle, push, validateOnType)', function () {
  this.timeout(60_000);
  let client: LspClient;
  const files = referenceFiles();
  const asked: string[] = [];
  const vanishing = new Set<string>();

  before(async () => {
    client = new LspClient(process.execPath, [BIN, 'lsp', '--stdio'], process.cwd(), answerFs(files, asked, vanishing));
    await client.request('initialize', {
      processId: process.pid,
      rootUri: ROOT,
      workspaceFolders: [{ uri: ROOT, name: 'playbook' }],
      // A client that could pull diagnostics, asking for them to be pushed (the VS Code client does).
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { clientFileSystem: true, pushDiagnostics: true, validateOnType: false, debounceMs: 0 },
    });
    client.notify('initialized', {});
  });

  after(async () => {
    await client.close();
  });

  it('reads a playbook of a scheme it cannot read itself through the client, and checks it clean', async () => {
    await client.request('mops/idle', {});
    const status = await client.request<{ ready: boolean; roots: { uri: string; files: number; findings: Record<string, number> }[] }>('mops/status', null);
    assert.equal(status.roots.length, 1);
    assert.equal(status.roots[0].uri.replace('memfs:///', 'memfs:/'), ROOT);
    assert.equal(status.roots[0].files, 15);
    assert.deepEqual(status.roots[0].findings, { error: 0, warning: 0, info: 0 });
    assert.ok(asked.some((a) => a.startsWith('readFile memfs:/playbook/campaigns/')), 'the files were read through mops/fs');
    assert.ok(asked.every((a) => !a.includes('file:')), 'nothing was read from the server\'s own disk');
  });

  it('answers mops/idle after publishing its marker, last', async () => {
    const before = client.notifications.length;
    await client.request('mops/idle', { marker: 'mops-idle:/1' });
    const published = client.notifications.slice(before).filter((n) => n.method === 'textDocument/publishDiagnostics');
    assert.deepEqual(published.at(-1)?.params, { uri: 'mops-idle:/1', diagnostics: [] });
    // Only a marker of its own scheme is published.
    const count = client.notifications.length;
    await client.request('mops/idle', { marker: `${ROOT}/team.yaml` });
    assert.equal(client.notifications.slice(count).filter((n) => n.method === 'textDocument/publishDiagnostics').length, 0);
  });

  it('pushes diagnostics when asked to, and with validateOnType off checks a buffer on save, not while typing', async () => {
    const uri = `${ROOT}/campaigns/2026q4-na-email-black-friday.yaml`;
    const text = files.get('campaigns/2026q4-na-email-black-friday.yaml')!.toString('utf8');
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    await client.request('mops/idle', {});
    const line = text.split('\n').findIndex((l) => l.startsWith('owner: '));
    const end = text.split('\n')[line].length;
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line, character: end }, end: { line, character: end } }, text: 'x' }] });
    await client.request('mops/idle', {});
    const typed = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri);
    assert.equal(typed.length, 0, 'nothing is checked while typing');
    client.notify('textDocument/didSave', { textDocument: { uri } });
    const saved = await client.waitFor<{ uri: string; version?: number; diagnostics: { code: string }[] }>('textDocument/publishDiagnostics', (p) => p.uri === uri, 'the diagnostics of the saved brief');
    assert.equal(saved.version, 2);
    assert.deepEqual(saved.diagnostics.map((d) => d.code), ['ref/unknown-person']);
  });

  it('drops a file that was listed but is gone when read (moved meanwhile): no "could not be read" finding is left behind', async () => {
    const path = 'campaigns/2027q1-na-email-moving.yaml';
    const uri = `${ROOT}/${path}`;
    files.set(path, files.get('campaigns/2026q4-na-email-black-friday.yaml')!);
    vanishing.add(path);
    const before = client.notifications.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    await client.request('mops/idle', {});
    assert.ok(asked.includes(`readFile ${uri}`), 'the server listed the file and tried to read it');
    const published = client.notifications.slice(before).filter((n) => (n.params as { uri?: string }).uri?.replace('memfs:///', 'memfs:/') === uri);
    assert.deepEqual(published.flatMap((n) => (n.params as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code)), []);
    const status = await client.request<{ roots: { files: number }[] }>('mops/status', null);
    assert.equal(status.roots[0].files, 15);
  });
});
