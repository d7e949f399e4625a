// The playbook's UTM standard, read once into the checks it asks for.

import type { IndexView } from '../engine/index-view';
import type { ParsedDocument } from '../model/parse';
import { isRecord, num, rec, str, strings } from '../model/readers';

export interface UtmParamRule {
  values?: string[];
  /** A NamingConvention target the value must fit. */
  naming?: string;
  /** Other spellings teams use, each with the value of `values` it stands for (`facebook` → `meta`). */
  synonyms: Map<string, string>;
}

export interface UtmRules {
  doc: ParsedDocument;
  required: string[];
  params: Map<string, UtmParamRule>;
  sourceMedium?: Map<string, string[]>;
  domains?: string[];
  requireHttps: boolean;
  forbidPii: boolean;
  maxUrlLength?: number;
  lowercase: boolean;
}

/**
 * A UTM parameter name as links are read (lower case): a name the standard spells in capitals is its own
 * schema finding, not also a "missing" parameter in every link.
 */
const utmName = (name: string) => (name.toLowerCase().startsWith('utm_') ? name.toLowerCase() : name);

/** The first UtmStandard of the playbook; undefined if there is none. */
export function utmOf(index: IndexView): UtmRules | undefined {
  return index.derive('utm', ['UtmStandard'], () => {
    const doc = index.all('UtmStandard').find((d) => d.clean && isRecord(d.value));
    if (!doc) return undefined;
    const data = rec(doc.value);
    const params = new Map<string, UtmParamRule>();
    for (const [name, spec] of Object.entries(rec(data.params))) {
      const p = rec(spec);
      const synonyms = new Map<string, string>();
      for (const [canonical, others] of Object.entries(rec(p.synonyms))) {
        for (const [other] of strings(others)) if (!synonyms.has(other.toLowerCase())) synonyms.set(other.toLowerCase(), canonical);
      }
      params.set(utmName(name), { values: Array.isArray(p.values) ? strings(p.values).map(([v]) => v) : undefined, naming: str(p.naming), synonyms });
    }
    const sourceMedium = isRecord(data.source_medium)
      ? new Map(Object.entries(data.source_medium).map(([source, mediums]) => [source, strings(mediums).map(([m]) => m)]))
      : undefined;
    return {
      doc,
      required: strings(data.required).map(([r]) => utmName(r)),
      params,
      sourceMedium,
      domains: Array.isArray(data.domains) ? strings(data.domains).map(([d]) => d.toLowerCase()) : undefined,
      requireHttps: data.require_https !== false,
      forbidPii: data.forbid_pii !== false,
      maxUrlLength: num(data.max_url_length),
      lowercase: data.case !== 'any',
    };
  });
}
