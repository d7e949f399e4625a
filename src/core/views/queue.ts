// The My Queue view: what waits for the user in each playbook (queueOf, the items of `mops report queue`), soonest
// due first; a click opens the line an item is about. Whose queue: the mops.queue.person setting, else the Team
// member whose e-mail is git's user.email; both are the caller's to find and pass in.

import { md } from '../assist/text';
import { didYouMeanPeople, peopleOf, suggestPeople } from '../domain/people';
import { QUEUE_KINDS, type QueueItem } from '../reports/queue/items';
import { memberByEmail, queueOf, teamRecordsEmails } from '../reports/queue/whose';
import { formatDay } from '../text/dates';
import { joined, oneLine, openOf, plural, roots } from './common';
import type { QueueWho, ViewNode, ViewOptions, ViewPlaybook } from './types';

/** A codicon per kind; a kind added later shows with the default one. */
const ICONS: Record<string, string> = { approval: 'pass', sla: 'watch', notice: 'calendar', 'tool-review': 'tools', 'sop-review': 'book' };
const COLORS = { error: 'list.errorForeground', warning: 'list.warningForeground' } as const;

/** Instead of items: why there are none (nobody matched, or nothing waits). */
interface Message {
  text: string;
  detail: string;
}

type Whose = { id: string; name: string } | Message;

/** Whose queue to show in this playbook, or a message saying what was tried. */
function whose(playbook: ViewPlaybook, who: QueueWho): Whose {
  const { workspace } = playbook;
  const people = peopleOf(workspace.view());
  const named = (id: string) => ({ id, name: people.byId.get(id)?.name ?? id });
  const setting = (who.person ?? '').trim();
  if (setting !== '') {
    if (people.byId.has(setting)) return named(setting);
    return { text: `Nobody in the Team has the id '${setting}' (mops.queue.person).`, detail: `Set mops.queue.person to your id in the Team.${didYouMeanPeople(suggestPeople(setting, people))}` };
  }
  const found = who.email ?? { why: "no git user.email was passed to mops" };
  const set = 'Set mops.queue.person to your id in the Team';
  if ('why' in found) return { text: `Who are you? Set mops.queue.person: ${found.why}.`, detail: `${set}, or set git config user.email to the email of your entry in the Team.` };
  const member = memberByEmail(workspace, found.email);
  if (member) return named(member.id);
  const why = teamRecordsEmails(workspace) ? `no Team member has the email ${found.email} (git config user.email)` : `no Team member records an email to match ${found.email} (git config user.email)`;
  return { text: `Who are you? Set mops.queue.person: ${why}.`, detail: `${set}, or add your email to your entry in the Team.` };
}

function messageNode(playbook: ViewPlaybook, message: Message): ViewNode {
  return { id: `${playbook.rootUri}|queue|message`, label: message.text, tooltip: md(message.detail), icon: 'info', contextValue: 'mops.queueMessage' };
}

/** "3 days late", "due today", "due in 2 days", or nothing when the item has no due day. */
function dueText(item: QueueItem, today: number): string | undefined {
  if (item.due === undefined) return undefined;
  const late = today - item.due;
  return late > 0 ? `${plural(late, 'day')} late` : late === 0 ? 'due today' : `due in ${plural(-late, 'day')}`;
}

function itemNode(playbook: ViewPlaybook, q: QueueItem): ViewNode {
  const kind = QUEUE_KINDS.find((k) => k.id === q.kind);
  const title = oneLine(q.title, q.subject);
  const description = joined([kind?.one ?? q.kind, dueText(q, playbook.workspace.today), q.for && `for ${q.for}`]);
  return {
    id: `${playbook.rootUri}|queue|${q.kind}|${q.doc.path}#${q.doc.index}|${q.path.join('.')}|${q.for ?? ''}`,
    label: title,
    ...(description !== undefined ? { description } : {}),
    tooltip: [`**${md(title)}** (${md(q.subject)})`, md(q.message), md(q.doc.path)].join('  \n'),
    icon: ICONS[q.kind] ?? 'circle-outline',
    ...(q.severity === 'info' ? {} : { color: COLORS[q.severity] }),
    contextValue: 'mops.queueItem',
    open: openOf(playbook, q.doc, q.path, 'Open the line'),
  };
}

function queueRoots(playbook: ViewPlaybook, who: QueueWho): ViewNode[] {
  const person = whose(playbook, who);
  if ('text' in person) return [messageNode(playbook, person)];
  const items = queueOf(playbook.workspace, person.id);
  if (items.length === 0) {
    const today = formatDay(playbook.workspace.today);
    return [messageNode(playbook, { text: `Nothing waits for ${person.name} on ${today}.`, detail: `No approval, brief over SLA, notice deadline or review is due for ${person.id}.` })];
  }
  return items.map((item) => itemNode(playbook, item));
}

/**
 * What waits for the user in each playbook on the workspace's today (the day the findings are computed for, so
 * that an item agrees with its badge), or a message saying why nothing is listed.
 */
export function queueTree(playbooks: readonly ViewPlaybook[], options: ViewOptions = {}): ViewNode[] {
  return roots(playbooks, (playbook) => {
    const own = options.roots?.[playbook.rootUri];
    return queueRoots(playbook, { person: own?.person ?? options.person, email: own?.email ?? options.email });
  });
}
