// Builds the file rules that report what the YAML parser found (syntax, duplicate keys, limits).

import type { FileRule } from '../../engine/rule';
import type { Severity } from '../../model/types';

export function parseProblemRule(id: string, severity: Severity, description: string): FileRule {
  return {
    id,
    severity,
    description,
    scope: 'file',
    check({ file, report }) {
      for (const { rule, ...problem } of file?.problems ?? []) if (rule === id) report(problem);
    },
  };
}
