// brief/budget-sum: the budget lines' planned amounts do not add up to the brief's planned budget.

import { num, rec, records } from '../../model/readers';
import type { DocumentRule } from '../../engine/rule';

export function money(amount: number): string {
  return amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const rule: DocumentRule = {
  id: 'brief/budget-sum',
  severity: 'error',
  description: "A brief's budget lines do not add up to its planned budget.",
  scope: 'document',
  kinds: ['Brief'],
  check(ctx) {
    const budget = rec(ctx.data.budget);
    const planned = num(budget.planned);
    const lines = records(budget.lines);
    if (planned === undefined || lines.length === 0) return;
    const amounts = lines.map(([line]) => num(line.planned));
    if (amounts.some((a) => a === undefined)) return;
    const sum = Math.round((amounts as number[]).reduce((a, b) => a + b, 0) * 100) / 100;
    if (Math.abs(sum - planned) < 0.005) return;
    const fix = ctx.replaceFix(['budget', 'planned'], String(sum), `Set planned to the lines' total, ${money(sum)}`);
    ctx.report({
      path: ['budget', 'planned'],
      message: `The budget lines add up to ${money(sum)}, not the planned ${money(planned)}.`,
      fixes: fix ? [fix] : [],
    });
  },
};

export default rule;
