// Open buffers: full and incremental sync (vscode-languageserver-textdocument applies the changes), their
// versions, and a debounce so that a burst of keystrokes is checked once. A request about a document first
// makes the workspace hold exactly the buffer's text, so answers never lag behind the keystroke.

import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE } from '../core';
import type { ServerSettings } from './context';
import type { Playbooks } from './playbooks';
import { uriKey } from './uris';

export class Documents {
  private readonly store = new TextDocuments(TextDocument);
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Opens, closes and saves still being applied. */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly playbooks: Playbooks,
    private readonly settings: () => ServerSettings,
    private readonly log: (message: string) => void,
  ) {}

  /** Registers the sync notifications on the connection. */
  listen(connection: Connection): void {
    this.store.onDidOpen((e) => void this.safely('didOpen', () => this.opened(e.document)));
    this.store.onDidChangeContent((e) => this.changed(e.document));
    this.store.onDidClose((e) => void this.safely('didClose', () => this.closed(e.document.uri)));
    this.store.onDidSave((e) => void this.safely('didSave', () => this.saved(e.document)));
    this.store.listen(connection);
  }

  all(): TextDocument[] {
    return this.store.all();
  }

  /** The open document of a URI (compared by decoded path: clients encode URIs differently). */
  get(uri: string): TextDocument | undefined {
    const exact = this.store.get(uri);
    if (exact) return exact;
    const key = uriKey(uri);
    return this.store.all().find((d) => uriKey(d.uri) === key);
  }

  isOpen(uri: string): boolean {
    return this.get(uri) !== undefined;
  }

  /** The document with the workspace holding its current text (a pending debounced check runs now). */
  current(uri: string): TextDocument | undefined {
    const document = this.get(uri);
    if (!document) return undefined;
    this.flush(document);
    return document;
  }

  private async opened(document: TextDocument): Promise<void> {
    // Before the first load ends, the load itself takes the open buffers in.
    await this.playbooks.ready;
    await this.playbooks.adopt(document);
    const addTo = await this.playbooks.opened(document);
    this.playbooks.sync(document, { addTo });
  }

  /** Checks every buffer with a pending (debounced) check now. */
  flushAll(): void {
    for (const document of this.store.all()) if (this.timers.has(document.uri)) this.flush(document);
  }

  private changed(document: TextDocument): void {
    const key = document.uri;
    clearTimeout(this.timers.get(key));
    // Not checked while typing: on save, or when a request needs the buffer's findings.
    if (!this.settings().validateOnType) return;
    const delay = this.settings().debounceMs;
    this.timers.set(
      key,
      setTimeout(() => this.flush(document), delay),
    );
  }

  private flush(document: TextDocument): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.delete(document.uri);
    // A document closed meanwhile is not synced: its file is the disk's again.
    if (this.store.get(document.uri) !== document) return;
    try {
      this.playbooks.sync(document);
    } catch (error) {
      this.log(`mops: checking ${document.uri} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  private async closed(uri: string): Promise<void> {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    await this.playbooks.ready;
    await this.playbooks.closed(uri);
  }

  private async saved(document: TextDocument): Promise<void> {
    if (this.playbooks.locate(document.uri)?.path === CONFIG_FILE) {
      // The include and exclude globs may have changed which files belong: read the playbooks again.
      await this.playbooks.exclusive(() => this.playbooks.restart());
      return;
    }
    this.flush(document);
  }

  /** Resolves when every open, close and save received so far is applied, and pending checks have run. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
    this.flushAll();
  }

  private safely(what: string, run: () => Promise<void>): Promise<void> {
    const done = run()
      .catch((error: unknown) => this.log(`mops: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`))
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
    return done;
  }
}
