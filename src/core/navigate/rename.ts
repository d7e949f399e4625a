// Renaming a person, tool, program or brief across the playbook: its definition and every reference, as minimal
// edits that keep quoting, comments and formatting (as edit/reassign.ts does), a brief's links and file too.

import { Scalar } from 'yaml';
import { allocationsOf } from '../domain/budget';
import { namingOf } from '../domain/naming';
import { peopleOf } from '../domain/people';
import type { Workspace } from '../engine/workspace';
import { scalarText } from '../model/write-scalar';
import { matchName } from '../naming/match';
import type { Range, TextEdit } from '../model/types';
import { locateAll, occurrencesOf, type Located } from './occurrences';
import { entityAt, otherReferenceAt, type Entity, type EntityKind } from './symbol-at';
import type { RenamePlan } from './types';

type Renamable = Extract<EntityKind, 'person' | 'tool' | 'program' | 'brief'>;

const RENAMABLE: readonly EntityKind[] = ['person', 'tool', 'program', 'brief'];
const ONLY = 'Only a person, tool, program or brief can be renamed';

/**
 * What an id may be. The schemas ask only for a non-empty string; ids are written as plain YAML words in
 * flow lists and URLs, and a brief's id names its file, so: letters, digits, dots, hyphens and underscores
 * (and @ and + in a person's, which may be an e-mail address), starting with a letter or digit.
 */
const ID: Record<Renamable, RegExp> = {
  person: /^[A-Za-z0-9][A-Za-z0-9._@+-]*$/,
  tool: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
  program: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
  brief: /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
};

/** The naming convention's target that governs ids of a kind (naming/convention checks them). */
const NAMING_TARGET: Partial<Record<Renamable, string>> = { brief: 'campaign', tool: 'tool' };

const WHAT: Record<Renamable, string> = { person: 'a member of the Team', tool: 'a tool', program: 'a program', brief: 'a brief' };

function taken(workspace: Workspace, kind: Renamable, id: string): boolean {
  const index = workspace.view();
  if (kind === 'person') return peopleOf(index).byId.has(id);
  if (kind === 'program') return allocationsOf(index).has(id);
  return workspace.documents(kind === 'tool' ? 'Tool' : 'Brief').some((d) => d.id === id);
}

/** Why `name` cannot be the new id of an entity of `kind`; undefined when it can. */
function refusal(workspace: Workspace, kind: Renamable, name: string): string | undefined {
  if (!ID[kind].test(name)) {
    const also = kind === 'person' ? ', @ and +' : '';
    return `'${name}' is not a valid id: use letters, digits, '.', '-' and '_'${also}, starting with a letter or digit.`;
  }
  const target = NAMING_TARGET[kind];
  const template = target === undefined ? undefined : namingOf(workspace.view())?.targets.get(target);
  if (template) {
    const match = matchName(template, name);
    if (!match.ok) return `'${name}' does not fit the ${template.target} naming convention '${template.pattern}': ${match.message}.`;
    if (template.maxLength !== undefined && name.length > template.maxLength) return `'${name}' is longer than the ${template.target} naming convention's ${template.maxLength} characters.`;
  }
  if (taken(workspace, kind, name)) return `'${name}' already names ${WHAT[kind]}.`;
  return undefined;
}

/** The text that writes `name` over an occurrence, by how it is written: in a URL, in quotes, plain. */
function writings(name: string): Record<'url' | 'single' | 'double' | 'plain', string> {
  // Worked out once per rename, not per occurrence: plain-safety parses the name as YAML.
  return { url: encodeURIComponent(name), single: name.replace(/'/g, "''"), double: JSON.stringify(name).slice(1, -1), plain: scalarText(name, new Scalar(name), true) };
}

/** The edit that writes the new name over one occurrence, in the quotes it has (a URL parameter encoded). */
function editOf(o: Located, written: ReturnType<typeof writings>): TextEdit {
  const how = o.within ? 'url' : o.quote === "'" ? 'single' : o.quote === '"' ? 'double' : 'plain';
  return { range: o.range, newText: written[how] };
}

/** A brief's file named for its id (`<id>.yaml`): its new path, when it is. */
function renamedFile(path: string, from: string, to: string): string | undefined {
  const match = /^(.*\/)?([^/]+)(\.ya?ml)$/.exec(path);
  return match && match[2] === from ? `${match[1] ?? ''}${to}${match[3]}` : undefined;
}

function renamable(entity: Entity): entity is Entity & { kind: Renamable } {
  return RENAMABLE.includes(entity.kind);
}

/**
 * Whether the thing under the cursor can be renamed: the range and text of its id, or why not ("Only a person,
 * tool, program or brief can be renamed"); undefined when the cursor is on nothing that names anything.
 */
export function prepareRenameAt(workspace: Workspace, path: string, offset: number): { range: Range; placeholder: string } | { error: string } | undefined {
  const at = entityAt(workspace, path, offset);
  if (!at) return otherReferenceAt(workspace, path, offset) ? { error: ONLY } : undefined;
  if (!renamable(at.entity)) return { error: ONLY };
  return { range: at.scope.file.lines.range(at.start, at.end), placeholder: at.entity.id };
}

/**
 * Renames the person, tool, program or brief under the cursor to `newName` everywhere: its definition and every
 * reference; for a brief, the utm_campaign of the links that name it, and its file when the file is named for
 * its id (`renames`, applied after the edits). Refuses ({ error }) a name that is not a valid id, does not fit
 * the naming convention, already names another of its kind, or whose file exists; and a value written through
 * an alias, which cannot change alone.
 */
export function renameAt(workspace: Workspace, path: string, offset: number, newName: string): RenamePlan | { error: string } {
  const at = entityAt(workspace, path, offset);
  if (!at || !renamable(at.entity)) return { error: ONLY };
  const { kind, id } = at.entity;
  if (newName === id) return { edits: [], renames: [] };
  const refused = refusal(workspace, kind, newName);
  if (refused) return { error: refused };
  const found = locateAll(occurrencesOf(workspace, at.entity));
  const alias = found.find((o) => o.alias);
  if (alias) return { error: `'${id}' is written through an alias in ${alias.doc.path} (line ${alias.range.start.line + 1}): write the value out first.` };
  const written = writings(newName);
  const byFile = new Map<string, TextEdit[]>();
  const renames: RenamePlan['renames'] = [];
  for (const o of found) {
    const edits = byFile.get(o.doc.path) ?? [];
    edits.push(editOf(o, written));
    byFile.set(o.doc.path, edits);
    const to = kind === 'brief' && o.declaration ? renamedFile(o.doc.path, id, newName) : undefined;
    if (to === undefined || renames.some((r) => r.from === o.doc.path)) continue;
    if (workspace.has(to)) return { error: `${to} already exists: the brief's file cannot be renamed to it.` };
    renames.push({ from: o.doc.path, to });
  }
  return { edits: [...byFile].map(([file, edits]) => ({ path: file, edits })), renames };
}
