// Ids for new records from the naming convention's template: each token filled from the row (the launch
// date's year and quarter, the region, the channel, a slug of the title), or the row says which is missing.

import { matchName } from '../naming/match';
import type { Template } from '../naming/template';
import { slugify } from './text';

export type Built = { ok: true; id: string; fits: boolean } | { ok: false; reason: string };

/** Fills the template's tokens from `tokens`; a slug token is cut to its length on a word boundary. */
export function buildName(template: Template | undefined, tokens: Record<string, string | undefined>, what: string): Built {
  if (!template || template.problems.length > 0) {
    const slug = slugify(tokens.slug ?? '');
    return slug ? { ok: true, id: slug, fits: true } : { ok: false, reason: `no ${what} to make its id from` };
  }
  let id = '';
  const missing: string[] = [];
  const wrong: string[] = [];
  for (const part of template.parts) {
    if (part.kind === 'literal') {
      id += part.text;
      continue;
    }
    const given = tokens[part.token];
    if (part.kind === 'run' && part.format === 'slug') {
      const room = Math.min(part.maxLength, template.maxLength !== undefined ? Math.max(part.minLength, template.maxLength - id.length - restLength(template, part.token)) : Infinity);
      const slug = slugify(given ?? '', room);
      if (!slug) missing.push(part.token);
      id += slug;
      continue;
    }
    if (given === undefined || given === '') missing.push(part.token);
    else if (part.kind === 'values' && !part.values.includes(given)) wrong.push(`'${given}' is not a {${part.token}} of the convention (${part.values.join(', ')})`);
    else id += given;
  }
  if (wrong.length > 0) return { ok: false, reason: `its id follows the naming convention's ${template.pattern}, and ${wrong.join('; ')}` };
  if (missing.length > 0) {
    return { ok: false, reason: `its id follows the naming convention's ${template.pattern}, and the row gives no ${missing.map((m) => `{${m}}`).join(' or ')}${what === 'brief' ? ' (or add an ID column)' : ''}` };
  }
  return { ok: true, id, fits: matchName(template, id).ok };
}

/** Characters the template writes after a token that are known before it is filled (literals, years, quarters). */
function restLength(template: Template, token: string): number {
  const at = template.parts.findIndex((p) => p.kind !== 'literal' && p.token === token);
  return template.parts.slice(at + 1).reduce((n, p) => n + (p.kind === 'literal' ? p.text.length : p.kind === 'values' ? Math.max(...p.values.map((v) => v.length), 0) : p.kind === 'run' && p.format === 'year' ? 4 : 0), 0);
}

/** `q1`…`q4` and the year of a `YYYY-MM-DD` day. */
export function yearQuarter(day: string | undefined): { year?: string; quarter?: string } {
  if (!day || !/^\d{4}-\d{2}/.test(day)) return {};
  return { year: day.slice(0, 4), quarter: `q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}` };
}
