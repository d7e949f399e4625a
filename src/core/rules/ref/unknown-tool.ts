// ref/unknown-tool: a tool id (brief tools, tool integrations, SOP tools) that is not in the martech register.

import { strings } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { checkIdReference } from './unknown';

const rule: DocumentRule = {
  id: 'ref/unknown-tool',
  severity: 'error',
  description: "A tool id in a brief's tools, a tool's integrations or an SOP's tools is not in the martech register.",
  scope: 'document',
  kinds: ['Brief', 'Tool', 'Sop'],
  check(ctx) {
    const key = ctx.doc.kind === 'Tool' ? 'integrations' : 'tools';
    for (const [id, i] of strings(ctx.data[key])) checkIdReference(ctx, 'Tool', [key, i], id, 'a tool in the martech register');
  },
};

export default rule;
