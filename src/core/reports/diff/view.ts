// The diff report as a document: a short summary, then only the sections that have something to say.

import { RISKS, worst } from '../../domain/risks';
import type { Severity } from '../../model/types';
import { after, before, FIGURES } from '../figures';
import { formatValue, risky, SEVERITY_TONE, toneOf, type Cell, type Figure, type NumberFormat, type ReportDocument, type Section, type Table, type Tone } from '../model';
import type { BriefChange, BriefState } from './briefs';
import type { DiffData } from './data';
import type { ToolChange } from './operation';
import { changeTable } from './rows';
import { causesSection, fieldsSection, teamSection, verdictFigure } from './sections';

/** Rows a section shows; the rest are counted (JSON and CSV hold them all). */
export const MAX_ROWS = 50;

const money = (value: number, format: 'money' | 'signed', currency: string | null) => `${formatValue(value, format)}${currency ? ` ${currency}` : ''}`;

/** `1 renewal`, `2 reviews`; nothing for none. */
const plural = (n: number, noun: string) => (n === 0 ? '' : `${n} ${noun}${n === 1 ? '' : 's'}`);
const list = (parts: string[]) => parts.filter(Boolean).join(', ');

function counts(labels: string[]): string {
  const n = new Map<string, number>();
  for (const l of labels) n.set(l, (n.get(l) ?? 0) + 1);
  return [...n].map(([label, count]) => `${count} ${label}`).join(', ');
}

function stateText(s: BriefState | null, showWorkflow: boolean): string | null {
  if (!s) return null;
  const stage = `${showWorkflow && s.workflow ? `${s.workflow}/` : ''}${s.stage ?? '(no stage)'}`;
  return s.status === 'active' ? stage : `${stage} (${s.status})`;
}

const BRIEF_CHANGE: Record<BriefChange['change'], string> = {
  added: 'added',
  removed: 'removed',
  moved: 'moved',
  status: 'status changed',
  'parses now': 'parses now',
  'no longer parses': 'no longer parses',
};

function toolLabel(t: ToolChange): string {
  if (t.change === 'status') return t.statusAfter === 'retired' || t.statusAfter === 'sunsetting' ? t.statusAfter : `now ${t.statusAfter}`;
  return t.change === 'cost' ? 'cost changed' : t.change;
}

function capped(table: Table): Section['blocks'] {
  if (table.rows.length <= MAX_ROWS) return [{ type: 'table', table }];
  const more = table.rows.length - MAX_ROWS;
  return [{ type: 'table', table: { ...table, rows: table.rows.slice(0, MAX_ROWS) } }, { type: 'text', text: `… and ${more} more (the JSON and CSV formats list them all).` }];
}

function briefsSection(data: DiffData): Section {
  const workflowMoved = data.briefs.some((b) => b.before && b.after && b.before.workflow !== b.after.workflow);
  const unread = (s: BriefState | null, c: BriefChange['change'], side: 'before' | 'after'): Cell =>
    (c === 'parses now' && side === 'before') || (c === 'no longer parses' && side === 'after') ? { value: 'does not parse', tone: 'muted' } : stateText(s, workflowMoved);
  return {
    title: 'Briefs',
    blocks: capped({
      columns: [{ label: 'Brief' }, { label: 'Title' }, { label: 'Change' }, { label: 'Before' }, { label: 'After' }],
      rows: data.briefs.map((b) => [b.id, b.title, b.change === 'no longer parses' ? { value: BRIEF_CHANGE[b.change], tone: 'bad' } : BRIEF_CHANGE[b.change], unread(b.before, b.change, 'before'), unread(b.after, b.change, 'after')]),
    }),
  };
}

function approvalsSection(data: DiffData): Section {
  return {
    title: 'Gates approved',
    blocks: capped({
      columns: [{ label: 'Brief' }, { label: 'Gate' }, { label: 'Approver' }, { label: 'Date' }],
      rows: data.approvals.map((a) => [a.brief, a.gate, a.approverName ?? a.approver, a.date]),
    }),
  };
}

function budgetSection(data: DiffData): Section {
  const many = new Set(data.budget.map((b) => b.budget)).size > 1;
  const allocationChanged = data.budget.some((b) => b.allocationBefore !== null && b.allocationAfter !== null && b.allocationBefore !== b.allocationAfter);
  const actualChanged = data.budget.some((b) => b.actualBefore !== null && b.actualAfter !== null && b.actualBefore !== b.actualAfter);
  const { allocation, planned, actual, plannedChange, unplanned, unspent } = FIGURES;
  const exceeded = (value: number | null, severity: Severity) => risky(value, value !== null && value < 0 ? severity : undefined);
  return {
    title: 'Budget',
    intro: `${planned.label} spend of the briefs counted against each allocation (as budget/over-allocation counts it), before and after; ${unplanned.label.toLowerCase()} (allocation − planned) and ${unspent.label.toLowerCase()} (allocation − actual) after the change.`,
    blocks: capped({
      columns: [
        { label: 'Program' },
        { label: 'Budget', csvOnly: !many },
        ...(allocationChanged ? [{ label: before(allocation), format: 'money' as const }] : []),
        { label: allocationChanged ? after(allocation) : allocation.label, format: 'money' },
        { label: before(planned), format: 'money' },
        { label: after(planned), format: 'money' },
        { label: plannedChange.label, format: 'signed' },
        ...(actualChanged ? [{ label: before(actual), format: 'money' as const }] : []),
        { label: actualChanged ? after(actual) : actual.label, format: 'money' },
        { label: unplanned.label, format: 'headroom' },
        { label: unspent.label, format: 'headroom' },
      ],
      rows: data.budget.map((b) => [
        b.program,
        b.budget,
        ...(allocationChanged ? [b.allocationBefore] : []),
        b.allocationAfter ?? b.allocationBefore,
        b.plannedBefore,
        b.plannedAfter,
        b.plannedChange,
        ...(actualChanged ? [b.actualBefore] : []),
        b.actualAfter ?? b.actualBefore,
        exceeded(b.unplanned, RISKS.overAllocation.severity),
        exceeded(b.unspent, RISKS.overspentAllocation.severity),
      ]),
    }),
  };
}

function toolsSection(data: DiffData): Section {
  const { cost } = data;
  return {
    title: 'Tools',
    blocks: [
      ...(data.tools.length > 0
        ? capped({
            columns: [
              { label: 'Tool' },
              { label: 'Name' },
              { label: 'Change' },
              { label: 'Status before' },
              { label: 'Status after' },
              { label: 'Annual cost before', format: 'money' },
              { label: 'Annual cost after', format: 'money' },
            ],
            rows: data.tools.map((t) => [t.id, t.name, toolLabel(t), t.statusBefore, t.statusAfter, t.costBefore, t.costAfter]),
          })
        : []),
      {
        type: 'text',
        text: `Annual cost of the tools not retired: ${money(cost.before, 'money', null)} → ${money(cost.after, 'money', cost.currency)} (${cost.change === 0 ? 'no change' : formatValue(cost.change, 'signed')}).`,
      },
    ],
  };
}

const reviewRisk = (r: DiffData['reviews'][number]) => (r.kind === 'Sop' ? RISKS.sopReviewOverdue : RISKS.reviewOverdue).severity;

/** The most serious of what newly fell due: a missed notice deadline on an auto-renewing contract, say. */
const dueSeverity = (data: DiffData) => worst([...data.renewals.map((r) => r.severity ?? undefined), ...data.reviews.map(reviewRisk)]);

function dueSection(data: DiffData): Section {
  const blocks: Section['blocks'] = [];
  if (data.renewals.length > 0) {
    blocks.push({
      type: 'table',
      title: 'Renewals',
      table: {
        columns: [{ label: 'Tool' }, { label: 'Renewal' }, { label: 'Notice deadline' }, { label: 'Days to notice', format: 'number' }, { label: 'Auto-renew' }, { label: 'Annual cost', format: 'money' }],
        rows: data.renewals.map((r) => [r.tool, r.renewal, risky(r.noticeDeadline, r.severity ?? undefined), risky(r.daysToNotice, r.severity ?? undefined), r.autoRenew === null ? null : r.autoRenew ? 'yes' : 'no', r.annualCost]),
      },
    });
  }
  if (data.reviews.length > 0) {
    blocks.push({
      type: 'table',
      title: 'Reviews',
      table: {
        columns: [{ label: 'Kind' }, { label: 'Id' }, { label: 'Owner' }, { label: 'Due' }, { label: 'Days overdue', format: 'number' }],
        rows: data.reviews.map((r) => [r.kind === 'Sop' ? 'SOP' : 'tool', r.id, r.owner, r.due, risky(r.daysOverdue, reviewRisk(r))]),
      },
    });
  }
  return {
    title: 'Newly due',
    intro: `Renewals within ${data.renewalWindowDays} days or inside their ${data.renewalWarningDays}-day notice warning, and overdue reviews, that were not due on the base.`,
    blocks,
  };
}

function findingsSection(data: DiffData): Section {
  const tone = (c: 'new' | 'fixed', severity: Severity): Tone => (c === 'fixed' ? 'good' : SEVERITY_TONE[severity]);
  return {
    title: 'Findings',
    intro: 'Matched on rule, file and offending text, so a finding that only moved to another line is neither new nor fixed. File: changed when the change touched it, knock-on when the finding arose in a file it did not touch.',
    blocks: capped({
      columns: [{ label: 'Change' }, { label: 'Severity' }, { label: 'Rule' }, { label: 'Where' }, { label: 'File' }, { label: 'Message' }],
      rows: data.findings.map((f) => [{ value: f.change, tone: tone(f.change, f.severity) }, f.severity, f.rule, `${f.file}:${f.line}`, f.touched ? 'changed' : 'knock-on', f.message]),
    }),
  };
}

function summary(data: DiffData): Figure[] {
  const figures: Figure[] = [verdictFigure(data)];
  const add = (label: string, value: string | number, tone?: Tone, format?: NumberFormat) => figures.push({ label, value, ...(tone ? { tone } : {}), ...(format ? { format } : {}) });
  if (data.team.length > 0) add('Team', counts(data.team.map((t) => (t.change === 'roles' ? 'roles changed' : t.change))), data.team.some((t) => t.orphanedBriefs.length + t.orphanedGates.length > 0) ? 'bad' : undefined);
  if (data.briefs.length > 0) add('Briefs', counts(data.briefs.map((b) => BRIEF_CHANGE[b.change])));
  if (data.fields.length > 0) add('Brief fields changed', data.fields.length, undefined, 'number');
  if (data.approvals.length > 0) add('Gates approved', data.approvals.length, undefined, 'number');
  if (data.budget.length > 0) {
    const byCurrency = new Map<string | null, number>();
    for (const b of data.budget) byCurrency.set(b.currency, (byCurrency.get(b.currency) ?? 0) + b.plannedChange);
    const over = data.budget.some((b) => b.unplanned !== null && b.unplanned < 0) ? toneOf(RISKS.overAllocation.severity) : undefined;
    const [[currency, change], ...others] = byCurrency;
    const label = FIGURES.plannedChange.label;
    if (others.length === 0) add(`${label}${currency ? ` (${currency})` : ''}`, change, over, 'signed');
    else add(label, [...byCurrency].map(([c, v]) => money(v, 'signed', c)).join(', '), over);
  }
  if (data.tools.length > 0) add('Tools', counts(data.tools.map(toolLabel)));
  if (data.cost.change !== 0) add(`Annual tool cost${data.cost.currency ? ` (${data.cost.currency})` : ''}`, data.cost.change, undefined, 'signed');
  if (data.renewals.length + data.reviews.length > 0) add('Newly due', list([plural(data.renewals.length, 'renewal'), plural(data.reviews.length, 'review')]), toneOf(dueSeverity(data)));
  if (data.findings.length > 0) {
    const fresh = data.findings.filter((f) => f.change === 'new');
    const errors = fresh.filter((f) => f.severity === 'error').length;
    const fixed = data.findings.length - fresh.length;
    const parts = [fresh.length > 0 ? `${fresh.length} new${errors > 0 ? ` (${plural(errors, 'error')})` : ''}` : '', fixed > 0 ? `${fixed} fixed` : ''];
    add('Findings', list(parts), fresh.length > 0 ? toneOf(worst(fresh.map((f) => f.severity))) : 'good');
  }
  if (figures.length === 1) add('Changes', 'none to the team, briefs, gates, budget, tools, due dates or findings');
  return figures;
}

function notes(data: DiffData): string[] {
  const { base, head } = data.unreadable;
  return [
    ...(base.length > 0 ? [`Did not parse on the base, so their documents count on this side only: ${base.join(', ')}.`] : []),
    ...(head.length > 0 ? [`Do not parse any more, so their documents count on the base only: ${head.join(', ')}.`] : []),
  ];
}

export function diffDocument(data: DiffData, title: string): ReportDocument {
  const sections: Section[] = [];
  if (data.team.length > 0) sections.push(teamSection(data, capped));
  if (data.briefs.length > 0) sections.push(briefsSection(data));
  if (data.fields.length > 0) sections.push(fieldsSection(data, capped));
  if (data.approvals.length > 0) sections.push(approvalsSection(data));
  if (data.budget.length > 0) sections.push(budgetSection(data));
  if (data.tools.length > 0 || data.cost.change !== 0) sections.push(toolsSection(data));
  if (data.renewals.length + data.reviews.length > 0) sections.push(dueSection(data));
  if (data.causes.length > 0) sections.push(causesSection(data, capped));
  if (data.findings.length > 0) sections.push(findingsSection(data));
  return { title, today: data.today, summary: summary(data), sections, main: changeTable(data, stateText), notes: notes(data) };
}
