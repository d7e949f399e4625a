// The parts of a policy that are not CEL: its `at` path (where a finding lands) and its message template,
// whose `{…}` placeholders are CEL expressions. Both are read once, when the policy is compiled.

import type { Kind } from '../model/kinds';
import type { DataPath } from '../model/locate';
import { schemaAt } from '../schema/lookup';
import { didYouMean, nearest } from '../text/distance';

/** A segment of `at`: a field, a list index, or `*` (each item of a list). */
export type AtSegment = string | number | '*';

export interface AtPath {
  text: string;
  segments: AtSegment[];
}

export interface PartProblem {
  message: string;
  start: number;
  end: number;
}

/** `links.*.url`, `budget.lines.0.planned` → segments; a problem names the segment the matched kinds cannot have. */
export function readAt(text: string, kinds: readonly Kind[]): AtPath | PartProblem {
  const parts = text.split('.');
  const segments: AtSegment[] = [];
  let offset = 0;
  let stars = 0;
  for (const part of parts) {
    const start = offset;
    offset += part.length + 1;
    const problem = (message: string): PartProblem => ({ message, start, end: start + Math.max(1, part.length) });
    if (part === '') return problem(`'${text}' has an empty segment: write fields separated by single dots, such as links.*.url.`);
    if (part === '*' || /^(0|[1-9]\d*)$/.test(part)) {
      if (part === '*' && ++stars > 1) return problem("Only one '*' is allowed in at: the items of one list, each checked with `it`.");
      const segment: AtSegment = part === '*' ? '*' : Number(part);
      if (!kinds.some((kind) => schemaAt(kind, [...indexed(segments), 0])) && !free(kinds, segments)) return problem(`'${segments.join('.') || 'the document'}' is not a list, so it has no '${part}'.`);
      segments.push(segment);
      continue;
    }
    if (part.startsWith('x-') || free(kinds, segments)) {
      segments.push(part);
      continue;
    }
    if (!kinds.some((kind) => schemaAt(kind, [...indexed(segments), part]))) {
      const known = kinds.flatMap((kind) => Object.keys((schemaAt(kind, indexed(segments))?.properties as object | undefined) ?? {}));
      const where = segments.length === 0 ? `a ${kinds.join(' or ')}` : `'${segments.join('.')}'`;
      return problem(`'${part}' is not a field of ${where}.${didYouMean(nearest(part, known))}`);
    }
    segments.push(part);
  }
  return { text, segments };
}

/** The segments as a schema path (`*` as the first item). */
function indexed(segments: AtSegment[]): DataPath {
  return segments.map((s) => (s === '*' ? 0 : s));
}

/** Below a team's own `x-` field, or a free-form mapping, any path may exist. */
function free(kinds: readonly Kind[], segments: AtSegment[]): boolean {
  if (segments.some((s) => typeof s === 'string' && s.startsWith('x-'))) return true;
  return kinds.some((kind) => {
    const schema = schemaAt(kind, indexed(segments));
    return schema !== undefined && !schema.properties && !schema.items && typeof schema.additionalProperties === 'object';
  });
}

/** A message as literal text and `{…}` placeholders, each with its offset in the message. */
export type MessagePart = { text: string } | { expr: string; offset: number };

/**
 * Splits a message at its placeholders. A placeholder runs to its matching `}`, braces and quotes inside
 * it counted (a CEL map literal or a string holding `}` stays whole); `{{` and `}}` are literal braces.
 */
export function readMessage(message: string): MessagePart[] | PartProblem {
  const parts: MessagePart[] = [];
  let text = '';
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if ((c === '{' || c === '}') && message[i + 1] === c) {
      text += c;
      i++;
      continue;
    }
    if (c === '}') return { message: "A '}' closes no placeholder: write '}}' for a literal brace.", start: i, end: i + 1 };
    if (c !== '{') {
      text += c;
      continue;
    }
    const end = closing(message, i);
    if (end === -1) return { message: "This placeholder has no closing '}'.", start: i, end: message.length };
    if (text) parts.push({ text });
    text = '';
    const expr = message.slice(i + 1, end);
    if (expr.trim() === '') return { message: 'An empty placeholder: put a CEL expression between the braces, such as {self.id}.', start: i, end: end + 1 };
    parts.push({ expr, offset: i + 1 });
    i = end;
  }
  if (text) parts.push({ text });
  return parts;
}

function closing(message: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < message.length; i++) {
    const c = message[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}
