// The JSON format of DESIGN.md: {version, findings, summary}.

import type { Formatter } from './types';

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
      })),
      summary: result.summary,
    },
    null,
    2,
  )}\n`;
