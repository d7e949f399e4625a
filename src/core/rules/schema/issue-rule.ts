// Builds the schema/* rules: each reports the schema errors of its kind of keyword.

import { KINDS, type Kind } from '../../model/kinds';
import { spreadsheetFixes } from './spreadsheet';
import type { DocumentRule } from '../../engine/rule';
import type { Severity } from '../../model/types';

export function schemaRule(id: string, description: string, severity: Severity = 'error'): DocumentRule {
  return {
    id,
    severity,
    description,
    scope: 'document',
    kinds: KINDS,
    check(ctx) {
      for (const issue of ctx.schemaIssues()) {
        if (issue.rule !== id) continue;
        const place = issue.place;
        // A spreadsheet's leftover reads as what it means first ('In Progress' is active, not the nearest spelling).
        const read = spreadsheetFixes(ctx, ctx.doc.kind as Kind, issue);
        const fix =
          read.length === 0 && issue.suggestion !== undefined && place !== 'object'
            ? ctx.replaceFix(issue.path, issue.suggestion, `Change to '${issue.suggestion}'`, place)
            : undefined;
        ctx.report({ message: issue.message, path: issue.path, place, fixes: read.length > 0 ? read : fix ? [fix] : [] });
      }
    },
  };
}
