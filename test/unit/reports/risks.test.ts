// One colour per risk: a risk has one severity, and every summary card, table, chart and the diff colour it by the one mapping.

import assert from 'node:assert/strict';
import { buildDiffReport, buildReport, parseDay, renderDiffReport, renderReport, RULES, type ReportDocument, type Workspace } from '../../../src/core';
import { RISKS, slaBreachRisk } from '../../../src/core/domain/risks';
import { cellTone, cellValue, SEVERITY_TONE, type Cell, type Tone } from '../../../src/core/reports/model';
import { readTree, REFERENCE, workspaceOf } from '../../helpers';

const HUBSPOT = 'martech/hubspot.yaml';
const REFERENCE_FILES = readTree(REFERENCE);

/** The reference playbook (today 2026-11-20) with edits, checked with every rule. */
function playbook(edits: Array<[string, string, string]> = []): Workspace {
  const files = { ...REFERENCE_FILES };
  for (const [path, from, to] of edits) {
    assert.ok(files[path].includes(from), `${path} holds ${from}`);
    files[path] = files[path].replace(from, to);
  }
  return workspaceOf(files, { rules: RULES });
}

/** Every cell of every table of a document whose row starts with `id`, in the column `label`. */
function cells(doc: ReportDocument, id: string, label: string): Cell[] {
  const tables = doc.sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'table' ? [b.table] : []));
  return tables.flatMap((t) => {
    const i = t.columns.findIndex((c) => c.label === label);
    return i < 0 ? [] : t.rows.filter((r) => cellValue(r[0]) === id).map((r) => r[i]);
  });
}

const card = (doc: ReportDocument, label: string) => doc.summary.find((f) => f.label === label);

/** The tones of a risk in the martech report (summary card, renewals table, register) and in the diff that brings it. */
function noticeTones(edits: Array<[string, string, string]>): { tones: Array<Tone | undefined>; places: number; martech: string; diff: string } {
  const head = playbook(edits);
  const martech = buildReport('martech', head);
  const diff = buildDiffReport(playbook(), head);
  const tones = [
    card(martech.document, 'Notice due')?.tone,
    ...cells(martech.document, 'hubspot', 'Notice deadline').map(cellTone),
    ...cells(martech.document, 'hubspot', 'Notice in').map(cellTone),
    card(diff.document, 'Newly due')?.tone,
    ...cells(diff.document, 'hubspot', 'Notice deadline').map(cellTone),
    ...cells(diff.document, 'hubspot', 'Days to notice').map(cellTone),
  ];
  return { tones, places: tones.length, martech: renderReport(martech, 'md'), diff: renderDiffReport(diff, 'md') };
}

describe('risk colours', () => {
  it("each risk that a rule reports has that rule's default severity", () => {
    for (const [name, risk] of Object.entries(RISKS)) {
      if (!('rule' in risk)) continue;
      const rule = RULES.find((r) => r.id === risk.rule);
      assert.ok(rule, `${name}: ${risk.rule} is a rule`);
      assert.equal(risk.severity, rule.severity, name);
    }
    assert.deepEqual(SEVERITY_TONE, { error: 'bad', warning: 'warn', info: 'muted' });
  });

  it('a missed notice deadline on an auto-renewing contract is red in the summary card, the tables and the diff alike', () => {
    // hubspot renews 2027-01-15 with 60 days' notice: the deadline was 2026-11-16, 4 days before today; auto_renew: true.
    const { tones, places, martech, diff } = noticeTones([[HUBSPOT, 'renewal: 2027-06-30', 'renewal: 2027-01-15']]);
    // The card, the renewals table (deadline and days), the register (deadline), the diff's card and its row (deadline and days).
    assert.equal(places, 7);
    assert.deepEqual(tones, Array(7).fill('bad'));
    assert.match(martech, /^- \*\*Notice due:\*\* 🔴 1$/m);
    assert.match(martech, /^\| hubspot \| 2027-01-15 \| 56 d \| 🔴 2026-11-16 \| 🔴 -4 d \| yes \| 36,000 \|$/m);
    assert.match(diff, /^- \*\*Newly due:\*\* 🔴 1 renewal$/m);
    assert.match(diff, /^\| hubspot \| 2027-01-15 \| 🔴 2026-11-16 \| 🔴 -4 \| yes \| 36,000 \|$/m);
  });

  it('a deadline still ahead is yellow in every place, and so is one missed on a contract that does not auto-renew', () => {
    // 2027-02-10 − 60 days = 2026-12-12: 22 days ahead, inside the 30-day warning.
    const ahead = noticeTones([[HUBSPOT, 'renewal: 2027-06-30', 'renewal: 2027-02-10']]);
    assert.deepEqual(ahead.tones, Array(7).fill('warn'));
    const manual = noticeTones([
      [HUBSPOT, 'renewal: 2027-06-30', 'renewal: 2027-01-15'],
      [HUBSPOT, 'auto_renew: true', 'auto_renew: false'],
    ]);
    assert.deepEqual(manual.tones, Array(7).fill('warn'));
  });

  it('the finding says what is still possible, not "decide whether to renew"', () => {
    const messages = (ws: Workspace) =>
      ws
        .findings(HUBSPOT)
        .filter((f) => f.rule === 'martech/renewal-due')
        .map((f) => f.message);
    assert.deepEqual(messages(playbook([[HUBSPOT, 'renewal: 2027-06-30', 'renewal: 2027-01-15']])), [
      'The notice deadline (60 days before the renewal) passed 4 days ago, on 2026-11-16: the contract auto-renews on 2027-01-15; negotiate now.',
    ]);
    assert.deepEqual(messages(playbook([[HUBSPOT, 'renewal: 2027-06-30', 'renewal: 2027-02-10']])), [
      'The contract auto-renews on 2027-02-10; the notice deadline (60 days before) is in 22 days, on 2026-12-12: give notice or negotiate by then.',
    ]);
    assert.deepEqual(
      messages(
        playbook([
          [HUBSPOT, 'renewal: 2027-06-30', 'renewal: 2027-01-15'],
          [HUBSPOT, 'auto_renew: true', 'auto_renew: false'],
        ]),
      ),
      ['The notice deadline (60 days before the renewal) passed 4 days ago, on 2026-11-16; the contract does not renew by itself: agree the renewal or plan the switch before 2027-01-15.'],
    );
    // The martech report carries the same words.
    const martech = buildReport('martech', playbook([[HUBSPOT, 'renewal: 2027-06-30', 'renewal: 2027-01-15']]));
    assert.equal(martech.data.renewals[0].message, 'The notice deadline (60 days before the renewal) passed 4 days ago, on 2026-11-16: the contract auto-renews on 2027-01-15; negotiate now.');
  });

  it('low utilisation is yellow in the summary card, the register and the seats table alike', () => {
    // 11 of 20 seats: 55% < 60%.
    const { document } = buildReport('martech', playbook([[HUBSPOT, 'active: 17', 'active: 11']]));
    const tones = [card(document, 'Low utilisation')?.tone, ...cells(document, 'hubspot', 'Utilisation').map(cellTone)];
    assert.deepEqual(tones, ['warn', 'warn', 'warn']);
  });

  it('an overdue review is yellow in the martech card, the register, the reviews table and the diff alike', () => {
    // hubspot, reviewed 2026-10-01 every 30 days, was due on 2026-10-31: 20 days overdue.
    const head = playbook([[HUBSPOT, 'review_every_days: 90', 'review_every_days: 30']]);
    const martech = buildReport('martech', head);
    const diff = buildDiffReport(playbook(), head);
    const tones = [
      card(martech.document, 'Overdue reviews')?.tone,
      ...cells(martech.document, 'hubspot', 'Review due').map(cellTone),
      ...cells(martech.document, 'hubspot', 'Overdue by').map(cellTone),
      card(diff.document, 'Newly due')?.tone,
      ...cells(diff.document, 'tool', 'Days overdue').map(cellTone),
    ];
    assert.deepEqual(tones, ['warn', 'warn', 'warn', 'warn', 'warn']);
  });

  it('an SLA breach rate has one colour, whether on a stage or for the whole playbook', () => {
    const { data, document } = buildReport('health', playbook());
    // 8 of 15 visits over their SLA (53.3%): red from 50% on, in the summary card as on a stage.
    assert.equal(data.breaches.rate, 53.3);
    assert.equal(card(document, 'SLA breach rate')?.tone, 'bad');
    const rates = document.main.rows.map((r) => [cellValue(r[7]), cellTone(r[7])]);
    for (const [rate, tone] of rates)
      assert.equal(tone, rate === null ? undefined : { error: 'bad', warning: 'warn', info: 'muted', none: undefined }[slaBreachRisk(rate as number) ?? 'none'], `rate ${rate}`);
    // review 1 of 3 (33.3%) is yellow; brief 3 of 3 is red; creative 0 of 3 has no colour.
    assert.deepEqual(
      document.main.rows.filter((r) => r[0] === 'campaign' && ['brief', 'creative', 'review'].includes(cellValue(r[1]) as string)).map((r) => [cellValue(r[1]), cellTone(r[7]) ?? null]),
      [
        ['brief', 'bad'],
        ['creative', null],
        ['review', 'warn'],
      ],
    );
  });

  it('an SLA overrun is yellow in the pipeline card, chart and table, as its finding (a warning) is', () => {
    const today = parseDay('2026-12-20')!;
    const workspace = workspaceOf({ ...REFERENCE_FILES }, { rules: RULES, today });
    const { document } = buildReport('pipeline', workspace);
    // The webinar entered creative on 2026-11-12: 38 days by 2026-12-20, over its stage's SLA.
    const webinar = '2026q4-emea-social-winter-webinar';
    const chart = document.sections.flatMap((s) => s.blocks).find((b) => b.type === 'bars');
    assert.ok(chart && chart.type === 'bars');
    const tones = [
      card(document, 'Over SLA')?.tone,
      chart.categories.find((c) => c.label === 'creative')?.tone,
      ...['Days in stage', 'Over SLA by'].map((label) => {
        const row = document.main.rows.find((r) => cellValue(r[2]) === webinar)!;
        return cellTone(row[document.main.columns.findIndex((c) => c.label === label)]);
      }),
    ];
    assert.deepEqual(tones, ['warn', 'warn', 'warn', 'warn']);
    const severities = workspace
      .allFindings()
      .filter((f) => f.rule === 'brief/sla-overdue')
      .map((f) => f.severity);
    assert.ok(severities.length > 0 && severities.every((s) => SEVERITY_TONE[s] === 'warn'));
  });
});
