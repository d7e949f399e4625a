// The server reads the disk only once the client watches it for the server. Before, the first load began as
// the watchers were being registered: a folder deleted in between (a restarted server, a test removing the
// playbook it had just created) was read, its delete event never came, and its files stayed in the playbook
// as duplicates of the real ones for the rest of the session.

import assert from 'node:assert/strict';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, REFERENCE, tempPlaybook } from '../../helpers';
import type { LspClient } from '../lsp-client';
import { ready, startServer } from './mops-server';

/** Long enough for the reference playbook to load many times over, had the load not waited. */
const REGISTRATION_DELAY_MS = 1_500;

describe('mops lsp: the first load waits for the file watchers', function () {
  this.timeout(60_000);
  let client: LspClient | undefined;
  after(async () => {
    await client?.close();
    cleanup();
  });

  it('does not hold a folder deleted before the client had registered the watchers', async () => {
    const dir = tempPlaybook({});
    cpSync(REFERENCE, dir, { recursive: true });
    cpSync(REFERENCE, join(dir, 'copy'), { recursive: true });
    let registeredAt = 0;
    const onRequest = async (method: string) => {
      if (method !== 'client/registerCapability') return null;
      await new Promise((resolve) => setTimeout(resolve, REGISTRATION_DELAY_MS));
      // Deleted before the watchers exist: no event will ever say so.
      rmSync(join(dir, 'copy'), { recursive: true, force: true });
      registeredAt = Date.now();
      return null;
    };
    ({ client } = await startServer(dir, { watchers: true, onRequest }));
    await ready(client);
    assert.ok(registeredAt > 0, 'the server was ready before the client had answered the registration');
    const status = await client.request<{ roots: { uri: string; paths?: string[]; findings: Record<string, number> }[] }>('mops/status', { paths: true });
    assert.equal(status.roots.length, 1, 'the copy (a nested playbook) is not a root');
    assert.deepEqual((status.roots[0].paths ?? []).filter((p) => p.startsWith('copy/')), []);
    assert.deepEqual(status.roots[0].findings, { error: 0, warning: 0, info: 0 });
  });
});
