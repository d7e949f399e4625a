// `mops report handbook`: the SOPs, workflows, roles and standards as pages for a new hire, built as data and
// rendered by the reports' own renderers; the CLI writes the pages (file name → content).

import type { Workspace } from '../../engine/workspace';
import { renderHtml } from '../render/html';
import { renderJson } from '../render/json';
import { renderMarkdown } from '../render/markdown';
import { buildHandbook, type HandbookData } from './data';
import { handbookDocuments, HANDBOOK_TITLE } from './pages';

export const HANDBOOK_FORMATS = ['html', 'md', 'json'] as const;
export type HandbookFormat = (typeof HANDBOOK_FORMATS)[number];

/** The page formats: a site of files, one per page. */
export type HandbookPageFormat = 'html' | 'md';

export const HANDBOOK_INFO = {
  title: HANDBOOK_TITLE,
  description: 'The SOPs with their steps (who does each, a link, when it is done), the workflows with their gates, approvers, SLAs and tier rules, and the naming and UTM standards: a site for new hires.',
};

export interface HandbookPage {
  /** A plain file name (`index.html`, `sop-campaign-intake.html`): no folder, nothing hidden. */
  file: string;
  content: string;
}

/** Builds the handbook's content from a loaded workspace; `today` (a day number) defaults to the workspace's. */
export function buildHandbookData(workspace: Workspace, today: number = workspace.today): HandbookData {
  return buildHandbook({ workspace, index: workspace.view(), config: workspace.config, today });
}

/** Every page of the site in one format, the index first, each linking to the others by file name. */
export function handbookPages(data: HandbookData, format: HandbookPageFormat): HandbookPage[] {
  const render = format === 'html' ? renderHtml : renderMarkdown;
  return handbookDocuments(data, format, 'files').map((page) => ({ file: `${page.name}.${format}`, content: render(page.document) }));
}

/** The handbook as one text for stdout: every page in one Markdown document (no links), or the data as JSON. */
export function renderHandbook(data: HandbookData, format: 'md' | 'json'): string {
  if (format === 'json') return renderJson({ name: 'handbook', title: HANDBOOK_TITLE, today: data.today, data });
  return handbookDocuments(data, 'md', 'none').map((page) => renderMarkdown(page.document)).join('\n');
}

export type { HandbookData, HandbookSop, HandbookStep, HandbookWorkflow, HandbookStage, HandbookPerson, HandbookStandards } from './data';
