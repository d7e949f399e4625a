// The playbook's naming convention: each target's template compiled once, and the channel dictionary.

import type { IndexView } from '../engine/index-view';
import type { ParsedDocument } from '../model/parse';
import { compileTemplate, type Template, type TokenSpec } from '../naming/template';
import type { NamingConvention, NamingTarget, NamingToken } from '../generated';
import { fields, isRecord, num, rec, str, strings } from '../model/readers';

export interface Naming {
  doc: ParsedDocument;
  targets: Map<string, Template>;
  /** The values of the `channel` token, when it has a dictionary. */
  channels?: string[];
}

/** The first NamingConvention of the playbook (a playbook has one), compiled; undefined if there is none. */
export function namingOf(index: IndexView): Naming | undefined {
  return index.derive('naming', ['NamingConvention'], () => {
    const doc = index.all('NamingConvention').find((d) => d.clean && isRecord(d.value));
    if (!doc) return undefined;
    const data = fields<NamingConvention>(doc.value);
    const tokens: Record<string, TokenSpec> = {};
    for (const [name, spec] of Object.entries(rec(data.tokens))) {
      const t = fields<NamingToken>(spec);
      tokens[name] = {
        values: Array.isArray(t.values) ? strings(t.values).map(([v]) => v) : undefined,
        format: str(t.format),
        max_length: num(t.max_length),
        min_length: num(t.min_length),
      };
    }
    const targets = new Map<string, Template>();
    for (const [target, spec] of Object.entries(rec(data.targets))) {
      const t = fields<NamingTarget>(spec);
      const pattern = str(t.pattern);
      if (pattern !== undefined) targets.set(target, compileTemplate(target, pattern, tokens, num(t.max_length)));
    }
    return { doc, targets, channels: tokens.channel?.values };
  });
}
