// Runs a UTM check over every well-formed tracked link of a brief, with the standard and placement helpers.

import { namingOf } from '../../domain/naming';
import { utmOf, type UtmRules } from '../../domain/utm';
import type { DataPath } from '../../model/locate';
import type { Fix, Range } from '../../model/types';
import { reencode, removalSpans, type Link, type QueryParam } from '../../utm/link';
import { trackedLinks } from '../../utm/links';
import { linkValues, type ValueCheck } from '../../utm/values';
import { str } from '../../model/readers';
import type { DocumentRuleContext } from '../../engine/rule';

export interface ParsedLinkCheck {
  ctx: DocumentRuleContext;
  link: Extract<Link, { ok: true }>;
  path: DataPath;
  /** The range of a parameter's value inside the URL (the whole URL when it cannot be located). */
  at(param: QueryParam): { range: Range | undefined };
  /** The range of a whole `name=value` piece inside the URL. */
  pieceAt(param: QueryParam): { range: Range | undefined };
  /** A fix replacing a parameter's raw value, when it can be located exactly. */
  replaceParam(param: QueryParam, raw: string, title: string): Fix[];
  /** A fix deleting parameters (with their separators), when the URL can be located exactly. */
  removeParams(params: readonly QueryParam[], title: string): Fix[];
}

export interface LinkCheck extends ParsedLinkCheck {
  utm: UtmRules;
  /** The shared checks of every UTM value of the link (see utm/values). */
  values(): Map<QueryParam, ValueCheck>;
  /** The fix every rule offers on a value: its one repair, when there is one and it changes the value. */
  repairFix(check: ValueCheck): Fix[];
}

/** Every well-formed tracked link, whether or not the playbook has a UTM standard. */
export function forEachParsedLink(ctx: DocumentRuleContext, check: (link: ParsedLinkCheck) => void): void {
  for (const { index, link } of trackedLinks(ctx.doc)) {
    if (!link.ok) continue;
    const path = ['links', index, 'url'];
    check({
      ctx,
      link,
      path,
      at: (param) => ({ range: ctx.textRange(path, param.start, param.start + param.raw.length) }),
      pieceAt: (param) => ({ range: ctx.textRange(path, param.nameStart, param.end) }),
      replaceParam(param, raw, title) {
        const fix = ctx.textFix(path, param.start, param.start + param.raw.length, raw, title);
        return fix ? [fix] : [];
      },
      removeParams(params, title) {
        const edits = removalSpans(link, params).map(([start, end]) => ctx.textFix(path, start, end, '', title));
        return edits.length > 0 && edits.every((e) => e !== undefined) ? [{ title, edits: edits.flatMap((e) => e?.edits ?? []) }] : [];
      },
    });
  }
}

export function forEachLink(ctx: DocumentRuleContext, check: (link: LinkCheck) => void): void {
  const utm = utmOf(ctx.index);
  if (!utm) return;
  forEachParsedLink(ctx, (parsed) => {
    let values: Map<QueryParam, ValueCheck> | undefined;
    const self: LinkCheck = {
      ...parsed,
      utm,
      values: () => (values ??= linkValues(parsed.link, utm, namingOf(ctx.index), ctx.doc.kind === 'Brief' ? str(ctx.data.id) : undefined)),
      repairFix(value) {
        const repair = value.repair;
        if (repair === undefined || repair === value.param.value) return [];
        const raw = reencode(value.param.raw, repair);
        return parsed.replaceParam(value.param, raw, `Change to '${repair}'`);
      },
    };
    check(self);
  });
}

export const isUtm = (param: QueryParam) => param.name.startsWith('utm_');

/** The standard's location for related information. */
export function standardAt(check: LinkCheck, key: string, message: string) {
  return check.ctx.locationOf(check.utm.doc, [key], message, 'key');
}

/** "a, b and c", for messages that list names. */
export function listOf(items: readonly string[], last = 'and'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** "a, b or c". */
export const orList = (items: readonly string[]) => listOf(items, 'or');
