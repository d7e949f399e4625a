// `mops report`: exit codes, stdout or --out, `all` into a folder, and clear messages for bad arguments.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORTS } from '../../../src/core';
import { cleanup, readTree, REFERENCE, runCli, tempPlaybook } from '../../helpers';
import { parseCsv } from './util';

describe('mops report', () => {
  afterEach(cleanup);

  it('prints a report in Markdown by default, with exit 0', async () => {
    const run = await runCli(['report', 'pipeline', REFERENCE]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^## Campaign pipeline\n\nAs of 2026-11-20/);
    assert.equal(run.stderr, '');
  });

  it('prints each format, and --today moves the day the figures count from', async () => {
    const json = JSON.parse((await runCli(['report', 'pipeline', REFERENCE, '--format', 'json', '--today', '2026-12-01'])).stdout);
    assert.equal(json.report, 'pipeline');
    assert.equal(json.today, '2026-12-01');
    // creative entered 2026-11-12: 19 days on 2026-12-01
    assert.equal(json.data.open[0].daysInStage, 19);
    const csv = parseCsv((await runCli(['report', 'utm', REFERENCE, '--format', 'csv'])).stdout);
    assert.equal(csv.length, 1 + 5);
    assert.match((await runCli(['report', 'budget', REFERENCE, '--format', 'html'])).stdout, /^<!DOCTYPE html>/);
  });

  it('finds the playbook root from a folder inside it, as mops check does', async () => {
    const run = await runCli(['report', 'utm', join(REFERENCE, 'campaigns'), '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).data.links.length, 5);
  });

  it('writes to --out instead of stdout and says where', async () => {
    const dir = tempPlaybook({});
    const run = await runCli(['report', 'martech', REFERENCE, '--format', 'md', '--out', 'sub/martech.md'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, 'Wrote the martech report (md) to sub/martech.md\n');
    assert.match(readFileSync(join(dir, 'sub', 'martech.md'), 'utf8'), /^## Martech audit\n/);
  });

  it('all: every report in every format into --out-dir, and an index page, listing what it wrote', async () => {
    const dir = tempPlaybook({});
    const run = await runCli(['report', 'all', REFERENCE, '--out-dir', 'out/ref'], dir);
    assert.equal(run.code, 0, run.stderr);
    const files = readdirSync(join(dir, 'out', 'ref')).sort();
    assert.equal(files.length, REPORTS.length * 4 + 2);
    assert.ok(files.includes('health.html') && files.includes('utm.csv') && files.includes('budget.json') && files.includes('pipeline.md'));
    assert.ok(files.includes('index.md') && files.includes('index.html'));
    assert.match(run.stdout, new RegExp(`^Wrote ${REPORTS.length * 4} reports, and`));
    assert.match(run.stdout, /^Wrote \d+ reports, and an index of them \(index\.md, index\.html\) to out\/ref:\n {2}index\.md\n {2}index\.html\n {2}pipeline\.md\n/);
  });

  it('all: the index links every report in each format and shows its headline figures, coloured as the report does', async () => {
    const dir = tempPlaybook({});
    assert.equal((await runCli(['report', 'all', REFERENCE, '--out-dir', 'out'], dir)).code, 0);
    const md = readFileSync(join(dir, 'out', 'index.md'), 'utf8');
    assert.match(md, /^## Playbook reports\n\nAs of 2026-11-20/);
    for (const name of ['pipeline', 'martech', 'budget', 'health', 'utm', 'results']) {
      // The Markdown index links the Markdown page first, then the other formats.
      assert.ok(md.includes(`[Markdown: ${name}.md](${name}.md) · [HTML: ${name}.html](${name}.html) · [CSV: ${name}.csv](${name}.csv) · [JSON: ${name}.json](${name}.json)`), name);
    }
    // The budget's headline figures, as its own summary has them: 400,000 + 150,000 + 80,000 allocated, 74,000 planned.
    assert.match(md, /### Budget vs actual\n\n.*\n\n.*\n\n- \*\*Allocation \(USD\):\*\* 630,000\n- \*\*Planned \(USD\):\*\* 74,000\n/);
    // 8 of 15 stage visits over their SLA: 53.3%, a red card in the health report and in the index alike.
    const health = readFileSync(join(dir, 'out', 'health.md'), 'utf8');
    assert.match(health, /^- \*\*SLA breach rate:\*\* 🔴 53\.3%$/m);
    assert.match(md, /^- \*\*SLA breach rate:\*\* 🔴 53\.3%$/m);
    const html = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    // The HTML index links the HTML pages first.
    assert.match(html, /<p class="links"><a href="budget\.html">HTML: budget\.html<\/a> · <a href="budget\.md">Markdown: budget\.md<\/a>/);
    assert.match(html, /<div class="figure bad"><div class="label">SLA breach rate<\/div><div class="value">53\.3%<\/div><\/div>/);
  });

  it('all: --format limits the formats (an index in each page format asked for), and the default folder is reports.out_dir under the root', async () => {
    const playbook = tempPlaybook(readTree(REFERENCE));
    const run = await runCli(['report', 'all', playbook, '--format', 'md,csv']);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readdirSync(join(playbook, 'reports')).sort(), ['index.md', ...REPORTS.flatMap((r) => [`${r}.csv`, `${r}.md`])].sort());
    assert.match(readFileSync(join(playbook, 'reports', 'index.md'), 'utf8'), /\[Markdown: utm\.md\]\(utm\.md\) · \[CSV: utm\.csv\]\(utm\.csv\)\n/);
    const csvOnly = tempPlaybook(readTree(REFERENCE));
    assert.equal((await runCli(['report', 'all', csvOnly, '--format', 'csv'])).code, 0);
    assert.ok(!readdirSync(join(csvOnly, 'reports')).some((f) => f.startsWith('index.')));
  });

  for (const [args, message] of [
    [['report'], /Name a report: pipeline, martech, budget, health, utm(, [a-z]+)* or all/],
    [['report', 'pipelines', REFERENCE], /Unknown report 'pipelines'\. Did you mean 'pipeline'\? Reports: pipeline, martech, budget, health, utm, ([a-z]+, )*or all\./],
    [['report', 'pipeline', REFERENCE, '--format', 'pdf'], /Unknown report format 'pdf'\. Formats: md, html, csv, json\./],
    [['report', 'all', REFERENCE, '--format', 'md,xml'], /Unknown report format 'xml'/],
    [['report', 'pipeline', REFERENCE, '--today', '2026-13-01'], /--today must be a date written YYYY-MM-DD, not '2026-13-01'/],
    [['report', 'pipeline', 'no/such/folder'], /No such file or folder: no\/such\/folder/],
    [['report', 'all', REFERENCE, '--out', 'x.md'], /use --out-dir DIR, not --out/],
    [['report', 'pipeline', REFERENCE, '--out-dir', 'x'], /--out-dir is for mops report all/],
    [['report', 'pipeline', REFERENCE, 'extra'], /one playbook path/],
    [['report', 'pipeline', REFERENCE, '--colour'], /unknown option '--colour'; mops report --help lists the options/],
  ] as const) {
    it(`exit 2 with a clear message: mops ${args.join(' ').replace(REFERENCE, 'REF')}`, async () => {
      const run = await runCli([...args]);
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    });
  }

  it('exit 2 and nothing written when mops.config.yaml has errors', async () => {
    const files = readTree(REFERENCE);
    files['mops.config.yaml'] = `${files['mops.config.yaml']}exclude: ["[broken"]\n`.replace(/^exclude: \["node_modules.*\n/m, '');
    const playbook = tempPlaybook(files);
    const run = await runCli(['report', 'all', playbook, '--out-dir', join(playbook, 'out')]);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^mops\.config\.yaml:\d+:\d+: .*\(config\/bad-glob\)\nmops: mops\.config\.yaml has errors/);
    assert.ok(!existsSync(join(playbook, 'out')));
  });

  it('is in the help', async () => {
    assert.match((await runCli(['--help'])).stdout, /report NAME \[path\]/);
    const help = await runCli(['report', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: mops report <pipeline\|martech\|budget\|health\|utm(\|[a-z]+)*> \[path\] \[options\]/);
    assert.match(help.stdout, /--out-dir DIR/);
  });
});
