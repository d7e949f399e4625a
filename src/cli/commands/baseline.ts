// `mops baseline FILE [path]`: writes every current finding to FILE, so that `mops check --baseline FILE` fails only on new ones.

import { resolve } from 'node:path';
import { CONFIG_FILE, parseDay } from '../../core';
import { baselineEntries, formatBaseline } from '../baseline';
import { plural } from '../formatters/types';
import { UsageError, type CliIo } from '../io';
import { parseCommandArgs } from '../args';
import { VERSION } from '../package-info';
import { openPlaybook } from '../playbook';
import { refusePlaybookFile, writeOutput } from '../output';

export const BASELINE_HELP = `Usage: mops baseline FILE [path] [--today YYYY-MM-DD]

Writes every finding of the playbook at path (default: the current folder) to
FILE, a JSON baseline. Then mops check --baseline FILE fails only on findings
that are not in it, so a team can adopt mops on a repo that does not yet pass.
Findings are matched on rule, file and the offending text, so the baseline
survives lines moving; run mops baseline again to drop the entries since fixed.

Options:
  --today YYYY-MM-DD   the day date rules count from (default: Config today, else the clock)

Exit codes: 0 written, 2 usage or configuration error, or nothing to check (nothing
is written).`;

export async function baseline(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('baseline', { args, allowPositionals: true, strict: true, options: { today: { type: 'string' } } });
  const [file, path, ...rest] = positionals;
  if (file === undefined) throw new UsageError('Name the baseline file: mops baseline FILE [path].');
  if (rest.length > 0) throw new UsageError(`mops baseline takes one playbook path; got also ${rest.join(' ')}.`);
  const today = values.today === undefined ? undefined : parseDay(values.today);
  if (values.today !== undefined && today === undefined) throw new UsageError(`--today must be a date written YYYY-MM-DD, not '${values.today}'.`);

  const { root, workspace, files } = await openPlaybook(io, 'baseline', path === undefined ? [] : [path], { today, checkWhileParsing: true });
  if (workspace.findings(CONFIG_FILE).some((f) => f.severity === 'error')) {
    throw new UsageError(`${CONFIG_FILE} has errors; fix the configuration first (mops check shows them). No baseline was written.`);
  }
  const findings = files.flatMap((f) => workspace.findings(f));
  const out = resolve(io.cwd, file);
  refusePlaybookFile(io.cwd, root, out, (p) => workspace.parsed(p)?.isMops === true);
  writeOutput(io.cwd, out, formatBaseline(baselineEntries(workspace, findings), `mops ${VERSION}`));
  const inFiles = new Set(findings.map((f) => f.file)).size;
  io.stdout.write(`Wrote a baseline of ${plural(findings.length, 'finding')} in ${plural(inFiles, 'file')} to ${file}.\n`);
  return 0;
}
