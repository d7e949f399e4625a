// The snippets (snippets/mops.code-snippets) expand, with their defaults, to documents that check clean:
// a whole-document snippet laid over the reference playbook, a fragment inserted into a reference document.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Workspace, type Finding } from '../../src/core';
import { readTree, REFERENCE, ROOT } from '../helpers';

interface Snippet {
  prefix: string | string[];
  description?: string;
  body: string | string[];
  scope?: string;
}

const SNIPPETS_FILE = join(ROOT, 'snippets', 'mops.code-snippets');
const RAW = readFileSync(SNIPPETS_FILE, 'utf8');
const SNIPPETS = Object.entries(JSON.parse(RAW) as Record<string, Snippet>);

/** The rule families a snippet must never trigger. Other families depend on the playbook the snippet lands in. */
const FAMILIES = ['yaml/', 'schema/', 'mops/'];

/** The values VS Code gives the variables the snippets use, fixed so that the expansion is reproducible. */
const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '20' };

// ---------------------------------------------------------------------------------------------------------------
// Snippet expansion, as VS Code inserts a snippet when every placeholder keeps its default.

type SnippetNode =
  | { type: 'text'; text: string }
  | { type: 'tabstop'; index: number; children?: SnippetNode[]; choices?: string[] }
  | { type: 'variable'; name: string; children?: SnippetNode[] };

class SnippetParser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): SnippetNode[] {
    const nodes = this.sequence(false);
    assert.equal(this.pos, this.src.length, `unparsed snippet text at ${this.pos}: ${this.src.slice(this.pos, this.pos + 20)}`);
    return nodes;
  }

  /** Text and elements up to the end, or (inside a placeholder) up to its closing brace. */
  private sequence(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ type: 'text', text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\' && '$}\\'.includes(this.src[this.pos + 1] ?? '')) {
        text += this.src[this.pos + 1];
        this.pos += 2;
      } else if (c === '}' && nested) {
        break;
      } else if (c === '$') {
        const element = this.element();
        if (element) {
          flush();
          nodes.push(element);
        } else {
          text += '$';
          this.pos++;
        }
      } else {
        text += c;
        this.pos++;
      }
    }
    flush();
    return nodes;
  }

  /** `$1`, `${1}`, `${1:default}`, `${1|a,b|}`, `$NAME`, `${NAME}`, `${NAME:default}`; undefined for a literal `$`. */
  private element(): SnippetNode | undefined {
    const rest = this.src.slice(this.pos);
    let m = /^\$(\d+)/.exec(rest) ?? /^\$\{(\d+)\}/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { type: 'tabstop', index: Number(m[1]) };
    }
    m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest) ?? /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      return { type: 'variable', name: m[1] };
    }
    m = /^\$\{(\d+)\|/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      const choices: string[] = [];
      let choice = '';
      for (;;) {
        assert.ok(this.pos < this.src.length, 'unterminated choice');
        const c = this.src[this.pos];
        if (c === '\\' && ',|\\'.includes(this.src[this.pos + 1] ?? '')) {
          choice += this.src[this.pos + 1];
          this.pos += 2;
        } else if (c === ',') {
          choices.push(choice);
          choice = '';
          this.pos++;
        } else if (c === '|' && this.src[this.pos + 1] === '}') {
          choices.push(choice);
          this.pos += 2;
          return { type: 'tabstop', index: Number(m[1]), choices };
        } else {
          choice += c;
          this.pos++;
        }
      }
    }
    m = /^\$\{(\d+|[A-Za-z_][A-Za-z0-9_]*):/.exec(rest);
    if (m) {
      this.pos += m[0].length;
      const children = this.sequence(true);
      assert.equal(this.src[this.pos], '}', `unterminated placeholder \${${m[1]}:…`);
      this.pos++;
      return /^\d/.test(m[1]) ? { type: 'tabstop', index: Number(m[1]), children } : { type: 'variable', name: m[1], children };
    }
    assert.ok(!rest.startsWith('${'), `a snippet element this test does not understand: ${rest.slice(0, 30)}`);
    return undefined;
  }
}

function snippetBody(snippet: Snippet): string {
  return Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
}

/**
 * The text VS Code inserts when every placeholder keeps its default: `${n:default}` → default, `${n|a,b|}` → a,
 * `$n`/`${n}` → the value of the placeholder n elsewhere in the snippet (VS Code mirrors it), else empty; `$0` → empty;
 * variables → their value.
 */
function expand(body: string, variables: Record<string, string> = VARIABLES): string {
  const nodes = new SnippetParser(body).parse();
  const defined = new Map<number, SnippetNode[] | string>();
  const collect = (list: SnippetNode[]) => {
    for (const node of list) {
      if (node.type === 'tabstop' && (node.children || node.choices) && !defined.has(node.index)) {
        defined.set(node.index, node.choices ? node.choices[0] : node.children!);
      }
      if (node.type !== 'text' && node.children) collect(node.children);
    }
  };
  collect(nodes);
  const render = (list: SnippetNode[], stack: number[]): string =>
    list
      .map((node) => {
        if (node.type === 'text') return node.text;
        if (node.type === 'variable') {
          if (node.name in variables) return variables[node.name];
          assert.ok(node.children, `the snippet uses the variable $${node.name}, which this test does not know`);
          return render(node.children, stack);
        }
        if (node.index === 0 || stack.includes(node.index)) return '';
        const value = defined.get(node.index);
        if (value === undefined) return '';
        return typeof value === 'string' ? value : render(value, [...stack, node.index]);
      })
      .join('');
  return render(nodes, []);
}

/** Inserts a snippet at column `indent` of a new line, as VS Code does: every following line gets the same indentation. */
function indentLines(text: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Checking in the reference playbook.

function workspaceWith(extra: Record<string, string>): Workspace {
  const files = { ...readTree(REFERENCE), ...extra };
  const ws = new Workspace();
  ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
  for (const [path, text] of Object.entries(files)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

function inFamilies(findings: Finding[], families: string[]): Finding[] {
  return findings.filter((f) => families.some((family) => f.rule.startsWith(family)));
}

function describeFindings(findings: Finding[], text: string): string {
  const lines = text.split('\n');
  return findings.map((f) => `  ${f.range.start.line + 1}: ${f.rule}: ${f.message}\n     | ${lines[f.range.start.line]}`).join('\n');
}

function assertClean(ws: Workspace, path: string, text: string, families = FAMILIES): void {
  const bad = inFamilies(ws.findings(path), families);
  assert.deepEqual(bad, [], `${path} has findings:\n${describeFindings(bad, text)}\n--- document ---\n${text}`);
}

const BRIEF_BLACK_FRIDAY = 'campaigns/2026q4-na-email-black-friday.yaml';
const BRIEF_WEBINAR = 'campaigns/2026q4-emea-social-winter-webinar.yaml';

/** Where each fragment snippet goes: the reference file, the line it is inserted before (end of file if none) and at which column. */
interface Target {
  file: string;
  /** The first line, exactly, before which the fragment is inserted; omitted: at the end of the file. */
  before?: string;
  /** Instead of inserting, replace this top-level key and its block (for snippets that bring the key along). */
  replaceKey?: string;
  indent: number;
  /** The list the fragment adds one item to (by path), to show it landed in the right place. */
  list?: string[];
}

const FRAGMENT_TARGETS: Record<string, Target> = {
  'mops-link': { file: BRIEF_BLACK_FRIDAY, before: 'tools: [hubspot, ga4]', indent: 2, list: ['links'] },
  'mops-approval': { file: BRIEF_WEBINAR, before: 'history:', indent: 2, list: ['approvals'] },
  'mops-history': { file: BRIEF_WEBINAR, before: 'links:', indent: 2, list: ['history'] },
  'mops-metric': { file: BRIEF_WEBINAR, before: 'approvals:', indent: 2, list: ['success_metrics'] },
  'mops-budget-line': { file: BRIEF_WEBINAR, before: 'success_metrics:', indent: 4, list: ['budget', 'lines'] },
  'mops-disable': { file: BRIEF_BLACK_FRIDAY, before: 'links:', indent: 0 },
  'mops-member': { file: 'team.yaml', indent: 2, list: ['members'] },
  'mops-stage': { file: 'workflows/campaign.yaml', before: 'tiers:', indent: 2, list: ['stages'] },
  'mops-allocation': { file: 'budget/fy2026.yaml', indent: 2, list: ['allocations'] },
  'mops-steps': { file: 'sops/new-tool-request.yaml', replaceKey: 'steps', indent: 0 },
};

function baseName(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
}

function insertFragment(original: string, fragment: string, target: Target): string {
  const lines = original.replace(/\n$/, '').split('\n');
  const inserted = indentLines(fragment, target.indent).split('\n');
  let at = lines.length;
  if (target.replaceKey) {
    const start = lines.findIndex((l) => l.startsWith(`${target.replaceKey}:`));
    assert.ok(start !== -1, `${target.file} has no top-level ${target.replaceKey}:`);
    let end = start + 1;
    while (end < lines.length && (lines[end].startsWith(' ') || lines[end].startsWith('-') || lines[end] === '')) end++;
    lines.splice(start, end - start);
    at = start;
  } else if (target.before !== undefined) {
    at = lines.indexOf(target.before);
    assert.ok(at !== -1, `${target.file} has no line '${target.before}'`);
  }
  lines.splice(at, 0, ...inserted);
  return `${lines.join('\n')}\n`;
}

function valueAt(value: unknown, path: string[]): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), value);
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

const isWholeDocument = (snippet: Snippet) => snippetBody(snippet).startsWith('apiVersion:');
const prefixesOf = (snippet: Snippet) => (Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix]);

// ---------------------------------------------------------------------------------------------------------------

describe('snippets', () => {
  describe('the expander', () => {
    it('expands placeholders, choices, mirrors, variables and escapes as VS Code does with defaults', () => {
      assert.equal(expand('${1:2027}${2|q1,q2|}-$1-${3}-$4-$0'), '2027q1-2027---');
      assert.equal(expand('a: ${1:x ${2:y}} $2'), 'a: x y y');
      assert.equal(expand('$CURRENT_YEAR-$CURRENT_MONTH-${CURRENT_DATE}'), '2026-11-20');
      assert.equal(expand('${1:$TM_FILENAME_BASE}', { TM_FILENAME_BASE: 'f' }), 'f');
      assert.equal(expand('cost: \\$5 {year} \\} \\\\'), 'cost: $5 {year} } \\');
      assert.equal(expand('${1|a\\,b,c|}'), 'a,b');
      assert.equal(expand('${1:{year\\}}'), '{year}');
    });
  });

  describe('the file', () => {
    it('holds the snippets the design asks for', () => {
      const prefixes = SNIPPETS.flatMap(([, s]) => prefixesOf(s));
      for (const required of [
        'mops-brief-tier1',
        'mops-brief-tier2',
        'mops-brief-tier3',
        'mops-brief-content',
        'mops-config',
        'mops-naming',
        'mops-utm',
        'mops-team',
        'mops-member',
        'mops-workflow',
        'mops-stage',
        'mops-tool',
        'mops-budget',
        'mops-sop',
        'mops-steps',
        'mops-link',
        'mops-approval',
        'mops-history',
      ]) {
        assert.ok(prefixes.includes(required), `no snippet with the prefix ${required}`);
      }
      const kinds = new Set(SNIPPETS.filter(([, s]) => isWholeDocument(s)).map(([, s]) => /^kind: (\w+)$/m.exec(snippetBody(s))?.[1]));
      for (const kind of ['Config', 'Brief', 'NamingConvention', 'UtmStandard', 'Team', 'Workflow', 'Tool', 'Budget', 'Sop']) {
        assert.ok(kinds.has(kind), `no whole-document snippet of kind ${kind}`);
      }
    });

    it('gives every snippet a mops- prefix and a description, with no prefix used twice', () => {
      const seen = new Map<string, string>();
      for (const [name, snippet] of SNIPPETS) {
        assert.ok(typeof snippet.description === 'string' && snippet.description.trim().length > 10, `${name} has a description`);
        for (const prefix of prefixesOf(snippet)) {
          assert.match(prefix, /^mops-[a-z0-9-]+$/, `${name}: prefix ${prefix}`);
          assert.ok(!seen.has(prefix), `${name} and ${seen.get(prefix)} share the prefix ${prefix}`);
          seen.set(prefix, name);
        }
      }
    });

    it('has no snippet name twice (JSON.parse would keep only the last)', () => {
      const names = [...RAW.matchAll(/^ {2}"([^"]+)": \{$/gm)].map((m) => m[1]);
      assert.equal(names.length, SNIPPETS.length, 'every snippet is a two-space-indented key of the top-level object');
      assert.equal(new Set(names).size, names.length);
    });

    it('is language-agnostic and indents with spaces (YAML forbids tabs)', () => {
      for (const [name, snippet] of SNIPPETS) {
        assert.equal(snippet.scope, undefined, `${name}: the extension contributes the file for yaml; no scope`);
        assert.ok(!snippetBody(snippet).includes('\t'), `${name} has a tab`);
      }
    });
  });

  describe('whole-document snippets check clean over the reference playbook', () => {
    for (const [name, snippet] of SNIPPETS.filter(([, s]) => isWholeDocument(s))) {
      const prefix = prefixesOf(snippet)[0];
      it(`${prefix} (${name})`, () => {
        const text = `${expand(snippetBody(snippet))}\n`;
        const kind = /^kind: (\w+)$/m.exec(text)?.[1];
        // A Config belongs in mops.config.yaml at the root; anything else is a new file of the playbook.
        const path = kind === 'Config' ? 'mops.config.yaml' : `snippets/${prefix}.yaml`;
        const ws = workspaceWith({ [path]: text });
        const docs = ws.parsed(path)?.documents ?? [];
        assert.equal(docs.length, 1, 'one mops document');
        assert.equal(docs[0].kind, kind);
        assertClean(ws, path, text, kind === 'Config' ? [...FAMILIES, 'config/'] : FAMILIES);
      });
    }
  });

  describe('fragment snippets check clean where they belong in a reference document', () => {
    it('every fragment snippet has a place to go in this test', () => {
      for (const [name, snippet] of SNIPPETS.filter(([, s]) => !isWholeDocument(s))) {
        assert.ok(FRAGMENT_TARGETS[prefixesOf(snippet)[0]], `${name}: add its target to FRAGMENT_TARGETS`);
      }
    });

    for (const [name, snippet] of SNIPPETS.filter(([, s]) => !isWholeDocument(s))) {
      const prefix = prefixesOf(snippet)[0];
      const target = FRAGMENT_TARGETS[prefix];
      if (!target) continue;
      it(`${prefix} (${name}) in ${target.file}`, () => {
        const reference = readTree(REFERENCE);
        const original = reference[target.file];
        const fragment = expand(snippetBody(snippet), { ...VARIABLES, TM_FILENAME_BASE: baseName(target.file) });
        const text = insertFragment(original, fragment, target);
        const ws = workspaceWith({ [target.file]: text });
        assertClean(ws, target.file, text);
        if (target.list) {
          const before = valueAt(parse(original), target.list) as unknown[];
          const after = valueAt(parse(text), target.list) as unknown[];
          assert.equal(after.length, before.length + 1, `the fragment adds one item to ${target.list.join('.')}`);
        }
        if (target.replaceKey) {
          const after = valueAt(parse(text), [target.replaceKey]) as unknown[];
          assert.ok(Array.isArray(after) && after.length > 0, `${target.replaceKey} is a non-empty list`);
        }
      });
    }

    it('mops-link builds a link that passes the reference UTM standard, with utm_campaign the brief id', () => {
      const [, snippet] = SNIPPETS.find(([, s]) => prefixesOf(s).includes('mops-link'))!;
      const target = FRAGMENT_TARGETS['mops-link'];
      const fragment = expand(snippetBody(snippet), { ...VARIABLES, TM_FILENAME_BASE: baseName(target.file) });
      const text = insertFragment(readTree(REFERENCE)[target.file], fragment, target);
      const ws = workspaceWith({ [target.file]: text });
      assertClean(ws, target.file, text, ['utm/', 'naming/']);
      const url = new URL((parse(fragment) as Array<{ url: string }>)[0].url);
      for (const param of ['utm_source', 'utm_medium', 'utm_campaign', 'utm_content']) assert.ok(url.searchParams.get(param), `${param} is set`);
      assert.equal(url.searchParams.get('utm_campaign'), '2026q4-na-email-black-friday');
    });

    it('mops-disable silences the rule it names on the next line', () => {
      const [, snippet] = SNIPPETS.find(([, s]) => prefixesOf(s).includes('mops-disable'))!;
      const comment = expand(snippetBody(snippet));
      const rule = /mops-disable-next-line (\S+)/.exec(comment)?.[1];
      assert.ok(rule, 'the directive names a rule');
      const file = BRIEF_BLACK_FRIDAY;
      const broken = readTree(REFERENCE)[file].replace('https://shop.acme.example/', 'https://elsewhere.example/');
      const ws = workspaceWith({ [file]: broken });
      const found = ws.findings(file).filter((f) => f.rule === rule);
      assert.ok(found.length > 0, `the unsilenced document has ${rule} findings`);
      const line = found[0].range.start.line;
      const lines = broken.split('\n');
      const indent = /^ */.exec(lines[line])![0].length;
      lines.splice(line, 0, indentLines(comment, indent));
      const silenced = lines.join('\n');
      const ws2 = workspaceWith({ [file]: silenced });
      assert.equal(ws2.findings(file).filter((f) => f.rule === rule && f.range.start.line === line + 1).length, 0);
    });
  });

  describe('brief snippets follow the campaign practice', () => {
    const reference = readTree(REFERENCE);
    const workflows = new Map<string, { tiers?: Array<{ tier: number; min_lead_days: number; max_channels?: number }>; stages: Array<{ id: string }> }>();
    for (const file of Object.keys(reference).filter((f) => f.startsWith('workflows/'))) {
      const wf = parse(reference[file]);
      workflows.set(wf.id, wf);
    }

    for (const [name, snippet] of SNIPPETS.filter(([, s]) => isWholeDocument(s) && /^kind: Brief$/m.test(snippetBody(s)))) {
      const prefix = prefixesOf(snippet)[0];
      it(`${prefix} (${name})`, () => {
        const text = `${expand(snippetBody(snippet))}\n`;
        const brief = parse(text);
        const workflow = workflows.get(brief.workflow);
        assert.ok(workflow, `workflow ${brief.workflow} is in the reference playbook`);

        // The id in the naming-convention shape {year}{quarter}-{region}-{channel}-{slug}, and no clash with the reference.
        assert.match(brief.id, /^\d{4}q[1-4]-[a-z]+-[a-z]+-[a-z0-9]+(?:-[a-z0-9]+)*$/);
        const body = snippetBody(snippet);
        assert.match(body, /^id: \$\{1:\d{4}\}\$\{2\|q1,q2,q3,q4\|\}-\$\{3\|[a-z,]+\|\}-/m, 'the id is built from token placeholders');

        // The timeline leaves the tier's lead time; the channels fit the tier.
        const rule = workflow.tiers?.find((t) => t.tier === brief.tier);
        assert.ok(rule, `tier ${brief.tier} has a rule in workflow ${brief.workflow}`);
        const lead = daysBetween(brief.timeline.brief_approved, brief.timeline.launch);
        assert.ok(lead >= rule.min_lead_days, `lead time ${lead} days < ${rule.min_lead_days}`);
        assert.ok(daysBetween(brief.timeline.launch, brief.timeline.end) >= 0, 'launch ≤ end');
        if (rule.max_channels !== undefined) assert.ok(brief.channels.length <= rule.max_channels, 'channels within the tier limit');
        if (prefix === 'mops-brief-tier1') assert.equal(brief.channels.length, 1);
        if (prefix === 'mops-brief-tier2' || prefix === 'mops-brief-tier3') assert.ok(brief.channels.length > 1, 'multi-channel');

        // Budget lines add up; success metrics agreed up front.
        const sum = (brief.budget.lines as Array<{ planned: number }>).reduce((s, l) => s + l.planned, 0);
        assert.equal(sum, brief.budget.planned, 'budget lines sum to planned');
        assert.ok(brief.success_metrics.length > 0, 'success metrics');

        // A fresh brief: no approvals yet, history at its first stage, which is the current stage.
        assert.deepEqual(brief.approvals, []);
        assert.equal(brief.stage, workflow.stages[0].id, 'the brief starts at the first stage of its workflow');
        assert.deepEqual(
          brief.history.map((h: { stage: string }) => h.stage),
          [brief.stage],
        );

        // A tracked link whose utm_campaign is the brief id.
        assert.ok(brief.links.length > 0, 'a tracked link');
        for (const link of brief.links) assert.equal(new URL(link.url).searchParams.get('utm_campaign'), brief.id);

        // And the link and the id pass the reference naming convention and UTM standard.
        const path = `snippets/${prefix}.yaml`;
        assertClean(workspaceWith({ [path]: text }), path, text, ['naming/', 'utm/']);
      });
    }
  });
});
