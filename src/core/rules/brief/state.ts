// A brief read for the gate, stage and timeline rules, from the rule's context (the reading is in domain/brief).

import { readBrief, type BriefState } from '../../domain/brief';
import type { DocumentRuleContext } from '../../engine/rule';

export { approvalsOf, timeline, type Approval, type BriefState, type HistoryEntry } from '../../domain/brief';

export function briefState(ctx: DocumentRuleContext): BriefState {
  return readBrief(ctx.data, ctx.index);
}
