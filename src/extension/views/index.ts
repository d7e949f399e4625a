// Registers the Marketing Ops views (My Queue, Pipeline, Martech Register, SOP Library, Calendar) and their
// commands, redraws the views a change touches (the source says which), and sets `mops.hasPlaybook` for their welcome.

import * as vscode from 'vscode';
import type { ViewId, ViewNode } from '../../core';
import { CalendarProvider } from './calendar';
import { insertChecklist } from './insert-checklist';
import { OPEN_COMMAND, openAt } from './open';
import { TreeProvider } from './provider';
import { QueueProvider } from './queue';
import { ServerViewSource } from './server-source';
import type { ViewHost } from './source';

export type { ViewHost } from './source';

export const VIEW_IDS = { pipeline: 'mops.pipeline', martech: 'mops.martech', sops: 'mops.sops', calendar: 'mops.calendar', queue: 'mops.queue' } as const;
export const HAS_PLAYBOOK = 'mops.hasPlaybook';
/** Set once the playbooks were read, so that the "no playbook" welcome never shows while they are being read. */
export const LOADED = 'mops.playbooksLoaded';

export class Views implements vscode.Disposable {
  readonly pipeline: TreeProvider;
  readonly martech: TreeProvider;
  readonly sops: TreeProvider;
  readonly calendar: CalendarProvider;
  readonly myQueue: QueueProvider;
  readonly source: ServerViewSource;
  /** The Pipeline's tree view (the bench opens a stage in it). */
  readonly pipelineView: vscode.TreeView<ViewNode>;
  private readonly disposables: vscode.Disposable[];
  private hasPlaybook?: boolean;
  private disposed = false;

  constructor(private readonly host: ViewHost) {
    this.source = new ServerViewSource(host.client);
    this.pipeline = new TreeProvider(this.source, 'pipeline');
    this.martech = new TreeProvider(this.source, 'martech');
    this.sops = new TreeProvider(this.source, 'sops');
    this.calendar = new CalendarProvider(this.source);
    this.myQueue = new QueueProvider(this.source, () => this.source.playbookRoots());
    const view = (id: string, provider: TreeProvider) => vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true });
    this.pipelineView = view(VIEW_IDS.pipeline, this.pipeline);
    this.disposables = [
      this.source,
      this.pipeline,
      this.martech,
      this.sops,
      this.pipelineView,
      view(VIEW_IDS.martech, this.martech),
      view(VIEW_IDS.sops, this.sops),
      this.source.onDidChange((views) => this.draw(views)),
      this.source.onDidChangeNodes(({ view, nodes }) => this.disposed || this.providers.find((p) => p.view === view)?.refreshNodes(nodes)),
      vscode.commands.registerCommand(OPEN_COMMAND, (uri: vscode.Uri, index: number, path: Array<string | number>) => openAt(host.client, uri, index, path)),
      vscode.commands.registerCommand('mops.sops.insertChecklist', (node?: unknown) => insertChecklist(host.client, node)),
      vscode.commands.registerCommand('mops.views.refresh', () => this.reload()),
      this.calendar,
      view(VIEW_IDS.calendar, this.calendar),
      vscode.commands.registerCommand('mops.calendar.toggleGrouping', () => this.calendar.toggle()),
      this.myQueue,
      vscode.window.createTreeView(VIEW_IDS.queue, { treeDataProvider: this.myQueue }),
    ];
    // Until the first read is done the views show progress rather than "no playbook".
    const loaded = host.idle().then(() => {
      if (this.disposed) return;
      void vscode.commands.executeCommand('setContext', LOADED, true);
      this.setContext();
    });
    for (const viewId of Object.values(VIEW_IDS)) void vscode.window.withProgress({ location: { viewId } }, () => loaded);
  }

  dispose(): void {
    this.disposed = true;
    this.disposables.forEach((d) => d.dispose());
    for (const key of [HAS_PLAYBOOK, LOADED]) void vscode.commands.executeCommand('setContext', key, undefined);
  }

  private get providers(): ReadonlyArray<{ view: ViewId; refresh(): void; refreshNodes(nodes: ViewNode[]): void }> {
    return [this.pipeline, this.martech, this.sops, this.calendar, this.myQueue];
  }

  /** Redraws the views a batch of changes touched. */
  private draw(views: readonly ViewId[]): void {
    if (this.disposed) return;
    for (const provider of this.providers) if (views.includes(provider.view)) provider.refresh();
    this.setContext();
  }

  private async reload(): Promise<void> {
    await this.host.restart();
    await this.host.idle();
    this.myQueue.forget();
    this.source.forget();
    for (const provider of this.providers) provider.refresh();
  }

  private setContext(): void {
    if (this.disposed) return;
    void this.source.playbookRoots().then((roots) => {
      const has = roots.length > 0;
      if (this.disposed || has === this.hasPlaybook) return;
      this.hasPlaybook = has;
      void vscode.commands.executeCommand('setContext', HAS_PLAYBOOK, has);
    });
  }
}

export function registerViews(host: ViewHost): Views {
  return new Views(host);
}
