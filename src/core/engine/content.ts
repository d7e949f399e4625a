// What the engine receives for a file: its text (maybe read lazily, maybe parsed already), or why it was not read.

import type { ParsedFile } from '../model/parse';

/**
 * A file's content as the engine receives it: its text (with its parse, when another thread or a cache made
 * it), or the reason it is not read.
 */
export type FileContent = { type: 'text'; text: string; parsed?: ParsedFile } | { type: 'skipped'; rule: string; message: string };

/**
 * A text read when something first asks for it (a check, a position): the CLI's cache hands the files it
 * trusts unread, with their parse, and reads one only if a check of it or a finding in it needs the text.
 */
export class LazyText {
  readonly type = 'text';
  parsed?: ParsedFile;
  private value?: string;

  constructor(
    /** The file's size in bytes, known without reading it. */
    readonly size: number,
    private readonly read: () => string,
  ) {}

  get text(): string {
    return (this.value ??= this.read());
  }

  /** Whether the text has been read. */
  get loaded(): boolean {
    return this.value !== undefined;
  }
}
