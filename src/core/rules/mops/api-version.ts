// mops/api-version: a document declares a mops apiVersion this version of mops does not read.

import { API_VERSION } from '../../model/kinds';
import type { DocumentRule } from '../types';

const rule: DocumentRule = {
  id: 'mops/api-version',
  severity: 'error',
  description: `A document declares a mops apiVersion other than ${API_VERSION}, so it is not checked.`,
  scope: 'document',
  check(ctx) {
    const { apiVersion } = ctx.doc;
    if (apiVersion === API_VERSION) return;
    const fix = ctx.replaceFix(['apiVersion'], API_VERSION, `Change to '${API_VERSION}'`);
    ctx.report({
      message: `apiVersion '${apiVersion}' is not supported; this version of mops reads ${API_VERSION}. The document is not checked.`,
      path: ['apiVersion'],
      fixes: fix ? [fix] : [],
    });
  },
};

export default rule;
