// config/bad-glob: an include or exclude pattern that cannot be compiled.

import { compileGlob, GlobError } from '../../config/glob';
import type { DocumentRule } from '../../engine/rule';

const rule: DocumentRule = {
  id: 'config/bad-glob',
  severity: 'error',
  description: 'An include or exclude pattern in the Config is not a valid glob, so it is ignored.',
  scope: 'document',
  kinds: ['Config'],
  check(ctx) {
    for (const list of ['include', 'exclude'] as const) {
      const patterns = ctx.data[list];
      if (!Array.isArray(patterns)) continue;
      patterns.forEach((pattern, i) => {
        if (typeof pattern !== 'string') return;
        try {
          compileGlob(pattern);
        } catch (error) {
          if (!(error instanceof GlobError)) throw error;
          ctx.report({ message: `The ${list} pattern '${pattern}' is not valid: ${error.message}.`, path: [list, i] });
        }
      });
    }
  },
};

export default rule;
