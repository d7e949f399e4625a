// martech/overlap: two or more active tools share a category.

import type { IndexView } from '../../engine/index-view';
import type { ParsedDocument } from '../../model/parse';
import { isRecord } from '../access';
import type { DocumentRule } from '../types';
import { toolFacts } from './tool';

/** Category → the active tools in it, in file order. */
function activeByCategory(index: IndexView): Map<string, ParsedDocument[]> {
  return index.derive('active-categories', ['Tool'], () => {
    const byCategory = new Map<string, ParsedDocument[]>();
    for (const doc of index.all('Tool')) {
      if (!doc.clean || !isRecord(doc.value)) continue;
      const tool = toolFacts(doc.value);
      if (tool.status !== 'active' || tool.category === undefined) continue;
      const list = byCategory.get(tool.category);
      if (list) list.push(doc);
      else byCategory.set(tool.category, [doc]);
    }
    return byCategory;
  });
}

const rule: DocumentRule = {
  id: 'martech/overlap',
  severity: 'warning',
  description: 'Two or more active tools share a category: the team may be paying twice for one job.',
  scope: 'document',
  kinds: ['Tool'],
  check(ctx) {
    const tool = toolFacts(ctx.data);
    if (tool.status !== 'active' || tool.category === undefined) return;
    const others = (activeByCategory(ctx.index).get(tool.category) ?? []).filter((d) => d !== ctx.doc);
    if (others.length === 0) return;
    ctx.report({
      path: ['category'],
      message: `${others.length + 1} active tools share the category '${tool.category}': this one and ${others.map((d) => d.id ?? '?').join(', ')}. Keep one, or retire the others.`,
      related: others.map((d) => ctx.locationOf(d, ['category'], `${d.id ?? 'another tool'} is also '${tool.category}'`)),
    });
  },
};

export default rule;
