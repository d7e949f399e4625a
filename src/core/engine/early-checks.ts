// Which files a cold check may check while the rest of the playbook is still being parsed, whatever the
// folder layout: each file's kinds are sniffed from its text as it is read, files of the kinds with the
// fewest documents come first (the Team, workflows and conventions that thousands of briefs refer to),
// and a file is checked early only once every file of a rarer kind is parsed.

import { allKey } from './index-view';

const KEY = 'kind:';

/** Where the next line that starts with `kind:` after `from` begins, or -1. */
function nextKindLine(text: string, from: number): number {
  const found = text.indexOf(`\n${KEY}`, from);
  return found < 0 ? -1 : found + 1;
}

/** The value of a `kind:` line: without a comment, blanks or quotes. */
function kindValue(line: string): string {
  const comment = line.indexOf(' #');
  const value = (comment < 0 ? line : line.slice(0, comment)).trim();
  const quote = value[0];
  return (quote === '"' || quote === "'") && value.length > 1 && value.endsWith(quote) ? value.slice(1, -1) : value;
}

/**
 * The kinds a file's documents declare, without parsing it: the value of each line that starts with
 * `kind:`, one per document. A sniff can miss (a document in flow style, `{kind: Team}`) or be fooled
 * (a `kind:` line inside a multi-line flow collection): that changes only when a file is checked, never
 * its findings, since a file checked before a document it read is indexed is checked again.
 */
export function sniffKinds(text: string): string[] {
  const kinds: string[] = [];
  for (let at = text.startsWith(KEY) ? 0 : nextKindLine(text, 0); at >= 0; ) {
    const end = text.indexOf('\n', at);
    kinds.push(kindValue(text.slice(at + KEY.length, end < 0 ? text.length : end)));
    at = end < 0 ? -1 : nextKindLine(text, end);
  }
  return kinds;
}

/** A file whose kinds could not be sniffed counts as one of its own kind. */
const NO_KIND: readonly string[] = [''];
const orNone = (kinds: readonly string[]) => (kinds.length > 0 ? kinds : NO_KIND);

/**
 * Documents per sniffed kind, over the files read. A file's rank is the number of documents of its
 * rarest kind: the lower, the earlier it is parsed and checked. Whichever way two kinds refer to each
 * other, checking the rarer one first bounds the checks made against a kind still being parsed (each
 * repeated once that kind is indexed) to the files of the rarer kind, the few.
 */
export class KindCounts {
  private readonly documents = new Map<string, number>();
  private files = 0;

  add(kinds: readonly string[]): void {
    this.files++;
    for (const kind of orNone(kinds)) this.documents.set(kind, (this.documents.get(kind) ?? 0) + 1);
  }

  /** Whether any file was counted. */
  get empty(): boolean {
    return this.files === 0;
  }

  rank(kinds: readonly string[]): number {
    let rank = Infinity;
    for (const kind of orNone(kinds)) rank = Math.min(rank, this.documents.get(kind) ?? 0);
    return rank;
  }
}

/** A file the loader may check early: its place in the loader's order, its rank and sniffed kinds. */
export interface EarlyFile {
  index: number;
  rank: number;
  kinds: readonly string[];
}

const ALL = allKey('');

/**
 * The files that may be checked now, as they are parsed: a file of rank r once every file of a lower rank
 * is parsed, in the order they were parsed (within a rank, files do not wait for each other). And a file
 * whose kind was seen to read every document of a kind still being parsed (a Tool reads all the tools,
 * the Budget all the briefs) waits until that kind is parsed: its check then would be undone by the next
 * such document. So each file is checked once, but for the first of its kind, which taught the wait.
 */
export class EarlyChecks {
  /** Each file's group (its rank's place among the ranks), by its index; -1 for a file not checked early. */
  private readonly groupOf: Int32Array;
  private readonly kindsOf: Array<readonly string[]> = [];
  /** Files not parsed yet, per group, and documents not parsed yet, per sniffed kind. */
  private readonly unparsed: number[];
  private readonly unparsedDocuments = new Map<string, number>();
  /** Files parsed, per group, and how many of them were handed out. */
  private readonly parsedFiles: number[][];
  private readonly handedOut: number[];
  /** The first group with a file not parsed yet (every group before it is parsed). */
  private open = 0;
  /** Kind → the kinds its checks read whole: a file of that kind waits until they are parsed. */
  private readonly waits = new Map<string, Set<string>>();
  /** Files that were waiting for a kind, and those let go since a kind was parsed. */
  private waiting: number[] = [];
  private readonly released: number[] = [];
  private kindParsed = false;

  constructor(size: number, files: readonly EarlyFile[]) {
    const ranks = [...new Set(files.map((f) => f.rank))].sort((a, b) => a - b);
    const group = new Map(ranks.map((rank, g) => [rank, g]));
    this.groupOf = new Int32Array(size).fill(-1);
    this.unparsed = ranks.map(() => 0);
    this.parsedFiles = ranks.map(() => []);
    this.handedOut = ranks.map(() => 0);
    for (const { index, rank, kinds } of files) {
      const g = group.get(rank) as number;
      this.groupOf[index] = g;
      this.kindsOf[index] = orNone(kinds);
      this.unparsed[g]++;
      for (const kind of kinds) this.unparsedDocuments.set(kind, (this.unparsedDocuments.get(kind) ?? 0) + 1);
    }
  }

  parsed(index: number): void {
    const g = this.groupOf[index];
    if (g < 0) return;
    this.unparsed[g]--;
    this.parsedFiles[g].push(index);
    for (const kind of this.kindsOf[index]) {
      const left = (this.unparsedDocuments.get(kind) ?? 1) - 1;
      this.unparsedDocuments.set(kind, left);
      if (left === 0) this.kindParsed = true;
    }
  }

  /** Learns from a file checked early what its kinds read: the dependency keys of its check. */
  checked(index: number, keys: readonly string[]): void {
    for (const key of keys) {
      if (!key.startsWith(ALL)) continue;
      const kind = key.slice(ALL.length);
      if (!this.unparsedDocuments.get(kind)) continue;
      for (const own of this.kindsOf[index] ?? []) {
        const waits = this.waits.get(own) ?? new Set();
        this.waits.set(own, waits.add(kind));
      }
    }
  }

  /** The next file that may be checked now (each is handed out once), or undefined. */
  next(): number | undefined {
    while (this.open < this.unparsed.length && this.unparsed[this.open] === 0) this.open++;
    if (this.kindParsed) {
      this.kindParsed = false;
      const waiting = this.waiting;
      this.waiting = [];
      for (const index of waiting) (this.mayGo(index) ? this.released : this.waiting).push(index);
    }
    if (this.released.length > 0) return this.released.pop();
    const last = Math.min(this.open, this.parsedFiles.length - 1);
    for (let g = 0; g <= last; g++) {
      const list = this.parsedFiles[g];
      while (this.handedOut[g] < list.length) {
        const index = list[this.handedOut[g]++];
        if (this.mayGo(index)) return index;
        this.waiting.push(index);
      }
    }
    return undefined;
  }

  /** Whether every kind the file's kinds read whole is parsed. */
  private mayGo(index: number): boolean {
    for (const own of this.kindsOf[index]) for (const kind of this.waits.get(own) ?? []) if (this.unparsedDocuments.get(kind)) return false;
    return true;
  }
}
