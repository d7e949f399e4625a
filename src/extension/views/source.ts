// Where the views' nodes come from: an interface the tree providers draw from, and its implementation over the
// extension host's own playbooks (the core's view functions, run here). A client of the language server can
// implement the same interface with `mops/tree` and `mops/treeChanged`.

import * as vscode from 'vscode';
import { viewTree, ViewTracker, type ViewId, type ViewNode, type ViewOptions, type ViewPlaybook } from '../../core';
import type { Changes, Playbook, Playbooks } from '../playbooks';

export interface ViewSource {
  /** A view's top nodes, each with its children. */
  roots(view: ViewId, options?: ViewOptions): ViewNode[] | Promise<ViewNode[]>;
  /** Fires after each batch of changes with the views whose trees it may have changed (possibly none). */
  readonly onDidChange: vscode.Event<readonly ViewId[]>;
}

/** What the host's source needs of the running session. */
export interface ViewHost {
  readonly playbooks: Playbooks;
  /** Resolves when the playbooks are read and every pending change applied. */
  idle(): Promise<void>;
  /** Reads every playbook again. */
  restart(): Promise<void>;
}

/** Changes are gathered this long and drawn together: a keystroke's re-check touches a file or a few. */
const DEBOUNCE_MS = 100;

/** A playbook of the extension host as the core's views take it. */
export function viewPlaybook(playbooks: Playbooks, playbook: Playbook): ViewPlaybook {
  const root = playbook.root;
  // A nested playbook says where it is; a workspace folder's own playbook needs no more than its name.
  const where = vscode.workspace.asRelativePath(root, true);
  return {
    name: playbook.name,
    rootUri: root.toString(),
    ...(where !== root.fsPath ? { where } : {}),
    workspace: playbook.workspace,
    owns: (path) => playbooks.locate(playbook.uri(path))?.playbook === playbook,
    uriOf: (path) => playbook.uri(path).toString(),
  };
}

/** The views computed in the extension host from its playbooks, redrawn 100 ms after the changes that touch them. */
export class HostViewSource implements ViewSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<readonly ViewId[]>();
  readonly onDidChange = this.changed.event;
  private readonly tracker = new ViewTracker();
  private timer?: ReturnType<typeof setTimeout>;
  private readonly subscription: vscode.Disposable;
  private disposed = false;

  constructor(private readonly host: ViewHost) {
    this.subscription = host.playbooks.onDidChange((changes) => this.queue(changes));
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }

  roots(view: ViewId, options?: ViewOptions): ViewNode[] {
    const playbooks = this.playbooks();
    this.tracker.drawn(view, playbooks);
    return viewTree(view, playbooks, options);
  }

  private playbooks(): ViewPlaybook[] {
    const { playbooks } = this.host;
    return playbooks.all().map((p) => viewPlaybook(playbooks, p));
  }

  private queue(changes: Changes): void {
    const { playbooks } = this.host;
    this.tracker.add([...changes].map(([playbook, paths]) => [viewPlaybook(playbooks, playbook), paths] as const));
    this.timer ??= setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  private flush(): void {
    this.timer = undefined;
    // A restart drops every playbook before it reads them again: the views keep what they show until it is
    // done, rather than flash "no playbook".
    if (this.host.playbooks.all().length === 0) void this.host.idle().then(() => this.draw());
    else this.draw();
  }

  private draw(): void {
    if (this.disposed) return;
    this.changed.fire(this.tracker.touched(this.playbooks()));
  }
}
