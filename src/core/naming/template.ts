// Compiles a naming-convention token template such as `{year}{quarter}-{region}-{slug}` into parts.

export interface TokenSpec {
  values?: string[];
  format?: string;
  max_length?: number;
  min_length?: number;
}

/** A run of characters from one class: digits for a year or number, words for a slug. */
export interface RunPart {
  kind: 'run';
  token: string;
  format: 'year' | 'number' | 'slug';
  minLength: number;
  maxLength: number;
}

export type Part =
  | { kind: 'literal'; text: string }
  | { kind: 'values'; token: string; values: string[] }
  | { kind: 'date'; token: string }
  | RunPart;

export interface Template {
  target: string;
  pattern: string;
  parts: Part[];
  maxLength?: number;
  /** Problems with the template itself (an unknown token, say); a broken template matches nothing. */
  problems: string[];
}

const QUARTERS = ['q1', 'q2', 'q3', 'q4'];

/** Tokens and literal runs a template may have; real ones have fewer than ten. */
export const MAX_PARTS = 32;

function tokenPart(name: string, spec: TokenSpec | undefined, problems: string[]): Part {
  if (!spec) {
    problems.push(`the token {${name}} has no definition under tokens`);
    return { kind: 'values', token: name, values: [] };
  }
  if (Array.isArray(spec.values) && spec.values.length > 0) {
    return { kind: 'values', token: name, values: spec.values.filter((v): v is string => typeof v === 'string' && v !== '') };
  }
  const min = typeof spec.min_length === 'number' ? Math.max(1, spec.min_length) : 1;
  const max = typeof spec.max_length === 'number' ? spec.max_length : Infinity;
  switch (spec.format) {
    case 'year':
      return { kind: 'run', token: name, format: 'year', minLength: 4, maxLength: 4 };
    case 'quarter':
      return { kind: 'values', token: name, values: QUARTERS };
    case 'number':
      return { kind: 'run', token: name, format: 'number', minLength: min, maxLength: max };
    case 'date':
      return { kind: 'date', token: name };
    case 'slug':
    case undefined:
      return { kind: 'run', token: name, format: 'slug', minLength: min, maxLength: max };
    default:
      problems.push(`the token {${name}} has an unknown format '${spec.format}'`);
      return { kind: 'run', token: name, format: 'slug', minLength: min, maxLength: max };
  }
}

export function compileTemplate(target: string, pattern: string, tokens: Record<string, TokenSpec>, maxLength?: number): Template {
  const parts: Part[] = [];
  const problems: string[] = [];
  let literal = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') {
      const close = pattern.indexOf('}', i + 1);
      const name = close === -1 ? '' : pattern.slice(i + 1, close);
      if (close === -1 || !/^[A-Za-z_][\w-]*$/.test(name)) {
        problems.push(`'{' at position ${i + 1} does not open a token such as {slug}`);
        literal += c;
        continue;
      }
      if (literal) parts.push({ kind: 'literal', text: literal });
      literal = '';
      parts.push(tokenPart(name, Object.prototype.hasOwnProperty.call(tokens, name) ? tokens[name] : undefined, problems));
      i = close;
    } else {
      literal += c;
    }
  }
  if (literal) parts.push({ kind: 'literal', text: literal });
  // Matching costs time in proportion to the parts: a template of thousands of tokens is not a naming rule.
  if (parts.length > MAX_PARTS) problems.push(`the template has ${parts.length} parts (tokens and the text between them); at most ${MAX_PARTS} are allowed`);
  return { target, pattern, parts, maxLength, problems };
}

/** How a token's values are described in messages. */
export function describePart(part: Part): string {
  switch (part.kind) {
    case 'literal':
      return `'${part.text}'`;
    case 'values':
      // Every value: a message that leaves some out sends the reader to the convention to find the rest.
      return `one of ${part.values.join(', ')}`;
    case 'date':
      return 'a date written YYYYMMDD or YYYY-MM-DD';
    case 'run':
      if (part.format === 'year') return 'a four-digit year';
      if (part.format === 'number') return 'digits';
      return `lower-case words of letters and digits joined by single hyphens${Number.isFinite(part.maxLength) ? `, at most ${part.maxLength} characters` : ''}`;
  }
}
