// The reports never disagree with the check: for every brief and tool of the reference playbook and the
// sample, on several days and with seeded gaps, each flag of the pipeline and martech reports is set exactly
// where its rule reports a finding (both ask the same domain verdict).

import assert from 'node:assert/strict';
import { buildReport, Workspace, type Finding } from '../../../src/core';
import { EXAMPLE, readTree, REFERENCE } from '../../helpers';

function workspace(files: Record<string, string>, today?: number): Workspace {
  const ws = new Workspace(today === undefined ? {} : { today });
  ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
  for (const [path, text] of Object.entries(files)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

/** `file` once per finding of `rule`, sorted: what a report's flags must add up to. */
const filesOf = (findings: Finding[], rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.file).sort();

/** Seeded gaps: an approval taken away, seats unused, a review and a renewal near. */
function seeded(files: Record<string, string>): Record<string, string> {
  const out = { ...files };
  for (const [path, text] of Object.entries(files)) {
    if (path.startsWith('campaigns/') && /status: approved/.test(text)) {
      out[path] = text.replace(/(\n {2}- gate: (\w+)\n(?: {4}.*\n)*? {4}status:) approved/, '$1 pending');
    }
    if (/kind: Tool/.test(text)) out[path] = text.replace(/active: (\d+)/g, (_, n) => `active: ${Math.floor(Number(n) / 3)}`);
  }
  return out;
}

const DAYS = [0, 30, 120, 400];

describe('reports and rules ask the same verdicts', () => {
  for (const [name, dir] of [['the reference playbook', REFERENCE], ['the sample', EXAMPLE]] as const) {
    for (const variant of ['as it is', 'with seeded gaps'] as const) {
      for (const offset of DAYS) {
        it(`${name}, ${variant}, ${offset} days on`, () => {
          const tree = readTree(dir);
          const files = variant === 'as it is' ? tree : seeded(tree);
          const ws = workspace(files, workspace(files).today + offset);
          const findings = ws.allFindings();

          const pipeline = buildReport('pipeline', ws).data;
          const briefs = [...pipeline.open, ...pipeline.closed, ...pipeline.cancelled];
          assert.deepEqual(briefs.filter((b) => b.missingGates.length > 0).map((b) => b.file).sort(), [...new Set(filesOf(findings, 'brief/gate-missing'))].sort(), 'gate missing');
          assert.deepEqual(briefs.filter((b) => b.overSlaDays !== null).map((b) => b.file).sort(), filesOf(findings, 'brief/sla-overdue'), 'SLA overdue');
          assert.deepEqual(briefs.filter((b) => b.launchMissedDays !== null).map((b) => b.file).sort(), filesOf(findings, 'brief/launch-missed'), 'launch missed');
          assert.deepEqual(briefs.filter((b) => b.launchLateDays !== null).map((b) => b.file).sort(), filesOf(findings, 'brief/launch-at-risk'), 'launch at risk');

          const martech = buildReport('martech', ws).data;
          const fileOf = new Map(martech.tools.map((t) => [t.id, t.file]));
          assert.deepEqual(martech.tools.filter((t) => t.lowUtilisation).map((t) => t.file).sort(), filesOf(findings, 'martech/low-utilization'), 'low utilisation');
          assert.deepEqual(martech.tools.filter((t) => t.reviewOverdueDays !== null).map((t) => t.file).sort(), filesOf(findings, 'martech/review-overdue'), 'review overdue');
          assert.deepEqual(martech.renewals.filter((r) => r.noticeDue).map((r) => fileOf.get(r.tool)).sort(), filesOf(findings, 'martech/renewal-due'), 'notice due');
        });
      }
    }
  }

  it('the seeded variants do raise every flag somewhere (the comparison is not of empty lists)', () => {
    const seen = new Set<string>();
    for (const dir of [REFERENCE, EXAMPLE]) {
      const files = seeded(readTree(dir));
      for (const offset of DAYS) {
        const ws = workspace(files, workspace(files).today + offset);
        for (const f of ws.allFindings()) seen.add(f.rule);
      }
    }
    // brief/launch-at-risk is raised on its days in pipeline.test.ts (2026-12-08 on the reference playbook).
    for (const rule of ['brief/gate-missing', 'brief/sla-overdue', 'brief/launch-missed', 'martech/low-utilization', 'martech/review-overdue', 'martech/renewal-due']) assert.ok(seen.has(rule), rule);
  });
});
