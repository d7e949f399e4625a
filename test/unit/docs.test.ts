// Every rule has a documentation page whose examples are true: "Bad" triggers the rule, "Good" is clean.
// The README's rule table is the table generated from the code.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, ruleDocPath, Workspace } from '../../src/core';
import { rulesMarkdown } from '../../src/cli/commands/rules';
import { readTree, REFERENCE, ROOT } from '../helpers';

/** The YAML blocks under a `## Bad` or `## Good` heading (up to the next `## `). */
function examples(doc: string, heading: 'Bad' | 'Good'): string[] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(`${heading}\n`));
  if (!section) return [];
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** The rules an example yields when it is added to the reference playbook (a Config example replaces its config). */
function rulesOf(example: string): string[] {
  const files = readTree(REFERENCE);
  const isConfig = /^kind: Config$/m.test(example);
  const path = isConfig ? 'mops.config.yaml' : 'docs-example.yaml';
  files[path] = isConfig && !example.includes('apiVersion') ? `${files[path]}${example}` : example;
  const ws = new Workspace();
  ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
  for (const [p, text] of Object.entries(files)) if (p !== 'mops.config.yaml') ws.set(p, { type: 'text', text });
  return ws.findings(path).map((f) => f.rule);
}

describe('rule documentation', () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      const path = join(ROOT, ruleDocPath(rule.id));

      it(`has ${ruleDocPath(rule.id)} titled with the id and its default severity`, () => {
        assert.ok(existsSync(path), `missing ${ruleDocPath(rule.id)}`);
        const doc = readFileSync(path, 'utf8');
        assert.ok(doc.startsWith(`# ${rule.id}\n`), 'first line is "# <id>"');
        assert.match(doc, new RegExp(`Default severity: \\*\\*${rule.severity}\\*\\*`));
      });

      it('has examples that are true', function () {
        if (!existsSync(path)) this.skip();
        const doc = readFileSync(path, 'utf8');
        const noExample = /<!-- no-example: (.+?) -->/.exec(doc);
        if (noExample) return;
        const bad = examples(doc, 'Bad');
        const good = examples(doc, 'Good');
        assert.ok(bad.length > 0 && good.length > 0, 'a ```yaml block under ## Bad and under ## Good');
        for (const example of bad) assert.ok(rulesOf(example).includes(rule.id), `the Bad example yields ${rule.id}: got ${rulesOf(example).join(', ') || 'nothing'}`);
        for (const example of good) assert.deepEqual(rulesOf(example), [], 'the Good example is clean');
      });
    });
  }

  it('the README rule table is the one generated from the rule table in code', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('<!-- rules:start -->\n');
    const end = readme.indexOf('<!-- rules:end -->');
    assert.ok(start !== -1 && end > start, 'README has <!-- rules:start --> … <!-- rules:end --> markers');
    assert.equal(readme.slice(start + '<!-- rules:start -->\n'.length, end), rulesMarkdown(), 'run `npm run docs` to regenerate it');
  });
});
