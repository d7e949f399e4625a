// The rules a playbook runs: the built-in table and its own policies, each policy described as a rule
// (its id, severity, title and description) for `mops rules`, `mops explain`, SARIF and the editor's hover.

import type { RuleMeta } from './engine/rule';
import type { Workspace } from './engine/workspace';
import { valueRange } from './model/locate';
import { RULES } from './rules';
import { policiesOf } from './policy/policies';

export interface PlaybookRule extends RuleMeta {
  /** A policy's title (its one-line name); built-in rules have their description only. */
  title?: string;
  /** A policy's description, in Markdown: why the team has the standard and how to comply. */
  help?: string;
  /** Where a policy is defined: its file and the 0-based line of its id. */
  source?: { file: string; line: number };
}

/** The policies of a playbook as rules, in file order (a policy with a duplicated id once). */
export function policyRules(workspace: Workspace): PlaybookRule[] {
  return policiesOf(workspace.view()).all.map((policy) => ({
    id: policy.rule,
    severity: policy.severity,
    description: policy.title,
    title: policy.title,
    help: policy.description,
    source: { file: policy.doc.path, line: valueRange(policy.doc.yaml, policy.doc.lines, ['id'])?.start.line ?? 0 },
  }));
}

/** Every rule a check of this playbook can report: the built-in ones, then its policies. */
export function playbookRules(workspace: Workspace): PlaybookRule[] {
  return [...RULES, ...policyRules(workspace)];
}
