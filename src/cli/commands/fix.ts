// `mops fix [paths…]`: applies every fix the editor's "Fix all" would, across the playbook, then reports
// what remains and exits as `mops check` would on it.

import { CONFIG_FILE, playbookRules, type Finding } from '../../core';
import { parseCommandArgs, parseToday } from '../args';
import { fixFiles, fixSummary, ruleFilter } from '../fixing';
import { findingsOf } from '../findings';
import { FORMATTERS } from '../formatters';
import { summarize, type CheckResult } from '../formatters/types';
import type { CliIo } from '../io';
import { VERSION } from '../package-info';
import { openPlaybook } from '../playbook';

export const FIX_HELP = `Usage: mops fix [paths…] [options]

Applies every fix that the editor's "Fix all" would apply, in every file of the
playbook the paths select (default: the working folder's playbook), again until
nothing changes; then prints what it changed per file and what remains, and exits
as mops check does on what remains (0 no errors, 1 errors, 2 usage or config).

Only mops files of the playbook are written, never through a link, each atomically;
a file that changed on disk since it was read is left alone and reported. The edits
keep comments, quoting, key order and line endings. A fix that is a choice (which of
two dates 02/05/2027 means) is never applied on its own.

Options:
  --dry-run            print the changes as a unified diff and write nothing
  --rule ID            fix only this rule's findings (repeatable; family/* for a family)
  --today YYYY-MM-DD   the day date rules count from
  --color / --no-color colours in the report of what remains`;

export async function fix(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('fix', {
    args,
    allowPositionals: true,
    strict: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      rule: { type: 'string', multiple: true, default: [] },
      today: { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
    },
  });
  const today = parseToday(values.today);
  const now = new Date();
  const { root, workspace, files } = await openPlaybook(io, 'fix', positionals, { today, clock: () => now, checkWhileParsing: false });
  const dryRun = values['dry-run'];
  // The diff goes to stdout (it is the output asked for); the summary of a dry run to stderr beside it.
  const run = fixFiles(root, workspace, files, { dryRun, select: ruleFilter(values.rule), out: io.stdout });
  (dryRun ? io.stderr : io.stdout).write(fixSummary(run, dryRun));
  if (dryRun) return 0;
  const remaining: Finding[] = await findingsOf(workspace, files);
  const result: CheckResult = { root, files, findings: remaining, summary: summarize(files, remaining), rules: playbookRules(workspace), version: VERSION };
  const color = values['no-color'] ? false : (values.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR));
  io.stdout.write(FORMATTERS.stylish(result, { color }));
  if (workspace.findings(CONFIG_FILE).some((f) => f.severity === 'error')) {
    io.stderr.write(`mops: ${CONFIG_FILE} has errors (see above); fix the configuration first.\n`);
    return 2;
  }
  return result.summary.errors > 0 ? 1 : 0;
}
