// Config: severities per rule and per family, `off` everywhere, today's precedence, lenient reading.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDay, parseDay, resolveConfig, severityFor } from '../../../src/core';
import { REFERENCE, where, workspaceOf } from '../../helpers';

const CONFIG = 'apiVersion: mops/v1\nkind: Config\n';
const brief = readFileSync(join(REFERENCE, 'campaigns/2026q4-na-email-black-friday.yaml'), 'utf8');
const broken = brief.replace('status: active', 'status: actve').replace('  launch: 2026-11-18', '  launch: 2026-11-31');

describe('config', () => {
  it('uses defaults when there is no config', () => {
    const config = resolveConfig(undefined);
    assert.equal(config.martech.lowUtilizationBelow, 0.6);
    assert.equal(config.martech.renewalWarningDays, 30);
    assert.equal(config.limits.maxFileBytes, 1024 * 1024);
    assert.equal(config.include.length, 2);
  });

  it('lets a playbook raise its size limit to 8 MiB and no further', () => {
    assert.equal(resolveConfig({ limits: { max_file_bytes: 4_000_000 } }).limits.maxFileBytes, 4_000_000);
    assert.equal(resolveConfig({ limits: { max_file_bytes: 1e12 } }).limits.maxFileBytes, 8 * 1024 * 1024);
    const findings = workspaceOf({ 'mops.config.yaml': `${CONFIG}limits:\n  max_file_bytes: 1000000000000\n` }).findings('mops.config.yaml');
    assert.deepEqual(findings.map((f) => `${f.range.start.line + 1}:${f.rule}:${f.severity}`), ['4:schema/range:error']);
  });

  it('takes a reports folder only inside the playbook, and reports any other', () => {
    for (const inside of ['reports', 'out/reports', 'a..b', 'reports/']) {
      assert.equal(resolveConfig({ reports: { out_dir: inside } }).reports.outDir, inside);
      assert.deepEqual(workspaceOf({ 'mops.config.yaml': `${CONFIG}reports:\n  out_dir: '${inside}'\n` }).findings('mops.config.yaml'), [], inside);
    }
    for (const outside of ['..', '../elsewhere', 'a/../../b', '/etc/cron.d', '\\\\server\\share', 'C:\\Users', 'c:reports', '~/reports', 'reports\\..\\..']) {
      assert.equal(resolveConfig({ reports: { out_dir: outside } }).reports.outDir, 'reports', outside);
      const findings = workspaceOf({ 'mops.config.yaml': `${CONFIG}reports:\n  out_dir: ${JSON.stringify(outside)}\n` }).findings('mops.config.yaml');
      assert.deepEqual(findings.map((f) => `${f.range.start.line + 1}:${f.rule}:${f.severity}`), ['4:schema/pattern:error'], outside);
      assert.match(findings[0].message, /^'reports\.out_dir' must be a folder inside the playbook: a relative path without '\.\.', not /);
    }
  });

  it('picks the most specific severity: exact id, then the longest family', () => {
    const config = resolveConfig({ rules: { 'schema/*': 'warning', 'schema/enum': 'off', 'yaml/*': 'info' } });
    assert.equal(severityFor(config, 'schema/enum', 'error'), 'off');
    assert.equal(severityFor(config, 'schema/type', 'error'), 'warning');
    assert.equal(severityFor(config, 'yaml/syntax', 'error'), 'info');
    assert.equal(severityFor(config, 'mops/duplicate-id', 'error'), 'error');
  });

  it('applies severities from mops.config.yaml, and off silences a rule', () => {
    const ws = workspaceOf({ 'mops.config.yaml': `${CONFIG}rules:\n  schema/enum: off\n  schema/format: info\n`, 'b.yaml': broken });
    assert.deepEqual(
      ws.findings('b.yaml').map((f) => `${f.rule}:${f.severity}`),
      ['schema/format:info'],
    );
  });

  it('re-checks every file when the config changes', () => {
    const ws = workspaceOf({ 'mops.config.yaml': CONFIG, 'b.yaml': broken });
    assert.equal(ws.findings('b.yaml').length, 2);
    const changed = ws.set('mops.config.yaml', { type: 'text', text: `${CONFIG}rules:\n  schema/*: off\n` });
    assert.deepEqual(changed, ['b.yaml', 'mops.config.yaml']);
    assert.deepEqual(ws.findings('b.yaml'), []);
  });

  it('takes today from the option, else the config, else the clock', () => {
    const clock = () => new Date('2030-01-02T12:00:00Z');
    const withConfig = workspaceOf({ 'mops.config.yaml': `${CONFIG}today: 2026-11-20\n` }, { clock });
    assert.equal(formatDay(withConfig.today), '2026-11-20');
    const overridden = workspaceOf({ 'mops.config.yaml': `${CONFIG}today: 2026-11-20\n` }, { clock, today: parseDay('2026-12-01') });
    assert.equal(formatDay(overridden.today), '2026-12-01');
    assert.equal(formatDay(workspaceOf({}, { clock }).today), '2030-01-02');
  });

  it('reports unknown rule ids, bad globs and misplaced configs in the config itself', () => {
    const ws = workspaceOf({
      'mops.config.yaml': `${CONFIG}include: ["**/*.yaml", "[oops"]\nrules:\n  schema/enm: off\n  nope/*: off\n`,
      'sub/mops.config.yaml': CONFIG,
    });
    assert.deepEqual(where(ws.findings('mops.config.yaml')), ['3:config/bad-glob', '5:config/unknown-rule', '6:config/unknown-rule']);
    const [unknown] = ws.findings('mops.config.yaml').filter((f) => f.rule === 'config/unknown-rule');
    assert.equal(unknown.fixes[0].edits[0].newText, 'schema/enum');
    assert.deepEqual(where(ws.findings('sub/mops.config.yaml')), ['2:config/misplaced']);
  });

  it('reads a malformed config leniently, using defaults for the broken parts', () => {
    const config = resolveConfig({ today: 'tomorrow', martech: { low_utilization_below: 'high' }, rules: { 'schema/type': 'loud' } });
    assert.equal(config.today, undefined);
    assert.equal(config.martech.lowUtilizationBelow, 0.6);
    assert.equal(config.rules.size, 0);
  });
});
