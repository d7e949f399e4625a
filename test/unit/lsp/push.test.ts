// A client without pull diagnostics gets textDocument/publishDiagnostics: for files that are not open too, as
// soon as the playbook is loaded; again for the other files an edit affects (a Team member removed makes a
// closed brief's owner unknown); and an empty list once a file's problems are gone. The reference playbook
// publishes nothing at all: every file is clean.

import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, REFERENCE, tempPlaybook } from '../../helpers';
import { fileUri, ready, startServer, type Diagnostic } from './mops-server';

interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

const CONFIG = 'apiVersion: mops/v1\nkind: Config\ntoday: 2026-11-20\n';
const TEAM = ['apiVersion: mops/v1', 'kind: Team', 'id: marketing', 'members:', '  - id: ada', '    name: Ada Lovelace', '    roles: [campaign-ops]', '  - id: bob', '    name: Bob Marley', '    roles: [brand]', ''].join('\n');

describe('mops lsp: pushed diagnostics', function () {
  this.timeout(60_000);
  after(cleanup);

  it('publishes the findings of closed files after load, and of the files an edit affects', async () => {
    // A brief from the reference playbook, owned by a member of this small Team.
    const brief = readFileSync(join(REFERENCE, 'campaigns/2026q4-na-email-black-friday.yaml'), 'utf8');
    const dir = tempPlaybook({});
    cpSync(REFERENCE, dir, { recursive: true });
    const teamText = readFileSync(join(dir, 'team.yaml'), 'utf8');
    // A broken file nobody opens: an unknown owner.
    const broken = brief.replace('owner: priya.shah', 'owner: ghost.writer').replace(/^id: .*$/m, 'id: 2026q4-na-email-ghost');
    const brokenPath = 'campaigns/2026q4-na-email-ghost.yaml';
    writeFileSync(join(dir, brokenPath), broken);
    const brokenUri = fileUri(dir, brokenPath);
    const { client, capabilities } = await startServer(dir);
    try {
      assert.equal(capabilities.diagnosticProvider, undefined);
      const first = await client.waitFor<Published>('textDocument/publishDiagnostics', (p) => p.uri === brokenUri, 'the closed broken file published');
      assert.ok(first.diagnostics.some((d) => d.code === 'ref/unknown-person' && /ghost\.writer/.test(d.message)), JSON.stringify(first));
      const unknownLine = broken.split('\n').findIndex((l) => l.startsWith('owner: ghost.writer'));
      assert.equal(first.diagnostics.find((d) => d.code === 'ref/unknown-person')?.range.start.line, unknownLine);
      await ready(client);
      // Nothing else was published: the rest of the reference playbook is clean.
      assert.deepEqual([...new Set(client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics').map((n) => (n.params as Published).uri))], [brokenUri]);

      // Removing priya.shah from the Team (an edit of the open team.yaml) makes the closed briefs she owns wrong.
      const teamUri = fileUri(dir, 'team.yaml');
      client.notify('textDocument/didOpen', { textDocument: { uri: teamUri, languageId: 'yaml', version: 1, text: teamText } });
      const owned = fileUri(dir, 'campaigns/2026q4-na-email-black-friday.yaml');
      const affected = client.waitFor<Published>('textDocument/publishDiagnostics', (p) => p.uri === owned && p.diagnostics.length > 0, 'the brief owned by the removed member');
      const without = teamText.replace(/ {2}- id: priya\.shah\n( {4}.*\n)+/, '');
      assert.notEqual(without, teamText);
      client.notify('textDocument/didChange', { textDocument: { uri: teamUri, version: 2 }, contentChanges: [{ text: without }] });
      const published = await affected;
      assert.ok(published.diagnostics.some((d) => d.code === 'ref/unknown-person' && /priya\.shah/.test(d.message)));
      // Put back: the brief's diagnostics are cleared with an empty list.
      const cleared = client.waitFor<Published>('textDocument/publishDiagnostics', (p) => p.uri === owned && p.diagnostics.length === 0, 'the brief cleared');
      client.notify('textDocument/didChange', { textDocument: { uri: teamUri, version: 3 }, contentChanges: [{ text: teamText }] });
      await cleared;
      assert.deepEqual(await client.close(), { code: 0, signal: null });
    } finally {
      await client.close();
    }
  });

  it('a folder without mops.config.yaml is a playbook of its own', async () => {
    const dir = tempPlaybook({
      'team.yaml': TEAM,
      'notes/plan.yaml': 'apiVersion: mops/v1\nkind: Brief\nid: x\n',
      'mops.config.yaml.bak': CONFIG,
    });
    const { client } = await startServer(dir);
    try {
      const published = await client.waitFor<Published>('textDocument/publishDiagnostics', (p) => p.uri === fileUri(dir, 'notes/plan.yaml'), 'the incomplete brief');
      assert.ok(published.diagnostics.length > 0);
      assert.ok(published.diagnostics.every((d) => d.source === 'mops' && typeof d.code === 'string'));
      const status = await ready(client);
      assert.deepEqual(status.roots.map((r) => [r.uri, r.configured, r.files]), [[fileUri(dir), false, 2]]);
    } finally {
      await client.close();
    }
  });
});
