// What a spreadsheet leaves in a hand-edited file gets a fix that reads it as mops import would: amounts,
// shares, Excel serial dates, day/month dates (a choice, never applied by fix-all), tracker statuses.

import assert from 'node:assert/strict';
import { applyFixes, fixPlaybook, Workspace } from '../../../src/core';
import { readTree, REFERENCE } from '../../helpers';

const BF = 'campaigns/2026q4-na-email-black-friday.yaml';
const reference = readTree(REFERENCE);

function workspace(changes: Record<string, string>): Workspace {
  const files = { ...reference, ...changes };
  const ws = new Workspace();
  ws.set('mops.config.yaml', { type: 'text', text: files['mops.config.yaml'] });
  for (const [path, text] of Object.entries(files)) if (path !== 'mops.config.yaml') ws.set(path, { type: 'text', text });
  return ws;
}

/** The fixes offered on the file's findings, and the file after the first one of the first finding. */
function offered(path: string, text: string) {
  const findings = workspace({ [path]: text }).findings(path);
  assert.equal(findings.length, 1, findings.map((f) => `${f.rule}: ${f.message}`).join('\n'));
  return { titles: findings[0].fixes.map((f) => f.title), fixed: applyFixes(text, [findings[0].fixes[0]]) };
}

describe('fixes for spreadsheet leftovers', () => {
  const cases: Array<[string, string, string, string[]]> = [
    ['an amount with a currency sign and thousands', '      planned: 12000\n', '      planned: "$12,000"\n', ["Change to 12000 (read from '$12,000')"]],
    ['a status as a tracker writes it', 'status: active\n', 'status: In Progress\n', ["Change to 'active' (for 'In Progress')"]],
    ['a date written month first, unambiguous', '  launch: 2026-11-18\n', '  launch: 11/18/2026\n', ['Change to 2026-11-18 (month first: 11/18/2026)']],
  ];
  for (const [name, from, to, titles] of cases) {
    it(`${name}: one fix, and the file is clean after it`, () => {
      const text = reference[BF].replace(from, to);
      assert.notEqual(text, reference[BF]);
      const result = offered(BF, text);
      assert.deepEqual(result.titles, titles);
      assert.equal(result.fixed, reference[BF]);
    });
  }

  it('an Excel serial number in a date field: its date, shown in the title', () => {
    // 2026-11-18 is day 46344 of Excel's 1900 date system.
    const result = offered(BF, reference[BF].replace('  launch: 2026-11-18\n', '  launch: 46344\n'));
    assert.deepEqual(result.titles, ['Change to 2026-11-18 (Excel serial date 46344)']);
    assert.equal(result.fixed, reference[BF]);
  });

  it('a share written as a percentage', () => {
    const config = reference['mops.config.yaml'].replace('low_utilization_below: 0.6', 'low_utilization_below: 60%');
    const result = offered('mops.config.yaml', config);
    assert.deepEqual(result.titles, ["Change to 0.6 (read from '60%')"]);
    assert.equal(result.fixed, reference['mops.config.yaml']);
  });

  it('02/05/2027: a choice of two dates, each clean, and fix-all applies neither', () => {
    const text = reference[BF].replace('  end: 2026-11-30\n', '  end: 02/12/2026\n');
    const findings = workspace({ [BF]: text }).findings(BF);
    const fixes = findings.flatMap((f) => f.fixes);
    assert.deepEqual(fixes.map((f) => [f.title, f.choice]), [
      ['Change to 2026-12-02 (day first: 02/12/2026)', true],
      ['Change to 2026-02-12 (month first: 02/12/2026)', true],
    ]);
    assert.ok(applyFixes(text, [fixes[0]]).includes('  end: 2026-12-02\n'));
    const ws = workspace({ [BF]: text });
    assert.deepEqual(fixPlaybook(ws, [BF]), []);
  });
});
