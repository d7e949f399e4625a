// The edit that writes a new value over one scalar (or alias) of a document and nothing else: its anchor,
// tag, comment and line break stay, and the value is written as the old one was (quoted alike).

import { isAlias, isScalar, type Document, type Node as YamlNode } from 'yaml';
import type { LineIndex } from '../model/lines';
import type { TextEdit } from '../model/types';
import { scalarText } from './list-entry';

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
