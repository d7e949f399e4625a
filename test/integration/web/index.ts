// The web extension's suite: runs in VS Code's web-worker extension host (the browser-based editor that
// reviewers open on a pull request), where the extension is the `browser` bundle and no Node API exists.
// Mocha needs Node, so a few checks run in order here and `run()` rejects when one fails.

import * as vscode from 'vscode';
import { STATUS_REQUEST, type StatusResult } from '../../../src/lsp/protocol';
import { api, assert, BRIEF, closeAll, diagnostics, EXTENSION_ID, has, none, open, replace, uri } from '../suite/util';

const checks: Array<[string, () => Promise<void>]> = [
  [
    'runs the browser bundle in a web worker, with no Node runtime',
    async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is loaded`);
      const nodeRuntime = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
      assert.ok(nodeRuntime === undefined, `no Node runtime in the web worker (found Node ${nodeRuntime})`);
      assert.ok(typeof (globalThis as { importScripts?: unknown }).importScripts === 'function', 'the host is a web worker');
      await api();
    },
  ],
  [
    'the reference playbook checks clean',
    async () => {
      const mopsApi = await api();
      // The server in its worker read the playbook through the client's file system: green means checked.
      const status = await mopsApi.request<StatusResult>(STATUS_REQUEST);
      assert.ok(status.ready && status.roots.length === 1 && status.roots[0].files === 15, `the server holds the reference playbook's 15 files, got ${JSON.stringify(status)}`);
      const found = vscode.languages.getDiagnostics().flatMap(([file, ds]) => ds.filter((d) => d.source === 'mops').map((d) => `${file.path}: ${String(d.message)}`));
      assert.ok(found.length === 0, `no findings, got ${found.join('; ')}`);
    },
  ],
  [
    'reads files through vscode.workspace.fs: a brief that is not open has its diagnostics once team.yaml changes',
    async () => {
      await api();
      const team = await open('team.yaml');
      await replace(team, 'id: priya.shah', 'id: priya.shah-moved');
      await diagnostics(uri(BRIEF), has('ref/unknown-person@7:7-7:17'));
      await replace(team, 'id: priya.shah-moved', 'id: priya.shah');
      await diagnostics(uri(BRIEF), none);
    },
  ],
  [
    'puts a typo on its exact range as you type, and clears it when fixed',
    async () => {
      await api();
      const editor = await open(BRIEF);
      await replace(editor, 'status: active', 'status: actve');
      await diagnostics(editor.document.uri, has('schema/enum@6:8-6:13'));
      await replace(editor, 'status: actve', 'status: active');
      await diagnostics(editor.document.uri, none);
    },
  ],
  [
    'offers a quick fix from the core',
    async () => {
      await api();
      const editor = await open(BRIEF);
      await replace(editor, 'owner: priya.shah\n', 'owner: priya.shahh\n');
      const [finding] = await diagnostics(editor.document.uri, has('ref/unknown-person@7:7-7:18'));
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, finding.range);
      assert.ok(actions.some((a) => a.title === "Change to 'priya.shah'"), `a fix is offered, got ${actions.map((a) => a.title).join(', ')}`);
    },
  ],
];

export async function run(): Promise<void> {
  let failed = 0;
  for (const [name, check] of checks) {
    try {
      await check();
      console.log(`  ✔ ${name}`);
    } catch (error) {
      failed++;
      console.error(`  ✘ ${name}\n    ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } finally {
      await closeAll();
    }
  }
  console.log(`  ${checks.length - failed} passing, ${failed} failing (web extension host)`);
  if (failed > 0) throw new Error(`${failed} web extension-host check(s) failed`);
}
