// utm/unknown-value: a UTM value outside its parameter's dictionary in the UTM standard (on a link), or a
// synonym in the standard that stands for a value the dictionary does not have.

import { utmOf } from '../../domain/utm';
import { isRecord, rec, strings } from '../../model/readers';
import type { DocumentRule, DocumentRuleContext } from '../../engine/rule';
import { forEachLink, orList, standardAt } from './each';

/** The standard's own synonyms must stand for one of the parameter's values, or they repair nothing. */
function checkSynonyms(ctx: DocumentRuleContext): void {
  // Only the standard in force: a second UtmStandard is mops/duplicate-id's or the schema's concern.
  if (utmOf(ctx.index)?.doc !== ctx.doc) return;
  for (const [name, spec] of Object.entries(rec(ctx.data.params))) {
    const param = rec(spec);
    if (!isRecord(param.synonyms)) continue;
    const values = strings(param.values).map(([v]) => v);
    for (const [canonical, others] of Object.entries(param.synonyms)) {
      const path = ['params', name, 'synonyms', canonical];
      if (!values.includes(canonical)) {
        ctx.report({
          path,
          place: 'key',
          message:
            values.length > 0
              ? `The synonyms of '${canonical}' stand for a value ${name} does not allow: add '${canonical}' to its values (${values.join(', ')}), or list these synonyms under one of them.`
              : `The synonyms of '${canonical}' need a list of values for ${name}, one of them '${canonical}'.`,
        });
      }
      for (const [other, i] of strings(others)) {
        if (values.includes(other)) ctx.report({ path: [...path, i], message: `'${other}' is an allowed value of ${name} itself, so it cannot also stand for '${canonical}'.` });
      }
    }
  }
}

const rule: DocumentRule = {
  id: 'utm/unknown-value',
  severity: 'error',
  description: 'A UTM value is not one of the values the UTM standard allows for its parameter (or a synonym in the standard stands for one it does not allow).',
  scope: 'document',
  kinds: ['Brief', 'UtmStandard'],
  check(ctx) {
    if (ctx.doc.kind === 'UtmStandard') {
      checkSynonyms(ctx);
      return;
    }
    forEachLink(ctx, (check) => {
      for (const value of check.values().values()) {
        const unknown = value.unknown;
        if (!unknown) continue;
        const { name } = value.param;
        const pairing = unknown.pairedWith
          ? ` With utm_source '${unknown.pairedWith.source}' it may be ${orList(unknown.pairedWith.allowed.map((m) => `'${m}'`))}.`
          : '';
        const unpaired = unknown.unpairedWith === undefined ? '' : ` (The standard does not pair it with utm_medium '${unknown.unpairedWith}'.)`;
        const advice = unknown.synonymOf
          ? ` The UTM standard calls it '${unknown.synonymOf}'.`
          : unknown.suggestion
            ? ` Did you mean '${unknown.suggestion}'?${unpaired}`
            : pairing;
        ctx.report({
          ...check.at(value.param),
          message: `${name} '${value.plain}' is not an allowed value (${unknown.values.join(', ')}).${advice}`,
          related: [standardAt(check, 'params', `the allowed values of ${name}`)],
          fixes: check.repairFix(value),
        });
      }
    });
  },
};

export default rule;
