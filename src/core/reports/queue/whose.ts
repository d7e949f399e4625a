// Whose queue: the Team member an e-mail address names (the CLI and the extension pass git's user.email), and
// a person's queue straight from a workspace, for the editor's My Queue view.

import { peopleOf, type Person } from '../../domain/people';
import type { Workspace } from '../../engine/workspace';
import { queueItems, type QueueItem } from './items';

/** The member whose `email` is this address (compared without case or surrounding spaces); the first, when several. */
export function memberByEmail(workspace: Workspace, email: string): Person | undefined {
  const wanted = email.trim().toLowerCase();
  if (wanted === '') return undefined;
  for (const person of peopleOf(workspace.view()).byId.values()) if (person.email?.trim().toLowerCase() === wanted) return person;
  return undefined;
}

/** Whether any member records an e-mail address (to say so when none matches). */
export function teamRecordsEmails(workspace: Workspace): boolean {
  return [...peopleOf(workspace.view()).byId.values()].some((p) => p.email !== undefined);
}

/** What waits for `person` on the workspace's today: the report's items, with the documents to open. */
export function queueOf(workspace: Workspace, person: string): QueueItem[] {
  return queueItems({ workspace, index: workspace.view(), config: workspace.config, today: workspace.today }, person);
}
