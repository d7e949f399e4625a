// Renders any built report (the named reports and the pull-request diff) in one of the formats.

import type { ReportDocument } from '../model';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJson, type JsonReport } from './json';
import { renderMarkdown } from './markdown';

export type Format = 'md' | 'html' | 'csv' | 'json';

export function renderAs(report: JsonReport & { document: ReportDocument }, format: Format): string {
  switch (format) {
    case 'md':
      return renderMarkdown(report.document);
    case 'html':
      return renderHtml(report.document);
    case 'csv':
      return renderCsv(report.document);
    case 'json':
      return renderJson(report);
  }
}
