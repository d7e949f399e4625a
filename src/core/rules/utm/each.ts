// Runs a UTM check over every well-formed tracked link of a brief, with the standard and placement helpers.

import { utmOf, type UtmRules } from '../../domain/utm';
import type { DataPath } from '../../model/locate';
import type { Fix, Range } from '../../model/types';
import type { Link, QueryParam } from '../../utm/link';
import { trackedLinks } from '../../utm/links';
import type { DocumentRuleContext } from '../../engine/rule';

export interface LinkCheck {
  ctx: DocumentRuleContext;
  utm: UtmRules;
  link: Extract<Link, { ok: true }>;
  path: DataPath;
  /** The range of a parameter's value inside the URL (the whole URL when it cannot be located). */
  at(param: QueryParam): { range: Range | undefined };
  /** A fix replacing a parameter's raw value, when it can be located exactly. */
  replaceParam(param: QueryParam, raw: string, title: string): Fix[];
}

export function forEachLink(ctx: DocumentRuleContext, check: (link: LinkCheck) => void): void {
  const utm = utmOf(ctx.index);
  if (!utm) return;
  for (const { index, link } of trackedLinks(ctx.doc)) {
    if (!link.ok) continue;
    const path = ['links', index, 'url'];
    check({
      ctx,
      utm,
      link,
      path,
      at: (param) => ({ range: ctx.textRange(path, param.start, param.start + param.raw.length) }),
      replaceParam(param, raw, title) {
        const fix = ctx.textFix(path, param.start, param.start + param.raw.length, raw, title);
        return fix ? [fix] : [];
      },
    });
  }
}

export const isUtm = (param: QueryParam) => param.name.startsWith('utm_');

/** The standard's location for related information. */
export function standardAt(check: LinkCheck, key: string, message: string) {
  return check.ctx.locationOf(check.utm.doc, [key], message, 'key');
}
