// The scaffold of a new playbook: complete, in the reference format, and clean on the day it is made.

import assert from 'node:assert/strict';
import { advanceBrief, applyEdits, parseDay, RULES, scaffoldPlaybook, Workspace } from '../../../src/core';
import { cleanup, loadDir, tempPlaybook } from '../../helpers';

const DAYS = ['2026-11-20', '2026-01-01', '2026-12-31', '2027-02-28', '2028-02-29', '2026-09-14'];

function filesOf(today: string, name?: string): Record<string, string> {
  return Object.fromEntries(scaffoldPlaybook({ today: parseDay(today)!, name }).map((f) => [f.path, f.text]));
}

describe('scaffoldPlaybook', () => {
  after(cleanup);

  it('writes one file of each kind, a README and a CI workflow', () => {
    const files = filesOf('2026-11-20');
    assert.deepEqual(Object.keys(files), [
      'mops.config.yaml',
      'team.yaml',
      'workflows/campaign.yaml',
      'conventions/naming.yaml',
      'conventions/utm.yaml',
      'budget/fy2027.yaml',
      'martech/hubspot.yaml',
      'sops/campaign-launch-checklist.yaml',
      'campaigns/2026q4-na-email-welcome-series.yaml',
      'policies/min-lead-time.yaml',
      'policies/four-eyes-over-50k.yaml',
      'policies/big-budget-is-tier-3.yaml',
      'policies/paid-social-utm-content.yaml',
      'policies/tier-lead-week.yaml',
      'policies/budget-covers-a-year.yaml',
      'policies/sop-reviewed-twice-a-year.yaml',
      'README.md',
      '.gitignore',
      '.github/workflows/mops.yml',
    ]);
    const kinds = Object.values(files).flatMap((t) => [...t.matchAll(/^kind: (\w+)$/gm)].map((m) => m[1]));
    assert.deepEqual([...new Set(kinds)].sort(), ['Brief', 'Budget', 'Config', 'NamingConvention', 'Policy', 'Sop', 'Team', 'Tool', 'UtmStandard', 'Workflow']);
    assert.match(files['.github/workflows/mops.yml'], /^ {6}- uses: mops-dev\/mops@v1$/m);
    assert.match(files['workflows/campaign.yaml'], /# Stage gates: a brief advances only when/);
    // No template placeholder is left; GitHub's own `${{ … }}` expressions in the workflow are meant to stay.
    assert.ok(Object.values(files).every((t) => !t.replace(/\$\{\{ [^}]* \}\}/g, '').includes('{{') && t.endsWith('\n')));
  });

  it('dates the files from the day it is made', () => {
    const files = filesOf('2026-12-20');
    const brief = files['campaigns/2027q1-na-email-welcome-series.yaml'];
    assert.match(brief, /^id: 2027q1-na-email-welcome-series$/m);
    assert.match(brief, /^ {2}brief_approved: 2026-12-25\n {2}launch: 2027-01-08\n {2}end: 2027-02-05$/m);
    assert.match(brief, /^ {2}- stage: brief\n {4}entered: 2026-12-20$/m);
    assert.match(brief, /utm_campaign=2027q1-na-email-welcome-series&/);
    assert.match(files['budget/fy2027.yaml'], /^ {2}start: 2026-12-01\n {2}end: 2027-11-30$/m);
    assert.match(files['martech/hubspot.yaml'], /^ {2}renewal: 2027-12-20$/m);
    assert.match(files['martech/hubspot.yaml'], /^last_review: 2026-12-20$/m);
  });

  it('names the team after the given name', () => {
    const files = filesOf('2026-11-20', 'Acme "Analytics"');
    assert.match(files['README.md'], /^# Acme "Analytics" — marketing-ops playbook$/m);
    assert.match(files['team.yaml'], /^id: acme-analytics\ndescription: "The Acme \\"Analytics\\" marketing team"$/m);
    assert.match(files['conventions/utm.yaml'], /^id: acme-analytics$/m);
  });

  for (const day of DAYS) {
    it(`written to a folder, checks with no finding at all on ${day} and for the next four days`, async () => {
      const dir = tempPlaybook(filesOf(day));
      for (let offset = 0; offset <= 4; offset++) {
        const workspace = await loadDir(dir, { today: parseDay(day)! + offset });
        const findings = workspace.allFindings();
        assert.deepEqual(findings.map((f) => `${f.file}:${f.range.start.line + 1} ${f.rule} ${f.message}`), [], `today ${day} + ${offset}`);
        assert.ok(workspace.documents('Brief').length === 1 && workspace.documents('Tool').length === 1);
      }
    });
  }

  it('is really checked: a year on, its reviews and SLAs come due, and its campaign, still at its brief stage, has missed its launch (and owes no results: it never ran)', async () => {
    const workspace = await loadDir(tempPlaybook(filesOf('2026-11-20')), { today: parseDay('2027-11-20') });
    const rules = new Set(workspace.allFindings().map((f) => f.rule));
    assert.deepEqual([...rules].sort(), ['brief/launch-missed', 'brief/sla-overdue', 'martech/renewal-due', 'martech/review-overdue', 'sop/review-overdue']);
  });

  it('its brief advances to creative once a marketing lead approves the brief gate, and stays clean', () => {
    const today = parseDay('2026-11-22')!;
    const workspace = new Workspace({ rules: RULES, today });
    for (const [path, text] of Object.entries(filesOf('2026-11-20'))) workspace.set(path, { type: 'text', text });
    const path = 'campaigns/2026q4-na-email-welcome-series.yaml';
    const refused = advanceBrief(workspace, path, { today });
    assert.ok(!refused.ok);
    assert.deepEqual(refused.reasons, ["The 'brief' gate has no approval from a person with the role 'marketing-lead'."]);
    // The approval is recorded with its day, and the timeline's brief_approved follows it (brief/approved-date-mismatch).
    const approved = filesOf('2026-11-20')[path]
      .replace('approvals: []\n', 'approvals:\n  - gate: brief\n    approver: sam.taylor\n    status: approved\n    date: 2026-11-22\n')
      .replace(/brief_approved: \S+/, 'brief_approved: 2026-11-22');
    workspace.set(path, { type: 'text', text: approved });
    const result = advanceBrief(workspace, path, { today });
    assert.ok(result.ok);
    const after = applyEdits(approved, result.edits);
    assert.match(after, /^stage: creative$/m);
    assert.match(after, /^ {2}- stage: brief\n {4}entered: 2026-11-20\n {2}- stage: creative\n {4}entered: 2026-11-22\nlinks:/m);
    workspace.set(path, { type: 'text', text: after });
    assert.deepEqual(workspace.allFindings(), []);
  });

  it('checks clean with every rule on, whatever the name', () => {
    const workspace = new Workspace({ rules: RULES, today: parseDay('2026-11-20') });
    for (const [path, text] of Object.entries(filesOf('2026-11-20', '  Ops & Growth: EMEA  '))) workspace.set(path, { type: 'text', text });
    assert.deepEqual(workspace.allFindings(), []);
  });
});
