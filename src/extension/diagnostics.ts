// Publishes the core's findings as VS Code diagnostics, for every file of every playbook, open or not.

import * as vscode from 'vscode';
import { policyRules, ruleDocUrl, type Finding, type Range } from '../core';
import type { Changes, Playbook, Playbooks } from './playbooks';

export const SOURCE = 'mops';

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
} as const;

export function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/**
 * Where a finding's code links to: a built-in rule's documentation page; a team policy's own document, at the
 * line of its id (the policy is its documentation: title, description, expressions).
 */
export function ruleTarget(playbook: Playbook, rule: string): vscode.Uri {
  const policy = rule.startsWith('policy/') && rule !== 'policy/invalid' ? policyRules(playbook.workspace).find((p) => p.id === rule) : undefined;
  if (policy?.source) return playbook.uri(policy.source.file).with({ fragment: `L${policy.source.line + 1}` });
  return vscode.Uri.parse(ruleDocUrl(rule));
}

export function toDiagnostic(playbook: Playbook, finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = SOURCE;
  diagnostic.code = { value: finding.rule, target: ruleTarget(playbook, finding.rule) };
  if (finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map(
      (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(playbook.uri(r.file), toRange(r.range)), r.message),
    );
  }
  return diagnostic;
}

/** Files published between yields to the extension host, so a large index never blocks it for long. */
const SLICE = 250;

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(SOURCE);
  private readonly queue: Array<{ playbook: Playbook; paths: Set<string> }> = [];
  private running?: Promise<void>;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly playbooks: Playbooks) {
    this.subscription = playbooks.onDidChange((changes) => this.enqueue(changes));
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }

  clear(): void {
    this.queue.length = 0;
    this.collection.clear();
  }

  /** Resolves once every queued change is published. */
  async flushed(): Promise<void> {
    while (this.running) await this.running;
  }

  private enqueue(changes: Changes): void {
    for (const [playbook, paths] of changes) this.queue.push({ playbook, paths });
    this.running ??= this.drain();
  }

  private async drain(): Promise<void> {
    // Publishing starts after the caller's synchronous work (a burst of deletes publishes together), so that
    // `running` is set before it is cleared: a change queued once the loop has ended starts a new drain,
    // and none is left in the queue unpublished.
    await Promise.resolve();
    let published = 0;
    try {
      while (this.queue.length > 0) {
        const { playbook, paths } = this.queue.shift() as { playbook: Playbook; paths: Set<string> };
        const live = this.playbooks.all().includes(playbook);
        for (const path of paths) {
          this.publish(playbook, path, live);
          if (++published % SLICE === 0) await new Promise((resolve) => setTimeout(resolve, 0));
        }
      }
    } finally {
      this.running = undefined;
    }
  }

  private publish(playbook: Playbook, path: string, live: boolean): void {
    const uri = playbook.uri(path);
    // A file a nested playbook owns is published by that one.
    const owner = this.playbooks.locate(uri);
    if (!live || !playbook.workspace.has(path)) {
      // Gone from this playbook (deleted, excluded, or the playbook closed): clear it unless another one holds it.
      if (!owner || owner.playbook === playbook || !owner.playbook.workspace.has(owner.path)) this.collection.delete(uri);
      return;
    }
    if (owner && owner.playbook !== playbook) return;
    const findings = playbook.workspace.findings(path);
    if (findings.length === 0) this.collection.delete(uri);
    else this.collection.set(uri, findings.map((f) => toDiagnostic(playbook, f)));
  }
}
