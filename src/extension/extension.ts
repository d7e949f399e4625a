// The VS Code extension's entry point. `activate` only wires things up; the playbooks are read after
// it returns, so the editor never waits on mops to start.

import * as vscode from 'vscode';
import { Assist, TRIGGERS } from './assist';
import { CodeActions } from './code-actions';
import { registerCommands } from './commands';
import { DiagnosticsPublisher } from './diagnostics';
import { Playbooks } from './playbooks';
import { readSettings, SECTION } from './settings';
import { Sync } from './sync';
import { registerViews, type Views } from './views';

/** What the extension returns from `activate`, for other extensions and for its own tests. */
export interface MopsApi {
  /** Milliseconds `activate` took. */
  readonly activationMs: number;
  /** Resolves when the playbooks are read, every pending edit and file event applied and published. */
  idle(): Promise<void>;
  readonly playbooks: Playbooks;
  /** The tree views' providers, while mops is enabled. */
  readonly views: Views | undefined;
}

const YAML: vscode.DocumentSelector = [{ language: 'yaml' }];

/** The running parts, created when mops is enabled and disposed when it is disabled. */
class Session implements vscode.Disposable {
  readonly publisher: DiagnosticsPublisher;
  readonly views: Views;
  private readonly sync: Sync;
  private readonly disposables: vscode.Disposable[];
  private started: Promise<void>;

  constructor(readonly playbooks: Playbooks) {
    this.publisher = new DiagnosticsPublisher(playbooks);
    this.sync = new Sync(playbooks, () => this.restart());
    const assist = new Assist(playbooks);
    this.disposables = [
      this.publisher,
      this.sync,
      vscode.languages.registerCodeActionsProvider(YAML, new CodeActions(playbooks), CodeActions.metadata),
      vscode.languages.registerCompletionItemProvider(YAML, assist, ...TRIGGERS),
      vscode.languages.registerHoverProvider(YAML, assist),
    ];
    // After activate has returned: the first thing mops needs is the whole index.
    this.started = new Promise((resolve) => setTimeout(resolve, 0)).then(() => playbooks.start());
    this.views = registerViews(this);
    this.disposables.push(this.views);
  }

  restart(): Promise<void> {
    this.started = this.started.then(() => this.playbooks.restart());
    return this.started;
  }

  async idle(): Promise<void> {
    await this.started;
    await this.sync.settled();
    await this.publisher.flushed();
  }

  dispose(): void {
    this.publisher.clear();
    this.disposables.forEach((d) => d.dispose());
  }
}

export function activate(context: vscode.ExtensionContext): MopsApi {
  const started = performance.now();
  let playbooks = new Playbooks();
  let session: Session | undefined;
  const enable = () => {
    if (session) return;
    playbooks = new Playbooks();
    session = new Session(playbooks);
  };
  const disable = () => {
    session?.dispose();
    playbooks.dispose();
    session = undefined;
  };
  if (readSettings().enable) enable();
  context.subscriptions.push(
    { dispose: disable },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      const settings = readSettings();
      if (!settings.enable) disable();
      else if (!session) enable();
      // The size limit decides which files are read at all: read them again.
      else if (e.affectsConfiguration(`${SECTION}.maxFileSize`)) void session.restart();
    }),
    ...registerCommands(context, {
      playbooks: () => playbooks,
      restart: async () => session?.restart(),
      idle: async () => session?.idle(),
    }),
  );
  return {
    activationMs: performance.now() - started,
    idle: async () => session?.idle(),
    get playbooks() {
      return playbooks;
    },
    get views() {
      return session?.views;
    },
  };
}

export function deactivate(): void {}
