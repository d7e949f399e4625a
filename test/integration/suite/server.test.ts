// The language server behind the extension, in a real VS Code: it runs in a process of its own (not on the
// extension host), answers the extension's own requests, and when it dies the client starts it again and the
// problems of an unsaved buffer come back as they were.

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { STATUS_REQUEST, type StatusResult } from '../../../src/lsp/protocol';
import { api, BRIEF, closeAll, diagnostics, has, open, replace, root } from './util';

/** The mops servers this extension host started: its child processes running dist/server.js. */
function serverPids(): number[] {
  const lines = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' }).split('\n');
  return lines.filter((l) => /dist[\\/]server\.js/.test(l)).map((l) => Number(l.trim().split(/\s+/)[0]));
}

async function until<T>(read: () => Promise<T | undefined>, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('language server', function () {
  this.timeout(90_000);
  afterEach(closeAll);

  before(function () {
    // The desktop's server is a Node process; the web's is a worker (test/integration/web).
    if (root().scheme !== 'file') this.skip();
  });

  it('runs in a process of its own and holds the playbook', async () => {
    const mopsApi = await api();
    const pids = serverPids();
    assert.equal(pids.length, 1, `one server process, found ${pids.join(', ')}`);
    assert.notEqual(pids[0], process.pid);
    const status = await mopsApi.request<StatusResult>(STATUS_REQUEST);
    assert.ok(status.ready);
    assert.equal(status.roots.length, 1);
    assert.ok(status.roots[0].files >= 15, `the server holds the playbook's files (${status.roots[0].files})`);
  });

  it('is started again by the client when it dies, with the unsaved buffer as it was', async () => {
    const mopsApi = await api();
    const editor = await open(BRIEF);
    await replace(editor, 'owner: priya.shah\n', 'owner: priya.shahh\n');
    await diagnostics(editor.document.uri, has('ref/unknown-person@7:7-7:18'));
    const [killed] = serverPids();
    process.kill(killed, 'SIGKILL');
    const restarted = await until(async () => {
      const pids = serverPids().filter((p) => p !== killed);
      if (pids.length !== 1) return undefined;
      const status = await mopsApi.request<StatusResult>(STATUS_REQUEST);
      return status.ready ? pids[0] : undefined;
    }, 'a new server process, ready');
    assert.notEqual(restarted, killed);
    await mopsApi.idle();
    // The new server was sent the open buffer again: its problem is back, from the unsaved text.
    await diagnostics(editor.document.uri, has('ref/unknown-person@7:7-7:18'));
    await replace(editor, 'owner: priya.shahh\n', 'owner: priya.shah\n');
    await diagnostics(editor.document.uri, (ds) => ds.length === 0);
  });
});
