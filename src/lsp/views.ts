// The tree views over the protocol: `mops/tree` answers a view's nodes, computed by the core's view functions
// (the same the VS Code extension draws), whole or without long collapsed groups (`lazy`), whose nodes are asked
// for later (`parent`) from the tree last answered; `mops/treeChanged` tells the client which views to ask again,
// 100 ms after the changes that touch them.

import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { changedNodes, isViewId, shortTree, VIEW_IDS, viewTree, ViewTracker, type EmailAnswer, type QueueWho, type ViewId, type ViewNode, type ViewOptions, type ViewPlaybook } from '../core';
import { guard, type Feature, type ServerContext } from './context';
import type { Changes, Playbook, Playbooks } from './playbooks';
import { TREE_CHANGED_NOTIFICATION, TREE_REQUEST, type TreeChangedParams, type TreeResult } from './protocol';
import { relativePath } from './uris';

/** Changes are gathered this long and announced together: a keystroke's re-check touches a file or a few. */
const DEBOUNCE_MS = 100;

/** A playbook of the server as the core's views take it. */
function viewPlaybook(playbooks: Playbooks, playbook: Playbook): ViewPlaybook {
  // A nested playbook says where it is: its folder under the outermost playbook that holds it.
  const wheres = playbooks.all().map((other) => (other === playbook ? undefined : relativePath(other.root, playbook.uri)));
  const where = wheres.reduce<string | undefined>((longest, w) => (w !== undefined && (longest === undefined || w.length > longest.length) ? w : longest), undefined);
  return {
    name: playbook.name,
    rootUri: playbook.uri,
    ...(where !== undefined ? { where } : {}),
    workspace: playbook.workspace,
    owns: (path) => playbooks.owns(playbook, path),
    uriOf: (path) => playbook.uriOf(path),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whose queue, from a client's params: only the fields of the right types. */
function whoOf(value: unknown): QueueWho {
  if (!isRecord(value)) return {};
  const who: QueueWho = {};
  if (typeof value.person === 'string') who.person = value.person;
  const email = value.email;
  if (isRecord(email) && typeof email.email === 'string') who.email = { email: email.email } satisfies EmailAnswer;
  else if (isRecord(email) && typeof email.why === 'string') who.email = { why: email.why };
  return who;
}

/** A view's options, from a client's params. */
function optionsOf(value: unknown): ViewOptions {
  if (!isRecord(value)) return {};
  const options: ViewOptions = whoOf(value);
  if (value.by === 'week' || value.by === 'month') options.by = value.by;
  if (isRecord(value.roots)) options.roots = Object.fromEntries(Object.entries(value.roots).map(([root, who]) => [root, whoOf(who)]));
  return options;
}

/** A view's last tree, for the nodes of its groups asked for later; stale once a change touched the view. */
interface Answered {
  key: string;
  nodes: ViewNode[];
  byId: Map<string, ViewNode>;
  stale: boolean;
}

function indexed(nodes: readonly ViewNode[], byId = new Map<string, ViewNode>()): Map<string, ViewNode> {
  for (const node of nodes) {
    byId.set(node.id, node);
    if (node.children) indexed(node.children, byId);
  }
  return byId;
}

/** What a client asks of a tree beyond its view and options. */
export interface TreeAsk {
  /** Long collapsed groups without their nodes. */
  lazy: boolean;
  /** Only this node's children. */
  parent?: string;
  /** Only the nodes that changed since the last answer, when the tree kept its shape. */
  changes?: boolean;
}

class Trees {
  private readonly tracker = new ViewTracker();
  private readonly answered = new Map<ViewId, Answered>();
  private timer?: ReturnType<typeof setTimeout>;

  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly context: ServerContext) {
    context.playbooks.onChange((changes) => this.queue(changes));
    // `mops/idle` answers after the views a change touched have been named: a client redraws before it idles.
    context.settlers.push(() => {
      if (this.timer) {
        clearTimeout(this.timer);
        this.run();
      }
      return this.flushing;
    });
  }

  /** A view's nodes, or one node's children, with every open buffer's pending edit applied first. */
  async tree(view: ViewId, options: ViewOptions, ask: TreeAsk): Promise<TreeResult> {
    const { playbooks, documents } = this.context;
    await playbooks.ready;
    for (const document of documents.all()) documents.current(document.uri);
    const key = JSON.stringify(options);
    const previous = this.answered.get(view);
    const same = previous !== undefined && previous.key === key;
    // Computed again even when no change was announced yet: an edit just applied above may not have been.
    const changes = ask.changes === true && ask.parent === undefined && same;
    let last = previous;
    // A group's nodes come from the tree the client was answered, unless a change touched the view since.
    if (ask.parent === undefined || !last || !same || last.stale) {
      const all = this.playbooks();
      this.tracker.drawn(view, all);
      const nodes = viewTree(view, all, options);
      last = { key, nodes, byId: indexed(nodes), stale: false };
      this.answered.set(view, last);
    }
    if (changes) {
      const changed = changedNodes(previous.nodes, last.nodes);
      if (changed) return { nodes: changed, changed: true };
    }
    const nodes = ask.parent === undefined ? last.nodes : (last.byId.get(ask.parent)?.children ?? []);
    return { nodes: ask.lazy ? shortTree(nodes) : nodes };
  }

  private playbooks(): ViewPlaybook[] {
    const { playbooks } = this.context;
    return playbooks.all().map((p) => viewPlaybook(playbooks, p));
  }

  private queue(changes: Changes): void {
    const { playbooks } = this.context;
    this.tracker.add([...changes].map(([playbook, paths]) => [viewPlaybook(playbooks, playbook), paths] as const));
    this.timer ??= setTimeout(() => this.run(), DEBOUNCE_MS);
  }

  private run(): void {
    this.flushing = this.flushing.then(() => this.flush()).catch((error: unknown) => this.context.log(`mops: ${TREE_CHANGED_NOTIFICATION} failed: ${String(error)}`));
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const { playbooks, connection } = this.context;
    // A restart drops every playbook before it reads them again: the views are told once it is done.
    if (playbooks.all().length === 0) await playbooks.ready;
    const views = this.tracker.touched(this.playbooks());
    for (const view of views) {
      const last = this.answered.get(view);
      if (last) last.stale = true;
    }
    if (views.length > 0) await connection.sendNotification(TREE_CHANGED_NOTIFICATION, { views } satisfies TreeChangedParams);
  }
}

export const views: Feature = {
  register(context) {
    const trees = new Trees(context);
    const answer = guard(context, TREE_REQUEST, { nodes: [] } as TreeResult, (view: ViewId, options: unknown, ask: TreeAsk) => trees.tree(view, optionsOf(options), ask));
    context.connection.onRequest(TREE_REQUEST, (params: unknown) => {
      const view = isRecord(params) ? params.view : undefined;
      if (!isViewId(view)) throw new ResponseError(ErrorCodes.InvalidParams, `mops/tree: 'view' must be one of ${VIEW_IDS.join(', ')}`);
      const { options, lazy, parent, changes } = params as Record<string, unknown>;
      return answer(view, options, { lazy: lazy === true, ...(typeof parent === 'string' ? { parent } : {}), ...(changes === true ? { changes } : {}) });
    });
  },
};
