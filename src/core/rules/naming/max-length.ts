// naming/max-length: a name longer than its naming-convention target allows.

import { namingOf } from '../../domain/naming';
import type { DocumentRule } from '../../engine/rule';
import { governedNames, nameReport } from './names';

const rule: DocumentRule = {
  id: 'naming/max-length',
  severity: 'error',
  description: "A name is longer than its naming convention target's max_length.",
  scope: 'document',
  kinds: ['Brief', 'Tool'],
  check(ctx) {
    const naming = namingOf(ctx.index);
    if (!naming) return;
    for (const name of governedNames(ctx)) {
      const max = naming.targets.get(name.target)?.maxLength;
      if (max === undefined || name.name.length <= max) continue;
      ctx.report({
        ...nameReport(ctx, name),
        message: `${name.label} '${name.name}' is ${name.name.length} characters long; the ${name.target} naming convention allows at most ${max}.`,
        related: [ctx.locationOf(naming.doc, ['targets', name.target, 'max_length'], `the ${name.target} maximum length`)],
      });
    }
  },
};

export default rule;
