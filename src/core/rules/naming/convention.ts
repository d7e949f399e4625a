// naming/convention: a name that does not fit its target's template; says which token failed and offers the nearest value.

import { namingOf } from '../../domain/naming';
import { matchName } from '../../naming/match';
import type { Fix } from '../../model/types';
import type { DocumentRule, DocumentRuleContext } from '../../engine/rule';
import { campaignEdits, governedNames, nameReport, urlFix, type GovernedName } from './names';

/** The fix for a document's own id: the corrected id, carried into the brief's utm_campaign values too. */
function idFix(ctx: DocumentRuleContext, name: GovernedName, fixed: string | undefined): Fix | undefined {
  const max = namingOf(ctx.index)?.targets.get(name.target)?.maxLength;
  if (fixed === undefined || (max !== undefined && fixed.length > max)) return undefined;
  const title = `Change to '${fixed}'`;
  const own = ctx.replaceFix(name.path, fixed, title);
  if (!own || name.target !== 'campaign') return own;
  const links = campaignEdits(ctx, name.name, fixed);
  return links ? { title, edits: [...own.edits, ...links] } : undefined;
}

const rule: DocumentRule = {
  id: 'naming/convention',
  severity: 'error',
  description: "A name (brief id, tool id, utm_campaign, utm_content, …) does not fit its naming convention's template.",
  scope: 'document',
  kinds: ['Brief', 'Tool'],
  check(ctx) {
    const naming = namingOf(ctx.index);
    if (!naming) return;
    for (const name of governedNames(ctx)) {
      const template = naming.targets.get(name.target);
      if (!template) continue;
      const result = matchName(template, name.name);
      if (result.ok) continue;
      const fix = name.value ? urlFix(ctx, name) : idFix(ctx, name, result.fixed);
      ctx.report({
        ...nameReport(ctx, name),
        message: `${name.label} '${name.name}' does not fit the ${name.target} naming convention '${template.pattern}': ${result.message}.`,
        related: [ctx.locationOf(naming.doc, ['targets', name.target, 'pattern'], `the ${name.target} naming convention`)],
        fixes: fix ? [fix] : [],
      });
    }
  },
};

export default rule;
