// Findings as diagnostics, for every file of every playbook, open or not. A client that can pull
// (`textDocument/diagnostic`) pulls them, per document or for the workspace, and is asked to pull again when
// other files' findings change; any other client gets `textDocument/publishDiagnostics` for each file whose
// diagnostics changed, published in slices so a large playbook never blocks the server for long.

import {
  DocumentDiagnosticReportKind,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
  type WorkspaceDiagnosticReport,
} from 'vscode-languageserver';
import { guard, type Feature, type ServerContext } from './context';
import { RuleLinks, toDiagnostic } from './convert';
import type { Changes, Playbook } from './playbooks';
import { sliced } from './slices';
import { uriKey } from './uris';

/** Whether the client pulls diagnostics (then nothing is pushed). */
export function pulls(context: ServerContext): boolean {
  return context.client.textDocument?.diagnostic !== undefined && !context.settings.pushDiagnostics;
}

/** The diagnostics of one file of a playbook. */
export function fileDiagnostics(playbook: Playbook, path: string): Diagnostic[] {
  const findings = playbook.workspace.findings(path);
  if (findings.length === 0) return [];
  const links = new RuleLinks(playbook);
  return findings.map((f) => toDiagnostic(playbook, f, links));
}

/** A short digest of a file's diagnostics: the result id of a pull, and what tells a push it changed. */
function digest(diagnostics: Diagnostic[]): string {
  const text = JSON.stringify(diagnostics);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${(hash >>> 0).toString(36)}.${text.length.toString(36)}`;
}

/** Pushes diagnostics to a client that does not pull them. */
class Publisher {
  private readonly queue: Array<{ playbook: Playbook; paths: Set<string> }> = [];
  private running?: Promise<void>;
  /** URI key → digest of what the client was last sent (absent: nothing, or an empty list). */
  private readonly sent = new Map<string, string>();

  constructor(private readonly context: ServerContext) {}

  enqueue(changes: Changes): void {
    for (const [playbook, paths] of changes) this.queue.push({ playbook, paths });
    this.running ??= this.drain().finally(() => (this.running = undefined));
  }

  /** Resolves when everything queued so far is published. */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    // A burst of changes made in one turn publishes together.
    await Promise.resolve();
    while (this.queue.length > 0) {
      const { playbook, paths } = this.queue.shift() as { playbook: Playbook; paths: Set<string> };
      await sliced(paths, (path) => this.publish(playbook, path));
    }
  }

  private publish(playbook: Playbook, path: string): void {
    const { playbooks, documents, connection } = this.context;
    const fileUri = playbook.uriOf(path);
    const uri = documents.get(fileUri)?.uri ?? fileUri;
    const key = uriKey(uri);
    const live = playbooks.all().includes(playbook) && playbook.workspace.has(path);
    const owner = playbooks.locate(uri);
    let diagnostics: Diagnostic[];
    if (!live) {
      // Gone from this playbook (deleted, excluded, or the playbook reloaded): cleared unless another holds it.
      if (owner && owner.playbook !== playbook && owner.playbook.workspace.has(owner.path)) return;
      diagnostics = [];
    } else {
      if (owner && owner.playbook !== playbook) return; // a nested playbook publishes its own files
      diagnostics = fileDiagnostics(playbook, path);
    }
    const next = diagnostics.length > 0 ? digest(diagnostics) : undefined;
    if (next === this.sent.get(key)) return;
    if (next) this.sent.set(key, next);
    else this.sent.delete(key);
    const version = live ? playbook.versions.get(path) : undefined;
    void connection.sendDiagnostics({ uri, diagnostics, ...(version !== undefined ? { version } : {}) }).catch(() => undefined);
  }
}

/** Asks a pulling client to pull again after other files' findings changed (debounced). */
class Refresher {
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly context: ServerContext) {}

  changed(changes: Changes): void {
    if (!this.context.client.workspace?.diagnostics?.refreshSupport) return;
    // One open file changed alone: the client pulls it after its own edit.
    const only = changes.size === 1 ? [...changes][0] : undefined;
    if (only && only[1].size === 1 && this.context.documents.isOpen(only[0].uriOf([...only[1]][0]))) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.context.connection.languages.diagnostics.refresh().catch(() => undefined), 100);
  }
}

const EMPTY_REPORT: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

export const diagnostics: Feature = {
  capabilities: (context) => (pulls(context) ? { diagnosticProvider: { identifier: 'mops', interFileDependencies: true, workspaceDiagnostics: true } } : {}),

  register(context) {
    const publisher = new Publisher(context);
    const refresher = new Refresher(context);
    context.settlers.push(() => publisher.settled());
    context.playbooks.onChange((changes) => (pulls(context) ? refresher.changed(changes) : publisher.enqueue(changes)));
    const { connection, playbooks, documents } = context;

    connection.languages.diagnostics.on(
      guard(context, 'textDocument/diagnostic', EMPTY_REPORT, async (params): Promise<DocumentDiagnosticReport> => {
        const uri = params.textDocument.uri;
        await playbooks.ready;
        documents.current(uri);
        const located = playbooks.locate(uri);
        if (!located) return EMPTY_REPORT;
        const items = fileDiagnostics(located.playbook, located.path);
        const resultId = digest(items);
        if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
        return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
      }),
    );

    connection.languages.diagnostics.onWorkspace(
      guard(context, 'workspace/diagnostic', { items: [] }, async (params): Promise<WorkspaceDiagnosticReport> => {
        await playbooks.ready;
        for (const document of documents.all()) documents.current(document.uri);
        const previous = new Map((params.previousResultIds ?? []).map((p) => [uriKey(p.uri), p.value]));
        const items: WorkspaceDocumentDiagnosticReport[] = [];
        for (const playbook of playbooks.all()) {
          await sliced(playbook.workspace.paths(), (path) => {
            if (!playbooks.owns(playbook, path)) return;
            const fileUri = playbook.uriOf(path);
            const uri = documents.get(fileUri)?.uri ?? fileUri;
            const version = playbook.versions.get(path) ?? null;
            const diagnostics = fileDiagnostics(playbook, path);
            const resultId = digest(diagnostics);
            if (previous.get(uriKey(uri)) === resultId) items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version, resultId });
            else items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version, resultId, items: diagnostics });
          });
        }
        return { items };
      }),
    );
  },
};
