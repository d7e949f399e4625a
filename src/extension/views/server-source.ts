// The views' nodes from the language server (`mops/tree`), so that no tree is computed on the extension host:
// the last answer per view is kept and drawn at once; `mops/treeChanged` has the named views asked again, and
// the views redrawn when the answers are in: only the nodes that changed when the tree kept its shape (`changes`),
// else the view whole. A restarted server is asked for every view drawn before. Long collapsed groups come
// without their nodes (`lazy`), asked for when VS Code opens one: a tree of 10,000 briefs is never parsed nor
// drawn whole on the extension host, nor sent again because one brief in it changed.

import * as vscode from 'vscode';
import type { ViewId, ViewNode, ViewOptions } from '../../core';
import { STATUS_REQUEST, TREE_CHANGED_NOTIFICATION, TREE_REQUEST, type StatusResult, type TreeChangedParams, type TreeParams, type TreeResult } from '../../lsp/protocol';
import type { ViewSource } from './source';

/** What this source needs of the client. */
export interface TreeClient {
  request<R>(method: string, params?: unknown): Promise<R>;
  onNotification<P>(method: string, listener: (params: P) => void): vscode.Disposable;
  /** Fires when the server has (re)started. */
  readonly onDidStart: vscode.Event<void>;
}

interface Drawn {
  options: ViewOptions | undefined;
  key: string;
  nodes?: ViewNode[];
}

/** Nodes of one view that changed in place (the same objects VS Code was given, with their new fields). */
export interface NodesChange {
  view: ViewId;
  nodes: ViewNode[];
}

/** Gives `target` the own fields of `fresh`, keeping its children: VS Code knows a node by the object it was given. */
function update(target: ViewNode, fresh: ViewNode): ViewNode {
  const fields = target as unknown as Record<string, unknown>;
  for (const key of Object.keys(fields)) if (key !== 'children' && !(key in fresh)) delete fields[key];
  const { children: _children, ...own } = fresh;
  return Object.assign(target, own);
}

export class ServerViewSource implements ViewSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<readonly ViewId[]>();
  readonly onDidChange = this.changed.event;
  private readonly nodesChanged = new vscode.EventEmitter<NodesChange>();
  /** Fires with the nodes of a view that changed in place, when the view kept its shape. */
  readonly onDidChangeNodes = this.nodesChanged.event;
  private readonly drawn = new Map<ViewId, Drawn>();
  /** Per view, the node objects handed to VS Code, by id. */
  private readonly given = new Map<ViewId, Map<string, ViewNode>>();
  /** Per view, each node's parent by the node's id (absent: a top node). */
  private readonly parents = new Map<ViewId, Map<string, ViewNode>>();
  private readonly asking = new Set<Promise<unknown>>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly client: TreeClient) {
    this.disposables = [
      this.changed,
      this.nodesChanged,
      client.onNotification<TreeChangedParams>(TREE_CHANGED_NOTIFICATION, (params) => void this.again(Array.isArray(params?.views) ? (params.views as ViewId[]) : [])),
      client.onDidStart(() => void this.again([...this.drawn.keys()])),
    ];
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  roots(view: ViewId, options?: ViewOptions): ViewNode[] | Promise<ViewNode[]> {
    const key = JSON.stringify(options ?? null);
    const known = this.drawn.get(view);
    if (known?.nodes && known.key === key) return known.nodes;
    this.drawn.set(view, { options, key, nodes: known?.key === key ? known.nodes : undefined });
    // Once answered, the view is told: whoever asked before the answer draws it now.
    return this.ask(view).then((answer) => {
      this.changed.fire([view]);
      return answer?.nodes ?? [];
    });
  }

  children(view: ViewId, parent: ViewNode): Promise<ViewNode[]> {
    const drawn = this.drawn.get(view);
    const params: TreeParams = { view, lazy: true, parent: parent.id, ...(drawn?.options ? { options: drawn.options as TreeParams['options'] } : {}) };
    return this.track(
      this.client
        .request<TreeResult>(TREE_REQUEST, params)
        .then((result) => this.remember(view, (result?.nodes ?? []) as ViewNode[], parent))
        .catch(() => []),
    );
  }

  /** The playbooks' roots the server holds (for the views' welcome and My Queue's per-playbook settings). */
  async playbookRoots(): Promise<vscode.Uri[]> {
    const status = await this.client.request<StatusResult | null>(STATUS_REQUEST).catch(() => null);
    return (status?.roots ?? []).map((r) => vscode.Uri.parse(r.uri));
  }

  /** Resolves when every view the server named has been asked again and drawn. */
  async settled(): Promise<void> {
    while (this.asking.size > 0) await Promise.all(this.asking);
  }

  /** Forgets the answers: the next draw asks the server (the Refresh button). */
  forget(): void {
    for (const drawn of this.drawn.values()) drawn.nodes = undefined;
  }

  /** Asks the named views again: those that kept their shape redraw only their changed nodes, the others whole. */
  private async again(views: readonly ViewId[]): Promise<void> {
    const asked = views.filter((view) => this.drawn.has(view));
    if (asked.length === 0) return;
    const answers = await Promise.all(asked.map(async (view) => ({ view, answer: await this.ask(view, { changes: true }) })));
    const whole: ViewId[] = [];
    for (const { view, answer } of answers) {
      if (answer?.changed !== true) whole.push(view);
      else if (answer.nodes.length > 0) this.nodesChanged.fire({ view, nodes: answer.nodes });
    }
    if (whole.length > 0) this.changed.fire(whole);
  }

  /** A view's top nodes; with `changes`, possibly only its nodes that changed (`changed`), updated in place. */
  private ask(view: ViewId, ask: { changes?: boolean } = {}): Promise<{ nodes: ViewNode[]; changed?: true } | undefined> {
    const drawn = this.drawn.get(view);
    const params: TreeParams = { view, lazy: true, ...ask, ...(drawn?.options ? { options: drawn.options as TreeParams['options'] } : {}) };
    return this.track(
      this.client
        .request<TreeResult>(TREE_REQUEST, params)
        .then((result) => {
          const nodes = (result?.nodes ?? []) as ViewNode[];
          if (result?.changed === true) {
            const given = this.given.get(view);
            return { nodes: nodes.flatMap((node) => (given?.has(node.id) ? [update(given.get(node.id)!, node)] : [])), changed: true as const };
          }
          // A newer question (other options) may have been asked meanwhile: its answer wins.
          const current = this.drawn.get(view);
          if (current && current.key === (drawn?.key ?? current.key)) {
            current.nodes = nodes;
            this.given.set(view, new Map());
            this.parents.set(view, new Map());
            this.remember(view, nodes);
          }
          return { nodes };
        })
        .catch(() => undefined),
    );
  }

  /** The parent of a node handed out (VS Code's reveal asks for it); undefined for a top node. */
  parentOf(view: ViewId, node: ViewNode): ViewNode | undefined {
    return this.parents.get(view)?.get(node.id);
  }

  /** Notes the nodes handed to VS Code (and their children), so that a change can update them in place. */
  private remember(view: ViewId, nodes: readonly ViewNode[], parent?: ViewNode): ViewNode[] {
    let given = this.given.get(view);
    if (!given) this.given.set(view, (given = new Map()));
    let parents = this.parents.get(view);
    if (!parents) this.parents.set(view, (parents = new Map()));
    const walk = (list: readonly ViewNode[], above: ViewNode | undefined) => {
      for (const node of list) {
        given.set(node.id, node);
        if (above) parents.set(node.id, above);
        if (node.children) walk(node.children, node);
      }
    };
    walk(nodes, parent);
    return nodes as ViewNode[];
  }

  /** Counts a question among those `settled` waits for. */
  private track<T>(question: Promise<T>): Promise<T> {
    const answer = question.finally(() => this.asking.delete(answer));
    this.asking.add(answer);
    return answer;
  }
}
