// The queue report as a document: a card per kind of item, then what waits, soonest due first, one table per kind.

import type { Cell, Column, ReportDocument, Section, Table } from '../model';
import { SEVERITY_TONE } from '../model';
import type { QueueData, QueueRow } from './data';

function whose(data: QueueData): string {
  return data.person === null ? 'every member' : data.personName ? `${data.personName} (${data.person})` : data.person;
}

/** The rows of one table; the Person column only when the queue is every member's, the kind only in the main table. */
function table(data: QueueData, rows: QueueRow[], withKind: boolean, empty: string): Table {
  const everyone = data.person === null;
  const columns: Column[] = [
    ...(everyone ? [{ label: 'Person' }] : []),
    ...(withKind ? [{ label: 'Kind' }] : []),
    { label: 'Item' },
    { label: 'Title' },
    { label: 'Due' },
    { label: 'Days past due', format: 'days' as const },
    { label: 'What to do' },
    { label: 'Acting for' },
    { label: 'File' },
  ];
  return {
    columns,
    rows: rows.map((r): Cell[] => [
      ...(everyone ? [r.personName ?? r.person] : []),
      ...(withKind ? [r.kindLabel] : []),
      { value: r.subject, tone: r.severity === 'info' ? undefined : SEVERITY_TONE[r.severity] },
      r.title,
      r.due,
      r.daysPastDue === null ? null : { value: r.daysPastDue, tone: r.daysPastDue > 0 ? SEVERITY_TONE[r.severity === 'info' ? 'warning' : r.severity] : undefined },
      r.message,
      r.for,
      r.line === null ? r.file : `${r.file}:${r.line}`,
    ]),
    empty,
  };
}

export function queueDocument(data: QueueData, notes: string[]): ReportDocument {
  const main = table(data, data.items, true, `Nothing waits for ${whose(data)}.`);
  const sections: Section[] = data.kinds.map((k) => ({
    title: k.label,
    blocks: [{ type: 'table', table: table(data, data.items.filter((i) => i.kind === k.kind), false, `Nothing of this kind on ${data.today}.`) }],
  }));
  const late = data.items.filter((i) => i.daysPastDue !== null && i.daysPastDue > 0).length;
  return {
    title: 'My queue',
    today: data.today,
    summary: [
      { label: 'Whose', value: whose(data) },
      { label: 'Items', value: data.items.length },
      { label: 'Past due', value: late, tone: late > 0 ? 'warn' : 'good' },
      ...data.kinds.map((k) => ({ label: k.label, value: k.items })),
    ],
    sections: [
      {
        title: 'Waiting',
        intro:
          'Approvals at the gate of the stage an active brief stands at, for the holders of its roles who are not away and the delegates of those who are; the owner\'s briefs over SLA or with a launch missed or at risk, tools with a notice deadline or review due, and SOPs due for review, as mops check reports them. Soonest due first; days past due below 0 are the days left.',
        blocks: [{ type: 'table', table: main }],
      },
      ...sections,
    ],
    main,
    notes,
  };
}
