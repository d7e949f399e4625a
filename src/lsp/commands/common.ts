// What the command requests' handlers share: a request registered behind the guard, the playbook a request
// names, every open buffer synced before a whole-playbook answer, and edits as the client applies them
// (per file, with the version of the buffer they were computed on).

import { diffLines } from 'diff';
import { guard, type ServerContext } from '../context';
import { toTextEdit } from '../convert';
import type { Located, Playbook } from '../playbooks';
import type { CommandTextEdit, FileEdits, PersonChoice } from '../protocol-commands';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string field of a client's params, or undefined. */
export function stringParam(params: unknown, name: string): string | undefined {
  const value = isRecord(params) ? params[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** Registers a request whose handler never throws (guard): an error is logged and answered with `fallback`. */
export function onRequest<P, R>(context: ServerContext, method: string, fallback: R, handler: (params: P) => R | Promise<R>): void {
  context.connection.onRequest(method, guard(context, method, fallback, (params: P) => handler(params)));
}

/** The playbook whose root is `params.root` (the playbooks loaded, every open buffer synced), or undefined. */
export async function playbookOf(context: ServerContext, params: unknown): Promise<Playbook | undefined> {
  const root = stringParam(params, 'root');
  await context.playbooks.ready;
  syncAll(context);
  return root === undefined ? undefined : context.playbooks.all().find((p) => p.uri === root);
}

/**
 * The playbook and path of a client's file, once the playbooks are loaded, with the workspace holding its buffer's
 * current text (every open buffer's with `all`: an answer that reads other files, a gate's Team and workflow).
 */
export async function fileAt(context: ServerContext, uri: string, options: { all?: boolean } = {}): Promise<Located | undefined> {
  await context.playbooks.ready;
  if (options.all) syncAll(context);
  else context.documents.current(uri);
  return context.playbooks.locate(uri);
}

/** Makes every playbook hold every open buffer's current text (a request that reads many files needs them all). */
export function syncAll(context: ServerContext): void {
  for (const document of context.documents.all()) context.documents.current(document.uri);
}

/** A file's edits for the client, with the version of the buffer the server holds (null: the disk's text). */
export function fileEdits(context: ServerContext, uri: string, edits: readonly CommandTextEdit[]): FileEdits {
  return { uri, version: context.documents.get(uri)?.version ?? null, edits: edits.map(toTextEdit) };
}

/** A playbook file's edits, named by the URI of its open buffer when there is one (the client matches it as sent). */
export function playbookFileEdits(context: ServerContext, playbook: Playbook, path: string, edits: readonly CommandTextEdit[]): FileEdits {
  const uri = playbook.uriOf(path);
  return fileEdits(context, context.documents.get(uri)?.uri ?? uri, edits);
}

/** The edits that turn `before` into `after`, one per run of changed lines, so the rest of the file is untouched. */
export function lineEdits(before: string, after: string): CommandTextEdit[] {
  const edits: CommandTextEdit[] = [];
  let line = 0;
  let pending: { start: number; end: number; text: string } | undefined;
  const flush = () => {
    if (pending) edits.push({ range: { start: { line: pending.start, character: 0 }, end: { line: pending.end, character: 0 } }, newText: pending.text });
    pending = undefined;
  };
  for (const part of diffLines(before, after)) {
    const count = part.count ?? 0;
    if (!part.added && !part.removed) {
      flush();
      line += count;
      continue;
    }
    pending ??= { start: line, end: line, text: '' };
    if (part.removed) {
      line += count;
      pending.end = line;
    } else pending.text += part.value;
  }
  flush();
  return edits;
}

/** A Team member as a pick shows them. */
export function personChoice(person: { id: string; name?: string; roles: readonly string[] }): PersonChoice {
  return { id: person.id, ...(person.name !== undefined ? { name: person.name } : {}), roles: [...person.roles] };
}
