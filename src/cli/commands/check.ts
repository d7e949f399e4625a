// `mops check [paths…]`: checks a playbook and prints its findings in the chosen format.

import { resolve } from 'node:path';
import { CONFIG_FILE, parseDay, playbookRules, type Finding } from '../../core';
import { applyBaseline, readBaseline, type BaselineEntry, type BaselineMatch } from '../baseline';
import { baselineStates, changedScope, countStates, type ChangedScope } from '../changed';
import { findingsOf } from '../findings';
import { offendingText } from '../fingerprint';
import { FORMATTERS } from '../formatters';
import { plural, summarize, type CheckResult, type Summary } from '../formatters/types';
import { UsageError, type CliIo, type Output } from '../io';
import { parseCommandArgs } from '../args';
import { didYouMean, nearest } from '../../core/text/distance';
import { VERSION } from '../package-info';
import { fixFiles, fixSummary } from '../fixing';
import { openPlaybook } from '../playbook';
import { refusePlaybookFile, writeOutput } from '../output';
import { appendStepSummary } from '../step-summary';
import { parserFor } from '../parallel-parse';
import { timing } from '../timing';

export const CHECK_HELP = `Usage: mops check [paths…] [options]

Checks a playbook repo. A path's playbook root is the nearest folder at or above
it that holds ${CONFIG_FILE} (without one: a folder itself, a file's folder);
every path given must have the same root. The whole playbook is read, and
findings are reported for the given paths (default: the current folder).
Nothing to check is no pass: a path with no YAML file, a file that is not YAML,
or a playbook without a mops document exits 2.

Options:
  --format NAME        stylish (default), json, sarif, github, gitlab (Code Quality), junit,
                       markdown
  --output FILE        write the report to FILE instead of stdout
  --today YYYY-MM-DD   the day date rules count from (default: Config today, else the clock)
  --max-warnings N     exit 1 when there are more than N warnings
  --quiet              report errors only (warnings still count for --max-warnings)
  --color / --no-color force or disable colours in the stylish format
  --changed-since REV  report only files changed since the git revision REV (committed,
                       staged, unstaged or untracked; renames under their new path) and
                       files whose findings the change altered; the whole playbook is
                       still checked, and at REV too, to compare; each finding is marked
                       new (not at REV) or unchanged
  --only-new           with --changed-since: report, and fail on, new findings only
  --baseline FILE      fail only on findings not in FILE (written by mops baseline);
                       how many it absorbed, and its entries now fixed, go to stderr
  --cache              remember each file's findings by the hash of its content, and
                       the next time check only the files that changed and those their
                       change can reach (ignored when mops, the config or the day differ)
  --cache-location F   where the cache is kept (default: .mopscache in the playbook root)
  --fix                first apply every fix mops fix would (see mops fix --help), then check

When $GITHUB_STEP_SUMMARY names a file, a Markdown summary of the run is appended to it.

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or configuration error
(also nothing to check, paths in two playbooks, a bad revision, no git repository, or a
missing or damaged baseline).
Only the findings reported count: not those outside --changed-since, nor those in the baseline,
nor with --only-new those the revision already had.`;

interface CheckOptions {
  paths: string[];
  format: string;
  output?: string;
  today?: number;
  maxWarnings: number;
  quiet: boolean;
  color?: boolean;
  changedSince?: string;
  onlyNew: boolean;
  baseline?: string;
  cache?: string;
  fix: boolean;
}

function parseCheckArgs(args: string[]): CheckOptions {
  const { values, positionals } = parseCommandArgs('check', {
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      output: { type: 'string', short: 'o' },
      today: { type: 'string' },
      'max-warnings': { type: 'string', default: '-1' },
      quiet: { type: 'boolean', short: 'q', default: false },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      'changed-since': { type: 'string' },
      'only-new': { type: 'boolean', default: false },
      baseline: { type: 'string' },
      cache: { type: 'boolean', default: false },
      fix: { type: 'boolean', default: false },
      'cache-location': { type: 'string' },
    },
  });
  if (!(values.format in FORMATTERS)) {
    throw new UsageError(`Unknown format '${values.format}'.${didYouMean(nearest(values.format, Object.keys(FORMATTERS)))} Formats: ${Object.keys(FORMATTERS).join(', ')}.`);
  }
  let today: number | undefined;
  if (values.today !== undefined) {
    today = parseDay(values.today);
    if (today === undefined) throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${values.today}'.`);
  }
  if (values['only-new'] && values['changed-since'] === undefined) {
    throw new UsageError('--only-new reports the findings a change adds: name the revision to compare with, --changed-since REV.');
  }
  const maxWarnings = Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
    throw new UsageError(`--max-warnings must be a whole number (or -1 for no limit), not '${values['max-warnings']}'.`);
  }
  return {
    paths: positionals,
    format: values.format,
    output: values.output,
    today,
    maxWarnings,
    quiet: values.quiet,
    color: values['no-color'] ? false : values.color,
    changedSince: values['changed-since'],
    onlyNew: values['only-new'],
    baseline: values.baseline,
    cache: values.cache || values['cache-location'] !== undefined ? (values['cache-location'] ?? '') : undefined,
    fix: values.fix,
  };
}

const entries = (n: number) => `${n} baseline ${n === 1 ? 'entry' : 'entries'}`;

/** What the baseline did, on stderr: the count it absorbed, and its entries that match nothing any more. */
function reportBaseline(stderr: Output, match: BaselineMatch, file: string): void {
  stderr.write(`mops: the baseline ${file} absorbed ${plural(match.absorbed, 'finding')}.\n`);
  if (match.fixed.length === 0) return;
  const shown = match.fixed.slice(0, 50).map((e: BaselineEntry) => `  ${e.file}:${e.line} ${e.rule} ${e.message}\n`);
  const more = match.fixed.length > shown.length ? `  …and ${match.fixed.length - shown.length} more\n` : '';
  stderr.write(`mops: ${entries(match.fixed.length)} fixed (no longer found); run mops baseline ${file} to drop them:\n${shown.join('')}${more}`);
}

/** The sentences that tell a step summary's reader what was left out. */
function summaryNotes(files: number, scope: ChangedScope | undefined, match: BaselineMatch | undefined): string[] {
  const notes: string[] = [];
  if (scope) notes.push(`Changes since \`${scope.rev.replace(/`/g, '')}\` (${scope.commit.slice(0, 7)}): ${plural(files, 'file')} changed or affected.`);
  if (match) notes.push(`The baseline absorbed ${plural(match.absorbed, 'known finding')}; ${entries(match.fixed.length)} fixed.`);
  return notes;
}

export async function check(io: CliIo, args: string[]): Promise<number> {
  const options = parseCheckArgs(args);
  const clock = timing(io.env, io.stderr);
  const baseline = options.baseline === undefined ? undefined : readBaseline(resolve(io.cwd, options.baseline), options.baseline);
  // One clock for the working tree and the revision, so that no date rule differs between them by chance.
  const now = new Date();
  const settings = { today: options.today, clock: () => now };
  const { root, workspace, files: selected, selects, saveCache } = await openPlaybook(io, 'check', options.paths, { ...settings, checkWhileParsing: options.changedSince === undefined }, options.cache, clock);
  // --fix: what mops fix does, first; its summary goes to stderr, stdout keeps the format asked for.
  if (options.fix) io.stderr.write(fixSummary(fixFiles(root, workspace, selected, { dryRun: false, out: io.stderr }), false));
  const scope = options.changedSince === undefined ? undefined : await changedScope(root, options.changedSince, workspace, { ...settings, parser: parserFor(io.env, io.stderr) });
  const files = scope ? selected.filter((f) => scope.files.has(f)) : selected;

  let all: Finding[] = await findingsOf(workspace, files);
  clock.lap('rules');
  let match: BaselineMatch | undefined;
  if (baseline) {
    const inScope = (file: string) => selects(file) && (!scope || scope.files.has(file) || scope.deleted.has(file));
    match = applyBaseline(workspace, all, baseline, inScope, scope?.renamedFrom);
    all = match.fresh;
  }
  // With --changed-since, each finding is new or was there at the revision; --only-new reports the new ones.
  const states = scope ? baselineStates(scope, workspace, all) : undefined;
  const unchanged = states ? all.filter((f) => states.get(f) === 'unchanged').length : 0;
  if (states && options.onlyNew) all = all.filter((f) => states.get(f) === 'new');
  // Every file under the paths was checked; with --changed-since, those changed or affected are reported.
  const counted = (findings: Finding[]): Summary => ({
    ...summarize(selected, findings),
    ...(states ? { changedFiles: files.length, ...countStates(findings, states, options.onlyNew ? unchanged : undefined) } : {}),
  });
  const summary = counted(all);
  const shown = options.quiet ? all.filter((f) => f.severity === 'error') : all;
  const tooMany = options.maxWarnings >= 0 && summary.warnings > options.maxWarnings ? { warnings: summary.warnings, max: options.maxWarnings } : undefined;
  const result: CheckResult = {
    root,
    files,
    findings: shown,
    summary: counted(shown),
    rules: playbookRules(workspace),
    version: VERSION,
    offendingText: (f) => offendingText(workspace, f),
    ...(scope && states ? { since: { rev: scope.rev, states, onlyNew: options.onlyNew } } : {}),
    ...(tooMany ? { tooManyWarnings: tooMany } : {}),
  };
  const color = options.color ?? (!options.output && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR);
  const text = FORMATTERS[options.format](result, { color });
  if (options.output) {
    const out = resolve(io.cwd, options.output);
    refusePlaybookFile(io.cwd, root, out, (path) => workspace.parsed(path)?.isMops === true);
    writeOutput(io.cwd, out, text);
  } else {
    io.stdout.write(text);
  }
  if (match && options.baseline !== undefined) reportBaseline(io.stderr, match, options.baseline);
  appendStepSummary(io, result, summaryNotes(files.length, scope, match));
  clock.lap('output');
  saveCache?.();
  clock.lap('cache');
  clock.report();

  const configBroken = workspace.findings(CONFIG_FILE).some((f) => f.severity === 'error');
  if (configBroken) {
    io.stderr.write(`mops: ${CONFIG_FILE} has errors (see above); fix the configuration first.\n`);
    return 2;
  }
  if (summary.errors > 0) return 1;
  if (tooMany) {
    io.stderr.write(`mops: ${summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}
