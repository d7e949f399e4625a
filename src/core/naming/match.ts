// Matches a name against a compiled template in time linear in the name, and explains a failure.

import { nearest } from '../text/distance';
import { describePart, type Part, type RunPart, type Template } from './template';

export interface NameMismatch {
  /** The token that failed (`channel`), or undefined when a literal or trailing text failed. */
  token?: string;
  /** 0-based offset in the name where matching could go no further. */
  offset: number;
  /** The text found there. */
  found: string;
  message: string;
  /** The whole name corrected, when one nearest value makes it fit. */
  fixed?: string;
}

export type NameMatch = { ok: true; tokens: Record<string, string> } | ({ ok: false } & NameMismatch);

/** Longer names are not names; they are not matched character by character. */
export const MAX_NAME_LENGTH = 1000;

/** Tokens with a max_length that a failed name is tried against without it (see explain). */
const MAX_LENGTH_TRIES = 4;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWordChar = (c: number) => isDigit(c) || (c >= 97 && c <= 122);

/**
 * The ends of every run of the part's class that starts at one of `starts` (sorted). The latest
 * live start is always the best witness for an end (shortest, and alive longest), so one pass
 * left to right suffices: O(name length).
 */
function runEnds(name: string, starts: number[], part: RunPart): number[] {
  const inClass = part.format === 'slug' ? isWordChar : isDigit;
  const ends: number[] = [];
  let next = 0;
  let latest = -1;
  let lastBad = -1;
  for (let p = starts[0] + 1; p <= name.length; p++) {
    const c = name.charCodeAt(p - 1);
    const dash = part.format === 'slug' && c === 45;
    if (!inClass(c) && !dash) lastBad = p - 1;
    else if (dash && name.charCodeAt(p - 2) === 45) lastBad = p - 1;
    while (next < starts.length && starts[next] <= p - part.minLength) {
      if (inClass(name.charCodeAt(starts[next]))) latest = starts[next];
      next++;
    }
    if (latest > lastBad && latest >= 0 && inClass(c) && p - latest <= part.maxLength && p - latest >= part.minLength) ends.push(p);
    if (lastBad >= p - 1 && next >= starts.length) break;
  }
  return ends;
}

function dateEnds(name: string, start: number): number[] {
  const ends: number[] = [];
  const digits = (from: number, count: number) => {
    for (let i = from; i < from + count; i++) if (!isDigit(name.charCodeAt(i))) return false;
    return from + count <= name.length;
  };
  const valid = (y: string, m: string, d: string) => {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
  };
  if (digits(start, 8) && valid(name.slice(start, start + 4), name.slice(start + 4, start + 6), name.slice(start + 6, start + 8))) ends.push(start + 8);
  if (digits(start, 4) && name[start + 4] === '-' && digits(start + 5, 2) && name[start + 7] === '-' && digits(start + 8, 2)) {
    if (valid(name.slice(start, start + 4), name.slice(start + 5, start + 7), name.slice(start + 8, start + 10))) ends.push(start + 10);
  }
  return ends;
}

/** Every position reachable after `part`, from the sorted positions reachable before it. */
function advance(name: string, starts: number[], part: Part): number[] {
  if (starts.length === 0) return [];
  let ends: number[];
  switch (part.kind) {
    case 'literal':
      ends = starts.filter((s) => name.startsWith(part.text, s)).map((s) => s + part.text.length);
      break;
    case 'values':
      ends = starts.flatMap((s) => part.values.filter((v) => name.startsWith(v, s)).map((v) => s + v.length));
      break;
    case 'date':
      ends = starts.flatMap((s) => dateEnds(name, s));
      break;
    case 'run':
      ends = runEnds(name, starts, part);
      break;
  }
  return [...new Set(ends)].sort((a, b) => a - b);
}

function reachable(template: Template, name: string): number[][] {
  const columns = [[0]];
  for (const part of template.parts) columns.push(advance(name, columns[columns.length - 1], part));
  return columns;
}

/** Results per template (a template is compiled anew when its convention changes, which drops these). */
const memo = new WeakMap<Template, Map<string, NameMatch>>();
/** Names remembered per template at most: the same ids and asset names recur across a playbook's links. */
const MEMO_SIZE = 50_000;

/** Matches a name against a template; the result is shared between calls, so it must not be changed. */
export function matchName(template: Template, name: string): NameMatch {
  let known = memo.get(template);
  if (!known) memo.set(template, (known = new Map()));
  const hit = known.get(name);
  if (hit) return hit;
  const result = matchOnce(template, name);
  if (known.size >= MEMO_SIZE) known.clear();
  known.set(name, result);
  return result;
}

function matchOnce(template: Template, name: string): NameMatch {
  if (template.problems.length > 0) {
    return { ok: false, offset: 0, found: name, message: `the ${template.target} template is broken: ${template.problems[0]}` };
  }
  if (name.length > MAX_NAME_LENGTH) {
    return { ok: false, offset: 0, found: '', message: `a name of ${name.length} characters cannot fit '${template.pattern}'` };
  }
  const columns = reachable(template, name);
  if (columns[columns.length - 1].includes(name.length)) return { ok: true, tokens: tokensOf(template, name, columns) };
  return explain(template, name, columns);
}

/**
 * The latest of `starts` from which a run of the part's class ends exactly at `end`: one scan back from
 * `end`, where trying each start forward would scan the name once per start (quadratic in its length).
 */
function runStart(name: string, starts: number[], end: number, part: RunPart): number | undefined {
  const inClass = part.format === 'slug' ? isWordChar : isDigit;
  if (end === 0 || !inClass(name.charCodeAt(end - 1))) return undefined;
  const allowed = new Set(starts);
  for (let s = end - 1; s >= 0 && end - s <= part.maxLength; s--) {
    const c = name.charCodeAt(s);
    const dash = part.format === 'slug' && c === 45;
    // A character outside the class, or a second dash in a row, ends every run that would include it.
    if ((!inClass(c) && !dash) || (dash && name.charCodeAt(s - 1) === 45)) return undefined;
    if (!dash && end - s >= part.minLength && allowed.has(s)) return s;
  }
  return undefined;
}

/** Splits a matching name into its token values, walking back from the end. */
function tokensOf(template: Template, name: string, columns: number[][]): Record<string, string> {
  const tokens: Record<string, string> = {};
  let end = name.length;
  for (let i = template.parts.length - 1; i >= 0; i--) {
    const part = template.parts[i];
    const start =
      (part.kind === 'run' ? runStart(name, columns[i], end, part) : columns[i].filter((s) => s <= end && advance(name, [s], part).includes(end)).pop()) ?? 0;
    if (part.kind !== 'literal') tokens[part.token] = name.slice(start, end);
    end = start;
  }
  return tokens;
}

function explain(template: Template, name: string, columns: number[][]): NameMatch {
  const lower = name.toLowerCase();
  if (lower !== name && reachable(template, lower).pop()?.includes(lower.length)) {
    return { ok: false, offset: 0, found: name, message: `'${name}' must be written in lower case`, fixed: lower };
  }
  // A word token that only fails by its length: say so, rather than what follows it. Each try matches the
  // whole template again, so only the first few such tokens are tried.
  let tries = 0;
  for (const [i, part] of template.parts.entries()) {
    if (part.kind !== 'run' || !Number.isFinite(part.maxLength) || tries++ >= MAX_LENGTH_TRIES) continue;
    const relaxed = { ...template, parts: template.parts.map((p, j) => (j === i ? { ...part, maxLength: Infinity } : p)) };
    const relaxedColumns = reachable(relaxed, name);
    if (!relaxedColumns[relaxedColumns.length - 1].includes(name.length)) continue;
    const value = tokensOf(relaxed, name, relaxedColumns)[part.token] ?? '';
    return {
      ok: false,
      token: part.token,
      offset: name.indexOf(value),
      found: value,
      message: `{${part.token}} '${value}' is ${value.length} characters long; at most ${part.maxLength} are allowed`,
    };
  }
  const failed = columns.findIndex((c, i) => i > 0 && c.length === 0);
  if (failed === -1) {
    const offset = Math.max(...columns[columns.length - 1]);
    return { ok: false, offset, found: name.slice(offset), message: `unexpected '${name.slice(offset)}' after the end of '${template.pattern}'` };
  }
  const part = template.parts[failed - 1];
  const offset = Math.max(...columns[failed - 1]);
  const following = template.parts[failed];
  let stop = following?.kind === 'literal' ? name.indexOf(following.text, offset) : -1;
  if (stop === -1 && part.kind === 'run') {
    // Without a separator to stop at, the text in question is the run of the token's own characters.
    const inClass = part.format === 'slug' ? (c: number) => isWordChar(c) || c === 45 : isDigit;
    stop = offset;
    while (stop < name.length && inClass(name.charCodeAt(stop))) stop++;
  }
  const found = name.slice(offset, stop === -1 ? undefined : stop);
  if (part.kind === 'literal') {
    return { ok: false, offset, found, message: `expected '${part.text}' at position ${offset + 1}, found '${name.slice(offset, offset + part.text.length) || 'the end'}'` };
  }
  const label = `{${part.token}}`;
  const at = `at position ${offset + 1}`;
  if (part.kind === 'values') {
    const suggestion = nearest(found, part.values);
    const candidate = suggestion === undefined ? undefined : name.slice(0, offset) + suggestion + name.slice(offset + found.length);
    const fixed = candidate !== undefined && reachable(template, candidate).pop()?.includes(candidate.length) ? candidate : undefined;
    return {
      ok: false,
      token: part.token,
      offset,
      found,
      fixed,
      message: `${label} ${at}: '${found}' is not ${describePart(part)}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}`,
    };
  }
  return { ok: false, token: part.token, offset, found, message: `${label} ${at}: '${found || 'nothing'}' is not ${describePart(part)}` };
}
