// Where the views' nodes come from: the interface the tree providers draw from. The extension's source is the
// language server (server-source.ts), which computes them with the core's view functions.

import * as vscode from 'vscode';
import type { ViewId, ViewNode, ViewOptions } from '../../core';
import type { TreeClient } from './server-source';

export interface ViewSource {
  /** A view's top nodes, each with its children but those of a long collapsed group (see `children`). */
  roots(view: ViewId, options?: ViewOptions): ViewNode[] | Promise<ViewNode[]>;
  /** The children of a node that came without them (a long group, asked for when it is opened). */
  children(view: ViewId, parent: ViewNode): Promise<ViewNode[]>;
  /** The parent of a node it gave (undefined for a top node). */
  parentOf(view: ViewId, node: ViewNode): ViewNode | undefined;
  /** Fires after each batch of changes with the views to draw again whole (their trees changed shape). */
  readonly onDidChange: vscode.Event<readonly ViewId[]>;
  /** Fires with a view's nodes that changed in place (the objects it gave, updated): only they are drawn again. */
  readonly onDidChangeNodes: vscode.Event<{ view: ViewId; nodes: ViewNode[] }>;
}

/** What the views need of the running session. */
export interface ViewHost {
  /** The language server's client: the views' nodes, and what their commands need, come from it. */
  readonly client: TreeClient;
  /** Resolves when the playbooks are read and every pending change applied. */
  idle(): Promise<void>;
  /** Reads every playbook again. */
  restart(): Promise<void>;
}
