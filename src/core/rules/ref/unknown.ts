// Reports a reference to something that does not exist, naming the nearest id as a fix.

import type { Kind } from '../../model/kinds';
import type { DataPath } from '../../model/locate';
import type { RelatedLocation } from '../../model/types';
import { didYouMean, nearest } from '../../text/distance';
import type { DocumentRuleContext } from '../../engine/rule';

export interface UnknownReference {
  path: DataPath;
  value: string;
  /** "a person in the Team", "a tool in the martech register", … */
  what: string;
  candidates: Iterable<string>;
  related?: RelatedLocation;
  /** Names the allowed values after the message ("The channels are"), for short dictionaries. */
  listAs?: string;
  /** Where the suggested id is defined, for related information when there is no other. */
  definitionOf?: (id: string) => RelatedLocation | undefined;
}

/** The most values a message lists; a longer dictionary is left to completion in the editor. */
const MAX_LISTED = 15;

function listed(ref: UnknownReference): string {
  if (!ref.listAs) return '';
  const values = [...ref.candidates];
  if (values.length === 0 || values.length > MAX_LISTED) return '';
  return ` ${ref.listAs}: ${values.join(', ')}.`;
}

export function reportUnknown(ctx: DocumentRuleContext, ref: UnknownReference): void {
  const suggestion = nearest(ref.value, ref.candidates);
  const fix = suggestion ? ctx.replaceFix(ref.path, suggestion, `Change to '${suggestion}'`) : undefined;
  const related = ref.related ?? (suggestion ? ref.definitionOf?.(suggestion) : undefined);
  ctx.report({
    message: `'${ref.value}' is not ${ref.what}.${didYouMean(suggestion)}${listed(ref)}`,
    path: ref.path,
    related: related ? [related] : [],
    fixes: fix ? [fix] : [],
  });
}

/**
 * Checks one id that must name a document of `kind` (a tool, a workflow): reports it when no such
 * document exists, suggesting the nearest existing id and pointing at where that one is defined.
 */
export function checkIdReference(ctx: DocumentRuleContext, kind: Kind, path: DataPath, value: string, what: string): void {
  if (ctx.index.byId(kind, value).length > 0) return;
  reportUnknown(ctx, {
    path,
    value,
    what,
    candidates: ctx.index.derive(`${kind}-ids`, [kind], () => ctx.index.all(kind).flatMap((d) => (d.id ? [d.id] : []))),
    definitionOf: (suggestion) => {
      const [doc] = ctx.index.byId(kind, suggestion);
      return doc ? ctx.locationOf(doc, ['id'], `the ${kind} '${suggestion}'`) : undefined;
    },
  });
}
