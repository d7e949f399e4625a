// Loading from disk: include/exclude globs, size limit, binary and broken encodings, links not followed.

import assert from 'node:assert/strict';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem } from '../../../src/cli/node-fs';
import { compileGlob, discover } from '../../../src/core';
import { cleanup, loadDir, tempPlaybook, where } from '../../helpers';

const CONFIG = 'apiVersion: mops/v1\nkind: Config\n';
const SOP = (id: string) => `apiVersion: mops/v1\nkind: Sop\nid: ${id}\ntitle: T\narea: a\nowner: o\nsteps: [one]\n`;
const TEAM = 'apiVersion: mops/v1\nkind: Team\nid: t\nmembers:\n  - { id: o, name: O, roles: [ops] }\n';

describe('loading a playbook from disk', () => {
  afterEach(cleanup);

  it('reads included files and skips excluded ones and .git', async () => {
    const dir = tempPlaybook({
      'mops.config.yaml': `${CONFIG}include: ["**/*.yaml"]\nexclude: ["drafts/**", "**/*.tmp.yaml"]\n`,
      'a.yaml': SOP('a'),
      'sub/b.yaml': SOP('b'),
      'c.yml': SOP('c'),
      'drafts/d.yaml': SOP('d'),
      'sub/e.tmp.yaml': SOP('e'),
      '.git/f.yaml': SOP('f'),
    });
    const ws = await loadDir(dir);
    assert.deepEqual(ws.paths(), ['a.yaml', 'mops.config.yaml', 'sub/b.yaml']);
  });

  it('does not parse a file over the size limit, and says so on line 1', async () => {
    const big = `${SOP('big')}summary: "${'x'.repeat(3000)}"\n`;
    const dir = tempPlaybook({ 'mops.config.yaml': `${CONFIG}limits:\n  max_file_bytes: 2000\n`, 'team.yaml': TEAM, 'big.yaml': big, 'small.yaml': SOP('small') });
    const ws = await loadDir(dir);
    const [finding] = ws.findings('big.yaml');
    assert.equal(finding.rule, 'file/too-large');
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(finding.range.start, { line: 0, character: 0 });
    assert.match(finding.message, /This file is 3,089 bytes, over the limit of 2,000/);
    assert.deepEqual(ws.findings('small.yaml'), []);
  });

  it('reports binary files and invalid UTF-8, and still checks the rest', async () => {
    const dir = tempPlaybook({
      'binary.yaml': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
      'latin1.yaml': new Uint8Array([...Buffer.from('apiVersion: mops/v1\nkind: Sop\ntitle: caf'), 0xe9, 0x0a]),
      'broken.yaml': `${SOP('broken')}sumary: x\n`,
      'team.yaml': TEAM,
    });
    const ws = await loadDir(dir);
    assert.deepEqual(
      ws.allFindings().map((f) => `${f.file}:${f.rule}`),
      ['binary.yaml:file/encoding', 'broken.yaml:schema/unknown-property', 'latin1.yaml:file/encoding'],
    );
    assert.match(ws.findings('binary.yaml')[0].message, /binary/);
    assert.match(ws.findings('latin1.yaml')[0].message, /not valid UTF-8/);
  });

  it('reads UTF-8 with a byte-order mark and UTF-16 files with correct positions', async () => {
    const text = `${SOP('bom')}sumary: x\n`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace('id: bom', 'id: u16'), 'utf16le')]);
    const dir = tempPlaybook({ 'bom.yaml': `\uFEFF${text}`, 'u16.yaml': utf16, 'team.yaml': TEAM });
    const ws = await loadDir(dir);
    assert.deepEqual(where(ws.findings('bom.yaml')), ['8:schema/unknown-property']);
    assert.deepEqual(ws.findings('bom.yaml')[0].range.start, { line: 7, character: 0 });
    assert.deepEqual(where(ws.findings('u16.yaml')), ['8:schema/unknown-property']);
  });

  it('does not follow symbolic links, to files or folders, inside or outside the playbook', async () => {
    const outside = tempPlaybook({ 'secret.yaml': SOP('secret') });
    const dir = tempPlaybook({ 'a.yaml': SOP('a'), 'sub/b.yaml': SOP('b'), 'team.yaml': TEAM });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'link.yaml'));
    symlinkSync(outside, join(dir, 'linked-dir'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const ws = await loadDir(dir);
    assert.deepEqual(ws.paths(), ['a.yaml', 'link.yaml', 'sub/b.yaml', 'team.yaml']);
    assert.deepEqual(where(ws.findings('link.yaml')), ['1:file/symlink']);
    assert.equal(ws.findings('link.yaml')[0].severity, 'info');
  });

  it('finds the files under one folder as a whole load would: root-relative globs, links listed, not followed', async () => {
    const outside = tempPlaybook({ 'secret.yaml': SOP('secret') });
    const dir = tempPlaybook({ 'a.yaml': SOP('a'), 'moved/b.yaml': SOP('b'), 'moved/deep/c.yml': SOP('c'), 'moved/drafts/d.yaml': SOP('d') });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'moved', 'link.yaml'));
    symlinkSync(outside, join(dir, 'moved', 'linked-dir'));
    const globs = (list: string[]) => list.map((g) => compileGlob(g));
    const found = await discover(nodeFileSystem(dir), globs(['**/*.yaml', '**/*.yml']), globs(['moved/drafts/**']), 'moved');
    assert.deepEqual(
      found.map((c) => `${c.path}:${c.entry.type}`),
      ['moved/b.yaml:file', 'moved/deep/c.yml:file', 'moved/link.yaml:symlink'],
    );
  });

  it('reports a symbolically linked mops.config.yaml instead of reading it', async () => {
    const outside = tempPlaybook({ 'mops.config.yaml': `${CONFIG}rules:\n  schema/*: off\n` });
    const dir = tempPlaybook({ 'a.yaml': `${SOP('a')}sumary: x\n`, 'team.yaml': TEAM });
    symlinkSync(join(outside, 'mops.config.yaml'), join(dir, 'mops.config.yaml'));
    const ws = await loadDir(dir);
    assert.deepEqual(where(ws.findings('mops.config.yaml')), ['1:file/symlink']);
    assert.deepEqual(where(ws.findings('a.yaml')), ['8:schema/unknown-property']);
  });
});
