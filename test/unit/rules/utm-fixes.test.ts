// Every fix a UTM or naming rule offers does what it says: applied alone, it removes its finding and brings
// no new finding anywhere in the file. Checked over every utm/* and naming/* rule fixture, and over the
// acme sample with mistakes seeded into its tracked links (one kind at a time in every link, and two kinds
// together in one link), since the sample itself is clean.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, Workspace, type Finding } from '../../../src/core';
import { EXAMPLE, FIXTURES, readTree, REFERENCE } from '../../helpers';

const FAMILIES = /^(utm|naming)\//;
/** The rules that judge one value (a UTM parameter's, an id): several may fire on it, and each fix must satisfy all. */
const VALUE_RULES = ['utm/case', 'utm/whitespace', 'utm/unknown-value', 'utm/source-medium', 'utm/campaign-mismatch', 'utm/pii', 'naming/convention', 'naming/max-length'];

function workspace(files: Record<string, string>): Workspace {
  const ws = new Workspace();
  if (files['mops.config.yaml']) ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
  for (const [path, text] of Object.entries(files)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

/** How many findings of each rule each line has: the identity of a finding across an edit that moves columns. */
function counts(findings: readonly Finding[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const f of findings) map.set(`${f.rule}@${f.range.start.line + 1}`, (map.get(`${f.rule}@${f.range.start.line + 1}`) ?? 0) + 1);
  return map;
}

const sameStart = (a: Finding, b: Finding) => a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;

/** Applies each UTM and naming fix offered in `path` on its own; returns how many were tried. */
function checkFixes(ws: Workspace, path: string, label: string): number {
  const text = ws.parsed(path)?.text ?? '';
  const before = ws.findings(path);
  const was = counts(before);
  let tried = 0;
  for (const finding of before.filter((f) => FAMILIES.test(f.rule))) {
    const key = `${finding.rule}@${finding.range.start.line + 1}`;
    for (const fix of finding.fixes) {
      tried++;
      const after = ws.findingsIf(path, applyEdits(text, fix.edits));
      const is = counts(after);
      const where = `${label}: '${fix.title}' for ${finding.rule} on line ${finding.range.start.line + 1} (${finding.message})`;
      assert.ok((is.get(key) ?? 0) < (was.get(key) ?? 0), `${where} does not remove its finding`);
      const added = after.filter((f) => (is.get(`${f.rule}@${f.range.start.line + 1}`) ?? 0) > (was.get(`${f.rule}@${f.range.start.line + 1}`) ?? 0));
      assert.deepEqual(added.map((f) => `${f.rule}@${f.range.start.line + 1}: ${f.message}`), [], `${where} brings new findings`);
      // A fix that writes a value writes one that every rule on values accepts: nothing is reported where it stands.
      if (!fix.title.startsWith('Change to')) continue;
      const still = after.filter((f) => VALUE_RULES.includes(f.rule) && sameStart(f, finding));
      assert.deepEqual(still.map((f) => `${f.rule}: ${f.message}`), [], `${where} leaves the value invalid`);
    }
  }
  return tried;
}

/** The fixture folders of every utm/* and naming/* rule, as files laid over the reference playbook. */
function fixtures(): Array<{ label: string; files: Record<string, string> }> {
  const out: Array<{ label: string; files: Record<string, string> }> = [];
  for (const family of ['utm', 'naming']) {
    const dir = join(FIXTURES, 'rules', family);
    for (const rule of readdirSync(dir)) {
      for (const kind of ['invalid', 'valid']) {
        const base = join(dir, rule, kind);
        const files = existsSync(`${base}.yaml`)
          ? { 'fixture.yaml': readFileSync(`${base}.yaml`, 'utf8') }
          : existsSync(base) && statSync(base).isDirectory()
            ? readTree(base)
            : undefined;
        if (files) out.push({ label: `${family}/${rule}/${kind}`, files });
      }
    }
  }
  return out;
}

/** Mistakes people make in tracked links, each a change of one URL (or undefined when it does not apply). */
const MISTAKES: Record<string, (url: string) => string | undefined> = {
  'capital source': (u) => u.replace(/utm_source=(\w)/, (_, c: string) => `utm_source=${c.toUpperCase()}`),
  'content with a space and a capital': (u) => u.replace(/utm_content=(\w)([\w]*)-/, (_, c: string, rest: string) => `utm_content=${c.toUpperCase()}${rest} `),
  'content with an encoded space': (u) => u.replace(/(utm_content=\w+)-/, '$1%20'),
  'click id at the end': (u) => (u.includes('#') ? u.replace('#', '&fbclid=IwAR0xYz#') : `${u}&fbclid=IwAR0xYz`),
  'click ids first': (u) => u.replace('?', '?gclid=Cj0KCQ&msclkid=5d1f&'),
  'no scheme': (u) => u.replace(/^https:\/\//, ''),
  'capital name': (u) => u.replace('utm_source=', 'UTM_SOURCE='),
  'medium twice': (u) => u.replace(/(utm_medium=[^&#]*)/, '$1&$1'),
  'medium twice, one empty': (u) => u.replace(/(utm_medium=[^&#]*)/, 'utm_medium=&$1'),
  'medium twice, two values': (u) => u.replace(/(utm_medium=[^&#]*)/, '$1&utm_medium=display'),
  synonym: (u) => u.replace('utm_source=linkedin', 'utm_source=linked-in').replace('utm_source=google', 'utm_source=Google-Ads'),
  'source typo': (u) => u.replace(/utm_source=(\w)(\w)/, 'utm_source=$2$1'),
  'medium typo': (u) => u.replace(/utm_medium=(\w+)(\w)(\w)/, 'utm_medium=$1$3$2'),
  'campaign capitals': (u) => u.replace(/utm_campaign=(\w+)/, (_, c: string) => `utm_campaign=${c.toUpperCase()}`),
  'campaign copied from another brief': (u) => u.replace(/utm_campaign=[^&#]*/, 'utm_campaign=2025q4-na-email-black-friday'),
  'content typo': (u) => u.replace(/utm_content=(\w)(\w)/, 'utm_content=$2$1'),
  http: (u) => u.replace(/^https:/, 'http:'),
};

/** The brief's text with `mistake` made in its links (all of them, or only the first). */
function seeded(text: string, mistakes: Array<(url: string) => string | undefined>, onlyFirst: boolean): string | undefined {
  let changed = false;
  let done = false;
  const out = text.replace(/^(\s+url: )(\S+)$/gm, (line, lead: string, url: string) => {
    if (done) return line;
    let next: string | undefined = url;
    for (const mistake of mistakes) next = next === undefined ? undefined : mistake(next);
    if (next === undefined || next === url) return line;
    changed = true;
    done = onlyFirst;
    return `${lead}${next}`;
  });
  return changed ? out : undefined;
}

describe('UTM and naming fixes', () => {
  it('over every utm/* and naming/* fixture: each fix removes its finding and brings none', () => {
    const reference = readTree(REFERENCE);
    let tried = 0;
    for (const { label, files } of fixtures()) {
      const ws = workspace({ ...reference, ...files });
      for (const path of Object.keys(files)) tried += checkFixes(ws, path, `${label} ${path}`);
    }
    // Not vacuous: the fixtures offer fixes for case, whitespace, values, pairs, campaigns, click ids, duplicates, schemes, names.
    assert.ok(tried >= 40, `only ${tried} fixes tried`);
  });

  describe('over the acme sample with seeded mistakes', () => {
    const sample = readTree(EXAMPLE);
    const briefs = Object.keys(sample).filter((p) => p.startsWith('campaigns/') && /^\s+url: /m.test(sample[p]));
    const ws = workspace(sample);

    it('the sample is clean and has tracked links to seed', () => {
      assert.ok(briefs.length >= 10);
      for (const path of Object.keys(sample)) assert.deepEqual(ws.findings(path), [], path);
    });

    for (const [name, mistake] of Object.entries(MISTAKES)) {
      it(`${name}, in every link: each fix removes its finding and brings none`, () => {
        let tried = 0;
        for (const path of briefs) {
          const text = seeded(sample[path], [mistake], false);
          if (text === undefined) continue;
          ws.set(path, { type: 'text', text });
          try {
            tried += checkFixes(ws, path, `${path} (${name})`);
          } finally {
            ws.set(path, { type: 'text', text: sample[path] });
          }
        }
        assert.ok(tried > 0 || /typo|copied|http|two values/.test(name), `no fix offered for ${name}`);
      });
    }

    it('two mistakes together in one link: each fix removes its finding and brings none', () => {
      const names = Object.keys(MISTAKES);
      let tried = 0;
      for (const path of briefs.slice(0, 4)) {
        for (let i = 0; i < names.length; i++) {
          for (let j = i + 1; j < names.length; j++) {
            const text = seeded(sample[path], [MISTAKES[names[i]], MISTAKES[names[j]]], true);
            if (text === undefined) continue;
            ws.set(path, { type: 'text', text });
            try {
              tried += checkFixes(ws, path, `${path} (${names[i]} + ${names[j]})`);
            } finally {
              ws.set(path, { type: 'text', text: sample[path] });
            }
          }
        }
      }
      assert.ok(tried > 100, `only ${tried} fixes tried`);
    });

    it('a brief id with a typo: its fix carries the new id into the links, which bring no mismatch', () => {
      const path = briefs.find((p) => /-email-/.test(p)) ?? briefs[0];
      const id = /^id: (\S+)$/m.exec(sample[path])![1];
      const typo = id.replace('-email-', '-emial-').replace('-social-', '-socail-').replace('-webinar-', '-webinra-');
      assert.notEqual(typo, id);
      ws.set(path, { type: 'text', text: sample[path].split(id).join(typo) });
      try {
        const finding = ws.findings(path).find((f) => f.rule === 'naming/convention');
        assert.ok(finding && finding.fixes.length === 1, 'the id gets one finding with a fix');
        assert.ok(finding.fixes[0].edits.length > 1, 'the fix edits the links too');
        assert.ok(checkFixes(ws, path, `${path} (id typo)`) >= 1);
      } finally {
        ws.set(path, { type: 'text', text: sample[path] });
      }
    });
  });
});
