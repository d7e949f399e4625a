// The core's public surface: parse, check and describe a playbook, with no editor or Node dependency.

export { CONFIG_FILE, resolveConfig, severityFor, type ResolvedConfig } from './config/config';
export { compileGlob, matchGlob, GlobError, type Glob } from './config/glob';
export { decodeText } from './engine/decode';
export type { DirEntry, EntryType, PlaybookFileSystem } from './engine/fs';
export { KindCounts } from './engine/early-checks';
export { discover, loadPlaybook, readFileContent, sizeLimit, tooLargeContent, type LoadOptions, type ParseSession, type SizeLimit } from './engine/load';
export { applyEdits, applyFixes } from './engine/fix';
export { disableEdit } from './engine/suppress';
export { factOf, factsOf, type Fact } from './engine/facts';
export { LazyText, Workspace, type FileContent, type WorkspaceOptions } from './engine/workspace';
export { API_VERSION, KINDS, isKind, type Kind } from './model/kinds';
export { LineIndex } from './model/lines';
export { parseFile, summarizeParsed, hydrateParsed, LIMITS, type ParsedDocument, type ParsedFile, type ParsedSummary, type Problem } from './model/parse';
export type { Finding, Fix, Position, Range, RelatedLocation, Severity, SeveritySetting, TextEdit } from './model/types';
export { RULES, findRule } from './rules';
export type { Rule, RuleMeta } from './rules/types';
export { dayOf, formatDay, parseDay } from './text/dates';
export { RULE_DOCS_BASE, ruleDocUrl, ruleDocPath } from './rules/docs';
export { buildTrackedLink } from './utm/build';
export { utmOf, type UtmRules } from './domain/utm';
export type { IndexView } from './engine/index-view';
export { completionsAt, type AssistItem, type AssistKind } from './assist/completion';
export { hoverAt, type AssistHover } from './assist/hover';
export { advanceBrief, type AdvanceOptions, type AdvanceResult } from './edit/advance';
export { scaffoldPlaybook, type ScaffoldFile, type ScaffoldOptions } from './scaffold/scaffold';
export {
  REPORTS,
  REPORT_FORMATS,
  REPORT_INFO,
  buildReport,
  renderReport,
  reportFileName,
  isReportName,
  isReportFormat,
  REPORT_CSP,
  type Report,
  type ReportName,
  type ReportFormat,
  type ReportOptions,
  type ReportDataMap,
  type ReportDocument,
} from './reports';
export {
  buildDiffReport,
  renderDiffReport,
  DIFF_REPORT_INFO,
  type DiffReport,
  type DiffOptions,
  type DiffData,
  type BriefChange,
  type GateApproval,
  type BudgetChange,
  type ToolChange,
  type CostTotal,
  type RenewalDue,
  type ReviewDue,
  type FindingChange,
} from './reports/diff';
export { briefTemplate, type BriefTemplate, type NewBrief } from './templates/brief';
export { namingOf, type Naming } from './domain/naming';
export { matchName, type NameMatch } from './naming/match';
export type { Part as NamingPart, Template as NamingTemplate } from './naming/template';
export { workflowOf, workflowView, type WorkflowView } from './domain/workflow';
export { appendListEntry, type ListEntryOptions } from './edit/list-entry';
export { md as markdownText, yamlScalar } from './assist/text';
export { objectRange, valueRange, type DataPath } from './model/locate';
export { num, rec, str, strings } from './rules/access';
export { allKey, idKey } from './engine/index-view';
