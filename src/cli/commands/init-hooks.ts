// `mops init --hooks`: installs a plain git pre-commit hook that checks the playbook as it is staged, for teams
// that do not use the pre-commit framework (which reads .pre-commit-hooks.yaml instead).

import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILE } from '../../core';
import { backupName, stat } from '../backup';
import { UsageError, type CliIo } from '../io';

/**
 * The hook. It checks what the commit will hold: the staged YAML files of the playbook, in a copy of the index's
 * YAML (so that a fix left unstaged does not let a broken file through, and the other files are read as staged
 * too). Names go through NUL-separated lists, so any file name survives. `{{playbook}}` is the playbook's folder
 * in the repository, quoted for the shell.
 */
const HOOK = `#!/bin/sh
# mops pre-commit hook, written by \`mops init --hooks\`: checks the staged YAML files of the marketing-ops
# playbook, as staged, and refuses the commit when mops finds errors. Skip it once: git commit --no-verify
# mops is the one on the PATH, else the repository's node_modules/.bin/mops, or the command in $MOPS.

# The playbook's folder in this repository (. for its top).
playbook={{playbook}}

top=$(git rev-parse --show-toplevel) || exit 1
cd "$top" || exit 1
if [ "$playbook" = . ]; then under=''; else under="$playbook/"; fi

work=$(mktemp -d "\${TMPDIR:-/tmp}/mops-pre-commit.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
trap 'exit 1' HUP INT TERM

# The files this commit adds or changes (a deletion leaves nothing to check).
git diff --cached --name-only -z --diff-filter=ACMR -- "\${under}*.yaml" "\${under}*.yml" > "$work/staged" || exit 1
[ -s "$work/staged" ] || exit 0

# Every YAML file of the playbook as the index holds it: the rules read across files.
mkdir "$work/index" || exit 1
git ls-files -z -- "\${under}*.yaml" "\${under}*.yml" | git checkout-index -z --stdin --prefix="$work/index/" || exit 1

cd "$work/index" || exit 1
if [ -n "$MOPS" ]; then
  # A command line, split into words on purpose: MOPS='node /opt/mops/bin/mops.js'.
  xargs -0 $MOPS check -- < "$work/staged"
elif command -v mops > /dev/null 2>&1; then
  xargs -0 mops check -- < "$work/staged"
elif [ -x "$top/node_modules/.bin/mops" ]; then
  xargs -0 "$top/node_modules/.bin/mops" check -- < "$work/staged"
else
  echo "mops pre-commit hook: mops is not installed here (the playbook's README says how); commit refused. Skip the check once: git commit --no-verify" >&2
  exit 1
fi
status=$?
if [ "$status" -ne 0 ]; then
  echo "mops pre-commit hook: commit refused; fix the problems above and stage the fix (or skip the check once: git commit --no-verify)." >&2
  exit 1
fi
`;

/** A value as a single-quoted shell word. */
const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function hookScript(playbook: string): string {
  return HOOK.replace('{{playbook}}', shellQuote(playbook));
}

function gitIn(dir: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch {
    return undefined;
  }
}

/** Installs the hook for the playbook `dir` (absolute; `given` as the user wrote it); returns the exit code. */
export function installHook(io: CliIo, dir: string, given: string, force: boolean): number {
  if (!existsSync(join(dir, CONFIG_FILE))) {
    throw new UsageError(`${given} holds no ${CONFIG_FILE}: the hook checks the playbook whose root holds it. Name the playbook's folder, or run mops init there first.`);
  }
  const found = gitIn(dir, ['rev-parse', '--show-toplevel', '--git-path', 'hooks']);
  if (found === undefined) throw new UsageError(`${given} is not in a git repository: run git init there first, then mops init --hooks.`);
  const [top, hooks] = found.split('\n');
  const inside = relative(realpathSync(top), realpathSync(dir));
  const playbook = inside === '' ? '.' : inside.split(sep).join('/');
  const target = join(resolve(dir, hooks), 'pre-commit');
  const shown = relative(io.cwd, target) || target;
  const text = hookScript(playbook);
  const there = stat(target);
  if (there && !there.isFile()) throw new UsageError(`Nothing written: ${shown} is ${there.isDirectory() ? 'a folder' : 'a link'}, and mops init --hooks does not replace it, even with --force.`);
  if (there && readFileSync(target, 'utf8') === text) {
    io.stdout.write(`The mops pre-commit hook is already installed in ${shown}.\n`);
    return 0;
  }
  let backup: string | undefined;
  if (there) {
    if (!force) {
      throw new UsageError(`Nothing written: ${shown} already exists (another pre-commit hook). Run mops init --hooks${given === '.' ? '' : ` ${shellQuote(given)}`} --force to replace it; it is kept as ${basename(backupName(target, target))} first.`);
    }
    backup = backupName(target, target);
    renameSync(target, backup);
  }
  try {
    // core.hooksPath may name a folder that does not exist yet.
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text, { flag: 'wx', mode: 0o755 });
    chmodSync(target, 0o755);
  } catch (error) {
    throw new UsageError(`Could not write ${shown}: ${(error as Error).message}.${backup ? ` The old hook is kept as ${relative(io.cwd, backup)}.` : ''}`);
  }
  const where = playbook === '.' ? 'the playbook' : `the playbook in ${playbook}/`;
  io.stdout.write(
    `Installed the mops pre-commit hook in ${shown}${backup ? ` (the old one is kept as ${basename(backup)})` : ''}.\n` +
      `Each commit now checks the staged YAML files of ${where} as staged, and is refused on errors; git commit --no-verify skips it once.\n`,
  );
  return 0;
}
