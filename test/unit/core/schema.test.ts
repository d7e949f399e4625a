// Schema findings land on the exact range the catalogue names, with fixes where there is a nearest value.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync } from 'node:fs';
import { REFERENCE, ROOT, workspaceOf } from '../../helpers';

const brief = readFileSync(join(REFERENCE, 'campaigns/2026q4-na-email-black-friday.yaml'), 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));

function check(text: string) {
  return workspaceOf({ 'b.yaml': text }).findings('b.yaml');
}

describe('schema findings', () => {
  it('words every pattern of every schema (no raw regex ever reaches a user)', () => {
    const missing: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${where}[${i}]`));
      else if (node && typeof node === 'object') {
        const o = node as Record<string, unknown>;
        if (typeof o.pattern === 'string' && typeof o.patternMessage !== 'string') missing.push(`${where}: ${o.pattern}`);
        for (const [k, v] of Object.entries(o)) if (k !== 'properties' || typeof v === 'object') walk(v, `${where}.${k}`);
      }
    };
    for (const file of readdirSync(join(ROOT, 'schemas')).filter((f) => f.endsWith('.schema.json') && f !== 'mops.schema.json')) {
      walk(JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8')), file);
    }
    assert.deepEqual(missing, []);
  });

  it('says a currency in words and offers it in capitals', () => {
    const findings = check(brief.replace('currency: USD', 'currency: usd'));
    assert.deepEqual(
      findings.map((f) => [f.rule, f.message, f.fixes.map((x) => x.title)]),
      [['schema/pattern', "'budget.currency' must be a three-letter ISO 4217 currency code in capitals, such as USD or EUR, not 'usd'. Did you mean 'USD'?", ["Change to 'USD'"]]],
    );
  });

  it('reads a share given as a percentage as the share it means', () => {
    const findings = workspaceOf({ 'mops.config.yaml': 'apiVersion: mops/v1\nkind: Config\nmartech:\n  low_utilization_below: 60\n' }).findings('mops.config.yaml');
    assert.deepEqual(
      findings.map((f) => [f.rule, f.message, f.fixes.map((x) => x.title)]),
      [['schema/range', "'martech.low_utilization_below' is a share from 0 to 1: write 0.6 for 60 %, not 60.", ["Change to '0.6'"]]],
    );
  });

  it('puts a missing top-level property on the kind', () => {
    const text = brief.replace('owner: priya.shah\n', '');
    const [f] = check(text);
    assert.equal(f.rule, 'schema/required');
    assert.equal(f.message, "Brief is missing the required property 'owner'.");
    assert.deepEqual(f.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 11 } });
  });

  it("puts a missing nested property on its parent's key", () => {
    const text = brief.replace('    - item: design\n      planned: 12000\n      actual: 11000\n', '    - item: design\n      actual: 11000\n');
    const findings = check(text);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.range.start.line, f.range.start.character]),
      [['schema/required', lineOf(text, '- item: design'), 6]],
    );
  });

  it('puts a missing property of a mapping value on its key', () => {
    const text = brief.replace('  segment: existing-customers-na\n  size: 48000\n', '  size: 48000\n').replace('      planned: 8000\n', '');
    const rules = check(text).map((f) => `${f.rule}@${f.range.start.line}`);
    assert.deepEqual(rules, [`schema/required@${lineOf(text, '- item: email-production')}`]);
  });

  it('puts an enum error on the value and offers the nearest value', () => {
    const text = brief.replace('status: active', 'status: actve');
    const [f] = check(text);
    assert.equal(f.rule, 'schema/enum');
    const line = lineOf(text, 'status: actve');
    assert.deepEqual(f.range, { start: { line, character: 8 }, end: { line, character: 13 } });
    assert.equal(f.fixes[0].edits[0].newText, 'active');
    assert.match(f.message, /Did you mean 'active'\?/);
  });

  it('puts an unknown property on its key and offers a rename', () => {
    const text = brief.replace('  brief_approved: 2026-10-01', '  brief_aproved: 2026-10-01');
    const [f] = check(text);
    assert.equal(f.rule, 'schema/unknown-property');
    const line = lineOf(text, 'brief_aproved');
    assert.deepEqual(f.range, { start: { line, character: 2 }, end: { line, character: 15 } });
    assert.deepEqual(f.fixes[0].edits, [{ range: f.range, newText: 'brief_approved' }]);
  });

  it('puts a type error on the value, and a collection of the wrong type on its key', () => {
    const text = brief.replace('tier: 2', 'tier: "2"').replace('channels: [email]', 'channels: email');
    const found = check(text).map((f) => [f.rule, f.range.start.line, f.range.start.character, f.range.end.character]);
    assert.deepEqual(found, [
      ['schema/type', lineOf(text, 'tier: "2"'), 6, 9],
      ['schema/type', lineOf(text, 'channels: email'), 10, 15],
    ]);
    const approvals = brief.replace(/approvals:\n(?: {2}.*\n)+/, 'approvals:\n  gate: brief\n');
    const [f] = check(approvals);
    assert.equal(f.rule, 'schema/type');
    assert.deepEqual([f.range.start.line, f.range.start.character, f.range.end.character], [lineOf(approvals, 'approvals:'), 0, 9]);
  });

  it('rejects a date that is not on the calendar', () => {
    const text = brief.replace('launch: 2026-11-18', 'launch: 2026-02-30');
    const [f] = check(text);
    assert.equal(f.rule, 'schema/format');
    assert.equal(f.range.start.line, lineOf(text, 'launch: 2026-02-30'));
    assert.equal(f.range.start.character, 10);
  });

  it('reports an unknown kind with the nearest kind as a fix', () => {
    const [f] = check(brief.replace('kind: Brief', 'kind: Breif'));
    assert.equal(f.rule, 'mops/unknown-kind');
    assert.deepEqual(f.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 11 } });
    assert.equal(f.fixes[0].edits[0].newText, 'Brief');
  });

  it('reports an unsupported apiVersion and does not validate the document', () => {
    const findings = check(brief.replace('apiVersion: mops/v1', 'apiVersion: mops/v2').replace('owner: priya.shah\n', ''));
    assert.deepEqual(findings.map((f) => f.rule), ['mops/api-version']);
  });
});

describe('the schemas', () => {
  const files = ['config', 'brief', 'naming-convention', 'utm-standard', 'team', 'workflow', 'tool', 'budget', 'sop', 'policy'].map((k) => `${k}.schema.json`);
  const load = (f: string) => JSON.parse(readFileSync(join(ROOT, 'schemas', f), 'utf8')) as Record<string, unknown>;

  it('describe every property, in text and Markdown, and close every object', () => {
    const missing: string[] = [];
    const visit = (node: unknown, at: string) => {
      if (typeof node !== 'object' || node === null) return;
      const schema = node as Record<string, unknown>;
      if (schema.type === 'object' && schema.additionalProperties === undefined) missing.push(`${at}: additionalProperties`);
      for (const key of ['properties', 'definitions', 'patternProperties']) {
        const map = schema[key] as Record<string, Record<string, unknown>> | undefined;
        for (const [name, sub] of Object.entries(map ?? {})) {
          if (!sub.description) missing.push(`${at}.${key}.${name}: description`);
          if (!sub.markdownDescription) missing.push(`${at}.${key}.${name}: markdownDescription`);
          visit(sub, `${at}.${name}`);
        }
      }
      for (const key of ['items', 'additionalProperties']) if (typeof schema[key] === 'object') visit(schema[key], `${at}.${key}`);
      for (const key of ['allOf', 'anyOf', 'oneOf']) for (const sub of (schema[key] as unknown[]) ?? []) visit(sub, at);
    };
    for (const f of files) visit(load(f), f);
    assert.deepEqual(missing, []);
  });

  it('the dispatcher accepts foreign YAML and checks ours by kind', () => {
    // The meta-schema is checked here (the core's validator skips it at run time).
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, validateSchema: true });
    ajv.addKeyword('markdownDescription');
    ajv.addKeyword('patternMessage');
    addFormats(ajv, ['date']);
    for (const f of files) ajv.addSchema(load(f));
    const validate = ajv.compile(load('mops.schema.json'));
    assert.equal(validate({ name: 'ci', on: 'push' }), true);
    assert.equal(validate({ apiVersion: 'v1', kind: 'Pod' }), true);
    assert.equal(validate('just text'), true);
    assert.equal(validate({ apiVersion: 'mops/v1', kind: 'Team', id: 't', members: [] }), true);
    assert.equal(validate({ apiVersion: 'mops/v1', kind: 'Team', id: 't', members: [], extra: 1 }), false);
    assert.equal(validate({ apiVersion: 'mops/v1', kind: 'Teem' }), false);
  });
});

describe('schema keywords', () => {
  it('every keyword the schemas use that can fail has a rule of its own', async () => {
    const { KEYWORD_RULES } = await import('../../../src/core/schema/validate');
    const { readdirSync } = await import('node:fs');
    const used = new Set<string>();
    const visit = (schema: Record<string, unknown>) => {
      for (const key of Object.keys(schema)) used.add(key);
      for (const key of ['properties', 'definitions', 'patternProperties']) {
        for (const sub of Object.values((schema[key] as Record<string, Record<string, unknown>>) ?? {})) visit(sub);
      }
      for (const key of ['items', 'additionalProperties']) if (typeof schema[key] === 'object') visit(schema[key] as Record<string, unknown>);
      for (const sub of (schema.allOf as Record<string, unknown>[]) ?? []) visit(sub);
    };
    for (const f of readdirSync(join(ROOT, 'schemas')).filter((f) => f !== 'mops.schema.json')) {
      visit(JSON.parse(readFileSync(join(ROOT, 'schemas', f), 'utf8')) as Record<string, unknown>);
    }
    // Keywords that annotate or combine but never fail on their own.
    const silent = ['$schema', '$id', '$ref', 'title', 'description', 'markdownDescription', 'patternMessage', 'default', 'properties', 'definitions', 'patternProperties', 'items', 'allOf'];
    assert.deepEqual([...used].filter((k) => !silent.includes(k) && !(k in KEYWORD_RULES)), []);
    assert.ok(used.has('additionalProperties') && used.has('format'), 'the walk reached the keywords');
  });

  it('words an error of any other keyword as schema/invalid', async () => {
    const { toIssue } = await import('../../../src/core/schema/validate');
    const issue = toIssue('Brief', { keyword: 'dependentRequired', instancePath: '/budget', schemaPath: '#', params: {}, message: 'must have planned when lines is present' });
    assert.deepEqual(issue, { rule: 'schema/invalid', path: ['budget'], place: 'value', message: "'budget' must have planned when lines is present." });
  });
});
