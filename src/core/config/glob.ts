// Glob patterns for include/exclude, compiled to matchers that run in O(path × pattern), never backtracking.

/** One character test in a path segment: a literal, `?`, `*`, or a `[...]` class. */
type CharToken =
  | { kind: 'literal'; char: string }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'class'; negated: boolean; ranges: Array<[string, string]> };

type SegmentToken = { kind: 'globstar' } | { kind: 'segment'; chars: CharToken[] };

export interface Glob {
  source: string;
  alternatives: SegmentToken[][];
}

export class GlobError extends Error {}

const MAX_ALTERNATIVES = 64;
const MAX_LENGTH = 500;

export function compileGlob(source: string): Glob {
  if (source.trim() === '') throw new GlobError('the pattern is empty');
  if (source.length > MAX_LENGTH) throw new GlobError(`the pattern is longer than ${MAX_LENGTH} characters`);
  if (source.startsWith('/')) throw new GlobError('patterns are relative to the playbook root; remove the leading /');
  const alternatives = expandBraces(source).map((pattern) => {
    const segments = pattern.split('/').filter((s) => s !== '');
    if (segments.includes('..')) throw new GlobError("'..' would leave the playbook root");
    return segments.map(compileSegment);
  });
  return { source, alternatives };
}

/** Expands `{a,b}` (nested allowed) into plain patterns, refusing to produce more than a bounded number. */
function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  const commas: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}' && depth > 0) {
      if (--depth === 0) {
        if (commas.length === 0) continue;
        const parts: string[] = [];
        let from = open + 1;
        for (const comma of commas) {
          parts.push(pattern.slice(from, comma));
          from = comma + 1;
        }
        parts.push(pattern.slice(from, i));
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        const out: string[] = [];
        for (const part of parts) {
          for (const expanded of expandBraces(head + part + tail)) {
            out.push(expanded);
            if (out.length > MAX_ALTERNATIVES) throw new GlobError(`braces expand to more than ${MAX_ALTERNATIVES} patterns`);
          }
        }
        return out;
      }
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  if (depth > 0) throw new GlobError("a '{' is never closed");
  return [pattern];
}

function compileSegment(segment: string): SegmentToken {
  if (segment === '**') return { kind: 'globstar' };
  const chars: CharToken[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) chars.push({ kind: 'literal', char: segment[++i] });
    else if (c === '?') chars.push({ kind: 'any' });
    else if (c === '*') {
      if (chars[chars.length - 1]?.kind !== 'star') chars.push({ kind: 'star' });
    } else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) throw new GlobError("a '[' is never closed");
      let body = segment.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      const ranges: Array<[string, string]> = [];
      for (let j = 0; j < body.length; j++) {
        if (body[j + 1] === '-' && j + 2 < body.length) {
          ranges.push([body[j], body[j + 2]]);
          j += 2;
        } else ranges.push([body[j], body[j]]);
      }
      chars.push({ kind: 'class', negated, ranges });
      i = close;
    } else chars.push({ kind: 'literal', char: c });
  }
  return { kind: 'segment', chars };
}

function charMatches(token: CharToken, c: string): boolean {
  switch (token.kind) {
    case 'literal':
      return token.char === c;
    case 'any':
      return true;
    case 'class':
      return token.ranges.some(([lo, hi]) => c >= lo && c <= hi) !== token.negated;
    case 'star':
      return false;
  }
}

/**
 * Wildcard matching with a single remembered star (the classic greedy algorithm): when a later
 * star is met the earlier one can never need to move again, so the work is O(items × tokens).
 */
function wildcard<T, I>(tokens: T[], items: I[], isStar: (t: T) => boolean, one: (t: T, item: I) => boolean): boolean {
  let t = 0;
  let i = 0;
  let starT = -1;
  let starI = 0;
  while (i < items.length) {
    if (t < tokens.length && !isStar(tokens[t]) && one(tokens[t], items[i])) {
      t++;
      i++;
    } else if (t < tokens.length && isStar(tokens[t])) {
      starT = t++;
      starI = i;
    } else if (starT !== -1) {
      t = starT + 1;
      i = ++starI;
    } else {
      return false;
    }
  }
  while (t < tokens.length && isStar(tokens[t])) t++;
  return t === tokens.length;
}

function segmentMatches(token: SegmentToken, segment: string): boolean {
  if (token.kind === 'globstar') return false;
  return wildcard(token.chars, Array.from(segment), (c) => c.kind === 'star', charMatches);
}

/** Whether a root-relative path (forward slashes) matches the glob. */
export function matchGlob(glob: Glob, path: string): boolean {
  const segments = path.split('/').filter((s) => s !== '');
  return glob.alternatives.some((alt) => wildcard(alt, segments, (s) => s.kind === 'globstar', segmentMatches));
}
