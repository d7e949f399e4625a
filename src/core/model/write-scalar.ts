// Writing one scalar value into YAML text: quoted only as needed (or as the value it replaces was), and the
// edit that writes it over one scalar (or alias) of a document and nothing else: its anchor, tag, comment
// and line break stay.

import { isAlias, isScalar, parse, type Document, type Node as YamlNode, type Scalar } from 'yaml';
import type { LineIndex } from './lines';
import type { TextEdit } from './types';

/**
 * Replaces `node` with `text`. A string (or empty) value is written in the old value's quotes, or plain when
 * that reads back as the same string; a number or boolean is written as given. Undefined for a collection,
 * whose replacement would not be one value.
 */
export function replaceScalar(yaml: Document.Parsed, lines: LineIndex, node: YamlNode | null | undefined, text: string): TextEdit | undefined {
  if (!node?.range || !(isScalar(node) || isAlias(node))) return undefined;
  const [start] = node.range;
  // A block scalar's range runs over its last line break (and blank lines after it): they stay.
  let end = node.range[1];
  while (end > start && /\s/.test(lines.text[end - 1])) end--;
  const value = isAlias(node) ? (node.resolve(yaml) as YamlNode | undefined) : node;
  const stringy = isScalar(value) && (typeof value.value === 'string' || value.value === null);
  // A flow collection's delimiters need quoting in a value written plain; outside one, they do no harm quoted.
  const newText = stringy ? scalarText(text, isScalar(node) ? node : undefined, true) : text;
  return { range: lines.range(start, end), newText };
}

/** A value written as the scalar it imitates is written: plain, 'single' or "double" quoted. */
export function scalarText(value: string, like: Scalar | undefined, inFlow = false): string {
  if (like?.type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (like?.type === 'QUOTE_DOUBLE' || !plainSafe(value, inFlow)) return JSON.stringify(value);
  return value;
}

/** The value reads back as the same string when written plain (in YAML 1.2, and in 1.1 readers too). */
function plainSafe(value: string, inFlow: boolean): boolean {
  if (/^(y|n|yes|no|on|off|true|false|null)$/i.test(value)) return false;
  if (!/^[A-Za-z0-9_][\w ./:?&=%#+~,'()!-]*$/.test(value) || /: |\s#|[: ]$/.test(value) || (inFlow && /[,[\]{}]/.test(value))) return false;
  try {
    return parse(value) === value;
  } catch {
    return false;
  }
}
