// What the editor assists hand out (completion items, hovers), shared by every assist module.

import type { Range, TextEdit } from '../model/types';

export type AssistKind = 'enum' | 'property' | 'person' | 'tool' | 'stage' | 'workflow' | 'program' | 'channel' | 'role' | 'token' | 'utm' | 'sop' | 'id' | 'snippet';

export interface AssistItem {
  label: string;
  kind: AssistKind;
  /** One line shown next to the label, e.g. a person's name and role, a tool's category. */
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /**
   * What is inserted; defaults to label. A VS Code snippet string when `snippet` is true. Lines after the
   * first carry only their indentation relative to the cursor's line: the editor adds that line's own.
   */
  insertText?: string;
  snippet?: boolean;
  /** The text range the item replaces (0-based lines, UTF-16 columns, as src/core/model/types.ts Range); defaults to the word at the cursor. */
  range?: Range;
  /** Sort key; lower first. */
  sortText?: string;
  /** Edits elsewhere in the file that go with the item (a snippet under `key: []` removes the `[]`). */
  additionalEdits?: TextEdit[];
}

export interface AssistHover {
  markdown: string;
  range: Range;
}

/** A snippet as the snippet file and the brief templates give it. */
export interface SnippetDef {
  /** The snippet's name, shown beside its prefix. */
  name: string;
  prefix: string;
  description: string;
  /** The body, lookups not yet filled. */
  body: string;
}
