// The table of every rule mops runs, in catalogue order; docs, README and SARIF are generated from it.

import type { Rule } from '../engine/rule';
import briefBudgetSum from './brief/budget-sum';
import briefGateApproverRole from './brief/gate-approver-role';
import briefGateIncomplete from './brief/gate-incomplete';
import briefGateMissing from './brief/gate-missing';
import briefHistoryMismatch from './brief/history-mismatch';
import briefMetricsBeforeLaunch from './brief/metrics-before-launch';
import briefOverBudget from './brief/over-budget';
import briefSlaOverdue from './brief/sla-overdue';
import briefTierChannels from './brief/tier-channels';
import briefTierLeadTime from './brief/tier-lead-time';
import briefTimelineOrder from './brief/timeline-order';
import budgetCurrencyMismatch from './budget/currency-mismatch';
import budgetOverAllocation from './budget/over-allocation';
import configBadGlob from './config/bad-glob';
import configHeader from './config/header';
import policyInvalid from './policy/invalid';
import configMisplaced from './config/misplaced';
import configUnknownRule from './config/unknown-rule';
import fileEncoding from './file/encoding';
import fileSymlink from './file/symlink';
import fileTooLarge from './file/too-large';
import fileTooManyFindings from './file/too-many-findings';
import martechLowUtilization from './martech/low-utilization';
import martechOverlap from './martech/overlap';
import martechPiiWithoutDpa from './martech/pii-without-dpa';
import martechRenewalDue from './martech/renewal-due';
import martechRetiredInUse from './martech/retired-in-use';
import martechReviewOverdue from './martech/review-overdue';
import mopsApiVersion from './mops/api-version';
import mopsDuplicateId from './mops/duplicate-id';
import mopsInternalError from './mops/internal-error';
import mopsUnknownKind from './mops/unknown-kind';
import namingConvention from './naming/convention';
import namingMaxLength from './naming/max-length';
import refUnknownChannel from './ref/unknown-channel';
import refUnknownPerson from './ref/unknown-person';
import refUnknownProgram from './ref/unknown-program';
import refUnknownRole from './ref/unknown-role';
import refUnknownStage from './ref/unknown-stage';
import refUnknownTier from './ref/unknown-tier';
import refUnknownTool from './ref/unknown-tool';
import refUnknownWorkflow from './ref/unknown-workflow';
import schemaEnum from './schema/enum';
import schemaFormat from './schema/format';
import schemaInvalid from './schema/invalid';
import schemaItems from './schema/items';
import schemaLength from './schema/length';
import schemaPattern from './schema/pattern';
import schemaRange from './schema/range';
import schemaRequired from './schema/required';
import schemaType from './schema/type';
import schemaUnknownProperty from './schema/unknown-property';
import sopReviewOverdue from './sop/review-overdue';
import teamDuplicateMember from './team/duplicate-member';
import utmCampaignMismatch from './utm/campaign-mismatch';
import utmCase from './utm/case';
import utmClickId from './utm/click-id';
import utmDomain from './utm/domain';
import utmDuplicateParam from './utm/duplicate-param';
import utmInsecure from './utm/insecure';
import utmInvalidUrl from './utm/invalid-url';
import utmMissingParam from './utm/missing-param';
import utmPii from './utm/pii';
import utmSourceMedium from './utm/source-medium';
import utmTooLong from './utm/too-long';
import utmUnknownValue from './utm/unknown-value';
import utmWhitespace from './utm/whitespace';
import workflowDuplicateStage from './workflow/duplicate-stage';
import yamlDuplicateKey from './yaml/duplicate-key';
import yamlSyntax from './yaml/syntax';
import yamlTooComplex from './yaml/too-complex';
import briefMissingActuals from './brief/missing-actuals';
import calendarClash from './calendar/clash';
import calendarBlackout from './calendar/blackout';
import briefLaunchMissed from './brief/launch-missed';
import briefCloseOverdue from './brief/close-overdue';
import briefLaunchAtRisk from './brief/launch-at-risk';
import briefApprovalOutsideStage from './brief/approval-outside-stage';
import briefGateSkipped from './brief/gate-skipped';
import briefApprovedDateMismatch from './brief/approved-date-mismatch';
import teamAwayOrder from './team/away-order';
import teamSelfDelegate from './team/self-delegate';

export const RULES: readonly Rule[] = [
  yamlSyntax,
  yamlDuplicateKey,
  yamlTooComplex,
  schemaRequired,
  schemaUnknownProperty,
  schemaType,
  schemaEnum,
  schemaFormat,
  schemaPattern,
  schemaRange,
  schemaLength,
  schemaItems,
  schemaInvalid,
  mopsUnknownKind,
  mopsApiVersion,
  mopsDuplicateId,
  mopsInternalError,
  fileTooLarge,
  fileEncoding,
  fileSymlink,
  fileTooManyFindings,
  namingConvention,
  namingMaxLength,
  utmInvalidUrl,
  utmMissingParam,
  utmDuplicateParam,
  utmCase,
  utmWhitespace,
  utmUnknownValue,
  utmSourceMedium,
  utmCampaignMismatch,
  utmDomain,
  utmInsecure,
  utmPii,
  utmClickId,
  utmTooLong,
  refUnknownPerson,
  refUnknownTool,
  refUnknownStage,
  refUnknownWorkflow,
  refUnknownProgram,
  refUnknownChannel,
  refUnknownRole,
  refUnknownTier,
  briefGateMissing,
  briefGateApproverRole,
  briefGateIncomplete,
  briefMetricsBeforeLaunch,
  briefTimelineOrder,
  briefTierLeadTime,
  briefTierChannels,
  briefHistoryMismatch,
  briefSlaOverdue,
  briefBudgetSum,
  briefOverBudget,
  budgetOverAllocation,
  budgetCurrencyMismatch,
  martechReviewOverdue,
  martechRenewalDue,
  martechLowUtilization,
  martechOverlap,
  martechPiiWithoutDpa,
  martechRetiredInUse,
  sopReviewOverdue,
  teamDuplicateMember,
  workflowDuplicateStage,
  configUnknownRule,
  configBadGlob,
  configMisplaced,
  configHeader,
  policyInvalid,
  briefMissingActuals,
  calendarClash,
  calendarBlackout,
  briefLaunchMissed,
  briefCloseOverdue,
  briefLaunchAtRisk,
  briefApprovalOutsideStage,
  briefGateSkipped,
  briefApprovedDateMismatch,
  teamAwayOrder,
  teamSelfDelegate,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
