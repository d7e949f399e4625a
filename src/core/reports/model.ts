// The report document model: what every renderer (Markdown, HTML, CSV, JSON) receives, whatever the report.

/** How a value reads at a glance: good news, something to watch, a problem, or background. */
export type Tone = 'good' | 'warn' | 'bad' | 'muted';

/**
 * How a number is shown: `money` and `number` with thousands separators, `percent` as a percentage
 * (the value is already ×100), `days` as whole days, `signed` money with an explicit + for positives.
 */
export type NumberFormat = 'number' | 'money' | 'signed' | 'percent' | 'days';

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

export type Block =
  | { type: 'table'; title?: string; table: Table }
  | BarChart
  | Graph
  | { type: 'text'; text: string }
  | { type: 'list'; items: string[] };

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

/** A figure's text for people: `1,250`, `+300`, `85%`, `12 days`; `—` for nothing. */
export function formatValue(value: CellValue, format?: NumberFormat): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  const rounded = Math.round(value * 100) / 100;
  const text = rounded.toLocaleString('en-US', { maximumFractionDigits: format === 'percent' || format === 'days' ? 1 : 2 });
  switch (format) {
    case 'signed':
      return rounded > 0 ? `+${text}` : text;
    case 'percent':
      return `${text}%`;
    case 'days':
      return `${text} d`;
    default:
      return text;
  }
}
