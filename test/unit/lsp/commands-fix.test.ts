// The requests behind "Fix all problems in this file / in the playbook" and "Reassign work", with `mops lsp --stdio`
// on a copy of the reference playbook: the edits the server answers, applied to the texts as the client does,
// remove the problems (or move the work); unsaved buffers are what is fixed, the server's own findings never see the
// trial, and a request the server cannot answer gets an empty answer, not a crash.

import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FindingItem, FindingsResult } from '../../../src/lsp/protocol';
import type { FileEdits, FixFileResult, FixPlaybookResult, ReassignResult } from '../../../src/lsp/protocol-commands';
import { cleanup, readTree, REFERENCE, tempPlaybook } from '../../helpers';
import type { LspClient } from '../lsp-client';
import { applyEdits, fileUri, ready, startServer, until, type StatusResult } from './mops-server';

const BRIEF = 'campaigns/2026q4-na-email-black-friday.yaml';
const WEBINAR = 'campaigns/2026q4-emea-social-winter-webinar.yaml';
const SCHOOL = 'campaigns/2026q3-na-search-back-to-school.yaml';
const SOP = 'sops/new-tool-request.yaml';

/** The reference playbook, with more of Li Wei's work: the webinar's requester, a pending approval, and an anchored SOP owner. */
function playbookFiles(): Record<string, string> {
  const files = readTree(REFERENCE);
  files[WEBINAR] = files[WEBINAR].replace('requester: maria.lopez\n', 'requester: li.wei\n').replace(
    '    date: 2026-11-12\nhistory:',
    '    date: 2026-11-12\n  - gate: creative\n    approver: li.wei\n    status: pending\nhistory:',
  );
  files[SOP] = files[SOP].replace('owner: li.wei\n', 'owner: &lead li.wei\n');
  return files;
}

const byRule = (findings: readonly FindingItem[]) => findings.map((f) => `${f.rule}${f.fixable ? ' (fixable)' : ''}`).sort();

describe('mops lsp: the fix and reassign requests', function () {
  this.timeout(60_000);
  let dir: string;
  let files: Record<string, string>;
  let client: LspClient;
  const uri = (path: string) => fileUri(dir, path);
  const findings = async (path?: string) => (await client.request<FindingsResult>('mops/findings', path === undefined ? {} : { uri: uri(path) })).findings;
  const total = async () => {
    const { roots } = await client.request<StatusResult>('mops/status', null);
    return roots.reduce((n, r) => n + r.findings.error + r.findings.warning + r.findings.info, 0);
  };
  const open = (path: string, text: string, version = 1) => client.notify('textDocument/didOpen', { textDocument: { uri: uri(path), languageId: 'yaml', version, text } });
  const change = (path: string, text: string, version: number) => client.notify('textDocument/didChange', { textDocument: { uri: uri(path), version }, contentChanges: [{ text }] });
  const close = (path: string) => client.notify('textDocument/didClose', { textDocument: { uri: uri(path) } });
  /** Writes a file on disk and waits until the server has read it (its findings say so). */
  const writeDisk = async (path: string, text: string, check: (fs: FindingItem[]) => boolean) => {
    writeFileSync(join(dir, ...path.split('/')), text);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(path), type: 2 }] });
    await until(() => findings(path), check, `${path} read again`);
  };
  const edited = (file: FileEdits | undefined, text: string) => applyEdits(text, file?.edits ?? []);

  before(async () => {
    files = playbookFiles();
    dir = tempPlaybook(files);
    ({ client } = await startServer(dir, { watchers: true }));
    await ready(client);
  });
  after(async () => {
    await client?.close();
    cleanup();
  });

  it('the playbook starts clean', async () => {
    assert.equal(await total(), 0);
  });

  it('fixFile: the edits fix the unsaved buffer, for its version; applied, no problem remains', async () => {
    const broken = files[BRIEF].replace('status: active\n', "status: 'activ'   # typed\n").replace('tools: [hubspot, ga4]', 'tools: [hubspt, ga4]').replace('utm_source=newsletter', 'utm_source=NewsLetter');
    open(BRIEF, files[BRIEF], 1);
    change(BRIEF, broken, 4);
    assert.deepEqual(byRule(await findings(BRIEF)), ['ref/unknown-tool (fixable)', 'schema/enum (fixable)', 'utm/case (fixable)']);
    const result = await client.request<FixFileResult>('mops/fixFile', { uri: uri(BRIEF) });
    assert.ok(result);
    assert.deepEqual([result.fixed, result.edit.uri, result.edit.version], [3, uri(BRIEF), 4]);
    const fixed = edited(result.edit, broken);
    assert.equal(fixed, files[BRIEF].replace('status: active\n', "status: 'active'   # typed\n"));
    // The request changed nothing on the server: the buffer's findings stand until the client applies the edit.
    assert.equal((await findings(BRIEF)).length, 3);
    change(BRIEF, fixed, 5);
    assert.deepEqual(await findings(BRIEF), []);
    // Nothing left: no edit, nothing fixed, the same version.
    assert.deepEqual(await client.request<FixFileResult>('mops/fixFile', { uri: uri(BRIEF) }), { edit: { uri: uri(BRIEF), version: 5, edits: [] }, fixed: 0 });
    close(BRIEF);
  });

  it('fixFile: a file not open is fixed as on disk (version null); a problem with no fix is left and not counted', async () => {
    await writeDisk(WEBINAR, files[WEBINAR].replace('owner: li.wei\n', 'owner: nobody.known\n').replace('utm_source=linkedin', 'utm_source=LinkedIn'), (fs) => fs.length === 2);
    try {
      const result = await client.request<FixFileResult>('mops/fixFile', { uri: uri(WEBINAR) });
      assert.ok(result);
      assert.deepEqual([result.fixed, result.edit.version], [1, null]);
      assert.equal(edited(result.edit, files[WEBINAR].replace('owner: li.wei\n', 'owner: nobody.known\n').replace('utm_source=linkedin', 'utm_source=LinkedIn')), files[WEBINAR].replace('owner: li.wei\n', 'owner: nobody.known\n'));
    } finally {
      await writeDisk(WEBINAR, files[WEBINAR], (fs) => fs.length === 0);
    }
  });

  it('fixPlaybook: every file, an unsaved buffer included, in one answer; the server holds its texts as before', async () => {
    const otherBroken = files[WEBINAR].replace('status: active', 'status: actve');
    await writeDisk(WEBINAR, otherBroken, (fs) => fs.some((f) => f.rule === 'schema/enum'));
    const broken = files[BRIEF].replace('utm_source=newsletter', 'utm_source=NEWSLETTER').replace('tools: [hubspot, ga4]', 'tools: [hubspt, ga4]');
    open(BRIEF, broken, 7);
    try {
      const before = await findings();
      assert.equal(before.length, 3);
      await client.request('mops/idle', {});
      const mark = client.notifications.length;
      const result = await client.request<FixPlaybookResult>('mops/fixPlaybook', { root: fileUri(dir) });
      await client.request('mops/idle', {});
      assert.deepEqual(client.notifications.slice(mark).filter((n) => n.method === 'textDocument/publishDiagnostics'), [], 'no diagnostics published for the trial');
      assert.equal(result.fixed, 3);
      assert.deepEqual(result.files.map((f) => [f.uri, f.version]), [[uri(WEBINAR), null], [uri(BRIEF), 7]]);
      // No leak of the trial: the findings, their counts and the buffer's own fix are what they were.
      assert.deepEqual(await findings(), before);
      assert.equal(await total(), 3);
      assert.equal((await client.request<FixFileResult>('mops/fixFile', { uri: uri(BRIEF) }))?.fixed, 2);
      // Applied as the client does (the disk file opens as a buffer with the fixed text), nothing remains.
      const [webinar, brief] = result.files;
      assert.equal(edited(brief, broken), files[BRIEF]);
      assert.equal(edited(webinar, otherBroken), files[WEBINAR]);
      change(BRIEF, edited(brief, broken), 8);
      open(WEBINAR, edited(webinar, otherBroken));
      // As the command does: once the server is idle, what remains (mops/status counts the same).
      await client.request('mops/idle', {});
      assert.deepEqual(await findings(), []);
      assert.equal(await total(), 0);
      assert.deepEqual(await client.request<FixPlaybookResult>('mops/fixPlaybook', { root: fileUri(dir) }), { files: [], fixed: 0 });
    } finally {
      close(BRIEF);
      close(WEBINAR);
      await writeDisk(WEBINAR, files[WEBINAR], (fs) => fs.length === 0);
    }
  });

  it('reassign: moves owners, requesters and pending approvals; decided approvals stay; an anchored value is named, not edited', async () => {
    // An unsaved buffer of the webinar is what the edit is computed on.
    const typed = `# typed, not saved\n${files[WEBINAR]}`;
    open(WEBINAR, typed, 3);
    try {
      const result = await client.request<ReassignResult>('mops/reassign', { root: fileUri(dir), from: 'li.wei', to: 'priya.shah' });
      assert.equal(result.moved, 5);
      assert.deepEqual(result.skipped, [`${SOP}:6 (it carries the anchor &lead, which other values may share)`]);
      assert.deepEqual(result.files.map((f) => [f.uri, f.version]), [[uri(WEBINAR), 3], [uri('martech/register.yaml'), null]]);
      const webinar = edited(result.files[0], typed);
      assert.equal(webinar, typed.replace('owner: li.wei\n', 'owner: priya.shah\n').replace('requester: li.wei\n', 'requester: priya.shah\n').replace('approver: li.wei\n    status: pending', 'approver: priya.shah\n    status: pending'));
      const register = edited(result.files[1], files['martech/register.yaml']);
      assert.doesNotMatch(register, /li\.wei/);
      assert.equal(register.split('\n').filter((l) => l === 'owner: priya.shah').length, 3);
      // Back to school's approval by Li is a decision made: not among the files.
      assert.match(files[SCHOOL], /approver: li\.wei/);
      // Nothing moved on the server: Li still owns the webinar there.
      assert.equal((await client.request<ReassignResult>('mops/reassign', { root: fileUri(dir), from: 'li.wei', to: 'priya.shah' })).moved, 5);
    } finally {
      close(WEBINAR);
    }
  });

  it('reassign: nobody to move is an empty answer with what was left', async () => {
    assert.deepEqual(await client.request<ReassignResult>('mops/reassign', { root: fileUri(dir), from: 'ana.silva', to: 'tom.becker' }), { files: [], moved: 0, skipped: [] });
  });

  it('unknown people, playbooks and files, and bad params: empty answers, and the server goes on', async () => {
    const none = { files: [], moved: 0, skipped: [] };
    const root = fileUri(dir);
    for (const params of [
      { root, from: 'no.one', to: 'priya.shah' },
      { root, from: 'li.wei', to: 'no.one' },
      { root, from: 'li.wei' },
      { root: fileUri(join(dir, 'nowhere')), from: 'li.wei', to: 'priya.shah' },
      { root, from: 7, to: ['x'] },
      null,
    ]) assert.deepEqual(await client.request<ReassignResult>('mops/reassign', params), none, JSON.stringify(params));
    for (const params of [{ root: fileUri(join(dir, 'nowhere')) }, { root: 12 }, {}, null]) assert.deepEqual(await client.request<FixPlaybookResult>('mops/fixPlaybook', params), { files: [], fixed: 0 });
    for (const params of [{ uri: fileUri(join(dir, '..', 'elsewhere.yaml')) }, { uri: 3 }, {}, null]) assert.equal(await client.request<FixFileResult>('mops/fixFile', params), null);
    assert.equal(await total(), 0);
    const logged = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => JSON.stringify(n.params));
    assert.deepEqual(logged.filter((m) => m.includes('failed')), []);
  });
});
