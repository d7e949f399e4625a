// `mops report NAME [path]`: builds a report from a playbook and prints or writes it; `all` writes every report in every format;
// `diff --base REV` compares the playbook with a git revision (report-diff.ts).

import { isAbsolute, join, relative, resolve } from 'node:path';
import {
  buildReport,
  CONFIG_FILE,
  renderCalendarIcs,
  isReportFormat,
  isReportName,
  loadPlaybook,
  parseDay,
  renderIndex,
  renderReport,
  REPORT_FORMATS,
  REPORT_INFO,
  reportFileName,
  reportIndexFileName,
  REPORTS,
  type IndexFormat,
  type Report,
  type ReportFormat,
  type ReportName,
  type Workspace,
} from '../../core';
import { UsageError, type CliIo } from '../io';
import { parseCommandArgs } from '../args';
import { didYouMean, nearest } from '../../core/text/distance';
import { nodeFileSystem } from '../node-fs';
import { refusePlaybookFile, writeOutput } from '../output';
import { progressReporter } from '../progress';
import { configBroken, requireSomethingToCheck } from '../playbook';
import { resolvePlaybook } from '../root';
import { DIFF_HELP, diffReport, openBase } from './report-diff';
import { parserFor } from '../parallel-parse';
import { HANDBOOK_HELP, isHandbook, reportHandbook } from './report-handbook';
import { queuePerson } from '../queue-person';

export const REPORT_HELP = `Usage: mops report <${REPORTS.join('|')}> [path] [options]
       mops report all [path] [--out-dir DIR] [--format md,html,csv,json]   (also writes index.md / index.html)
       mops report diff [path] --base REV [--format md|html|csv|json] [--out FILE]
       mops report calendar [path] [--from DATE] [--to DATE] [--by week|month] [--format md|html|csv|json|ics]
       mops report handbook [path] [--out-dir DIR] [--format html|md|json]
       mops report queue [path] [--person ID]   (default: the Team member whose email is git config user.email)

Builds a report from the playbook whose root is the nearest folder at or above
path (default: the current folder) that holds ${CONFIG_FILE} (without one: the
folder itself). A playbook without a mops document has nothing to report: exit 2.

Reports:
${REPORTS.map((r) => `  ${r.padEnd(9)} ${REPORT_INFO[r].description}`).join('\n')}
${DIFF_HELP}
${HANDBOOK_HELP}

Options:
  --format NAME        md (default), html, csv or json; with all, a comma-separated list (default: every format)
  --out FILE           write the report to FILE instead of stdout
  --out-dir DIR        with all: the folder to write to (default: reports.out_dir of ${CONFIG_FILE}, relative to the root);
                       with handbook: the folder of its pages
  --today YYYY-MM-DD   the day the report counts from (default: Config today, else the clock)
  --base REV           with diff: the git revision to compare the working tree with (origin/main, say)
  --from, --to DATE    with calendar: the range shown, YYYY-MM-DD (default: the week or month holding today, and 13 weeks or 3 months in all)
  --by week|month      with calendar: a table per week (default) or per month
  --format ics         with calendar only: an iCalendar file for Google Calendar or Outlook
  --person ID          with queue: whose queue (default: the Team member whose email is git config user.email;
                       none found is exit 2). mops report all writes every member's queue.

Exit codes: 0 written, 2 usage or configuration error.`;

interface ReportArgs {
  name: ReportName | 'all' | 'diff';
  /** The playbook path given, if any. */
  paths: string[];
  formats: ReportFormat[];
  out?: string;
  outDir?: string;
  today?: number;
  base?: string;
  /** With calendar: --from, --to, --by, and --format ics. */
  calendar: { from?: number; to?: number; by?: 'week' | 'month' };
  ics: boolean;
  person?: string;
}

function formatsOf(value: string | undefined, all: boolean): ReportFormat[] {
  if (value === undefined) return all ? [...REPORT_FORMATS] : ['md'];
  const names = all ? value.split(',').map((f) => f.trim()) : [value];
  const bad = names.find((f) => !isReportFormat(f));
  if (bad !== undefined) throw new UsageError(`Unknown report format '${bad}'.${didYouMean(nearest(bad, REPORT_FORMATS))} Formats: ${REPORT_FORMATS.join(', ')}.`);
  return [...new Set(names as ReportFormat[])];
}

function parseReportArgs(args: string[]): ReportArgs {
  const { values, positionals } = parseCommandArgs('report', {
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      output: { type: 'string' },
      'out-dir': { type: 'string' },
      today: { type: 'string' },
      base: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      by: { type: 'string' },
      person: { type: 'string' },
    },
  });
  const [name, path, ...rest] = positionals;
  if (name === undefined) throw new UsageError(`Name a report: ${REPORTS.join(', ')} or all; or diff --base REV, or handbook. See mops report --help.`);
  if (name !== 'all' && name !== 'diff' && !isReportName(name)) throw new UsageError(`Unknown report '${name}'.${didYouMean(nearest(name, [...REPORTS, 'all', 'diff', 'handbook']))} Reports: ${REPORTS.join(', ')}, or all. To compare with a git revision: diff --base REV.`);
  if (name === 'diff' && values.base === undefined) throw new UsageError('mops report diff compares the playbook with a git revision: name it with --base REV (origin/main, say).');
  if (name !== 'diff' && values.base !== undefined) throw new UsageError('--base is for mops report diff.');
  if (rest.length > 0) throw new UsageError(`mops report takes one playbook path; got also ${rest.join(' ')}.`);
  const all = name === 'all';
  const calendar = calendarArgs(name, values);
  const ics = values.format === 'ics' || (all && values.format?.split(',').some((f) => f.trim() === 'ics') === true);
  if (ics && name !== 'calendar') throw new UsageError(`--format ics is for the calendar report only: mops report calendar --format ics. ${name === 'all' ? 'mops report all writes' : `The ${name} report has`} md, html, csv and json.`);
  const out = values.out ?? values.output;
  if (all && out !== undefined) throw new UsageError('mops report all writes several files: use --out-dir DIR, not --out.');
  if (!all && values['out-dir'] !== undefined) throw new UsageError('--out-dir is for mops report all; write one report with --out FILE.');
  if (name !== 'queue' && values.person !== undefined) throw new UsageError('--person is for mops report queue.');
  if (values.base === '') throw new UsageError('--base needs a revision (origin/main, say).');
  let today: number | undefined;
  if (values.today !== undefined) {
    today = parseDay(values.today);
    if (today === undefined) throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${values.today}'.`);
  }
  return { name, paths: path === undefined ? [] : [path], formats: ics ? ['md'] : formatsOf(values.format, all), out, outDir: values['out-dir'], today, base: values.base, calendar, ics, person: values.person };
}

/** --from, --to and --by: for the calendar report only, real dates in order. */
function calendarArgs(name: string, values: { from?: string; to?: string; by?: string }): ReportArgs['calendar'] {
  const given = (['from', 'to', 'by'] as const).filter((k) => values[k] !== undefined);
  if (given.length > 0 && name !== 'calendar') throw new UsageError(`--${given[0]} is for mops report calendar.`);
  const day = (flag: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const parsed = parseDay(value);
    if (parsed === undefined) throw new UsageError(`--${flag} must be a date written YYYY-MM-DD, not '${value}'.`);
    return parsed;
  };
  const from = day('from', values.from);
  const to = day('to', values.to);
  if (from !== undefined && to !== undefined && to < from) throw new UsageError(`--to (${values.to}) is before --from (${values.from}).`);
  if (values.by !== undefined && values.by !== 'week' && values.by !== 'month') throw new UsageError(`--by takes week or month, not '${values.by}'.`);
  return { from, to, by: values.by as 'week' | 'month' | undefined };
}

function calendarText(workspace: Workspace, options: ReportArgs): string {
  const built = buildReport('calendar', workspace, { calendar: options.calendar });
  return options.ics ? renderCalendarIcs(built) : renderReport(built, options.formats[0]);
}

/** A configuration with errors would make the figures wrong: say where, and stop. */
function configErrors(workspace: Workspace): string[] {
  return workspace
    .findings(CONFIG_FILE)
    .filter((f) => f.severity === 'error')
    .map((f) => `${CONFIG_FILE}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.message} (${f.rule})`);
}

/** A path as the user would type it from where they ran mops. */
function shown(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

export async function report(io: CliIo, args: string[]): Promise<number> {
  // The handbook is a site of pages, not one file per format: its own options and writer.
  if (isHandbook(args)) return reportHandbook(io, args);
  const options = parseReportArgs(args);
  const { root, targets } = resolvePlaybook(io, `report ${options.name}`, options.paths);
  // A bad revision is a usage error: say so before reading the playbook.
  const base = options.name === 'diff' ? openBase(root, options.base!) : undefined;
  const workspace = await loadPlaybook(nodeFileSystem(root), { today: options.today, onProgress: progressReporter(io.stderr, 'Reading'), parser: parserFor(io.env, io.stderr) });
  requireSomethingToCheck(workspace, root, options.paths.length > 0 ? options.paths : ['.'], targets, `report ${options.name}`);
  const broken = configBroken(workspace) ? configErrors(workspace) : [];
  if (broken.length > 0) {
    io.stderr.write(`${broken.join('\n')}\nmops: ${CONFIG_FILE} has errors; fix the configuration first (see mops check).\n`);
    return 2;
  }

  if (options.name !== 'all') {
    const text =
      options.name === 'diff'
        ? await diffReport(io, base!, workspace, { format: options.formats[0], today: options.today })
        : options.name === 'calendar'
          ? calendarText(workspace, options)
          : renderReport(buildReport(options.name, workspace, options.name === 'queue' ? { person: queuePerson(workspace, root, io.env, options.person) } : {}), options.formats[0]);
    if (options.out === undefined) {
      io.stdout.write(text);
      return 0;
    }
    const file = resolve(io.cwd, options.out);
    refusePlaybookFile(io.cwd, root, file, (path) => workspace.parsed(path)?.isMops === true);
    writeOutput(io.cwd, file, text);
    io.stdout.write(`Wrote the ${options.name} report (${options.ics ? 'ics' : options.formats[0]}) to ${shown(io.cwd, file)}\n`);
    return 0;
  }

  const dir = options.outDir !== undefined ? resolve(io.cwd, options.outDir) : resolve(root, workspace.config.reports.outDir);
  const written: string[] = [];
  const built: Report[] = [];
  for (const name of REPORTS) {
    const one = buildReport(name, workspace);
    built.push(one);
    for (const format of options.formats) {
      const file = join(dir, reportFileName(name, format));
      writeOutput(io.cwd, file, renderReport(one, format));
      written.push(reportFileName(name, format));
    }
  }
  // An index page in each page format asked for: the reports linked, with their headline figures.
  const pages = options.formats.filter((f): f is IndexFormat => f === 'md' || f === 'html');
  for (const format of pages) writeOutput(io.cwd, join(dir, reportIndexFileName(format)), renderIndex(built, options.formats, format));
  const indexes = pages.map(reportIndexFileName);
  const also = indexes.length > 0 ? `, and an index of them (${indexes.join(', ')})` : '';
  io.stdout.write(`Wrote ${written.length} reports${also} to ${shown(io.cwd, dir)}:\n${[...indexes, ...written].map((f) => `  ${f}`).join('\n')}\n`);
  return 0;
}
