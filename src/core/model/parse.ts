// Parses one YAML file into its mops documents, with positions, bounded against hostile input.

import { Composer, Lexer, Parser, isMap, isScalar, type Document, type Node as YamlNode } from 'yaml';
import { isMopsHeader } from './header';
import { LineIndex } from './lines';
import { aliasBomb, duplicateKeys, unresolvedAlias } from './walk';
import type { Fix, Range, RelatedLocation, Severity } from './types';

/** A finding as a rule or the parser produces it, before severity and file are attached. */
export interface Problem {
  rule: string;
  message: string;
  range: Range;
  related?: RelatedLocation[];
  fixes?: Fix[];
  /** The severity when the rule table has none for `rule` and the config sets none: a team's policy says its own. */
  severity?: Severity;
}

export interface ParsedDocument {
  /** The file, relative to the playbook root. */
  path: string;
  lines: LineIndex;
  /** Position among all the documents of the file, counting non-mops ones. */
  index: number;
  /**
   * The YAML AST with positions. Rebuilt from the file's text when it was let go (see ParsedFile.release):
   * read it when a position is needed, not to hold on to.
   */
  readonly yaml: Document.Parsed;
  /** Offsets of the document's first and last characters in the file. */
  start: number;
  end: number;
  apiVersion: string;
  kind?: string;
  id?: string;
  /** The plain data, for schemas and rules; undefined when it could not be built safely. */
  value: unknown;
  /** The document parsed without YAML errors, so schema and rule findings are meaningful. */
  clean: boolean;
  /** Facts (see engine/facts) worked out from this document's value before, by an earlier check: a cache's. */
  facts?: Record<string, unknown>;
}

export interface ParsedFile {
  path: string;
  text: string;
  lines: LineIndex;
  /**
   * Only documents that declare `apiVersion: mops/…`, or nearly do (see model/header: their apiVersion is
   * then what they wrote, '' when they have none); any other YAML is not ours.
   */
  documents: ParsedDocument[];
  /** yaml/* findings. Empty for files that hold no mops document, which are none of our business. */
  problems: Problem[];
  /** The file declares at least one mops document (or, unparsable, looks as if it does). */
  isMops: boolean;
  /**
   * Lets the YAML ASTs go (they are most of a parsed file's memory): from now on they are held weakly and
   * parsed again from the text when a position is needed and the garbage collector has taken them.
   * `forget` lets them go at once, as if the collector had taken them (tests use it).
   */
  release(forget?: boolean): void;
}

/** A file's YAML ASTs: held while they are in use, then weakly, and rebuilt from the text when needed again. */
export class Ast {
  private weak?: WeakRef<Document.Parsed[]>;

  constructor(
    private readonly text: () => string,
    private strong?: Document.Parsed[],
  ) {}

  get(): Document.Parsed[] {
    const docs = this.strong ?? this.weak?.deref();
    if (docs) return docs;
    const again = compose(this.text()).docs;
    this.weak = new WeakRef(again);
    return again;
  }

  release(forget = false): void {
    this.weak = forget ? undefined : this.strong ? new WeakRef(this.strong) : this.weak;
    this.strong = undefined;
  }
}

export const LIMITS = {
  /** Deepest block or flow nesting parsed; beyond it the yaml composer's recursion could exhaust the stack. */
  maxDepth: 100,
  /** Most nodes a document may expand to through aliases (a billion-laughs bomb expands to 10^9). */
  maxExpandedNodes: 100_000,
  /** Syntax errors reported per file; the rest follow from the first ones. */
  maxSyntaxErrors: 20,
};

const MOPS_API = /^apiVersion:[ \t]*["']?mops\//m;

export function parseFile(path: string, text: string): ParsedFile {
  const lines = new LineIndex(text);
  const problems: Problem[] = [];
  const { docs, tooDeepAt } = compose(text);
  const ast = new Ast(() => text, docs);
  const release = (forget?: boolean) => ast.release(forget);

  const documents: ParsedDocument[] = [];
  const hasAlias = aliasMarks(text);
  docs.forEach((yaml, index) => {
    const apiVersion = stringField(yaml, 'apiVersion');
    if (!isMopsHeader(apiVersion, stringField(yaml, 'kind'))) return;
    documents.push(toParsedDocument(path, yaml, index, apiVersion ?? '', hasAlias, lines, problems, ast));
  });
  const isMops = documents.length > 0 || MOPS_API.test(text);
  if (!isMops) return { path, text, lines, documents, problems: [], isMops, release };

  let syntaxErrors = 0;
  for (const yaml of docs) {
    for (const error of yaml.errors) {
      if (++syntaxErrors > LIMITS.maxSyntaxErrors) break;
      // Errors found only at the end of input (an unclosed quote, say) go on the last real character.
      const contentEnd = text.trimEnd().length;
      const [start, end] = error.pos[0] >= contentEnd ? [contentEnd - 1, contentEnd] : error.pos;
      problems.push({
        rule: 'yaml/syntax',
        message: describeYamlError(error.code, error.message),
        range: visibleRange(lines, Math.max(0, start), end),
      });
    }
  }
  if (tooDeepAt !== undefined) {
    problems.push({
      rule: 'yaml/too-complex',
      message: `Nesting deeper than ${LIMITS.maxDepth} levels: the rest of this file is not read.`,
      range: visibleRange(lines, tooDeepAt, tooDeepAt + 1),
    });
  }
  return { path, text, lines, documents, problems, isMops, release };
}

/** Runs lexer, parser and composer by hand so that nesting is measured as it is read, at no extra cost. */
function compose(text: string): { docs: Document.Parsed[]; tooDeepAt?: number } {
  const parser = new Parser();
  const composer = new Composer({ uniqueKeys: false, version: '1.2', logLevel: 'error' });
  const docs: Document.Parsed[] = [];
  const feed = (tokens: Iterable<Parameters<Composer['next']>[0]>) => {
    for (const token of tokens) for (const doc of composer.next(token)) docs.push(doc);
  };
  for (const lexeme of new Lexer().lex(text)) {
    feed(parser.next(lexeme));
    if (parser.stack.length > LIMITS.maxDepth) return { docs, tooDeepAt: findOffset(parser) };
  }
  feed(parser.end());
  for (const doc of composer.end(false, text.length)) docs.push(doc);
  return { docs };
}

/**
 * Whether a '*' (a possible alias) lies in [start, end], asked for documents in file order: one pointer
 * moves forward through the file, so thousands of documents cost one pass, not one scan each.
 */
function aliasMarks(text: string): (start: number, end: number) => boolean {
  let star = text.indexOf('*');
  return (start, end) => {
    while (star !== -1 && star < start) star = text.indexOf('*', star + 1);
    return star !== -1 && star <= end;
  };
}

function findOffset(parser: Parser): number {
  const top = parser.stack[parser.stack.length - 1] as { offset?: number } | undefined;
  return top?.offset ?? 0;
}

function toParsedDocument(
  path: string,
  yaml: Document.Parsed,
  index: number,
  apiVersion: string,
  hasAlias: (start: number, end: number) => boolean,
  lines: LineIndex,
  problems: Problem[],
  ast: Ast,
): ParsedDocument {
  const [start, , end] = yaml.range;
  const kind = stringField(yaml, 'kind');
  const id = stringField(yaml, 'id');
  let clean = yaml.errors.length === 0;

  for (const { first, second, key } of duplicateKeys(yaml.contents)) {
    problems.push({
      rule: 'yaml/duplicate-key',
      message: `Key '${key}' appears twice in this mapping; YAML keeps only the last value.`,
      range: nodeRange(lines, second),
      related: [{ file: '', range: nodeRange(lines, first), message: `first '${key}'` }],
    });
  }

  let value: unknown;
  const bomb = hasAlias(start, end) ? aliasBomb(yaml, LIMITS.maxExpandedNodes) : undefined;
  if (bomb) {
    clean = false;
    problems.push({
      rule: 'yaml/too-complex',
      message:
        bomb.reason === 'cycle'
          ? 'This alias refers to the node that contains it; the document is not checked.'
          : `Aliases expand this document to more than ${LIMITS.maxExpandedNodes.toLocaleString('en-US')} nodes; the document is not checked.`,
      range: nodeRange(lines, bomb.node),
    });
  } else {
    try {
      value = yaml.toJS({ maxAliasCount: -1 });
    } catch (error) {
      clean = false;
      // The document is not checked: say why, rather than leave it silently unchecked.
      const alias = unresolvedAlias(yaml);
      problems.push({
        rule: 'yaml/syntax',
        message: alias
          ? `The alias *${alias.source} names no anchor defined before it; the document is not checked.`
          : `This document cannot be read (${error instanceof Error ? error.message : String(error)}); it is not checked.`,
        range: alias ? nodeRange(lines, alias) : visibleRange(lines, start, start + 1),
      });
    }
  }
  return {
    path,
    lines,
    index,
    get yaml() {
      return ast.get()[index];
    },
    start,
    end,
    apiVersion,
    kind,
    id,
    value,
    clean,
  };
}

function stringField(yaml: Document.Parsed, key: string): string | undefined {
  if (!isMap(yaml.contents)) return undefined;
  const node = yaml.contents.get(key, true);
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** The range of a node's own text (its value, without trailing comments). */
export function nodeRange(lines: LineIndex, node: YamlNode): Range {
  const [start, valueEnd] = node.range ?? [0, 0];
  return visibleRange(lines, start, valueEnd);
}

/** A range at least one character wide, so an editor can underline it. */
export function visibleRange(lines: LineIndex, start: number, end: number): Range {
  if (end > start) return lines.range(start, end);
  const { line } = lines.position(start);
  const lineEnd = lines.lineEnd(line);
  if (start < lineEnd) return lines.range(start, start + 1);
  return lines.range(Math.max(lines.starts[line], start - 1), start);
}

/** Longest YAML error text kept: yaml quotes the offending token, which can be most of a line. */
const MAX_ERROR_TEXT = 300;

function describeYamlError(code: string, message: string): string {
  // yaml appends " at line L, column C:" and the lines around. A literal search finds it: the message may
  // quote thousands of blanks from the file, and /\s+at line/ would start again from every one of them.
  const at = message.search(/ at line \d+, column \d+/);
  let text = (at === -1 ? message : message.slice(0, at)).trimEnd();
  if (text.length > MAX_ERROR_TEXT) text = `${text.slice(0, MAX_ERROR_TEXT)}…`;
  return code === 'RESOURCE_EXHAUSTION' ? `${text} (input too deeply nested)` : text;
}
