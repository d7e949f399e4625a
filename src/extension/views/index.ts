// Registers the Marketing Ops views (My Queue, Pipeline, Martech Register, SOP Library) and their commands, keeps
// them current from the playbooks' changes (debounced), and sets `mops.hasPlaybook` for their welcome.

import * as vscode from 'vscode';
import type { Changes, Playbooks } from '../playbooks';
import { OPEN_COMMAND, openAt } from './common';
import { insertChecklist } from './insert-checklist';
import { MartechProvider } from './martech';
import { PipelineProvider } from './pipeline';
import type { ViewProvider } from './provider';
import { SopsProvider } from './sops';
import { CalendarProvider } from './calendar';
import { QueueProvider } from './queue';

/** What the views need of the running session. */
export interface ViewHost {
  readonly playbooks: Playbooks;
  /** Resolves when the playbooks are read and every pending change applied. */
  idle(): Promise<void>;
  /** Reads every playbook again. */
  restart(): Promise<void>;
}

export const VIEW_IDS = { pipeline: 'mops.pipeline', martech: 'mops.martech', sops: 'mops.sops', calendar: 'mops.calendar', queue: 'mops.queue' } as const;
export const HAS_PLAYBOOK = 'mops.hasPlaybook';
/** Set once the playbooks were read, so that the "no playbook" welcome never shows while they are being read. */
export const LOADED = 'mops.playbooksLoaded';

/** Changes are gathered this long and drawn together: a keystroke's re-check touches a file or a few. */
const DEBOUNCE_MS = 100;

export class Views implements vscode.Disposable {
  readonly pipeline: PipelineProvider;
  readonly martech: MartechProvider;
  readonly sops: SopsProvider;
  readonly calendar: CalendarProvider;
  readonly myQueue: QueueProvider;
  private readonly disposables: vscode.Disposable[];
  private readonly pending: Changes = new Map();
  private timer?: ReturnType<typeof setTimeout>;
  /** The roots of the playbooks last drawn: when they change, the grouping under playbooks may change. */
  private drawn = '';
  private hasPlaybook?: boolean;
  private disposed = false;

  constructor(private readonly host: ViewHost) {
    const { playbooks } = host;
    this.pipeline = new PipelineProvider(playbooks);
    this.martech = new MartechProvider(playbooks);
    this.sops = new SopsProvider(playbooks);
    this.calendar = new CalendarProvider(playbooks);
    this.myQueue = new QueueProvider(playbooks);
    const view = (id: string, provider: ViewProvider<unknown>) => vscode.window.createTreeView(id, { treeDataProvider: provider, showCollapseAll: true });
    this.disposables = [
      this.pipeline,
      this.martech,
      this.sops,
      view(VIEW_IDS.pipeline, this.pipeline),
      view(VIEW_IDS.martech, this.martech),
      view(VIEW_IDS.sops, this.sops),
      playbooks.onDidChange((changes) => this.queue(changes)),
      vscode.commands.registerCommand(OPEN_COMMAND, (uri: vscode.Uri, index: number, path: Array<string | number>) => openAt(playbooks, uri, index, path)),
      vscode.commands.registerCommand('mops.sops.insertChecklist', (node?: unknown) => insertChecklist(playbooks, node)),
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
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
    for (const key of [HAS_PLAYBOOK, LOADED]) void vscode.commands.executeCommand('setContext', key, undefined);
  }

  private queue(changes: Changes): void {
    for (const [playbook, paths] of changes) {
      const set = this.pending.get(playbook) ?? new Set<string>();
      for (const path of paths) set.add(path);
      this.pending.set(playbook, set);
    }
    this.timer ??= setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const changes = new Map(this.pending);
    this.pending.clear();
    // A restart drops every playbook before it reads them again: the views keep what they show until it is
    // done, rather than flash "no playbook".
    if (this.host.playbooks.all().length === 0) void this.host.idle().then(() => this.draw(changes));
    else this.draw(changes);
  }

  /** Redraws the views the changes touch; all of them when the set of playbooks changed. */
  private draw(changes: Changes): void {
    if (this.disposed) return;
    const roots = this.host.playbooks.all().map((p) => p.root.toString()).sort().join('\n');
    const regroup = roots !== this.drawn;
    this.drawn = roots;
    for (const provider of [this.pipeline, this.martech, this.sops, this.calendar]) if (regroup || provider.affects(changes)) provider.refresh();
    // Any change may add or settle an item (a brief's stage, an approval, a Team's away period, a tool's dates).
    if (changes.size > 0 || regroup) this.myQueue.refresh();
    this.setContext();
  }

  private async reload(): Promise<void> {
    await this.host.restart();
    await this.host.idle();
    this.pipeline.refresh();
    this.martech.refresh();
    this.sops.refresh();
    this.calendar.refresh();
    this.myQueue.forget();
    this.myQueue.refresh();
  }

  private setContext(): void {
    if (this.disposed) return;
    const has = this.host.playbooks.all().length > 0;
    if (has === this.hasPlaybook) return;
    this.hasPlaybook = has;
    void vscode.commands.executeCommand('setContext', HAS_PLAYBOOK, has);
  }
}

export function registerViews(host: ViewHost): Views {
  return new Views(host);
}
