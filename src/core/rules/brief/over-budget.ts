// brief/over-budget: actual spend above planned, on a line or for the whole brief.

import { num, rec, records } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';
import { money } from './budget-sum';

const rule: DocumentRule = {
  id: 'brief/over-budget',
  severity: 'warning',
  description: 'Actual spend is above the planned amount, on a budget line or for the whole brief.',
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const budget = rec(ctx.data.budget);
    const lines = records(budget.lines);
    let over = false;
    let spent = 0;
    for (const [line, i] of lines) {
      const [planned, actual] = [num(line.planned), num(line.actual)];
      spent += actual ?? 0;
      if (planned === undefined || actual === undefined || actual <= planned) continue;
      over = true;
      ctx.report({
        path: ['budget', 'lines', i, 'actual'],
        message: `${typeof line.item === 'string' ? `'${line.item}'` : 'This line'} spent ${money(actual)} of ${money(planned)} planned, ${money(actual - planned)} over${planned > 0 ? ` (${Math.round(((actual - planned) / planned) * 100)}%)` : ''}.`,
      });
    }
    const planned = num(budget.planned);
    if (!over && planned !== undefined && spent > planned) {
      const last = lines.filter(([line]) => num(line.actual) !== undefined).pop();
      ctx.report({
        path: last ? ['budget', 'lines', last[1], 'actual'] : ['budget', 'planned'],
        message: `The brief has spent ${money(spent)} in all, ${money(spent - planned)} over its planned ${money(planned)}.`,
      });
    }
  },
};

export default rule;
