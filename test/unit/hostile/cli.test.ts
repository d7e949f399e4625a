// The real CLI on a hostile playbook (scripts/hostile/corpus.mjs), in every format, with and without the
// cache, on one thread and two: it never crashes or hangs, memory stays under a fixed heap, every hostile
// file gets its finding on its line, every finding lies inside its file, nothing outside the repo is read,
// nothing is run, and every output (check formats and reports) is inert.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { EXECUTED_MARKER, OUTSIDE_MARKERS, writeCorpus, type Corpus, type ExpectedFinding } from '../../../scripts/hostile/corpus.mjs';
import { REPORTS } from '../../../src/core';
import { REFERENCE, ROOT } from '../../helpers';
import { mdCells, mdTables, parseCsv } from '../reports/util';

/** The heap the CLI gets (--max-old-space-size), and the peak resident memory it must stay under. */
const HEAP_MB = 512;
const RSS_BOUND_MB = 900;
/** Far above a run's few seconds, even on a busy machine; a hang ends here. */
const RUN_TIMEOUT_MS = 120_000;

interface Finding {
  rule: string;
  severity: string;
  message: string;
  file: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  related: Array<{ file: string; range: Finding['range'] }>;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  rssMb: number;
}

const figures: string[] = [];

/** The CLI run: bin/mops.js, or MOPS_HOSTILE_CLI (a script that runs another build, to see a test fail without a defence). */
const CLI = process.env.MOPS_HOSTILE_CLI ?? join(ROOT, 'bin', 'mops.js');

/** Runs the CLI in a bounded heap, with bench/rss.cjs reporting its peak resident memory. */
function mops(args: string[], env: Record<string, string> = {}): Run {
  const started = Date.now();
  const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--require', join(ROOT, 'bench', 'rss.cjs'), CLI, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
    maxBuffer: 1 << 28,
    timeout: RUN_TIMEOUT_MS,
  });
  const ms = Date.now() - started;
  assert.equal(run.error, undefined, `mops ${args.join(' ')}: ${run.error?.message} (a hang ends at ${RUN_TIMEOUT_MS} ms)`);
  const peak = /\nMOPS_BENCH_RSS_KB (\d+)\n/.exec(run.stderr);
  const stderr = run.stderr.replace(/\nMOPS_BENCH_RSS_KB \d+\n/, '');
  return { status: run.status, stdout: run.stdout, stderr, ms, rssMb: peak ? Number(peak[1]) / 1024 : NaN };
}

/** What every run must show: a normal exit (findings or none), no crash, no stack trace, memory in bounds. */
function assertSane(run: Run, label: string): void {
  assert.ok(run.status === 0 || run.status === 1, `${label}: exit ${run.status}\n${run.stderr.slice(0, 2000)}`);
  assert.doesNotMatch(run.stderr, /internal error|FATAL ERROR|heap out of memory|\n\s+at .+:\d+:\d+/, `${label}: ${run.stderr.slice(0, 2000)}`);
  assert.ok(run.rssMb < RSS_BOUND_MB, `${label}: peak RSS ${run.rssMb.toFixed(0)} MB, over ${RSS_BOUND_MB} MB`);
  figures.push(`${label}: ${(run.ms / 1000).toFixed(1)} s, peak RSS ${run.rssMb.toFixed(0)} MB`);
}

function startsOn(f: Finding, line: ExpectedFinding['line']): boolean {
  if (line === undefined) return true;
  return Array.isArray(line) ? f.range.start.line >= line[0] && f.range.start.line <= line[1] : f.range.start.line === line;
}

/** A file's lines as an editor shows them, or undefined when it is not text mops reads (a link, binary, too large). */
function linesOf(dir: string, file: string): string[] | undefined {
  const path = join(dir, ...file.split('/'));
  const stat = lstatSync(path);
  if (!stat.isFile() || stat.size > 1024 * 1024) return undefined;
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = bytes[0] === 0xff && bytes[1] === 0xfe ? new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)) : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  if (text.includes('\0')) return undefined;
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Every finding's range, and every related range, lies inside the text of its file (line 1 for unread files). */
function assertInside(dir: string, findings: Finding[]): void {
  const cache = new Map<string, string[] | undefined>();
  const lines = (file: string) => {
    if (!cache.has(file)) cache.set(file, linesOf(dir, file));
    return cache.get(file);
  };
  for (const place of findings.flatMap((f) => [{ what: `${f.rule} in ${f.file}`, file: f.file, range: f.range }, ...f.related.map((r) => ({ what: `related of ${f.rule} in ${f.file}`, file: r.file, range: r.range }))])) {
    const { start, end } = place.range;
    const text = lines(place.file);
    assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${place.what}: range ends before it starts`);
    if (!text) {
      assert.deepEqual([start.line, end.line], [0, 0], `${place.what}: an unread file's finding is on line 1`);
      assert.ok(end.character <= 1, `${place.what}: on the first character`);
      continue;
    }
    assert.ok(end.line < text.length, `${place.what}: line ${end.line + 1} of ${text.length}`);
    assert.ok(start.character <= text[start.line].length, `${place.what}: column ${start.character} of ${text[start.line].length}`);
    assert.ok(end.character <= text[end.line].length, `${place.what}: end column ${end.character} of ${text[end.line].length}`);
  }
}

/** markdown-it (installed with @vscode/vsce) with raw HTML on and every link allowed: more permissive than GitHub. */
function markdownIt(): (md: string) => string {
  const MarkdownIt = createRequire(__filename)('markdown-it') as new (options: object) => { render(md: string): string; validateLink: (url: string) => boolean };
  const md = new MarkdownIt({ html: true, linkify: false });
  md.validateLink = () => true;
  return (text) => md.render(text);
}

/** Markup a playbook string must never become in HTML. */
const ACTIVE_HTML = /<(script|img|iframe|object|embed)\b|<[^>]*\son\w+\s*=|(href|src)\s*=\s*["']?\s*javascript:/i;
/** Characters that drive a terminal (escape sequences, carriage returns, bidirectional overrides). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('hostile corpus through the CLI', function () {
  this.timeout(15 * RUN_TIMEOUT_MS);
  let work: string;
  let corpus: Corpus;
  let json: { findings: Finding[]; summary: { files: number; errors: number } };
  let baseline: Run;

  before(() => {
    work = mkdtempSync(join(tmpdir(), 'mops-hostile-'));
    corpus = writeCorpus(join(work, 'repo'), { reference: REFERENCE, outside: join(work, 'outside') });
    rmSync(join('/tmp', EXECUTED_MARKER), { force: true });
    baseline = mops(['check', corpus.dir, '--format', 'json'], { MOPS_JOBS: '1' });
    try {
      json = JSON.parse(baseline.stdout);
    } catch {
      json = { findings: [], summary: { files: 0, errors: 0 } }; // the first test says why
    }
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
    if (figures.length > 0) console.log(`      hostile corpus (heap ${HEAP_MB} MB):\n${figures.map((f) => `        ${f}`).join('\n')}`);
  });

  it('checks it on one thread without a crash, a stack trace or memory past the bound, and fails on its errors', () => {
    assertSane(baseline, 'check --format json, MOPS_JOBS=1');
    assert.equal(baseline.status, 1);
    assert.ok(json.summary.errors > 0);
  });

  it('gives every hostile file its finding (or the finding that says why it is skipped) on its line', () => {
    const missing = corpus.expected.filter((e) => !json.findings.some((f) => f.file === e.file && f.rule === e.rule && startsOn(f, e.line)));
    assert.deepEqual(
      missing,
      [],
      missing.map((e) => `${e.file}: ${json.findings.filter((f) => f.file === e.file).map((f) => `${f.range.start.line}:${f.rule}`).join(' ') || 'nothing'}`).join('\n'),
    );
  });

  it('still checks the rest of the repo: the ordinary brief has its deliberate finding, the reference files none', () => {
    const { file, rule, line } = corpus.ordinary;
    assert.deepEqual(
      json.findings.filter((f) => f.file === file).map((f) => `${f.range.start.line}:${f.rule}`),
      [`${line}:${rule}`],
    );
    assert.deepEqual(json.findings.filter((f) => corpus.referenceFiles.includes(f.file)), []);
    assert.ok(corpus.referenceFiles.length >= 10);
  });

  it('places every finding, and every related location, inside its file', () => {
    assertInside(corpus.dir, json.findings);
  });

  it('lists a file with 150,000 findings only so far, and says how many more there are', () => {
    const many = json.findings.filter((f) => f.file === 'campaigns/hostile/many-keys.yaml');
    assert.equal(many.length, 5001);
    assert.equal(many[5000].rule, 'file/too-many-findings');
    assert.match(many[5000].message, /has 150,00\d findings: the first 5,000 are listed/);
  });

  it('reads nothing outside the repo and follows no link', () => {
    for (const marker of OUTSIDE_MARKERS) assert.ok(!baseline.stdout.includes(marker), marker);
    assert.deepEqual(
      json.findings.filter((f) => /\/links\/[^/]+\//.test(f.file)).map((f) => f.file),
      [],
      'nothing under a linked folder',
    );
    for (const f of json.findings.filter((f) => f.file.includes('/links/'))) assert.equal(f.rule, 'file/symlink', f.file);
  });

  it('runs nothing from the playbook', () => {
    assert.equal(existsSync(join('/tmp', EXECUTED_MARKER)), false);
  });

  it('finds the same on two threads, in every format, each one inert', () => {
    const render = markdownIt();
    for (const format of ['json', 'stylish', 'sarif', 'github', 'junit', 'markdown']) {
      const run = mops(['check', corpus.dir, '--format', format], { MOPS_JOBS: '2', MOPS_PARALLEL_REPORT: '1' });
      assertSane(run, `check --format ${format}, MOPS_JOBS=2`);
      assert.equal(run.status, 1, format);
      assert.match(run.stderr, /parsed on 2 threads/, `${format}: the worker threads parsed (the corpus is over 2 MB)`);
      const out = run.stdout;
      if (format === 'json') assert.equal(out, baseline.stdout, 'the same findings as on one thread');
      if (format === 'sarif') {
        const log = JSON.parse(out);
        assert.equal(log.version, '2.1.0');
        assert.equal(log.runs[0].results.length, json.findings.length);
      }
      if (format === 'github') {
        const lines = out.split('\n').filter((l) => l !== '');
        assert.equal(lines.length, json.findings.length, 'one workflow command per finding: no line injected');
        for (const line of lines) assert.match(line, /^::(error|warning|notice) file=[^:\n]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:\n]+::/);
      }
      if (format === 'junit') assert.equal(XMLValidator.validate(out), true, 'well-formed XML');
      if (format === 'stylish') {
        assert.doesNotMatch(out, TERMINAL_CONTROL, 'no terminal control characters from the playbook');
        assert.ok(out.includes('\\u001b[2J'), 'the escape sequence is shown, escaped');
      }
      if (format === 'markdown') {
        // Lines end at LF, CRLF or a lone CR, as Markdown reads them.
        for (const table of mdTables(out.replace(/\r\n?/g, '\n'))) for (const row of table) assert.equal(mdCells(row).length, mdCells(table[0]).length, row);
        const html = render(out);
        for (const table of html.split('<table>').slice(1)) {
          const rows = table.split('</table>')[0].split('<tr>').slice(1);
          const width = (rows[0].match(/<th\b/g) ?? []).length;
          for (const row of rows.slice(1)) assert.equal((row.match(/<td\b/g) ?? []).length, width, row.slice(0, 300));
        }
        assert.doesNotMatch(html, ACTIVE_HTML);
        for (const [, href] of html.matchAll(/<a href="([^"]*)"/g)) assert.match(href, /^https:\/\/github\.com\/mops-dev\/mops\/blob\/main\/docs\/rules\//, 'links only to rule docs');
        assert.doesNotMatch(html, /<h\d>[^<]*(heading|return)/, 'no heading from the playbook');
        assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the hostile file name is shown, as text');
      }
      for (const marker of OUTSIDE_MARKERS) assert.ok(!out.includes(marker), `${format}: ${marker}`);
    }
  });

  it('finds the same with the cache, cold and warm, and the warm run reuses it', () => {
    const location = join(work, 'cache', '.mopscache');
    const cold = mops(['check', corpus.dir, '--format', 'json', '--cache-location', location], { MOPS_JOBS: '1' });
    assertSane(cold, 'check --cache (cold), MOPS_JOBS=1');
    const warm = mops(['check', corpus.dir, '--format', 'json', '--cache-location', location], { MOPS_JOBS: '2', MOPS_CACHE_REPORT: '1' });
    assertSane(warm, 'check --cache (warm), MOPS_JOBS=2');
    assert.equal(cold.stdout, baseline.stdout);
    assert.equal(warm.stdout, baseline.stdout);
    assert.match(warm.stderr, /the cache gave the findings of [1-9]\d* files/);
  });

  it('writes every report inert: no markup, link or formula from the playbook', () => {
    const out = join(work, 'reports');
    const run = mops(['report', 'all', corpus.dir, '--out-dir', out], { MOPS_JOBS: '2' });
    assertSane(run, 'report all, MOPS_JOBS=2');
    assert.equal(run.status, 0, run.stderr);
    const files = readdirSync(out);
    assert.ok(files.length >= 20, files.join(' '));
    const render = markdownIt();
    let payloadShown = false;
    for (const name of files) {
      const text = readFileSync(join(out, name), 'utf8');
      for (const marker of OUTSIDE_MARKERS) assert.ok(!text.includes(marker), `${name}: ${marker}`);
      if (name.endsWith('.html')) {
        assert.doesNotMatch(text, ACTIVE_HTML, name);
        payloadShown ||= text.includes('&#60;script&#62;alert(1)&#60;/script&#62;');
      } else if (name.endsWith('.md')) {
        for (const table of mdTables(text.replace(/\r\n?/g, '\n'))) for (const row of table) assert.equal(mdCells(row).length, mdCells(table[0]).length, `${name}: ${row}`);
        assert.doesNotMatch(render(text.replace(/```mermaid[\s\S]*?```/g, '')), ACTIVE_HTML, name);
        // The only links are the index page's own, to the report files next to it.
        const links = [...render(text.replace(/```mermaid[\s\S]*?```/g, '')).matchAll(/<a\b[^>]*>/gi)].map((m) => m[0]);
        for (const link of links) assert.match(link, new RegExp(`^<a href="(${REPORTS.join('|')})\\.(md|html|csv|json)">$`), `${name}: ${link}`);
        assert.equal(links.length > 0, name === 'index.md', `${name}: links`);
      } else if (name.endsWith('.csv')) {
        for (const cell of parseCsv(text).flat()) {
          if (/^-?\d+(\.\d+)?$/.test(cell)) continue; // a number mops computed
          assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `${name}: ${cell}`);
        }
      } else if (name.endsWith('.json')) {
        assert.doesNotMatch(text, /[<>]/, name);
      }
    }
    assert.ok(payloadShown, 'the payload reached a report, as text');
  });

  it('on the globs variant too: pathological include and exclude patterns, prototype names as rule ids', () => {
    const dir = join(work, 'globs');
    const variant = writeCorpus(dir, { reference: REFERENCE, outside: join(work, 'globs-outside'), variant: 'globs', bigBytes: 2 * 1024 * 1024 });
    const run = mops(['check', variant.dir, '--format', 'json'], { MOPS_JOBS: '2' });
    assertSane(run, 'check --format json, globs variant, MOPS_JOBS=2');
    const findings = (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
    const config = findings.filter((f) => f.file === 'mops.config.yaml');
    assert.deepEqual(config.map((f) => f.rule), ['config/unknown-rule', 'config/unknown-rule', 'config/unknown-rule', 'config/unknown-rule']);
    // The patterns select the same files: everything but the config (and the big file's size) finds as in the main corpus.
    const key = (f: Finding) => `${f.file}:${f.range.start.line}:${f.rule}:${f.message}`;
    const others = (list: Finding[]) => list.filter((f) => f.file !== 'mops.config.yaml' && f.file !== 'campaigns/hostile/huge.yaml').map(key).sort();
    assert.deepEqual(others(findings), others(json.findings));
    assert.ok(findings.some((f) => f.file === 'campaigns/hostile/huge.yaml' && f.rule === 'file/too-large'));
  });
});
