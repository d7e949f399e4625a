// The JSON format of DESIGN.md: {version, findings, summary}; with --changed-since, each finding's baselineState too.

import type { Formatter } from './types';
import { stateOf } from './types';

export const json: Formatter = (result) =>
  `${JSON.stringify(
    {
      version: 1,
      findings: result.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        file: f.file,
        range: f.range,
        related: f.related,
        fixes: f.fixes,
        // SARIF's word for it: `new` (the revision of --changed-since did not have it) or `unchanged`.
        ...(result.since ? { baselineState: stateOf(result, f) } : {}),
      })),
      summary: result.summary,
    },
    null,
    2,
  )}\n`;
