// Reports a reference to something that does not exist, naming the nearest id as a fix.

import type { DataPath } from '../../model/locate';
import type { RelatedLocation } from '../../model/types';
import { didYouMean, nearest } from '../../text/distance';
import type { DocumentRuleContext } from '../types';

export interface UnknownReference {
  path: DataPath;
  value: string;
  /** "a person in the Team", "a tool in the martech register", … */
  what: string;
  candidates: Iterable<string>;
  related?: RelatedLocation;
}

export function reportUnknown(ctx: DocumentRuleContext, ref: UnknownReference): void {
  const suggestion = nearest(ref.value, ref.candidates);
  const fix = suggestion ? ctx.replaceFix(ref.path, suggestion, `Change to '${suggestion}'`) : undefined;
  ctx.report({
    message: `'${ref.value}' is not ${ref.what}.${didYouMean(suggestion)}`,
    path: ref.path,
    related: ref.related ? [ref.related] : [],
    fixes: fix ? [fix] : [],
  });
}
