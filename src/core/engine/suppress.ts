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
  /** Line → the single-line directives on it. */
  private readonly lines = new Map<number, Directive[]>();
  /** Rule pattern ('' for every rule) → its `mops-disable` spans, one per document end line, in file order. */
  private readonly spans = new Map<string, Directive[]>();

  /**
   * Indexed so that a finding is looked up in time independent of the number of directives: a file of
   * 30,000 directives and 30,000 findings would otherwise compare every pair.
   */
  constructor(directives: Directive[]) {
    for (const d of directives) {
      if (d.fromLine === d.toLine) {
        const list = this.lines.get(d.fromLine);
        if (list) list.push(d);
        else this.lines.set(d.fromLine, [d]);
        continue;
      }
      for (const pattern of d.rules.length === 0 ? [''] : d.rules) {
        const list = this.spans.get(pattern);
        const last = list?.[list.length - 1];
        // Spans of one pattern in one document end on the same line: the earliest start covers them all.
        if (last && last.toLine === d.toLine) last.fromLine = Math.min(last.fromLine, d.fromLine);
        else if (list) list.push({ rules: [pattern], fromLine: d.fromLine, toLine: d.toLine });
        else this.spans.set(pattern, [{ rules: [pattern], fromLine: d.fromLine, toLine: d.toLine }]);
      }
    }
  }

  static none = new Suppressions([]);

  covers(rule: string, line: number): boolean {
    if (this.lines.get(line)?.some((d) => d.rules.length === 0 || d.rules.some((r) => ruleMatches(r, rule)))) return true;
    if (this.spans.size === 0) return false;
    // The patterns that name this rule: '', the rule itself, and `family/*` for each '/' in it.
    const patterns = ['', rule];
    for (let slash = rule.indexOf('/'); slash !== -1; slash = rule.indexOf('/', slash + 1)) patterns.push(`${rule.slice(0, slash + 1)}*`);
    return patterns.some((pattern) => spanCovers(this.spans.get(pattern), line));
  }
}

/** Whether a span of a list sorted by end line covers the line: only the first that ends at or after it can. */
function spanCovers(spans: Directive[] | undefined, line: number): boolean {
  if (!spans) return false;
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (spans[mid].toLine < line) low = mid + 1;
    else high = mid;
  }
  return low < spans.length && spans[low].fromLine <= line;
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

/** Whether an offset lies inside one of the ranges (sorted by start, not overlapping: scalars do not nest). */
function insideAny(ranges: Array<[number, number]>, offset: number): boolean {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ranges[mid][0] <= offset) low = mid + 1;
    else high = mid;
  }
  return low > 0 && offset < ranges[low - 1][1];
}

export function readSuppressions(file: ParsedFile): Suppressions {
  if (!file.text.includes('mops-disable')) return Suppressions.none;
  const directives: Directive[] = [];
  const scalarCache = new Map<number, Array<[number, number]>>();
  // Directives are met in file order, so the document each sits in only ever moves forward.
  let d = 0;
  for (let line = 0; line < file.lines.lineCount; line++) {
    const text = file.lines.lineText(line);
    const match = DIRECTIVE.exec(text);
    if (!match) continue;
    const offset = file.lines.starts[line] + match.index + match[1].length;
    // The end of the document the comment sits in (a comment before the content belongs to it too).
    while (d < file.documents.length && file.documents[d].end < offset) d++;
    const doc = file.documents[d];
    if (!doc) continue;
    let scalars = scalarCache.get(doc.index);
    if (!scalars) scalarCache.set(doc.index, (scalars = scalarRanges(doc.yaml).sort((a, b) => a[0] - b[0])));
    // A '#' inside a quoted or block scalar is text, not a comment.
    if (insideAny(scalars, offset)) continue;
    const rules = parseRules(match[3]);
    if (match[2] === 'disable-next-line') directives.push({ rules, fromLine: line + 1, toLine: line + 1 });
    else if (match[2] === 'disable-line') directives.push({ rules, fromLine: line, toLine: line });
    else directives.push({ rules, fromLine: line, toLine: file.lines.position(doc.end).line });
  }
  return new Suppressions(directives);
}

/** The text without its trailing spaces and tabs, in one pass. */
function trimBlanksEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
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
  const previous = trimBlanksEnd(line > 0 ? file.lines.lineText(line - 1) : '');
  // On the trimmed line: /…([ \t]+[^\n]*?)?[ \t]*$/ on the raw one retries at every blank of a long run.
  const existing = /^([ \t]*#[ \t]*mops-disable-next-line)([ \t][^\n]*)?$/.exec(previous);
  if (existing && !existing[2]?.includes('--')) {
    const rules = parseRules(existing[2] ?? '');
    if (rules.length === 0 || rules.some((r) => ruleMatches(r, rule))) return undefined;
    const end = { line: line - 1, character: previous.length };
    return { range: { start: end, end }, newText: `, ${rule}` };
  }
  const indent = /^[ \t]*/.exec(file.lines.lineText(line))?.[0] ?? '';
  const eol = file.text.includes('\r\n') ? '\r\n' : '\n';
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}# mops-disable-next-line ${rule}${eol}` };
}
