// The VS Code extension's entry point. `activate` only wires things up: the language server (diagnostics,
// fixes, completion, hover, navigation, the views' trees and every command's computations) starts in a
// process or worker of its own, so the editor never waits on mops to start and no playbook is read here.

import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { MopsClient } from './server/client';
import { readSettings, SECTION } from './settings';
import { registerViews, type Views } from './views';

/** What the extension returns from `activate`, for other extensions and for its own tests. */
export interface MopsApi {
  /** Milliseconds `activate` took. */
  readonly activationMs: number;
  /** Resolves when the playbooks are read, every pending edit and file event applied and published. */
  idle(): Promise<void>;
  /** The tree views' providers, while mops is enabled. */
  readonly views: Views | undefined;
  /** Sends one of the language server's own requests (src/lsp/protocol.ts: `mops/status`, `mops/findings`…). */
  request<R>(method: string, params?: unknown): Promise<R>;
}

/** The running parts, created when mops is enabled and disposed when it is disabled. */
class Session implements vscode.Disposable {
  readonly client: MopsClient;
  readonly views: Views;
  private readonly disposables: vscode.Disposable[];
  private restarted: Promise<void> = Promise.resolve();

  constructor(context: vscode.ExtensionContext) {
    this.client = new MopsClient(context);
    this.views = registerViews(this);
    this.disposables = [this.client, this.views];
  }

  /** Reads every playbook again: the server restarts with the current settings. */
  restart(): Promise<void> {
    this.restarted = this.restarted.then(() => this.client.restart());
    return this.restarted;
  }

  async idle(): Promise<void> {
    await this.restarted;
    await this.client.idle();
    await this.views.source.settled();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

export function activate(context: vscode.ExtensionContext): MopsApi {
  const started = performance.now();
  let session: Session | undefined;
  const enable = () => {
    session ??= new Session(context);
  };
  const disable = () => {
    session?.dispose();
    session = undefined;
  };
  if (readSettings().enable) enable();
  const request = async <R>(method: string, params?: unknown): Promise<R> => {
    if (!session) throw new Error('mops is disabled (mops.enable)');
    return session.client.request<R>(method, params);
  };
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
    ...registerCommands(context, { request, restart: async () => session?.restart(), idle: async () => session?.idle() }),
  );
  return {
    activationMs: performance.now() - started,
    idle: async () => session?.idle(),
    get views() {
      return session?.views;
    },
    request,
  };
}

export function deactivate(): void {}
