// The incremental index always equals a full re-check: random edit sequences over the reference playbook,
// compared after every step with a workspace built from scratch from the same files.

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Workspace } from '../../../src/core';
import { readTree, REFERENCE } from '../../helpers';

const original = readTree(REFERENCE);
const paths = Object.keys(original).sort();

/** Values that matter to other files: people, roles, tools, stages, programs, channels, statuses, dates, numbers. */
const VOCABULARY = [
  'priya.shah', 'li.wei', 'maria.lopez', 'nobody', 'campaign-ops', 'brand', 'legal', 'marketing-lead',
  'hubspot', 'ga4', 'salesforce', 'meta-ads', 'crm', 'analytics', 'retired', 'sunsetting', 'active', 'closed',
  'brief', 'creative', 'review', 'qa', 'launch', 'draft', 'campaign', 'content', 'demand-gen', 'brand',
  'email', 'social', 'tv', '2026-11-20', '2026-01-01', '2027-06-30', '0', '5', '400000', '[]', 'USD', 'EUR',
  '2026q4-na-email-black-friday', 'x: [', '"unclosed',
];

type Op =
  | { kind: 'set'; file: number; line: number; word: number }
  | { kind: 'delete'; file: number }
  | { kind: 'restore'; file: number }
  | { kind: 'copy'; file: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), file: fc.nat(), line: fc.nat(), word: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), file: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore' as const), file: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy' as const), file: fc.nat() }) },
);

/** Replaces the value of the chosen `key: value` line (or list item) with a word from the vocabulary. */
function setValue(text: string, line: number, word: string): string {
  const lines = text.split('\n');
  const candidates = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*(- )?[\w.-]+: \S/.test(l) || /^\s*- \S/.test(l));
  if (candidates.length === 0) return text;
  const [content, i] = candidates[line % candidates.length];
  lines[i] = content.replace(/^(\s*(?:- )?(?:[\w.-]+: )?).*$/, `$1${word}`);
  return lines.join('\n');
}

function build(files: Record<string, string>): Workspace {
  const ws = new Workspace();
  if (files['mops.config.yaml'] !== undefined) ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
  for (const [path, text] of Object.entries(files)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

function snapshot(ws: Workspace): string[] {
  return ws.allFindings().map((f) => `${f.file}:${f.range.start.line}:${f.range.start.character}:${f.rule}:${f.severity}:${f.message}:${f.related.map((r) => `${r.file}@${r.range.start.line}`).join('|')}`);
}

describe('incremental re-checking', () => {
  it('always equals a full re-check, after every step of random edit sequences', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (ops, queries) => {
        const files: Record<string, string> = { ...original };
        const ws = build(files);
        ws.allFindings();
        ops.forEach((o, step) => {
          const path = paths[o.file % paths.length];
          if (o.kind === 'set' && files[path] !== undefined) {
            files[path] = setValue(files[path], o.line, VOCABULARY[o.word % VOCABULARY.length]);
            ws.set(path, { type: 'text', text: files[path] });
          } else if (o.kind === 'delete' && files[path] !== undefined) {
            delete files[path];
            ws.delete(path);
          } else if (o.kind === 'restore') {
            files[path] = original[path];
            ws.set(path, { type: 'text', text: files[path] });
          } else if (o.kind === 'copy' && files[path] !== undefined) {
            const copy = `copies/${step}-${path.split('/').pop()}`;
            files[copy] = files[path];
            ws.set(copy, { type: 'text', text: files[copy] });
          }
          // Like an editor: sometimes read every file's findings (filling caches that must then be invalidated), sometimes not.
          if (queries[step]) assert.deepEqual(snapshot(ws), snapshot(build(files)));
        });
        assert.deepEqual(snapshot(ws), snapshot(build(files)));
      }),
      { numRuns: 150, seed: 20261122 },
    );
  });

  it('a Team edit re-checks the briefs, tools and SOPs that name its people, and nothing else', () => {
    const ws = build(original);
    ws.allFindings();
    const affected = ws.set('team.yaml', { type: 'text', text: original['team.yaml'].replace('id: li.wei', 'id: li.wie') });
    assert.deepEqual(affected.filter((p) => p !== 'team.yaml'), [
      'budget/fy2026.yaml',
      'campaigns/2026q3-na-search-back-to-school.yaml',
      'campaigns/2026q4-emea-social-winter-webinar.yaml',
      'campaigns/2026q4-na-email-black-friday.yaml',
      'campaigns/2027q1-global-content-state-of-ops.yaml',
      'martech/hubspot.yaml',
      'martech/register.yaml',
      'sops/campaign-launch-checklist.yaml',
      'sops/new-tool-request.yaml',
      'workflows/campaign.yaml',
      'workflows/content.yaml',
    ]);
    assert.deepEqual(
      ws.allFindings().map((f) => `${f.file}:${f.rule}`),
      [
        // li.wei approved the closed back-to-school brief's qa gate and owns the webinar brief.
        'campaigns/2026q3-na-search-back-to-school.yaml:ref/unknown-person',
        'campaigns/2026q4-emea-social-winter-webinar.yaml:ref/unknown-person',
        'martech/register.yaml:ref/unknown-person',
        'martech/register.yaml:ref/unknown-person',
        'sops/new-tool-request.yaml:ref/unknown-person',
      ],
    );
  });

  it('update returns the new findings of every affected file, related to the suggested tool', () => {
    const ws = build(original);
    ws.allFindings();
    const updated = ws.update('martech/register.yaml', { type: 'text', text: original['martech/register.yaml'].replace('id: meta-ads', 'id: meta-ad') });
    const webinar = updated.get('campaigns/2026q4-emea-social-winter-webinar.yaml') ?? [];
    assert.deepEqual(webinar.map((f) => [f.rule, f.message, f.related.map((r) => `${r.file}:${r.range.start.line}`)]), [
      ['ref/unknown-tool', "'meta-ads' is not a tool in the martech register. Did you mean 'meta-ad'?", ['martech/register.yaml:43']],
    ]);
    assert.deepEqual([...ws.remove('campaigns/2026q4-emea-social-winter-webinar.yaml').keys()], ['budget/fy2026.yaml']);
  });

  it('a brief edit re-checks only that brief and the Budget that adds up its spend', () => {
    const ws = build(original);
    ws.allFindings();
    const path = 'campaigns/2026q4-na-email-black-friday.yaml';
    const affected = ws.set(path, { type: 'text', text: original[path].replace('title: Black Friday early access', 'title: Black Friday') });
    assert.deepEqual(affected, ['budget/fy2026.yaml', path]);
  });

  it('files seeded with findings and keys (a cache) are re-checked by a later change exactly as if checked here', () => {
    const checked = build(original);
    checked.allFindings();
    // A second workspace given the first one's keys, and no findings, instead of checking.
    const seeded = build(original);
    for (const path of seeded.paths()) seeded.seed(path, [], checked.dependencies(path));
    const edit = original['team.yaml'].replace('id: li.wei', 'id: li.wie');
    const expected = checked.set('team.yaml', { type: 'text', text: edit });
    assert.deepEqual(seeded.set('team.yaml', { type: 'text', text: edit }), expected, 'the seeded keys are entered when the change comes');
    // What the change reached is checked again (five of those files now have findings); the rest keeps none.
    for (const path of seeded.paths()) assert.deepEqual(seeded.findings(path), expected.includes(path) ? checked.findings(path) : [], path);
    assert.equal(seeded.allFindings().length, 5);
  });

  it("updates the Budget's roll-up after each change to a few briefs exactly as a roll-up from scratch", () => {
    const source = 'campaigns/2026q4-na-email-black-friday.yaml';
    const files: Record<string, string> = { ...original };
    const copy = (n: number, planned: number) =>
      original[source].replaceAll('2026q4-na-email-black-friday', `2026q4-na-email-copy-${n}`).replace(/^ {2}planned: \d+$/m, `  planned: ${planned}`);
    for (let n = 0; n < 40; n++) files[`campaigns/copy-${String(n).padStart(2, '0')}.yaml`] = copy(n, 9000 + n);
    const ws = build(files);
    const budget = 'budget/fy2026.yaml';
    const steps: Array<[string, string | undefined]> = [
      ['campaigns/copy-05.yaml', copy(5, 400000)],
      ['campaigns/copy-05.yaml', copy(5, 1)],
      ['campaigns/copy-07.yaml', copy(7, 9007).replace(/^program: \S+$/m, 'program: brand')],
      ['campaigns/copy-09.yaml', copy(9, 9009).replace(/^status: \S+$/m, 'status: cancelled')],
      ['campaigns/copy-11.yaml', undefined],
      ['campaigns/a-first.yaml', copy(41, 50000)],
      ['campaigns/zz-last.yaml', copy(42, 60000)],
      ['campaigns/copy-11.yaml', copy(11, 200000)],
      ['campaigns/copy-09.yaml', copy(9, 9009)],
    ];
    ws.allFindings();
    for (const [path, text] of steps) {
      if (text === undefined) {
        ws.remove(path);
        delete files[path];
      } else {
        ws.update(path, { type: 'text', text });
        files[path] = text;
      }
      const fresh = build(files);
      assert.deepEqual(snapshot(ws).filter((f) => f.startsWith(budget)), snapshot(fresh).filter((f) => f.startsWith(budget)), `after ${path}`);
    }
    assert.ok(snapshot(ws).some((f) => f.startsWith(`${budget}:`) && f.includes('budget/over-allocation')), 'the roll-up is over an allocation at the end');
  });
});
