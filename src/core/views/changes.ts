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

/**
 * Remembers what each view's last tree was computed from, and says which views a change touches: a view whose
 * last tree read one of the changed files, or that lists a kind a changed file now holds; every drawn view when
 * the set of playbooks changed (their grouping may change). A view never drawn needs no redraw.
 */
export class ViewTracker {
  /** View → `root path` of every file holding a document of its kinds when it was last drawn. */
  private readonly shown = new Map<ViewId, Set<string>>();
  /** The roots of the playbooks at the last `touched`. */
  private roots = '';

  /** Records that a view's tree was computed now, from these playbooks. */
  drawn(view: ViewId, playbooks: readonly ViewPlaybook[]): void {
    const kinds = VIEW_KINDS[view];
    const files = new Set<string>();
    if (kinds !== 'all') {
      for (const playbook of playbooks) for (const kind of kinds) for (const doc of playbook.workspace.documents(kind)) files.add(key(playbook, doc.path));
    }
    this.shown.set(view, files);
  }

  /** The drawn views a batch of changes touches, in the order of VIEW_IDS. */
  touched(playbooks: readonly ViewPlaybook[], changes: ViewChanges): ViewId[] {
    const roots = playbooks.map((p) => p.rootUri).sort().join('\n');
    const regroup = roots !== this.roots;
    this.roots = roots;
    const batch = [...changes].map(([playbook, paths]) => [playbook, [...paths]] as const);
    const any = batch.some(([, paths]) => paths.length > 0);
    return VIEW_IDS.filter((view) => this.shown.has(view)).filter((view) => regroup || (VIEW_KINDS[view] === 'all' ? any : this.affects(view, batch)));
  }

  private affects(view: ViewId, changes: ReadonlyArray<readonly [ViewPlaybook, readonly string[]]>): boolean {
    const kinds = VIEW_KINDS[view];
    const shown = this.shown.get(view);
    for (const [playbook, paths] of changes) {
      for (const path of paths) {
        if (shown?.has(key(playbook, path))) return true;
        if (kinds !== 'all' && playbook.workspace.parsed(path)?.documents.some((d) => d.kind !== undefined && kinds.includes(d.kind))) return true;
      }
    }
    return false;
  }
}
