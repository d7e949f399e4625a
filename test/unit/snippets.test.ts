// The snippets are offered as completions where they belong, filled from the open playbook: each one, typed
// where it goes in a fresh `mops init` playbook and expanded as VS Code expands it (every placeholder keeps
// its default), leaves a playbook that the real CLI checks clean. None carries another company's values.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { applyEdits, completionsAt, parseDay, RULES, scaffoldPlaybook, Workspace, type AssistItem } from '../../src/core';
import { LOOKUP_NAMES } from '../../src/core/assist/snippet-fill';
import { SNIPPETS, snippetKind } from '../../src/core/assist/snippets';
import { cleanup, EXAMPLE, readTree, REFERENCE, ROOT, runCli, tempPlaybook } from '../helpers';
import { expand, insertSnippet } from './snippet-expand';

const DAY = '2026-11-20';
const TODAY = parseDay(DAY)!;
const BRIEF = 'campaigns/2026q4-na-email-welcome-series.yaml';

const init = (): Record<string, string> => Object.fromEntries(scaffoldPlaybook({ today: TODAY }).map((f) => [f.path, f.text]));

function workspace(files: Record<string, string>): Workspace {
  const ws = new Workspace({ rules: RULES, today: TODAY });
  ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] ?? '' });
  for (const [path, text] of Object.entries(files)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

/** Where a snippet is typed: a new line before the line `before` (the end of the file when absent), at a column. */
interface Typing {
  file: string;
  before?: string;
  column: number;
  dash?: boolean;
  /** Changes to the scaffold that the snippet needs first (a history entry needs the stage it enters). */
  prepare?: (files: Record<string, string>) => void;
}

/** Types `word` as a person would and returns the playbook's files, the completions there and the cursor. */
function typeAt(typing: Typing, word: string): { files: Record<string, string>; items: AssistItem[]; offset: number } {
  const files = init();
  typing.prepare?.(files);
  const original = files[typing.file] ?? '';
  const lines = original === '' ? [] : original.replace(/\n$/, '').split('\n');
  const at = typing.before === undefined ? lines.length : lines.indexOf(typing.before);
  assert.ok(at !== -1, `${typing.file} has the line '${typing.before}'`);
  const typed = `${' '.repeat(typing.column)}${typing.dash ? '- ' : ''}${word}`;
  lines.splice(at, 0, typed);
  const text = `${lines.join('\n')}\n`;
  files[typing.file] = text;
  const offset = lines.slice(0, at).join('\n').length + (at > 0 ? 1 : 0) + typed.length;
  return { files, items: completionsAt(workspace(files), typing.file, offset), offset };
}

/** Accepts a completion: its snippet expanded with defaults over its range, and its additional edits. */
function accept(text: string, item: AssistItem): string {
  const ws = new Workspace();
  ws.set('x.yaml', { type: 'text', text });
  const lines = ws.parsed('x.yaml')!.lines;
  const [start, end] = [lines.offset(item.range!.start), lines.offset(item.range!.end)];
  const others = item.additionalEdits ?? [];
  assert.ok(others.every((e) => lines.offset(e.range.end) <= start), 'additional edits come before the item');
  return applyEdits(insertSnippet(text, start, end, item.insertText ?? item.label), others);
}

/** Writes the playbook to disk and runs the real CLI on it: exit 0, and no finding at all. */
async function assertChecksClean(files: Record<string, string>, what: string, path: string): Promise<void> {
  const dir = tempPlaybook(files);
  const run = await runCli(['check', dir, '--format', 'json', '--today', DAY], '/');
  const findings = run.code === 2 ? run.stderr : JSON.parse(run.stdout).findings.map((f: { file: string; range: { start: { line: number } }; rule: string; message: string }) => `${f.file}:${f.range.start.line + 1} ${f.rule}: ${f.message}`);
  assert.deepEqual([run.code, findings], [0, []], `${what}, in ${path}:\n${files[path]}`);
}

const labels = (items: AssistItem[]) => items.filter((i) => i.kind === 'snippet').map((i) => i.label);

/** Where each fragment snippet is typed in the scaffold. */
const FRAGMENTS: Record<string, Typing> = {
  'mops-link': { file: BRIEF, before: 'tools: [hubspot]', column: 2 },
  'mops-approval': {
    file: BRIEF,
    before: '# Oldest first; a new entry is added each time the brief enters a stage.',
    column: 2,
    // The brief gate approved today: the timeline's planned brief_approved becomes that day (brief/approved-date-mismatch).
    prepare: (files) => {
      files[BRIEF] = files[BRIEF].replace(/brief_approved: \S+/, `brief_approved: ${DAY}`);
    },
  },
  'mops-history': {
    file: BRIEF,
    before: 'links:',
    column: 2,
    // The entry records the stage the brief enters: the brief's stage moves with it, through its approved gate.
    prepare: (files) => {
      files[BRIEF] = files[BRIEF]
        .replace('approvals: []\n', `approvals:\n  - gate: brief\n    approver: sam.taylor\n    status: approved\n    date: ${DAY}\n`)
        .replace('stage: brief\n', 'stage: creative\n')
        .replace(/brief_approved: \S+/, `brief_approved: ${DAY}`);
    },
  },
  'mops-metric': { file: BRIEF, before: '# To leave the brief stage, a marketing-lead approves its gate here, for example:', column: 2 },
  'mops-budget-line': { file: BRIEF, before: '# Agreed before launch: a brief at or past launch without them is an error.', column: 4 },
  'mops-member': { file: 'team.yaml', column: 2 },
  'mops-stage': { file: 'workflows/campaign.yaml', before: '# Tiers: 1 is a single channel in a week or two, 2 multi-channel over 3-4 weeks, 3 an integrated', column: 2 },
  'mops-allocation': { file: 'budget/fy2027.yaml', column: 2 },
  'mops-steps': {
    file: 'sops/campaign-launch-checklist.yaml',
    column: 0,
    prepare: (files) => {
      const path = 'sops/campaign-launch-checklist.yaml';
      files[path] = files[path].replace(/^steps:\n(?: {2}- .*\n)+/m, '');
    },
  },
  'mops-disable': { file: BRIEF, before: 'links:', column: 0 },
};

/** A new file's path for a whole document: its kind's folder in the scaffold, named after its id. */
function pathFor(text: string): string {
  const doc = parse(text) as { kind: string; id: string };
  const folder = { Brief: 'campaigns', Tool: 'martech', Sop: 'sops', Budget: 'budget', Workflow: 'workflows', NamingConvention: 'conventions', UtmStandard: 'conventions', Team: 'teams' }[doc.kind];
  return doc.kind === 'Config' ? 'mops.config.yaml' : `${folder}/${doc.id}.yaml`;
}

describe('snippets', () => {
  after(cleanup);

  describe('the file (snippets/mops-snippets.json)', () => {
    it('has a snippet for every kind but Brief (made per workflow and tier), and the fragments the design asks for', () => {
      const kinds = new Set(SNIPPETS.map(snippetKind));
      for (const kind of ['Config', 'NamingConvention', 'UtmStandard', 'Team', 'Workflow', 'Tool', 'Budget', 'Sop']) assert.ok(kinds.has(kind as never), kind);
      const fragments = SNIPPETS.filter((s) => !snippetKind(s)).map((s) => s.prefix).sort();
      assert.deepEqual(fragments, Object.keys(FRAGMENTS).sort());
      for (const s of SNIPPETS) {
        assert.match(s.prefix, /^mops-[a-z0-9-]+$/);
        assert.ok(s.description.length > 10, s.name);
        assert.ok(!s.body.includes('\t'), `${s.name}: YAML forbids tabs`);
      }
    });

    it("carries no company's values: playbook values are lookups (people, tools, domains, sources, dates from the playbook)", () => {
      const raw = readFileSync(join(ROOT, 'snippets', 'mops-snippets.json'), 'utf8');
      for (const name of raw.matchAll(/@([a-z-]+)/g)) assert.ok(LOOKUP_NAMES.includes(name[1]), `@${name[1]} is a lookup`);
      assert.doesNotMatch(raw, /\$CURRENT_(YEAR|MONTH|DATE)/, "dates come from the playbook's today, not the machine's clock");
      const foreign = new Set<string>();
      for (const tree of [readTree(REFERENCE), readTree(EXAMPLE)]) {
        for (const text of Object.values(tree)) {
          for (const m of text.matchAll(/^ {2}- id: ([a-z]+\.[a-z]+)$/gm)) foreign.add(m[1]);
          if (/^kind: Tool$/m.test(text)) foreign.add(/^id: (\S+)$/m.exec(text)![1]);
        }
      }
      foreign.add('acme');
      for (const value of foreign) assert.ok(!raw.includes(value), `the snippets name '${value}', a value of a sample playbook`);
    });
  });

  describe('typed where it goes in a fresh mops init playbook, each checks clean with the real CLI', () => {
    for (const [prefix, typing] of Object.entries(FRAGMENTS)) {
      it(`${prefix} in ${typing.file}`, async () => {
        const { files, items } = typeAt(typing, prefix);
        const item = items.find((i) => i.label === prefix && i.kind === 'snippet');
        assert.ok(item, `${prefix} is offered there; offered: ${labels(items).join(', ')}`);
        files[typing.file] = accept(files[typing.file], item);
        await assertChecksClean(files, prefix, typing.file);
      });
    }

    it('every whole-document snippet, in a new file (and the Config in mops.config.yaml)', async () => {
      const base = init();
      const inNew = typeAt({ file: 'new.yaml', column: 0 }, 'mops-');
      const inConfig = typeAt({ file: 'mops.config.yaml', column: 0, prepare: (f) => (f['mops.config.yaml'] = '') }, 'mops-');
      assert.deepEqual(labels(inConfig.items), ['mops-config']);
      const offered = labels(inNew.items);
      assert.deepEqual(offered.filter((l) => l.startsWith('mops-brief-')), ['mops-brief-campaign-tier1', 'mops-brief-campaign-tier2', 'mops-brief-campaign-tier3']);
      assert.ok(!offered.includes('mops-config'));
      for (const item of [...inNew.items, ...inConfig.items].filter((i) => i.kind === 'snippet')) {
        const text = accept('mops-', { ...item, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } } });
        await assertChecksClean({ ...base, [pathFor(text)]: text }, item.label, pathFor(text));
      }
    });

    it('brief snippets in the reference playbook: one per workflow and tier, each clean there too', async () => {
      const reference = readTree(REFERENCE);
      const ws = workspace(reference);
      ws.set('new.yaml', { type: 'text', text: 'mops-brief' });
      const briefs = completionsAt(ws, 'new.yaml', 10).filter((i) => i.label.startsWith('mops-brief-'));
      assert.deepEqual(briefs.map((i) => i.label), ['mops-brief-campaign-tier1', 'mops-brief-campaign-tier2', 'mops-brief-campaign-tier3', 'mops-brief-content-tier1', 'mops-brief-content-tier2', 'mops-brief-content-tier3']);
      for (const item of briefs) {
        const text = expand(item.insertText!);
        assert.match(text, /^stage: (brief|ideation)$/m);
        const dir = tempPlaybook({ ...reference, [pathFor(text)]: text });
        const run = await runCli(['check', dir, '--format', 'json'], '/');
        assert.deepEqual([run.code, JSON.parse(run.stdout).findings], [0, []], `${item.label}\n${text}`);
      }
    });
  });

  describe('filled from the playbook', () => {
    it("an approval names the gate the brief must pass, a holder of its role and the playbook's today", () => {
      const { items } = typeAt(FRAGMENTS['mops-approval'], 'mops-approval');
      const item = items.find((i) => i.label === 'mops-approval')!;
      assert.equal(expand(item.insertText!), `- gate: brief\n  approver: sam.taylor\n  status: approved\n  date: ${DAY}\n  checklist: []`);
      // `approvals: []` gives way to the block item.
      assert.equal(item.additionalEdits?.length, 1);
    });

    it('an approval names the delegate of a holder away today, and the brief checks clean with it', async () => {
      const typing = FRAGMENTS['mops-approval'];
      const away = `    roles: [marketing-lead]\n    away:\n      - from: 2026-11-16\n        to: 2026-11-27\n        delegate: alex.rivera\n`;
      const { files, items } = typeAt({ ...typing, prepare: (f) => (typing.prepare?.(f), (f['team.yaml'] = f['team.yaml'].replace('    roles: [marketing-lead]\n', away))) }, 'mops-approval');
      const item = items.find((i) => i.label === 'mops-approval')!;
      assert.match(expand(item.insertText!), /^ {2}approver: alex\.rivera$/m);
      await assertChecksClean({ ...files, [BRIEF]: accept(files[BRIEF], item) }, 'the delegate\'s approval', BRIEF);
    });

    it("a brief snippet offers the Team as owners, the id's tokens as choices, and the same marker texts a gate refuses", () => {
      const { items } = typeAt({ file: 'new.yaml', column: 0 }, 'mops-brief');
      const body = items.find((i) => i.label === 'mops-brief-campaign-tier2')!.insertText!;
      assert.match(body, /^id: \$\{1:2026\}\$\{2\|q4,q1,q2,q3\|\}-\$\{3\|na,emea,apac,latam,global\|\}-\$\{4\|email,social,/m);
      assert.match(body, /^owner: \$\{\d+\|sam\.taylor,alex\.rivera,jordan\.lee,casey\.kim\|\}$/m);
      assert.match(body, /^channels: \[\$4\]$/m);
      assert.match(body, /^objective: \$\{\d+:The outcome this campaign must achieve, with a number\}$/m);
      assert.match(body, /^ {2}planned: \$\{\d+:0\}$/m);
    });

    it('the link takes its domain, source and an allowed medium from the UTM standard, and the brief id as utm_campaign', () => {
      const { items } = typeAt(FRAGMENTS['mops-link'], 'mops-link');
      const link = expand(items.find((i) => i.label === 'mops-link')!.insertText!);
      assert.equal(link, '- name: hero-offer\n  url: https://www.example.com/offer?utm_source=newsletter&utm_medium=email&utm_campaign=2026q4-na-email-welcome-series&utm_content=hero-offer');
    });
  });

  describe('offered only where they belong', () => {
    it('never in a value: after owner:, stage:, in a segment or a URL', () => {
      for (const [before, line] of [
        ['requester: sam.taylor', 'owner: m'],
        ['requester: sam.taylor', 'owner: '],
        ['objective: Turn 500 new sign-ups into activated users within their first two weeks', 'stage: mops'],
        ['  size: 4000', '  segment: mops-'],
      ] as const) {
        const files = init();
        files[BRIEF] = files[BRIEF].replace(`${before}\n`, `${before}\n${line}\n`);
        const offset = files[BRIEF].indexOf(`\n${line}\n`) + 1 + line.length;
        assert.deepEqual(labels(completionsAt(workspace(files), BRIEF, offset)), [], line);
      }
    });

    it('a fragment only under its own list: mops-link under links, not under history; nothing else there', () => {
      const under = (before: string, word: string, column = 2) => labels(typeAt({ file: BRIEF, before, column }, word).items);
      assert.deepEqual(under('tools: [hubspot]', 'mops-'), ['mops-link', 'mops-disable']);
      assert.deepEqual(under('links:', 'mops-'), ['mops-history', 'mops-disable']);
      assert.deepEqual(under('compliance:', 'mops-', 0), ['mops-disable']);
      // A whole document only in an empty one.
      assert.ok(!under('compliance:', 'mops-', 0).some((l) => l.startsWith('mops-brief')));
      // With `- ` typed, the item's own dash is left out.
      const dashed = typeAt({ file: BRIEF, before: 'tools: [hubspot]', column: 2, dash: true }, 'mops-li').items.find((i) => i.label === 'mops-link')!;
      assert.match(dashed.insertText!, /^name: /);
    });

    it('not on a --- line, in a comment, or where the line already holds a key', () => {
      const files = init();
      const at = (text: string, offset: number) => labels(completionsAt(workspace({ ...files, [BRIEF]: text }), BRIEF, offset));
      const separator = `${files[BRIEF]}---`;
      assert.deepEqual(at(separator, separator.length), []);
      const comment = files[BRIEF].replace('links:\n', '# mops-\nlinks:\n');
      assert.deepEqual(at(comment, comment.indexOf('# mops-') + 7), []);
      const key = files[BRIEF].replace('links:\n', 'links:\n  mops-: x\n');
      assert.deepEqual(at(key, key.indexOf('mops-: x') + 5), []);
    });

    it('nothing in YAML that is not a playbook document, unless it is empty', () => {
      const files = { ...init(), 'docker-compose.yml': 'services:\n  web:\n    image: nginx\nmops-\n' };
      assert.deepEqual(labels(completionsAt(workspace(files), 'docker-compose.yml', files['docker-compose.yml'].length - 1)), []);
    });
  });
});
