// The tree views' data as plain JSON: what each node shows and does, computed once for the editor's views and the
// language server's `mops/tree`, so that both show the same tree and neither needs an editor to compute it.

import type { Workspace } from '../engine/workspace';
import type { CalendarBy } from '../reports/data/calendar-periods';

/** The views: Pipeline, Martech Register, SOP Library, Calendar, My Queue. */
export const VIEW_IDS = ['pipeline', 'martech', 'sops', 'calendar', 'queue'] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** A data path into a document's value: keys and list indexes. */
export type NodePath = Array<string | number>;

/** One node of a view's tree, plain JSON: a client turns it into its own tree item. */
export interface ViewNode {
  /** Unique in the view and stable across redraws (a client keeps its expansion by it). */
  id: string;
  label: string;
  description?: string;
  /** Markdown; text from the playbook in it is escaped. */
  tooltip?: string;
  /** A codicon id (`megaphone`, `warning`, …). */
  icon?: string;
  /** A theme colour id for the icon (`list.errorForeground`). */
  color?: string;
  /** What the node is (`mops.brief`, `mops.sop`, …): menus and commands are bound to it. */
  contextValue?: string;
  /** Absent: a leaf. */
  collapsed?: 'expanded' | 'collapsed' | 'none';
  /** The document a click opens, with the cursor on the value at `path` of document `index` of the file. */
  open?: NodeOpen;
  /** A command a click runs instead (none of the views needs one yet). */
  command?: NodeCommand;
  children?: ViewNode[];
}

export interface NodeOpen {
  uri: string;
  index: number;
  path: NodePath;
  /** What the click does, in words (the command's title). */
  title: string;
}

/** JSON values, for a command's arguments. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface NodeCommand {
  id: string;
  title: string;
  arguments: Json[];
}

/** A playbook as the views see it, whoever holds it (the extension host or the language server). */
export interface ViewPlaybook {
  /** The root folder's name: the label of its group when several playbooks are open. */
  name: string;
  /** The root's URI: node ids start with it. */
  rootUri: string;
  /** Where the playbook is, when its group should say so (a nested playbook's folder); absent for a workspace folder's own. */
  where?: string;
  workspace: Workspace;
  /** Whether this playbook, and not one nested in it, holds the file: a nested playbook's files are shown under that one. */
  owns(path: string): boolean;
  /** The URI of a file of the playbook. */
  uriOf(path: string): string;
}

/** git's user.email, or why there is none, in words for the view's message. */
export type EmailAnswer = { email: string } | { why: string };

/** Whose queue My Queue shows. */
export interface QueueWho {
  /** The mops.queue.person setting: a Team member's id; empty or absent to go by `email`. */
  person?: string;
  /** git's user.email for the playbook (asked only when `person` is not set). */
  email?: EmailAnswer;
}

/** What a view shows beyond the playbooks: JSON, as a client sends it to the server. */
export interface ViewOptions extends QueueWho {
  /** The Calendar's periods (default `month`). */
  by?: CalendarBy;
  /** My Queue, per playbook root URI: overrides `person` and `email` for that playbook. */
  roots?: Record<string, QueueWho>;
}
