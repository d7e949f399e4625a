// What a rule is: data (id, severity, description) and a check over a file or a document.

import type { ResolvedConfig } from '../config/config';
import type { Kind } from '../model/kinds';
import type { DataPath } from '../model/locate';
import type { ParsedDocument, ParsedFile, Problem } from '../model/parse';
import type { Fix, Range, RelatedLocation, Severity } from '../model/types';
import type { Place, SchemaIssue } from '../schema/validate';
import type { IndexView } from './index-view';
import type { FileContent } from './content';

export interface RuleMeta {
  /** `family/name`; part of the product's interface (configs and comments name it). */
  id: string;
  /** The severity when `Config.rules` says nothing. */
  severity: Severity;
  /** One sentence: what the rule finds. */
  description: string;
}

/** A finding a rule reports; the engine adds the rule id, severity and file. */
export interface Report {
  message: string;
  /** Where in the document's data; placed by `place` (default: value). */
  path?: DataPath;
  place?: Place;
  /** An explicit range, when the data path is not precise enough (a part of a URL, say). */
  range?: Range;
  related?: RelatedLocation[];
  fixes?: Fix[];
  /** Another rule id of the reporting rule's own family (a policy's `policy/<id>`), with its default severity. */
  rule?: string;
  severity?: Severity;
}

export interface FileRuleContext {
  path: string;
  /** What the engine received: text, or why the file could not be read. */
  content: FileContent;
  /** The parse, when the content is text. */
  file?: ParsedFile;
  report(problem: Omit<Problem, 'rule'>): void;
}

export interface DocumentRuleContext {
  file: ParsedFile;
  doc: ParsedDocument;
  /** The document's data; rules must not trust its shape beyond what they check. */
  data: Record<string, unknown>;
  config: ResolvedConfig;
  /** The rules this workspace runs (for checks that name rules, such as Config's). */
  rules: readonly RuleMeta[];
  /** Today as a day number (see text/dates). */
  today: number;
  /** Other documents, through a view that records what this check depended on. */
  index: IndexView;
  schemaIssues(): SchemaIssue[];
  report(report: Report): void;
  /** The range a finding about `path` would get, in this document. */
  rangeOf(path: DataPath, place?: Place): Range | undefined;
  /** A location in another document, for related information. */
  locationOf(doc: ParsedDocument, path: DataPath, message: string, place?: Place): RelatedLocation;
  /**
   * The range of characters [start, end) of the string value at `path`, when its source text spells
   * the value exactly (a plain or quoted scalar without escapes); otherwise the whole value.
   */
  textRange(path: DataPath, start: number, end: number): Range | undefined;
  /** A fix replacing characters [start, end) of the string at `path`, offered only when they can be located exactly. */
  textFix(path: DataPath, start: number, end: number, text: string, title: string): Fix | undefined;
  /** A fix writing `text` over the scalar value (or key) at `path`, quoted as the old one was; none for a collection. */
  replaceFix(path: DataPath, text: string, title: string, place?: 'value' | 'key'): Fix | undefined;
}

export interface FileRule extends RuleMeta {
  scope: 'file';
  check(ctx: FileRuleContext): void;
}

export interface DocumentRule extends RuleMeta {
  scope: 'document';
  /** Kinds the rule checks; undefined for every mops document, whatever its kind. */
  kinds?: readonly Kind[];
  check(ctx: DocumentRuleContext): void;
}

/** A rule the engine itself reports (a rule that crashed, say): data only, no check of its own. */
export interface EngineRule extends RuleMeta {
  scope: 'engine';
}

export type Rule = FileRule | DocumentRule | EngineRule;
