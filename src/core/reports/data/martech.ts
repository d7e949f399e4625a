// The martech audit's data: cost by category, renewals and notice deadlines, reviews, utilisation, overlap, risks, integrations.

import { noticeDue } from '../../domain/contract';
import type { Severity } from '../../model/types';
import { lowUtilisation, toolReviewOverdue } from '../../domain/tool';
import { strings } from '../../model/readers';
import { formatDay } from '../../text/dates';
import { share } from '../stats';
import { briefsOf, mostCommon, toolsOf, type ReportInput, type ToolRecord } from '../facts';

export interface MartechTool {
  id: string;
  name: string;
  file: string;
  category: string | null;
  owner: string | null;
  ownerName: string | null;
  status: string;
  annualCost: number | null;
  currency: string | null;
  seatsLicensed: number | null;
  seatsActive: number | null;
  /** seatsActive / seatsLicensed as a percentage (one decimal). */
  utilisation: number | null;
  /** An active tool below Config martech.low_utilization_below (what martech/low-utilization reports). */
  lowUtilisation: boolean;
  renewal: string | null;
  noticeDays: number | null;
  /** renewal − notice_days. */
  noticeDeadline: string | null;
  autoRenew: boolean | null;
  lastReview: string | null;
  /** last_review + review_every_days. */
  reviewDue: string | null;
  /** today − reviewDue when positive and the tool is not retired (what martech/review-overdue reports). */
  reviewOverdueDays: number | null;
  pii: boolean;
  dpaSigned: boolean;
  integrations: string[];
}

export interface MartechRenewal {
  tool: string;
  name: string;
  renewal: string;
  daysToRenewal: number;
  noticeDeadline: string;
  /** noticeDeadline − today (negative: the deadline passed that many days ago). */
  daysToNotice: number;
  /** The deadline is within Config martech.renewal_warning_days or passed (what martech/renewal-due reports). */
  noticeDue: boolean;
  /** How serious the due notice is (domain/contract): an error once missed on an auto-renewing contract; null when not due. */
  severity: Severity | null;
  /** What the due notice means and what is still possible, as martech/renewal-due says it; null when not due. */
  message: string | null;
  autoRenew: boolean | null;
  annualCost: number | null;
}

export interface MartechData {
  today: string;
  /** The currency most tools are costed in: totals add up tools in it only. */
  currency: string | null;
  renewalWindowDays: number;
  renewalWarningDays: number;
  lowUtilisationBelow: number;
  tools: MartechTool[];
  /** Annual cost of the tools that are not retired, in `currency`. */
  totalAnnualCost: number;
  costByCategory: Array<{ category: string; annualCost: number; tools: number }>;
  /** Tools costed in another currency, left out of the totals. */
  otherCurrency: string[];
  renewals: MartechRenewal[];
  overdueReviews: Array<{ tool: string; name: string; owner: string | null; lastReview: string; due: string; daysOverdue: number }>;
  overlaps: Array<{ category: string; tools: string[]; annualCost: number }>;
  piiWithoutDpa: string[];
  retiredInUse: Array<{ tool: string; status: string; briefs: string[] }>;
  integrations: Array<{ from: string; to: string; known: boolean }>;
}

const day = (d: number | undefined) => (d === undefined ? null : formatDay(d));

function toolRow(t: ToolRecord, input: ReportInput): MartechTool {
  const { today } = input;
  const utilisation = t.licensed !== undefined && t.licensed > 0 && t.activeSeats !== undefined ? share(t.activeSeats, t.licensed) : null;
  const overdue = toolReviewOverdue(t, today);
  return {
    id: t.id,
    name: t.name,
    file: t.file,
    category: t.category ?? null,
    owner: t.owner ?? null,
    ownerName: t.ownerName ?? null,
    status: t.status,
    annualCost: t.annualCost ?? null,
    currency: t.costCurrency ?? null,
    seatsLicensed: t.licensed ?? null,
    seatsActive: t.activeSeats ?? null,
    utilisation,
    lowUtilisation: lowUtilisation(t, input.config.martech.lowUtilizationBelow) !== undefined,
    renewal: day(t.renewal),
    noticeDays: t.renewal === undefined ? null : t.noticeDays,
    noticeDeadline: t.renewal === undefined ? null : formatDay(t.renewal - t.noticeDays),
    autoRenew: t.autoRenew ?? null,
    lastReview: day(t.lastReview),
    reviewDue: t.lastReview !== undefined && t.reviewEvery !== undefined ? formatDay(t.lastReview + t.reviewEvery) : null,
    reviewOverdueDays: overdue?.days ?? null,
    pii: t.pii,
    dpaSigned: t.dpaSigned,
    integrations: t.integrations,
  };
}

/**
 * Renewals still ahead (renewal ≥ today) that fall within Config reports.renewal_window_days, or whose
 * notice deadline martech/renewal-due already flags (within martech.renewal_warning_days, or passed).
 */
function renewals(tools: ToolRecord[], input: ReportInput): MartechRenewal[] {
  const { today, config } = input;
  return tools
    .filter((t) => t.renewal !== undefined && t.renewal >= today)
    .map((t) => {
      const deadline = t.renewal! - t.noticeDays;
      const due = noticeDue(t.renewal!, t.noticeDays, t.autoRenew, today, config.martech.renewalWarningDays);
      return {
        tool: t.id,
        name: t.name,
        renewal: formatDay(t.renewal!),
        daysToRenewal: t.renewal! - today,
        noticeDeadline: formatDay(deadline),
        daysToNotice: deadline - today,
        noticeDue: due !== undefined,
        severity: due?.severity ?? null,
        message: due?.message ?? null,
        autoRenew: t.autoRenew ?? null,
        annualCost: t.annualCost ?? null,
      };
    })
    .filter((r) => r.daysToRenewal <= config.reports.renewalWindowDays || r.noticeDue)
    .sort((a, b) => a.daysToNotice - b.daysToNotice || a.tool.localeCompare(b.tool));
}

export function buildMartech(input: ReportInput): MartechData {
  const records = toolsOf(input);
  const tools = records.map((t) => toolRow(t, input));
  const paid = tools.filter((t) => t.status !== 'retired' && t.annualCost !== null);
  const currency = mostCommon(paid.map((t) => t.currency ?? undefined)) ?? null;
  const counted = paid.filter((t) => t.currency === currency || t.currency === null);
  const byCategory = new Map<string, { annualCost: number; tools: number }>();
  for (const t of counted) {
    const key = t.category ?? '(none)';
    const entry = byCategory.get(key) ?? { annualCost: 0, tools: 0 };
    byCategory.set(key, { annualCost: entry.annualCost + t.annualCost!, tools: entry.tools + 1 });
  }
  const active = tools.filter((t) => t.status === 'active' && t.category !== null);
  const categories = [...new Set(active.map((t) => t.category!))];
  const known = new Set(tools.map((t) => t.id));
  const activeBriefs = briefsOf(input).filter((b) => b.active);
  const fading = tools.filter((t) => t.status === 'sunsetting' || t.status === 'retired');
  return {
    today: formatDay(input.today),
    currency,
    renewalWindowDays: input.config.reports.renewalWindowDays,
    renewalWarningDays: input.config.martech.renewalWarningDays,
    lowUtilisationBelow: input.config.martech.lowUtilizationBelow,
    tools,
    totalAnnualCost: counted.reduce((a, t) => a + t.annualCost!, 0),
    costByCategory: [...byCategory]
      .map(([category, v]) => ({ category, ...v }))
      .sort((a, b) => b.annualCost - a.annualCost || a.category.localeCompare(b.category)),
    otherCurrency: paid.filter((t) => !counted.includes(t)).map((t) => t.id),
    renewals: renewals(records, input),
    overdueReviews: tools
      .filter((t) => t.reviewOverdueDays !== null)
      .map((t) => ({ tool: t.id, name: t.name, owner: t.ownerName ?? t.owner, lastReview: t.lastReview!, due: t.reviewDue!, daysOverdue: t.reviewOverdueDays! }))
      .sort((a, b) => b.daysOverdue - a.daysOverdue || a.tool.localeCompare(b.tool)),
    overlaps: categories
      .map((category) => active.filter((t) => t.category === category))
      .filter((group) => group.length > 1)
      .map((group) => ({
        category: group[0].category!,
        tools: group.map((t) => t.id),
        annualCost: group.filter((t) => counted.includes(t)).reduce((a, t) => a + t.annualCost!, 0),
      })),
    piiWithoutDpa: tools.filter((t) => t.pii && !t.dpaSigned && t.status !== 'retired').map((t) => t.id),
    retiredInUse: fading
      .map((t) => ({
        tool: t.id,
        status: t.status,
        briefs: activeBriefs.filter((b) => strings(b.data.tools).some(([id]) => id === t.id)).map((b) => b.id),
      }))
      .filter((r) => r.briefs.length > 0),
    integrations: tools.flatMap((t) => t.integrations.map((to) => ({ from: t.id, to, known: known.has(to) }))),
  };
}
