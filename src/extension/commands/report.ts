// "mops: Generate a report": pick a report and a format. HTML opens in a webview (strict content security
// policy, no scripts); Markdown, CSV and JSON are written to the reports folder and opened beside. The
// check report (every finding, as a pull-request comment would show them) is one of the choices.

import * as vscode from 'vscode';
import { buildReport, checkSummaryMarkdown, countFindings, isReportFormat, isReportName, renderReport, reportFileName, REPORT_FORMATS, REPORT_INFO, REPORTS, type ReportFormat, type ReportName } from '../../core';
import type { Playbook } from '../playbooks';
import { readSettings } from '../settings';
import { makeNonce, webviewHtml } from './report-webview';
import { folderOf, pickPlaybook, type CommandHost } from './shared-legacy';

export interface ReportAnswers {
  report?: ReportName | 'check';
  format?: ReportFormat;
}

const FORMAT_LABELS: Record<ReportFormat, string> = { html: 'HTML (opens in the editor)', md: 'Markdown', csv: 'CSV', json: 'JSON' };

/** The folder reports go to: the setting (ignored in untrusted workspaces), else the Config's `reports.out_dir`. */
function reportsFolder(playbook: Playbook): vscode.Uri {
  const setting = vscode.workspace.isTrusted ? readSettings(playbook.root).reportsOutputFolder : '';
  return folderOf(playbook, setting || playbook.workspace.config.reports.outDir);
}

/**
 * Writes a report file and opens it beside. Reports are generated: a new one replaces the last one of its name,
 * but never one open with unsaved changes, which would be lost (or left in conflict with the file).
 */
async function writeBeside(playbook: Playbook, folder: vscode.Uri, name: string, content: string): Promise<vscode.Uri | undefined> {
  const file = vscode.Uri.joinPath(folder, name);
  const link = await linkOnTheWay(playbook.root, file);
  if (link) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(link)} is a symbolic link; mops does not write reports through links in a playbook. Remove it, or set mops.reports.outputFolder to a real folder.`);
    return undefined;
  }
  if (vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === file.toString())) {
    void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(file)} is open with unsaved changes; save or revert it, then generate the report again.`);
    return undefined;
  }
  await vscode.workspace.fs.createDirectory(folder);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(content));
  await vscode.window.showTextDocument(file, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return file;
}

/**
 * The first symbolic link on the way from the playbook's root to `file` (the file included), if any: a
 * playbook repo is untrusted, and a link it holds (reports/ → ~/.ssh, pipeline.md → ~/.bashrc) must not
 * turn a report into a write outside it. Outside the root (the user's own setting) nothing is checked.
 */
async function linkOnTheWay(root: vscode.Uri, file: vscode.Uri): Promise<vscode.Uri | undefined> {
  const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
  if (file.scheme !== root.scheme || file.authority !== root.authority || !file.path.startsWith(base)) return undefined;
  let at = root;
  for (const part of file.path.slice(base.length).split('/').filter(Boolean)) {
    at = vscode.Uri.joinPath(at, part);
    let type: vscode.FileType;
    try {
      type = (await vscode.workspace.fs.stat(at)).type;
    } catch {
      return undefined; // the rest does not exist yet: it is created as real folders and a real file
    }
    if (type & vscode.FileType.SymbolicLink) return at;
  }
  return undefined;
}

function checkReport(playbook: Playbook): string {
  const { workspace } = playbook;
  const files = workspace.paths();
  const findings = workspace.allFindings();
  return checkSummaryMarkdown({ findings, summary: countFindings(files.length, findings) });
}

/** The open report panels, so that generating a report again shows it in the same panel. */
const panels = new Map<string, vscode.WebviewPanel>();

function showHtml(key: string, title: string, html: string): vscode.WebviewPanel {
  let panel = panels.get(key);
  if (!panel) {
    panel = vscode.window.createWebviewPanel('mops.report', title, vscode.ViewColumn.Beside, { enableScripts: false, enableForms: false, localResourceRoots: [] });
    panels.set(key, panel);
    panel.onDidDispose(() => panels.delete(key));
  }
  panel.title = title;
  panel.webview.html = webviewHtml(html, makeNonce());
  panel.reveal(vscode.ViewColumn.Beside);
  return panel;
}

export async function generateReport(host: CommandHost, given: ReportAnswers = {}): Promise<vscode.Uri | vscode.WebviewPanel | undefined> {
  await host.idle();
  const playbook = await pickPlaybook(host.playbooks());
  if (!playbook) return undefined;
  const name =
    given.report ??
    (
      await vscode.window.showQuickPick(
        [
          ...REPORTS.map((n) => ({ label: REPORT_INFO[n].title, description: n, detail: REPORT_INFO[n].description, name: n as ReportName | 'check' })),
          { label: 'Check report', description: 'check', detail: "Every finding of mops check, as a pull request's comment shows them (Markdown).", name: 'check' as const },
        ],
        { title: 'Generate a report', matchOnDetail: true },
      )
    )?.name;
  if (!name) return undefined;
  if (name === 'check') return writeBeside(playbook, reportsFolder(playbook), 'mops-check.md', checkReport(playbook));
  if (!isReportName(name)) return undefined;
  const format =
    given.format ?? (await vscode.window.showQuickPick(REPORT_FORMATS.map((f) => ({ label: FORMAT_LABELS[f], format: f })), { title: `${REPORT_INFO[name].title}: which format?` }))?.format;
  if (!format || !isReportFormat(format)) return undefined;
  const report = buildReport(name, playbook.workspace);
  const content = renderReport(report, format);
  if (format === 'html') return showHtml(`${playbook.root.toString()}#${name}`, `${report.title} — ${playbook.name}`, content);
  return writeBeside(playbook, reportsFolder(playbook), reportFileName(name, format), content);
}

/** "mops: Export UTM links as CSV": the utm report's table, for ad platforms, in the reports folder. */
export async function exportUtmCsv(host: CommandHost): Promise<vscode.Uri | undefined> {
  await host.idle();
  const playbook = await pickPlaybook(host.playbooks());
  if (!playbook) return undefined;
  const csv = renderReport(buildReport('utm', playbook.workspace), 'csv');
  return writeBeside(playbook, reportsFolder(playbook), reportFileName('utm', 'csv'), csv);
}

/** The webview panels' HTML, for the extension-host tests. */
export function reportPanels(): ReadonlyMap<string, vscode.WebviewPanel> {
  return panels;
}
