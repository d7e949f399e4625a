// The queue report's data: what waits for one person (or for each member, with no person), as plain figures.

import type { Severity } from '../../model/types';
import { rangeIn } from '../../engine/context';
import { formatDay } from '../../text/dates';
import { personName, type ReportInput } from '../facts';
import { QUEUE_KINDS, queueItems } from './items';

export interface QueueRow {
  /** The kind's id (approval, sla, notice, tool-review, sop-review) and its label. */
  kind: string;
  kindLabel: string;
  person: string;
  personName: string | null;
  /** The away member this person acts for as delegate (approvals only). */
  for: string | null;
  subject: string;
  title: string;
  file: string;
  /** The line the item is about, 1-based as an editor shows it. */
  line: number | null;
  due: string | null;
  /** today − due: above 0 late by that many days, 0 or below due in −that many. */
  daysPastDue: number | null;
  severity: Severity;
  message: string;
}

export interface QueueData {
  today: string;
  /** The person whose queue it is; null: every member's (`mops report all`). */
  person: string | null;
  personName: string | null;
  /** Items per kind, in QUEUE_KINDS order: `{ kind, label, items }`. */
  kinds: Array<{ kind: string; label: string; items: number }>;
  items: QueueRow[];
}

export function buildQueue(input: ReportInput): QueueData {
  const person = input.person;
  const items = queueItems(input, person).map((item): QueueRow => {
    const at = rangeIn(item.doc, item.path);
    return {
      kind: item.kind,
      kindLabel: QUEUE_KINDS.find((k) => k.id === item.kind)?.label ?? item.kind,
      person: item.person,
      personName: personName(input.index, item.person) ?? null,
      for: item.for ?? null,
      subject: item.subject,
      title: item.title,
      file: item.doc.path,
      line: at === undefined ? null : at.start.line + 1,
      due: item.due === undefined ? null : formatDay(item.due),
      daysPastDue: item.due === undefined ? null : input.today - item.due,
      severity: item.severity,
      message: item.message,
    };
  });
  return {
    today: formatDay(input.today),
    person: person ?? null,
    personName: person === undefined ? null : (personName(input.index, person) ?? null),
    kinds: QUEUE_KINDS.map((k) => ({ kind: k.id, label: k.label, items: items.filter((i) => i.kind === k.id).length })),
    items,
  };
}
