// The names a playbook document carries that a naming convention governs, and where each one sits.

import { utmOf } from '../../domain/utm';
import type { DataPath } from '../../model/locate';
import { trackedLinks } from '../../utm/links';
import { str } from '../../model/readers';
import type { DocumentRuleContext } from '../../engine/rule';

export interface GovernedName {
  target: string;
  name: string;
  path: DataPath;
  /** For a name inside a longer string (a URL parameter): its characters in that string. */
  span?: [number, number];
  /** "The brief id", "utm_content": how messages refer to it, at the start of a sentence. */
  label: string;
  /** Inside a URL: a fix may only edit the parameter in place, never the whole string. */
  inUrl: boolean;
}

export function governedNames(ctx: DocumentRuleContext): GovernedName[] {
  const names: GovernedName[] = [];
  const id = str(ctx.data.id);
  if (ctx.doc.kind === 'Tool' && id !== undefined) names.push({ target: 'tool', name: id, path: ['id'], label: 'The tool id', inUrl: false });
  if (ctx.doc.kind !== 'Brief') return names;
  if (id !== undefined) names.push({ target: 'campaign', name: id, path: ['id'], label: 'The brief id', inUrl: false });
  const utm = utmOf(ctx.index);
  if (!utm) return names;
  for (const { index: i, link: parsed } of trackedLinks(ctx.doc)) {
    if (!parsed.ok) continue;
    for (const param of parsed.params) {
      const target = utm.params.get(param.name)?.naming;
      if (target === undefined || param.value === '') continue;
      // A utm_campaign that is not the brief id is utm/campaign-mismatch's finding; its fix settles both.
      if (param.name === 'utm_campaign' && param.value !== id) continue;
      const span: [number, number] | undefined = param.raw === param.value ? [param.start, param.start + param.raw.length] : undefined;
      // Case in a UTM value is utm/case's finding; the convention is checked on the lower-case value.
      const name = utm.lowercase ? param.value.toLowerCase() : param.value;
      names.push({ target, name, path: ['links', i, 'url'], span, label: param.name, inUrl: true });
    }
  }
  return names;
}

/** The range a finding about a governed name gets: the name itself, inside its URL when it is a parameter. */
export function nameReport(ctx: DocumentRuleContext, name: GovernedName) {
  return name.span ? { range: ctx.textRange(name.path, name.span[0], name.span[1]) } : { path: name.path };
}
