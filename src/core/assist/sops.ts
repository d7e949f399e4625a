// The playbook's own SOPs as completions that insert their steps as a checklist.

import type { DataPath } from '../model/locate';
import { sopSteps } from '../domain/sop';
import { rec, str } from '../model/readers';
import type { AssistItem } from './types';
import { inFlowSequence, rangeOf, valueSpan, type AssistScope } from './scope';
import { md, sortKey, yamlScalar } from './text';

/**
 * Where a checklist list item goes, and so where an SOP's steps may be inserted:
 * - a workflow gate's `checklist` (stages[].gate.checklist): the gate asks its approver to confirm the SOP;
 * - a brief approval's `checklist` (approvals[].checklist): the approver confirms the SOP's steps, which is
 *   what the gate asks for when its checklist was made from the same SOP (brief/gate-incomplete);
 * - an SOP's own `steps`: a procedure that starts from another one (an SOP is not offered inside itself).
 * Not elsewhere: other lists hold ids (tools, channels, roles), where a sentence would be a finding.
 */
const CHECKLISTS: ReadonlyArray<[string, string]> = [
  ['Workflow', 'stages.#.gate.checklist.#'],
  ['Brief', 'approvals.#.checklist.#'],
  ['Sop', 'steps.#'],
];

const shape = (path: DataPath) => path.map((s) => (typeof s === 'number' ? '#' : s)).join('.');

export function isChecklistItem(scope: AssistScope): boolean {
  const at = shape(scope.place.path);
  return scope.place.on === 'value' && CHECKLISTS.some(([kind, pattern]) => kind === scope.kind && pattern === at);
}

/**
 * One item per SOP. In a block list the first step replaces the item at the cursor and each further step
 * becomes a `- ` line; those lines carry no indentation of their own, because an editor indents every
 * inserted line after the first like the cursor's line (VS Code does, unless told to keep whitespace).
 */
export function sopItems(scope: AssistScope): AssistItem[] {
  if (!isChecklistItem(scope)) return [];
  const span = valueSpan(scope);
  if (!span || span.quote) return [];
  const flow = inFlowSequence(scope);
  const own = scope.kind === 'Sop' ? scope.doc : undefined;
  return scope.index.all('Sop').flatMap((doc, i): AssistItem[] => {
    const steps = sopSteps(doc.value).map((s) => s.text);
    if (doc === own || doc.id === undefined || steps.length === 0) return [];
    const title = str(rec(doc.value).title);
    const area = str(rec(doc.value).area);
    const items = steps.map((step) => yamlScalar(step, flow));
    return [
      {
        label: doc.id,
        kind: 'sop',
        detail: `SOP checklist: ${title ?? doc.id} (${steps.length} step${steps.length === 1 ? '' : 's'})`,
        documentation: [
          `**${md(title ?? doc.id)}**${area ? ` — ${md(area)}` : ''}`,
          steps.map((step, n) => `${n + 1}. ${md(step)}`).join('\n'),
          `Inserts these steps as checklist items. Defined in ${md(doc.path)}.`,
        ].join('\n\n'),
        insertText: span.lead + items.join(flow ? ', ' : '\n- '),
        range: rangeOf(scope, span.start, span.end),
        sortText: sortKey(8, i),
      },
    ];
  });
}
