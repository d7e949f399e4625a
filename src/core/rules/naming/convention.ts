// naming/convention: a name that does not fit its target's template; says which token failed and offers the nearest value.

import { namingOf } from '../../domain/naming';
import { matchName } from '../../naming/match';
import type { DocumentRule } from '../../engine/rule';
import { governedNames, nameReport } from './names';

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
      const title = `Change to '${result.fixed}'`;
      const fix =
        result.fixed === undefined
          ? undefined
          : name.span
            ? ctx.textFix(name.path, name.span[0], name.span[1], result.fixed, title)
            : name.inUrl
              ? undefined
              : ctx.replaceFix(name.path, result.fixed, title);
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
