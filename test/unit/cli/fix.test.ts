// `mops fix` and `mops check --fix`: every fix the editor's fix-all would apply, written back safely; what
// remains is reported as mops check would. Run on every rule fixture that offers a fix.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPlaybook } from '../../../src/core';
import { fixFiles } from '../../../src/cli/fixing';
import { nodeFileSystem } from '../../../src/cli/node-fs';
import { cleanup, FIXTURES, readTree, REFERENCE, runCli, tempPlaybook } from '../../helpers';
import { BRIEF, defectivePlaybook } from './defects';

interface Json {
  findings: Array<{ rule: string; file: string; message: string; fixes: unknown[] }>;
}

const json = (stdout: string) => JSON.parse(stdout) as Json;
const key = (f: Json['findings'][number]) => `${f.file}|${f.rule}|${f.message}`;

/** Every invalid fixture of a rule, as files laid over the reference playbook. */
function fixtures(): Array<{ rule: string; files: Record<string, string> }> {
  const out: Array<{ rule: string; files: Record<string, string> }> = [];
  const base = join(FIXTURES, 'rules');
  for (const family of readdirSync(base)) {
    for (const name of readdirSync(join(base, family))) {
      const dir = join(base, family, name);
      if (existsSync(join(dir, 'invalid.yaml'))) out.push({ rule: `${family}/${name}`, files: { 'fixture.yaml': readFileSync(join(dir, 'invalid.yaml'), 'utf8') } });
      else if (existsSync(join(dir, 'invalid')) && statSync(join(dir, 'invalid')).isDirectory()) out.push({ rule: `${family}/${name}`, files: readTree(join(dir, 'invalid')) });
    }
  }
  return out;
}

/** Comment lines and trailing comments of a text, which a fix must keep. */
const comments = (text: string) => text.split('\n').flatMap((l) => (/(^|\s)#/.test(l) ? [l.slice(l.search(/(^|\s)#/)).trim()] : []));

describe('mops fix', () => {
  afterEach(cleanup);

  it('fixes what fix-all would, keeps comments, reports what remains, exits like check', async () => {
    const { dir } = defectivePlaybook();
    const before = readFileSync(join(dir, BRIEF), 'utf8');
    const run = await runCli(['fix', dir, '--no-color']);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stdout, new RegExp(`^${BRIEF.replace(/[.]/g, '\\.')}: fixed 1 problem \\(schema/enum\\)\\n`));
    const after = readFileSync(join(dir, BRIEF), 'utf8');
    assert.equal(after, before.replace('status: actve', 'status: active'));
    assert.match(run.stdout, /launch: 2026-11-31|schema\/format/, 'what remains is reported');
    const check = json((await runCli(['check', dir, '--format', 'json'])).stdout);
    assert.equal(check.findings.some((f) => f.rule === 'schema/enum'), false);
  });

  it('--dry-run prints a unified diff and writes nothing', async () => {
    const { dir } = defectivePlaybook();
    const before = readTree(dir);
    const run = await runCli(['fix', dir, '--dry-run']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`--- a/${BRIEF.replace(/[.]/g, '\\.')}\\n\\+\\+\\+ b/${BRIEF.replace(/[.]/g, '\\.')}\\n@@ [^\\n]+ @@\\n(?:[ +-][^\\n]*\\n)*-status: actve\\n\\+status: active\\n`));
    assert.match(run.stderr, /would fix 1 problem \(schema\/enum\)/);
    assert.deepEqual(readTree(dir), before);
  });

  it('--rule fixes only the rules named (a family with /*)', async () => {
    const reference = readTree(REFERENCE);
    const brief = 'campaigns/2026q4-na-email-black-friday.yaml';
    const text = reference[brief].replace('status: active', 'status: actve').replace('owner: priya.shah', 'owner: priya.shahh');
    const dir = tempPlaybook({ ...reference, [brief]: text });
    await runCli(['fix', dir, '--rule', 'ref/*']);
    const after = readFileSync(join(dir, brief), 'utf8');
    assert.ok(after.includes('owner: priya.shah\n') && after.includes('status: actve'), after);
  });

  it('leaves alone a file that changed on disk since it was read, and says so', async () => {
    const { dir } = defectivePlaybook();
    const workspace = await loadPlaybook(nodeFileSystem(dir));
    writeFileSync(join(dir, BRIEF), `${readFileSync(join(dir, BRIEF), 'utf8')}# edited meanwhile\n`);
    const edited = readFileSync(join(dir, BRIEF), 'utf8');
    const run = fixFiles(dir, workspace, workspace.paths(), { dryRun: false, out: { write: () => true } });
    assert.deepEqual(run.refused, [{ path: BRIEF, reason: 'it changed on disk since mops read it; run mops fix again' }]);
    assert.equal(readFileSync(join(dir, BRIEF), 'utf8'), edited);
  });

  it('check --fix fixes first, then reports in the format asked for', async () => {
    const { dir } = defectivePlaybook();
    const run = await runCli(['check', dir, '--fix', '--format', 'json']);
    assert.match(run.stderr, /fixed 1 problem \(schema\/enum\)/);
    assert.equal(json(run.stdout).findings.some((f) => f.rule === 'schema/enum'), false);
  });

  describe('on every rule fixture that offers a fix: the fixed findings go, none comes, comments stay', () => {
    const reference = readTree(REFERENCE);
    for (const { rule, files } of fixtures()) {
      it(rule, async () => {
        const dir = tempPlaybook({ ...reference, ...files });
        const before = json((await runCli(['check', dir, '--format', 'json'])).stdout).findings;
        if (!before.some((f) => f.fixes.length > 0)) return;
        const run = await runCli(['fix', dir]);
        assert.ok(run.code !== 2 || before.some((f) => f.file === 'mops.config.yaml'), run.stderr);
        const after = json((await runCli(['check', dir, '--format', 'json'])).stdout).findings;
        const left = new Map<string, number>();
        for (const f of before) left.set(key(f), (left.get(key(f)) ?? 0) + 1);
        for (const f of after) {
          const n = left.get(key(f)) ?? 0;
          assert.ok(n > 0, `mops fix brought in ${key(f)}`);
          left.set(key(f), n - 1);
        }
        assert.ok(after.length < before.length, 'something was fixed');
        for (const [path, text] of Object.entries(files)) assert.deepEqual(comments(readFileSync(join(dir, path), 'utf8')), comments(text), `${path}: comments kept`);
      });
    }
  });
});
