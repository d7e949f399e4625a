// `mops check [paths…]`: checks a playbook and prints its findings in the chosen format.

import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { CONFIG_FILE, decodeText, loadPlaybook, parseDay, RULES, type Finding, type Workspace } from '../../core';
import { FORMATTERS } from '../formatters';
import { summarize, type CheckResult } from '../formatters/types';
import { UsageError, type CliIo } from '../io';
import { nodeFileSystem } from '../node-fs';
import { VERSION } from '../package-info';
import { progressReporter } from '../progress';
import { playbookRoot } from '../root';

export const CHECK_HELP = `Usage: mops check [paths…] [options]

Checks a playbook repo. The playbook root is the nearest folder at or above the
first path that holds ${CONFIG_FILE} (else the path itself); the whole playbook is
read, and findings are reported for the given paths.

Options:
  --format NAME        stylish (default), json, sarif, github, junit, markdown
  --output FILE        write the report to FILE instead of stdout
  --today YYYY-MM-DD   the day date rules count from (default: Config today, else the clock)
  --max-warnings N     exit 1 when there are more than N warnings
  --quiet              report errors only (warnings still count for --max-warnings)
  --color / --no-color force or disable colours in the stylish format

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 usage or configuration error.`;

interface CheckOptions {
  paths: string[];
  format: string;
  output?: string;
  today?: number;
  maxWarnings: number;
  quiet: boolean;
  color?: boolean;
}

function parseCheckArgs(args: string[]): CheckOptions {
  const { values, positionals } = parseArgs({
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
    },
  });
  if (!(values.format in FORMATTERS)) {
    throw new UsageError(`Unknown format '${values.format}'. Formats: ${Object.keys(FORMATTERS).join(', ')}.`);
  }
  let today: number | undefined;
  if (values.today !== undefined) {
    today = parseDay(values.today);
    if (today === undefined) throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${values.today}'.`);
  }
  const maxWarnings = Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) {
    throw new UsageError(`--max-warnings must be a whole number (or -1 for no limit), not '${values['max-warnings']}'.`);
  }
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: values.format,
    output: values.output,
    today,
    maxWarnings,
    quiet: values.quiet,
    color: values['no-color'] ? false : values.color,
  };
}

/** Paths relative to the root, forward slashes; '' for the root itself. */
function toRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

function selects(target: string, file: string): boolean {
  return target === '' || file === target || file.startsWith(`${target}/`);
}

/** Files named on the command line are checked even when the config's globs would not pick them. */
function addExplicitFiles(workspace: Workspace, root: string, targets: string[]): void {
  for (const target of targets) {
    if (target === '' || workspace.has(target)) continue;
    const abs = resolve(root, target);
    if (lstatSync(abs).isFile()) workspace.set(target, decodeText(readFileSync(abs)));
  }
}

export async function check(io: CliIo, args: string[]): Promise<number> {
  const options = parseCheckArgs(args);
  const absolute = options.paths.map((p) => resolve(io.cwd, p));
  for (const [i, path] of absolute.entries()) {
    if (!existsSync(path)) throw new UsageError(`No such file or folder: ${options.paths[i]}`);
  }
  const root = playbookRoot(absolute[0]);
  const targets = absolute.map((p) => toRelative(root, p));
  const outside = targets.find((t) => t.startsWith('..'));
  if (outside !== undefined) {
    throw new UsageError(`${outside} is outside the playbook at ${root}; check one playbook at a time.`);
  }

  const workspace = await loadPlaybook(nodeFileSystem(root), {
    today: options.today,
    onProgress: progressReporter(io.stderr, 'Checking'),
  });
  addExplicitFiles(workspace, root, targets);

  const files = workspace.paths().filter((f) => targets.some((t) => selects(t, f)));
  const all: Finding[] = files.flatMap((f) => workspace.findings(f));
  const summary = summarize(files, all);
  const shown = options.quiet ? all.filter((f) => f.severity === 'error') : all;
  const result: CheckResult = { root, files, findings: shown, summary: summarize(files, shown), rules: RULES, version: VERSION };
  const color = options.color ?? (!options.output && Boolean(io.stdout.isTTY) && !io.env.NO_COLOR);
  const text = FORMATTERS[options.format](result, { color });
  if (options.output) {
    const out = resolve(io.cwd, options.output);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  } else {
    io.stdout.write(text);
  }

  const configBroken = workspace.findings(CONFIG_FILE).some((f) => f.severity === 'error');
  if (configBroken) {
    io.stderr.write(`mops: ${CONFIG_FILE} has errors (see above); fix the configuration first.\n`);
    return 2;
  }
  if (summary.errors > 0) return 1;
  if (options.maxWarnings >= 0 && summary.warnings > options.maxWarnings) {
    io.stderr.write(`mops: ${summary.warnings} warnings, more than --max-warnings ${options.maxWarnings}.\n`);
    return 1;
  }
  return 0;
}
