// Snippets as completions, filled from the open playbook and offered only where they belong: a whole document
// in an empty one, a list item under its own list (`mops-link` under a brief's `links:`), never in a value.
// The bodies are snippets/mops-snippets.json (playbook values written as lookups, see snippet-fill.ts); a
// brief's are made from the New campaign brief template, one per workflow and tier.

import SNIPPET_FILE from '../../../snippets/mops-snippets.json';
import type { Workspace } from '../engine/workspace';
import { isKind, type Kind } from '../model/kinds';
import type { Range, TextEdit } from '../model/types';
import { isRecord, rec, type Data } from '../model/readers';
import { briefSnippets } from './brief-snippets';
import type { AssistItem, SnippetDef } from './types';

export type { SnippetDef } from './types';
import { fillSnippet, type FillContext } from './snippet-fill';
import { snippetPlace, type SnippetPlace } from './snippet-place';
import { sortKey } from './text';

/** Where a fragment snippet goes: a block list of a kind (by its keys), or a top-level key of a kind. */
const FRAGMENTS: Record<string, { kind: Kind; list?: string[] }> = {
  'mops-link': { kind: 'Brief', list: ['links'] },
  'mops-approval': { kind: 'Brief', list: ['approvals'] },
  'mops-history': { kind: 'Brief', list: ['history'] },
  'mops-metric': { kind: 'Brief', list: ['success_metrics'] },
  'mops-budget-line': { kind: 'Brief', list: ['budget', 'lines'] },
  'mops-member': { kind: 'Team', list: ['members'] },
  'mops-stage': { kind: 'Workflow', list: ['stages'] },
  'mops-allocation': { kind: 'Budget', list: ['allocations'] },
  'mops-steps': { kind: 'Sop' },
};

/** A comment line: it fits on any line a snippet may start (not after a typed `- `). */
const ANYWHERE = 'mops-disable';

type RawSnippet = { prefix: string; description: string; body: string[] | string };

export const SNIPPETS: readonly SnippetDef[] = Object.entries(SNIPPET_FILE as Record<string, RawSnippet>).map(([name, s]) => ({
  name,
  prefix: s.prefix,
  description: s.description,
  body: Array.isArray(s.body) ? s.body.join('\n') : s.body,
}));

/** The kind a whole-document snippet writes (its `kind:` line); undefined for a fragment. */
export function snippetKind(def: SnippetDef): Kind | undefined {
  const kind = /^apiVersion: mops\/v1\nkind: (\w+)$/m.exec(def.body)?.[1];
  return kind !== undefined && isKind(kind) ? kind : undefined;
}

/** The snippets that fit the cursor's place in a playbook file, filled from the playbook. */
export function snippetItems(workspace: Workspace, path: string, offset: number): AssistItem[] {
  const file = workspace.parsed(path);
  if (!file) return [];
  const place = snippetPlace(file.text, offset);
  if (!place) return [];
  const doc = [...file.documents].reverse().find((d) => offset >= d.start && offset <= d.end + 1);
  const kind = doc?.kind ?? /^kind:[ \t]*["']?(\w+)/m.exec(place.documentText)?.[1];
  const data: Data = doc && isRecord(doc.value) ? doc.value : rec(undefined);
  const ctx: FillContext = { index: workspace.view(), today: workspace.today, data };
  const defs = offered(place, kind, path, ctx);
  const range = file.lines.range(place.start, place.end);
  const emptyFlow = place.emptyFlow && { range: file.lines.range(place.emptyFlow.start, place.emptyFlow.end), newText: '' };
  return defs.map((def, i) => item(def, place, ctx, i, range, emptyFlow));
}

function offered(place: SnippetPlace, kind: string | undefined, path: string, ctx: FillContext): SnippetDef[] {
  const isConfig = path === 'mops.config.yaml' || path.endsWith('/mops.config.yaml');
  if (place.emptyDocument) {
    const whole = [...SNIPPETS.filter((d) => snippetKind(d) !== undefined), ...briefSnippets(ctx.index, ctx.today)];
    return whole.filter((d) => (snippetKind(d) === 'Config') === isConfig);
  }
  if (kind === undefined) return [];
  return SNIPPETS.filter((def) => {
    if (def.prefix === ANYWHERE) return !place.dash && (place.topLevel || place.list !== undefined);
    const where = FRAGMENTS[def.prefix];
    if (!where || where.kind !== kind) return false;
    if (where.list) return place.list !== undefined && where.list.join('.') === place.list.join('.');
    return place.topLevel;
  });
}

function item(def: SnippetDef, place: SnippetPlace, ctx: FillContext, i: number, range: Range, emptyFlow: TextEdit | undefined): AssistItem {
  let body = fillSnippet(def.body, ctx);
  // `- ` typed already: the item's own dash goes (its other lines keep their indentation under it).
  if (place.dash && body.startsWith('- ')) body = body.slice(2);
  return {
    label: def.prefix,
    kind: 'snippet',
    detail: def.name,
    documentation: def.description,
    insertText: body,
    snippet: true,
    range,
    // `key: []` gives way to the block item that follows it.
    additionalEdits: emptyFlow && def.body.startsWith('- ') ? [emptyFlow] : undefined,
    sortText: sortKey(9, i),
  };
}
