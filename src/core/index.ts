// The core's public surface: parse, check and describe a playbook, with no editor or Node dependency.

import { registerBuiltinRules } from './engine/registry';
import { RULES } from './rules';

// The engine knows rules only by their contract; the built-in table is handed to it here, once.
registerBuiltinRules(RULES);

export { CONFIG_FILE, resolveConfig, selectsPath, severityFor, type ResolvedConfig } from './config/config';
export { compileGlob, matchGlob, GlobError, type Glob } from './config/glob';
export { decodeText } from './engine/decode';
export type { DirEntry, EntryType, PlaybookFileSystem } from './engine/fs';
export { KindCounts } from './engine/early-checks';
export { discover, loadPlaybook, readConfig, readFileContent, sizeLimit, tooLargeContent, type LoadOptions, type ParseSession, type SizeLimit } from './engine/load';
export { applyEdits, applyFixes, fixAllEdits } from './engine/fix';
export { fixPlaybook, MAX_FIX_PASSES, type FileFix, type FixOptions } from './engine/fix-playbook';
export { disableEdit } from './engine/suppress';
export { factOf, factsOf, type Fact } from './engine/facts';
export { LazyText, type FileContent } from './engine/content';
export { Workspace, type WorkspaceOptions } from './engine/workspace';
export { API_VERSION, KINDS, isKind, type Kind } from './model/kinds';
export { LineIndex } from './model/lines';
export { parseFile, LIMITS, type ParsedDocument, type ParsedFile, type Problem } from './model/parse';
export { summarizeParsed, hydrateParsed, type ParsedSummary } from './model/summary';
export type { Finding, Fix, Position, Range, RelatedLocation, Severity, SeveritySetting, TextEdit } from './model/types';
export { RULES, findRule } from './rules';
export type { Rule, RuleMeta } from './engine/rule';
export { playbookRules, policyRules, type PlaybookRule } from './playbook-rules';
export { dayOf, formatDay, parseDay } from './text/dates';
export { fromBase64, toBase64 } from './text/base64';
export { RULE_DOCS_BASE, ruleDocUrl, ruleDocPath } from './engine/rule-docs';
export { buildTrackedLink, planTrackedLink, type TrackedLinkPlan } from './utm/build';
export { utmOf, type UtmRules } from './domain/utm';
export type { IndexView } from './engine/index-view';
export { completionsAt } from './assist/completion';
export { hoverAt } from './assist/hover';
export type { AssistHover, AssistItem, AssistKind } from './assist/types';
export { advanceBrief, type AdvanceOptions, type AdvanceResult, type Blocker } from './edit/advance';
export { approvalEdits, type ApprovalOffer } from './edit/approval';
export { mergeGitignore, scaffoldPlaybook, type ScaffoldFile, type ScaffoldOptions } from './scaffold/scaffold';
export {
  REPORTS,
  REPORT_FORMATS,
  REPORT_INFO,
  buildReport,
  renderReport,
  renderIndex,
  reportFileName,
  reportIndexFileName,
  isReportName,
  isReportFormat,
  REPORT_CSP,
  type Report,
  type ReportName,
  type ReportFormat,
  type ReportOptions,
  type ReportDataMap,
  type ReportDocument,
  type IndexFormat,
  renderCalendarIcs,
  type CalendarData,
} from './reports';
export { calendarOf, type CalendarEntry } from './domain/calendar';
export { clashesOf } from './domain/clashes';
export { blackoutHits } from './domain/blackouts';
export { periodOf, type CalendarBy } from './reports/data/calendar-periods';
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
export {
  checkSummaryMarkdown,
  checkedText,
  cleanText,
  countFindings,
  mdCell,
  novelty,
  plural,
  scopeText,
  stateOf,
  type BaselineState,
  type CheckCounts,
  type CheckSummaryInput,
  type Since,
} from './reports/check-summary';
export { briefTemplate, WRITTEN_ROLES, type BriefTemplate, type NewBrief, type PlaceholderRole } from './templates/brief';
export { BRIEF_PLACEHOLDERS, isPlaceholder } from './domain/placeholders';
export { namingOf, type Naming } from './domain/naming';
export { peopleOf, type People, type Person } from './domain/people';
export { allocationsOf, type Allocation } from './domain/budget';
export { matchName, type NameMatch } from './naming/match';
export type { Part as NamingPart, Template as NamingTemplate } from './naming/template';
export { workflowOf, workflowView, type WorkflowView } from './domain/workflow';
export { appendListEntry, type ListEntryOptions } from './edit/list-entry';
export { md as markdownText, yamlScalar } from './assist/text';
export { objectRange, valueRange, type DataPath } from './model/locate';
export { num, rec, str, strings } from './model/readers';
export { allKey, idKey } from './engine/index-view';
export { reassignPlan, REASSIGN_KINDS, type FileReassign, type ReassignChange, type ReassignKind } from './edit/reassign';
export { sopSteps, type SopStep } from './domain/sop';
export {
  buildHandbookData,
  handbookPages,
  renderHandbook,
  HANDBOOK_FORMATS,
  HANDBOOK_INFO,
  type HandbookData,
  type HandbookFormat,
  type HandbookPage,
  type HandbookPageFormat,
} from './reports/handbook';
export { QUEUE_KINDS, type QueueItem, type QueueKind } from './reports/queue/items';
export { memberByEmail, queueOf, teamRecordsEmails } from './reports/queue/whose';
export type { QueueData, QueueRow } from './reports/queue/data';
export { didYouMeanPeople, suggestPeople } from './domain/people';
export {
  VIEW_IDS,
  VIEW_KINDS,
  ViewTracker,
  annualCost,
  calendarTree,
  isViewId,
  martechTree,
  pipelineTree,
  queueTree,
  SOP_CONTEXT,
  sopTitle,
  sopsTree,
  shortTree,
  changedNodes,
  viewTree,
  type EmailAnswer,
  type Json,
  type NodeCommand,
  type NodeOpen,
  type NodePath,
  type QueueWho,
  type ViewChanges,
  type ViewId,
  type ViewNode,
  type ViewOptions,
  type ViewPlaybook,
} from './views';
export {
  codeLenses,
  definitionAt,
  documentSymbols,
  inlayHints,
  prepareRenameAt,
  referencesAt,
  renameAt,
  workspaceSymbols,
  type NavInlayHint,
  type NavLens,
  type NavLocation,
  type NavSymbol,
  type NavSymbolKind,
  type NavWorkspaceSymbol,
  type RenamePlan,
} from './navigate';
