// The martech audit as a document: cost, renewals, reviews, utilisation, overlap, data risks and the integration map.

import { RISKS, worst } from '../../domain/risks';
import type { Severity } from '../../model/types';
import type { MartechData, MartechTool } from '../data/martech';
import { risky, toneOf, type Cell, type Figure, type Graph, type ReportDocument, type Section, type Table, type Tone } from '../model';
import { share } from '../stats';

const yesNo = (v: boolean | null): string | null => (v === null ? null : v ? 'yes' : 'no');
const flag = (value: string | number | null, bad: boolean, tone: Tone = 'bad'): Cell => (bad ? { value, tone } : value);
const when = (risk: { severity: Severity }, present: boolean) => (present ? risk.severity : undefined);

/** The severity of a tool's due notice, as the renewals table shows it (none when not due or not in the list). */
const noticeSeverity = (data: MartechData, t: MartechTool) => data.renewals.find((r) => r.tool === t.id)?.severity ?? undefined;

/** A summary card counting a risk: coloured by the most serious case counted, green when there is none. */
function count(label: string, severities: Array<Severity | undefined>): Figure {
  const present = severities.filter((s): s is Severity => s !== undefined);
  return { label, value: present.length, tone: present.length > 0 ? toneOf(worst(present)) : 'good' };
}

function registerTable(data: MartechData): Table {
  return {
    columns: [
      { label: 'Tool' },
      { label: 'Name' },
      { label: 'Category' },
      { label: 'Owner' },
      { label: 'Status' },
      { label: 'Annual cost', format: 'money' },
      { label: 'Currency', csvOnly: true },
      { label: 'Seats licensed', format: 'number', csvOnly: true },
      { label: 'Seats active', format: 'number', csvOnly: true },
      { label: 'Utilisation', format: 'percent' },
      { label: 'Renewal' },
      { label: 'Notice deadline' },
      { label: 'Auto-renew', csvOnly: true },
      { label: 'Last review', csvOnly: true },
      { label: 'Review due' },
      { label: 'PII', csvOnly: true },
      { label: 'DPA signed', csvOnly: true },
      { label: 'Integrations', csvOnly: true },
      { label: 'File', csvOnly: true },
    ],
    rows: data.tools.map((t) => [
      t.id,
      t.name,
      t.category,
      t.ownerName ?? t.owner,
      flag(t.status, t.status !== 'active', t.status === 'retired' ? 'muted' : 'warn'),
      t.annualCost,
      t.currency,
      t.seatsLicensed,
      t.seatsActive,
      risky(t.utilisation, when(RISKS.lowUtilisation, t.lowUtilisation)),
      t.renewal,
      risky(t.noticeDeadline, noticeSeverity(data, t)),
      yesNo(t.autoRenew),
      t.lastReview,
      risky(t.reviewDue, when(RISKS.reviewOverdue, t.reviewOverdueDays !== null)),
      yesNo(t.pii),
      yesNo(t.pii ? t.dpaSigned : null),
      t.integrations.join(' '),
      t.file,
    ]),
    empty: 'The register has no tools.',
  };
}

function costSection(data: MartechData): Section {
  const cur = data.currency ?? '';
  return {
    title: 'Annual cost by category',
    intro: `The annual cost of every tool that is not retired${cur ? `, in ${cur}` : ''}.`,
    blocks: [
      {
        type: 'bars',
        title: `Annual cost by category${cur ? ` (${cur})` : ''}`,
        series: ['Annual cost'],
        format: 'money',
        categories: data.costByCategory.map((c) => ({ label: c.category, values: [c.annualCost] })),
      },
      {
        type: 'table',
        table: {
          columns: [{ label: 'Category' }, { label: 'Tools', format: 'number' }, { label: 'Annual cost', format: 'money' }, { label: 'Share', format: 'percent' }],
          rows: data.costByCategory.map((c) => [c.category, c.tools, c.annualCost, share(c.annualCost, data.totalAnnualCost)]),
          empty: 'No costed tools.',
        },
      },
    ],
  };
}

function renewalsSection(data: MartechData): Section {
  return {
    title: `Renewals in the next ${data.renewalWindowDays} days`,
    intro: `Contracts renewing within ${data.renewalWindowDays} days, and any whose notice deadline (renewal − notice days) is within ${data.renewalWarningDays} days or has passed; negative days have passed.`,
    blocks: [
      {
        type: 'table',
        table: {
          columns: [
            { label: 'Tool' },
            { label: 'Renewal' },
            { label: 'In', format: 'days' },
            { label: 'Notice deadline' },
            { label: 'Notice in', format: 'days' },
            { label: 'Auto-renew' },
            { label: 'Annual cost', format: 'money' },
          ],
          rows: data.renewals.map((r) => [r.tool, r.renewal, r.daysToRenewal, risky(r.noticeDeadline, r.severity ?? undefined), risky(r.daysToNotice, r.severity ?? undefined), yesNo(r.autoRenew), r.annualCost]),
          empty: 'No renewals ahead in the window.',
        },
      },
    ],
  };
}

function upkeepSections(data: MartechData): Section[] {
  const seats = data.tools.filter((t) => t.utilisation !== null);
  return [
    {
      title: 'Overdue reviews',
      intro: 'Tools (not retired) whose last review plus review_every_days lies before today.',
      blocks: [
        {
          type: 'table',
          table: {
            columns: [{ label: 'Tool' }, { label: 'Owner' }, { label: 'Last review' }, { label: 'Due' }, { label: 'Overdue by', format: 'days' }],
            rows: data.overdueReviews.map((r) => [r.tool, r.owner, r.lastReview, r.due, risky(r.daysOverdue, RISKS.reviewOverdue.severity)]),
            empty: 'Every review is up to date.',
          },
        },
      ],
    },
    {
      title: 'Seat utilisation',
      intro: `Active seats as a share of licensed seats; active tools below ${Math.round(data.lowUtilisationBelow * 1000) / 10}% are flagged.`,
      blocks: [
        {
          type: 'table',
          table: {
            columns: [{ label: 'Tool' }, { label: 'Status' }, { label: 'Licensed', format: 'number' }, { label: 'Active', format: 'number' }, { label: 'Utilisation', format: 'percent' }],
            rows: seats.map((t) => [t.id, t.status, t.seatsLicensed, t.seatsActive, risky(t.utilisation, when(RISKS.lowUtilisation, t.lowUtilisation))]),
            empty: 'No tool records its seats.',
          },
        },
      ],
    },
    {
      title: 'Overlapping categories',
      intro: 'Categories with more than one active tool: the team may be paying twice for one job.',
      blocks: [
        {
          type: 'table',
          table: {
            columns: [{ label: 'Category' }, { label: 'Active tools' }, { label: 'Annual cost', format: 'money' }],
            rows: data.overlaps.map((o) => [o.category, risky(o.tools.join(', '), RISKS.overlap.severity), o.annualCost]),
            empty: 'No category has more than one active tool.',
          },
        },
      ],
    },
    {
      title: 'Data and retirement risks',
      blocks: [
        { type: 'text', text: 'Tools holding personal data without a signed data processing agreement:' },
        { type: 'list', items: data.piiWithoutDpa.length > 0 ? data.piiWithoutDpa : ['none'] },
        { type: 'text', text: 'Sunsetting or retired tools that active briefs still use:' },
        { type: 'list', items: data.retiredInUse.length > 0 ? data.retiredInUse.map((r) => `${r.tool} (${r.status}): ${r.briefs.join(', ')}`) : ['none'] },
      ],
    },
  ];
}

function integrationGraph(data: MartechData): Graph {
  const nodes: Graph['nodes'] = data.tools.map((t) => ({
    id: t.id,
    label: t.id,
    title: t.name === t.id ? `${t.id} (${t.status})` : `${t.name} (${t.id}, ${t.status})`,
    tone: t.status === 'retired' ? 'muted' : t.status === 'sunsetting' ? 'warn' : undefined,
  }));
  const unknown = [...new Set(data.integrations.filter((e) => !e.known).map((e) => e.to))];
  for (const id of unknown) nodes.push({ id, label: id, title: `${id} (not in the register)`, tone: 'bad' });
  return {
    type: 'graph',
    title: 'Integration map',
    nodes,
    edges: data.integrations.map(({ from, to }) => ({ from, to })),
    legend: [
      { tone: 'warn', text: 'sunsetting' },
      { tone: 'muted', text: 'retired' },
      { tone: 'bad', text: 'not in the register' },
    ],
  };
}

export function martechDocument(data: MartechData, notes: string[]): ReportDocument {
  const main = registerTable(data);
  const all = <T>(items: T[], risk: { severity: Severity }) => items.map(() => risk.severity);
  return {
    title: 'Martech audit',
    today: data.today,
    summary: [
      { label: 'Tools', value: data.tools.length },
      { label: 'Active', value: data.tools.filter((t) => t.status === 'active').length },
      { label: `Annual cost${data.currency ? ` (${data.currency})` : ''}`, value: data.totalAnnualCost, format: 'money' },
      { label: `Renewals in ${data.renewalWindowDays} days`, value: data.renewals.length },
      count('Notice due', data.renewals.filter((r) => r.noticeDue).map((r) => r.severity ?? undefined)),
      count('Overdue reviews', all(data.overdueReviews, RISKS.reviewOverdue)),
      count('Low utilisation', all(data.tools.filter((t) => t.lowUtilisation), RISKS.lowUtilisation)),
      count('Overlapping categories', all(data.overlaps, RISKS.overlap)),
      count('PII without DPA', all(data.piiWithoutDpa, RISKS.piiWithoutDpa)),
      count('Retired tools in use', all(data.retiredInUse, RISKS.retiredInUse)),
    ],
    sections: [
      costSection(data),
      renewalsSection(data),
      ...upkeepSections(data),
      { title: 'Integration map', intro: 'Each arrow is an entry in a tool\'s integrations list.', blocks: [integrationGraph(data)] },
      { title: 'Register', blocks: [{ type: 'table', table: main }] },
    ],
    main,
    notes: [
      ...(data.otherCurrency.length > 0 ? [`Costed in another currency than ${data.currency}, left out of the totals: ${data.otherCurrency.join(', ')}.`] : []),
      ...notes,
    ],
  };
}
