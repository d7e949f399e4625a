// The VS Code extension's entry point. `activate` only wires things up: the language server (diagnostics,
// fixes, completion, hover, navigation) starts in a process or worker of its own, and the views' playbooks
// are read after `activate` returns, so the editor never waits on mops to start.

import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { Playbooks } from './playbooks';
import { MopsClient } from './server/client';
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
  /** Sends one of the language server's own requests (src/lsp/protocol.ts: `mops/status`, `mops/findings`…). */
  request<R>(method: string, params?: unknown): Promise<R>;
}

/** The running parts, created when mops is enabled and disposed when it is disabled. */
class Session implements vscode.Disposable {
  readonly client: MopsClient;
  readonly views: Views;
  private readonly sync: Sync;
  private readonly disposables: vscode.Disposable[];
  private started: Promise<void> = Promise.resolve();
  /** Set once a command has needed the extension's own playbooks (see ready). */
  private hostLoad?: Promise<void>;

  constructor(
    context: vscode.ExtensionContext,
    readonly playbooks: Playbooks,
  ) {
    this.client = new MopsClient(context);
    // A config file that changes re-reads the commands' playbooks; the server watches for it itself.
    this.sync = new Sync(playbooks, () => this.restart({ server: false }));
    this.disposables = [this.client, this.sync];
    this.views = registerViews(this);
    this.disposables.push(this.views);
  }

  /**
   * The extension's own playbooks, read on the first command that needs them (a wizard's choices, the edits of
   * Advance stage or Reassign): diagnostics, completion, navigation and the views come from the server, so
   * until then nothing is indexed on the extension host.
   */
  ready(): Promise<void> {
    if (!this.hostLoad) {
      this.hostLoad = this.playbooks.start();
      this.started = this.started.then(() => this.hostLoad);
    }
    return this.hostLoad;
  }

  /** Reads every playbook again: the server (unless told not to; it takes the current settings), and the commands' if read. */
  restart(options: { server: boolean } = { server: true }): Promise<void> {
    const host = this.hostLoad !== undefined;
    this.started = this.started.then(() => Promise.all([host ? this.playbooks.restart() : undefined, options.server ? this.client.restart() : undefined])).then(() => undefined);
    return this.started;
  }

  async idle(): Promise<void> {
    await this.started;
    await this.sync.settled();
    await this.client.idle();
    await this.views.source.settled();
  }

  dispose(): void {
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
    session = new Session(context, playbooks);
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
      // The size limit decides which files are read at all, and the server takes its settings when it starts.
      else if (['maxFileSize', 'validate'].some((key) => e.affectsConfiguration(`${SECTION}.${key}`))) void session.restart();
    }),
    ...registerCommands(context, {
      request: async <R>(method: string, params?: unknown): Promise<R> => {
        if (!session) throw new Error('mops is disabled (mops.enable)');
        return session.client.request<R>(method, params);
      },
      playbooks: () => playbooks,
      ready: async () => session?.ready(),
      restart: async (options) => session?.restart(options),
      idle: async () => session?.idle(),
    }),
  );
  return {
    activationMs: performance.now() - started,
    idle: async () => session?.idle(),
    /** The extension's own playbooks (its commands'), read from the first time they are asked for. */
    get playbooks() {
      void session?.ready();
      return playbooks;
    },
    get views() {
      return session?.views;
    },
    request: async <R>(method: string, params?: unknown): Promise<R> => {
      if (!session) throw new Error('mops is disabled (mops.enable)');
      return session.client.request<R>(method, params);
    },
  };
}

export function deactivate(): void {}
