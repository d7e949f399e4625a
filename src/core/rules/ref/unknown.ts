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
  /** Who the value probably meant, when the caller knows better than the nearest candidate (people: first names too). */
  suggest?: (value: string) => string[];
  /** The end of the message for those suggestions; default: " Did you mean 'x'?". */
  didYouMean?: (suggestions: string[]) => string;
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
  const suggestions = ref.suggest ? ref.suggest(ref.value) : [nearest(ref.value, ref.candidates)].filter((s): s is string => s !== undefined);
  const fixes = suggestions.map((s) => ctx.replaceFix(ref.path, s, `Change to '${s}'`)).filter((f) => f !== undefined);
  const related = ref.related ?? (suggestions[0] !== undefined ? ref.definitionOf?.(suggestions[0]) : undefined);
  ctx.report({
    message: `'${ref.value}' is not ${ref.what}.${ref.didYouMean ? ref.didYouMean(suggestions) : didYouMean(suggestions[0])}${listed(ref)}`,
    path: ref.path,
    related: related ? [related] : [],
    fixes,
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
