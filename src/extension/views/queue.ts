// The My Queue view: what waits for the user in each playbook (the core's queueOf, the items of
// `mops report queue`), soonest due first; a click opens the line an item is about. Whose queue: the setting
// mops.queue.person, else the Team member whose e-mail is git's user.email (git-email.ts).

import * as vscode from 'vscode';
import { didYouMeanPeople, formatDay, markdownText, memberByEmail, peopleOf, QUEUE_KINDS, queueOf, suggestPeople, teamRecordsEmails, type QueueItem } from '../../core';
import { gitEmail } from '../git-email';
import type { Playbook, Playbooks } from '../playbooks';
import { oneLine, openCommand, playbookItem, plural, roots, type PlaybookNode } from './common';

export const QUEUE_SETTING = 'queue.person';

export interface QueueItemNode {
  type: 'item';
  playbook: Playbook;
  item: QueueItem;
}

/** Instead of items: why there are none (nobody matched, or nothing waits). */
export interface QueueMessageNode {
  type: 'message';
  playbook: Playbook;
  text: string;
  detail: string;
}

export type QueueNode = QueueItemNode | QueueMessageNode;

/** A codicon per kind; a kind added to the core later shows with the default one. */
const ICONS: Record<string, string> = { approval: 'pass', sla: 'watch', notice: 'calendar', 'tool-review': 'tools', 'sop-review': 'book' };
const COLORS = { error: 'list.errorForeground', warning: 'list.warningForeground' } as const;

type Whose = { id: string; name: string } | { text: string; detail: string };

export class QueueProvider implements vscode.TreeDataProvider<QueueNode | PlaybookNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  /** git's user.email per playbook root, asked once until the view is refreshed by hand. */
  private readonly emails = new Map<string, ReturnType<typeof gitEmail>>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly playbooks: Playbooks) {
    this.disposables = [this.changed, vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`mops.${QUEUE_SETTING}`) && this.refresh())];
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }

  refresh(): void {
    this.changed.fire();
  }

  /** Asks git again on the next draw (the user may have set user.email meanwhile). */
  forget(): void {
    this.emails.clear();
  }

  async getChildren(node?: QueueNode | PlaybookNode): Promise<Array<QueueNode | PlaybookNode>> {
    if (node === undefined) {
      // One playbook: its items at the top; several: a group per playbook (roots() never calls back then).
      const all = this.playbooks.all();
      return all.length === 1 ? this.rootsOf(all[0]) : roots(this.playbooks, () => []);
    }
    return isPlaybookNode(node) ? this.rootsOf(node.playbook) : [];
  }

  getTreeItem(node: QueueNode | PlaybookNode): vscode.TreeItem {
    if (isPlaybookNode(node)) return playbookItem(node);
    const root = node.playbook.root.toString();
    if (node.type === 'message') {
      const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
      item.id = `${root}|queue|message`;
      item.tooltip = node.detail;
      item.iconPath = new vscode.ThemeIcon('info');
      item.contextValue = 'mops.queueMessage';
      return item;
    }
    const { item: q, playbook } = node;
    const kind = QUEUE_KINDS.find((k) => k.id === q.kind);
    const title = oneLine(q.title, q.subject);
    const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.None);
    item.id = `${root}|queue|${q.kind}|${q.doc.path}#${q.doc.index}|${q.path.join('.')}|${q.for ?? ''}`;
    item.description = [kind?.one ?? q.kind, dueText(q, playbook.workspace.today), q.for && `for ${q.for}`].filter(Boolean).join(' · ');
    const color = q.severity === 'info' ? undefined : new vscode.ThemeColor(COLORS[q.severity]);
    item.iconPath = new vscode.ThemeIcon(ICONS[q.kind] ?? 'circle-outline', color);
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown([`**${markdownText(title)}** (${markdownText(q.subject)})`, markdownText(q.message), markdownText(q.doc.path)].join('  \n'));
    item.tooltip = tooltip;
    item.contextValue = 'mops.queueItem';
    item.command = openCommand(playbook, q.doc, q.path, 'Open the line');
    return item;
  }

  private async rootsOf(playbook: Playbook): Promise<QueueNode[]> {
    const whose = await this.whose(playbook);
    if ('text' in whose) return [{ type: 'message', playbook, ...whose }];
    const items = queueOf(playbook.workspace, whose.id);
    if (items.length === 0) {
      return [{ type: 'message', playbook, text: `Nothing waits for ${whose.name} on ${formatDay(playbook.workspace.today)}.`, detail: `No approval, brief over SLA, notice deadline or review is due for ${whose.id}.` }];
    }
    return items.map((item) => ({ type: 'item', playbook, item }));
  }

  /** Whose queue to show in this playbook, or a message saying what was tried. */
  private async whose(playbook: Playbook): Promise<Whose> {
    const people = peopleOf(playbook.workspace.view());
    const named = (id: string) => ({ id, name: people.byId.get(id)?.name ?? id });
    const setting = vscode.workspace.getConfiguration('mops', playbook.root).get<string>(QUEUE_SETTING, '').trim();
    if (setting !== '') {
      if (people.byId.has(setting)) return named(setting);
      return { text: `Nobody in the Team has the id '${setting}' (mops.queue.person).`, detail: `Set mops.queue.person to your id in the Team.${didYouMeanPeople(suggestPeople(setting, people))}` };
    }
    const key = playbook.root.toString();
    if (!this.emails.has(key)) this.emails.set(key, gitEmail(playbook.root));
    const found = await this.emails.get(key)!;
    const set = 'Set mops.queue.person to your id in the Team';
    if ('why' in found) return { text: `Who are you? Set mops.queue.person: ${found.why}.`, detail: `${set}, or set git config user.email to the email of your entry in the Team.` };
    const member = memberByEmail(playbook.workspace, found.email);
    if (member) return named(member.id);
    const why = teamRecordsEmails(playbook.workspace) ? `no Team member has the email ${found.email} (git config user.email)` : `no Team member records an email to match ${found.email} (git config user.email)`;
    return { text: `Who are you? Set mops.queue.person: ${why}.`, detail: `${set}, or add your email to your entry in the Team.` };
  }
}

/** "3 days late", "due today", "due in 2 days", or nothing when the item has no due day. */
function dueText(item: QueueItem, today: number): string | undefined {
  if (item.due === undefined) return undefined;
  const late = today - item.due;
  return late > 0 ? `${plural(late, 'day')} late` : late === 0 ? 'due today' : `due in ${plural(-late, 'day')}`;
}

function isPlaybookNode(node: unknown): node is PlaybookNode {
  return (node as { type?: string }).type === 'playbook';
}
