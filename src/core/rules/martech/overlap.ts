// martech/overlap: two or more active tools share a category.

import type { IndexView } from '../../engine/index-view';
import type { ParsedDocument } from '../../model/parse';
import { isRecord } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { toolFacts } from '../../domain/tool';

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

/** The other tools a finding names and links to. */
const MAX_NAMED = 10;

const rule: DocumentRule = {
  id: 'martech/overlap',
  severity: 'warning',
  description: 'Two or more active tools share a category: the team may be paying twice for one job.',
  scope: 'document',
  kinds: ['Tool'],
  check(ctx) {
    const tool = toolFacts(ctx.data);
    if (tool.status !== 'active' || tool.category === undefined) return;
    const all = activeByCategory(ctx.index).get(tool.category) ?? [];
    const others = all.length - (all.includes(ctx.doc) ? 1 : 0);
    if (others === 0) return;
    // Named up to a bound: every tool of a crowded category names the others, so all of them would grow as its square.
    const named = all.slice(0, MAX_NAMED + 1).filter((d) => d !== ctx.doc).slice(0, MAX_NAMED);
    const more = others > named.length ? ` and ${(others - named.length).toLocaleString('en-US')} more` : '';
    ctx.report({
      path: ['category'],
      message: `${others + 1} active tools share the category '${tool.category}': this one and ${named.map((d) => d.id ?? '?').join(', ')}${more}. Keep one, or retire the others.`,
      related: named.map((d) => ctx.locationOf(d, ['category'], `${d.id ?? 'another tool'} is also '${tool.category}'`)),
    });
  },
};

export default rule;
