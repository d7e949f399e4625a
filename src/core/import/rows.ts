// Each spreadsheet row read into field values with the mapping, every normalisation recorded.

import type { ImportContext } from './context';
import { columnOrder, orderWords, readDate, settle, type ColumnOrder, type DateRead } from './dates';
import { fieldSpec, type FieldSpec } from './fields';
import { splitList } from './guess-values';
import type { Mapping } from './mapping';
import { shown, trimCell } from './text';
import type { Cell, DateOrder, Note, RowValues, Table } from './types';
import { readBoolean, readCurrency, readDecimal, readEmail, readInteger, readMoney, readShare, readSlug, readText, type Read } from './values';

/** The order each date column is read in, and the columns that need the user to say. */
export interface DateOrders {
  byColumn: Map<number, { order?: DateOrder; why?: string }>;
  /** Columns whose order neither their values nor the user settle. */
  unsettled: ColumnOrder[];
}

export function dateOrders(mapping: Mapping, table: Table, given: DateOrder | undefined): DateOrders {
  const byColumn: DateOrders['byColumn'] = new Map();
  const unsettled: ColumnOrder[] = [];
  mapping.columns.forEach((column, i) => {
    if (column.field === null || fieldSpec(mapping.kind, column.field)?.type !== 'date') return;
    const found = columnOrder(column.header, table.rows.map((r) => readDate(r.cells[i])));
    if (given) byColumn.set(i, { order: given, why: `${orderWords(given)}, as --date-order ${given} says` });
    else if (found.order) byColumn.set(i, { order: found.order, why: `${orderWords(found.order)}: the column has ${found.evidence}` });
    else if (found.examples.length > 0) unsettled.push(found);
    else byColumn.set(i, {});
  });
  return { byColumn, unsettled };
}

/** A currency read from a money cell goes to the record's currency field, unless a column gave one. */
const CURRENCY_OF: Record<string, string> = { 'budget.planned': 'budget.currency', 'cost.annual': 'cost.currency' };

interface Put {
  (value: unknown, note?: string): void;
}

function readCell(spec: FieldSpec, column: number, text: string, cell: Cell, mapping: Mapping, ctx: ImportContext, orders: DateOrders, put: Put, row: RowValues): Read<unknown> | undefined {
  const from = typeof cell === 'string' ? text : cell;
  switch (spec.type) {
    case 'text':
      // Line breaks inside a cell come as the app wrote them (CRLF from Excel on Windows); files keep \n.
      return { ok: true, value: typeof cell === 'string' ? text.replace(/\r\n?/g, '\n') : readText(cell) };
    case 'id':
    case 'url':
      return { ok: true, value: readText(from) };
    case 'slug':
      return readSlug(from);
    case 'email':
      return readEmail(from);
    case 'integer':
      return readInteger(from);
    case 'boolean':
      return readBoolean(from);
    case 'share':
      return readShare(from);
    case 'currency':
      return readCurrency(from);
    case 'number': {
      const d = readDecimal(from);
      if (!d.ok) return d;
      if (d.value.percent) row.values.set('unit', 'percent');
      return { ok: true, value: d.value.n, why: d.value.percent ? 'unit: percent' : undefined };
    }
    case 'money': {
      const m = readMoney(from);
      if (!m.ok) return m;
      const currencyField = CURRENCY_OF[spec.field];
      if (m.value.currency && currencyField && !row.values.has(currencyField)) row.values.set(currencyField, m.value.currency);
      return { ok: true, value: m.value.amount, why: m.why };
    }
    case 'date': {
      let read: DateRead = readDate(from);
      const order = orders.byColumn.get(column);
      if (read.ok === 'ambiguous') read = order?.order ? settle(read, order.order, order.why ?? '') : { ok: false, reason: `${shown(text)} could be day first or month first` };
      if (read.ok === true) return { ok: true, value: read.day, why: read.why };
      return { ok: false, reason: read.ok === false ? read.reason : `${shown(text)} could be day first or month first` };
    }
    case 'person':
    case 'dictionary': {
      const table = mapping.values[spec.field] ?? {};
      const items = spec.list ? splitList(text) : [text];
      const out = items.map((raw) => table[raw] ?? raw);
      if (spec.type === 'person') {
        const match = ctx.person(items[0]);
        const how = match && 'id' in match && table[items[0]] === match.id ? match.how : 'the mapping';
        return { ok: true, value: out[0], why: out[0] !== items[0] ? how : undefined };
      }
      put(spec.list ? out : out[0]);
      return undefined;
    }
  }
}

const display = (value: unknown) => (Array.isArray(value) ? `[${value.join(', ')}]` : String(value));

/** The rows with their values by field; `orders` must settle every date column that needs it. */
export function readRows(mapping: Mapping, table: Table, ctx: ImportContext, orders: DateOrders): RowValues[] {
  const mapped = mapping.columns.flatMap((c, i) => {
    const spec = c.field === null ? undefined : fieldSpec(mapping.kind, c.field);
    return spec ? [{ spec, header: c.header, column: i }] : [];
  });
  return table.rows.map((tableRow) => {
    const row: RowValues = { line: tableRow.line, values: new Map(), notes: [], problems: [], trimmed: [] };
    for (const { spec, header, column } of mapped) {
      const cell = tableRow.cells[column];
      const raw = typeof cell === 'string' ? cell : readText(cell);
      const text = trimCell(raw);
      if (text === '') continue;
      if (typeof cell === 'string' && text !== raw) row.trimmed.push(header);
      const note = (to: unknown, why?: string) => {
        const from = typeof cell === 'string' ? text : cell instanceof Date ? readText(cell) : String(cell);
        if (display(to) !== from || why) row.notes.push({ column: header, from: shown(from), to: display(to), why } satisfies Note);
      };
      const put: Put = (value) => {
        row.values.set(spec.field, value);
        note(value);
      };
      const read = readCell(spec, column, text, cell, mapping, ctx, orders, put, row);
      if (!read) continue;
      if (!read.ok) {
        row.problems.push(`${header}: ${read.reason}`);
        continue;
      }
      row.values.set(spec.field, read.value);
      if (spec.type !== 'text' && spec.type !== 'id' && spec.type !== 'url') note(read.value, read.why);
    }
    for (const [field, value] of Object.entries(mapping.defaults)) {
      if (!row.values.has(field)) row.values.set(field, value);
    }
    return row;
  });
}
