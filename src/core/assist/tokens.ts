// Naming-convention tokens inside a target's template: `{` offers the tokens the convention defines.

import { compileTemplate, describePart, type TokenSpec } from '../naming/template';
import { num, rec, str, strings } from '../model/readers';
import type { AssistItem } from './types';
import type { AssistHover } from './types';
import { rangeOf, valueSpan, type AssistScope, type ValueSpan } from './scope';
import { code, md, sortKey } from './text';

/** The template under the cursor: a NamingConvention's `targets.<name>.pattern` value. */
function templateSpan(scope: AssistScope): ValueSpan | undefined {
  const [targets, , key, ...rest] = scope.place.path;
  if (scope.kind !== 'NamingConvention' || targets !== 'targets' || key !== 'pattern' || rest.length > 0 || scope.place.on !== 'value') return undefined;
  return valueSpan(scope);
}

interface TokenInfo {
  name: string;
  /** "one of q1, q2, q3, q4", "a four-digit year", … */
  shape: string;
  description?: string;
}

function tokensOf(scope: AssistScope): TokenInfo[] {
  return Object.entries(rec(scope.data.tokens)).map(([name, raw]) => {
    const t = rec(raw);
    const spec: TokenSpec = {
      values: Array.isArray(t.values) ? strings(t.values).map(([v]) => v) : undefined,
      format: str(t.format),
      max_length: num(t.max_length),
      min_length: num(t.min_length),
    };
    const part = compileTemplate(name, `{${name}}`, { [name]: spec }).parts[0];
    return { name, shape: part ? describePart(part) : 'a token', description: str(t.description) };
  });
}

const NAME = /^[A-Za-z_][\w-]*$/;

/** After an unclosed `{` in a template: the tokens of this convention, inserted with their closing brace. */
export function tokenCompletions(scope: AssistScope): AssistItem[] | undefined {
  const span = templateSpan(scope);
  if (!span) return undefined;
  const text = scope.file.text;
  const before = text.slice(span.start, scope.offset);
  const open = before.lastIndexOf('{');
  const typed = before.slice(open + 1);
  if (open === -1 || (typed !== '' && !NAME.test(typed))) return [];
  // Replace the rest of the token name after the cursor too, and its `}` if there is one.
  const after = /^[\w-]*\}?/.exec(text.slice(scope.offset, span.end))?.[0] ?? '';
  const range = rangeOf(scope, span.start + open + 1, scope.offset + after.length);
  return tokensOf(scope).map((token, i) => ({
    label: token.name,
    kind: 'token',
    detail: token.shape,
    documentation: `**{${md(token.name)}}** — ${md(token.shape)}${token.description ? `\n\n${md(token.description)}` : ''}`,
    insertText: `${token.name}}`,
    range,
    sortText: sortKey(0, i),
  }));
}

/** On a `{token}` of a template: what the token stands for. */
export function tokenHover(scope: AssistScope): AssistHover | undefined {
  const span = templateSpan(scope);
  if (!span) return undefined;
  const text = scope.file.text.slice(span.start, span.end);
  const at = scope.offset - span.start;
  const open = text.lastIndexOf('{', at);
  const close = text.indexOf('}', open);
  if (open === -1 || close === -1 || close < at || text.slice(open + 1, close).includes('{')) return undefined;
  const name = text.slice(open + 1, close);
  const token = tokensOf(scope).find((t) => t.name === name);
  const markdown = token
    ? `**{${md(name)}}** — ${md(token.shape)}${token.description ? `\n\n${md(token.description)}` : ''}`
    : `${code(`{${name}}`)} is not a token of this naming convention: define it under \`tokens\`.`;
  return { markdown, range: rangeOf(scope, span.start + open, span.start + close + 1) };
}
