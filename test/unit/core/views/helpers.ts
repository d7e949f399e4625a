// The views' tests' shared chores: the playbooks of a folder on disk as the views take them (every folder with a
// mops.config.yaml, the innermost owning each file, as the editor and the server decide), and a tree as a user reads it.

import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ViewNode, ViewPlaybook, Workspace } from '../../../../src/core';
import { listFiles, loadDir } from '../../../helpers';

export interface LoadedPlaybook extends ViewPlaybook {
  dir: string;
}

/** Every playbook under `dir` (a folder holding mops.config.yaml), read from disk. */
export async function playbooksIn(dir: string): Promise<LoadedPlaybook[]> {
  const roots = listFiles(dir).filter((f) => f === 'mops.config.yaml' || f.endsWith('/mops.config.yaml')).map((f) => join(dir, dirname(f)));
  const loaded: LoadedPlaybook[] = [];
  for (const root of roots) loaded.push(viewPlaybook(root, await loadDir(root), () => loaded, dir));
  return loaded;
}

/** One playbook at `root` with its workspace; `all` lists its siblings, to tell which one owns a file. */
export function viewPlaybook(root: string, workspace: Workspace, all: () => readonly LoadedPlaybook[], top = root): LoadedPlaybook {
  const rootUri = pathToFileURL(root).href;
  const where = relative(top, root).split(sep).join('/');
  return {
    dir: root,
    name: root.slice(root.lastIndexOf(sep) + 1),
    rootUri,
    ...(where !== '' ? { where } : {}),
    workspace,
    uriOf: (path) => `${rootUri}/${path.split('/').map(encodeURIComponent).join('/')}`,
    // The innermost playbook whose folder holds the file owns it.
    owns(path) {
      const file = join(root, ...path.split('/'));
      const holders = all().filter((p) => file.startsWith(p.dir + sep));
      return holders.sort((a, b) => b.dir.length - a.dir.length)[0]?.dir === root;
    },
  };
}

/** The tree as a user reads it: one line per node, `label — description`, children indented under their parent. */
export function outline(nodes: readonly ViewNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [`${'  '.repeat(depth)}${node.label}${node.description ? ` — ${node.description}` : ''}`, ...outline(node.children ?? [], depth + 1)]);
}

/** The first node, depth first, with this label. */
export function find(nodes: readonly ViewNode[], label: string): ViewNode | undefined {
  for (const node of nodes) {
    if (node.label === label) return node;
    const deeper = find(node.children ?? [], label);
    if (deeper) return deeper;
  }
  return undefined;
}

/** Every node of a tree, depth first. */
export function allNodes(nodes: readonly ViewNode[]): ViewNode[] {
  return nodes.flatMap((node) => [node, ...allNodes(node.children ?? [])]);
}
