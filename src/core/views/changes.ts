// Which views a change of the playbooks touches, so that a view is redrawn when, and only when, what it shows may
// have changed: the editor's views and the server's `mops/treeChanged` decide the same way.

import { VIEW_IDS, type ViewId, type ViewPlaybook } from './types';

/** The kinds of document each view lists; My Queue reads every kind (an approval, a Team's away period, a tool's dates). */
export const VIEW_KINDS: Readonly<Record<ViewId, readonly string[] | 'all'>> = {
  pipeline: ['Brief', 'Workflow'],
  martech: ['Tool'],
  sops: ['Sop'],
  calendar: ['Brief', 'Config', 'NamingConvention'],
  queue: 'all',
};

/** Files whose findings or documents changed, per playbook. */
export type ViewChanges = Iterable<readonly [ViewPlaybook, Iterable<string>]>;

const key = (playbook: ViewPlaybook, path: string) => `${playbook.rootUri} ${path}`;
const rootsOf = (playbooks: readonly ViewPlaybook[]) => playbooks.map((p) => p.rootUri).sort().join('\n');

/** What a view's last tree was computed from. */
interface Drawn {
  /** `root path` of every file that held a document of the view's kinds. */
  files: Set<string>;
  /** The roots of the playbooks. */
  roots: string;
  /** The last change it reflects. */
  seq: number;
}

interface Change {
  seq: number;
  playbook: ViewPlaybook;
  paths: string[];
}

/**
 * Remembers what each view's last tree was computed from, gathers the changes made since, and says which views
 * they touch: a view whose last tree read one of the changed files, or that lists a kind a changed file now
 * holds; a view drawn from another set of playbooks (its grouping may change). A view never drawn, or drawn after
 * the changes, needs no redraw.
 */
export class ViewTracker {
  private readonly shown = new Map<ViewId, Drawn>();
  private pending: Change[] = [];
  private seq = 0;

  /** Records that a view's tree was computed now, from these playbooks, with every change added so far. */
  drawn(view: ViewId, playbooks: readonly ViewPlaybook[]): void {
    const kinds = VIEW_KINDS[view];
    const files = new Set<string>();
    if (kinds !== 'all') {
      for (const playbook of playbooks) for (const kind of kinds) for (const doc of playbook.workspace.documents(kind)) files.add(key(playbook, doc.path));
    }
    this.shown.set(view, { files, roots: rootsOf(playbooks), seq: this.seq });
  }

  /** Adds changes as they are made (already applied to the workspaces), to be weighed by the next `touched`. */
  add(changes: ViewChanges): void {
    for (const [playbook, paths] of changes) this.pending.push({ seq: ++this.seq, playbook, paths: [...paths] });
  }

  /** The views the changes added since the last call touch, in the order of VIEW_IDS; the playbooks are those now. */
  touched(playbooks: readonly ViewPlaybook[]): ViewId[] {
    const batch = this.pending;
    this.pending = [];
    const roots = rootsOf(playbooks);
    return VIEW_IDS.filter((view) => {
      const last = this.shown.get(view);
      if (!last) return false;
      if (last.roots !== roots) return true;
      const newer = batch.filter((c) => c.seq > last.seq && c.paths.length > 0);
      return VIEW_KINDS[view] === 'all' ? newer.length > 0 : affects(view, last.files, newer);
    });
  }
}

function affects(view: ViewId, shown: ReadonlySet<string>, changes: readonly Change[]): boolean {
  const kinds = VIEW_KINDS[view];
  for (const { playbook, paths } of changes) {
    for (const path of paths) {
      if (shown.has(key(playbook, path))) return true;
      if (kinds !== 'all' && playbook.workspace.parsed(path)?.documents.some((d) => d.kind !== undefined && kinds.includes(d.kind))) return true;
    }
  }
  return false;
}
