// Navigation for a language server: definition, references, rename, outline, symbols, lenses and hints.

export { definitionAt } from './definition';
export { referencesAt } from './references';
export { prepareRenameAt, renameAt } from './rename';
export { documentSymbols } from './symbols';
export { workspaceSymbols } from './workspace-symbols';
export { codeLenses } from './lens';
export { inlayHints } from './hints';
export type { NavInlayHint, NavLens, NavLocation, NavSymbol, NavSymbolKind, NavWorkspaceSymbol, RenamePlan } from './types';
