// The Markdown summary of a check appended to $GITHUB_STEP_SUMMARY, which GitHub Actions shows on the run's page.

import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from '../core';
import { markdown } from './formatters/markdown';
import type { CheckResult } from './formatters/types';
import type { CliIo } from './io';

/** Rows listed at most: GitHub caps a step's summary at 1 MiB, and a reviewer reads the first screens only. */
export const STEP_SUMMARY_ROWS = 100;

const RANK = { error: 0, warning: 1, info: 2 };

/** The findings listed when there are too many: errors first, then warnings, then infos, in file order. */
function listed(findings: Finding[]): Finding[] {
  if (findings.length <= STEP_SUMMARY_ROWS) return findings;
  const kept = new Set([...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]).slice(0, STEP_SUMMARY_ROWS));
  return findings.filter((f) => kept.has(f));
}

export function stepSummary(result: CheckResult, notes: string[]): string {
  const shown = listed(result.findings);
  const text = markdown({ ...result, findings: shown }, { color: false });
  const more = result.findings.length - shown.length;
  const tail = more > 0 ? `\n…and ${more} more, not listed here: see the annotations or the step's log.\n` : '';
  const heading = '## mops check\n\n';
  const intro = notes.map((n) => `${n}\n\n`).join('');
  const body = text.startsWith(heading) ? `${heading}${intro}${text.slice(heading.length)}` : `${intro}${text}`;
  return `${body}${tail}\n`;
}

/**
 * Appends the summary when the variable names a file. A summary is a courtesy: failing to write it warns and
 * never changes the check's outcome.
 */
export function appendStepSummary(io: CliIo, result: CheckResult, notes: string[]): void {
  const target = io.env.GITHUB_STEP_SUMMARY;
  if (!target) return;
  try {
    appendFileSync(resolve(io.cwd, target), stepSummary(result, notes));
  } catch (error) {
    io.stderr.write(`mops: warning: could not write the step summary to ${target}: ${(error as Error).message}\n`);
  }
}
