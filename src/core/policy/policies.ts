// The playbook's policies, compiled once per change to any Policy document, by the kind each one checks.

import type { IndexView } from '../engine/index-view';
import type { Kind } from '../model/kinds';
import { isRecord } from '../model/readers';
import { compilePolicy, MAX_PLAYBOOK_EXPRESSIONS, type CompiledPolicy } from './compile';

export interface Policies {
  /** Every policy with an id, the first of a duplicated id only (the duplicate is mops/duplicate-id's). */
  all: CompiledPolicy[];
  /** The runnable policies that check documents of a kind. */
  byKind: Map<Kind, CompiledPolicy[]>;
}

export function policiesOf(index: IndexView): Policies {
  return index.derive('policies', ['Policy'], () => {
    const all: CompiledPolicy[] = [];
    const seen = new Set<string>();
    const byKind = new Map<Kind, CompiledPolicy[]>();
    const budget = { chars: MAX_PLAYBOOK_EXPRESSIONS };
    for (const doc of index.all('Policy')) {
      if (!doc.clean || !isRecord(doc.value)) continue;
      const policy = compilePolicy(doc, budget);
      if (!policy || seen.has(policy.id)) continue;
      seen.add(policy.id);
      all.push(policy);
      if (!policy.runnable) continue;
      for (const kind of policy.kinds) {
        const list = byKind.get(kind);
        if (list) list.push(policy);
        else byKind.set(kind, [policy]);
      }
    }
    return { all, byKind };
  });
}

/** The policy a Policy document compiles to, as the playbook's policies hold it (undefined for a duplicate). */
export function policyOf(index: IndexView, doc: { path: string; index: number }): CompiledPolicy | undefined {
  return policiesOf(index).all.find((p) => p.doc.path === doc.path && p.doc.index === doc.index);
}
