// Reads `# mops-disable-next-line RULE`, `# mops-disable-line RULE` and `# mops-disable RULE` comments.

import { isScalar, visit, type Document } from 'yaml';
import type { ParsedFile } from '../model/parse';
import type { TextEdit } from '../model/types';

interface Directive {
  /** Rule ids or `family/*`; empty means every rule. */
  rules: string[];
  fromLine: number;
  toLine: number;
}

const DIRECTIVE = /(^|[ \t])#[ \t]*mops-(disable-next-line|disable-line|disable)(?=$|[ \t])([^\n]*)/;

export class Suppressions {
  constructor(private readonly directives: Directive[]) {}

  static none = new Suppressions([]);

  covers(rule: string, line: number): boolean {
    return this.directives.some(
      (d) => line >= d.fromLine && line <= d.toLine && (d.rules.length === 0 || d.rules.some((r) => ruleMatches(r, rule))),
    );
  }
}

export function ruleMatches(pattern: string, rule: string): boolean {
  return pattern === rule || (pattern.endsWith('/*') && rule.startsWith(pattern.slice(0, -1)));
}

/** The rule list of a directive: ids separated by commas or spaces, up to an optional `-- reason`. */
function parseRules(rest: string): string[] {
  const reason = rest.indexOf('--');
  const list = reason === -1 ? rest : rest.slice(0, reason);
  return list.split(/[\s,]+/).filter((s) => s !== '');
}

function scalarRanges(doc: Document.Parsed): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && node.range) ranges.push([node.range[0], node.range[1]]);
    },
  });
  return ranges;
}

export function readSuppressions(file: ParsedFile): Suppressions {
  if (!file.text.includes('mops-disable')) return Suppressions.none;
  const directives: Directive[] = [];
  const scalarCache = new Map<number, Array<[number, number]>>();
  for (let line = 0; line < file.lines.lineCount; line++) {
    const text = file.lines.lineText(line);
    const match = DIRECTIVE.exec(text);
    if (!match) continue;
    const offset = file.lines.starts[line] + match.index + match[1].length;
    // The end of the document the comment sits in (a comment before the content belongs to it too).
    const doc = file.documents.find((d) => offset <= d.end);
    if (!doc) continue;
    let scalars = scalarCache.get(doc.index);
    if (!scalars) scalarCache.set(doc.index, (scalars = scalarRanges(doc.yaml)));
    // A '#' inside a quoted or block scalar is text, not a comment.
    if (scalars.some(([start, end]) => offset >= start && offset < end)) continue;
    const rules = parseRules(match[3]);
    if (match[2] === 'disable-next-line') directives.push({ rules, fromLine: line + 1, toLine: line + 1 });
    else if (match[2] === 'disable-line') directives.push({ rules, fromLine: line, toLine: line });
    else directives.push({ rules, fromLine: line, toLine: file.lines.position(doc.end).line });
  }
  return new Suppressions(directives);
}

/**
 * The edit that silences `rule` on `line`: a `# mops-disable-next-line` comment above it, indented like
 * it, or the rule added to such a comment already there. Undefined when the line above or the line
 * itself lies inside a multi-line scalar, where a comment would become text.
 */
export function disableEdit(file: ParsedFile, line: number, rule: string): TextEdit | undefined {
  const offset = file.lines.starts[line];
  if (offset === undefined) return undefined;
  const doc = file.documents.find((d) => offset <= d.end) ?? file.documents[file.documents.length - 1];
  if (doc && scalarRanges(doc.yaml).some(([start, end]) => offset > start && offset < end)) return undefined;
  const previous = line > 0 ? file.lines.lineText(line - 1) : '';
  const existing = /^([ \t]*#[ \t]*mops-disable-next-line)([ \t]+[^\n]*?)?[ \t]*$/.exec(previous);
  if (existing && !existing[2]?.includes('--')) {
    const rules = parseRules(existing[2] ?? '');
    if (rules.length === 0 || rules.some((r) => ruleMatches(r, rule))) return undefined;
    const end = { line: line - 1, character: previous.replace(/[ \t]+$/, '').length };
    return { range: { start: end, end }, newText: `, ${rule}` };
  }
  const indent = /^[ \t]*/.exec(file.lines.lineText(line))?.[0] ?? '';
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}# mops-disable-next-line ${rule}${eol}` };
}
