// The `mops` command line: dispatches to a command and turns user errors into exit code 2.

import { baseline, BASELINE_HELP } from './commands/baseline';
import { check, CHECK_HELP } from './commands/check';
import { explain, EXPLAIN_HELP } from './commands/explain';
import { importCommand, IMPORT_HELP } from './commands/import';
import { fix, FIX_HELP } from './commands/fix';
import { report, REPORT_HELP } from './commands/report';
import { utm, UTM_HELP } from './commands/utm';
import { init, INIT_HELP } from './commands/init';
import { rules, RULES_HELP } from './commands/rules';
import { reassign, REASSIGN_HELP } from './commands/reassign';
import { lsp, LSP_HELP } from './commands/lsp';
import { UsageError, type CliIo } from './io';
import { VERSION } from './package-info';
import { processOutputs } from './stdio';
import { nearest } from '../core/text/distance';

const HELP = `mops ${VERSION} — marketing operations as code

Usage: mops <command> [options]

Commands:
  check [paths…]     check a playbook (see mops check --help; for pull requests,
                     --changed-since REV and --baseline FILE)
  fix [paths…]       apply every fix that the editor's "Fix all" would, across the
                     playbook (--dry-run shows a diff; --rule ID picks rules)
  baseline FILE [path]
                     write the current findings to FILE, for mops check --baseline
  report NAME [path] build a report: pipeline, martech, budget, health, utm,
                     or all (see mops report --help); handbook --out-dir DIR
                     writes the SOPs, workflows and standards as pages for new hires
  init [dir]         scaffold a new playbook repo in dir (--force to overwrite its files;
                     --hooks installs the git pre-commit hook instead)
  reassign FROM TO [path]
                     move owned work, requests and pending approvals from one Team
                     member to another (--dry-run shows a diff; --kinds picks kinds)
  import KIND FILE   import briefs, links, tools or people from a spreadsheet (see mops import --help)
  utm build [path]   build a tracked link for a brief and check it (see mops utm build --help)
  rules [path]       list the rules and the playbook's own policies (--format text|markdown|json)
  explain RULE       print a rule's documentation (RULE: brief/gate-missing, or
                     gate-missing; a family such as utm lists its rules)
  lsp --stdio        run the language server for editors (or --node-ipc)

Options: --help, --version`;

type Command = (io: CliIo, args: string[]) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  check: { run: check, help: CHECK_HELP },
  fix: { run: fix, help: FIX_HELP },
  baseline: { run: baseline, help: BASELINE_HELP },
  report: { run: report, help: REPORT_HELP },
  init: { run: init, help: INIT_HELP },
  utm: { run: utm, help: UTM_HELP },
  rules: { run: rules, help: RULES_HELP },
  explain: { run: explain, help: EXPLAIN_HELP },
  import: { run: importCommand, help: IMPORT_HELP },
  reassign: { run: reassign, help: REASSIGN_HELP },
  lsp: { run: lsp, help: LSP_HELP },
};

export async function main(io: CliIo): Promise<number> {
  const [name, ...args] = io.argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${HELP}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    // A short message, not the whole help: the nearest command is most often what was meant.
    const like = name.startsWith('-') ? undefined : nearest(name, Object.keys(COMMANDS));
    const what = name.startsWith('-') ? 'option' : 'command';
    io.stderr.write(`mops: unknown ${what} '${name}'${like === undefined ? '.' : `; did you mean '${like}'?`} Run mops --help for the commands.\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(io, args);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`mops: ${(error as Error).message}\n`);
      return 2;
    }
    io.stderr.write(`mops: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nPlease report this at https://github.com/mops-dev/mops/issues\n`);
    return 2;
  }
}

/** The entry point of bin/mops.js. */
export function run(): void {
  const outputs = processOutputs(process.stdout, process.stderr);
  main({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: outputs.stdout, stderr: outputs.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = outputs.failed() ? 2 : code;
    },
    (error: unknown) => {
      outputs.stderr.write(`mops: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
