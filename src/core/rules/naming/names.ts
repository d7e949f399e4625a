// The names a playbook document carries that a naming convention governs, and where each one sits.

import { namingOf } from '../../domain/naming';
import { utmOf } from '../../domain/utm';
import type { DataPath } from '../../model/locate';
import { reencode } from '../../utm/link';
import { trackedLinks } from '../../utm/links';
import { linkValues, type ValueCheck } from '../../utm/values';
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
  /** Inside a URL: the shared checks of the value (see utm/values), whose one repair is the only fix offered. */
  value?: ValueCheck;
}

export function governedNames(ctx: DocumentRuleContext): GovernedName[] {
  const names: GovernedName[] = [];
  const id = str(ctx.data.id);
  if (ctx.doc.kind === 'Tool' && id !== undefined) names.push({ target: 'tool', name: id, path: ['id'], label: 'The tool id' });
  if (ctx.doc.kind !== 'Brief') return names;
  if (id !== undefined) names.push({ target: 'campaign', name: id, path: ['id'], label: 'The brief id' });
  const utm = utmOf(ctx.index);
  if (!utm) return names;
  const naming = namingOf(ctx.index);
  for (const { index: i, link: parsed } of trackedLinks(ctx.doc)) {
    if (!parsed.ok) continue;
    for (const value of linkValues(parsed, utm, naming, id).values()) {
      const { param } = value;
      const target = utm.params.get(param.name)?.naming;
      if (target === undefined || value.plain === '') continue;
      // utm_campaign is the brief id (utm/campaign-mismatch), whose own finding covers the convention.
      if (param.name === 'utm_campaign' && id !== undefined) continue;
      // Checked once lower-cased and joined (utm/case and utm/whitespace report the rest).
      names.push({ target, name: value.plain, path: ['links', i, 'url'], span: [param.start, param.start + param.raw.length], label: param.name, value });
    }
  }
  return names;
}

/** The range a finding about a governed name gets: the name itself, inside its URL when it is a parameter. */
export function nameReport(ctx: DocumentRuleContext, name: GovernedName) {
  return name.span ? { range: ctx.textRange(name.path, name.span[0], name.span[1]) } : { path: name.path };
}

/** A URL parameter's fix: its one repair, written in place. */
export function urlFix(ctx: DocumentRuleContext, name: GovernedName) {
  const repair = name.value?.repair;
  if (!name.span || !name.value || repair === undefined || repair === name.value.param.value) return undefined;
  return ctx.textFix(name.path, name.span[0], name.span[1], reencode(name.value.param.raw, repair), `Change to '${repair}'`);
}

/**
 * The edits that carry a new brief id into the links whose utm_campaign is the old one, so that fixing
 * the id does not leave them mismatched; undefined when one of them cannot be located exactly.
 */
export function campaignEdits(ctx: DocumentRuleContext, oldId: string, newId: string) {
  const edits = [];
  for (const { index, link } of trackedLinks(ctx.doc)) {
    if (!link.ok) continue;
    for (const param of link.params) {
      if (param.name !== 'utm_campaign' || param.value.trim().toLowerCase() !== oldId.toLowerCase()) continue;
      const fix = ctx.textFix(['links', index, 'url'], param.start, param.start + param.raw.length, encodeURIComponent(newId), '');
      if (!fix) return undefined;
      edits.push(...fix.edits);
    }
  }
  return edits;
}
