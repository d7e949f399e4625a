// `mops report diff --base REV`: what the working tree's playbook changes against a git revision, read with git (no checkout).

import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDiffReport, DIFF_REPORT_INFO, loadPlaybook, renderDiffReport, type PlaybookFileSystem, type ReportFormat, type Workspace } from '../../core';
import { changedSince, repositoryOf, resolveRevision, revisionFileSystem } from '../git';
import { UsageError, type CliIo } from '../io';
import { progressReporter } from '../progress';
import { parserFor } from '../parallel-parse';

export const DIFF_HELP = `  diff      ${DIFF_REPORT_INFO.description}
            The base's files are read with git, without a checkout; with
            $GITHUB_STEP_SUMMARY set, the Markdown is also appended to that file.`;

/** The playbook as committed at the base revision, with the files renamed since. */
export interface Base {
  rev: string;
  fs: PlaybookFileSystem;
  /** Head path → base path. */
  renames: Map<string, string>;
}

/** Runs a git query; its failure becomes `message`, with git's own words only when they say more (git missing, say). */
function gitOr<T>(run: () => T, message: string, expected: RegExp): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(expected.test(error.message) ? message : `${message}\n  (${error.message.split('\n')[0]})`);
  }
}

/** Checks that the playbook is in a git repository and that `rev` names a commit there; lists the renames. */
export function openBase(root: string, rev: string): Base {
  gitOr(() => repositoryOf(root), `mops report diff reads the base from git, but ${root} is not inside a git repository.`, /not a git repository/);
  gitOr(
    () => resolveRevision(root, rev),
    `--base '${rev}' is not a commit of the repository at ${root}. In a shallow CI checkout, fetch the history first (actions/checkout with fetch-depth: 0).`,
    /rev-parse --verify/,
  );
  const renames = new Map<string, string>();
  for (const change of changedSince(root, rev)) if (change.status === 'renamed' && change.from !== undefined) renames.set(change.path, change.from);
  return { rev, fs: revisionFileSystem(root, rev), renames };
}

/** Appends the Markdown to $GITHUB_STEP_SUMMARY: a courtesy that warns and never fails the command. */
function appendStepSummary(io: CliIo, markdown: string): void {
  const target = io.env.GITHUB_STEP_SUMMARY;
  if (!target) return;
  try {
    appendFileSync(resolve(io.cwd, target), `${markdown}\n`);
  } catch (error) {
    io.stderr.write(`mops: warning: could not append the summary to $GITHUB_STEP_SUMMARY (${target}): ${(error as Error).message}\n`);
  }
}

/**
 * Loads the base with the head's day (so date rules and windows agree on both sides), builds the diff
 * report and renders it; the Markdown also goes to $GITHUB_STEP_SUMMARY when that is set.
 */
export async function diffReport(io: CliIo, base: Base, head: Workspace, options: { format: ReportFormat; today?: number }): Promise<string> {
  const today = options.today ?? head.today;
  const before = await loadPlaybook(base.fs, { today, onProgress: progressReporter(io.stderr, `Reading ${base.rev}:`), parser: parserFor(io.env, io.stderr) });
  const report = buildDiffReport(before, head, { today, renames: base.renames, base: base.rev });
  const markdown = renderDiffReport(report, 'md');
  appendStepSummary(io, markdown);
  return options.format === 'md' ? markdown : renderDiffReport(report, options.format);
}
