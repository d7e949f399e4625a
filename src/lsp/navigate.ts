// Navigation over the protocol: go to definition, find all references, rename (with prepareRename), the outline
// of a file, symbols of the whole playbook, code lenses on briefs and a person's name after their id. The
// core (src/core/navigate) answers; this turns its paths and ranges into URIs and LSP shapes.

import {
  ErrorCodes,
  ResponseError,
  SymbolKind,
  type CodeLens,
  type DocumentSymbol,
  type InlayHint,
  type Location,
  type Position,
  type PrepareRenameResult,
  type Range as LspRange,
  type WorkspaceEdit,
  type WorkspaceSymbol,
} from 'vscode-languageserver';
import {
  codeLenses,
  definitionAt,
  documentSymbols,
  inlayHints,
  prepareRenameAt,
  referencesAt,
  renameAt,
  workspaceSymbols,
  type NavLocation,
  type NavSymbol,
  type NavSymbolKind,
  type RenamePlan,
} from '../core';
import { guard, openInPlaybook, type Feature, type ServerContext } from './context';
import { toRange, toTextEdit } from './convert';
import type { Playbook } from './playbooks';

const SYMBOL_KINDS: Record<NavSymbolKind, SymbolKind> = {
  brief: SymbolKind.Event,
  tool: SymbolKind.Module,
  person: SymbolKind.Constant,
  team: SymbolKind.Namespace,
  workflow: SymbolKind.Class,
  stage: SymbolKind.EnumMember,
  sop: SymbolKind.File,
  budget: SymbolKind.Package,
  policy: SymbolKind.Interface,
  naming: SymbolKind.Struct,
  utm: SymbolKind.Struct,
  config: SymbolKind.Object,
  section: SymbolKind.Object,
  field: SymbolKind.Field,
  approval: SymbolKind.Boolean,
  link: SymbolKind.String,
  milestone: SymbolKind.Number,
  step: SymbolKind.Method,
};

/** Most workspace symbols returned for one query: a picker shows a screenful, and 10,000 briefs all match ''. */
const WORKSPACE_SYMBOLS = 200;

function toLocation(playbook: Playbook, location: NavLocation): Location {
  return { uri: playbook.uriOf(location.path), range: toRange(location.range) };
}

function toSymbol(symbol: NavSymbol): DocumentSymbol {
  return {
    name: symbol.name || '(unnamed)',
    ...(symbol.detail ? { detail: symbol.detail } : {}),
    kind: SYMBOL_KINDS[symbol.kind] ?? SymbolKind.Object,
    range: toRange(symbol.range),
    selectionRange: toRange(symbol.selectionRange),
    children: symbol.children.map(toSymbol),
  };
}

/** Flattens an outline for a client that only takes SymbolInformation (no hierarchy). */
function flatten(uri: string, symbols: readonly DocumentSymbol[], container?: string): Array<{ name: string; kind: SymbolKind; location: Location; containerName?: string }> {
  return symbols.flatMap((s) => [{ name: s.name, kind: s.kind, location: { uri, range: s.range }, ...(container ? { containerName: container } : {}) }, ...flatten(uri, s.children ?? [], s.name)]);
}

/**
 * A rename plan as one WorkspaceEdit: versioned text edits (an open buffer's version; null for a file on disk)
 * and, where the client can rename files, the brief's file renamed after its edits.
 */
function renameEdit(context: ServerContext, playbook: Playbook, plan: RenamePlan): WorkspaceEdit {
  const support = context.client.workspace?.workspaceEdit;
  const canRename = support?.documentChanges === true && (support.resourceOperations ?? []).includes('rename');
  if (support?.documentChanges) {
    const documentChanges: NonNullable<WorkspaceEdit['documentChanges']> = plan.edits.map(({ path, edits }) => {
      const uri = playbook.uriOf(path);
      return { textDocument: { uri, version: context.documents.current(uri)?.version ?? null }, edits: edits.map(toTextEdit) };
    });
    if (canRename) for (const { from, to } of plan.renames) documentChanges.push({ kind: 'rename', oldUri: playbook.uriOf(from), newUri: playbook.uriOf(to), options: { overwrite: false, ignoreIfExists: false } });
    return { documentChanges };
  }
  return { changes: Object.fromEntries(plan.edits.map(({ path, edits }) => [playbook.uriOf(path), edits.map(toTextEdit)])) };
}

function inRange(position: Position, range: LspRange): boolean {
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(position, range.start) && before(position, range.end);
}

export const navigate: Feature = {
  capabilities: () => ({
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: { label: 'mops' },
    workspaceSymbolProvider: true,
    codeLensProvider: { resolveProvider: false },
    inlayHintProvider: { resolveProvider: false },
  }),

  register(context) {
    const { connection } = context;
    connection.onDefinition(
      guard(context, 'textDocument/definition', null as Location[] | null, async (params) => {
        const found = await openInPlaybook(context, params.textDocument.uri);
        if (!found) return null;
        const targets = definitionAt(found.playbook.workspace, found.path, found.document.offsetAt(params.position));
        return targets.length > 0 ? targets.map((t) => toLocation(found.playbook, t)) : null;
      }),
    );
    connection.onReferences(
      guard(context, 'textDocument/references', null as Location[] | null, async (params) => {
        const found = await openInPlaybook(context, params.textDocument.uri);
        if (!found) return null;
        const places = referencesAt(found.playbook.workspace, found.path, found.document.offsetAt(params.position), params.context?.includeDeclaration === true);
        return places.map((p) => toLocation(found.playbook, p));
      }),
    );
    connection.onPrepareRename(async (params) => {
      // Not guarded: a refusal is an error whose message the editor shows ("Only a person, tool, …").
      let answer: ReturnType<typeof prepareRenameAt>;
      try {
        const found = await openInPlaybook(context, params.textDocument.uri);
        if (!found) return null;
        answer = prepareRenameAt(found.playbook.workspace, found.path, found.document.offsetAt(params.position));
      } catch (error) {
        context.log(`mops: textDocument/prepareRename failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return null;
      }
      if (!answer) return null;
      if ('error' in answer) throw new ResponseError(ErrorCodes.InvalidRequest, answer.error);
      return { range: toRange(answer.range), placeholder: answer.placeholder } satisfies PrepareRenameResult;
    });
    connection.onRenameRequest(async (params) => {
      let plan: ReturnType<typeof renameAt>;
      let playbook: Playbook;
      try {
        const found = await openInPlaybook(context, params.textDocument.uri);
        if (!found) return null;
        playbook = found.playbook;
        plan = renameAt(found.playbook.workspace, found.path, found.document.offsetAt(params.position), params.newName);
      } catch (error) {
        context.log(`mops: textDocument/rename failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return null;
      }
      if ('error' in plan) throw new ResponseError(ErrorCodes.InvalidRequest, plan.error);
      return renameEdit(context, playbook, plan);
    });
    connection.onDocumentSymbol(
      guard(context, 'textDocument/documentSymbol', null as DocumentSymbol[] | ReturnType<typeof flatten> | null, async (params) => {
        const found = await openInPlaybook(context, params.textDocument.uri);
        if (!found) return null;
        const symbols = documentSymbols(found.playbook.workspace, found.path).map(toSymbol);
        return context.client.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ? symbols : flatten(params.textDocument.uri, symbols);
      }),
    );
    connection.onWorkspaceSymbol(
      guard(context, 'workspace/symbol', [] as WorkspaceSymbol[], async (params) => {
        await context.playbooks.ready;
        return context.playbooks.all().flatMap((playbook) =>
          workspaceSymbols(playbook.workspace, typeof params.query === 'string' ? params.query : '', WORKSPACE_SYMBOLS).map(
            (s): WorkspaceSymbol => ({ name: s.name, kind: SYMBOL_KINDS[s.kind] ?? SymbolKind.Object, ...(s.detail ? { containerName: s.detail } : {}), location: toLocation(playbook, s.location) }),
          ),
        ).slice(0, WORKSPACE_SYMBOLS);
      }),
    );
    connection.onCodeLens(
      guard(context, 'textDocument/codeLens', null as CodeLens[] | null, async (params) => {
        const found = await openInPlaybook(context, params.textDocument.uri);
        if (!found) return null;
        // A lens with an empty command is shown as text: there is nothing to run, only something to read.
        return codeLenses(found.playbook.workspace, found.path).map((lens) => ({ range: toRange(lens.range), command: { title: lens.title, command: '' } }));
      }),
    );
    connection.languages.inlayHint.on(
      guard(context, 'textDocument/inlayHint', null as InlayHint[] | null, async (params) => {
        const found = await openInPlaybook(context, params.textDocument.uri);
        if (!found) return null;
        const { document } = found;
        const hints = inlayHints(found.playbook.workspace, found.path, document.offsetAt(params.range.start), document.offsetAt(params.range.end));
        return hints
          .filter((h) => inRange(h.position, params.range) || (h.position.line === params.range.end.line && h.position.character === params.range.end.character))
          .map((h) => ({ position: h.position, label: h.label.trimStart(), paddingLeft: true, ...(h.tooltip ? { tooltip: h.tooltip } : {}) }));
      }),
    );
  },
};
