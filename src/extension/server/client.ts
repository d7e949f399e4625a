// The extension as a client of mops's language server (issue 17): diagnostics, quick fixes, fix all,
// completion, hover, go to definition, references, rename, symbols, code lenses and inlay hints all come from
// the server, which runs outside the extension host (its own process on the desktop, a worker on the web).
// vscode-languageclient restarts it when it dies.

import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { FS_REQUEST, IDLE_REQUEST, type ClientOptions, type FsParams, type IdleParams, type InitializationOptions } from '../../lsp/protocol';
import { readSettings } from '../settings';
import { answerFs } from './client-fs';
import { createClient } from './server-node';

const ID = 'mops';
const NAME = 'mops';
/** The scheme of the marker `mops/idle` publishes last (src/lsp/idle.ts). */
const MARKER = 'mops-idle';
/** How long `idle` waits for a server that does not answer (a crashed one being restarted). */
const IDLE_LIMIT_MS = 60_000;

function initializationOptions(): InitializationOptions & ClientOptions {
  const settings = readSettings();
  return {
    debounceMs: settings.debounceMs,
    maxFileSize: settings.maxFileSize,
    validateOnType: settings.validateOnType,
    clientFileSystem: true,
    // Pushed, not pulled: every file's problems are in the Problems panel, as the extension always showed them.
    pushDiagnostics: true,
  };
}

export class MopsClient implements vscode.Disposable {
  /** The client, once created (on the web its worker's script may have to be read first). */
  private readonly client: Promise<BaseLanguageClient>;
  private started: Promise<unknown>;
  private markers = new Map<string, () => void>();
  private next = 0;
  private disposed = false;
  private readonly started$ = new vscode.EventEmitter<void>();
  /** Fires each time the server is running again: started, restarted by hand or after a crash. */
  readonly onDidStart = this.started$.event;

  constructor(context: vscode.ExtensionContext) {
    const options: LanguageClientOptions = {
      documentSelector: [{ language: 'yaml' }],
      initializationOptions,
      outputChannelName: 'mops',
      middleware: {
        handleDiagnostics: (uri, diagnostics, next) => {
          if (uri.scheme !== MARKER) return next(uri, diagnostics);
          this.markers.get(uri.toString())?.();
        },
      },
    };
    this.client = createClient(context, ID, NAME, options);
    this.started = this.client.then(async (client) => {
      client.onRequest(FS_REQUEST, (params: FsParams) => answerFs(params));
      client.onDidChangeState((e) => e.newState === State.Running && this.started$.fire());
      if (!this.disposed) await client.start();
    });
    this.started.catch((error: unknown) => void vscode.window.showErrorMessage(`mops could not start its language server: ${error instanceof Error ? error.message : String(error)}`));
  }

  /** Resolves when the server has applied everything sent so far and every diagnostic it published is shown. */
  async idle(): Promise<void> {
    await this.started.catch(() => undefined);
    const marker = vscode.Uri.parse(`${MARKER}:/${++this.next}`).toString();
    const shown = new Promise<void>((resolve) => this.markers.set(marker, resolve));
    try {
      await (await this.client).sendRequest(IDLE_REQUEST, { marker } satisfies IdleParams);
      await Promise.race([shown, new Promise((resolve) => setTimeout(resolve, IDLE_LIMIT_MS))]);
    } catch {
      // The server is stopped or restarting: nothing to wait for.
    } finally {
      this.markers.delete(marker);
    }
  }

  /** Sends one of the server's own requests (src/lsp/protocol.ts). */
  async request<R>(method: string, params?: unknown): Promise<R> {
    await this.started;
    return (await this.client).sendRequest<R>(method, params);
  }

  /** Listens to one of the server's own notifications. */
  onNotification<P>(method: string, listener: (params: P) => void): vscode.Disposable {
    const subscription = this.client.then((client) => client.onNotification(method, listener));
    return { dispose: () => void subscription.then((s) => s.dispose(), () => undefined) };
  }

  /** Starts the server again with the current settings (they are its initialization options). */
  async restart(): Promise<void> {
    await this.started.catch(() => undefined);
    const client = await this.client;
    this.started = client.stop().then(() => client.start());
    await this.started;
  }

  dispose(): void {
    this.disposed = true;
    this.started$.dispose();
    void this.client.then((client) => client.dispose()).catch(() => undefined);
  }
}
