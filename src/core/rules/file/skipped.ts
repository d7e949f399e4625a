// Builds the file rules that report a file the loader could not read as YAML text.

import type { FileRule } from '../../engine/rule';
import type { Severity } from '../../model/types';

/** A rule that reports, on line 1, a file the loader skipped for this rule's reason. */
export function skippedFileRule(id: string, severity: Severity, description: string): FileRule {
  return {
    id,
    severity,
    description,
    scope: 'file',
    check({ content, report }) {
      if (content.type === 'skipped' && content.rule === id) {
        report({ message: content.message, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } });
      }
    },
  };
}
