// config/unknown-rule: `Config.rules` names a rule id (or `family/*`) that does not exist.

import { policiesOf } from '../../policy/policies';
import { didYouMean, nearest } from '../../text/distance';
import type { DocumentRule } from '../../engine/rule';

const rule: DocumentRule = {
  id: 'config/unknown-rule',
  severity: 'warning',
  description: "The Config's rules setting names a rule that does not exist, so the setting does nothing.",
  scope: 'document',
  kinds: ['Config'],
  check(ctx) {
    const settings = ctx.data.rules;
    if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return;
    // The playbook's own policies are rules too (policy/<id>), read only when the config names one.
    const keys = Object.keys(settings);
    const policyIds = keys.some((k) => k.startsWith('policy/')) ? policiesOf(ctx.index).all.map((p) => p.rule) : [];
    const ids = [...ctx.rules.map((r) => r.id), ...policyIds];
    const families = new Set(ids.map((id) => `${id.split('/')[0]}/*`));
    for (const key of keys) {
      if (ids.includes(key) || families.has(key)) continue;
      const suggestion = nearest(key, [...ids, ...families]);
      // Renaming the key to one the mapping already has would only make a duplicate key of the typo.
      const taken = suggestion !== undefined && Object.hasOwn(settings, suggestion);
      const fix = suggestion && !taken ? ctx.replaceFix(['rules', key], suggestion, `Change to '${suggestion}'`, 'key') : undefined;
      const hint = taken ? ` Did you mean '${suggestion}'? It is set already; remove this line.` : didYouMean(suggestion);
      ctx.report({
        message: `There is no rule '${key}'.${hint} Run \`mops rules\` for the list.`,
        path: ['rules', key],
        place: 'key',
        fixes: fix ? [fix] : [],
      });
    }
  },
};

export default rule;
