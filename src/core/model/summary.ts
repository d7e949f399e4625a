// A parse as plain data (a summary that crosses to a worker thread or into the cache) and the parsed file it
// stands for again, its text and trees rebuilt only when something needs them.

import type { Document } from 'yaml';
import { LineIndex } from './lines';
import { Ast, type ParsedDocument, type ParsedFile, type Problem } from './parse';

/** What a parse found, less the ASTs and line index: plain data that crosses to another thread or a cache. */
export interface ParsedSummary {
  documents: Array<Omit<ParsedDocument, 'path' | 'lines' | 'yaml'>>;
  problems: Problem[];
  isMops: boolean;
}

export function summarizeParsed(file: ParsedFile): ParsedSummary {
  const documents = file.documents.map(({ index, start, end, apiVersion, kind, id, value, clean, facts }) => ({ index, start, end, apiVersion, kind, id, value, clean, ...(facts ? { facts } : {}) }));
  return { documents, problems: file.problems, isMops: file.isMops };
}

/**
 * The parsed file a summary stands for: the same documents, with ASTs parsed from the text when first
 * needed. The text itself may be given as a function, called once when something first needs it (a
 * position, an AST): a cached check does not read files whose findings it reuses. So may the values
 * (`values`, called when a document's value is first read, the summary's own values left aside).
 */
export function hydrateParsed(path: string, text: string | (() => string), summary: ParsedSummary, values?: () => unknown[]): ParsedFile {
  const file = new HydratedFile(path, text, summary, values);
  file.documents = summary.documents.map((d, i) => new HydratedDocument(file, d, i));
  return file;
}

/**
 * A hydrated file and its documents are classes, their lazy parts getters on the prototype: ten thousand of
 * them share two shapes, where object literals with getters of their own would each have one.
 */
class HydratedFile implements ParsedFile {
  documents: ParsedDocument[] = [];
  readonly problems: Problem[];
  readonly isMops: boolean;
  readonly ast: Ast;
  private known?: string;
  private index?: LineIndex;

  constructor(
    readonly path: string,
    private readonly source: string | (() => string),
    summary: ParsedSummary,
    readonly values?: () => unknown[],
  ) {
    if (typeof source === 'string') this.known = source;
    this.problems = summary.problems;
    this.isMops = summary.isMops;
    this.ast = new Ast(() => this.text);
  }

  get text(): string {
    return (this.known ??= (this.source as () => string)());
  }

  get lines(): LineIndex {
    return (this.index ??= new LineIndex(this.text));
  }

  release(forget?: boolean): void {
    this.ast.release(forget);
  }
}

class HydratedDocument implements ParsedDocument {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly apiVersion: string;
  readonly kind?: string;
  readonly id?: string;
  readonly clean: boolean;
  readonly facts?: Record<string, unknown>;
  private readonly own: unknown;

  constructor(
    private readonly file: HydratedFile,
    d: ParsedSummary['documents'][number],
    private readonly position: number,
  ) {
    this.index = d.index;
    this.start = d.start;
    this.end = d.end;
    this.apiVersion = d.apiVersion;
    this.kind = d.kind;
    this.id = d.id;
    this.clean = d.clean;
    this.facts = d.facts;
    this.own = d.value;
  }

  get path(): string {
    return this.file.path;
  }

  get lines(): LineIndex {
    return this.file.lines;
  }

  get yaml(): Document.Parsed {
    return this.file.ast.get()[this.index];
  }

  get value(): unknown {
    return this.file.values ? this.file.values()[this.position] : this.own;
  }
}
