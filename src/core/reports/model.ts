// The report document model: what every renderer (Markdown, HTML, CSV, JSON) receives, whatever the report.

import type { Severity } from '../model/types';

/** How a value reads at a glance: good news, something to watch, a problem, or background. */
export type Tone = 'good' | 'warn' | 'bad' | 'muted';

/** Severity → tone: the one mapping by which every report, chart and the diff colour a risk or a finding. */
export const SEVERITY_TONE: Readonly<Record<Severity, Tone>> = { error: 'bad', warning: 'warn', info: 'muted' };

export function toneOf(severity: Severity | undefined): Tone | undefined {
  return severity === undefined ? undefined : SEVERITY_TONE[severity];
}

/**
 * How a number is shown: `money` and `number` with thousands separators, `percent` as a percentage
 * (the value is already ×100), `days` as whole days, `signed` money with an explicit + for positives,
 * `headroom` money left of an amount, which reads "over by 1,000" below 0.
 */
export type NumberFormat = 'number' | 'money' | 'signed' | 'percent' | 'days' | 'headroom';

/** A table cell: text, a number, nothing (shown as —), or a value with a tone. */
export type CellValue = string | number | null;
export type Cell = CellValue | { value: CellValue; tone?: Tone };

export interface Column {
  label: string;
  format?: NumberFormat;
  /** Written to CSV only (the full URL, say): too wide for a comment or a page. */
  csvOnly?: boolean;
}

export interface Table {
  columns: Column[];
  rows: Cell[][];
  /** Shown instead of an empty table. */
  empty?: string;
}

export interface Figure {
  label: string;
  value: CellValue;
  format?: NumberFormat;
  tone?: Tone;
}

export interface BarChart {
  type: 'bars';
  title: string;
  /** One name per value of each category; more than one draws grouped bars with a legend. */
  series: string[];
  /** A tone per series (Over SLA in red, say); none for the default colours. */
  seriesTones?: Array<Tone | undefined>;
  /** A null value has no bar (a stage nobody has left yet, say) and shows as —. */
  categories: Array<{ label: string; values: Array<number | null>; tone?: Tone }>;
  format?: NumberFormat;
}

export interface Graph {
  type: 'graph';
  title: string;
  /** `label` is short (drawn in a box); `title` is the full name (Mermaid's box, the SVG tooltip). */
  nodes: Array<{ id: string; label: string; title: string; tone?: Tone }>;
  /** What the node tones mean, for the legend. */
  legend?: Array<{ tone: Tone; text: string }>;
  /** Directed edges; a pair in both directions is drawn once with two arrow heads. */
  edges: Array<{ from: string; to: string }>;
}

/** Bars on a time axis (the calendar): one row per item from its first to its last day, shaded bands, a today line. */
export interface Timeline {
  type: 'timeline';
  title: string;
  /** The axis, YYYY-MM-DD, both days included. */
  from: string;
  to: string;
  today: string;
  /** Gridlines, each at the start of a period (a week, a month), with its short label. */
  ticks: Array<{ day: string; label: string }>;
  /** Periods shaded across every row (blackouts), labelled. */
  bands: Array<{ from: string; to: string; label: string }>;
  /** `label` is short (the row's name); `title` is the tooltip. */
  rows: Array<{ label: string; title: string; from: string; to: string; tone?: Tone }>;
}

/** Links to files next to the page (another report of `mops report all`): an href that is not a plain file name shows as text. */
export interface Links {
  type: 'links';
  links: Array<{ text: string; href: string }>;
}

export type Block =
  | { type: 'table'; title?: string; table: Table }
  | BarChart
  | Graph
  | Timeline
  | { type: 'text'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'figures'; figures: Figure[] }
  | Links;

/** A link target a renderer may print: a file name next to the page, nothing that could leave it (no scheme, no path). */
export function isLocalFile(href: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/.test(href);
}

export interface Section {
  title: string;
  /** One sentence: what the section shows and how its figures are counted. */
  intro?: string;
  blocks: Block[];
}

export interface ReportDocument {
  title: string;
  /** The day the report counts from, YYYY-MM-DD. */
  today: string;
  summary: Figure[];
  sections: Section[];
  /** The report's main table: what CSV exports (one row per brief, tool, allocation, stage or link). */
  main: Table;
  /** Remarks on what could not be counted (a brief with no budget currency, say). */
  notes: string[];
}

export function cellValue(cell: Cell): CellValue {
  return cell !== null && typeof cell === 'object' ? cell.value : cell;
}

export function cellTone(cell: Cell): Tone | undefined {
  return cell !== null && typeof cell === 'object' ? cell.tone : undefined;
}

/** A cell coloured by the severity of the risk it shows, if any. */
export function risky(value: CellValue, severity: Severity | undefined): Cell {
  return severity === undefined ? value : { value, tone: SEVERITY_TONE[severity] };
}

/** A figure's text for people: `1,250`, `+300`, `85%`, `12 days`; `—` for nothing. */
export function formatValue(value: CellValue, format?: NumberFormat): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  const rounded = Math.round(value * 100) / 100;
  const text = rounded.toLocaleString('en-US', { maximumFractionDigits: format === 'percent' || format === 'days' ? 1 : 2 });
  switch (format) {
    case 'signed':
      return rounded > 0 ? `+${text}` : text;
    case 'headroom':
      return rounded < 0 ? `over by ${formatValue(-rounded, 'money')}` : text;
    case 'percent':
      return `${text}%`;
    case 'days':
      return `${text} d`;
    default:
      return text;
  }
}
