// "mops: Generate a report": pick a report and a format. HTML opens in a webview (strict content security
// policy, no scripts); Markdown, CSV and JSON are written to the reports folder and opened beside. The
// check report (every finding, as a pull-request comment would show them) is one of the choices.

import * as vscode from 'vscode';
import { REPORT_REQUEST, REPORTS_REQUEST, type PlaybookRef, type ReportParams, type ReportResult, type ReportsResult } from '../../lsp/protocol-commands';
import { readSettings } from '../settings';
import { makeNonce, webviewHtml } from './report-webview';
import { folderOf, pickPlaybook, type CommandHost } from './shared';

export interface ReportAnswers {
  /** A report's name (`pipeline`, `utm`, …) or `check`. */
  report?: string;
  /** html, md, csv or json. */
  format?: string;
}

const FORMAT_LABELS: Record<string, string> = { html: 'HTML (opens in the editor)', md: 'Markdown', csv: 'CSV', json: 'JSON' };

/** The folder reports go to: the setting (ignored in untrusted workspaces), else the Config's `reports.out_dir`. */
function reportsFolder(playbook: PlaybookRef, outDir: string): vscode.Uri {
  const setting = vscode.workspace.isTrusted ? readSettings(vscode.Uri.parse(playbook.uri)).reportsOutputFolder : '';
  return folderOf(playbook.uri, setting || outDir);
}

/** A report rendered by the server, or undefined (with a message) when it could not be. */
async function render(host: CommandHost, params: ReportParams): Promise<ReportResult | undefined> {
  const result = await host.request<ReportResult | null>(REPORT_REQUEST, params);
  if (!result) void vscode.window.showErrorMessage(`mops could not generate the ${params.report} report.`);
  return result ?? undefined;
}

/**
 * Writes a report file and opens it beside. Reports are generated: a new one replaces the last one of its name,
 * but never one open with unsaved changes, which would be lost (or left in conflict with the file).
 */
async function writeBeside(playbook: PlaybookRef, folder: vscode.Uri, name: string, content: string): Promise<vscode.Uri | undefined> {
  const file = vscode.Uri.joinPath(folder, name);
  const link = await linkOnTheWay(vscode.Uri.parse(playbook.uri), file);
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
  const playbook = await pickPlaybook(host);
  if (!playbook) return undefined;
  const list = await host.request<ReportsResult>(REPORTS_REQUEST);
  const name =
    given.report ??
    (
      await vscode.window.showQuickPick(
        [
          ...list.reports.map((r) => ({ label: r.title, description: r.name, detail: r.description, name: r.name })),
          { label: 'Check report', description: 'check', detail: "Every finding of mops check, as a pull request's comment shows them (Markdown).", name: 'check' },
        ],
        { title: 'Generate a report', matchOnDetail: true },
      )
    )?.name;
  if (!name) return undefined;
  if (name === 'check') {
    const check = await render(host, { root: playbook.uri, report: 'check' });
    return check && writeBeside(playbook, reportsFolder(playbook, check.outDir), check.fileName, check.content);
  }
  const info = list.reports.find((r) => r.name === name);
  if (!info) return undefined;
  const format = given.format ?? (await vscode.window.showQuickPick(list.formats.map((f) => ({ label: FORMAT_LABELS[f] ?? f, format: f })), { title: `${info.title}: which format?` }))?.format;
  if (!format || !list.formats.includes(format)) return undefined;
  const report = await render(host, { root: playbook.uri, report: name, format });
  if (!report) return undefined;
  if (format === 'html') return showHtml(`${playbook.uri}#${name}`, `${report.title} — ${playbook.name}`, report.content);
  return writeBeside(playbook, reportsFolder(playbook, report.outDir), report.fileName, report.content);
}

/** "mops: Export UTM links as CSV": the utm report's table, for ad platforms, in the reports folder. */
export async function exportUtmCsv(host: CommandHost): Promise<vscode.Uri | undefined> {
  await host.idle();
  const playbook = await pickPlaybook(host);
  if (!playbook) return undefined;
  const csv = await render(host, { root: playbook.uri, report: 'utm', format: 'csv' });
  return csv && writeBeside(playbook, reportsFolder(playbook, csv.outDir), csv.fileName, csv.content);
}

/** The webview panels' HTML, for the extension-host tests. */
export function reportPanels(): ReadonlyMap<string, vscode.WebviewPanel> {
  return panels;
}
