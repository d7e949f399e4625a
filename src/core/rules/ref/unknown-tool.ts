// ref/unknown-tool: a tool id (brief tools, tool integrations, SOP tools) that is not in the martech register.

import { strings } from '../access';
import type { DocumentRule } from '../types';
import { reportUnknown } from './unknown';

const rule: DocumentRule = {
  id: 'ref/unknown-tool',
  severity: 'error',
  description: "A tool id in a brief's tools, a tool's integrations or an SOP's tools is not in the martech register.",
  scope: 'document',
  kinds: ['Brief', 'Tool', 'Sop'],
  check(ctx) {
    const key = ctx.doc.kind === 'Tool' ? 'integrations' : 'tools';
    for (const [id, i] of strings(ctx.data[key])) {
      if (ctx.index.byId('Tool', id).length > 0) continue;
      reportUnknown(ctx, {
        path: [key, i],
        value: id,
        what: 'a tool in the martech register',
        definitionOf: (suggestion) => {
          const [doc] = ctx.index.byId('Tool', suggestion);
          return doc ? ctx.locationOf(doc, ['id'], `the tool '${suggestion}'`) : undefined;
        },
        candidates: ctx.index.derive('tool-ids', ['Tool'], () => ctx.index.all('Tool').flatMap((d) => (d.id ? [d.id] : []))),
      });
    }
  },
};

export default rule;
