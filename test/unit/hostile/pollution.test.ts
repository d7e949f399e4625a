// The hostile corpus loaded in this process, through the CLI's file system: every rule, every report in
// every format and every check format run over it, and afterwards the built-in prototypes are exactly as
// they were (no `__proto__`, `constructor` or `prototype` key got through), and nothing was read outside
// the repo or through a link.

import assert from 'node:assert/strict';
import { lstatSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { buildReport, loadPlaybook, renderReport, REPORT_FORMATS, REPORTS, RULES, type PlaybookFileSystem } from '../../../src/core';
import { nodeFileSystem } from '../../../src/cli/node-fs';
import { FORMATTERS } from '../../../src/cli/formatters';
import { summarize } from '../../../src/cli/formatters/types';
import { writeCorpus } from '../../../scripts/hostile/corpus.mjs';
import { REFERENCE } from '../../helpers';

const PROTOTYPES: Array<[string, object]> = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['Function', Function.prototype],
  ['String', String.prototype],
  ['Number', Number.prototype],
  ['Boolean', Boolean.prototype],
  ['Map', Map.prototype],
  ['Set', Set.prototype],
  ['Promise', Promise.prototype],
  ['RegExp', RegExp.prototype],
  ['Date', Date.prototype],
  ['Error', Error.prototype],
];

/** Every own property of the built-in prototypes, with its value or accessors, by identity. */
function snapshot(): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [name, proto] of PROTOTYPES) {
    out.set(`${name}.[[Prototype]]`, Object.getPrototypeOf(proto));
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key) as PropertyDescriptor;
      out.set(`${name}.${String(key)}`, [d.value, d.get, d.set, d.writable, d.enumerable, d.configurable]);
    }
  }
  return out;
}

/** The CLI's file system, recording every path it is asked to read or list. */
function recording(root: string, seen: string[]): PlaybookFileSystem {
  const fs = nodeFileSystem(root);
  return {
    readDirectory: (path) => (seen.push(path), fs.readDirectory(path)),
    readFile: (path) => (seen.push(path), fs.readFile(path)),
    exists: (path) => fs.exists(path),
  };
}

describe('hostile corpus in process: no prototype pollution, nothing read outside', function () {
  this.timeout(120_000);
  let work: string;
  before(() => {
    work = mkdtempSync(join(tmpdir(), 'mops-pollution-'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('leaves every built-in prototype as it was after loading, checking, reporting and formatting', async () => {
    const corpus = writeCorpus(join(work, 'repo'), { reference: REFERENCE, outside: join(work, 'outside'), bigBytes: 2 * 1024 * 1024 });
    const before = snapshot();
    const seen: string[] = [];
    const workspace = await loadPlaybook(recording(corpus.dir, seen), {});
    const findings = workspace.allFindings();
    assert.ok(findings.length > 5000);
    // The prototype names were read as names: an id that exists only on Object.prototype is unknown.
    const proto = findings.filter((f) => f.file === 'hostile/proto/brief.yaml').map((f) => f.message);
    for (const name of ['valueOf', 'isPrototypeOf', 'toLocaleString', 'propertyIsEnumerable', 'hasOwnProperty']) {
      assert.ok(proto.some((m) => m.startsWith(`'${name}' is not `)), name);
    }
    let rendered = 0;
    for (const name of REPORTS) {
      const report = buildReport(name, workspace);
      for (const format of REPORT_FORMATS) rendered += renderReport(report, format).length;
    }
    const files = workspace.paths();
    for (const format of Object.keys(FORMATTERS)) rendered += FORMATTERS[format]({ root: corpus.dir, files, findings, summary: summarize(files, findings), rules: RULES, version: '0' }, { color: true }).length;
    assert.ok(rendered > 0);

    const after = snapshot();
    assert.deepEqual([...after.keys()].filter((k) => !before.has(k)), [], 'no new property on a built-in prototype');
    for (const [key, value] of before) assert.deepEqual(after.get(key), value, key);
    const fresh: Record<string, unknown> = {};
    for (const key of ['polluted', 'prototype']) assert.equal(fresh[key], undefined, key);
    assert.equal(Object.getPrototypeOf(fresh), Object.prototype);
    assert.equal(({}).constructor, Object);
    assert.equal(({}).toString(), '[object Object]');

    // Nothing outside the repo, and nothing through a link: every path read is a real file or folder inside it.
    const root = realpathSync(corpus.dir);
    assert.ok(seen.length > 50);
    for (const path of seen) {
      const parts = path.split('/').filter(Boolean);
      parts.forEach((_, i) => assert.equal(lstatSync(join(corpus.dir, ...parts.slice(0, i + 1))).isSymbolicLink(), false, `${path} goes through a link`));
      const real = realpathSync(join(corpus.dir, ...parts));
      assert.ok(real === root || real.startsWith(root + sep), `${path} resolves to ${real}`);
    }
  });
});
