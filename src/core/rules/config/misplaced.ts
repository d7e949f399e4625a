// config/misplaced: a Config document outside `mops.config.yaml` at the root is never read.

import { CONFIG_FILE } from '../../config/config';
import type { DocumentRule } from '../../engine/rule';

const rule: DocumentRule = {
  id: 'config/misplaced',
  severity: 'warning',
  description: `A Config document outside ${CONFIG_FILE} at the playbook root is ignored.`,
  scope: 'document',
  kinds: ['Config'],
  check(ctx) {
    if (ctx.doc.path === CONFIG_FILE && ctx.file.documents.find((d) => d.kind === 'Config') === ctx.doc) return;
    ctx.report({
      message: `This Config is ignored: mops reads settings only from the first Config document of ${CONFIG_FILE} at the playbook root.`,
      path: ['kind'],
    });
  },
};

export default rule;
