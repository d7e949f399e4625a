// The index page of `mops report all`: every report, linked in each format written, with its headline figures.

import type { ReportDocument, Section } from './model';
import { renderHtml } from './render/html';
import { renderMarkdown } from './render/markdown';

/** What the index needs of a built report: its name, title, description and headline figures (its summary). */
export interface IndexedReport {
  name: string;
  title: string;
  description: string;
  today: string;
  document: ReportDocument;
}

export type IndexFormat = 'md' | 'html';

const FORMAT_NAMES: Record<string, string> = { md: 'Markdown', html: 'HTML', csv: 'CSV', json: 'JSON' };

/** `index.md`, `index.html`. */
export function reportIndexFileName(format: IndexFormat): string {
  return `index.${format}`;
}

/**
 * The index as a document: a section per report with links to its files (the page in the index's own
 * format first) and the figures of its summary, coloured as the report colours them.
 */
export function reportIndexDocument(reports: readonly IndexedReport[], formats: readonly string[], own: IndexFormat): ReportDocument {
  const order = [own, ...formats.filter((f) => f !== own)].filter((f) => formats.includes(f));
  const sections: Section[] = reports.map((r) => ({
    title: r.title,
    intro: r.description,
    blocks: [
      { type: 'links', links: order.map((f) => ({ text: `${FORMAT_NAMES[f] ?? f}: ${r.name}.${f}`, href: `${r.name}.${f}` })) },
      { type: 'figures', figures: r.document.summary },
    ],
  }));
  return {
    title: 'Playbook reports',
    today: reports[0]?.today ?? '',
    summary: [],
    sections,
    main: { columns: [{ label: 'Report' }, { label: 'Title' }, { label: 'Files' }], rows: reports.map((r) => [r.name, r.title, order.map((f) => `${r.name}.${f}`).join(' ')]) },
    notes: [],
  };
}

export function renderReportIndex(reports: readonly IndexedReport[], formats: readonly string[], format: IndexFormat): string {
  const doc = reportIndexDocument(reports, formats, format);
  return format === 'md' ? renderMarkdown(doc) : renderHtml(doc);
}
