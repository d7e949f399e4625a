// What a client or a repository can throw at the server must not end it: garbage between messages, a body
// that is not JSON, a Content-Length that is missing, negative or huge, a request with wrong params, an
// unknown method, a deeply nested or huge YAML file. After each, the server still answers. It exits with 0
// after shutdown and exit, 1 after exit alone or when its input closes; --node-ipc starts over Node's IPC.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cleanup, ROOT, tempPlaybook } from '../../helpers';
import { ResponseError, type LspClient } from '../lsp-client';
import { BIN, fileUri, ready, startServer, type StatusResult } from './mops-server';

const CONFIG = 'apiVersion: mops/v1\nkind: Config\ntoday: 2026-11-20\n';

function frame(body: string | Buffer, length = Buffer.byteLength(body)): Buffer {
  return Buffer.concat([Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'ascii'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8')]);
}

describe('mops lsp: robustness', function () {
  this.timeout(60_000);
  after(cleanup);

  describe('a malformed stream', () => {
    let client: LspClient;
    before(async () => {
      ({ client } = await startServer(tempPlaybook({ 'mops.config.yaml': CONFIG })));
      await ready(client);
    });
    after(() => client.close());

    const answers = async () => assert.equal((await client.request<StatusResult>('mops/status', null, 5_000)).ready, true);

    it('garbage bytes between messages', async () => {
      client.sendRaw(Buffer.from([0, 255, 254, 10, 13, 10, 13, 10, 0x41, 0x42]));
      client.sendRaw('this is not a header\r\n\r\n');
      await answers();
      assert.match(client.stderr, /not a message|without one valid Content-Length/);
    });

    it('a body that is not JSON, and JSON that is not a message', async () => {
      client.sendRaw(frame('{"jsonrpc": "2.0", "id": 99, "method": '));
      client.sendRaw(frame('[1, 2, 3]'));
      client.sendRaw(frame('"text"'));
      client.sendRaw(frame('{"no": "method"}'));
      await answers();
      assert.match(client.stderr, /not JSON/);
    });

    it('a negative, a huge and a missing Content-Length', async () => {
      client.sendRaw('Content-Length: -5\r\n\r\n{"jsonrpc":"2.0"}');
      client.sendRaw('Content-Length: 99999999999999\r\n\r\n{"jsonrpc":"2.0","method":"x"}');
      client.sendRaw('Content-Length: 12abc\r\n\r\n');
      client.sendRaw('Content-Type: application/json\r\n\r\n{"jsonrpc":"2.0"}');
      await answers();
      assert.match(client.stderr, /a message of 99999999999999 bytes, over the limit/);
      assert.match(client.stderr, /"Content-Length: -5"/);
    });

    it('requests with wrong params are answered (null or empty), not fatal', async () => {
      assert.equal(await client.request('textDocument/hover', {}), null);
      assert.equal(await client.request('textDocument/completion', { textDocument: 7, position: 'x' }), null);
      assert.deepEqual(await client.request('textDocument/codeAction', {}), []);
      // Params that are not an object fail in vscode-languageserver before a handler runs: an error answer, still no crash.
      await assert.rejects(client.request('textDocument/codeAction', null), (e: unknown) => e instanceof ResponseError);
      assert.deepEqual(await client.request('mops/findings', { uri: 42 }), { findings: [] });
      client.notify('textDocument/didChange', { textDocument: { uri: 'file:///nowhere.yaml' } });
      client.notify('textDocument/didOpen', null);
      client.notify('workspace/didChangeWatchedFiles', { changes: 'all of them' });
      await answers();
    });

    it('an unknown method gets MethodNotFound', async () => {
      await assert.rejects(client.request('mops/no-such-thing', {}), (e: unknown) => e instanceof ResponseError && e.code === -32601);
      client.notify('mops/no-such-notification', {});
      await answers();
    });
  });

  it('a hostile playbook (deeply nested YAML, a huge file) is checked and the server keeps answering', async () => {
    const nested = `apiVersion: mops/v1\nkind: Brief\nid: deep\nnotes: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`;
    const mapping = `apiVersion: mops/v1\nkind: Brief\nid: deep2\nnotes:\n${Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n`;
    const huge = `apiVersion: mops/v1\nkind: Brief\nid: huge\nnotes: "${'x'.repeat(4 * 1024 * 1024)}"\n`;
    const dir = tempPlaybook({ 'mops.config.yaml': CONFIG, 'deep.yaml': nested, 'deep2.yaml': mapping, 'huge.yaml': huge });
    const { client } = await startServer(dir, { pull: true });
    try {
      const status = await ready(client);
      assert.equal(status.roots[0].files, 4);
      const report = await client.request<{ items: { uri: string; items: { code: string }[] }[] }>('workspace/diagnostic', { previousResultIds: [] });
      const codes = (path: string) => report.items.find((i) => i.uri === fileUri(dir, path))?.items.map((d) => d.code) ?? [];
      assert.ok(codes('huge.yaml').includes('file/too-large'), codes('huge.yaml').join());
      assert.ok(codes('deep.yaml').length > 0);
      assert.ok(codes('deep2.yaml').length > 0);
      // The same hostile text opened in a buffer, and typed into: still answered.
      const uri = fileUri(dir, 'deep.yaml');
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: nested } });
      client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${nested}${'- '.repeat(20_000)}x\n` }] });
      const pulled = await client.request<{ items: unknown[] }>('textDocument/diagnostic', { textDocument: { uri } });
      assert.ok(pulled.items.length > 0);
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 20_000 } });
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 20_000 } });
      assert.deepEqual(await client.close(), { code: 0, signal: null });
    } finally {
      await client.close();
    }
  });

  describe('exit codes', () => {
    it('exit without shutdown: 1', async () => {
      const { client } = await startServer(tempPlaybook({ 'mops.config.yaml': CONFIG }));
      await ready(client);
      client.notify('exit', null);
      assert.deepEqual(await client.exited(), { code: 1, signal: null });
    });

    it('input closed without shutdown: 1; after shutdown: 0', async () => {
      const first = (await startServer(tempPlaybook({ 'mops.config.yaml': CONFIG }))).client;
      await ready(first);
      first.endInput();
      assert.deepEqual(await first.exited(), { code: 1, signal: null });
      const second = (await startServer(tempPlaybook({ 'mops.config.yaml': CONFIG }))).client;
      await second.request('shutdown', null);
      second.endInput();
      assert.deepEqual(await second.exited(), { code: 0, signal: null });
    });

    it('no transport, or two: a usage error (2)', async () => {
      const run = (args: string[]) =>
        new Promise<{ code: number | null; stderr: string }>((resolve) => {
          const child = spawn(process.execPath, [BIN, 'lsp', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
          let stderr = '';
          child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
          child.on('exit', (code) => resolve({ code, stderr }));
        });
      for (const args of [[], ['--stdio', '--node-ipc']]) {
        const { code, stderr } = await run(args);
        assert.equal(code, 2);
        assert.match(stderr, /--stdio or --node-ipc/);
      }
    });
  });

  it('--node-ipc: initialize and a request over process messages', async () => {
    const dir = tempPlaybook({ 'mops.config.yaml': CONFIG, 'team.yaml': 'apiVersion: mops/v1\nkind: Team\nid: t\nmembers: []\n' });
    const child = spawn(process.execPath, [BIN, 'lsp', '--node-ipc'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let stdout = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    const responses = new Map<number, unknown>();
    const waiting = new Map<number, (result: unknown) => void>();
    child.on('message', (message: { id?: number; result?: unknown; method?: string }) => {
      if (typeof message.id !== 'number' || message.method !== undefined) return;
      responses.set(message.id, message.result);
      waiting.get(message.id)?.(message.result);
    });
    const request = (id: number, method: string, params: unknown) =>
      new Promise<unknown>((resolve) => {
        waiting.set(id, resolve);
        child.send({ jsonrpc: '2.0', id, method, params });
      });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const init = (await request(1, 'initialize', { processId: process.pid, rootUri: fileUri(dir), capabilities: {} })) as { capabilities: { hoverProvider: boolean }; serverInfo: { name: string } };
    assert.equal(init.serverInfo.name, 'mops');
    assert.equal(init.capabilities.hoverProvider, true);
    child.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
    let status: StatusResult;
    let id = 2;
    do status = (await request(id++, 'mops/status', null)) as StatusResult;
    while (!status.ready);
    assert.deepEqual(status.roots.map((r) => r.files), [2]);
    await request(id, 'shutdown', null);
    child.send({ jsonrpc: '2.0', method: 'exit', params: null });
    assert.equal(await exited, 0);
    assert.equal(stdout, '', 'nothing is written to stdout in IPC mode');
  });
});
